"""The plan's front matter on the sixth reading (issue 14): a college's group, a branch's
deputies, a community head named once, and the cited sentences another unit's plan held."""

from __future__ import annotations

import datetime as dt

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.sources import Source
from assistant.index.precedents import Precedent
from assistant.index.records import PrecedentRecord
from assistant.settings import Settings
from assistant.units.profile import profile_for
from tests.draft_helpers import EXAMPLE


def _feedback(unit: str, body: str, leader: str | None = None) -> Feedback:
    data = load_feedback(EXAMPLE).model_dump(mode="json")
    data.update(unit=unit, signature=unit)
    data["inspection"]["body"] = body
    data["inspection"]["feedback_date"] = dt.date(2025, 8, 14).isoformat()
    data["defaults"]["leader"] = leader or "【待补充：责任领导】"
    return Feedback.model_validate(data)


def _organisation(settings: Settings, unit: str, body: str, leader: str | None = None) -> str:
    context = DraftingContext.build(settings, _feedback(unit, body, leader))
    return ExtractiveEngine().front_matter(context, []).organisation


def test_a_city_college_has_the_sub_units_of_a_college_not_of_a_middle_school(
    draft_settings: Settings,
) -> None:
    college = profile_for("中共青山市职业技术学院委员会", inspection_body="市委第二巡察组")
    assert "二级学院" in college.subunits and "年级组" not in college.subunits
    middle = profile_for("中共青山县第一中学支部委员会", inspection_body="县委第二巡察组")
    assert "年级组" in middle.subunits
    text = _organisation(draft_settings, "中共青山市职业技术学院委员会", "市委第二巡察组")
    assert "二级学院" in text and "年级组" not in text


def test_a_branch_names_its_committee_members_as_deputies_not_all_its_members(
    draft_settings: Settings,
) -> None:
    text = _organisation(draft_settings, "中共青山市疾病预防控制中心支部委员会", "市委第一巡察组")
    assert "党支部委员任副组长" in text and "其他成员任副组长" not in text
    bureau = _organisation(draft_settings, "中共青山县农业农村局党组", "县委第三巡察组")
    assert "局党组其他成员任副组长" in bureau


def test_a_community_head_named_by_the_user_is_not_a_deputy_again(draft_settings: Settings) -> None:
    text = _organisation(
        draft_settings, "中共青山县白沙镇新安社区委员会", "县委第五巡察组", leader="社区党委书记、居委会主任"
    )
    assert text.count("居委会主任") == 1, text


def _source(n: int, clause: str) -> Source:
    record = PrecedentRecord(
        id=f"n{n}:1", notice_id=f"n{n}", key="1", unit="中共某县某局党组", kind="巡察", level="县",
        sector="", year=2023, date="2023-05-01", path=["组织建设方面"], problem="问题",
        measures=clause, clauses=[clause],
    )  # fmt: skip
    return Source(n, Precedent(rank=n, score=1.0, signals={}, record=record), clause, text=clause)


@pytest.mark.parametrize(
    "clause",
    [
        "局党组在专题会议上逐条讨论、主动认领，明确了每项问题的责任领导和整改时限。",
        "局党组对整改进度实行跟踪问效，组建两个督导组，要对各单位整改情况进行督导，确保整改到位。",
        "要围绕巡察组提出的问题，研究制定《整改方案》，实行台账管理，确保整改任务落实到位。",
    ],
)
def test_another_units_meeting_teams_or_plan_are_not_cited(draft_settings: Settings, clause: str) -> None:
    context = DraftingContext.build(draft_settings, _feedback("中共青山县农业农村局党组", "县委第三巡察组"))
    front = ExtractiveEngine().front_matter(context, [_source(2, clause)])
    assert clause[4:14] not in front.organisation + front.requirements
    fitting = _source(1, "局党组书记切实履行第一责任人职责，班子成员按照责任分工抓好分管领域整改，确保问题清单逐项销号。")
    front = ExtractiveEngine().front_matter(context, [_source(2, clause), fitting])
    assert "第一责任人" in front.organisation  # the sharing of responsibility is still cited


def _organisation_with(settings: Settings, unit: str, body: str, departments: list[str]) -> str:
    """组织领导 for ``unit`` whose first problems name ``departments`` as responsible."""
    data = _feedback(unit, body).model_dump(mode="json")
    for problem, department in zip(data["feedback"][0]["problems"], departments, strict=False):
        problem["department"] = department
    context = DraftingContext.build(settings, Feedback.model_validate(data))
    return ExtractiveEngine().front_matter(context, []).organisation


def test_our_own_units_the_feedback_makes_responsible_are_members(draft_settings: Settings) -> None:
    departments = ["县城市管理综合行政执法大队、政策法规股", "县环境卫生服务中心、县财政局", "计划财务股"]
    text = _organisation_with(draft_settings, "中共青山县城市管理局党组", "县委第三巡察组", departments)
    assert "和县城市管理综合行政执法大队、县环境卫生服务中心负责同志为成员" in text, text
    assert "县财政局" not in text and "政策法规股" not in text  # another organ; an office 各股室 names


def test_offices_carrying_tasks_are_members_and_units_the_members_say_are_not_repeated(
    draft_settings: Settings,
) -> None:
    # seventh pass, a county police bureau: 政工室 and 警务保障室 carried tasks and were left
    # out; 治安管理大队 was named beside 各大队
    departments = ["治安管理大队", "执法办案中心、看守所", "交警大队、政工室、警务保障室"]
    text = _organisation_with(draft_settings, "中共青山县公安局委员会", "县委第二巡察组", departments)
    assert "各大队、股室主要负责同志和执法办案中心、看守所、政工室、警务保障室负责同志为成员" in text, text
    assert "治安管理大队" not in text and "交警大队" not in text


@pytest.mark.parametrize(
    ("unit", "says", "not_says"),
    [
        ("中共青山县白沙镇石门村支部委员会", "村务监督委员会主任和各村民小组", "村（居）"),
        ("中共青山县白沙镇新安社区委员会", "居务监督委员会主任和各居民小组", "村（居）"),
    ],
)
def test_a_village_is_not_a_community(draft_settings: Settings, unit: str, says: str, not_says: str) -> None:
    text = _organisation(draft_settings, unit, "县委第五巡察组")
    assert says in text and not_says not in text
