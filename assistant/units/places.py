"""Places named at the start of a unit's name: 福州市台江区司法局 → 福州市 (city), 台江区 (county).

The chain is read from the left, each place a stem of 1–8 characters and a division word
(省, 市, 州, 县, 区, 旗, 镇, 乡, 街道…). A stem may not hold another division character,
except a two-character stem ending in 市 (津市市), and a candidate that only looks like a place
(绿化和市容, 城乡建设, 铜陵市市场…) is refused.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.units.lexicon import Lexicon

# A division character glued to the next (or previous) one forms an ordinary word, not a place.
_FALSE_JOINS = frozenset(
    "市容 市场 市民 市政 市直 市级 市属 市管 区域 区级 区直 区属 县域 县级 县直 县属 "
    "省级 省直 省属 乡村 乡镇 镇村 州级 城乡".split()
)
_BARRED_IN_STEM = set("省州县区旗盟")
_UNIT_AFTER = frozenset({"政协", "政府", "政法"})
_MUNICIPALITIES = ("北京", "上海", "天津", "重庆")


@dataclass(frozen=True)
class Place:
    name: str  # 台江区
    stem: str  # 台江
    division: str  # 区
    level: str  # county


def _stem_ok(stem: str, division: str) -> bool:
    if stem.endswith("州") and division in ("市", "区", "县"):
        stem = stem[:-1]  # 福州市, 通州区, 蓟州区
    if any(ch in _BARRED_IN_STEM for ch in stem):
        return False
    if "市" in stem:
        return len(stem) == 2 and stem.endswith("市")
    return bool(stem)


def _next_place(text: str, lex: Lexicon) -> Place | None:
    divisions = sorted(lex.divisions, key=len, reverse=True)
    for length in range(min(8, len(text) - 1), 0, -1):
        stem = text[:length]
        for division in divisions:
            if not text.startswith(division, length) or not _stem_ok(stem, division):
                continue
            end = length + len(division)
            after = text[end : end + 1]
            if text[end : end + 2] in _UNIT_AFTER:
                after = ""
            if division[-1] + after in _FALSE_JOINS or stem[-1] + division[0] in _FALSE_JOINS:
                continue
            if any((stem + division).endswith(area) for area in lex.areas):
                continue  # 白鹭岭自然保护区: an area inside the place, not a division ([areas])
            return Place(stem + division, stem, division, lex.divisions[division])
    return None


def places_in(name: str, lex: Lexicon) -> list[Place]:
    """The chain of places at the start of ``name`` (after 中共 / 政协 / 人大 prefixes)."""
    text = name
    for prefix in ("中国共产党", "中共", "政协", "人大"):
        text = text.removeprefix(prefix)
    found: list[Place] = []
    while text:
        place = _next_place(text, lex)
        if place is None:
            break
        found.append(_adjust(place, lex, first=not found))
        text = text[len(place.name) :]
    return found


def _adjust(place: Place, lex: Lexicon, *, first: bool) -> Place:
    """County-level cities and the four municipalities have a level their division hides."""
    if place.division == "市" and place.stem in lex.county_level_cities:
        return Place(place.name, place.stem, place.division, "county")
    if first and place.division == "市" and place.stem in _MUNICIPALITIES:
        return Place(place.name, place.stem, place.division, "province")
    return place
