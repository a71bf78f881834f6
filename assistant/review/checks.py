"""Review of a finished draft (plan.json / report.json) before it is exported.

Pure functions: ``review_plan`` and ``review_report`` return findings, they print nothing
and change nothing. Each check is a small function named after its ``Finding.check``:

* ``coverage``        every feedback problem has its item, in order, and nothing else (error)
* ``citation_missing`` every ``[n]`` resolves to a citation, and every citation to a
  precedent the catalog holds (error); a measure cites nothing (warning)
* ``leaked_name``     a unit of the corpus or a place the user never wrote (error)
* ``unverified_fact`` reports only: a date, number or 《title》 the user did not supply
  (warning); spans already flagged 【待核实：…】 are placeholders, not new findings
* ``placeholder``     【待补充…】/【待核实…】 left to fill, one finding per item (error)
* ``timeliness``      wording out of date at the draft's date (``timeliness.toml``; warning)
* ``repetition``      the same measure for several problems (warning)
* ``form``            half-width punctuation next to Chinese (warning); a report's counts or
  statuses that differ from the ledger (error)

* ``citation_support`` a cited clause far from the measure citing it (``support.py``;
  warning)

Every message ends with a one-line fix hint (``… — fix: …``). Findings come sorted by item
order: whole-draft findings (item None) first, then the items in the feedback's order.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.drafting.adapt import HALF_PUNCT_RE
from assistant.drafting.feedback_model import Feedback
from assistant.drafting.guards import MARKER_RE, flag_unverified, strip_markers
from assistant.drafting.models import (
    PLACEHOLDER_RE,
    Citation,
    Finding,
    Ledger,
    Plan,
    Report,
    Severity,
)
from assistant.drafting.names import NameGuard
from assistant.drafting.report import supplied_text
from assistant.drafting.similarity import cosine
from assistant.errors import InputError
from assistant.review.support import check_support

RULES_RESOURCE = "timeliness.toml"
REPEAT_THRESHOLD = 0.8



@dataclass(frozen=True)
class Text:
    """One piece of draft text: the item it belongs to (None: the whole draft) and where."""

    item: str | None
    where: str
    text: str


@dataclass(frozen=True)
class Rule:
    """A timeliness rule: ``pattern`` is wrong before ``valid_from`` / after ``valid_to``."""

    pattern: re.Pattern[str]
    message: str
    suggestion: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def applies(self, day: dt.date) -> bool:
        """True when the wording is out of date (or premature) on ``day``."""
        return (self.valid_from is not None and day < self.valid_from) or (
            self.valid_to is not None and day > self.valid_to
        )


def _finding(item: str | None, check: str, severity: Severity, what: str, fix: str) -> Finding:
    return Finding(item=item, check=check, severity=severity, message=f"{what} — fix: {fix}")


def _quote(text: str, limit: int = 30) -> str:
    return f"“{text if len(text) <= limit else text[:limit] + '…'}”"


# -- the texts of a draft ------------------------------------------------------------------
def plan_texts(plan: Plan) -> list[Text]:
    """Everything the plan says in its own words (not the user's problems, not the sources)."""
    fm = plan.front_matter
    texts = [
        Text(None, "title", plan.title),
        Text(None, "指导思想", fm.guiding),
        Text(None, "组织领导", fm.organisation),
        Text(None, "工作要求", fm.requirements),
    ]
    for item in plan.items:
        texts.append(Text(item.key, "goal", item.goal))
        texts += [Text(item.key, f"measure {i}", m.text) for i, m in enumerate(item.measures, 1)]
        texts.append(Text(item.key, "leader", item.leader))
        texts.append(Text(item.key, "department", item.department))
    return texts


def report_prose(report: Report) -> list[Text]:
    """The report's prose an engine wrote: what the fact check reads."""
    texts = [Text(None, "整改工作开展情况", report.work)]
    texts += [Text(i.key, "progress", i.progress) for i in report.items]
    texts.append(Text(None, "下一步工作打算", report.next_steps))
    return texts


def report_texts(report: Report) -> list[Text]:
    """Everything the report says (templates, prose and the ledger's next steps)."""
    texts = [Text(None, "title", report.title), Text(None, "intro", report.intro)]
    texts += report_prose(report)
    texts += [Text(i.key, "next steps", i.next_steps) for i in report.items if i.next_steps]
    texts += [Text(None, "closing", report.closing), Text(None, "signature", report.signature)]
    return texts


# -- 1. coverage ---------------------------------------------------------------------------
def check_coverage(feedback: Feedback, items: list[tuple[str, str]]) -> list[Finding]:
    """items: (key, problem) of the draft's items, in the draft's order."""
    findings: list[Finding] = []
    leaves = feedback.problems()
    drafted = dict(items)
    wanted = {leaf.key for leaf in leaves}
    for leaf in leaves:
        title = leaf.problem.title
        if leaf.key not in drafted:
            findings.append(
                _finding(
                    leaf.key,
                    "coverage",
                    "error",
                    f"feedback problem {leaf.key} {_quote(title)} has no item",
                    "redraft from the current feedback (rectify plan) or add the item",
                )
            )
        elif drafted[leaf.key].strip() != title.strip():
            findings.append(
                _finding(
                    leaf.key,
                    "coverage",
                    "error",
                    f"item {leaf.key} is about {_quote(drafted[leaf.key])}, the feedback says "
                    f"{_quote(title)}",
                    "redraft from the current feedback so items match its problems",
                )
            )
    for key, problem in items:
        if key not in wanted:
            findings.append(
                _finding(
                    key,
                    "coverage",
                    "error",
                    f"item {key} {_quote(problem)} answers no feedback problem",
                    "remove the item or add its problem to the feedback",
                )
            )
    order = [leaf.key for leaf in leaves]
    present = [key for key, _ in items if key in wanted]
    if present != [key for key in order if key in present]:
        findings.append(
            _finding(
                None,
                "coverage",
                "error",
                "items are not in the feedback's order",
                f"order them as the feedback does: {', '.join(order)}",
            )
        )
    return findings


# -- 2. citations --------------------------------------------------------------------------
def check_citation_markers(texts: Iterable[Text], citations: list[Citation]) -> list[Finding]:
    known = {c.n for c in citations}
    findings: list[Finding] = []
    for t in texts:
        for m in MARKER_RE.finditer(t.text):
            n = int(m.group(1))
            if n not in known:
                findings.append(
                    _finding(
                        t.item,
                        "citation_missing",
                        "error",
                        f"[{n}] in the {t.where} points at no citation",
                        f"remove [{n}] or cite the precedent it stands for",
                    )
                )
    return findings


def check_in_catalog(citations: list[Citation], precedents: set[str] | None) -> list[Finding]:
    """A citation must name a precedent the corpus still holds (removed notices are not)."""
    if precedents is None:
        return []
    return [
        _finding(
            None,
            "citation_missing",
            "error",
            f"[{c.n}] cites {c.precedent_id} ({c.unit}), which is not in the corpus",
            "add that notice back (`rectify corpus add`) or redraft the items citing it",
        )
        for c in citations
        if c.precedent_id not in precedents
    ]


def check_plan_citations(plan: Plan) -> list[Finding]:
    findings = check_citation_markers(plan_texts(plan), plan.citations)
    known = {c.n for c in plan.citations}
    for item in plan.items:
        for i, measure in enumerate(item.measures, 1):
            _, inline = strip_markers(measure.text)
            listed = [n for n in measure.citations if n not in known and n not in inline]
            findings += [
                _finding(
                    item.key,
                    "citation_missing",
                    "error",
                    f"measure {i} lists citation {n}, which does not exist",
                    f"drop {n} from the measure's citations",
                )
                for n in listed
            ]
            if not measure.citations and not inline:
                findings.append(
                    _finding(
                        item.key,
                        "citation_missing",
                        "warning",
                        f"measure {i} {_quote(strip_markers(measure.text)[0])} cites no precedent",
                        "check it against a precedent and cite it, or reword it as your own",
                    )
                )
    return findings


# -- 4. names ------------------------------------------------------------------------------
def check_leaked_names(texts: Iterable[Text], guard: NameGuard | None) -> list[Finding]:
    if guard is None:
        return []
    findings: list[Finding] = []
    for t in texts:
        for hit in guard.find(t.text):
            fix = {
                "unit": "replace it with your own unit (我单位) or remove it",
                "place": "replace it with your own place or remove it",
                "person": "write your own official's name or the post only",
            }[hit.kind]
            findings.append(
                _finding(
                    t.item,
                    "leaked_name",
                    "error",
                    f"{hit.kind} name “{hit.name}” in the {t.where} is not the user's",
                    fix,
                )
            )
    return findings


# -- 5. unverified facts -------------------------------------------------------------------
def check_unverified(report: Report, ledger: Ledger | None) -> list[Finding]:
    """Facts in the report's prose absent from the feedback and the ledger. Without the
    ledger nothing can be told apart from the user's facts, so nothing is reported."""
    if ledger is None:
        return []
    supplied = supplied_text(report.feedback, ledger)
    findings: list[Finding] = []
    for t in report_prose(report):
        for f in flag_unverified(t.text, supplied, t.item)[1]:
            what = f.message.split(" is not in ")[0]
            findings.append(
                _finding(
                    t.item,
                    "unverified_fact",
                    "warning",
                    f"{what} in the {t.where} is not in the ledger or the feedback",
                    "add it to the ledger's facts if true, otherwise remove it",
                )
            )
    return findings


# -- 6. placeholders -----------------------------------------------------------------------
def check_placeholders(texts: Iterable[Text]) -> list[Finding]:
    found: dict[str | None, list[str]] = {}
    for t in texts:
        found.setdefault(t.item, []).extend(PLACEHOLDER_RE.findall(t.text))
    findings: list[Finding] = []
    for item, spans in found.items():
        if not spans:
            continue
        kinds = Counter(s[:4] for s in spans)
        parts = "、".join(f"{n}× {k}…】" for k, n in kinds.items())
        examples = "，".join(dict.fromkeys(spans[:3]))
        findings.append(
            _finding(
                item,
                "placeholder",
                "error",
                f"{len(spans)} placeholder(s) to fill ({parts}), e.g. {examples}",
                "write the real facts in their place before exporting",
            )
        )
    return findings


# -- 7. timeliness -------------------------------------------------------------------------
def _rule_date(value: Any, field: str, where: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(
        f"timeliness rule: {field} = {value!r} is not a date",
        where=where,
        hint=f"write {field} as a TOML date: {field} = 2022-10-22",
    )


def parse_rules(text: str, where: str) -> list[Rule]:
    """Rules from the text of a timeliness TOML file (format: see timeliness.toml)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(f"malformed TOML: {e}", where=where, hint="fix the syntax") from None
    rules: list[Rule] = []
    for i, raw in enumerate(data.get("rule", []), 1):
        missing = [k for k in ("pattern", "message", "suggestion") if not raw.get(k)]
        unknown = set(raw) - {"pattern", "message", "suggestion", "valid_from", "valid_to"}
        if missing or unknown:
            raise InputError(
                f"timeliness rule {i}: missing {missing} / unknown {sorted(unknown)}",
                where=where,
                hint="give pattern, message, suggestion and valid_from and/or valid_to",
            )
        try:
            pattern = re.compile(raw["pattern"])
        except re.error as e:
            raise InputError(
                f"timeliness rule {i}: bad pattern: {e}", where=where, hint="fix the regex"
            ) from None
        start = _rule_date(raw.get("valid_from"), "valid_from", where)
        end = _rule_date(raw.get("valid_to"), "valid_to", where)
        if start is None and end is None:
            raise InputError(
                f"timeliness rule {i} has neither valid_from nor valid_to",
                where=where,
                hint="a rule needs at least one of the two dates",
            )
        rules.append(Rule(pattern, str(raw["message"]), str(raw["suggestion"]), start, end))
    return rules


def load_timeliness_rules(user_rules: Path | None = None) -> list[Rule]:
    """The shipped rules, then the user's (``<home>/timeliness.toml``) when that file exists."""
    shipped = resources.files("assistant.review").joinpath(RULES_RESOURCE)
    rules = parse_rules(shipped.read_text(encoding="utf-8"), str(shipped))
    if user_rules is not None and user_rules.is_file():
        rules += parse_rules(user_rules.read_text(encoding="utf-8"), str(user_rules))
    return rules


def check_timeliness(texts: Iterable[Text], day: dt.date, rules: list[Rule]) -> list[Finding]:
    active = [r for r in rules if r.applies(day)]
    findings: list[Finding] = []
    for t in texts:
        for rule in active:
            for m in rule.pattern.finditer(t.text):
                findings.append(
                    _finding(
                        t.item,
                        "timeliness",
                        "warning",
                        f"“{m.group(0)}” in the {t.where}: {rule.message} (draft dated {day})",
                        rule.suggestion,
                    )
                )
    return findings


# -- 8. repetition -------------------------------------------------------------------------
def check_repetition(plan: Plan, threshold: float = REPEAT_THRESHOLD) -> list[Finding]:
    measures = [
        (item.key, i, strip_markers(m.text)[0])
        for item in plan.items
        for i, m in enumerate(item.measures, 1)
    ]
    findings: list[Finding] = []
    for a, (key_a, i_a, text_a) in enumerate(measures):
        for key_b, i_b, text_b in measures[a + 1 :]:
            if key_a != key_b and cosine(text_a, text_b) >= threshold:
                findings.append(
                    _finding(
                        key_b,
                        "repetition",
                        "warning",
                        f"measure {i_b} of item {key_b} repeats measure {i_a} of item {key_a}: "
                        f"{_quote(text_b)}",
                        f"make the measure specific to item {key_b}'s problem or drop it",
                    )
                )
    return findings


# -- 9. form -------------------------------------------------------------------------------
def check_punctuation(texts: Iterable[Text]) -> list[Finding]:
    found: dict[str | None, list[str]] = {}
    for t in texts:
        for m in HALF_PUNCT_RE.finditer(t.text):
            a, b = max(m.start() - 4, 0), min(m.end() + 4, len(t.text))
            found.setdefault(t.item, []).append(t.text[a:b])
    return [
        _finding(
            item,
            "form",
            "warning",
            f"{len(spans)} half-width punctuation mark(s) in Chinese text, e.g. "
            + "，".join(f"“{s}”" for s in spans[:3]),
            "use full-width ，；：（）？！",
        )
        for item, spans in found.items()
    ]


def check_counts(report: Report, ledger: Ledger | None) -> list[Finding]:
    if ledger is None:
        return []
    findings: list[Finding] = []
    statuses = Counter(i.status for i in ledger.items)
    expected = {
        "problems": len(ledger.items),
        "completed": statuses["已完成"],
        "basically_completed": statuses["基本完成"],
        "in_progress": statuses["正在推进"],
    }
    wrong = [
        f"{k} {getattr(report.counts, k)} ≠ {v}"
        for k, v in expected.items()
        if getattr(report.counts, k) != v
    ]
    if wrong:
        findings.append(
            _finding(
                None,
                "form",
                "error",
                "the report's counts differ from the ledger: " + ", ".join(wrong),
                "redraft the report from the ledger (rectify report); never edit counts by hand",
            )
        )
    by_key = {i.key: i.status for i in ledger.items}
    for item in report.items:
        if item.key in by_key and by_key[item.key] != item.status:
            findings.append(
                _finding(
                    item.key,
                    "form",
                    "error",
                    f"item {item.key} is {item.status} in the report, {by_key[item.key]} in "
                    "the ledger",
                    "set the status in the ledger and redraft the report",
                )
            )
    return findings


# -- the reviews ---------------------------------------------------------------------------
def _sorted(findings: list[Finding], feedback: Feedback, items: Iterable[str]) -> list[Finding]:
    order = {key: i for i, key in enumerate(leaf.key for leaf in feedback.problems())}
    for key in items:
        order.setdefault(key, len(order))

    def rank(f: Finding) -> int:
        return -1 if f.item is None else order.get(f.item, len(order))

    return sorted(findings, key=rank)  # stable: checks keep their order within an item


def _day(created: dt.datetime, today: dt.date | None) -> dt.date:
    return today or created.date()


def review_plan(
    plan: Plan,
    *,
    guard: NameGuard | None,
    today: dt.date | None = None,
    rules: list[Rule] | None = None,
    precedents: set[str] | None = None,
    support_threshold: float | None = None,
) -> list[Finding]:
    """Every finding on a plan. guard: the drafting NameGuard (None skips leaked_name);
    today: the date wording must be current at (default: the day the plan was drafted);
    rules: timeliness rules (default: ``load_timeliness_rules()``); precedents: the ids the
    catalog holds (None skips that check); support_threshold: None skips check 3."""
    texts = plan_texts(plan)
    findings = [
        *check_coverage(plan.feedback, [(i.key, i.problem) for i in plan.items]),
        *check_plan_citations(plan),
        *check_in_catalog(plan.citations, precedents),
        *(check_support(plan, support_threshold) if support_threshold is not None else []),
        *check_leaked_names(texts, guard),
        *check_placeholders(texts),
        *check_timeliness(texts, _day(plan.info.created, today), _rules(rules)),
        *check_repetition(plan),
        *check_punctuation(texts),
    ]
    return _sorted(findings, plan.feedback, (i.key for i in plan.items))


def review_report(
    report: Report,
    ledger: Ledger | None,
    *,
    guard: NameGuard | None,
    today: dt.date | None = None,
    rules: list[Rule] | None = None,
    precedents: set[str] | None = None,
) -> list[Finding]:
    """Every finding on a report. ledger: the ledger it was drafted from (None skips the
    unverified_fact and counts checks); guard, today, rules: as for ``review_plan``."""
    texts = report_texts(report)
    findings = [
        *check_coverage(report.feedback, [(i.key, i.problem) for i in report.items]),
        *check_citation_markers(texts, report.citations),
        *check_in_catalog(report.citations, precedents),
        *check_leaked_names(texts, guard),
        *check_unverified(report, ledger),
        *check_placeholders(texts),
        *check_timeliness(texts, _day(report.info.created, today), _rules(rules)),
        *check_punctuation(texts),
        *check_counts(report, ledger),
    ]
    return _sorted(findings, report.feedback, (i.key for i in report.items))


def _rules(rules: list[Rule] | None) -> list[Rule]:
    return load_timeliness_rules() if rules is None else rules


def errors(findings: Iterable[Finding]) -> Iterator[Finding]:
    """The findings that block an export."""
    return (f for f in findings if f.severity == "error")
