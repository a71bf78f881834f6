"""One item as plain text for `rectify review edit`, and that text read back.

The reviewer edits labelled lines (整改目标：…, one measure per line under 整改措施：, 责任领导：…);
lines starting with # are help and references, ignored when read back. A text that cannot
be read back is an error naming its line, and the draft is left unchanged.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.models import Citation, Deadline, Measure, PlanItem, ReportItem
from assistant.drafting.sources import strip_ordinal
from assistant.errors import InputError
from assistant.i18n import _

_LABEL_RE = re.compile(r"^(整改目标|整改措施|责任领导|责任部门|完成时限|整改进展情况|下一步)[：:]\s*(.*)$")
_MONTH_RE = re.compile(r"^(\d{4})\s*年\s*(\d{1,2})\s*月(?:底)?前?$")
_DAY_RE = re.compile(r"^(\d{4})(?:\s*年\s*|-)(\d{1,2})(?:\s*月\s*|-)(\d{1,2})\s*日?前?$")
DEADLINE_WORDS = ("立行立改", "长期坚持", "限期整改")


def _help(key: str, problem: str, fields: str) -> list[str]:
    return [
        f"# 第 {key} 项：{problem}",
        f"# 修改 {fields}，保存并关闭编辑器即生效；以 # 开头的行不计入。",
        "# [n] 是引用编号，只能用本稿参考文献中已有的编号。清空全部内容则放弃修改。",
        "",
    ]


def _references(numbers: list[int], citations: list[Citation]) -> list[str]:
    by_n = {c.n: c for c in citations}
    lines = ["", "# 本项引用："]
    for n in numbers:
        c = by_n.get(n)
        if c:
            lines.append(f"# [{n}] {c.unit}（{c.date}）{c.clause}")
    return lines


def plan_item_text(item: PlanItem, citations: list[Citation]) -> str:
    lines = _help(item.key, item.problem, "整改目标、整改措施（每行一条）、责任领导、责任部门、完成时限")
    lines += [f"整改目标：{item.goal}", "整改措施："]
    lines += [f"{cn_numeral(i)}是{m.text}" for i, m in enumerate(item.measures, 1)]
    lines += [
        f"责任领导：{item.leader}",
        f"责任部门：{item.department}",
        f"完成时限：{item.deadline.text}",
    ]
    cited = [n for m in item.measures for n in m.citations]
    return "\n".join(lines + _references(cited, citations)) + "\n"


def report_item_text(item: ReportItem) -> str:
    lines = _help(item.key, item.problem, "整改进展情况、下一步")
    lines += [f"整改进展情况：{item.progress}", f"下一步：{item.next_steps}"]
    return "\n".join(lines) + "\n"


def is_empty(text: str) -> bool:
    return not any(line.strip() and not line.lstrip().startswith("#") for line in text.splitlines())


def _fields(text: str, where: str) -> tuple[dict[str, str], list[str]]:
    """Labelled values and the lines under 整改措施：."""
    values: dict[str, str] = {}
    measures: list[str] = []
    current: str | None = None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        match = _LABEL_RE.match(line)
        if match:
            current = match.group(1)
            if current in values:
                raise InputError(_("“{label}”出现了两次").format(label=current), where=where,
                                 line=number, hint=_("每个标签只保留一行"))
            values[current] = match.group(2).strip()
            if current == "整改措施" and values[current]:
                measures.append(values[current])
        elif current == "整改措施":
            measures.append(line)
        elif current in ("整改进展情况", "下一步"):
            values[current] += line
        else:
            raise InputError(
                _("这一行不属于任何标签：“{line}”").format(line=line[:30]),
                where=where,
                line=number,
                hint=_("每行以 整改目标：、整改措施：、责任领导：、责任部门： 或 完成时限： 开头"),
            )
    return values, measures


def _require(values: dict[str, str], label: str, where: str) -> str:
    value = values.get(label, "").strip()
    if not value:
        raise InputError(_("缺少“{label}”或其内容为空").format(label=label), where=where,
                         hint=_("请写一行“{label}：…”").format(label=label))
    return value


def parse_deadline(text: str, where: str) -> Deadline:
    text = text.strip()
    if text in DEADLINE_WORDS and text != "限期整改":
        return Deadline(kind=text)
    for pattern, day in ((_DAY_RE, True), (_MONTH_RE, False)):
        match = pattern.match(text)
        if match:
            year, month = int(match.group(1)), int(match.group(2))
            try:
                last = calendar.monthrange(year, month)[1]
                date = dt.date(year, month, int(match.group(3)) if day else last)
            except (ValueError, calendar.IllegalMonthError):
                break
            return Deadline(kind="限期整改", date=date)
    raise InputError(
        _("完成时限“{text}”不是有效的时限").format(text=text),
        where=where,
        hint=_("请写 立行立改、长期坚持，或日期，例如 2026年9月底前 或 2026-09-30"),
    )


def read_plan_item(text: str, item: PlanItem, where: str) -> PlanItem:
    values, lines = _fields(text, where)
    measures = []
    for line in lines:
        body = strip_ordinal(line)
        if body:
            cited = [int(n) for n in MARKER_RE.findall(body)]
            measures.append(Measure(text=body, citations=cited))
    if not measures:
        raise InputError(_("整改措施下没有任何措施"), where=where,
                         hint=_("请在 整改措施： 下至少写一条措施，每行一条"))
    return item.model_copy(
        update={
            "goal": _require(values, "整改目标", where),
            "measures": measures,
            "leader": _require(values, "责任领导", where),
            "department": _require(values, "责任部门", where),
            "deadline": parse_deadline(_require(values, "完成时限", where), where),
        }
    )


def read_report_item(text: str, item: ReportItem, where: str) -> ReportItem:
    values, _measures = _fields(text, where)
    cited = [int(n) for n in MARKER_RE.findall(values.get("整改进展情况", ""))]
    return item.model_copy(
        update={
            "progress": _require(values, "整改进展情况", where),
            "next_steps": values.get("下一步", "").strip(),
            "citations": cited,
        }
    )
