"""A long title broken into lines by sense (GB/T 9704-2012 7.3.3).

A line may end only at a sense boundary (after 关于, before 的整改方案 / 整改进展情况的通报,
around a name kept whole: the unit, the inspection group; rules in ``title_breaks.toml``),
never inside a word; among the breaks that fit, the fewest lines in a 梯形 (lengths
rising or falling) or 菱形 (longest in the middle) shape wins, the rules' boundaries
before a name's edge, then the most even.
"""

from __future__ import annotations

import itertools
import tomllib
from collections.abc import Sequence
from functools import cache
from pathlib import Path

RULES = Path(__file__).with_name("title_breaks.toml")
# 2号 (22 pt) characters on the 156 mm line, title off the grid: 156 mm / 22 pt ≈ 20.
TITLE_CHARS = 20
MAX_LINES = 4


@cache
def _rules() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    data = tomllib.loads(RULES.read_text(encoding="utf-8"))
    return tuple(data["after"]), tuple(data["before"]), tuple(data["words"])


def _spans(text: str, phrase: str) -> list[tuple[int, int]]:
    out, start = [], text.find(phrase) if phrase else -1
    while start >= 0:
        out.append((start, start + len(phrase)))
        start = text.find(phrase, start + 1)
    return out


def sense_breaks(title: str, names: Sequence[str] = ()) -> dict[int, int]:
    """Offsets where a line may end (0 < offset < len), none inside a name or a word, each
    with its rank: 0 for the rules' boundaries (after 关于…), 1 for a name's edge."""
    after, before, words = _rules()
    points: dict[int, int] = {}
    for name in names:
        for start, end in _spans(title, name):
            points |= {start: 1, end: 1}
    for phrase in after:
        points |= {end: 0 for _, end in _spans(title, phrase)}
    for phrase in before:
        points |= {start: 0 for start, _ in _spans(title, phrase)}
    whole = [span for phrase in (*words, *names) for span in _spans(title, phrase)]
    return {
        p: rank
        for p, rank in points.items()
        if 0 < p < len(title) and not any(a < p < b for a, b in whole)
    }


def _shaped(lengths: Sequence[int]) -> bool:
    """梯形 (monotone) or 菱形 (rises to one peak, then falls)."""
    peak = lengths.index(max(lengths))
    rising = all(a <= b for a, b in itertools.pairwise(lengths[: peak + 1]))
    falling = all(a >= b for a, b in itertools.pairwise(lengths[peak:]))
    return rising and falling


def title_lines(title: str, names: Sequence[str] = (), width: int = TITLE_CHARS) -> list[str]:
    """The title's lines; a title with no break that fits stays on one line (Word wraps)."""
    if len(title) <= width:
        return [title]
    ranks = sense_breaks(title, names)
    points = sorted(ranks)
    best: tuple[tuple[int, int, int, int], list[str]] | None = None
    for count in range(1, min(MAX_LINES, len(points) + 1)):
        for cuts in itertools.combinations(points, count):
            edges = (0, *cuts, len(title))
            lines = [title[a:b] for a, b in itertools.pairwise(edges)]
            lengths = [len(x) for x in lines]
            if max(lengths) > width:
                continue
            lesser = sum(ranks[c] for c in cuts)
            score = (0 if _shaped(lengths) else 1, count, lesser, max(lengths) - min(lengths))
            if best is None or score < best[0]:
                best = (score, lines)
        if best is not None and best[0][0] == 0:
            break  # fewer lines in a good shape beat more lines
    return best[1] if best else [title]
