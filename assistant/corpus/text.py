"""Text normalisation: one place that decides what 'the same text' means for matching.

Display text is never normalised; only keys used for comparison and hashing are.
"""

from __future__ import annotations

import re
import unicodedata

_QUOTES = "“”‘’\"'「」『』"
_SPACE_RE = re.compile(r"\s+")
CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff]")


def fold_width(text: str) -> str:
    """Fold full-width ASCII forms (（）：，；１２Ａ) and ideographic space to half-width.

    CJK punctuation without a half-width twin (。、“”《》【】) is kept.
    """
    out = []
    for ch in text:
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            out.append(chr(code - 0xFEE0))
        elif ch in "\u3000\xa0":
            out.append(" ")
        else:
            out.append(ch)
    return "".join(out)


def match_key(text: str) -> str:
    """The matching form of a text: NFKC, widths folded, quotes and whitespace removed."""
    folded = fold_width(unicodedata.normalize("NFKC", text))
    folded = folded.translate({ord(q): None for q in _QUOTES})
    return _SPACE_RE.sub("", folded).lower()


def cjk_ratio(text: str) -> float:
    """Share of CJK ideographs among the non-space characters."""
    chars = [c for c in text if not c.isspace()]
    if not chars:
        return 0.0
    return sum(1 for c in chars if CJK_RE.match(c)) / len(chars)
