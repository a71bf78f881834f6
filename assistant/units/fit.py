"""Words in a draft that do not fit OUR unit: another kind's roles, sub-units we lack,
another sector's work, another level's powers, another region, 巡视 for a 巡察."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Literal

from pydantic import BaseModel, ConfigDict

from assistant.i18n import _
from assistant.units.lexicon import Lexicon, load_lexicon, word_pattern
from assistant.units.profile import LEVEL_LABELS, UnitProfile, by_name_end

MisfitKind = Literal["role", "subunit", "sector", "level", "region", "tour"]
# When two findings overlap, the earlier kind in this order is kept.
PRIORITY: tuple[MisfitKind, ...] = ("level", "subunit", "role", "tour", "sector", "region")
_BOTH_TOURS = re.compile(r"巡视(?:、|和|与|及)?巡察|巡察(?:、|和|与|及)?巡视")
_TOUR_WORD = {
    "巡察": re.compile(r"巡视(?:组|整改|反馈|意见|工作)?"),
    "巡视": re.compile(r"(?:县委|区委|市委|州委|旗委)?巡察(?:组|整改|反馈意见|反馈|意见)"),
}
_COUNTY_COMMITTEES = ("县委", "区委", "旗委")


class Misfit(BaseModel):
    """One word that does not fit the unit, where it is, why, and what to do."""

    model_config = ConfigDict(frozen=True)

    kind: MisfitKind
    word: str
    start: int
    end: int
    reason: str
    hint: str


def own_words(ours: UnitProfile, lex: Lexicon) -> frozenset[str]:
    """Role and body words that are ours by construction (head, deputy, short forms, organ)."""
    words = {ours.head, ours.deputy, ours.organ, *lex.kind(ours.kind).words, *ours.subunits}
    if ours.short:
        s = ours.short
        words |= {
            f"全{s}",
            f"{s}领导",
            f"{s}机关",
            f"{s}{ours.organ}",
            f"{s}属单位",
            f"{s}人员",  # a 中心's own staff (中心人员) is ours when we are a 中心
            f"{s}干部职工",
            f"{s}全体干部",
            f"{s}长办公会",
            f"本{s}",
            f"我{s}",
        }
    if "局" in ours.core:
        words |= {"本局", "我局"}  # a 公安局 or a 供电局 calls itself 本局 whatever its kind
    words.add(f"{ours.head}办公会")
    return frozenset(words)


def _find_words(text: str, words: Iterable[str]) -> Iterator[tuple[int, int, str]]:
    """Every occurrence, longest word first at each position, no overlaps."""
    pattern = word_pattern(frozenset(words))
    if pattern is None:
        return
    for m in pattern.finditer(text):
        yield m.start(), m.end(), m.group(0)


def _masked(text: str, phrases: Iterable[str]) -> list[tuple[int, int]]:
    return [(a, b) for a, b, _ in _find_words(text, phrases)]


_QUOTE = re.compile(r"“([^”]{4,})”")


def _own_quotes(text: str, own_text: str) -> list[tuple[int, int]]:
    """The quotes of ``text`` that quote the feedback (a remedy's 针对“…”): its words are the
    unit's own, whatever they name (省委第六巡视组反馈的…, 市管干部 in a CPPCC's feedback)."""
    if not own_text:
        return []
    return [
        (m.start(1), m.end(1))
        for m in _QUOTE.finditer(text)
        if m.group(1).replace("‘", "“").replace("’", "”") in own_text or m.group(1) in own_text
    ]


def _inside(span: tuple[int, int], masks: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in masks)


def _fits(tokens: Iterable[str], ours: UnitProfile) -> bool:
    for token in tokens:
        kind, _, level = token.partition("@")
        if (not kind or kind == ours.kind) and (not level or level == ours.level):
            return True
    return False


# a body the text gives us (我局监事会, 本单位理事会): ours, whatever our sector speaks of
_OURS_BEFORE = re.compile(r"[我本](?:会|委|厅|局|院|校|办|部|所|站|中心|单位|镇|乡|社|街道|队|馆)$")


def _roles(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    owners = lex.role_owners
    mine = own_words(ours, lex)
    spoken = lex.sector_kinds.get(ours.sector or "", frozenset())
    if "*" in spoken:
        return
    for start, end, word in _find_words(text, owners):
        if ours.kind in owners[word] or word in mine:
            continue
        if owners[word] & spoken and word not in lex.self_words and not _OURS_BEFORE.search(text[max(0, start - 4) : start]):
            continue  # its sector speaks of it (民政 of villages' 监事会), unless as ours (我局监事会)
        labels = "、".join(sorted(lex.kind(k).label for k in owners[word]))
        yield Misfit(
            kind="role",
            word=word,
            start=start,
            end=end,
            reason=_("“{word}”是{labels}的职务或机构，本单位（{kind}）没有").format(word=word, labels=labels, kind=ours.kind_label),
            hint=_("改用本单位的称呼（{head}、{deputy}、{organ}），或删去这一句").format(
                head=ours.head, deputy=ours.deputy, organ=ours.organ
            ),
        )


_NOT_NAME = re.compile(r"[^\u4e00-\u9fff]")


def _bodies(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    """Another unit's party organisation acting as if ours (政法委党支部召开… in a library's
    plan): the name right before the organ is one the [[detect]] rules give another kind."""
    for start, end, organ in _find_words(text, lex.body_organs):
        window = text[max(0, start - 8) : start]
        window = _NOT_NAME.split(window)[-1]
        for key, pattern in lex.detect_at_end:
            m = pattern.search(window)
            if m is None or len(window) - m.start() < 2:
                continue
            if key != ours.kind:
                word = window[m.start() :] + organ
                yield Misfit(
                    kind="role",
                    word=word,
                    start=start - (len(window) - m.start()),
                    end=end,
                    reason=_("“{word}”是另一单位（{label}）的党组织，不是本单位的").format(
                        word=word, label=lex.kind(key).label),
                    hint=_("改用本单位的党组织（{organ}），或删去这一句").format(organ=ours.organ),
                )
            break


def _subunits(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    if "*" in lex.sector_kinds.get(ours.sector or "", frozenset()):
        return  # a committee speaks of every unit's offices
    spec = lex.kind(ours.kind)
    # our kind's words name its offices at every level: those of another level only are not
    # ours (a county 公安局 has 大队, not the city's 支队)
    other_levels = {w for units in spec.subunits.values() for w in units} - set(ours.subunits)
    mine = set(ours.subunits) | (set(spec.words) - other_levels)
    for start, end, word in _find_words(text, lex.subunit_words):
        if word in mine:
            continue
        ours_name = ours.subunits[0] if ours.subunits else "内设机构"
        yield Misfit(
            kind="subunit",
            word=word,
            start=start,
            end=end,
            reason=_("本单位没有“{word}”，{level}{kind}的内设机构称“{name}”").format(
                word=word, level=_level_label(ours), kind=ours.kind_label, name=ours_name
            ),
            hint=_("改为“{name}”或本单位实际的内设机构名称").format(name=ours_name),
        )


def _sectors(text: str, ours: UnitProfile, lex: Lexicon, own_text: str) -> Iterator[Misfit]:
    if ours.kind in lex.any_sector_kinds:
        return
    worked = {ours.sector, *lex.kind_sectors.get(ours.kind, ())}
    for start, end, word in _find_words(text, lex.sector_words):
        sectors = lex.sector_words[word]
        if sectors & worked or word in own_text:  # the user's feedback names it: it is ours
            continue
        note = lex.sector_notes.get(word)
        reason = _("“{word}”属于{sectors}领域的工作，与本单位（{ours}）无关").format(
            word=word, sectors="、".join(sorted(sectors)), ours=ours.sector or ours.kind_label
        )
        yield Misfit(
            kind="sector",
            word=word,
            start=start,
            end=end,
            reason=reason + (f"，{note}" if note else ""),
            hint=_("换成本单位业务中对应的工作，或删去这一句"),
        )


def _levels(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    for power in lex.powers:
        if _fits(power.fits, ours) and not _fits(power.unfit, ours):
            continue
        for m in power.pattern.finditer(text):
            yield Misfit(
                kind="level",
                word=m.group(0),
                start=m.start(),
                end=m.end(),
                reason=_("“{word}”不适用于{level}{kind}：{why}").format(
                    word=m.group(0), level=_level_label(ours), kind=ours.kind_label, why=power.why
                ),
                hint=_("改为本单位层级的机构和职权，或删去这一句"),
            )
    if ours.superior in _COUNTY_COMMITTEES and ours.kind != "party_committee":
        others = [c for c in _COUNTY_COMMITTEES if c != ours.superior]
        for m in re.finditer("|".join(others), text):
            if _preceded_by_place(text, m.start(), lex):
                continue  # a named committee (禹城市委) is a region question
            yield Misfit(
                kind="level",
                word=m.group(0),
                start=m.start(),
                end=m.end(),
                reason=_("本单位的上级党委是{superior}，不是{given}").format(superior=ours.superior, given=m.group(0)),
                hint=_("改为“{superior}”").format(superior=ours.superior),
            )


# 全县 / 我区 / 本市: a unit's own area; 全市场, 全区域, 本市级 are other words.
_OWN_AREA = re.compile(r"[全我本](省|市|州|县|区|旗|镇|乡)(?![场域委级直属政长容民])")
_SAME_AREA = {"镇": "镇乡", "乡": "镇乡", "自治州": "州", "自治县": "县", "自治旗": "旗"}


# a body of another county-level area we act on (指导区法律援助中心 in a 县's plan); 配合市…局
# is a county unit's superior and fits
_AREA_BODY = re.compile(
    r"(?<=指导|督促|协调|联合|会同|配合|要求|组织|通过|会商)([县区旗])(?!域|县|市|委)[\u4e00-\u9fff]{2,8}?(?:中心|局|办公室|院|所|站)"
)
_COUNTY_DIVISIONS = ("县", "区", "旗", "自治县", "自治旗")


def _areas(text: str, ours: UnitProfile) -> Iterator[Misfit]:
    """Another area's own words (全区 in a county bureau's plan): mapping has already turned
    a same-level precedent's area into ours, so what is left is another level's."""
    if not ours.division:
        return
    mine = _SAME_AREA.get(ours.division, ours.division)
    county = ours.division in _COUNTY_DIVISIONS
    found = [*_OWN_AREA.finditer(text), *(_AREA_BODY.finditer(text) if county else ())]
    for m in found:
        if m.group(1) in mine:
            continue
        yield Misfit(
            kind="level",
            word=m.group(0),
            start=m.start(),
            end=m.end(),
            reason=_("本单位所在的是{ours}，“{word}”说的是另一级或另一地的范围").format(
                ours=ours.places[-1] if ours.places else ours.division, word=m.group(0)),
            hint=_("改为“全{area}”等本单位范围的说法，或删去这一句").format(area=ours.division),
        )


def _named_misfits(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    """Words a unit whose name ends so never says of itself (初三 in a 小学's plan)."""
    table = lex.kind(ours.kind).named_misfits
    ending = by_name_end({end: end for end in table}, ours.core)
    if ending is None:
        return
    for start, end, word in _find_words(text, table[ending]):
        yield Misfit(
            kind="level",
            word=word,
            start=start,
            end=end,
            reason=_("“{word}”不是{ending}的说法，本单位（{unit}）没有").format(
                word=word, ending=ending, unit=ours.core),
            hint=_("删去这一句，或改用本单位的说法"),
        )


def _own_offices(text: str, ours: UnitProfile, lex: Lexicon, own_text: str) -> Iterator[Misfit]:
    """An office units of our kind name differently, when our feedback does not name it."""
    for start, end, word in _find_words(text, lex.kind(ours.kind).own_offices):
        if word in own_text:
            continue
        yield Misfit(
            kind="subunit",
            word=word,
            start=start,
            end=end,
            reason=_("“{word}”是别的单位的内设机构名称，本单位的反馈材料中没有").format(word=word),
            hint=_("改为本单位承担这项工作的机构名称，或删去这一句"),
        )


def _preceded_by_place(text: str, pos: int, lex: Lexicon) -> bool:
    head = text[max(0, pos - 10) : pos]
    return any(head.endswith(w) for w in lex.place_words)


def _regions(text: str, ours: UnitProfile, lex: Lexicon) -> Iterator[Misfit]:
    owner = lex.region_owners
    mine = _masked(text, ours.region_words)
    for start, end, word in _find_words(text, owner):
        if any(start < b and a < end for a, b in mine):
            continue
        if ours.province and owner.get(word) == ours.province:
            continue
        where = owner.get(word) or "外地"
        yield Misfit(
            kind="region",
            word=word,
            start=start,
            end=end,
            reason=_("“{word}”指向{where}，不是本单位所在地区（{ours}）").format(
                word=word, where=where, ours="、".join(ours.places) or ours.province or _("未知")
            ),
            hint=_("删去外地的地名、口号和提法，改用本地区的说法"),
        )


def _tours(text: str, ours: UnitProfile) -> Iterator[Misfit]:
    masks = [(m.start(), m.end()) for m in _BOTH_TOURS.finditer(text)]
    other = "巡视" if ours.inspection_kind == "巡察" else "巡察"
    if other == "巡察" and ours.kind in ("party_committee", "discipline"):
        return  # a committee under 巡视 runs its own 巡察
    for m in _TOUR_WORD[ours.inspection_kind].finditer(text):
        if _inside((m.start(), m.end()), masks):
            continue
        yield Misfit(
            kind="tour",
            word=m.group(0),
            start=m.start(),
            end=m.end(),
            reason=_("本次是{ours}，不是{other}").format(ours=ours.inspection_kind, other=other),
            hint=_("把“{other}”改为“{ours}”").format(other=other, ours=ours.inspection_kind),
        )


def _level_label(ours: UnitProfile) -> str:
    return "" if ours.level == "central" else LEVEL_LABELS.get(ours.level or "", "")


def misfits(
    text: str, ours: UnitProfile, *, lexicon: Lexicon | None = None, own_text: str = ""
) -> list[Misfit]:
    """Every word of ``text`` that does not fit ``ours``, sorted by position, no overlaps;
    ``own_text``: what the user wrote (the feedback): a sector word in it is our work, and a
    quote of it is ours whatever it names."""
    lex = lexicon or load_lexicon()
    found: dict[MisfitKind, list[Misfit]] = {
        "level": [*_levels(text, ours, lex), *_areas(text, ours), *_named_misfits(text, ours, lex)],
        "role": [*_roles(text, ours, lex), *_bodies(text, ours, lex)],
        "subunit": [*_subunits(text, ours, lex), *_own_offices(text, ours, lex, own_text)],
        "tour": list(_tours(text, ours)),
        "sector": list(_sectors(text, ours, lex, own_text)),
        "region": list(_regions(text, ours, lex)),
    }
    masks = _masked(text, lex.allow) + _own_quotes(text, own_text)
    kept: list[Misfit] = []
    for kind in PRIORITY:
        for item in found[kind]:
            if _inside((item.start, item.end), masks):
                continue
            if not any(item.start < k.end and k.start < item.end for k in kept):
                kept.append(item)
    return sorted(kept, key=lambda m: (m.start, m.end))
