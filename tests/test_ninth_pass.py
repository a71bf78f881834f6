"""The ninth pass (issue 14), round 25: kinds of unit the code had not seen (an approval bureau,
an open university, a civil air defence office, an inspection and testing centre, a township
rest home, an agricultural extension centre, a local chronicles centre, a technician school).
Each case is worded differently from the fact read, so that the rule, not the sentence, is
tested."""

from __future__ import annotations

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine, goal_for
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.fit import MISSING_MEASURE, TOO_FEW
from assistant.drafting.hygiene import topics_named
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Deadline
from assistant.drafting.plan import build_plan
from assistant.drafting.unit_forms import unit_forms
from assistant.settings import Settings
from assistant.units import misfits, profile_for
from tests.test_fit_drafting import _feedback
from tests.test_fit_seventh_pass import _assert_only_remedy
from tests.test_front_matter_eighth import assert_group

# fact, its class, what the remedy says, what it must not
REMEDIES = [
    # equipment of a system boxed up is an asset to use, not an online service to promote
    ("采购的应急指挥平台系统设备45万元因机房未建成至今封存闲置", "idle", "闲置资产", "提高使用率"),
    # …while an online service little used still is
    ("智慧养老服务平台注册用户使用率仅为12%", "idle", "提高使用率", "闲置资产"),
    # machines not put to use are idle assets, not a backlog to list
    ("其中价值36万元的3台实训设备因无专业教师至今未投入使用", "idle", "闲置资产", "逐项列出清单"),
    # money an agent collected and held is collected from it, not "used as budgeted"
    ("通过乡镇代办点代收水费12.6万元，其中4.1万元滞留代办点3个月才上缴", "idle", "代收款项", "按规定用途限期使用"),
    # paid at the old standard: too little as well as too much
    ("3名失能老人的高龄津贴仍按原标准发放", "money", "少发的及时补发", "清退收回"),
    # fees lawfully taken and kept are paid over, not refunded
    ("收取的场地租赁费8.2万元未及时上缴县财政", "money", "足额上缴", "清退"),
    # outside staff taken on unvetted are vetted and contracted
    ("外聘教练12人未经资格审查、无聘用协议", "procedure", "资格审核", "公开组织"),
    # spending on the people we keep below its standard is made up to it
    ("住养老人人均日伙食费仅13元，低于民政部门核定的16元标准", "target", "足额保障", "按月调度进度"),
    # an earlier round's problem named in quotes is not this fact's fault: it is back again
    ("上轮巡察反馈的“账实不符”问题，整改报告称已完成，但同类问题仍然存在", "unrectified", "回头看", "盘点"),
    # round 26: a body camera worn too little is a rule of recording, equipment used too
    # little is put to use; neither is disposed of
    ("执法人员执法记录仪佩戴使用率仅为41%", "idle", "执法全过程记录", "按规定处置"),
    ("3台彩超设备使用率仅为30%", "idle", "提高使用效率", "按规定处置"),
    # a case short of evidence is corrected, never completed after the decision
    ("评查的案卷中有4件证据不足、3件询问笔录无当事人签名", "records", "依法依规纠正", "限期补齐"),
    # forms filled in by others are not true records
    ("2024年有12份巡查记录由村干部代填", "falsified", "据实更正", "开展频次"),
    # greenhouses built and idle are assets, not money to use
    ("投资21万元建设的蔬菜大棚8个建成后一直闲置", "idle", "闲置资产", "按规定用途限期使用"),
    ("监区卫生室只配备医生1名", "staffing", "配齐配强", "按月调度"),
    # a cause not found is looked into, not listed
    ("查获的违禁物品来源至今未查明", "unrectified", "查清来源", "逐项列出清单"),
]


@pytest.mark.parametrize("case", REMEDIES, ids=[c[0][:12] for c in REMEDIES])
def test_a_fact_of_an_unseen_kind_gets_its_remedy(case: tuple[str, str, str, str]) -> None:
    _assert_only_remedy(*case)


@pytest.mark.parametrize(
    ("fact", "quote"),
    [
        # a clause that opens with a count is the tail of the one before it
        ("2024年开展技能鉴定25批次、1320人次，其中2批次考评员配备不足", "2024年开展技能鉴定25批次、1320人次，其中2批次"),
        # …and one that opens with 远低于 goes on from the share it compares
        ("“双师型”教师仅占专业课教师的28%，远低于35%的建设标准", "‘双师型’教师仅占专业课教师的28%，远低于"),
        # the earlier problems a recurrence speaks of are quoted with it
        ("2022年县委巡察组指出的“公车私用”问题，整改后又出现反弹", "2022年县委巡察组指出的‘公车私用’问题，整改后"),
    ],
)
def test_a_quote_keeps_what_it_is_about(fact: str, quote: str) -> None:
    [remedy] = fact_remedies(fact)
    assert f"针对“{quote}" in remedy.text, remedy.text


def test_an_office_names_itself_ban_not_shi(draft_settings: Settings) -> None:
    assert unit_forms("中共鸥川县人民防空办公室党组").organ == "办"
    assert unit_forms("中共鸥川县委党史研究室支部委员会").organ == "室"  # a 研究室 is one
    context = DraftingContext.build(draft_settings, _feedback("中共鸥川县人民防空办公室党组", "县委第四巡察组"))
    assert context.ours.party_short == "办党组"  # 区工委坚决扛起… read 室党组坚决扛起…


GROUPS = [
    # an open university and a technician school have no 年级组, and a branch has no office
    ("中共鸥川县开放大学支部委员会", "校党支部书记、校长", "教务处", "各处室、教学部门主要负责同志", "年级组"),
    ("中共鸥川县开放大学支部委员会", "校党支部书记、校长", "教务处", "办公室设在校办公室", "校党支部办公室"),
    ("中共鸥川县技工学校支部委员会", "校党支部书记、校长", "教务科", "专业系部", "年级组"),
    # a township rest home has its 班组, not a bureau's 股室
    ("中共鸥川县青石镇中心敬老院支部委员会", "党支部书记、院长", "院办公室", "各班组主要负责同志", "股室"),
    # round 26: a detention centre is a police 所 working through its 中队, its office its 综合室
    ("中共鸥川县公安局看守所支部委员会", "所党支部书记、所长", "所综合室", "各中队主要负责同志", "局"),
    ("中共鸥川县看守所支部委员会", "所党支部书记、所长", "所综合室", "办公室设在所综合室", "股室"),
    # a liaison office is an 办事处: 处党支部 reads as a 处-level branch
    ("中共鸥川县人民政府驻省城办事处支部委员会", "办事处党支部书记、主任", "综合科", "成立办事处党支部巡察整改工作领导小组", "成立处党支部"),
]


@pytest.mark.parametrize(("unit", "leader", "department", "present", "absent"), GROUPS)
def test_the_group_is_worded_for_our_kind_of_unit(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    assert_group(draft_settings, unit, leader, department, present, absent)


def test_a_centres_own_meeting_is_its_directors_and_offices_with_units_are_a_bureaus() -> None:
    centre, bureau = profile_for("中共鸥川县检验检测中心支部委员会"), profile_for("中共鸥川县民政局党组")
    meeting = "召开主任办公会议研究整改工作"
    assert misfits(meeting, centre) == [] and misfits(meeting, bureau) != []
    heads = "督促责任领导和科室（单位）负责人对照标准逐个整改"
    assert misfits(heads, centre) != [] and misfits(heads, bureau) == []


def test_an_item_left_open_says_what_it_holds(draft_settings: Settings) -> None:
    """Read: every finding said 【待补充：结合本单位业务的整改措施】 was left, where the plan held
    measures for the feedback's own facts and a placeholder naming the facts still open."""
    data = _feedback("中共鸥川县检验检测中心支部委员会", "县委第一巡察组").model_dump(mode="json")
    detail = "2023年采购的质谱测算设备45万元因实验室未建成至今封存闲置；火星样品前处理流程与轨道测算规程衔接不畅，星图校准周期不明确"
    data["feedback"] = [{"title": "履行职能方面", "problems": [{"title": "火星样品检测能力不足", "detail": detail}]}]
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    plan = build_plan(context, ExtractiveEngine())
    [item] = plan.items
    own = [m.text for m in item.measures if not m.citations and "闲置资产" in m.text]
    assert own and MISSING_MEASURE not in [m.text for m in item.measures]
    [finding] = [f for f in plan.findings if f.check == TOO_FEW]
    assert MISSING_MEASURE not in finding.message and "【待补充：针对“" in finding.message, finding.message


def test_a_goal_nests_the_quotes_of_its_title() -> None:
    goal = goal_for("“三重一大”决策制度执行不到位", Deadline(kind="长期坚持"))
    assert goal.startswith("针对“‘三重一大’决策制度执行不到位”问题"), goal


def test_one_matter_gets_at_most_two_borrowed_measures(draft_settings: Settings) -> None:
    """Read twice: three rules on 公务接待 under one problem read as one measure thrice."""
    data = _feedback("中共鸥川县青石镇中心敬老院支部委员会", "县委第五巡察组").model_dump(mode="json")
    problems = [{"title": "落实中央八项规定精神不够严格", "detail": "公务接待管理不规范，接待审批不严，接待清单不全，超标准接待"}]
    data["feedback"] = [{"title": "全面从严治党方面", "problems": problems}]
    context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
    [item] = build_plan(context, ExtractiveEngine()).items
    borrowed = [m.text for m in item.measures if m.citations]
    on_reception = [t for t in borrowed if "公务接待" in topics_named(t, context.fit)]
    assert len(on_reception) <= 2, borrowed
