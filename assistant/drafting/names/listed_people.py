"""Names the surname patterns of ``people.py`` miss: those listed after a word for staff
and before 同志 (对单位人员卓振海、吴维旺同志进行批评教育 names two people, though only the
last stands right before 同志), and opening a clause before 调整至/转任 (张志斐调整至…).
A name after a post (副主席王晓红分管) is ``posted_people.py``'s."""

from __future__ import annotations

import re

from assistant.drafting.names.posted_people import is_surname

# 人员/干部/职工 … then names joined by 、/和/及, then (等N名) 同志.
_LISTED = re.compile(
    r"(?:人员|干部|职工|员工|党员|工作人员|教师|医生|民警)"
    r"((?:[\u4e00-\u9fff]{2,3}[、和及])*[\u4e00-\u9fff]{2,3})"
    r"(?:等\d*名?)?同志"
)
_JOIN = re.compile(r"[、和及]")
# A name opening a clause before 调整至/转任.
_MOVED = re.compile(r"(?:^|(?<=[，,。；;、]))([\u4e00-\u9fff]{2,3}?)(?=调整至|调任|转任为|转任)")


def listed_person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each listed name; a list is taken only if every part looks like a
    name (a surname first), so 干部职工同志 stays an ordinary phrase."""
    spans: list[tuple[int, int]] = []
    for m in _LISTED.finditer(text):
        start = m.start(1)
        parts: list[tuple[int, int]] = []
        for piece in _JOIN.split(m.group(1)):
            parts.append((start, start + len(piece)))
            start += len(piece) + 1
        if parts and all(is_surname(text[a]) for a, _ in parts):
            spans += parts
    spans += [m.span(1) for m in _MOVED.finditer(text) if is_surname(m.group(1)[0])]
    return spans
