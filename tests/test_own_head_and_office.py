"""Our unit's head and office as its own feedback names them (round 176): a county 精神卫生中心 run by a
主任 from a 中心办公室 is no 院 with a 院长, and a resort committee's 管委会党政办公室 is the office of its
leading group, not a 党工委办公室 its feedback never names."""

from __future__ import annotations

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.settings import Settings
from assistant.units import profile_for, with_own_head
from tests.test_front_matter_sixth import _feedback

CENTRE = "中共渠阳县精神卫生中心支部委员会"


def test_a_centre_whose_feedback_names_its_director_is_a_centre() -> None:
    named = with_own_head(profile_for(CENTRE), ["中心党支部书记、主任", "分管副主任"])
    assert (named.head, named.short, named.deputy) == ("主任", "中心", "副主任")
    # the name's own head stays when the feedback names it (round 160's 院长), or names no head at all
    assert with_own_head(profile_for(CENTRE), ["院党支部书记、院长"]).head == profile_for(CENTRE).head == "院长"
    assert with_own_head(profile_for(CENTRE), ["【待补充：责任领导】"]).head == "院长"


def _organisation(settings: Settings, unit: str, leader: str, department: str) -> str:
    data = _feedback(unit, "县委第二巡察组", leader).model_dump(mode="json")
    data["defaults"]["department"] = department
    context = DraftingContext.build(settings, Feedback.model_validate(data))
    return ExtractiveEngine().front_matter(context, []).organisation


def test_the_leading_group_is_the_centres_own(draft_settings: Settings) -> None:
    text = _organisation(draft_settings, CENTRE, "中心党支部书记、主任", "中心办公室")
    assert "院长" not in text and "院党支部" not in text and "中心党支部" in text, text


def test_the_office_is_the_one_the_feedback_makes_responsible(draft_settings: Settings) -> None:
    text = _organisation(draft_settings, "中共汤岭县温泉旅游度假区工作委员会", "党工委书记", "管委会党政办公室")
    assert "办公室设在管委会党政办公室" in text, text
    # …an office the group names anyway stays (the example's 局办公室; keeps a behaviour)
    text = _organisation(draft_settings, "中共青山县农业农村局党组", "党组书记、局长", "局办公室")
    assert "办公室设在局办公室" in text, text
