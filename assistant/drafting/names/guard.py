"""The name guard: scan a text for names of other units, places and people the user did not
write, and scrub them."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from assistant.drafting.names.gazetteer import (
    NameIndex,
    Place,
    accept_place,
    name_index,
    place_table,
    protected_spans,
)
from assistant.drafting.names.listed_people import listed_person_spans
from assistant.drafting.names.short_forms import abbreviate, short_forms
from assistant.drafting.names.variants import unit_names
from assistant.drafting.people import person_spans
from assistant.drafting.unit_forms import PARTY_SUFFIXES

HitKind = Literal["unit", "place", "person"]

# A bare organ right after one of these names the user's own locality (县财政局 is the
# county's finance bureau, whoever wrote the precedent about some 财政局).
_OWN_LEVEL_BEFORE = frozenset("省市县区州乡镇旗")

_TAIL = 64  # longer than any replacement anybody passes to scrub


@dataclass(frozen=True)
class NameHit:
    """One name found in a text: ``text[start:end] == name``."""

    name: str
    start: int
    end: int
    kind: HitKind


@dataclass(frozen=True)
class _Unit:
    main: str  # the unit as the catalog names it
    core: bool  # a bare organ (司法厅): not a hit after 县/市/… of the user's own locality


_Match = tuple[int, int, str, Place | _Unit, bool]  # start, end, form, entry, allowed


def _scan(
    text: str,
    index: NameIndex,
    units: dict[str, _Unit],
    place_allowed: Callable[[str, Place], bool] | None = None,
) -> list[_Match]:
    """Longest-first scan over the place gazetteer and the given unit forms.

    A dictionary walk, not a regex: Python's re tries the thousands of alternatives of a
    gazetteer one by one at every position, while here each position costs one lookup per
    length that a name starting with that character has. The longest name at a position
    wins, and loses to a longer one starting inside it (认定西安市: 西安市, not 定西). Allowed
    names still take their span, so a name inside an allowed one is no hit either.
    """
    places = place_table()[0]
    n = len(text)

    def longest_at(i: int, after_hit: bool) -> tuple[int, Place | _Unit] | None:
        for length in index.get(text[i], ()):
            end = i + length
            if end > n:
                continue
            form = text[i:end]
            unit = units.get(form)
            if unit is not None:
                if unit.core and i > 0 and not after_hit and text[i - 1] in _OWN_LEVEL_BEFORE:
                    continue  # 县财政局: the user's own county's bureau
                return length, unit
            place = places.get(form)
            if place is not None and accept_place(text, i, end, form, place, after_hit):
                return length, place
        return None

    out: list[_Match] = []
    protected = protected_spans(text)
    i = 0
    p = 0
    hit_end = -1  # end of the last place that is a hit (not allowed)
    while i < n:
        while p < len(protected) and protected[p][1] <= i:
            p += 1
        if p < len(protected) and protected[p][0] <= i:
            i = protected[p][1]
            continue
        found = longest_at(i, hit_end == i)
        if found is None:
            i += 1
            continue
        length, entry = found
        end = i + length
        if any(
            (inner := longest_at(j, False)) is not None and inner[0] > length and j + inner[0] > end
            for j in range(i + 1, end)
        ):
            i += 1  # a longer name starts inside this one
            continue
        form = text[i:end]
        allowed = False
        if isinstance(entry, Place):
            allowed = place_allowed is not None and place_allowed(form, entry)
            if not allowed:
                hit_end = end
        out.append((i, end, form, entry, allowed))
        i = end
    return out


def _merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out


def _has_place(text: str) -> bool:
    return bool(_scan(text, place_table()[1], {}))


class NameGuard:
    """Finds and scrubs names of other units and of places that the user did not write."""

    def __init__(self, allowed_text: str, other_units: Iterable[str]) -> None:
        """allowed_text: everything the user wrote (unit, body, feedback). other_units: the
        units of the corpus (catalog). Names (or variants) that occur in allowed_text are
        allowed."""
        self._allowed_text = allowed_text
        place_index = place_table()[1]
        self._units: dict[str, _Unit] = {}
        for unit in other_units:
            if not unit or not unit.strip():
                continue
            variants, main = unit_names(unit)
            if main and main in allowed_text:
                continue  # the user's own unit (a precedent of theirs in the corpus)
            for variant in variants:
                if variant in allowed_text:
                    continue
                # A bare organ (司法厅) names nobody once 县/市 of the user's locality is put
                # before it; a form with a place in it (涵江区委办公室) always does. A form
                # that is bare for one unit and placed for another cannot be: same string.
                self._units[variant] = _Unit(main or unit, core=not _has_place(variant))
            # 省侨联, 市绿化市容局: another unit, unless the user's own organ is written so.
            for short in short_forms(main):
                if short[1:] not in abbreviate(allowed_text):
                    self._units.setdefault(short, _Unit(main, core=False))
        # The unit forms join the cached place index; only their first characters change.
        self._index: NameIndex = dict(place_index)
        for ch, lengths in name_index(self._units).items():
            merged = set(lengths) | set(place_index.get(ch, ()))
            self._index[ch] = tuple(sorted(merged, reverse=True))
        # Places the user wrote, in any form: each of their forms is allowed.
        self._allowed_places: set[str] = set()
        for _start, _end, form, entry, _allowed in _scan(allowed_text, place_index, {}):
            if isinstance(entry, Place):
                self._allowed_places.add(form)
                self._allowed_places.update(entry.full)
        self._allowed_forms: dict[str, bool] = {}

    def _place_allowed(self, form: str, place: Place) -> bool:
        if form in self._allowed_places or any(f in self._allowed_places for f in place.full):
            return True
        known = self._allowed_forms.get(form)
        if known is None:
            known = self._allowed_forms[form] = form in self._allowed_text
        return known

    def find(self, text: str) -> list[NameHit]:
        """Non-overlapping hits in text order, the longest name at each position.

        A unit is widened over a 中共 before it and a party-organ suffix after it (中共…
        司法厅党组 is one hit), so a scrub leaves no 中共我单位 or 我单位党组 behind.
        """
        hits: list[NameHit] = []
        for start, end, _form, entry, allowed in _scan(
            text, self._index, self._units, self._place_allowed
        ):
            if allowed:
                continue
            if isinstance(entry, _Unit):
                if start >= 2 and text[start - 2 : start] == "中共":
                    if not hits or hits[-1].end <= start - 2:
                        start -= 2
                for suffix in PARTY_SUFFIXES:
                    if text.startswith(suffix, end):
                        end += len(suffix)
                        break
                if hits and start < hits[-1].end:
                    continue  # cannot happen unless a widened unit ran into the next match
                hits.append(NameHit(text[start:end], start, end, "unit"))
            else:
                if hits and start < hits[-1].end:
                    continue  # swallowed by the suffix of the unit before it
                hits.append(NameHit(text[start:end], start, end, "place"))
        for start, end in _merged(person_spans(text) + listed_person_spans(text)):
            name = text[start:end]
            if name in self._allowed_text or any(
                h.kind == "unit" and h.start < end and start < h.end for h in hits
            ):
                continue
            # a person's name wins over a place inside it (梁西安 is not 西安)
            hits = [h for h in hits if not (h.start < end and start < h.end)]
            hits.append(NameHit(name, start, end, "person"))
        return sorted(hits, key=lambda h: h.start)

    def scrub(
        self,
        text: str,
        unit_replacement: str = "我单位",
        place_replacement: str = "【待核实：地名】",
        person_replacement: str = "【待补充：姓名】",
    ) -> tuple[str, list[NameHit]]:
        """Replace every hit: units -> unit_replacement, places -> place_replacement, people
        -> person_replacement.

        Adjacent hits are one name written in parts (西藏自治区 + 司法厅, 拉萨市 + 城关区) and
        get one replacement: the unit one if any part is a unit. A replacement is not written
        next to the same text (no 我单位我单位).
        """
        hits = self.find(text)
        out: list[str] = []
        pos = 0  # text[:pos] is done
        tail = ""  # the end of the output so far, to see a replacement already there
        k = 0
        while k < len(hits):
            start, end, kind = hits[k].start, hits[k].end, hits[k].kind
            is_unit = kind == "unit"
            # a person is never part of a unit's or place's name
            while (
                kind != "person"
                and k + 1 < len(hits)
                and hits[k + 1].start == end
                and hits[k + 1].kind != "person"
            ):
                k += 1
                end = hits[k].end
                is_unit = is_unit or hits[k].kind == "unit"
            k += 1
            if kind == "person":
                replacement = person_replacement
            else:
                replacement = unit_replacement if is_unit else place_replacement
            if start > pos:
                out.append(text[pos:start])
                tail = (tail + text[pos:start])[-_TAIL:]
            if not tail.endswith(replacement) and not text.startswith(replacement, end):
                out.append(replacement)
                tail = (tail + replacement)[-_TAIL:]
            pos = end
        out.append(text[pos:])
        return "".join(out), hits
