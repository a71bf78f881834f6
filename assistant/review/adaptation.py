"""What adaptation changed: a precedent clause against the measure drafted from it.

difflib aligns the two texts character by character; one-character islands of "equal"
between two changes are folded into the change, so a substitution reads as one piece
(桑植政协 → 我局) rather than a scatter of single characters. A change whose old text is a
name the name guard knows (another unit or place), or a replacement the draft itself lists
(an optional ``replacements`` field on the measure or citation, when drafting records one),
is marked "mapped": the name guard put it there, check that it reads right.
"""

from __future__ import annotations

import difflib
import html
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant.drafting.guards import MARKER_RE

Kind = Literal["equal", "delete", "insert", "replace"]
MIN_EQUAL = 2  # an equal run shorter than this between two changes belongs to the change


@dataclass(frozen=True)
class Piece:
    kind: Kind
    old: str
    new: str
    mapped: bool = False


def declared_replacements(*owners: object) -> list[tuple[str, str]]:
    """old → new pairs a draft lists on a measure or citation, if its version records them
    (the field is optional: drafts without it give none)."""
    pairs: list[tuple[str, str]] = []
    for owner in owners:
        for entry in getattr(owner, "replacements", None) or []:
            if isinstance(entry, dict):
                old, new = entry.get("old"), entry.get("new")
            elif isinstance(entry, list | tuple) and len(entry) == 2:
                old, new = entry
            else:
                old, new = getattr(entry, "old", None), getattr(entry, "new", None)
            if isinstance(old, str) and isinstance(new, str) and old:
                pairs.append((old, new))
    return pairs


def _merged(ops: Sequence[tuple[str, int, int, int, int]]) -> list[tuple[str, int, int, int, int]]:
    out: list[tuple[str, int, int, int, int]] = []
    for i, op in enumerate(ops):
        tag, a1, a2, b1, b2 = op
        island = tag == "equal" and a2 - a1 < MIN_EQUAL and 0 < i < len(ops) - 1
        if out and (island or tag != "equal") and out[-1][0] != "equal":
            _, pa1, _, pb1, _ = out[-1]
            out[-1] = ("replace", pa1, a2, pb1, b2)
        elif island:
            out.append(("replace", a1, a2, b1, b2))
        else:
            out.append(op)
    return out


def adaptation_diff(
    clause: str,
    adapted: str,
    names: Iterable[tuple[int, int]] = (),
    replacements: Sequence[tuple[str, str]] = (),
) -> list[Piece]:
    """The clause turned into the adapted text (its [n] markers left out), piece by piece.
    ``names`` are (start, end) spans of other units' names in the clause."""
    text = MARKER_RE.sub("", adapted)
    spans = list(names)
    matcher = difflib.SequenceMatcher(None, clause, text, autojunk=False)
    pieces: list[Piece] = []
    for tag, a1, a2, b1, b2 in _merged(matcher.get_opcodes()):
        old, new = clause[a1:a2], text[b1:b2]
        kind: Kind = "replace" if old and new else ("delete" if old else "insert")
        if tag == "equal":
            kind = "equal"
        mapped = kind != "equal" and (
            any(s < a2 and a1 < e for s, e in spans)
            or any(o in old and n in new for o, n in replacements if kind == "replace")
        )
        pieces.append(Piece(kind, old, new, mapped))
    return pieces


def diff_html(pieces: Sequence[Piece], n: int) -> str:
    """Two lines: the precedent with what was dropped struck out, the adaptation with what
    was added underlined; name replacements marked ``mapped`` on both."""
    was: list[str] = []
    now: list[str] = []
    for p in pieces:
        old, new = html.escape(p.old), html.escape(p.new)
        if p.kind == "equal":
            was.append(old)
            now.append(new)
            continue
        css = ' class="mapped"' if p.mapped else ""
        title = (
            f' title="{html.escape(f"名称替换：{p.old} → {p.new}")}"' if p.mapped else ""
        )
        if old:
            was.append(f"<del{css}{title}>{old}</del>")
        if new:
            now.append(f"<ins{css}{title}>{new}</ins>")
    changed = sum(1 for p in pieces if p.kind != "equal")
    return (
        f'<div class="diff" data-n="{n}" data-changes="{changed}">'
        f'<div class="was"><span class="lbl">先例[{n}]</span>{"".join(was)}</div>'
        f'<div class="now"><span class="lbl">改编后</span>{"".join(now)}</div></div>'
    )
