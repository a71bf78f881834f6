"""Map a precedent's roles, bodies and sub-units to OUR unit where a safe counterpart exists.

Only words that certainly mean the precedent unit's own head, organ, short form, superior
committee, discipline body, inspection or administrative sub-units are mapped; anything else
is left as it is for :func:`assistant.units.fit.misfits` to catch.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import lru_cache

from pydantic import BaseModel, ConfigDict

from assistant.units.lexicon import Lexicon, load_lexicon
from assistant.units.profile import UnitProfile

# Heads that name only the unit's own head (主任 / 书记 / 主席 are too common to map).
_MAPPABLE_HEADS = frozenset(
    {
        "院长",
        "检察长",
        "厅长",
        "局长",
        "校长",
        "镇长",
        "乡长",
        "园长",
        "所长",
        "站长",
        "馆长",
        "社长",
    }
)
_PARTY_ORGANS = frozenset({"党组", "党委", "党工委", "党总支", "党支部"})
_ORGAN_TAILS = "书记|副书记|会议|班子|理论学习中心组|中心组|主体责任|领导|集体|成员|委员"
_MEMBERS = {"党组": "成员", "党委": "委员", "党工委": "委员", "党总支": "委员", "党支部": "委员"}
# an organ's meeting, short and in full: a branch meets as its 支委会, never a 党支部会 (readers marked 党支部会议事规则,
# mapped from a precedent's 党委会议事规则, in about eight plans of branches)
_MEETINGS = {
    "党组": ("党组会", "党组会议"),
    "党委": ("党委会", "党委会议"),
    "党工委": ("党工委会", "党工委会议"),
    "党总支": ("总支委员会", "总支委员会会议"),
    "党支部": ("支委会", "支部委员会会议"),
}
_ADMIN_SUBUNITS = ("处室", "科室", "股室", "部室")
# A mapped word may follow one of these (or no Chinese character at all).
_LEADERS = set("据由向对经按将报请在和与及的受把被为从开照合实成到是了时后至于等、，。；：（“”《确强善立订定过持行交示达入")  # a verb may end right before a mapped word (明确局党组会议)
_TOUR_COMMITTEES = ("中央", "自治区党委", "区党委", "省委", "市委", "州委", "县委", "区委", "旗委")
_ORDINAL = "(?:第[一二三四五六七八九十\\d]+|交叉|联动)?"
_NAMED_TOUR = re.compile("(?:" + "|".join(_TOUR_COMMITTEES) + ")" + _ORDINAL + "$")
_BOTH_TOURS = re.compile(r"巡视(?:、|和|与|及)?巡察|巡察(?:、|和|与|及)?巡视")


class Replacement(BaseModel):
    """``old`` at ``start:end`` of the ORIGINAL text became ``new``."""

    model_config = ConfigDict(frozen=True)

    old: str
    new: str
    start: int
    end: int


class Mapped(BaseModel):
    model_config = ConfigDict(frozen=True)

    text: str
    replacements: list[Replacement]


def _free_start(text: str, pos: int, allowed_stems: tuple[str, ...] = ()) -> int | None:
    """Where a mapped word really starts: ``pos``, or earlier when a stem of the source's own
    place precedes it (雨湖区委 → all of it); None when another word is glued to it."""
    for stem in sorted(allowed_stems, key=len, reverse=True):
        if stem and text[:pos].endswith(stem):
            return pos - len(stem)
    if pos == 0:
        return pos
    prev = text[pos - 1]
    if not ("\u4e00" <= prev <= "\u9fff") or prev in _LEADERS:
        return pos
    return None


def _in_compound(text: str, start: int, end: int, compounds: tuple[str, ...]) -> bool:
    word = text[start:end]
    for compound in compounds:
        if compound == word or not set(compound) & set(word):
            continue
        lo = max(0, start - len(compound) + 1)
        for m in re.finditer(re.escape(compound), text[lo : end + len(compound) - 1]):
            a, b = lo + m.start(), lo + m.end()
            if a < end and start < b and not (start <= a and b <= end):
                return True
    return False


Guard = Callable[[str, int, int], int | None]  # (text, start, end) -> real start or None


def _glued(stems: tuple[str, ...]) -> Guard:
    return lambda text, start, end: _free_start(text, start, stems)


def _anywhere(text: str, start: int, end: int) -> int | None:
    return start


def _not_after(compounds: tuple[str, ...]) -> Guard:
    """法院院长 names another court's head: only a head of no named unit is ours."""
    return lambda text, start, end: (
        None if any(text[:start].endswith(c) for c in compounds) else start
    )


def _after_own_place(stems: tuple[str, ...]) -> Guard:
    """A named committee may follow anything but another place; the source's place goes too."""

    def guard(text: str, start: int, end: int) -> int | None:
        for stem in sorted(stems, key=len, reverse=True):
            if stem and text[:start].endswith(stem):
                return start - len(stem)
        return start

    return guard


def _bare_tour(text: str, start: int, end: int) -> int | None:
    """A 巡视 of no named committee, and not the pair 巡视巡察 (which fits everyone)."""
    if _NAMED_TOUR.search(text[max(0, start - 12) : start]):
        return None
    window = text[max(0, start - 3) : end + 3]
    if _BOTH_TOURS.search(window):
        return None
    return start


def _rules(
    source: UnitProfile, ours: UnitProfile, stems: tuple[str, ...], compounds: tuple[str, ...]
) -> Iterator[tuple[re.Pattern[str], str, Guard]]:
    """(pattern, replacement, guard) in priority order."""
    glued = _glued(stems)
    old, new = ("巡视", "巡察") if ours.inspection_kind == "巡察" else ("巡察", "巡视")
    mine = ours.inspector or ours.superior or ""
    if source.inspector:
        named = re.escape(source.inspector) + _ORDINAL
        yield re.compile(named + "(?:巡视|巡察)组"), mine + new + "组", _after_own_place(stems)
        yield re.compile(named + old), mine + new, _after_own_place(stems)
    yield re.compile(old), new, _bare_tour
    for old_body, new_body in zip(source.discipline, ours.discipline, strict=False):
        if old_body != new_body and old_body != "派驻纪检监察组":
            yield re.compile(re.escape(old_body)), new_body, glued
    if source.superior and ours.superior and source.superior != ours.superior:
        yield re.compile(re.escape(source.superior)), ours.superior, glued
    theirs_area, ours_area = source.division, ours.division
    if theirs_area and ours_area and theirs_area != ours_area and source.level == ours.level:
        # 全区 of a district is 全县 of a county at the same level (全区域 is no area)
        for head in "全我本":
            yield re.compile(head + re.escape(theirs_area) + "(?![域级委])"), head + ours_area, _anywhere
        yield re.compile(re.escape(theirs_area) + "直(?=各|单位|部门|机关)"), ours_area + "直", _anywhere
    both_party = source.organ in _PARTY_ORGANS and ours.organ in _PARTY_ORGANS
    organ_ok = both_party and source.organ != ours.organ
    s, o = source.short, ours.short
    if organ_ok:
        (old_short, old_full), (new_short, new_full) = _MEETINGS[source.organ], _MEETINGS[ours.organ]
        # …with the precedent's short form before it (院党委会议), ours before ours, but a branch's meeting needs none; 党委会议事规则
        # is the 议事规则 of a 党委会
        own = o if o and ours.organ not in ("党支部", "党总支") else ""
        for theirs, mine in ((re.escape(s), own), ("", "")) if s else (("", ""),):
            yield re.compile(theirs + re.escape(old_full) + "(?!事规则|室)"), mine + new_full, glued
            yield re.compile(theirs + re.escape(old_short) + "(?=议事规则|[^议员室]|$)"), mine + new_short, glued
    if s and o and s != o:
        if both_party:
            yield re.compile(re.escape(s + source.organ)), o + ours.organ, glued
        for tail in ("领导班子", "领导", "机关", "直属单位", "属单位", "班子", "中层", "系统", "干部职工", "绩效"):
            yield re.compile(re.escape(s + tail)), o + tail, glued
        if o != "会":  # 全会 is a plenary session
            yield re.compile(re.escape("全" + s)), "全" + o, glued
    if organ_ok:
        old_member, new_member = _MEMBERS[source.organ], _MEMBERS[ours.organ]
        yield re.compile(re.escape(source.organ + old_member)), ours.organ + new_member, glued
        yield re.compile(re.escape(source.organ) + f"(?=(?:{_ORGAN_TAILS}))"), ours.organ, glued
    if source.head != ours.head and source.head in _MAPPABLE_HEADS:
        own_head = _not_after(compounds)
        yield re.compile(re.escape(source.deputy)), ours.deputy, own_head
        yield re.compile(rf"(?<!副){re.escape(source.head)}"), ours.head, own_head
    # An administrative office of the source is one of ours, whatever the level called it.
    mine_sub = next((u for u in ours.subunits if u in _ADMIN_SUBUNITS), None)
    # A hospital's 科室 are clinical departments, not offices: those are never mapped.
    for theirs in _ADMIN_SUBUNITS if mine_sub else ():
        if theirs != mine_sub and not (theirs == "科室" and source.kind == "hospital"):
            yield re.compile(re.escape(theirs)), mine_sub or "", _anywhere


@lru_cache(maxsize=256)
def _rule_list(
    source: UnitProfile, ours: UnitProfile, stems: tuple[str, ...], compounds: tuple[str, ...]
) -> tuple[tuple[re.Pattern[str], str, Guard], ...]:
    """The rules of one (source, ours) pair, built once: a plan maps many clauses per pair."""
    return tuple(_rules(source, ours, stems, compounds))


def map_to_ours(
    text: str, source: UnitProfile, ours: UnitProfile, *, lexicon: Lexicon | None = None
) -> Mapped:
    """``text`` of a precedent from ``source`` with its unit-bound words changed to ``ours``."""
    lex = lexicon or load_lexicon()
    stems = tuple(w for w in source.region_words if w not in ours.region_words)
    taken: list[tuple[int, int, str]] = []
    for pattern, new, guard in _rule_list(source, ours, stems, lex.shorts_compounds):
        for m in pattern.finditer(text):
            start = guard(text, m.start(), m.end())
            if start is None:
                continue
            if _in_compound(text, m.start(), m.end(), lex.shorts_compounds):
                continue
            if any(start < b and a < m.end() for a, b, _ in taken):
                continue
            taken.append((start, m.end(), new))
    taken.sort()
    out: list[str] = []
    replacements: list[Replacement] = []
    pos = 0
    for start, end, new in taken:
        out += [text[pos:start], new]
        replacements.append(Replacement(old=text[start:end], new=new, start=start, end=end))
        pos = end
    out.append(text[pos:])
    return Mapped(text="".join(out), replacements=replacements)
