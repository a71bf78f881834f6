"""The fifteenth pass (issue 14): faults read in round 55's plans (a township, a county
emergency management bureau, a public kindergarten). Each case is worded differently from the
text read; the old wording that must stay is kept beside it."""

from __future__ import annotations

import pytest

from assistant.drafting.fact_remedies import fact_remedies, facts_of
from assistant.drafting.hygiene import fit_rules
from assistant.drafting.open_facts import unanswered_facts
from assistant.drafting.subject import SubjectMatcher


def _only(detail: str) -> str:
    """The one remedy drafted for ``detail``."""
    found = fact_remedies(detail)
    assert len(found) == 1, found
    return found[0].text


def _uniform() -> SubjectMatcher:
    return SubjectMatcher.uniform(fit_rules().generic)


# -- the group's instruction is no fact, with or without 须 ---------------------------------
@pytest.mark.parametrize(
    "instruction",
    ["在反馈之日起2个月内追回全部违规资金", "自反馈之日起三个月内整改到位", "反馈后1个月内清退完毕"],
)
def test_an_instruction_without_xu_is_not_a_fact(instruction: str) -> None:
    detail = f"有5户不符合条件人员仍领取低保金1.2万元。{instruction}。"
    assert facts_of(detail) == ["有5户不符合条件人员仍领取低保金1.2万元"]


def test_a_fact_that_names_the_feedback_is_still_a_fact() -> None:
    detail = "对上轮巡察反馈的3个问题整改不到位"
    assert facts_of(detail) == [detail]


# -- benefits of the dead are stopped and recovered, not insurance to pay --------------------
def test_benefits_drawn_for_the_dead_are_stopped_not_insured() -> None:
    text = _only("2024年有4名已去世人员仍在领取城乡居民养老保险待遇，共计1.1万元")
    assert "停发" in text and "追回" in text
    assert "补缴保险费" not in text
    # a unit's own staff left uninsured still get their insurance
    assert "补缴保险费" in _only("食堂5名临聘人员未缴纳养老保险")


def test_a_part_recovered_is_not_settled() -> None:
    """其余…尚未追回 and a smaller sum got back leave money to recover (round 55: no remedy at all)."""
    rest = _only("有7名已死亡人员仍在领取高龄津贴，共计2.3万元，巡察期间已追回1.5万元，其余0.8万元尚未追回")
    assert "追回" in rest and "据实调整账务，查明违规原因" not in rest
    part = _only("有6人仍在册领取补助，多发资金共计8.9万元（已追回5.2万元）")
    assert "追回" in part and "查明违规原因" not in part


def test_a_sum_got_back_in_full_is_settled_and_not_recovered_again() -> None:
    for detail in (
        "2024年中秋违规向职工发放购物卡，共计3.6万元，巡察期间已全部收回",
        "2024年春节违规发放慰问品2.8万元，已全部退回",
    ):
        text = _only(detail)
        assert "查明违规原因" in text and "清退收回" not in text, text


def test_a_clause_saying_what_was_got_back_is_never_the_quoted_fault() -> None:
    """巡察期间已追回违规资金2.3万元 was quoted as the problem (round 55 regression check)."""
    found = fact_remedies("巡察期间已追回违规资金2.3万元，剩余部分需在反馈之日起2个月内全部追回。")
    # only the group's demand is taken up (eighteenth pass), never the sum got back
    # twenty-sixth pass: a rest with no sum of its own (剩余部分…) is quoted with what it is the rest of,
    # so the sum got back stands in the demand's quote (…的要求), never as a problem (…的问题)
    assert [r.kind for r in found] == ["instruction"] and "的问题" not in found[0].text, found


def test_lagging_recovery_is_pressed_for() -> None:
    text = _only("累计形成多发待遇应追回款项86.4万元，已追回40.2万元，追回率仅46.5%")
    assert "追回到位" in text and "立即停发" not in text


# -- absences signed in for by others -------------------------------------------------------
def test_absences_signed_in_for_are_dealt_with_not_data_corrected() -> None:
    text = _only("2名帮扶干部长期不在岗，由村干部代为签到")
    assert "考勤" in text and "数据抽查核验" not in text
    # forged records stay the record wording
    assert "数据抽查核验" in _only("2024年有12份检查记录系事后补签")


# -- farmland -------------------------------------------------------------------------------
def test_farmland_taken_unlawfully_is_cleared_and_farmed_again() -> None:
    text = _only("2024年新增违法占用耕地建房7宗，截至巡察时仍有3宗未拆除复耕")
    assert "拆除" in text and "复耕" in text and "制定推进计划" not in text
    fallow = _only("全镇仍有撂荒耕地86亩未复耕")
    assert "撂荒" in fallow and "违法当事人" not in fallow
    # a project not finished keeps the plan wording
    assert "制定推进计划" in _only("2个村级道路项目至今仍未完工")


# -- penalties ------------------------------------------------------------------------------
def test_cases_opened_too_few_are_penalties_owed() -> None:
    text = _only("2024年检查发现隐患412条，立案处罚仅6起")
    assert "应罚尽罚" in text
    # 核查处理仅… is no penalty (疑点数据 are checked), and a rate is no count
    for detail in ("智能监控推送疑点数据5200条，核查处理仅1800条", "投诉转立案比例仅1.3%"):
        assert all("应罚尽罚" not in r.text for r in fact_remedies(detail)), detail


# -- meals, postings ------------------------------------------------------------------------
def test_meals_under_a_meeting_name_are_receptions_and_duty_meals_are_not() -> None:
    assert "由相关人员承担并清退" in _only("2024年以“业务研讨”名义列支餐费6笔共计1.2万元")
    duty = _only("2024年以“防汛值班”名义列支工作餐费0.9万元")
    assert "公务接待" not in duty and "值班）记录" in duty, duty  # checked against the duty records (round 151)


def test_postings_published_unreviewed_get_the_review_rule() -> None:
    text = _only("学校微信公众号2024年有4篇推文未经审核即发布")
    assert "三审三校" in text
    # a decision not studied keeps the procedure wording
    assert "程序未履行完毕" in _only("食堂承包合同续签未经校务会研究")


# -- clauses that say again what the quote says are not named open --------------------------
@pytest.mark.parametrize(
    ("detail", "measure"),
    [
        (
            "党委对年轻干部谈心谈话不经常，2024年未开展一次",
            "针对“党委对年轻干部谈心谈话不经常”的问题，将相关工作纳入年度工作计划，按规定定期开展。",
        ),
        (
            "党组理论学习中心组学习2024年仅开展5次，未达到规定次数",
            "针对“党组理论学习中心组学习2024年仅开展5次”的问题，将相关工作纳入年度工作计划，按规定定期开展。",
        ),
        (
            "对上轮巡察反馈的“财务报销不规范”问题整改不彻底，此次巡察发现仍然存在",
            "针对“对上轮巡察反馈的‘财务报销不规范’问题整改不彻底”的问题，对上轮反馈问题逐项开展整改“回头看”。",
        ),
        (
            "学费收入12.6万元未及时上缴财政专户，在单位账户滞留4个月",
            "针对“学费收入12.6万元未及时上缴财政专户”的问题，逐笔清理，按规定及时足额缴入财政专户。",
        ),
    ],
)
def test_a_restatement_of_an_answered_fault_is_not_named_open(detail: str, measure: str) -> None:
    assert unanswered_facts(detail, [measure], _uniform()) == []
    # ...while a fault of its own beside it still is
    assert unanswered_facts(detail + "；2023年以来未发展党员", [measure], _uniform()) == ["2023年以来未发展党员"]


def test_the_sum_a_settled_fact_comes_to_goes_with_its_quote() -> None:
    """……涉及违规金额4.72万元 was named open beside the quoted fault it belongs to."""
    text = _only("2024年医保飞行检查发现串换收费、超标准收取护理费等问题，涉及违规金额3.1万元，已被追回")
    assert "涉及违规金额3.1万元" in text


# -- round 56: fees without basis, papers faked and passed ----------------------------------
def test_a_fee_charged_without_basis_goes_back_to_those_who_paid() -> None:
    text = _only("学校向住宿学生收取空调使用费共计3.2万元，无收费依据")
    assert "清退" in text
    # ...but a fee the rules allow, collected late, is no refund
    assert all("清退给缴费对象" not in r.text for r in fact_remedies("2024年学费收入12.6万元未及时上缴财政专户"))


def test_papers_faked_and_passed_undo_the_result() -> None:
    text = _only("2024年评优评先中有1名教师的获奖证书系伪造，学校审核未发现")
    assert "撤销" in text and "审核把关人员" in text
    # a check that missed something else keeps the oversight wording
    assert "撤销" not in _only("对项目单位重复申报补贴问题，审核未能发现")


# -- one class answers two facts when it words them differently -------------------------------
def test_a_class_answers_a_second_fact_in_other_words_and_never_twice_alike() -> None:
    detail = "有4名已死亡人员仍在领取高龄津贴，共计0.9万元；有2户将流转出去的土地仍按本户面积领取补贴。"
    texts = [r.text for r in fact_remedies(detail)]
    # (the land let out is checked against who farms it since round 75)
    assert len(texts) == 2 and "死亡等信息" in texts[0] and "逐户核实土地实际经营情况" in texts[1]
    # the same wording for two facts is said once
    twice = "有3名在编人员仍领取临时救助金；有2名外出务工人员仍领取护林补助。"
    assert len(fact_remedies(twice)) == 1


def test_a_new_class_comes_before_a_class_said_again() -> None:
    """The cap (per_problem) goes to facts of other classes first: a third money fact does not
    push out a procedure never answered."""
    detail = (
        "有4名已死亡人员仍在领取高龄津贴；有2户将流转出去的土地仍按本户面积领取补贴；"
        "以“业务研讨”名义列支餐费6笔；2项大额支出未经党组会研究。"
    )
    kinds = [r.kind for r in fact_remedies(detail)]
    assert "procedure" in kinds and len(kinds) == 3


def test_the_groups_instruction_inside_a_fact_is_neither_quoted_nor_named() -> None:
    detail = "以“防暑降温”名义向职工发放补贴共计8.2万元，违规发放的补贴须在反馈之日起1个月内全额清退。"
    assert facts_of(detail) == ["以“防暑降温”名义向职工发放补贴共计8.2万元"]
    # the fact's remedy does not quote it; a measure of its own takes the demand up (eighteenth pass)
    assert all("反馈之日" not in r.text for r in fact_remedies(detail) if r.kind != "instruction")
    assert [r.kind for r in fact_remedies(detail)][-1] == "instruction"


def test_a_part_named_before_its_verb_is_not_settled() -> None:
    text = _only("3名护林员长期在外务工仍领取管护工资共7.9万元，其中4.2万元已追回")
    assert "追回" in text and "查明违规原因" not in text


def test_a_hire_made_permanent_is_no_member_admitted() -> None:
    text = _only("2024年以劳务派遣转正方式录用人员5名，未履行公开招聘程序")
    assert "发展党员" not in text and "招聘" in text
    assert "发展党员" in _only("2名预备党员转正未经支部大会研究")


def test_benefits_drawn_by_the_insured_are_stopped_not_insured_again() -> None:
    text = _only("有3名已就业参保人员仍在领取失业保险金1.2万元")
    assert "补缴保险费" not in text and "追回" in text


def test_a_recovery_by_another_body_is_a_time_not_a_fault() -> None:
    found = fact_remedies("2024年市医保局检查追回违规费用6.5万元后，医院未开展自查自纠")
    assert all("6.5万元后" not in r.text for r in found)


# -- round 57 (a village): read after the code above ------------------------------------------
def test_an_absence_signed_in_for_is_quoted_from_the_absence() -> None:
    """由他人代为签到 alone was quoted, and the absence before it named open."""
    text = _only("2024年聘用的村级保洁员中有2人长期不在岗，由他人代为签到，工资照常发放")
    assert "针对“2024年聘用的村级保洁员中有2人长期不在岗，由他人代为签到”" in text


def test_land_let_without_open_bidding_is_let_again_by_bidding_not_published() -> None:
    text = _only("村集体鱼塘4口发包未公开竞价，承包费多年未调整")
    assert "公开竞价" in text and "接受群众监督" not in text
    # a list never published keeps the publication wording
    assert "接受群众监督" in _only("村务公开栏2024年有5个月未公开财务收支")


def test_a_fee_taken_from_the_people_is_a_case_even_when_returned() -> None:
    text = _only("1名村干部为群众代办医保收取“跑腿费”300元，巡察期间已退还")
    assert "以案促改" in text


def test_a_matter_never_put_to_the_meeting_is_a_procedure_not_followed() -> None:
    assert "四议两公开" in _only("2个村内道路项目未经党员大会审议")
    assert "程序未履行完毕" in _only("绩效分配方案未经职工代表大会讨论")
