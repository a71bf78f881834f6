"""The plan's front matter written from OUR unit's profile and the plan's own date.

指导思想 names the congress current on the plan's date (the feedback date, else today);
组织领导 names one leading group with our roles (组长 our head, 副组长 our deputies, 成员
our sub-units' heads, the office in our office); 工作要求 is written as requirements. The
wording is data (``data/front_matter.toml``); engines may add cited sentences that fit.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from assistant.drafting.context import DraftingContext
from assistant.drafting.unit_forms import party_name
from assistant.i18n import _
from assistant.units.lexicon import Stamp, files_stamp, shipped_rules
from assistant.units.profile import (
    OFFICE_FAMILIES,
    UnitProfile,
    by_name_end,
    is_office_family,
)

# a user adds groups (a kind of unit of their own, a name end) or rewords the texts in
# <home>/rules/front_matter/*.toml; theirs are merged key by key over the shipped table
USER_DIR = Path("rules") / "front_matter"


def _checked(raw: dict[str, Any]) -> dict[str, Any]:
    """The table, or a KeyError/TypeError naming what a merged user file broke."""
    for key in ("guiding", "organisation", "requirements"):
        str(raw["text"][key])
    for name, group in raw["groups"].items():
        for key in ("leader", "deputies", "members", "office"):
            if not isinstance(group[key], str):
                raise TypeError(f"groups.{name}.{key}")
    for entry in raw["guiding"]:
        if not isinstance(entry["since"], dt.date):
            raise TypeError(f"guiding.since {entry['since']!r}")
        str(entry["congress"])
    return raw


def _table(home: Path | None = None) -> dict[str, Any]:
    """The shipped front-matter table with the user's (``<home>/rules/front_matter``)."""
    return _rules(str(home) if home else None, files_stamp(home, USER_DIR))


@functools.lru_cache(maxsize=8)
def _rules(home: str | None, stamp: Stamp) -> dict[str, Any]:
    return shipped_rules(
        _checked,
        "assistant.drafting.data",
        "front_matter.toml",
        home,
        USER_DIR,
        stamp,
        error=_("方案开头部分的规则有误：{error}"),
        hint=_("[groups] 的每一组需要 leader、deputies、members、office 文字；[[guiding]] 需要 since 日期与 congress"),
    )


def plan_date(context: DraftingContext) -> dt.date:
    """The day the plan speaks from: the feedback's date, else today."""
    return context.feedback.inspection.feedback_date or dt.date.today()


def congress_for(day: dt.date, home: Path | None = None) -> str:
    """党的二十大和二十届历次全会精神 on or after 2022-10-16, the one before it earlier."""
    table = _table(home)["guiding"]
    for entry in table:  # newest first
        if day >= entry["since"]:
            return str(entry["congress"])
    return str(table[-1]["congress"])


def our_unit(context: DraftingContext) -> str:
    """局党组 / 院党委 / 镇党委: how the plan names our party organisation."""
    profile = context.profile
    if profile.short and profile.organ:
        return party_name(profile.short, profile.organ)
    return context.ours.party_short  # our_forms names the organ (党总支, 党工委), not 我单位


def _fields(context: DraftingContext) -> dict[str, str]:
    profile = context.profile
    unit = our_unit(context)
    return {
        "unit": unit,
        "kind": context.feedback.inspection.kind,
        "committee": context.committee,
        "organ": profile.organ,
        "head": profile.head,
        "deputy": profile.deputy,
        "short": profile.short or "",
        "members": profile.subunits[0] if profile.subunits else "内设机构",
        "own_office": _own_office(profile, unit, context.feedback.departments(defaults=False)),
        "congress": congress_for(plan_date(context), context.settings.home),
        "residents": "村" if (profile.short or "").endswith("村") else "居",
    }


_TEACHING_DEPARTMENTS = re.compile(r"[\u4e00-\u9fff]{2,6}(?<!体|关|联|派)系[、等和，]")


def _own_office(profile: UnitProfile, unit: str, departments: Sequence[str]) -> str:
    """局办公室; an office's (县委编办) is the 综合室 its feedback names, its 机关办公室 when the
    feedback names a bare 办公室, else its 综合股 (综合科 in a city); a unit without a short form:
    its party organisation's (村党支部办公室)."""
    if profile.short and profile.short.endswith(("办", "室")):  # an office has no 办办公室 or 室办公室
        # 综合科, or 县政府研究室综合科 as the feedback names it: our 综合科
        named = next((m.group(0) for d in departments if (m := re.search(r"综合[室股科处]$", d))), None)
        if named is None and "办公室" in departments:
            return "机关办公室"  # a 人防办 whose feedback names its 办公室 has no 综合股 (round 96)
        return named or f"综合{profile.subunits[1] if len(profile.subunits) > 1 else '股'}"
    return f"{profile.short}办公室" if profile.short else f"{unit}办公室"


def guiding(context: DraftingContext) -> str:
    return str(_table(context.settings.home)["text"]["guiding"]).format(**_fields(context))


def organisation(context: DraftingContext) -> str:
    """One leading group, with our unit's roles."""
    fields = _fields(context)
    groups = _table(context.settings.home)["groups"]
    profile = context.profile  # a university's group is not a middle school's (school@province)
    # a group for how our name ends (school@学院), else for our level (school@province)
    ours = {key.split("@", 1)[1]: g for key, g in groups.items() if key.startswith(f"{profile.kind}@")}
    group = (
        by_name_end(ours, profile.core)
        or groups.get(f"{profile.kind}@{profile.level}")
        or groups.get(profile.kind, groups["default"])
    )
    group = {**group}
    if profile.organ in _BRANCHES and group.get("deputies") == "{unit}其他成员":
        group["deputies"] = "{unit}委员"  # a branch's 其他成员 are all its members
    if profile.organ in _BRANCHES and (profile.kind == "soe" or "副书记" not in context.own_text):
        # a party branch often has no 副书记 (round 74's county bookstore: 公司党支部副书记 the feedback never showed;
        # 校党支部副书记 and 院党支部副书记 queried by the readers of rounds 157 to 160): named only when the feedback names one
        group["deputies"] = str(group.get("deputies", "")).replace("{unit}副书记及其他", "其他")
    if profile.organ in _BRANCHES and profile.kind == "soe" and group.get("office") == "{unit}办公室":
        group["office"] = "{own_office}"  # …nor an office of its own
    filled = {key: str(value).format(**fields) for key, value in group.items()}
    filled.update(_users_group(context, filled))
    carrying = _carrying_bodies(context, filled["members"])
    first = profile.subunits[0] if profile.subunits else ""
    family = context.office_family
    named = context.feedback.departments()
    if (
        family in context.named_subunits[1:]
        and first
        and not is_office_family(first)
        and f"各{first}" in filled["members"]
        and "职能部门" not in filled["members"]  # a college's 职能部门 are its 处室: never "各二级学院、处室（部）" (round 179)
    ):
        # a 戒毒所's 大队 and the 科 its feedback names (诊断评估科, 医疗卫生科): both are members
        filled["members"] = filled["members"].replace(f"各{first}", f"各{first}、{family}", 1)
    elif family and f"各{family}" not in filled["members"]:
        # the offices our feedback names (训练科、教务科) are ours, not the group's 处室 (read: 各处室
        # for a sports school of 科), unless it names one of those too (教务处)
        other = next((f for f in OFFICE_FAMILIES if f"各{f}" in filled["members"]), None)
        if other is not None and not any(d.endswith(other[0]) for d in named):
            filled["members"] = filled["members"].replace(f"各{other}", f"各{family}", 1)
    if "及各分院" in filled["members"] and "分院" not in context.own_text and "成员单位" in context.own_text:
        # a hospital group whose feedback names its 成员单位 and no 分院 has them, not 分院 (round 213's medical alliance)
        filled["members"] = filled["members"].replace("及各分院", "及各成员单位", 1)
    if "各二级学院（部）" in filled["members"] and _TEACHING_DEPARTMENTS.search(context.own_text) and "二级学院" not in context.own_text:
        # a college whose feedback names its 系 (护理系、医学技术系等二级单位) has no 二级学院 (round 179's nursing college)
        filled["members"] = filled["members"].replace("各二级学院（部）", "各系（部）", 1)
    if (
        carrying
        and profile.kind == "public_institution"
        and is_office_family(first)
        and all(b.endswith("室") for b in carrying)
        and not any(d.endswith(("股", "科")) for d in named)  # a 所 with 综合股 keeps its 股室 (read)
    ):
        # an institution whose feedback names its 室 (业务室、档案室) has no 股: its rooms are its
        # members; not a rest home's 班组 (read: 院医务室等各室 for a 光荣院's 护理组、后勤组)
        filled["members"] = f"{'、'.join(carrying)}等各室主要负责同志"
    elif carrying:  # our own units the feedback makes responsible (执法大队, 环卫中心) are members
        filled["members"] = f"{filled['members']}和{'、'.join(carrying)}负责同志"
    return str(_table(context.settings.home)["text"]["organisation"]).format(**{**fields, **filled})


def _users_group(context: DraftingContext, filled: dict[str, str]) -> dict[str, str]:
    """What the feedback's defaults say of the group: their leader when a party post
    (党组书记、常务副会长 at a Red Cross, whose 会长 is not its party secretary) and their
    office (党政综合办公室), in the unit's own words."""
    defaults = context.feedback.defaults
    profile = context.profile
    out: dict[str, str] = {}
    leader = (defaults.leader or "").strip()
    # 党组书记、局长 in a village's feedback is a slip; a 常务副书记 is not the group's head
    heads_it = profile.organ in leader or re.search(f"(?<!副){re.escape(profile.head)}", leader)
    if "书记" in leader and "待补充" not in leader and heads_it:
        if profile.short and leader.startswith(profile.organ):
            leader = profile.short + leader  # 党组书记、局长 → 局党组书记、局长
        out["leader"] = leader
        # 社区党委书记、居委会主任 names the 社区居委会主任: not again among the deputies
        # …nor a firm's 总经理 when its 书记、董事长 is the 总经理 too
        deputies = _without_roles(filled.get("deputies", ""), leader, profile.short or "")
        if deputies != filled.get("deputies", ""):
            out["deputies"] = deputies
    office = (defaults.department or "").strip()
    # an office's feedback names the office itself (县委巡察办): its group's office is within it
    # …or names the unit by its name's end (石砚镇规划建设办公室's 规划建设办公室)
    # …and a second name in brackets (综合办公室（党群工作部）) is the same office's (round 54)
    bare = _SECOND_NAME.sub("", office)
    itself = (bare.endswith("办") and bool(profile.short and profile.short.endswith("办"))) or profile.core.endswith(bare)
    if bare.endswith(("办公室", "办", *_GENERAL_OFFICES)) and "待补充" not in office and not itself and _our_office(bare, profile.short, profile.name, profile.core):
        out["office"] = office
    return out


def _without_roles(deputies: str, leader: str, short: str = "") -> str:
    """``deputies`` without the roles the leader holds already (a 总经理 who is 书记、董事长、总经理;
    社区居委会主任 named 居委会主任; but not the 校长 when a 常务副校长 leads): a role held is one
    a name of the leader's ends with, not after 副."""
    held = [r for r in re.split(r"[、及]", leader) if r]
    # …and both names of one post (局长（总经理）: a forest bureau made a company, round 121)
    held += [name for r in held if (two := _TWO_NAMES.fullmatch(r)) for name in two.groups()]

    def holds(role: str) -> bool:
        forms = {role, role.removeprefix(short)} if short else {role}
        if role.startswith("总") and len(role) > 2:
            forms.add(role[1:])  # a firm is headed by a 总经理 or by a 经理: never both (read)
        return len(role) <= 8 and any(
            h.endswith(f) and not h[: len(h) - len(f)].endswith("副") for h in held for f in forms if len(f) >= 2
        )

    parts = re.split(r"([、及])", deputies)  # role, joint, role, joint, …, the rest
    kept: list[str] = []
    for i in range(0, len(parts), 2):
        if i + 1 < len(parts) and holds(parts[i]):
            continue
        joint = parts[i - 1] if i and kept else ""
        kept.append(joint + parts[i])
    return "".join(kept)


_TWO_NAMES = re.compile(r"(.+?)[（(]([^（）()]+)[）)]")
_BRANCHES = ("党支部", "党总支")

# A unit of ours that carries tasks (县城市管理综合行政执法大队, 县环境卫生服务中心), not one of
# the offices "各股室" already names, nor another organ (县财政局)
_BODY_END = re.compile(r"(?:大队|中队|支队|中心|站|所|院|馆|场|(?<!办公)室)$")
_MOST_BODIES = 5


def _carrying_bodies(context: DraftingContext, members: str) -> list[str]:
    """The bodies the feedback names as responsible for a problem, in order, at most
    ``_MOST_BODIES`` (a township's group names its 站所 and 中心 already), except those the
    ``members`` say already (治安管理大队 among 各大队)."""
    out: list[str] = []
    if context.profile.kind in ("township", "village"):
        return out
    # …each sub-unit the members name, first or later in their list (各办公室、教研室、实训中心)
    said = [unit for unit in context.profile.subunits if f"各{unit}" in members or f"、{unit}" in members]
    for name in context.feedback.departments(defaults=False):
        if context.profile.core.endswith(name) or _shortens(context.profile.core, name):
            continue  # our unit itself (青溪镇财政所, 司法所; 三资代理服务中心 of 农村集体三资委托代理服务中心) is not one of its members
        if context.profile.kind == "station" and name.startswith(context.profile.core[-3:]):
            continue  # a 所's own rooms (派出所值班室): its whole staff are members already
        if _ABOVE_US.match(name) and context.profile.kind not in _LEADS_COUNTY_BODIES:
            continue  # a body of the county above us (县社区矫正中心 of a township 司法所: round 213 made it a member)
        if 2 <= len(name) <= 20 and _BODY_END.search(name) and "待补充" not in name:
            # …once: 学校财务室 and 财务室 are the same room (read: "财务室、学校财务室")
            # …nor one the members name already (教研室 of 各处室、教研室: round 88 named it twice)
            if name in members:
                continue
            if not any(name.endswith(unit) for unit in said) and not any(o.endswith(name) or name.endswith(o) for o in out):
                out.append(name)
    return out[:_MOST_BODIES]


_ABOVE_US = re.compile(r"^(?:县|市|省|州|旗|自治州)(?!级)")
# …but a county bureau's own 县…执法大队 and 县…中心 are its units
_LEADS_COUNTY_BODIES = frozenset({"bureau", "party_department", "government_office", "party_committee"})


def _shortens(core: str, name: str) -> bool:
    """Whether ``name`` is our own name cut short: it ends as ours does and its characters come in our name's order
    (三资代理服务中心 of 枫桥镇农村集体三资委托代理服务中心: round 143 made the centre a member of its own group)."""
    if len(name) < 4 or name[-2:] != core[-2:]:
        return False
    rest = iter(core)
    return all(char in rest for char in name)


_SECOND_NAME = re.compile(r"[（(][^（）()]*[)）]$")
# A centre's 综合科 does an office's work.
# …and a firm's 综合管理部 (round 116's tram company: 公司党委办公室 it does not have)
_GENERAL_OFFICES = ("综合科", "综合股", "综合部", "综合室", "综合组", "综合中队", "秘书处", "综合管理部", "综合管理科", "综合管理股", "综合管理室")  # a 总会's 秘书处 too; a 所's 综合室
# What may stand before 办公室 in our own office's name whatever our unit (党政综合办公室).
_OFFICE_STEMS = ("党政", "党政综合", "综合", "行政", "学校", "党委", "党总支", "党支部", "党组", "党工委")


def _our_office(office: str, short: str | None, name: str, core: str = "") -> bool:
    """Whether ``office`` names an office that can be ours: 局办公室 is a bureau's, not a
    village's; a bare 办公室 says less than the group's own (会办公室); 县政协办公室 is the
    office of 中共XX县政协党组, whose name says 县政协 though it has no short form."""
    if office in _GENERAL_OFFICES:
        return True  # a bare 综合股 is the unit's own
    stem = office.removesuffix("办公室").removesuffix("办")
    for general in _GENERAL_OFFICES:
        stem = stem.removesuffix(general)
    if stem in _OFFICE_STEMS:
        return True
    # 大队综合办公室, 公证处综合办公室: our name's own words before a general office
    stem = next((stem.removesuffix(s) for s in sorted(_OFFICE_STEMS, key=len, reverse=True) if stem.endswith(s)), stem)
    if stem in _OFFICE_STEMS:
        return True  # 学校党政办公室: a school's own (read in round 48: 校党委办公室 instead)
    # a zone's 党工委 and its 管委会 are one body (管委会党政办公室 of 温泉旅游度假区工作委员会: round 176 read a 党工委办公室
    # its feedback never named)
    if stem.startswith("管委会") and ("工作委员会" in name or "管理委员会" in name or short in ("党工委", "管委会")):
        return True
    # …县政府研究室综合科 of 中共XX县人民政府研究室: 县政府 is how its own people write 县人民政府
    said = {name, name.replace("人民政府", "政府")}
    # …处办公室 of a 海事处 (round 68: the group's office became 处党支部办公室): the last word of our name
    ours = bool(short and stem.startswith(short)) or (len(stem) == 1 and (short or core).endswith(stem))
    return ours or (len(stem) >= 2 and any(stem in n for n in said))


def requirements(context: DraftingContext) -> str:
    return str(_table(context.settings.home)["text"]["requirements"]).format(**_fields(context))
