"""Cleaning: drop noise (``noise.py``) and re-join lines broken mid-sentence.

The output is a list of ``Line``s, each remembering the source lines it came from, so every
parsed field can point back to a file and line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.corpus.noise import noise_rules, strip_noise
from assistant.corpus.patterns import (
    CLOSING_RE,
    CONTACT_RE,
    DATE_LINE_RE,
    FURTHER_LABEL_RE,
    INTRO_START_RE,
    MEASURE_LABEL_RE,
    ONE_IS_RE,
    PROBLEM_LABEL_RE,
    TERMINAL_PUNCT,
    TITLE_RE,
    marker_level,
)


@dataclass(frozen=True)
class Line:
    """A cleaned paragraph and the 1-based source lines it spans."""

    text: str
    start: int
    end: int


def starts_block(text: str) -> bool:
    """True when a line can only begin a paragraph (numbering, label, date, contact…)."""
    return bool(
        marker_level(text)
        or MEASURE_LABEL_RE.match(text)
        or PROBLEM_LABEL_RE.match(text)
        or FURTHER_LABEL_RE.match(text)
        or ONE_IS_RE.match(text)
        or DATE_LINE_RE.match(text)
        or INTRO_START_RE.match(text)
        or CLOSING_RE.match(text)
        or CONTACT_RE.match(text)
    )


_CONTACT_INSIDE_RE = re.compile(r"(?:电话|邮箱|信箱|邮编|邮政编码|地址|联系方式)\s*[:：]")


def is_title(text: str) -> bool:
    """A notice title: '…关于…整改…的通报', one line, no sentence inside."""
    return bool(TITLE_RE.search(text)) and len(text) <= 90 and "。" not in text


def _is_open(text: str) -> bool:
    """A line that stops mid-sentence (no terminal punctuation, not a heading or title)."""
    if text[-1] in TERMINAL_PUNCT or DATE_LINE_RE.match(text) or is_title(text):
        return False
    if CLOSING_RE.match(text) or _CONTACT_INSIDE_RE.search(text):
        return False  # closings end with an e-mail or a phone number, not a full stop
    # A heading has no ending; but one that stops on a comma or an open quote, or holds a
    # sentence already (a problem stated in full, broken by a copy), goes on.
    return (
        not marker_level(text)
        or text[-1] in "，,、“（(《"
        or (len(text) >= 40 and "。" in text)
    )


def _should_join(prev: str, nxt: str) -> bool:
    if starts_block(nxt) or is_title(nxt):
        return False
    if TITLE_RE.search(prev + nxt) and len(nxt) <= 24 and not TITLE_RE.search(prev):
        return True  # a title broken over two lines: '…情况的' / '通　报'
    if len(prev) < 16 or not _is_open(prev):
        return False
    # A short line without an ending is a heading or a signature, not a sentence's tail;
    # one with a comma inside is a piece of a sentence (a page's line width).
    return not (len(nxt) <= 30 and nxt[-1] not in TERMINAL_PUNCT and not re.search("[，、,]", nxt))


def clean_lines(text: str) -> list[Line]:
    """Noise removed, blank lines dropped, mid-sentence breaks re-joined."""
    rules = noise_rules()
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[Line] = []
    joinable = False  # a blank line is a real paragraph break
    for number, source in enumerate(raw, start=1):
        cleaned = strip_noise(source, rules)
        if cleaned is None:  # a noise-only line is not a paragraph break
            continue
        if not cleaned:
            joinable = False
            continue
        if joinable and out and _should_join(out[-1].text, cleaned):
            last = out.pop()
            out.append(Line(last.text + cleaned, last.start, number))
        else:
            out.append(Line(cleaned, number, number))
        joinable = True
    return out


__all__ = ["Line", "clean_lines", "is_title", "starts_block", "strip_noise"]
