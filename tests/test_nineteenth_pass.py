"""The nineteenth pass (issue 14): faults an independent reader found in round 66's county
agriculture bureau and county medical security bureau, and the placeholders both readers of
round 66 (those two, a street office and a forest farm) read as naming what a measure of the
same item already answers. Each case is worded differently from the text read; the wording
that must stay is kept beside it."""

from __future__ import annotations

from assistant.drafting.fact_remedies import fact_remedies
from tests.test_eighteenth_pass import _placeholder
from tests.test_fifteenth_pass import _only


# -- remedies ---------------------------------------------------------------------------------
def test_pay_with_no_record_of_the_work_is_checked_and_recovered() -> None:
    text = _only("2024年向站内职工发放值班补助2.8万元无值班记录")
    assert "清退" in text and "杜绝事后补记" not in text, text
    # a meeting's record missing is still a record to keep
    assert "杜绝事后补记" in _only("2024年党组会议有5次无会议记录")


def test_papers_no_longer_required_are_no_longer_asked_for() -> None:
    detail = "政务服务窗口办理低保申请仍要求提供无犯罪记录证明等已取消的材料，2024年有52件因材料不全被退件。"
    text = _only(detail)
    assert "已取消的材料”" in text and "不得要求群众提供已取消的材料" in text, text
    assert "台账和登记制度" not in text
    # those turned away are taken up by the same measure, not named open again
    assert "退件" not in _placeholder(detail)


def test_members_never_recruited_are_recruited_not_reviewed() -> None:
    text = _only("所属单位党支部2022年以来未发展党员，3名入党积极分子培养考察记录缺失")
    assert "制定发展党员工作计划" in text and "逐一复核" not in text, text
    # members admitted against the rules are still reviewed
    assert "逐一复核" in _only("2023年发展党员6名，其中2名入党积极分子培养考察材料缺失")


def test_money_left_unclaimed_on_cards_is_not_a_late_payment() -> None:
    detail = "有12名已去世人员的养老补助未及时变更领取人，社保卡内资金0.8万元滞留未领。"
    text = _only(detail)
    assert "滞留未领资金" in text and "限期按规定拨付到位" not in text, text
    assert _placeholder(detail) == ""
    # money held at a township on its way is still paid out
    assert "拨付到位" in _only("救助资金12万元滞留乡镇财政所，未及时发放")


# -- placeholders -----------------------------------------------------------------------------
def _answered(detail: str, clause: str) -> bool:
    return bool(fact_remedies(detail)) and clause not in _placeholder(detail)


def test_posts_never_rotated_are_answered_by_the_rotation() -> None:
    detail = "对审批、财务等关键岗位人员未按规定定期轮岗，有4人在同一岗位连续工作超过8年。"
    assert "交流轮岗" in _only(detail)
    assert _answered(detail, "未按规定定期轮岗")


def test_a_look_back_never_made_is_answered_by_the_look_back() -> None:
    detail = (
        "2020年县委巡察反馈的“食堂管理不规范”等3个问题，整改报告称已全部完成，但仍有1个问题未整改到位，"
        "3项长效制度仅停留在文件上；党委对整改情况未开展“回头看”，整改主体责任落实不到位。"
    )
    assert "回头看" in _only(detail)
    assert "未开展" not in _placeholder(detail)


def test_estates_with_no_branch_are_answered_by_founding_them() -> None:
    detail = "小区党支部覆盖率仅为36%，有9个物业小区未建立党组织。"
    assert "单独组建" in _only(detail)
    assert _answered(detail, "未建立党组织")


def test_a_procedure_skipped_is_quoted_with_the_act_it_belongs_to() -> None:
    detail = "2024年改造项目中，有1处泵站擅自调整建设位置，未履行调整报批程序；另有2个项目未按期完工。"
    text = _only(detail)
    assert "擅自调整建设位置，未履行调整报批程序”" in text, text
    assert "擅自调整" not in _placeholder(detail)


def test_meals_paid_for_by_those_inspected_are_answered_or_named_open() -> None:
    detail = (
        "2024年以“执法检查”名义列支公务接待费用12笔、金额1.6万元，其中5笔无公函、无接待清单，"
        "有2次接待由被检查企业承担住宿费。"
    )
    # named open until the fortieth pass gave such meals a wording of their own (repaid, the guests dealt with)
    text = _only(detail)
    assert "由被检查企业承担住宿费" in _placeholder(detail) or ("由被检查企业承担住宿费”" in text and "代付" in text), text


def test_a_short_setting_between_two_named_faults_is_kept() -> None:
    detail = (
        "安全生产责任意识不强，2024年汛期库区连续发生管涌险情3处，受损堤段共计120米，"
        "其中2处发生在东坡段，值守人员脱岗未能及时发现并上报。"
    )
    assert "意识不强，2024年汛期库区连续发生管涌险情3处，受损堤段" in _placeholder(detail)


def test_work_begun_before_its_permit_is_named_open() -> None:
    detail = "2024年实施管网改造项目5个，有1个标段在施工许可证核发前即进场施工，另有2个项目拆分为6个合同规避公开招标。"
    assert "规避公开招标”" in _only(detail)
    assert "核发前即进场施工" in _placeholder(detail)


# -- round 67 (a county ethnic and religious affairs bureau, read by the author) ----------------
def test_money_held_for_a_project_never_started_goes_to_the_project() -> None:
    text = _only("2024年下达乡村振兴衔接资金的3个项目因手续未办理长期未开工，资金46万元在镇财政所滞留9个月")
    assert "加快推进项目实施" in text and "闲置资产" not in text, text


def test_a_member_admitted_by_count_is_a_recruitment_to_review() -> None:
    text = _only("2024年发展的2名党员政审材料缺失，思想汇报不全")
    assert "党员发展情况逐一复核" in text and "台账" not in text, text


def test_a_rotation_not_finished_is_finished_by_a_date() -> None:
    text = _only("县级储备食用油规模800吨，2024年计划轮换300吨，实际完成210吨")
    assert "未完成的轮换任务" in text and "不达标的储备物资" not in text, text


def test_a_sites_donations_go_to_the_sites_account() -> None:
    text = _only("抽查的4处宗教活动场所中，有2处2024年收到的功德款共计8.6万元未纳入场所账户，由负责人个人微信收取")
    assert "纳入场所账户" in text and "收支两条线" not in text, text
    # our own income kept in a personal account is still ours to put in the books
    assert "收支两条线" in _only("2024年场地租金3.2万元由出纳个人微信收取，未纳入单位账户")
