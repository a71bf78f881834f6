"""The review page's navigation and per-item controls.

The item list (state, finding counts, filters, "next open item") is on both pages. Under
each item, the written page shows the `rectify review` commands that act on it; the served
page (the workspace) shows buttons and forms instead, which post to its own server.
"""

from __future__ import annotations

import html
import shlex
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from assistant.drafting.models import Finding, Plan, PlanItem, Report, ReportItem
from assistant.review.actions import editable_text
from assistant.review.labels import STATE_LABELS, label


@dataclass(frozen=True)
class Served:
    """What the served page needs to send requests: the token of this server."""

    token: str


def state_label(state: str) -> str:
    return label(STATE_LABELS, state)


def _options(values: dict[str, str], all_label: str, select_id: str) -> str:
    options = "".join(
        f'<option value="{html.escape(v)}">{html.escape(label)}</option>'
        for v, label in values.items()
    )
    return f'<select id="{select_id}"><option value="">{all_label}</option>{options}</select>'


def item_list(draft: Plan | Report, findings: Sequence[Finding], worst: dict[str, str]) -> str:
    """The side list: every item with its state and finding counts, and the filters."""
    kinds = Counter(f.check for f in findings if f.item is not None)
    rows = []
    for item in draft.items:
        own = [f for f in findings if f.item == item.key]
        counts: Counter[str] = Counter(f.severity for f in own)
        badges = "".join(
            f'<span class="count {sev}" title="{label}">{counts[sev]}</span>'
            for sev, label in (("error", "错误"), ("warning", "警告"))
            if counts[sev]
        )
        key, state = html.escape(item.key), item.review.state
        checks = html.escape(" ".join(sorted({f.check for f in own})))
        rows.append(
            f'<li data-key="{key}" data-state="{state}" data-worst="{worst.get(item.key, "none")}" '
            f'data-checks="{checks}"><a href="#item-{key}">{key} {html.escape(item.problem)}</a>'
            f' <span class="state {state}">{state_label(state)}</span>{badges}</li>'
        )
    state_filter = _options({k: label(STATE_LABELS, k) for k in STATE_LABELS}, "全部状态", "filter-state")
    kind_filter = _options(
        {k: f"{k}（{n}）" for k, n in sorted(kinds.items())}, "全部问题类型", "filter-check"
    )
    return (
        f'<nav id="item-list" aria-label="条目列表"><h2>条目（{len(draft.items)}）</h2>'
        f'<div class="filters">{state_filter}{kind_filter}'
        '<label><input type="checkbox" id="only-flagged"> 只看有问题的条目</label></div>'
        f'<ol>{"".join(rows)}</ol>'
        '<p class="keys">按 <kbd>n</kbd> 跳到下一个待审条目</p></nav>'
    )


def _commands(draft: Plan | Report, item: PlanItem | ReportItem, folder: Path) -> str:
    where = f"--draft {shlex.quote(str(folder))}"
    key = shlex.quote(item.key)
    lines = [
        f"rectify review accept {key} {where}",
        f'rectify review reject {key} {where} --reason "退回理由"',
        f"rectify review edit {key} {where}",
    ]
    if isinstance(item, PlanItem):
        lines.append(f'rectify review redraft {key} {where} --hint "改写要求" '
                     "--exclude-precedent 先例编号")
    body = html.escape("\n".join(lines))
    return (
        '<details class="commands"><summary>在命令行中处理本条（或用 '
        "<code>rectify review 草稿目录 --serve</code> 在浏览器中处理）</summary>"
        f"<pre>{body}</pre></details>"
    )


def _exclusions(draft: Plan | Report, item: PlanItem) -> str:
    cited = {
        c.precedent_id: c
        for m in item.measures
        for n in m.citations
        if (c := draft.citation(n)) is not None
    }
    boxes = "".join(
        f'<label><input type="checkbox" name="exclude" value="{html.escape(pid)}"> '
        f"[{c.n}] {html.escape(c.unit)} <code>{html.escape(pid)}</code></label>"
        for pid, c in cited.items()
    )
    return f'<div class="exclude">不再采用的先例：{boxes or "（本项未引用先例）"}</div>'


def item_controls(
    draft: Plan | Report, item: PlanItem | ReportItem, folder: Path, served: Served | None
) -> str:
    if served is None:
        return _commands(draft, item, folder)
    key = html.escape(item.key)
    text = html.escape(editable_text(draft, item))
    redraft_button = (
        '<button type="button" data-open="redraft">重新起草…</button>'
        if isinstance(item, PlanItem) else ""
    )
    redraft_form = (
        f'<form class="act" data-act="redraft" hidden>'
        '<input name="hint" placeholder="改写要求（可选），如：突出制度建设">'
        f"{_exclusions(draft, item)}"
        '<input name="more" placeholder="其他要排除的先例或通报编号，空格分隔（可选）">'
        '<button type="submit">重新起草</button></form>'
        if isinstance(item, PlanItem) else ""
    )
    return (
        f'<div class="actions" data-key="{key}">'
        '<button type="button" data-act="accept" class="accept">采纳</button>'
        '<button type="button" data-open="reject">退回…</button>'
        f'<button type="button" data-open="edit">修改…</button>{redraft_button}'
        '<form class="act" data-act="reject" hidden>'
        '<input name="reason" placeholder="退回理由（必填）" required>'
        '<button type="submit">确认退回</button></form>'
        '<form class="act" data-act="edit" hidden>'
        f'<textarea name="text" rows="14">{text}</textarea>'
        '<button type="submit">保存修改</button></form>'
        f"{redraft_form}"
        '<p class="act-error" hidden></p></div>'
    )
