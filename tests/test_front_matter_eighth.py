"""The leading group of the eighth pass (issue 14): kinds of unit read in rounds 17 to 22 whose
组织领导 was wrong (a 政法委, an 编办, a 巡察办, a 党史研究室, a 公证处, enforcement and traffic-police
大队, a 派出所, a township's 财政所, a 福利院, a village's 股份经济合作社, a charity federation, a
teacher-training school, a university for the elderly, a firm whose 书记 is its 总经理)."""

from __future__ import annotations

import pytest

from assistant.drafting import front_matter
from assistant.drafting.context import DraftingContext
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.settings import Settings
from assistant.units import misfits, profile_for
from tests.test_fit_drafting import _feedback
from tests.test_fit_fourth_pass import _with_defaults

# unit, the feedback's default leader and office, what the paragraph says, what it must not
GROUPS = [
    # round 18: a 政法委 is led by its 书记 and its 委务会 (its 委员会 seats the court's
    # president), and the 常务副书记 the feedback makes responsible does not head the group
    ("中共莼溪县委政法委员会", "县委政法委常务副书记", "县委政法委办公室",
     "成立委务会巡察整改工作领导小组，由政法委书记任组长，委务会其他成员任副组长", "常务副书记任组长"),
    # an 编办 is not 办室务会, and its office is its 综合股, not 办办公室
    ("中共芡塘县委机构编制委员会办公室", "县委编办主任", "综合股", "成立室务会巡察整改工作领导小组，由主任任组长", "办办公室"),
    ("中共芡塘县委机构编制委员会办公室", "县委编办主任", "县委编办主任", "办公室设在综合股", "办办公室"),
    # a 公证处 and a 大队 call themselves so, and their 综合办公室 is theirs
    ("中共荞川县公证处支部委员会", "公证处党支部书记、主任", "公证处综合办公室", "成立公证处党支部巡察整改工作领导小组", "处党支部办公室"),
    ("中共菰阳县交通运输综合行政执法大队支部委员会", "大队党支部书记、大队长", "大队综合办公室", "办公室设在大队综合办公室", "设在党支部办公室"),
    # round 19: a 派出所 is a 所 of the 公安局: its staff, not the bureau's 大队 and 局办公室
    ("中共芪岭县公安局桃源派出所支部委员会", "派出所党支部书记、所长", "派出所综合室",
     "成立所党支部巡察整改工作领导小组，由派出所党支部书记、所长任组长", "局"),
    # a township's 财政所 is not a member of its own group
    ("中共莨岭县财政局青溪镇财政所支部委员会", "所党支部书记、所长", "青溪镇财政所", "所内全体干部职工为成员", "和青溪镇财政所"),
    # a 巡察办's office is not itself
    ("中共莳塘县委巡察工作领导小组办公室", "县委巡察办主任", "县委巡察办", "办公室设在综合股", "设在县委巡察办"),
    # a 福利院 is an institution led by its 院长, its office the 院办公室
    ("中共苋川县儿童福利院支部委员会", "党支部书记、院长", "院办公室", "办公室设在院办公室", "院党支部办公室"),
    # round 21: a 党史研究室 is not a 部; a 社区卫生服务中心 is not a 院
    ("中共蕨岭县委党史研究室", "县委党史研究室主任", "办公室", "成立室务会巡察整改工作领导小组，由主任任组长", "部务会"),
    ("中共菘溪县城关街道社区卫生服务中心支部委员会", "中心党支部书记、主任", "办公室",
     "其他中心领导班子成员", "院党支部"),  # (no 副书记 the feedback never names: thirty-seventh pass)
    # one person is 书记、董事长 and 总经理: not also a deputy
    ("中共蒗塘县国有粮食收储有限公司支部委员会", "公司党支部书记、董事长、总经理", "办公室",
     # (since round 75 a company's branch names no 副书记: a reader struck one the feedback never showed)
     "任组长，其他班子成员任副组长", "总经理、公司"),
    # round 22: a 交警大队 is not its 公安局
    ("中共葳塘县公安局交通警察大队委员会", "大队党委书记、大队长", "大队党委",
     "成立大队党委巡察整改工作领导小组，由大队党委书记、大队长任组长，教导员、大队党委其他成员任副组长，各中队", "局"),
    ("中共苈岭县慈善总会支部委员会", "总会党支部书记、会长", "秘书处", "办公室设在秘书处", "会党支部办公室"),
    # (since round 88 no 培训部: a school with a 培训处 read one it does not have)
    ("中共茳阳县教师进修学校支部委员会", "校党支部书记、校长", "学校办公室", "、教研室主要负责同志", "培训部"),
    # the 常务副校长 who leads is not a deputy again; the 校长 still is
    ("中共蔸岭县老年大学支部委员会", "校党支部书记、常务副校长", "学校办公室",
     "由校党支部书记、常务副校长任组长，校长及其他校领导班子成员任副组长", "年级组"),
    # round 23: a committee's 网信办 is an office of the committee (室务会), not a bureau's 党组
    ("中共茱阳县委网络安全和信息化委员会办公室", "县委网信办主任", "综合股", "成立室务会巡察整改工作领导小组，由主任任组长", "党组"),
    # a 直属机关工委 is its own 工委, not 委工委
    ("中共萁岭县委直属机关工作委员会", "县直机关工委书记", "工委办公室", "成立工委巡察整改工作领导小组", "委工委"),
    # a 消防救援大队 works through its 消防救援站, not 中队
    ("中共藕塘县消防救援大队委员会", "大队党委书记、政治教导员", "大队综合室", "各消防救援站、股室主要负责同志", "中队"),
]


@pytest.mark.parametrize(("unit", "leader", "department", "present", "absent"), GROUPS)
def test_the_group_is_worded_for_our_kind_of_unit(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    assert_group(draft_settings, unit, leader, department, present, absent)


def assert_group(settings: Settings, unit: str, leader: str, department: str, present: str, absent: str) -> None:
    """The 组织领导 of ``unit`` whose feedback names ``leader`` and ``department`` says
    ``present`` and not ``absent``."""
    context = DraftingContext.build(settings, _with_defaults(unit, "县委第二巡察组", leader, department))
    text = front_matter.organisation(context)
    assert present in text and absent not in text, text


def test_a_committee_named_by_its_work_is_not_a_party_committee(draft_settings: Settings) -> None:
    context = DraftingContext.build(draft_settings, _feedback("中共莼溪县委政法委员会", "县委第二巡察组"))
    assert context.ours.party_short == "委务会"  # 区工委坚决扛起… becomes 委务会坚决扛起…, not 委党委
    organs = DraftingContext.build(draft_settings, _feedback("中共萁岭县委直属机关工作委员会", "县委第四巡察组"))
    assert organs.ours.party_short == "工委"  # not 工委党委, which read 委党委 in a plan
    # the same name in the precedents' clauses as in the group: 室务会, not 办室务会
    office = DraftingContext.build(draft_settings, _feedback("中共芡塘县委机构编制委员会办公室", "县委第四巡察组"))
    assert office.ours.party_short == front_matter.our_unit(office) == "室务会"
    brigade = profile_for("中共菰阳县交通运输综合行政执法大队支部委员会")
    assert (brigade.kind, brigade.head, brigade.short, brigade.subunits[0]) == ("public_institution", "大队长", "大队", "中队")
    # a police 大队 is still the police's
    assert profile_for("中共青山县公安局交通警察大队委员会").kind == "police"


def test_a_police_stations_rooms_are_its_staff(draft_settings: Settings) -> None:
    data = _feedback("中共芪岭县公安局桃源派出所支部委员会", "县委第二巡察组", problems=["接处警不规范"]).model_dump(mode="json")
    data["feedback"][0]["problems"][0]["department"] = "派出所值班室"
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    assert "值班室" not in front_matter.organisation(context)


def test_a_villages_joint_stock_cooperative_is_the_villages(draft_settings: Settings) -> None:
    unit = "中共葑溪县河口镇柳湾村股份经济合作社支部委员会"
    profile = profile_for(unit)
    assert (profile.kind, profile.head, profile.short) == ("village", "理事长", "合作社")
    context = DraftingContext.build(draft_settings, _feedback(unit, "县委第三巡察组"))
    text = front_matter.organisation(context)
    assert "由合作社党支部书记、理事长任组长，理事会、监事会其他成员任副组长" in text, text
    assert "公司" not in text and misfits(text, profile) == []


@pytest.mark.parametrize(
    ("deputies", "leader", "expected"),
    [
        ("总经理、公司党支部副书记及其他班子成员", "公司党支部书记、董事长、总经理", "公司党支部副书记及其他班子成员"),
        ("校长、常务副校长及其他校领导班子成员", "校党支部书记、常务副校长", "校长及其他校领导班子成员"),
        ("社区居委会主任及社区“两委”其他成员", "社区党委书记、居委会主任", "社区“两委”其他成员"),
    ],
)
def test_the_deputies_leave_out_the_roles_the_leader_holds(deputies: str, leader: str, expected: str) -> None:
    from assistant.drafting.front_matter import _without_roles

    assert _without_roles(deputies, leader, "社区") == expected
