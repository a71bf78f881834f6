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
from assistant.drafting.measure_quotes import quotes_own_fact
from assistant.drafting.models import (
    PLACEHOLDER_RE,
    Citation,
    Finding,
    Ledger,
    Plan,
    Report,
    finding,
    only_placeholders,
)
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.report import supplied_text
from assistant.i18n import _
from assistant.review.repetition import find_repeats
from assistant.review.texts import Text, plan_texts, report_prose
from assistant.review.timeliness import Rule

REPEAT_THRESHOLD = 0.8


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
                finding(
                    leaf.key,
                    "coverage",
                    "error",
                    _("反馈问题 {key} {title} 没有对应的整改任务").format(key=leaf.key, title=_quote(title)),
                    _("按现在的反馈意见重新起草（rectify plan），或补上这一项"),
                )
            )
        elif drafted[leaf.key].strip() != title.strip():
            findings.append(
                finding(
                    leaf.key,
                    "coverage",
                    "error",
                    _("第 {key} 项写的是 {drafted}，反馈意见是 {title}").format(
                        key=leaf.key, drafted=_quote(drafted[leaf.key]), title=_quote(title)),
                    _("按现在的反馈意见重新起草，使各项与反馈问题一一对应"),
                )
            )
    for key, problem in items:
        if key not in wanted:
            findings.append(
                finding(
                    key,
                    "coverage",
                    "error",
                    _("第 {key} 项 {problem} 不对应任何反馈问题").format(key=key, problem=_quote(problem)),
                    _("删除这一项，或把它的问题补进反馈意见"),
                )
            )
    order = [leaf.key for leaf in leaves]
    present = [key for key, _problem in items if key in wanted]
    if present != [key for key in order if key in present]:
        findings.append(
            finding(
                None,
                "coverage",
                "error",
                _("各项的顺序与反馈意见不一致"),
                _("按反馈意见的顺序排列：{order}").format(order=_("、").join(order)),
            )
        )
    return findings


def check_substance(plan: Plan) -> list[Finding]:
    """An item without a goal or without measures is no answer to its problem (error)."""
    findings: list[Finding] = []
    for item in plan.items:
        if not item.goal.strip():
            findings.append(finding(item.key, "coverage", "error", _("第 {key} 项没有整改目标").format(key=item.key),
                                     _("重新起草该项（rectify review redraft）或手工写上整改目标")))
        if not any(strip_markers(m.text)[0].strip() for m in item.measures):
            findings.append(finding(item.key, "coverage", "error", _("第 {key} 项没有整改措施").format(key=item.key),
                                     _("重新起草该项（rectify review redraft）或手工写上整改措施")))
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
                    finding(
                        t.item,
                        "citation_missing",
                        "error",
                        _("{where}中的 [{n}] 没有对应的引用").format(where=t.where, n=n),
                        _("删除 [{n}]，或引用它所指的先例").format(n=n),
                    )
                )
    return findings


def check_in_catalog(citations: list[Citation], precedents: set[str] | None) -> list[Finding]:
    """A citation must name a precedent the corpus still holds (removed notices are not)."""
    if precedents is None:
        return []
    return [
        finding(
            None,
            "citation_missing",
            "error",
            _("[{n}] 引用的 {precedent}（{unit}）已不在语料库中").format(
                n=c.n, precedent=c.precedent_id, unit=c.unit),
            _("把该通报加回语料库（rectify corpus add），或重新起草引用它的各项"),
        )
        for c in citations
        if c.precedent_id not in precedents
    ]


def check_plan_citations(plan: Plan) -> list[Finding]:
    findings = check_citation_markers(plan_texts(plan), plan.citations)
    known = {c.n for c in plan.citations}
    for item in plan.items:
        for i, measure in enumerate(item.measures, 1):
            _bare, inline = strip_markers(measure.text)
            listed = [n for n in measure.citations if n not in known and n not in inline]
            findings += [
                finding(
                    item.key,
                    "citation_missing",
                    "error",
                    _("措施 {i} 列出的引用 {n} 不存在").format(i=i, n=n),
                    _("从该措施的引用中去掉 {n}").format(n=n),
                )
                for n in listed
            ]
            if (
                not measure.citations
                and not inline
                and not only_placeholders(measure.text)
                and not quotes_own_fact(measure.text, item.facts)  # our fact's own remedy
            ):
                findings.append(
                    finding(
                        item.key,
                        "citation_missing",
                        "warning",
                        _("措施 {i} {text} 没有引用先例").format(
                            i=i, text=_quote(strip_markers(measure.text)[0])),
                        _("对照先例核实后注明引用，或改写为本单位自己的措施"),
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
                "unit": _("换成本单位（我单位）或删除"),
                "place": _("换成本地地名或删除"),
                "person": _("写本单位责任人的姓名，或只写职务"),
            }[hit.kind]
            kind = {"unit": _("单位名"), "place": _("地名"), "person": _("人名")}[hit.kind]
            findings.append(
                finding(
                    t.item,
                    "leaked_name",
                    "error",
                    _("{where}中的{kind}“{name}”不是本单位的").format(
                        where=t.where, kind=kind, name=hit.name),
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
                finding(
                    t.item,
                    "unverified_fact",
                    "warning",
                    _("{where}中的{what}在台账和反馈意见中都没有").format(where=t.where, what=what),
                    _("属实的话写进台账的事实，否则删除"),
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
            finding(
                item,
                "placeholder",
                "error",
                _("有 {n} 处占位符待填写（{parts}），例如 {examples}").format(
                    n=len(spans), parts=parts, examples=examples),
                _("导出前在这些位置写上真实情况"),
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
                    finding(
                        t.item,
                        "timeliness",
                        "warning",
                        _("{where}中的“{text}”：{problem}（草稿日期 {day}）").format(
                            where=t.where, text=m.group(0), problem=rule.message, day=day),
                        rule.suggestion,
                    )
                )
    return findings


# -- 8. repetition -------------------------------------------------------------------------
def check_repetition(plan: Plan, threshold: float = REPEAT_THRESHOLD) -> list[Finding]:
    """A measure that repeats one of an earlier item (near-linear: ``repetition.py``); each
    repeating measure is reported once, against the first measure it repeats."""
    measures = [
        (item.key, i, text)
        for item in plan.items
        for i, m in enumerate(item.measures, 1)
        # a measure left open says so in the same words everywhere: that is no repeat
        if PLACEHOLDER_RE.sub("", text := strip_markers(m.text)[0]).strip("。；; ")
    ]
    repeats = find_repeats([t for _, _, t in measures], [k for k, _, _ in measures], threshold)
    findings: list[Finding] = []
    for r in repeats:
        key_a, i_a, _text_a = measures[r.earlier]
        key_b, i_b, text_b = measures[r.later]
        findings.append(
            finding(
                key_b,
                "repetition",
                "warning",
                _("第 {key_b} 项的第 {i_b} 条措施与第 {key_a} 项的第 {i_a} 条措施重复：{text}").format(
                    key_b=key_b, i_b=i_b, key_a=key_a, i_a=i_a, text=_quote(text_b)
                ),
                _("把这条措施写成针对第 {key} 项问题的措施，或删去").format(key=key_b),
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
        finding(
            item,
            "form",
            "warning",
            _("中文中有 {n} 处半角标点，例如 {examples}").format(
                n=len(spans), examples="，".join(f"“{s}”" for s in spans[:3])),
            _("改用全角标点 ，；：（）？！"),
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
            finding(
                None,
                "form",
                "error",
                _("通报中的数字与台账不符：{wrong}").format(wrong=_("、").join(wrong)),
                _("依据台账重新起草通报（rectify report），不要手工改数字"),
            )
        )
    by_key = {i.key: i.effective_status for i in ledger.items}
    for item in report.items:
        if item.key in by_key and by_key[item.key] != item.status:
            findings.append(
                finding(
                    item.key,
                    "form",
                    "error",
                    _("第 {key} 项在通报中为“{report}”，在台账中为“{ledger}”").format(
                        key=item.key, report=item.status, ledger=by_key[item.key]),
                    _("在台账中改好整改状态，再重新起草通报"),
                )
            )
    return findings
