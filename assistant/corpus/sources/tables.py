"""Tables of a notice (序号 | 问题 | 整改措施 | 整改情况) as the lines the parser reads.

When the header row names a problem column and a measures column, each row is written the
way notices are written in prose ('1.problem' / '整改情况：measures'), so the parser finds
the items; any other table is written one row a line, its cells separated by a wide space.
"""

from __future__ import annotations

import re

_NUMBER_RE = re.compile(r"^\s*[（(]?\s*(\d{1,3})\s*[)）.、．]?\s*$")
_PROBLEM_HEADERS = ("问题", "事项", "任务")
_MEASURE_HEADERS = ("整改情况", "完成情况", "进展", "整改措施", "措施")


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    for name in names:  # in order of preference
        for index, cell in enumerate(header):
            if name in cell:
                return index
    return None


def _distinct(row: list[str]) -> list[str]:
    """A row's non-empty cells; a merged cell repeats in Word tables, so repeats go."""
    out: list[str] = []
    for text in (c.strip() for c in row):
        if text and (not out or text != out[-1]):
            out.append(text)
    return out


def table_lines(rows: list[list[str]]) -> list[str]:
    if not rows:
        return []
    header = [c.strip() for c in rows[0]]
    problem = _column(header, _PROBLEM_HEADERS)
    measures = _column(header, _MEASURE_HEADERS)
    if problem is None or measures is None or problem == measures:
        return [line for line in ("　".join(_distinct(row)) for row in rows) if line]
    lines: list[str] = []
    for number, row in enumerate(rows[1:], start=1):
        if max(problem, measures) >= len(row) or not row[problem].strip():
            continue
        first = _NUMBER_RE.match(row[0])
        label = first.group(1) if first else str(number)
        lines.append(f"{label}.{row[problem].strip()}")
        lines.append(f"整改情况：{row[measures].strip()}")
    return lines
