"""The review page: one self-contained HTML file, draft and precedents side by side.

For each item: the draft text with what the checks flag highlighted (placeholders, leaked
names, out-of-date wording, half-width punctuation) and the item's findings; beside it the
cited precedent clauses with unit, date and the words they share with the draft marked.
Under each measure, what adaptation changed in the clause it cites (`adaptation`). An item
list with states and finding counts, filters and a "next open item" key lead through it.
Everything from the draft or the corpus is escaped; the style and script are inlined and a
Content-Security-Policy forbids any fetch, so the page works offline and cannot be made to
load or run anything else. The written page shows the commands that act on each item; the
served one (`review/serve.py`) has buttons instead and may talk to its own server only.
"""

from __future__ import annotations

import datetime as dt
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources

from assistant.drafting.adapt import HALF_PUNCT_RE
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.models import PLACEHOLDER_RE, Citation, Finding, Plan, PlanItem, Report
from assistant.review.adaptation import adaptation_diff, declared_replacements, diff_html
from assistant.review.labels import SEVERITY_LABELS, STATE_LABELS, label
from assistant.review.page_controls import Served, item_controls, item_list
from assistant.review.run import ReviewResult
from assistant.review.support import support_score

_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:"
_SERVED_CSP = _CSP + "; connect-src 'self'; form-action 'none'"
_PUNCT = set("，。、；：！？“”‘’（）《》【】,.;:!?()[] \n")
MIN_SHARED = 2  # a shared run shorter than this is noise (single characters)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    css: str
    title: str = ""


def _asset(name: str) -> str:
    return resources.files("assistant.review").joinpath("page_assets", name).read_text("utf-8")


def marked(text: str, spans: Iterable[Span]) -> str:
    """The text escaped, with non-overlapping spans wrapped in <mark>; [n] markers become
    links to their source beside the text."""
    out: list[str] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if span.start < pos or span.end <= span.start:
            continue  # overlaps one already marked
        out.append(_with_markers(text[pos : span.start]))
        title = f' title="{html.escape(span.title)}"' if span.title else ""
        body = _with_markers(text[span.start : span.end])
        out.append(f'<mark class="{span.css}"{title}>{body}</mark>')
        pos = span.end
    out.append(_with_markers(text[pos:]))
    return "".join(out)


def _with_markers(text: str) -> str:
    parts: list[str] = []
    pos = 0
    for m in MARKER_RE.finditer(text):
        parts.append(html.escape(text[pos : m.start()]))
        n = m.group(1)
        parts.append(f'<a class="cite" href="#cite-{n}" data-n="{n}">[{n}]</a>')
        pos = m.end()
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


def flagged_spans(text: str, result: ReviewResult, day: dt.date) -> list[Span]:
    """What the checks would flag in this text, as spans."""
    spans = [Span(m.start(), m.end(), "placeholder", "待填写") for m in PLACEHOLDER_RE.finditer(text)]
    spans += [
        Span(h.start, h.end, "leaked", "其他单位或地名") for h in result.guard.find(text)
    ]
    spans += [
        Span(m.start(), m.end(), "outdated", rule.message)
        for rule in result.rules
        if rule.applies(day)
        for m in rule.pattern.finditer(text)
    ]
    spans += [Span(m.start(), m.end(), "form", "半角标点") for m in HALF_PUNCT_RE.finditer(text)]
    return spans


def shared_spans(clause: str, draft_text: str) -> list[Span]:
    """Runs of the clause made of character pairs the draft text also has."""
    pairs = {draft_text[i : i + 2] for i in range(len(draft_text) - 1)}
    covered = [False] * len(clause)
    for i in range(len(clause) - 1):
        pair = clause[i : i + 2]
        if pair in pairs and not (set(pair) & _PUNCT):
            covered[i] = covered[i + 1] = True
    spans: list[Span] = []
    start = None
    for i, on in enumerate([*covered, False]):
        if on and start is None:
            start = i
        elif not on and start is not None:
            if i - start >= MIN_SHARED:
                spans.append(Span(start, i, "shared"))
            start = None
    return spans


def _findings_list(findings: Sequence[Finding]) -> str:
    if not findings:
        return '<p class="clean">无问题</p>'
    rows = [
        f'<li class="finding {f.severity}" data-check="{html.escape(f.check)}">'
        f'<span class="sev">{label(SEVERITY_LABELS, f.severity)}</span> <code>{html.escape(f.check)}</code> '
        f"{html.escape(f.message)}</li>"
        for f in findings
    ]
    return '<ul class="findings">' + "".join(rows) + "</ul>"


def _source_block(citation: Citation, draft_text: str, score: float | None) -> str:
    where = " / ".join(citation.path)
    support = (
        f'<div class="support">相似度 {score:.2f}</div>' if score is not None else ""
    )
    return (
        f'<div class="source" id="cite-{citation.n}" data-n="{citation.n}">'
        f'<div class="head">[{citation.n}] {html.escape(citation.unit)} · '
        f"{html.escape(citation.date)} · {html.escape(where)}</div>"
        f'<div class="problem">问题：{html.escape(citation.problem)}</div>'
        f"<blockquote>{marked(citation.clause, shared_spans(citation.clause, draft_text))}"
        f"</blockquote>{support}</div>"
    )


def _diffs(measure_text: str, numbers: list[int], draft: Plan, result: ReviewResult) -> str:
    """The adaptation diff against every clause this measure cites."""
    blocks = []
    for n in numbers:
        citation = draft.citation(n)
        if citation is None:
            continue
        names = [(h.start, h.end) for h in result.guard.find(citation.clause)]
        pieces = adaptation_diff(citation.clause, measure_text, names,
                                 declared_replacements(citation))
        blocks.append(diff_html(pieces, n))
    return "".join(blocks)


def _plan_item_body(item: PlanItem, result: ReviewResult, day: dt.date) -> str:
    def para(label: str, text: str) -> str:
        return f'<p><b>{label}：</b>{marked(text, flagged_spans(text, result, day))}</p>'

    assert isinstance(result.draft, Plan)
    measures = "".join(
        f'<li data-citations="{" ".join(map(str, m.citations))}">'
        f"{marked(m.text, flagged_spans(m.text, result, day))}"
        f"{_diffs(m.text, m.citations, result.draft, result)}</li>"
        for m in item.measures
    )
    return (
        para("整改目标", item.goal)
        + f'<p><b>整改措施：</b></p><ol class="measures">{measures}</ol>'
        + para("责任领导", item.leader)
        + para("责任部门", item.department)
        + f"<p><b>整改时限：</b>{html.escape(item.deadline.text)}</p>"
    )


def _sources(draft: Plan | Report, numbers: list[int], texts: dict[int, str]) -> str:
    blocks = []
    for n in dict.fromkeys(numbers):
        citation = draft.citation(n)
        if citation is None:
            blocks.append(f'<div class="source missing" id="cite-{n}">[{n}] 无此引用</div>')
            continue
        draft_text = texts.get(n, "")
        score = support_score(draft_text, citation.clause) if draft_text else None
        blocks.append(_source_block(citation, draft_text, score))
    return "".join(blocks) or '<p class="none">本项未引用先例</p>'


def worst_of(findings: Sequence[Finding]) -> str:
    return next(
        (s for s in ("error", "warning", "info") if any(f.severity == s for f in findings)), "none"
    )


def _item_section(
    draft: Plan | Report, index: int, result: ReviewResult, day: dt.date, served: Served | None
) -> str:
    item = draft.items[index]
    findings = [f for f in result.findings if f.item == item.key]
    worst = worst_of(findings)
    checks = " ".join(sorted({f.check for f in findings}))
    texts: dict[int, str] = {}
    if isinstance(item, PlanItem):
        body = _plan_item_body(item, result, day)
        for m in item.measures:
            for n in m.citations:
                texts[n] = texts.get(n, "") + m.text
        numbers = [n for m in item.measures for n in m.citations]
    else:
        body = (
            f'<p><b>整改进展情况：</b>{marked(item.progress, flagged_spans(item.progress, result, day))}</p>'
            f"<p><b>整改状态：</b>{html.escape(item.status)}</p>"
        )
        numbers = [int(n) for n in MARKER_RE.findall(item.progress)] + item.citations
        texts = {n: item.progress for n in numbers}
    state = item.review.state
    reason = f' <span class="reason">{html.escape(item.review.reason)}</span>' if item.review.reason else ""
    return (
        f'<section class="item" id="item-{html.escape(item.key)}" data-key="{html.escape(item.key)}" '
        f'data-state="{state}" data-worst="{worst}" data-checks="{html.escape(checks)}">'
        f'<div class="draft"><h2>{html.escape(item.key)} {html.escape(item.problem)}'
        f' <span class="state {state}">{label(STATE_LABELS, state)}</span>{reason}</h2>'
        f"{_findings_list(findings)}{body}{item_controls(draft, item, result.folder, served)}</div>"
        f'<aside class="sources">{_sources(draft, numbers, texts)}</aside></section>'
    )


def _whole_draft(draft: Plan | Report, result: ReviewResult, day: dt.date) -> str:
    findings = [f for f in result.findings if f.item is None]
    if isinstance(draft, Plan):
        fm = draft.front_matter
        parts = [("指导思想", fm.guiding), ("组织领导", fm.organisation), ("工作要求", fm.requirements)]
    else:
        parts = [("整改工作开展情况", draft.work), ("下一步工作打算", draft.next_steps)]
    body = "".join(
        f"<h3>{label}</h3><p>{marked(text, flagged_spans(text, result, day))}</p>"
        for label, text in parts
    )
    # the opening sections cite precedents too: their sources stand beside them
    texts: dict[int, str] = {}
    for _, text in parts:
        for n in MARKER_RE.findall(text):
            texts[int(n)] = texts.get(int(n), "") + text
    numbers = list(texts)
    aside = f'<aside class="sources">{_sources(draft, numbers, texts)}</aside>' if numbers else ""
    worst = "error" if any(f.severity == "error" for f in findings) else "none"
    return (
        f'<section class="whole{" cited" if numbers else ""}" id="whole" data-worst="{worst}">'
        f'<div class="draft"><h2>全文</h2>{_findings_list(findings)}{body}</div>{aside}</section>'
    )


def review_page(
    result: ReviewResult, day: dt.date | None = None, served: Served | None = None
) -> str:
    """The page; with ``served``, the workspace's version of it (action buttons, the token
    and the draft's revision for the requests it sends)."""
    draft = result.draft
    day = day or draft.info.created.date()
    counts = {s: sum(1 for f in result.findings if f.severity == s) for s in ("error", "warning", "info")}
    states = {s: sum(1 for i in draft.items if i.review.state == s) for s in ("accepted", "open", "rejected")}
    summary = (
        f'<p class="meta" id="summary" data-errors="{counts["error"]}" '
        f'data-warnings="{counts["warning"]}">'
        f"{counts['error']} 个错误 · {counts['warning']} 个警告 · {counts['info']} 条提示 — "
        f"已采纳 {states['accepted']} · 待审 {states['open']} · 已退回 {states['rejected']} — "
        f"{html.escape(draft.info.engine)} · {html.escape(draft.info.created.isoformat())}</p>"
    )
    sections = "".join(
        _item_section(draft, i, result, day, served) for i in range(len(draft.items))
    )
    worst = {
        item.key: worst_of([f for f in result.findings if f.item == item.key])
        for item in draft.items
    }
    toolbar = (
        '<div id="toolbar"><span id="notice" role="status"></span> '
        '<span class="legend"><del>先例删去</del> <ins>改编新增</ins> '
        '<ins class="mapped">名称替换</ins> <mark class="placeholder">待填写</mark> <mark class="leaked">他单位名称</mark> '
        '<mark class="outdated">过时提法</mark> <mark class="form">半角标点</mark> '
        '<mark class="shared">与草稿相同的文字</mark></span></div>'
    )
    csp = _SERVED_CSP if served else _CSP
    data = (
        f' data-revision="{draft.revision}" data-token="{html.escape(served.token)}"'
        if served else ""
    )
    return (
        "<!doctype html>\n"
        f'<html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta http-equiv="Content-Security-Policy" content="{csp}">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>审阅：{html.escape(draft.title)}</title><style>{_asset('page.css')}</style></head>"
        f'<body class="{"served" if served else "static"}"{data}>'
        f"<header><h1>{html.escape(draft.title)}</h1>{summary}{toolbar}</header>"
        f"{item_list(draft, result.findings, worst)}"
        f"<main>{_whole_draft(draft, result, day)}{sections}</main>"
        f"<script>{_asset('page.js')}</script></body></html>\n"
    )
