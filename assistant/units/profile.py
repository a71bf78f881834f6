"""The profile of a unit, inferred from its name as written in a feedback or a notice."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Literal, TypeVar

from pydantic import BaseModel, ConfigDict

from assistant.corpus.metadata import detect_sector
from assistant.units.lexicon import KindSpec, Lexicon, load_lexicon
from assistant.units.places import Place, places_in

T = TypeVar("T")

Level = Literal["central", "province", "city", "county", "township"]
InspectionKind = Literal["巡察", "巡视"]

# The organ at the end of a name, longest first; "" = the name is a committee itself.
_ORGAN_SUFFIXES = (
    ("机关党委", "机关党委"),
    ("党工委", "党工委"),
    ("党组", "党组"),
    ("党委", "党委"),
    ("党总支", "党总支"),
    ("党支部", "党支部"),
)
_BRANCH_COMMITTEES = (
    ("临时党支部委员会", "党支部"),  # a project's temporary branch (…指挥部临时支部委员会) is its 党支部 (round 144)
    ("临时支部委员会", "党支部"),
    ("党总支部委员会", "党总支"),
    ("总支部委员会", "党总支"),
    ("党支部委员会", "党支部"),
    ("支部委员会", "党支部"),
)
_COMMITTEE_END = re.compile(r"(?:自治区党委|区党委|省委|市委|州委|盟委|县委|区委|旗委|工委)$")
_BODY_COMMITTEE = re.compile(
    r"(中央|自治区党委|区党委|省委|市委|州委|盟委|地委|县委|旗委|区委|工委|党委|党组)"
)
_DIVISION_COMMITTEE = {
    "省": "省委",
    "自治区": "自治区党委",
    "市": "市委",
    "自治州": "州委",
    "州": "州委",
    "盟": "盟委",
    "地区": "地委",
    "县": "县委",
    "自治县": "县委",
    "旗": "旗委",
    "自治旗": "旗委",
    "区": "区委",
    "特区": "区委",
    "林区": "区委",
}
# How a level reads in Chinese (findings, prompts, `corpus stats`).
LEVEL_LABELS = {"central": "中央", "province": "省级", "city": "市级", "county": "县级", "township": "乡镇级"}
_ABOVE = {"township": "county", "county": "city", "city": "province", "province": "central"}
_GENERIC_COMMITTEE = {"central": "中央", "province": "省委", "city": "市委", "county": "县委"}
_AUTONOMOUS = ("广西", "西藏", "新疆", "宁夏", "内蒙古")


class UnitProfile(BaseModel):
    """Who a unit is: what drafts for it may call its leaders, offices, superiors and region."""

    model_config = ConfigDict(frozen=True)

    name: str
    core: str  # the name without 中共 and the organ: 青山县农业农村局
    organ: str  # 党组 / 党委 / 党工委 / 机关党委 / 常委会 / 部务会 / 党支部 …
    kind: str  # key of kinds.toml: bureau, court, cppcc, township, party_committee …
    kind_label: str
    level: Level | None
    superior: str | None  # the committee that leads it: 县委, 市委, 区委, 省委 …
    inspector: str | None  # the committee whose group inspected it (from the body)
    inspection_kind: InspectionKind
    discipline: tuple[str, ...]  # 县纪委监委 …
    head: str  # 局长
    deputy: str  # 副局长
    short: str | None  # 局 (全局, 局机关, 局领导)
    subunits: tuple[str, ...]  # 股室 …
    sector: str | None
    province: str | None
    places: tuple[str, ...]  # 青山县 …
    division: str | None = None  # 县: what our own area is called (全县, 我县, 县直)
    region_words: tuple[str, ...]  # every word naming OUR region: 青山县, 青山, 江西, 赣 …


# Committees whose name, not their organ, is 委员会 (县委政法委员会 is the 政法委 itself), and
# how their core name ends.
_NAMED_COMMITTEES = {"政法": "委", "直属机关工作": "委员会", "纪律检查": "委员会"}


def _split_organ(name: str) -> tuple[str, str | None]:
    core = name.strip()
    for prefix in ("中国共产党", "中共"):
        core = core.removeprefix(prefix)
    for suffix, organ in _ORGAN_SUFFIXES:
        if core.endswith(suffix) and len(core) > len(suffix):
            return core[: -len(suffix)], organ
    for suffix, organ in _BRANCH_COMMITTEES:  # 中共XX中心支部委员会 is the centre's 党支部
        if core.endswith(suffix) and len(core) > len(suffix) and "直属机关" not in core:
            return core[: -len(suffix)], organ
    if core.endswith("工作委员会") and "直属机关" not in core:  # a street's or a zone's 党工委 (工委 alone is a committee's)
        return core[: -len("工作委员会")], "党工委"
    if core.endswith("委员会") and not core.startswith("政协"):
        bare = core[: -len("委员会")]
        for stem, end in _NAMED_COMMITTEES.items():
            if bare.endswith(stem):
                return bare + end, None
        if bare and bare[-1] in "省市州县区旗盟" and not bare.endswith("社区"):  # 社区委员会: its 党委
            return bare + "委", None  # 中共XX县委员会 is the county committee itself
        return bare, "党委"
    return core, None


def by_name_end(table: Mapping[str, T], core: str) -> T | None:
    """The entry of ``table`` for how ``core`` ends (a trailing （…） aside), longest end first:
    a head, a short form, sub-units, a front-matter group, words a unit never says. A key
    opening with ``~`` is a pattern the name must end on, tried first (``~(?:大学|学院).+学院``:
    a college inside a college, whose sub-units are not the whole college's)."""
    plain = re.sub(r"[（(][^）)]*[）)]$", "", core)
    for key in table:
        if key.startswith("~") and re.search(f"(?:{key[1:]})$", plain):
            return table[key]
    for key in sorted(table, key=len, reverse=True):
        if not key.startswith("~") and plain.endswith(key):
            return table[key]
    if plain.endswith("机关") and len(plain) > 2:
        # a unit's office branch is the unit's (中共XX县委老干部局机关支部委员会 is the 局's: round 208 wrote 部党支部)
        return by_name_end(table, plain.removesuffix("机关"))
    return None


def _detect_kind(core: str, lex: Lexicon) -> str:
    for key, pattern in lex.detect:
        if pattern.search(core):
            return key
    if core.endswith("机关") and len(core) > 2:
        return _detect_kind(core.removesuffix("机关"), lex)  # a bureau's office branch is the bureau's
    return "other"


def _body_committee(body: str | None) -> str | None:
    m = _BODY_COMMITTEE.search(body or "")
    return m.group(1) if m else None


_SCHOOLS_A_UNIVERSITY_RUNS = ("中学", "小学", "幼儿园")


def _level(
    kind: str, core: str, places: list[Place], body_committee: str | None, lex: Lexicon
) -> Level | None:
    if kind in ("township", "village") or any(p.level == "township" for p in places):
        return "township"
    if kind == "court" and "高级人民法院" in core:
        return "province"
    if kind == "court" and "中级人民法院" in core:
        return "city"
    # a university and its colleges; not a school it runs (大学附属中学: round 120 gave it 二级学院)
    if kind == "provincial_department" or (kind == "school" and not places and "大学" in core and not core.endswith(_SCHOOLS_A_UNIVERSITY_RUNS)):
        return "province"
    if places:
        deepest = places[-1]
        if (
            len(places) > 1
            and places[0].level == "province"
            and places[0].stem in ("北京", "上海", "天津", "重庆")
        ):
            return "city" if deepest.division == "区" else _as_level(deepest.level)
        return _as_level(deepest.level)
    if body_committee in lex.committees:
        return _as_level(lex.committees[body_committee])
    return None


def _as_level(value: str) -> Level | None:
    return value if value in ("central", "province", "city", "county", "township") else None  # type: ignore[return-value]


def _superior(
    kind: str,
    level: Level | None,
    places: list[Place],
    body_committee: str | None,
    province: str | None,
    lex: Lexicon,
) -> str | None:
    """The committee that leads the unit: its own place's committee, or the one above a committee."""
    if kind == "party_committee":
        above = _ABOVE.get(level or "", None)
        if above is None:
            return None
        if len(places) > 1:
            return _committee_of(places[-2], province)
        if above == "province" and province in _AUTONOMOUS:
            return "自治区党委"
        if body_committee and lex.committees.get(body_committee) == above:
            return body_committee
        return _GENERIC_COMMITTEE[above]
    unit_places = [p for p in places if p.level != "township"]
    if unit_places:
        return _committee_of(unit_places[-1], province)
    if body_committee and body_committee not in ("党委", "党组"):
        return body_committee
    return _GENERIC_COMMITTEE.get(_ABOVE["township"] if level == "township" else level or "")


def _committee_of(place: Place, province: str | None) -> str:
    if place.division in ("省", "自治区") and province in _AUTONOMOUS:
        return "自治区党委"
    if place.level == "province" and place.division == "市":
        return "市委"  # 上海市委: a municipality's committee is called 市委
    return _DIVISION_COMMITTEE.get(place.division, "县委")


def _subunits(spec: KindSpec, level: Level | None) -> tuple[str, ...]:
    order = ["township", "county", "city", "province"]
    if level in spec.subunits:
        return spec.subunits[level]
    start = order.index(level) if level in order else 1
    for candidate in order[start:] + order[:start][::-1]:
        if candidate in spec.subunits:
            return spec.subunits[candidate]
    return ()


def _province(places: list[Place], lex: Lexicon, given: str | None) -> str | None:
    if given:
        return lex.province_of(given) or given
    for place in places:
        found = lex.province_of(place.stem) or lex.province_of(place.name)
        if found:
            return found
    return None


def _region_words(places: list[Place], province: str | None, lex: Lexicon) -> tuple[str, ...]:
    words: list[str] = []
    for place in places:
        words += [place.name, place.stem]
    if province and province in lex.provinces:
        spec = lex.provinces[province]
        words += [spec.name, *spec.names, spec.abbr, *spec.context, *spec.cities]
        words += [c.format(a=spec.abbr) for c in lex.abbr_context]
    return tuple(dict.fromkeys(w for w in words if w))


def profile_for(
    unit: str,
    *,
    inspection_body: str | None = None,
    inspection_kind: str | None = None,
    province: str | None = None,
    lexicon: Lexicon | None = None,
) -> UnitProfile:
    """Infer a unit's profile from its name (and the inspecting group, e.g. 县委第三巡察组).

    ``province`` names the province when the unit's name does not (青山县 → 江西);
    ``lexicon`` defaults to the shipped tables (pass ``load_lexicon(settings.home)``).
    """
    lex = lexicon or load_lexicon()
    core, organ = _split_organ(unit)
    kind = _detect_kind(core, lex)
    if organ is None and _COMMITTEE_END.search(core) and kind == "party_committee":
        organ = "党工委" if core.endswith("工委") else "常委会"
    spec = lex.kind(kind)
    places = places_in(core, lex)
    committee = _body_committee(inspection_body)
    level = _level(kind, core, places, committee, lex)
    prov = _province(places, lex, province)
    superior = _superior(kind, level, places, committee, prov, lex)
    inspector = committee if committee not in (None, "党委", "党组") else superior
    tour: InspectionKind
    if inspection_kind in ("巡察", "巡视"):
        tour = inspection_kind  # type: ignore[assignment]
    elif inspection_body and ("巡视" in inspection_body or "巡察" in inspection_body):
        tour = "巡视" if "巡视" in inspection_body else "巡察"
    else:
        tour = (
            "巡视"
            if level in ("province", "central") or inspector in ("中央", "省委", "自治区党委")
            else "巡察"
        )
    discipline = lex.discipline.get(superior or "", ())
    if kind not in ("party_committee", "discipline"):
        discipline = (*discipline, "派驻纪检监察组")
    return UnitProfile(
        name=unit.strip(),
        core=core,
        organ=organ or by_name_end(spec.organs, core) or spec.organ,
        kind=kind,
        kind_label=spec.label,
        level=level,
        superior=superior,
        inspector=inspector,
        inspection_kind=tour,
        discipline=discipline,
        head=by_name_end(spec.heads, core) or spec.head,
        deputy=_deputy(by_name_end(spec.heads, core), spec),
        short=by_name_end(spec.shorts, core) or spec.short,
        subunits=by_name_end(spec.named_subunits, core) or _subunits(spec, level),
        sector=detect_sector(unit),
        province=prov,
        places=tuple(p.name for p in places),
        division=places[-1].division if places else None,
        region_words=_region_words(places, prov, lex),
    )


def _deputy(head: str | None, spec: KindSpec) -> str:
    if head is None or head == spec.head:
        return spec.deputy
    return "副" + head if not head.startswith("主要") else spec.deputy


# An office's name ends with the character its family is named by (预算股, 综合科, 教务处).
_OFFICE_FAMILIES = {"股": "股室", "科": "科室", "处": "处室", "部": "部室"}


def office_family_named(departments: Iterable[str]) -> str | None:
    """The family of offices (股室, 科室…) a feedback names at least twice (综合科, 人事科)."""
    named = [name for name in departments if len(name) >= 3]
    counts = Counter(
        _OFFICE_FAMILIES[name[-1]] for name in named if name[-1] in _OFFICE_FAMILIES and not name.endswith("总部")
    )
    if counts["科室"]:
        # …its rooms beside a 科 are 科室 too (综合科 and 食品检测室、理化室: round 209 read 各股室 for a testing centre)
        counts["科室"] += sum(1 for name in named if name.endswith("室") and not name.endswith("办公室"))
    family, seen = counts.most_common(1)[0] if counts else (None, 0)
    return family if seen >= 2 else None


OFFICE_FAMILIES = tuple(_OFFICE_FAMILIES.values())


def is_office_family(subunit: str) -> bool:
    """Whether ``subunit`` names a family of offices (股室, 科室, 处室, 部室)."""
    return subunit in OFFICE_FAMILIES


def with_own_head(profile: UnitProfile, leaders: Iterable[str], lexicon: Lexicon | None = None) -> UnitProfile:
    """``profile`` with the head its own feedback names, where its kind knows more than one: a county
    精神卫生 centre run by a 主任 (中心党支部书记、主任, 中心办公室) is a 中心, though most such centres are
    psychiatric hospitals with a 院长 (round 176 read 院党支部 and 院长 in its leading group; round 160's
    named 院长). The name's own head stays when the feedback names it, or names none or several."""
    spec = (lexicon or load_lexicon()).kind(profile.kind)
    said = "".join(leaders)
    if not spec.heads or profile.head in said:
        return profile
    # only a head our name ends on gives (精神卫生中心 is a 中心 too): a 局长 the feedback's defaults copy from
    # an example is no head of a company
    named = {h for k, h in spec.heads.items() if profile.core.endswith(k) and h != profile.head and h in said}
    if len(named) != 1:
        return profile
    head = named.pop()
    key = next((k for k, h in spec.heads.items() if h == head and k in spec.shorts and profile.core.endswith(k)), None)
    short = spec.shorts[key] if key is not None else profile.short
    return profile.model_copy(update={"head": head, "deputy": _deputy(head, spec), "short": short})


def with_own_subunits(profile: UnitProfile, departments: Iterable[str]) -> UnitProfile:
    """``profile`` with the offices its own feedback names: a county centre whose feedback
    makes 综合科, 资产管理科 and 人事科 responsible has 科室, not the 股室 most county units
    have (read: 各股室 in its leading group, its 科室 mapped to 股室)."""
    family = office_family_named(departments)
    if family is None or (profile.subunits and profile.subunits[0] == family):
        return profile
    if profile.subunits and not is_office_family(profile.subunits[0]):
        # a police bureau's 大队 or a school's 年级组 stay first; its offices are named too
        if family in profile.subunits:
            return profile
        return profile.model_copy(update={"subunits": (*profile.subunits, family)})
    rest = tuple(unit for unit in profile.subunits if unit != family)
    return profile.model_copy(update={"subunits": (family, *rest)})
