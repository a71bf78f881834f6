"""The plain-text form of a feedback (the 反馈意见 as handed over, ``examples/feedback.txt``):

* the title ``…巡察组关于巡察…的反馈意见`` gives the body and the unit; header lines
  ``被巡察党组织：…`` / ``巡察组：…`` / ``巡察时间：…`` / ``反馈时间：…`` / ``巡察轮次：…``
  win over the title;
* unnumbered prose before the first numbered line is the intro (only a round such as
  ``十五届县委第六轮巡察`` and a ``…至…`` period are picked from it);
* numbered lines form a tree by their marker level (一、 > （一） > 1. > （1） > ①): the
  top level are the categories, their children the problems, deeper levels sub-problems;
  a wrapper heading such as ``一、巡察发现的主要问题`` is unwrapped and sections such as
  ``二、意见建议`` are dropped; problems numbered （一）/1. with no 一、 above them at all
  go into one category ``巡察发现的主要问题``;
* a problem's first sentence (up to 。；：！？) is its title, the rest and its unnumbered
  continuation lines are its detail;
* after the last numbered line, the closing starts at a paragraph beginning 以上/请/希望/望/
  对于以上… that follows a blank line or a finished sentence, or at a contact line, a date
  line or a short signature; it is not part of the last problem (contacts and a date line
  in it are read).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from assistant.corpus.cleaning import Line, clean_lines, strip_noise
from assistant.corpus.patterns import (
    CONTACT_RE,
    DATE_LINE_RE,
    DATE_RE,
    TERMINAL_PUNCT,
    marker_level,
    parse_full_date,
    to_date,
)
from assistant.drafting.inputs.feedback.model import (
    Contacts,
    Defaults,
    Feedback,
    FeedbackCategory,
    FeedbackProblem,
    Inspection,
)
from assistant.errors import InputError
from assistant.i18n import _

# 县委第三巡察组关于巡察县农业农村局党组的反馈意见 / …关于对…巡察情况的反馈意见
_TITLE_RE = re.compile(
    r"(?:(?P<body>[^，。,\s]*?巡[察视]组))?关于(?:对)?(?:巡[察视])?(?P<unit>.+?)"
    r"(?:开展)?(?:巡[察视])?(?:工作)?(?:情况)?的?(?:巡[察视])?(?:情况)?反馈意见"
)
_HEADER_FIELDS = {
    "被巡察党组织": "unit",
    "被巡视党组织": "unit",
    "被巡察单位": "unit",
    "被巡视单位": "unit",
    "巡察对象": "unit",
    "巡视对象": "unit",
    "巡察组": "body",
    "巡视组": "body",
    "巡察类型": "kind",
    "巡视类型": "kind",
    "巡察时间": "period",
    "巡视时间": "period",
    "反馈时间": "feedback_date",
    "反馈日期": "feedback_date",
    "巡察轮次": "round",
    "巡视轮次": "round",
    "轮次": "round",
    "联系电话": "phone",
    "电话": "phone",
    "电子邮箱": "email",
    "电子信箱": "email",
    "邮箱": "email",
    "邮政编码": "postcode",
    "邮编": "postcode",
    "通信地址": "address",
    "通讯地址": "address",
    "地址": "address",
    "责任领导": "leader",
    "牵头领导": "leader",
    "责任部门": "department",
    "牵头部门": "department",
}
_HEADER_RE = re.compile(
    r"^\s*(" + "|".join(sorted(_HEADER_FIELDS, key=len, reverse=True)) + r")\s*[:：]\s*(.*?)\s*$"
)
_ROUND_RE = re.compile(
    r"(?:[一二三四五六七八九十]+届)?(?:省委|市委|州委|县委|区委|旗委|盟委|党委|党组)?"
    r"(?:\d{4}年)?第[一二三四五六七八九十\d]+轮(?:巡[察视])?"
)
_PERIOD_RE = re.compile(
    r"(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:至|到|—+|-|－|～|~)\s*"
    r"((?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日)"
)
_MARKDOWN_RE = re.compile(r"^\s*(?:#{1,6}\s+|>\s?)")
_CLOSING_START_RE = re.compile(
    r"^(?:以上|对于?以上|针对以上|对上述|请(?!示)|希望|望(?!远)|巡[察视]组将|特此)"
)
_SIGNATURE_RE = re.compile(r"(?:巡[察视]组|委员会|党组|党委|办公室)$")
_SENTENCE_END_RE = re.compile(r"[。；;！!？?：:]")
# A heading such as '一、党的建设方面' ends without punctuation; prose under it is not its tail.
_HEADING_END_RE = re.compile(r"(?:方面|问题)$")
_LEAD_IN_RE = re.compile(r"[，,]\s*(?:主要|具体)?(?:表现|体现)(?:在|为)$")
# Top-level headings that are not categories of problems, and wrappers around them.
_NOT_PROBLEMS_RE = re.compile(
    r"^(?:巡[察视]组?)?(?:的)?(?:整改)?(?:意见建议|意见和建议|工作建议|整改建议|整改意见"
    r"|整改要求|有关要求|工作要求|问题线索|线索移交|移交)"
)
_WRAPPER_RE = re.compile(r"^(?:巡[察视](?:组)?)?(?:发现的|存在的)?(?:主要)?问题[。：:]?$")


@dataclass
class _Node:
    """A numbered paragraph and the numbered paragraphs below it."""

    level: int
    line: int
    text: str
    children: list[_Node] = field(default_factory=list)


@dataclass
class _Header:
    values: dict[str, tuple[str, int]] = field(default_factory=dict)
    title_body: str | None = None
    title_unit: str | None = None
    kind_text: str = ""  # title and header lines: 巡视 here makes it a 巡视
    intro: str = ""


def _strip_markdown(text: str) -> str:
    """Markdown headings, quotes and bold would hide the numbering; line count is kept."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "\n".join(_MARKDOWN_RE.sub("", line).replace("**", "") for line in lines)


def _read_header(raw_lines: list[str]) -> _Header:
    header = _Header()
    intro: list[str] = []
    for number, raw in enumerate(raw_lines, start=1):
        line = strip_noise(raw)
        if not line:
            continue
        m = _HEADER_RE.match(line)
        if m:
            key = _HEADER_FIELDS[m.group(1)]
            value = m.group(2).strip().rstrip("。；;，,")
            if value and key not in header.values:
                header.values[key] = (value, number)
            if key not in ("phone", "email", "postcode", "address"):
                header.kind_text += line
            continue
        if header.title_unit is None and "反馈意见" in line:
            t = _TITLE_RE.search(line)
            if t:
                header.title_unit = t.group("unit").strip()
                header.title_body = (t.group("body") or "").strip() or None
                header.kind_text += line
                continue
        intro.append(line)
    header.intro = "".join(intro)
    return header


def _period(value: str) -> tuple[dt.date, dt.date] | None:
    """'2026年3月10日至5月10日': the second date may omit the year (next year if earlier)."""
    dates = list(DATE_RE.finditer(value))
    if len(dates) != 2 or dates[0].group(1) is None:
        return None
    year = int(dates[0].group(1))
    start = to_date(year, int(dates[0].group(2)), int(dates[0].group(3)))
    if start is None:
        return None
    end_year = int(dates[1].group(1)) if dates[1].group(1) else year
    end = to_date(end_year, int(dates[1].group(2)), int(dates[1].group(3)))
    if end is not None and end < start and not dates[1].group(1):
        end = to_date(year + 1, end.month, end.day)
    return (start, end) if end is not None else None


def _split_title(text: str) -> tuple[str, str]:
    """First sentence (up to 。；：！？) is the title, the rest the detail."""
    text = text.strip()
    m = _SENTENCE_END_RE.search(text)
    if m is None or m.start() == 0:
        return text.rstrip("。；;，,"), ""
    title = _LEAD_IN_RE.sub("", text[: m.start()].strip())
    return title, text[m.end() :].strip()


def _blank_between(raw_lines: list[str], before: Line, after: Line) -> bool:
    return any(not raw_lines[i - 1].strip() for i in range(before.end + 1, after.start))


def _is_closing(line: Line, previous: Line, raw_lines: list[str]) -> bool:
    text = line.text
    if CONTACT_RE.match(text) or DATE_LINE_RE.match(text):
        return True
    if len(text) <= 30 and text[-1] not in TERMINAL_PUNCT and _SIGNATURE_RE.search(text):
        return True  # the group's signature
    new_paragraph = previous.text[-1] in "。！？!?…" or _blank_between(raw_lines, previous, line)
    return new_paragraph and bool(_CLOSING_START_RE.match(text))


def _glue(text: str, continuation: str) -> str:
    """A continuation line belongs to the paragraph above; a bare heading gets a full stop."""
    if _HEADING_END_RE.search(text) and continuation[0] not in "，,、。；;：:）)":
        return f"{text}。{continuation}"
    return text + continuation  # a line broken mid-sentence: Chinese needs no space


def _build_tree(lines: list[Line]) -> _Node:
    root = _Node(0, 0, "")
    stack = [root]
    for line in lines:
        found = marker_level(line.text)
        if found is None:
            stack[-1].text = _glue(stack[-1].text, line.text)
            continue
        level, marker = found
        node = _Node(level, line.start, line.text[len(marker) :].strip(" \u3000"))
        while stack[-1].level >= level:
            stack.pop()
        stack[-1].children.append(node)
        stack.append(node)
    return root


def _top_sections(root: _Node) -> list[_Node]:
    """The categories: top-level nodes, without non-problem sections, wrappers unwrapped."""
    out: list[_Node] = []
    for node in root.children:
        title = _split_title(node.text)[0]
        if _NOT_PROBLEMS_RE.match(title):
            continue
        if _WRAPPER_RE.match(title) and node.children:
            if any(child.children for child in node.children):
                out.extend(node.children)
                continue
        out.append(node)
    return out


def _problem(node: _Node, where: str) -> FeedbackProblem:
    title, detail = _split_title(node.text)
    if not title:
        raise InputError(
            _("有一个编了号的问题没有内容"),
            where=where,
            line=node.line,
            hint=_("请在编号后写出问题，或删去编号"),
        )
    return FeedbackProblem(
        title=title,
        detail=detail,
        sub_problems=[_problem(child, where) for child in node.children],
        line=node.line,
    )


def _category(node: _Node, where: str) -> FeedbackCategory:
    title = _split_title(node.text)[0]
    if not node.children:
        raise InputError(
            _("类别“{title}”下没有编号的问题").format(title=title or node.text),
            where=where,
            line=node.line,
            hint=_("请给其下每个问题编号：（一）（二）… 或 1. 2. …"),
        )
    if not title:
        raise InputError(_("有一个编了号的类别没有标题"), where=where, line=node.line)
    return FeedbackCategory(
        title=title, problems=[_problem(child, where) for child in node.children], line=node.line
    )


def _header_date(header: _Header, key: str, where: str) -> dt.date | None:
    if key not in header.values:
        return None
    value, line = header.values[key]
    date = parse_full_date(value)
    if date is None:
        raise InputError(
            _("无法识别“{value}”中的日期").format(value=value), where=where, line=line,
            hint=_("请写成 2026年6月15日")
        )
    return date


def parse_feedback_text(text: str, where: str) -> Feedback:
    """Parse the group's feedback text (see the module docstring for the rules)."""
    text = _strip_markdown(text.lstrip("\ufeff"))
    raw_lines = text.split("\n")
    lines = clean_lines(text)
    first = next((i for i, line in enumerate(lines) if marker_level(line.text)), None)
    # The header is read from raw lines: cleaning could glue a header line to the title.
    header = _read_header(raw_lines[: (lines[first].start - 1 if first is not None else None)])

    unit = header.values.get("unit", (header.title_unit or "", 0))[0]
    if not unit:
        raise InputError(
            _("没有找到被巡察单位"),
            where=where,
            hint=_("请在开头加一行“被巡察党组织：中共…党组”，或标题“…巡察组关于巡察…的反馈意见”"),
        )
    if first is None:
        raise InputError(
            _("没有找到编号的问题"),
            where=where,
            hint=_("请给类别编号 一、二、…，其下的问题编号（一）（二）… 或 1. 2. …"),
        )

    body_lines = lines[first:]
    last_marker = max(i for i, line in enumerate(body_lines) if marker_level(line.text))
    cut = len(body_lines)
    for i in range(last_marker + 1, len(body_lines)):
        if _is_closing(body_lines[i], body_lines[i - 1], raw_lines):
            cut = i
            break
    closing = body_lines[cut:]
    categories = _top_sections(_build_tree(body_lines[:cut]))
    if not categories:
        raise InputError(
            _("没有找到编号的问题（只有意见建议或其他部分）"),
            where=where,
            line=body_lines[0].start,
            hint=_("请给类别编号 一、二、…，其下的问题编号（一）（二）…"),
        )
    kind = "巡视" if "巡视" in header.kind_text else "巡察"
    if all(node.level > 1 and not node.children for node in categories):
        # Problems numbered （一） or 1. with no 一、 heading above: one category holds them.
        categories = [_Node(1, categories[0].line, f"{kind}发现的主要问题", categories)]
    feedback = [_category(node, where) for node in categories]

    values = {key: value for key, (value, _line) in header.values.items()}
    inspection: dict[str, Any] = {
        "kind": kind,
        "body": values.get("body") or header.title_body,
        "feedback_date": _header_date(header, "feedback_date", where),
    }
    round_match = _ROUND_RE.search(header.kind_text + header.intro)
    inspection["round"] = values.get("round") or (round_match.group(0) if round_match else None)
    if "period" in values:
        period = _period(values["period"])
        if period is None:
            raise InputError(
                _("无法识别“{value}”中的时间段").format(value=values["period"]),
                where=where,
                line=header.values["period"][1],
                hint=_("请写成 2026年3月10日至5月10日"),
            )
        inspection["start"], inspection["end"] = period
    else:
        m = _PERIOD_RE.search(header.intro)
        period = _period(m.group(0)) if m else None
        if period is not None:
            inspection["start"], inspection["end"] = period
    contacts: dict[str, str] = {
        k: values[k] for k in ("phone", "email", "postcode", "address") if k in values
    }
    for closing_line in closing:
        m = _HEADER_RE.match(closing_line.text)
        if m and _HEADER_FIELDS[m.group(1)] in ("phone", "email", "postcode", "address"):
            contacts.setdefault(_HEADER_FIELDS[m.group(1)], m.group(2).strip().rstrip("。；;"))
        elif inspection["feedback_date"] is None and DATE_LINE_RE.match(closing_line.text):
            inspection["feedback_date"] = parse_full_date(closing_line.text)
    try:
        return Feedback(
            unit=unit,
            inspection=Inspection.model_validate(inspection),
            contacts=Contacts.model_validate(contacts),
            defaults=Defaults(leader=values.get("leader"), department=values.get("department")),
            feedback=feedback,
            source=where,
        )
    except ValidationError as exc:
        first_error = exc.errors(include_url=False)[0]
        unit_line = header.values["unit"][1] if "unit" in header.values else None
        raise InputError(
            f"{'.'.join(str(p) for p in first_error['loc'])}: {first_error['msg']}",
            where=where,
            line=unit_line if first_error["loc"][:1] == ("unit",) else None,
            hint=_("单位须写全称，例如 被巡察党组织：中共青山县农业农村局党组"),
        ) from None
