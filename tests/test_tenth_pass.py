"""The tenth pass (issue 14), round 32: kinds of unit the code had not seen (a notary office, an
agricultural enforcement brigade, an animal disease control centre, a museum, a power supply
company, a city intermediate court, a grain reserve bureau, a water company). Each case is
worded differently from the fact read, so that the rule, not the sentence, is tested."""

from __future__ import annotations

import pytest

from assistant.drafting import front_matter
from assistant.drafting.context import DraftingContext
from assistant.drafting.fact_remedies import fact_remedies, facts_placeholder, unanswered_facts
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.settings import Settings
from tests.test_fact_remedies import _uniform
from tests.test_fit_drafting import _feedback
from tests.test_fit_seventh_pass import assert_remedy_case
from tests.test_front_matter_eighth import assert_group

# fact, its class, what the remedy says, what it must not
REMEDIES = [
    # a matter handled after its time limit keeps the limit from now on, not "a procedure"
    ("2024年受理的行政复议申请52件，有11件超过法定时限才办结", "overdue", "办理时限", "程序未履行完毕"),
    ("有37件不动产登记超过承诺办结时限且未告知申请人", "overdue", "延期告知", "程序未履行完毕"),
    # …a drill or a trip over its time is no case to handle
    ("应急演练从接报到出动用时35分钟，超出规定时限", "", "", ""),
    # fees taken into a person's WeChat are income kept off the books, not funds to use
    ("其中有15笔检测费共2.4万元由工作人员通过个人支付宝收取", "money", "收支两条线", "按规定用途限期使用"),
    # an agent's collections held back: collected from the agent
    ("3名抄表员代收水费未及时解缴，累计滞留资金2.1万元", "idle", "代收款项", "按规定用途限期使用"),
    # complaints of a third party's debts to farmers are not a debt of ours to press
    ("群众反映收购商拖欠售粮款问题7件", "", "", ""),
    # a loss on the books is assessed and written off or recovered, not "collected"
    ("2023年储备油轮换价差亏损12.5万元未核定处理，长期挂账", "arrears", "核定处理", "催收到位"),
    # what another's records do not hold is a mismatch to check, not our minutes to keep
    ("抽查的检疫证明中有8份所载畜禽数量在养殖档案中无记录", "", "", ""),
    # pipes past their life are renewed by plan, not sent back to a builder
    ("使用年限超过25年的供水管网约30公里未列入改造计划，2024年发生漏水事故96起", "repair", "更新改造计划", "施工单位"),
]


@pytest.mark.parametrize("case", REMEDIES, ids=[c[0][:12] for c in REMEDIES])
def test_a_fact_of_an_unseen_kind_gets_its_remedy(case: tuple[str, str, str, str]) -> None:
    assert_remedy_case(case)  # a look-alike (no class): no remedy


@pytest.mark.parametrize(
    ("fact", "quote"),
    [
        # a clause opening with 仅 goes on from the count it is measured against
        ("全县应复查不可移动文物200处，仅完成实地复查、测绘和数据录入核对工作120处", "全县应复查不可移动文物200处，仅完成"),
        # …and one opening with 较 from the figure it compares
        ("2024年末库存应急物资账面价值86万元，较盘点实存数相差12.4万元，账实不符", "2024年末库存应急物资账面价值86万元，较盘点"),
        # …and one opening with 累计 from what it adds up
        ("2名收费员代收停车费未及时解缴，累计滞留资金3.3万元", "2名收费员代收停车费未及时解缴，累计滞留资金3.3万元"),
    ],
)
def test_a_quote_keeps_what_it_goes_on_from(fact: str, quote: str) -> None:
    remedies = fact_remedies(fact)
    assert remedies and f"针对“{quote}" in remedies[0].text, remedies


def test_the_placeholder_never_joins_clauses_apart_in_the_feedback() -> None:
    """Read: "2024年仅对19家开展监督检查，其中2件超过规定时限才办结" read as one fact,
    the complaints between them left out."""
    detail = (
        "全县粮食收购主体56家，2024年仅对19家开展监督检查，覆盖率33.9%，"
        "群众反映压级压价问题4件，其中2件超过规定时限才办结。"
    )
    remedy = "针对“群众反映压级压价问题4件”的问题，按规定办理。"
    [named] = unanswered_facts(detail, [remedy], _uniform())
    assert "监督检查，其中" not in named, named
    # the quoted clause a fault goes on from is named with it
    assert "群众反映压级压价问题4件，其中2件超过规定时限才办结" in named, named


def test_a_label_marks_what_it_leaves_out() -> None:
    """Read: a notary office's placeholder dropped 涉外公证依赖市公证处 between two faults
    and joined them with a comma."""
    fact = (
        "公证参与司法辅助工作推进缓慢，2024年仅承接县人民法院委托送达事项9件，"
        "涉外公证主要依赖市公证处，对全县8000余名境外务工人员的公证需求未开展上门服务"
    )
    text = facts_placeholder([fact])
    assert "9件，对全县" not in text, text
    assert "依赖市公证处" in text or "……" in text, text


def test_a_bare_ratio_after_an_answered_clause_is_not_named_alone() -> None:
    detail = "全县应复查不可移动文物200处，仅完成实地复查120处，完成率60%，数据审核把关不严。"
    measures = [fact_remedies(detail)[0].text]
    named = unanswered_facts(detail, measures, _uniform())
    assert all(not n.startswith("完成率") for n in named), named
    # …but a ratio with nothing answered is named with the count it sums up
    alone = unanswered_facts("计划轮换8600吨，实际完成6900吨，完成率80.2%。", [], _uniform())
    assert alone and "完成率80.2%" in alone[0] and alone[0] != "完成率80.2%", alone


GROUPS = [
    # a firm headed by a 经理 has no 总经理 among its deputies
    ("中共鹉岭县燃气有限公司支部委员会", "党支部书记、经理", "综合部", "书记、经理任组长", "总经理"),
    # a notary office whose feedback names its 室 has no 股室
    ("中共鹣川县公证处支部委员会", "党支部书记、主任", "办公室", "业务室", "股室"),
    # a court's members are its 庭室, not its 庭 alone
    ("中共鸥川市中级人民法院党组", "党组书记、院长", "办公室", "各庭室", "各庭主要"),
]


@pytest.mark.parametrize(("unit", "leader", "department", "present", "absent"), GROUPS)
def test_the_group_is_worded_for_our_kind_of_unit(
    draft_settings: Settings, unit: str, leader: str, department: str, present: str, absent: str
) -> None:
    if "公证处" not in unit:
        assert_group(draft_settings, unit, leader, department, present, absent)
        return
    data = _feedback(unit, "县委第二巡察组", problems=["办证不规范", "卷宗管理不规范"]).model_dump(mode="json")
    data["defaults"] = {"leader": leader, "department": department}
    data["feedback"][0]["problems"][0]["department"] = "业务室"
    data["feedback"][0]["problems"][1]["department"] = "档案室"
    text = front_matter.organisation(DraftingContext.build(draft_settings, Feedback.model_validate(data)))
    assert present in text and absent not in text, text
