"""The forms a unit of the corpus is written in (with or without 中共, its party-organ
suffix, its places), and its core organ."""

from __future__ import annotations

import re

from assistant.drafting.names.gazetteer import strip_leading_places
from assistant.drafting.unit_forms import PARTY_SUFFIXES

# Organs every locality has: as a bare core they name nobody in particular, and a draft
# mentions its own (县委办公室, 县人民法院) all the time.
GENERIC_ORGANS = frozenset(
    {
        "党委",
        "党组",
        "政府",
        "人民政府",
        "机关",
        "委员会",
        "常委会",
        "人大",
        "人大常委会",
        "政协",
        "纪委",
        "监委",
        "纪委监委",
        "纪检监察组",
        "办公室",
        "办公厅",
        "政府办公室",
        "政府办公厅",
        "人民政府办公室",
        "人民政府办公厅",
        "党委办公室",
        "统战部",
        "组织部",
        "宣传部",
        "政法委",
        "编办",
        "机关工委",
        "直属机关工委",
        "工委",
        "党工委",
        "管委会",
        "人民法院",
        "人民检察院",
        "法院",
        "检察院",
        "总工会",
        "团委",
        "妇联",
        "科协",
        "文联",
        "侨联",
        "工商联",
        "残联",
        "党校",
        "区委",
        "县委",
        "市委",
        "省委",
        "州委",
    }
)

_ADMIN_END = frozenset("省市县区州旗盟")

# A unit written with a bare level word first (县财政局党组: a precedent that did not name its
# county) names no place; its 县财政局 form would hit the user's own bureau, so only the core
# (财政局, under the rule above) is kept. Not when the level word starts a word (市场监督管理局).
_BARE_LEVEL_FIRST = frozenset("省市县区州旗乡镇")

_LEVEL_WORDS = frozenset(
    {"市场", "市政", "市容", "区域", "县域", "市域", "省直", "市直", "县直", "区直"}
    | {"省级", "市级", "县级", "区级", "乡级", "镇级", "乡村", "县城", "州府"}
)

_MIN_UNIT_LEN = 3

_PARENS = re.compile(r"[（(]([^（）()]*)[）)]")

_CPPCC = re.compile(r"政协(.+?)委员会(.*)")


def _strip_party_suffix(name: str) -> str:
    changed = True
    while changed:
        changed = False
        for suffix in PARTY_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix):
                name = name[: -len(suffix)]
                changed = True
                break
    return name


def _bare_level_first(name: str) -> bool:
    return name[:1] in _BARE_LEVEL_FIRST and name[:2] not in _LEVEL_WORDS


def unit_names(unit: str) -> tuple[set[str], str]:
    """(all variants, the unit's main name: no 中共, no party-organ suffix)."""
    unit = re.sub(r"\s+", "", unit)
    names = [_PARENS.sub("", unit)] + [m for m in _PARENS.findall(unit) if m]
    variants: set[str] = set()
    main = ""
    for name in names:
        plain = name.removeprefix("中共")
        bases = {name, plain}
        stripped = _strip_party_suffix(plain)
        if stripped.endswith("机关") and len(stripped) > 2:
            bases.add(stripped)  # 雨湖区政协机关 is also 雨湖区政协
            stripped = stripped[:-2]
        bases.add(stripped)
        main = main or stripped
        if plain.endswith("委员会") and stripped and stripped[-1] in _ADMIN_END:
            bases.add(stripped + "委")  # 中共拉萨市城关区委员会 = 拉萨市城关区委
        cppcc = _CPPCC.fullmatch(plain)
        if cppcc:  # 政协桑植县委员会 is usually written 桑植县政协, often 桑植政协
            bases.add(cppcc[1] + "政协")
            bases.add(cppcc[1] + "政协" + cppcc[2])
            place = cppcc[1]
            if len(place) >= 3 and place[-1] in "县区市旗":
                bases.add(place[:-1] + "政协")
        for base in list(bases):
            core, rests = strip_leading_places(base)
            # Rests that still start with a place name stay (涵江区委办公室 of
            # 莆田市涵江区委办公室); the last rest is the bare core, handled below.
            bases.update(rest for rest in rests[:-1] if not rest.startswith("委"))
            if _bare_level_first(core):
                core = core[1:]  # 县财政局 -> 财政局
            if core.startswith("委"):
                core = core[1:]  # 大庆市委统战部 -> 统战部
            core = _strip_party_suffix(core)
            if len(core) > 4:
                core = core.removesuffix("机关")  # 人大常委会机关 -> 人大常委会
            if core:
                bases.add(core)
        variants |= bases
    keep = {
        v
        for v in variants
        if len(v) >= _MIN_UNIT_LEN
        and not _bare_level_first(v.removeprefix("中共"))
        and v not in GENERIC_ORGANS
        and v not in PARTY_SUFFIXES
        and strip_leading_places(v.removeprefix("中共"))[0] != ""  # places are places
    }
    return keep, main


def unit_variants(unit: str) -> set[str]:
    """Forms a unit is written in.

    The full name (中共西藏自治区司法厅委员会), the name without 中共, without the party-organ
    suffix (党委/党组/委员会/党工委/党总支/党支部/机关党委/纪委/工委), the "X区委" form of a
    place's committee, "X政协" for "政协X委员会", the alternative name in brackets, and the
    core organ without any place (司法厅) when it has at least 3 characters and is not an organ
    every locality has (``GENERIC_ORGANS``: 党委, 政府, 办公室, 统战部 …). Forms shorter than
    3 characters are dropped.
    """
    return unit_names(unit)[0]


def core_organ(unit: str) -> str:
    """The unit's organ without 中共, places and party suffix: 中共西安市科协党组 → 科协."""
    _, main = unit_names(unit)
    core, _ = strip_leading_places(main)
    return core.removeprefix("委") or main
