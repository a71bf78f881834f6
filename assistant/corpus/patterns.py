"""The regular expressions of the genre: numbering levels, labels, dates, titles.

Both full-width and half-width forms are accepted everywhere (（一） and (一), ：and :).
"""

from __future__ import annotations

import datetime as dt
import re

CN_NUM = "一二三四五六七八九十"
_OPEN = r"[（(]"
_CLOSE = r"[）)]"

# Numbering levels, outermost first. Level 3 accepts 1. 1、 1． and '反馈问题1：'.
MARKERS: list[tuple[int, re.Pattern[str]]] = [
    (1, re.compile(rf"^\s*([{CN_NUM}]{{1,3}})\s*[、.．]")),
    (2, re.compile(rf"^\s*{_OPEN}\s*([{CN_NUM}]{{1,3}})\s*{_CLOSE}")),
    (3, re.compile(r"^\s*(?:反馈问题\s*)?(\d{1,2})\s*(?:[.．、](?!\d)|[:：](?=\D))")),
    (4, re.compile(rf"^\s*(?:{_OPEN}\s*(\d{{1,2}})\s*{_CLOSE}|(\d{{1,2}})\s*{_CLOSE})")),
    (5, re.compile(r"^\s*([①-⑳])")),
]

_MEASURE_LABELS = (
    "整改进展情况|整改落实情况|整改完成情况|整改情况|整改措施|整改举措|整改成效|整改结果|整改进度"
    "|进一步整改措施|下一步整改措施|落实情况|完成情况|进展情况|情况说明|未完成整改原因"
    "|工作措施|主要措施|采取措施|具体措施"
)
MEASURE_LABEL_RE = re.compile(rf"^\s*({_MEASURE_LABELS})\s*[:：]\s*")
# A label inside a heading line: 'xx问题。整改情况：一是…'
# or, for the 整改… labels, glued to the problem when a repost merged the two lines
# ('…问题整改情况：一是…').
INLINE_MEASURE_LABEL_RE = re.compile(
    rf"(?:(?<=[。；;！!？?\s])(?P<label>{_MEASURE_LABELS})"
    r"|(?P<glued>整改进展情况|整改落实情况|整改完成情况|整改情况|整改措施|整改举措)(?=\s*[:：]\s*\S))"
    r"\s*[:：]\s*"
)
PROBLEM_LABEL_RE = re.compile(
    r"^\s*(整改任务|整改内容|整改事项|反馈问题|存在问题|具体问题|问题描述|问题)\s*[:：]\s*"
)
# Labels of a further-rectification entry: why it is unfinished, and by when.
REASON_LABELS = r"未全部完成(?:整改)?的?原因|未能?完成(?:整改)?的?原因|尚未完成(?:整改)?的?原因|原因分析|原因说明"
DEADLINE_LABELS = r"整改时限|完成时限|计划完成时间|预计完成时间|完成时间|时限要求|整改期限"
FURTHER_LABEL_RE = re.compile(rf"^\s*({REASON_LABELS}|{DEADLINE_LABELS})\s*[:：]")
ONE_IS_RE = re.compile(rf"^\s*[{CN_NUM}]{{1,3}}是")

DATE_RE = re.compile(r"(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日")
FULL_DATE_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日")
DATE_LINE_RE = re.compile(r"^\s*[（(]?\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*[）)]?\s*$")

TITLE_RE = re.compile(
    r"关于.{0,60}?(?:整改|巡察|巡视).{0,40}?(?:通\s*报|报\s*告|公\s*示|公\s*告|情况)\s*$"
)
INTRO_START_RE = re.compile(r"^\s*(?:根据|按照|依据|据).{0,40}?(?:部署|安排|要求)")
CLOSING_RE = re.compile(r"^\s*欢迎.{0,30}(?:监督|意见|建议)")
CONTACT_RE = re.compile(
    r"^\s*(?:联系电话|联系方式|电话|举报电话|通信地址|通讯地址|地址|邮政编码|邮编|电子邮箱|电子信箱|邮箱|联系人|传真)\s*[:：]"
)

TERMINAL_PUNCT = "。！？；：!?;:…"


def marker_level(line: str) -> tuple[int, str] | None:
    """The numbering level of a line (1 = 一、 … 5 = ①) and the marker text, if numbered."""
    for level, pattern in MARKERS:
        m = pattern.match(line)
        if m:
            # '1.5级' or '2021年' are not markers: level 3 rejects digits after the dot.
            return level, m.group(0).strip()
    return None


def to_date(year: int | None, month: int, day: int) -> dt.date | None:
    if year is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def parse_full_date(text: str) -> dt.date | None:
    m = FULL_DATE_RE.search(text)
    return to_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


# How a report (and many a feedback) frames a problem's title, around the fault itself:
# 关于“差旅费审核把关不严”的问题, 针对干部选任制度执行不规范的问题。, “整改举一反三不够”问题的整改落实情况
_FRAME_LEAD_RE = re.compile(r"^(?:关于|针对)(?:(?:巡察|巡视)反馈的?)?")
_FRAME_TAIL_RE = re.compile(
    r"\s*(?:等?的?问题(?:的?(?:整改落实情况|整改情况|整改))?|的?(?:整改落实情况|整改情况))$"
)
_WHOLLY_QUOTED_RE = re.compile(r"^[“\"]((?:[^“”]|“[^“”]*”)*)[”\"]$")


def problem_core(title: str) -> str:
    """The fault a title names, without the frame around it (关于“…”的问题 → …); the title
    itself when the frame is all there is (关于…问题 with nothing between)."""
    core = _FRAME_LEAD_RE.sub("", title.strip()).rstrip("。.；;：: \u3000")
    core = _FRAME_TAIL_RE.sub("", core).rstrip("。；，")
    if quoted := _WHOLLY_QUOTED_RE.match(core):
        core = quoted.group(1)
    core = core.strip("。；， ")
    return core if len(core) >= 4 else title.strip()
