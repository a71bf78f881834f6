"""The sixteenth pass (issue 14): faults found by independent readers in round 58's plans (a
culture and tourism bureau, an emergency management bureau, a kindergarten, a market
regulation bureau, a transport bureau, a village, a township), each feedback document written
by another helper. Each case is worded differently from the text read; the wording that must
stay is kept beside it."""

from __future__ import annotations

from assistant.drafting.fact_remedies import fact_remedies, facts_of
from assistant.drafting.open_facts import unanswered_facts
from assistant.drafting.open_labels import facts_placeholder
from tests.test_fifteenth_pass import _only, _uniform


def _open(detail: str) -> list[str]:
    """The facts of ``detail`` its remedies leave open."""
    return unanswered_facts(detail, [r.text for r in fact_remedies(detail)], _uniform())


# -- quotes and what goes with them -----------------------------------------------------------
def test_a_deed_not_put_to_the_meeting_is_quoted_with_the_deed() -> None:
    text = _only("村集体的3处林地于2021年直接租给外村人员，未经村民代表会议表决、未进入农村产权交易平台")
    assert "针对“村集体的3处林地于2021年直接租给外村人员，未经村民代表会议表决、未进入农村产权交易平台”" in text


def test_the_rest_of_a_quoted_fault_is_not_named_open_again() -> None:
    # income kept out of the books, then "not paid into the account"
    assert _open("2024年场地租金共计1.8万元由出纳现金收取后坐收坐支，未存入单位账户") == []
    # goods bought under one name and claimed under another
    assert _open("2024年以“会议用品”名义购买烟酒0.6万元，并以设备维修费名义报销") == []
    # the count of a quoted reception, then what its bills lacked
    assert _open("以“业务交流”名义列支接待费用，2024年共12笔、金额0.9万元，其中5笔无公函、陪餐人员清单") == []
    # the quoted claim, then "the trip was not so"
    assert _open("1名干部以“调研”名义报销差旅费0.8万元，实际行程与报销事项不一致") == []
    # a reception of the quoted sum, over the standard, clauses later
    detail = "以“招商推介”名义列支公务接待费用15笔、金额3.1万元，其中6笔无接待清单，2笔接待存在超标准问题"
    assert _open(detail) == []
    # a fault of its own after a quote stays open
    assert _open("2024年场地租金共计1.8万元由出纳现金收取后坐收坐支，未存入单位账户，另有2名职工长期脱岗未处理") == [
        "另有2名职工长期脱岗未处理"
    ]


def test_only_inspected_never_fined_is_the_penalty_owed() -> None:
    detail = "2024年检查企业600余家次，但立案查处仅19起，“只查不罚”“以教代罚”“以整改代处罚”现象突出"
    assert "应罚尽罚" in _only(detail)
    assert _open(detail) == []


def test_the_same_patch_held_too_long_is_a_rotation_owed() -> None:
    detail = "执法人员交流轮岗制度执行不严，有3人在同一辖区从事执法检查超过6年"
    assert _open(detail) == []


def test_the_groups_instruction_alone_in_a_sentence_is_no_fact() -> None:
    facts = facts_of("食堂账目未公示。违规收取的资料费须在反馈之日起1个月内全部退还。")
    assert facts == ["食堂账目未公示"]


def test_a_rectification_left_on_paper_is_named_by_its_fault() -> None:
    fact = "对2022年上轮巡察反馈的“执法案卷管理不规范”“公务用车管理混乱”等4个问题，局党组虽制定整改方案，但有3个问题整改措施停留在制定制度层面"
    assert "停留在制定制度层面" in facts_placeholder([fact])


# -- the action for the fact ------------------------------------------------------------------
def test_a_licence_issued_unchecked_is_checked_on_site_not_stored_in_pairs() -> None:
    text = _only("2024年核发危险化学品经营许可证21件，其中6件无现场核查记录")
    assert "现场核查" in text and "双人保管" not in text
    # chemicals kept without the pair rule keep the store wording
    assert "双人保管" in _only("实验室危险化学品未执行双人双锁管理，领用记录不全")


def test_money_held_and_paid_out_late_since_is_not_owed_any_more() -> None:
    text = _only("2个乡镇代发的临时救助资金18.6万元在乡镇财政所滞留3个多月才发放到户")
    assert "限期按规定拨付到位" not in text and "滞留原因" in text
    # money still held is paid out
    assert "限期按规定拨付到位" in _only("耕地地力保护补贴资金26万元滞留在乡镇财政所未发放")


def test_subsidies_the_deciders_paid_themselves_unstudied_are_refunded() -> None:
    text = _only("2024年以“值班补助”名义为村“两委”成员发放补贴0.9万元，未经村民代表会议研究")
    assert "清退" in text and "四议两公开" not in text
    # a project not put to the villagers keeps the village procedure
    assert "四议两公开" in _only("村部维修项目8.6万元未经村民代表会议表决")


def test_a_public_place_put_to_other_use_is_opened_again() -> None:
    text = _only("全县9个村级农家书屋中有3个被挪作他用或长期闭门")
    assert "恢复原有功能" in text
    # money moved to another use keeps the money wording alone
    assert "恢复原有功能" not in _only("项目资金12万元被用于办公楼维修，改变资金用途")


def test_visitors_received_are_no_reception() -> None:
    text = _only("2个景区申报材料中游客接待量与实际不符，违规获得奖补资金30万元")
    assert "公务接待" not in text


def test_money_paid_in_during_the_inspection_is_settled() -> None:
    text = _only("3名党员少缴党费共计1960元，已于巡察期间补缴")
    assert "督促足额缴纳到位" not in text and "限期足额补交" not in text
    # dues still owed are paid up (the twenty-second pass's own dues wording)
    assert "限期足额补交党费" in _only("3名党员少缴党费共计1960元")


def test_a_reception_s_missing_papers_and_excess_go_with_its_quote() -> None:
    detail = "2024年以“调研座谈”名义列支餐费8笔共计1.6万元，无公函和接待清单，其中2笔超出接待标准"
    assert _open(detail) == []
    # an excess of another matter after it stays open
    assert _open("2024年以“调研座谈”名义列支餐费8笔共计1.6万元，公务用车加油费超出预算3.2万元") != []


def test_a_post_deserted_and_a_firm_recommended_are_named_open() -> None:
    """No measure answered them and no placeholder named them (round 58)."""
    # a watch left is answered since the twenty-second pass (its duty class); the drill is named open, or
    # answered since the twenty-fifth pass (a second fault of a fact gets its own measure)
    detail = "2024年仅组织应急演练1次，汛期抽查值班值守2次发现脱岗"
    text = " ".join(r.text for r in fact_remedies(detail))
    assert "值班值守制度" in text and ("“2024年仅组织应急演练1次”" in text or any("应急演练" in f for f in _open(detail))), text
    assert any("推介" in f for f in _open("1名执法人员向企业推介特定安全评价机构"))
    assert any("书面作业" in f for f in _open("中班、大班布置家庭书面作业，统一征订练习册"))


# -- round 59 (a hospital, a senior middle school, an audit bureau) ---------------------------
def test_clues_not_handled_are_handled_not_a_lesson_drawn() -> None:
    text = _only("院纪委对群众反映个别医生收受“红包”的3条问题线索未按规定及时处置")
    assert "核查处理" in text and "以案为鉴" not in text
    # a case closed with a penalty keeps the lesson
    assert "以案为鉴" in _only("1名医生收受医药代表回扣0.8万元，已被给予党内警告处分")


def test_staff_lent_out_are_quoted_from_the_secondment() -> None:
    detail = "有3名在编教师长期借调县直单位，工资由学校发放，借调手续不全"
    assert "针对“有3名在编教师长期借调县直单位”" in _only(detail)
    assert _open(detail) == []


def test_a_bonus_outside_the_pay_total_unapproved_goes_with_its_quote() -> None:
    detail = "2024年以“中考奖”名义向教职工发放奖金共计32万元，未纳入绩效工资总量管理，也未报县人社局审批"
    assert _open(detail) == []


# -- round 60 (a township health centre, a water resources bureau, an urban sub-district) -----
def test_a_tax_others_owe_is_handed_over_not_collected() -> None:
    detail = "3家取水户申报水量与实际不符，涉及少缴水资源税约8.2万元，未及时移送税务部门处理"
    text = _only(detail)
    assert "移送税务部门" in text and "督促足额缴纳" not in text
    # dues our own members owe are still collected (the twenty-second pass's own dues wording)
    assert "限期足额补交党费" in _only("3名党员少缴党费共计1960元")


def test_a_fund_spent_on_car_insurance_is_money_misused_not_insurance_owed() -> None:
    text = _only("以“抗旱应急”名义列支的20万元中有3.6万元用于车辆保险和办公楼维修，改变资金用途")
    assert "补缴保险费" not in text and "归还原渠道" in text
    assert "补缴保险费" in _only("2024年聘用的5名编外人员未参加社会保险")


def test_a_meal_at_a_restaurant_under_a_work_name_is_a_reception() -> None:
    detail = "2024年以“项目协调”名义在镇上饭店安排工作餐6次，费用0.8万元由单位经费列支，无审批单和陪餐人员清单"
    assert "公务接待" in _only(detail)
    assert _open(detail) == []


def test_an_idle_x_ray_machine_is_put_to_use_not_money_cleared() -> None:
    text = _only("2024年以42万元采购的彩超因无具备资质的操作人员，至巡察时累计闲置达7个月")
    assert "投入使用" in text and "上缴" not in text


# -- round 61 (a county civil affairs bureau, a county urban investment company) -------------
def test_land_we_hold_idle_is_put_to_use_not_fined_by_ourselves() -> None:
    text = _only("公司名下闲置土地3宗、面积86亩长期未盘活")
    assert "征收土地闲置费" not in text and "盘活利用" in text
    assert "征收土地闲置费" not in _only("闲置土地5宗、面积97亩长期未盘活")
    # land the authority has found idle in others' hands keeps the authority's powers
    assert "征收土地闲置费" in _only("经认定的闲置土地6宗、面积188亩，未按规定处置")


def test_a_loan_overdue_is_pressed_for_not_written_off_as_a_loss() -> None:
    text = _only("2024年向1家民营企业出借资金2000万元，至巡察时仍有800万元逾期未收回，形成国有资产损失风险")
    assert "亏损" not in text and "催收" in text


def test_our_meals_paid_by_a_contractor_are_a_case_not_money_misused() -> None:
    text = _only("以“现场协调”名义在施工单位报销餐饮费用2.1万元")
    assert "依规依纪处理" in text and "归还原渠道" not in text


def test_benefits_drawn_for_the_dead_not_stopped_are_stopped_and_recovered() -> None:
    text = _only("已死亡人员未及时停发，涉及21人、继续领取低保金和特困供养金4.2万元")
    assert "立即停发" in text and "追回" in text


def test_households_found_by_big_data_checks_are_taken_off_the_list() -> None:
    text = _only("2024年经大数据比对发现不符合条件仍在享受低保的对象52户")
    assert "按规定退出" in text
    # a data list left out keeps no eligibility wording
    assert all("按规定退出" not in r.text for r in fact_remedies("3类人员数据未纳入平台统一管理"))
