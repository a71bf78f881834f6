"""Dates as users write them in a feedback file, and the deadline words."""

from __future__ import annotations

import calendar
import datetime as dt
import re

from assistant.corpus.patterns import (
    FULL_DATE_RE,
    to_date,
)

DATE_KEYS = {"start", "end", "feedback_date"}
DEADLINE_KINDS = ("立行立改", "限期整改", "长期坚持")
_NUMERIC_DATE_RE = re.compile(r"(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})")
_MONTH_END_RE = re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)")
_BEFORE_RE = re.compile(r"\s*(?:以前|之前|前)\s*$")


def date_from_text(text: str) -> dt.date | None:
    """A date written 2026-06-15, 2026/6/15, 2026.6.15, 2026年6月15日 or 2026年6月底 (+ 前)."""
    text = _BEFORE_RE.sub("", text.strip())
    for pattern in (FULL_DATE_RE, _NUMERIC_DATE_RE):
        m = pattern.fullmatch(text)
        if m:
            return to_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH_END_RE.fullmatch(text)
    if m:
        year, month = int(m.group(1)), int(m.group(2))
        if 1 <= month <= 12:
            return dt.date(year, month, calendar.monthrange(year, month)[1])
    return None
