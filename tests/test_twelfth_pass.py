"""The twelfth pass (issue 14): round 41's faults that the eleventh pass left, and the faults
read in rounds 42-43. Each case is worded differently from the fact read."""

from __future__ import annotations

import pytest

from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.open_facts import facts_placeholder, unanswered_facts
from tests.test_fact_remedies import _uniform
from tests.test_fit_seventh_pass import assert_remedy_case

# round 41, left by the eleventh pass
ROUND_41 = [
    # meals taken from those we inspect: the staff handled and the rule kept, not "程序未履行完毕的
    # 一律不得实施" (the approval-procedure wording) nor a project's schedule
    ("2024年有3名稽查人员在被检查企业接受工作餐", "case", "处理到位", "程序未履行完毕"),
    ("1名监管人员接受被监管企业宴请被给予诫勉处理后仍未开展警示教育", "case", "开展警示教育", "按月调度"),
    # ...a lending company's meal is still a meal, not a loan case whose losses are recovered
    ("1名工作人员接受辖区小额贷款公司安排的宴请", "case", "宴请", "追回损失"),
    # contracts missing beside the insurance are both owed
    ("聘用的12名保洁人员中有4人未签订劳动合同、未参加工伤保险", "money", "签订劳动合同", None),
    # a stock that does not square with the books is counted, not left to a bare placeholder
    ("水泥库存账面数量与实际盘点相差8.4吨", "stocktake", "全面盘点清查", None),
]


@pytest.mark.parametrize("case", ROUND_41)
def test_a_fact_read_in_this_pass_gets_its_remedy(case: tuple[str, str, str, str | None]) -> None:
    assert_remedy_case(case)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("detail", "answered", "named"),
    [
        # read: 非法采砂点 in no measure and no placeholder
        (
            "巡察期间在清水河下游发现3处非法取土点，河道巡查记录缺失12天。",
            "河道巡查记录缺失12天",
            "非法取土点",
        ),
        # read: 消防通道堆放杂物 left out
        (
            "教学楼消防通道堆放杂物，2024年以来灭火器未按规定年检。",
            "2024年以来灭火器未按规定年检",
            "消防通道堆放杂物",
        ),
    ],
)
def test_a_fault_worded_without_the_usual_words_is_named(detail: str, answered: str, named: str) -> None:
    found = unanswered_facts(detail, [f"针对“{answered}”的问题，按规定办理。"], _uniform())
    assert any(named in n for n in found), found


def test_a_summary_of_a_quoted_instance_is_not_named_again() -> None:
    """Read: "计划调整随意" named open beside a quoted "有4个项目未报…批准即予取消"."""
    detail = "年度检查计划调整随意，有3个检查项目未报局党组批准即予取消。"
    measure = "针对“有3个检查项目未报局党组批准即予取消”的问题，按规定办理。"
    assert unanswered_facts(detail, [measure], _uniform()) == []


# round 42: a disease control centre, a grain reserve company, a mountain township, a vocational
# school, a women's federation, a state forest farm, a housing fund branch and a county hospital
ROUND_42 = [
    # a debt plan behind schedule is a debt to pay down, not a budget to spend
    ("截至2024年底全镇村级负债余额512万元，化债计划执行率仅为41%", "idle", "化解", "预算执行"),
    # a title put forward without the branch is not a recruitment
    ("2024年的3次职称推荐未经党支部会议研究", "procedure", "评优评先", "招聘"),
    # ...but a cadre's missing democratic recommendation keeps the procedure's own wording
    ("2024年调整的2名中层干部未经民主推荐", "procedure", "程序", "职称"),
    # a price never asked is a purchase rule, not the reception named beside it
    ("采购宣传品2.6万元未履行询价程序，有3批次公务接待无公函", "procedure", "询价比价", "公务接待"),
    # drugs bought off the platform come back onto it; volumes agreed under 集采 are steered
    ("2024年有21个品种药品在省级平台外线下采购、金额86万元", "purchase", "集中采购平台", None),
    ("集采中选药品有5个品种未完成约定采购量、完成率不足60%", "target", "中选药品", "按要求完成目标任务"),
    # medical waste handed over unrecorded is a handover rule, not goods to trace
    ("医疗废物交接登记有12天记录缺失", "minutes", "医疗废物", "物品去向"),
    # a system's accounts are cleaned up, not benefits of the dead stopped
    ("1名调离人员的业务系统账号至巡察时仍未注销", "unrectified", "权限", "已死亡"),
    # a case owed to the police by a unit with no penalty of its own: referred
    ("对协助骗提的2家中介机构未移送公安机关处理", "oversight", "移送公安机关", "应罚尽罚"),
    # checks that found nothing are the checker's oversight, not a target
    ("另有2家企业按低于最低工资标准的基数缴存，审核时未发现和纠正", "oversight", "核查", "目标任务"),
    # money spent on something else goes back where it belongs; funds carried over unused are used
    ("2024年有6.2万元被乡镇统筹用于其他支出", "money", "归还原渠道", None),
    ("2023年结转的专项资金8.4万元至巡察时仍未使用", "idle", "限期使用", "逐项列出清单"),
    # money paid late is paid on time from now on
    ("补偿资金12.6万元迟至2025年3月才兑付到村", "idle", "拨付到位", None),
]


@pytest.mark.parametrize("case", ROUND_42)
def test_a_fact_read_in_round_42_gets_its_remedy(case: tuple[str, str, str, str | None]) -> None:
    assert_remedy_case(case)  # type: ignore[arg-type]


def test_money_the_feedback_says_is_back_is_not_promised_back() -> None:
    """Read: "违规使用的资金…追回" under "违规资金已退回，但对…未追责"."""
    detail = "2024年医保检查发现违规使用医保基金86.2万元；违规资金已全部退回，但对相关科室未追责。"
    [money, *_] = fact_remedies(detail)
    assert "追回" not in money.text and "追究责任" in money.text, money.text


def test_a_date_with_its_own_subject_does_not_take_another_fault_into_its_quote() -> None:
    """Read: 林地流转未经表决 quoted with the village debt's rate that followed it."""
    detail = "3个村集体土地流转未经村民代表会议表决，截至2024年底全镇村级负债余额512万元，化债计划执行率仅为41%。"
    [remedy] = [r for r in fact_remedies(detail) if "化债" in r.text]
    assert "表决" not in remedy.text, remedy.text
    # ...while a date going back to the clause before keeps it (截至巡察时仍有…)
    detail = "2024年巡查发现破损井盖212个，截至巡察时仍有31个未修复。"
    [remedy] = fact_remedies(detail)
    assert "井盖" in remedy.text, remedy.text


@pytest.mark.parametrize(
    ("detail", "answered", "absent", "present"),
    [
        # the standard a quoted shortfall missed is its rest, however long
        (
            "医院开放床位380张，仅配备专职院感管理人员1名，低于每200至250张床位配备1名的要求；手卫生依从率仅58%。",
            "医院开放床位380张，仅配备专职院感管理人员1名",
            "低于每200至250张床位",
            "手卫生依从率",
        ),
        # money held and not booked is the rest of its quote; a fee added on is not
        (
            "有8.6万元服务收入滞留在科室自行收取的收款码中，未及时纳入单位财务统一核算；违规加收配送费1.2万元。",
            "有8.6万元服务收入滞留在科室自行收取的收款码中",
            "未及时纳入",
            "配送费",
        ),
        # cars parked away over holidays, costs borne by a bank: faults without the usual words
        (
            "2辆公务用车无派车单，节假日有4次停放在场外。",
            "2辆公务用车无派车单",
            None,
            "停放在场外",
        ),
        (
            "与合作银行联合开展宣传活动，由银行承担餐费、礼品等费用0.8万元，工作人员有2次接受银行安排的工作餐。",
            "工作人员有2次接受银行安排的工作餐",
            None,
            "由银行承担",
        ),
    ],
)
def test_what_goes_with_a_quote_and_what_stays_open(detail: str, answered: str, absent: str | None, present: str) -> None:
    found = " ".join(unanswered_facts(detail, [f"针对“{answered}”的问题，按规定办理。"], _uniform()))
    assert absent is None or absent not in found, found
    assert present in found, found


def test_a_label_is_not_cut_mid_word() -> None:
    """Read: "……账森林生态效益补偿资金" (of 到账) and "…药物治疗学委……" (of 委员会)."""
    fact = (
        "2024年有38个品种药品通过平台外线下采购、金额186.2万元，3家中药饮片供应企业"
        "未经药事管理与药物治疗学委员会遴选即纳入供货目录"
    )
    label = facts_placeholder([fact])
    assert "学委……" not in label and "委员会遴选" in label, label


def test_a_branch_of_a_centre_named_管理部_is_its_管理部() -> None:
    """Read: "中心党支部" for a housing fund's county 管理部 branch."""
    from assistant.units import profile_for

    profile = profile_for("中共鹝州市住房公积金管理中心鹝岭县管理部支部委员会")
    assert (profile.short, profile.head) == ("管理部", "主任"), profile
