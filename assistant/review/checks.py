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

Every message ends with a one-line fix hint (``… — fix: …``). ``run`` runs them on a plan
or a report and sorts the findings; ``texts`` gives the pieces of a draft they read;
``timeliness`` holds the rules of check 7.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from assistant.drafting.adapt import HALF_PUNCT_RE
from assistant.drafting.guards import MARKER_RE, strip_markers, unverified_facts
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import (
    PLACEHOLDER_RE,
    Citation,
    Finding,
    Ledger,
    Plan,
    Report,
    Severity,
)
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.report import supplied_text
from assistant.review.repetition import find_repeats
from assistant.review.texts import Text, plan_texts, report_prose
from assistant.review.timeliness import Rule

REPEAT_THRESHOLD = 0.8


def _finding(item: str | None, check: str, severity: Severity, what: str, fix: str) -> Finding:
    return Finding(item=item, check=check, severity=severity, message=f"{what} — fix: {fix}")


def _quote(text: str, limit: int = 30) -> str:
    return f"“{text if len(text) <= limit else text[:limit] + '…'}”"


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


def check_substance(plan: Plan) -> list[Finding]:
    """An item without a goal or without measures is no answer to its problem (error)."""
    findings: list[Finding] = []
    for item in plan.items:
        if not item.goal.strip():
            findings.append(_finding(item.key, "coverage", "error", f"第 {item.key} 项没有整改目标",
                                     "重新起草该项（rectify review redraft）或手工写上整改目标"))
        if not any(strip_markers(m.text)[0].strip() for m in item.measures):
            findings.append(_finding(item.key, "coverage", "error", f"第 {item.key} 项没有整改措施",
                                     "重新起草该项（rectify review redraft）或手工写上整改措施"))
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
        for fact in unverified_facts(t.text, supplied):
            what = f"{fact.kind} “{fact.text}”"
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
    """A measure that repeats one of an earlier item (near-linear: ``repetition.py``); each
    repeating measure is reported once, against the first measure it repeats."""
    measures = [
        (item.key, i, strip_markers(m.text)[0])
        for item in plan.items
        for i, m in enumerate(item.measures, 1)
    ]
    repeats = find_repeats([t for _, _, t in measures], [k for k, _, _ in measures], threshold)
    findings: list[Finding] = []
    for r in repeats:
        key_a, i_a, _ = measures[r.earlier]
        key_b, i_b, text_b = measures[r.later]
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
    expected = {"problems": len(ledger.items), **ledger.status_counts(), **ledger.measure_counts()}
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
    by_key = {i.key: i.effective_status for i in ledger.items}
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
