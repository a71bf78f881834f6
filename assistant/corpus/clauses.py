"""Splitting a measures text into its clauses: 一是…二是…, ①②, （1）(2), 1)2), 1.2."""

from __future__ import annotations

import re

from assistant.corpus.patterns import CN_NUM

_AFTER = r"(?:^|(?<=[。；;：:！!？?\n，,]))\s*"
# Families of enumeration markers, in order of preference on ties.
# Group 'm' is the whole marker (where a clause starts), group 'n' its number.
_FAMILIES: list[re.Pattern[str]] = [
    re.compile(_AFTER + rf"(?P<m>(?P<n>[{CN_NUM}]{{1,3}})是)"),
    re.compile(r"(?P<m>(?P<n>[①-⑳]))"),
    re.compile(_AFTER + r"(?P<m>[（(](?P<n>\d{1,2})[）)])"),
    re.compile(_AFTER + r"(?P<m>(?P<n>\d{1,2})[)）])"),
    re.compile(_AFTER + r"(?P<m>(?P<n>\d{1,2})[.．、](?!\d))"),
]


def cn_to_int(text: str) -> int:
    """一..九十九 → int; also accepts ASCII digits and circled numbers ①..⑳."""
    if text.isdigit() and text.isascii():
        return int(text)
    if len(text) == 1 and "①" <= text <= "⑳":
        return ord(text) - ord("①") + 1
    digits = {c: i + 1 for i, c in enumerate(CN_NUM[:9])}
    if text == "十":
        return 10
    if text.startswith("十"):
        return 10 + digits.get(text[1:], 0)
    if "十" in text:
        tens, _, ones = text.partition("十")
        return digits.get(tens, 0) * 10 + (digits.get(ones, 0) if ones else 0)
    return digits.get(text, 0)


def cn_numeral(n: int) -> str:
    """1 → 一 … 99 → 九十九, 100 → 一百, 105 → 一百零五, 110 → 一百一十 … 9999: the
    inverse of ``cn_to_int`` below 100 (一是, 二、 numbering); larger n as ASCII digits."""
    if n < 1 or n > 9999:
        return str(n)
    if n <= 10:
        return CN_NUM[n - 1]
    if n < 100:
        tens, ones = divmod(n, 10)
        head = "" if tens == 1 else CN_NUM[tens - 1]
        return head + "十" + (CN_NUM[ones - 1] if ones else "")
    big, rest = divmod(n, 100)
    head = cn_numeral(big // 10) + "千" if big >= 10 else ""
    hundreds = big % 10
    head += CN_NUM[hundreds - 1] + "百" if hundreds else ("零" if head and rest else "")
    if not rest:
        return head
    if rest < 10:
        return head + ("" if head.endswith("零") else "零") + CN_NUM[rest - 1]
    tail = cn_numeral(rest)
    return head + ("一" + tail if rest < 20 else tail)


def _sequence(pattern: re.Pattern[str], text: str) -> list[int]:
    """Start offsets of the markers that count 1, 2, 3… in order."""
    starts: list[int] = []
    expected = 1
    for m in pattern.finditer(text):
        if cn_to_int(m.group("n")) == expected:
            starts.append(m.start("m"))
            expected += 1
    return starts


def split_clauses(text: str) -> list[str]:
    """Clauses of a measures text; a preamble before the first marker is kept as a clause."""
    text = text.strip()
    if not text:
        return []
    best: list[int] = []
    for pattern in _FAMILIES:
        starts = _sequence(pattern, text)
        if len(starts) >= 2 and (not best or starts[0] < best[0]):
            best = starts
    if not best:
        parts = [p.strip() for p in text.split("\n")]
        return [p for p in parts if p]
    bounds = [*best, len(text)]
    clauses = [text[a:b].strip() for a, b in zip(bounds, bounds[1:], strict=False)]
    preamble = text[: best[0]].strip()
    return ([preamble] if preamble else []) + [c for c in clauses if c]
