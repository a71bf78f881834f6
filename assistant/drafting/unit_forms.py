"""How a unit names itself, and how our draft names our unit and its inspectors.

The one list of party-organ suffixes lives here; the name guard (``names/variants.py``)
strips the same suffixes when it works out another unit's variants.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from assistant.drafting.inputs.feedback.model import Feedback
from assistant.units import UnitProfile, profile_for

# Party organs written after a unit's own name; longest first. 委员会 covers both 党委员会
# (中共…局委员会) and the committee of a place (中共拉萨市城关区委员会).
PARTY_SUFFIXES = (
    "总支部委员会",
    "支部委员会",
    "机关党总支",
    "机关党支部",
    "机关党委",
    "党总支",
    "党支部",
    "党工委",
    "委员会",
    "党委",
    "党组",
    "纪委",
    "工委",
)
_PARTY_SUFFIX_RE = re.compile(f"({'|'.join(PARTY_SUFFIXES)})$")
_GENERIC_CORES = {"", "党", "中共", "机关"}
# How a notice names the organ a suffix stands for: 支部委员会 is its 党支部.
_SUFFIX_ORGAN = {"委员会": "党委", "支部委员会": "党支部", "总支部委员会": "党总支"}
_TWO_CHAR_ORGANS = ("社区", "嘎查", "中心", "联社", "集团")  # a 信用联社 is no 社 (read: 社党委); a 集团 no 团 (round 105: 团党委)
# an 办公室 names itself 办 (我办, 办党组), not 室 (read in a civil air defence office's plan)
_ENDING_ORGANS = {"办公室": "办", "秘书处": "秘书处"}  # …and a committee's 秘书处 is no 处 of a bureau (round 142: 处党支部)
_PARTY_ORGANS = frozenset({"党组", "党委", "党工委", "党支部", "党总支"})
# Characters that end an organ's name and make 局党组 / 我局-style short forms.
_ORGANS = "局厅委院校办部所站会处室馆社团县区市镇乡村场"
_COMMITTEE_RE = re.compile(r"(.+?(?:委|党组))(?:第[一二三四五六七八九十\d]+)?巡[察视]")


@dataclass(frozen=True)
class UnitForms:
    """How a unit names itself: 中共青山县农业农村局党组 → core 青山县农业农村局, 局, 党组."""

    full: str
    core: str
    organ: str  # last character of the core when it names an organ: 局 / 厅 / 院 …
    suffix: str  # 党组 / 党委 …
    body: str = "巡察组"  # the inspecting group, e.g. 县委第三巡察组
    party: str = ""  # our own organ when the name gives no short form (党工委 of a zone)

    @property
    def party_short(self) -> str:
        """局党组, 厅党委: how a notice refers to its own party organisation."""
        if self.suffix and self.organ:
            return f"{self.organ}{self.suffix}"
        return self.party or "我单位"

    @property
    def we(self) -> str:
        """我局, 我厅: the neutral first person."""
        if not self.organ or self.organ in "司会部" or len(self.organ) > 2:  # not 我团县委
            return "我单位"
        return f"我{self.organ}"


def unit_forms(unit: str) -> UnitForms:
    name = unit.strip()
    body = name[2:] if name.startswith("中共") else name
    m = _PARTY_SUFFIX_RE.search(body)
    suffix = m.group(1) if m else ""
    core = body[: m.start()] if m else body
    if core in _GENERIC_CORES:
        core = ""
    suffix = _SUFFIX_ORGAN.get(suffix, suffix)
    organ = core[-1:] if core and core[-1] in _ORGANS else ""
    if core.endswith(_TWO_CHAR_ORGANS):  # 社区 is not a 区: 社区党支部, 我社区
        organ = core[-2:]
    organ = next((o for end, o in _ENDING_ORGANS.items() if core.endswith(end)), organ)
    return UnitForms(full=name, core=core, organ=organ, suffix=suffix)


def our_forms(feedback: Feedback, profile: UnitProfile | None = None) -> UnitForms:
    """Our unit's forms, with our inspection group for the precedents' groups. Where the
    name's last character is no short form or a shorter one, the profile's is used (校 of a
    小学, 团县委 of 共青团XX县委员会), and where the name has no party suffix the profile's
    organ names our party organisation (党工委 of a zone, not 我单位); ``profile``: ours,
    worked out here when the caller has none at hand."""
    kind = feedback.inspection.kind
    body = feedback.inspection.body or f"{kind}组"
    forms = dataclasses.replace(unit_forms(feedback.unit), body=body)
    profile = profile or profile_for(feedback.unit, inspection_kind=kind)
    if profile.short and len(profile.short) > len(forms.organ):  # 团县委, not the 会 of 委员会
        forms = dataclasses.replace(forms, organ=profile.short)
    # 政法委员会 is the name, not a 党委; a 直属机关工作委员会 is its own 工委
    if forms.suffix and (profile.organ.endswith("务会") or profile.organ == "工委"):
        forms = dataclasses.replace(forms, suffix="")
    if forms.suffix and profile.organ in _PARTY_ORGANS:  # a street's 工作委员会 is its 党工委
        forms = dataclasses.replace(forms, suffix=profile.organ)
    if forms.organ and forms.suffix:
        return forms
    return dataclasses.replace(forms, party=party_name(profile.short, profile.organ))


def party_name(short: str | None, organ: str) -> str:
    """How a plan names our party organisation from our short form and organ (局党组, 镇党委):
    an organ that starts with the short form (部务会 of a 部, not 部部务会) or is the unit's own
    body (室务会 of an 办, not 办室务会; 委务会 of a 政法委) stands alone."""
    if not short or organ.startswith(short) or organ.endswith("务会"):
        return organ
    return f"{short}{organ}"


def committee_of(feedback: Feedback) -> str:
    """县委 from 县委第三巡察组; the committee that ordered the inspection."""
    m = _COMMITTEE_RE.match(feedback.inspection.body or "")
    return m.group(1) if m else "上级党委"
