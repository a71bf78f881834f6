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


def _is_open(text: str, continued: bool = False) -> bool:
    """A line that stops mid-sentence (no terminal punctuation, not a heading or title).
    A line already continued over a break is a sentence, whatever its start."""
    if text[-1] in TERMINAL_PUNCT or DATE_LINE_RE.match(text) or is_title(text):
        return False
    if CLOSING_RE.match(text) or _CONTACT_INSIDE_RE.search(text):
        return False  # closings end with an e-mail or a phone number, not a full stop
    # A heading has no ending; but one that stops on a comma or an open quote, or holds a
    # sentence already (a problem stated in full, broken by a copy), goes on, unless what
    # follows its last sentence is a 'label：value' (整改时限：长期坚持).
    return (
        continued
        or not marker_level(text)
        or text[-1] in "，,、“（(《"
        or ("。" in text and not re.search("[:：]", text.rsplit("。", 1)[1]))
    )


def _should_join(prev: str, nxt: str, continued: bool = False, after: str | None = None) -> bool:
    """Whether ``nxt`` continues ``prev``; ``after`` is the line following ``nxt`` (None at
    a paragraph break), which tells a short middle piece of a sentence from a heading."""
    if starts_block(nxt) or is_title(nxt):
        return False
    if TITLE_RE.search(prev + nxt) and len(nxt) <= 24 and not TITLE_RE.search(prev):
        return True  # a title broken over two lines: '…情况的' / '通　报'
    if len(prev) < 16 or not _is_open(prev, continued):
        return False
    # A short line without an ending is a heading or a signature, not a sentence's tail;
    # one with a comma inside, or followed by more of the sentence, is a piece of it.
    if len(nxt) > 30 or nxt[-1] in TERMINAL_PUNCT or re.search("[，、,]", nxt):
        return True
    return after is not None and not starts_block(after) and not is_title(after)


def clean_lines(text: str) -> list[Line]:
    """Noise removed, blank lines dropped, mid-sentence breaks re-joined."""
    rules = noise_rules()
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    # (line number, text) with '' for a blank line (a real paragraph break); noise-only
    # lines are left out, they are no paragraph break
    kept = [(n, c) for n, c in ((n, strip_noise(s, rules)) for n, s in enumerate(raw, 1)) if c is not None]
    out: list[Line] = []
    joinable = False
    for index, (number, cleaned) in enumerate(kept):
        if not cleaned:
            joinable = False
            continue
        after = kept[index + 1][1] if index + 1 < len(kept) else None
        if (
            joinable
            and out
            and _should_join(out[-1].text, cleaned, out[-1].end > out[-1].start, after or None)
        ):
            last = out.pop()
            out.append(Line(last.text + cleaned, last.start, number))
        else:
            out.append(Line(cleaned, number, number))
        joinable = True
    return out


__all__ = ["Line", "clean_lines", "is_title", "starts_block", "strip_noise"]
