"""Rules of the seventh pass (issue 14): a borrowed measure names a matter or theme our
problem names; remedies look for what they need beside their words in the clauses around
the match; another unit's year told is not a measure."""

from __future__ import annotations

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.fact_remedies import fact_remedies, unanswered_facts
from assistant.drafting.fit import fitting_item
from assistant.drafting.hygiene import foreign_topic, measure_form, shares_topic
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.sources import build_sources
from assistant.drafting.subject import SubjectMatcher
from assistant.index.precedents import Precedent
from assistant.settings import Settings
from assistant.units import map_to_ours, profile_for
from tests.test_fit_drafting import _feedback, _record

HOSPITAL = "中共棣川县第二人民医院委员会"


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        # a matter of management: the same 公务接待
        ("严格执行公务接待审批制度，无公函一律不予接待。", "公务接待不规范。2024年有7批次接待无公函。"),
        # a party-building theme: the same 三会一课, the same 理论学习
        ("严格落实“三会一课”制度，规范活动记录。", "基层党建薄弱。2个支部“三会一课”记录不全。"),
        ("认真落实“第一议题”制度，联系实际学。", "理论学习不深入。中心组学习以读代研，专题研讨仅4次。"),
    ],
)
def test_a_borrowed_measure_on_a_matter_or_theme_our_problem_names_shares_it(clause: str, ours: str) -> None:
    assert shares_topic(clause, ours)


@pytest.mark.parametrize(
    ("clause", "ours"),
    [
        # a word shared, not the point (read: a housing bureau's staff appraisal under ours)
        ("严格落实二级绩效考评，优化绩效考评方案。", "公立医院绩效考核指标落实不力。2024年平均住院日高于目标1.2天。"),
        ("创新就业模式，组织就业扶贫车间参加招聘。", "高校毕业生就业服务不到位。2024年未就业毕业生帮扶台账缺失。"),
    ],
)
def test_a_borrowed_measure_on_nothing_our_problem_names_does_not(clause: str, ours: str) -> None:
    assert not shares_topic(clause, ours)


def test_a_theme_our_problem_does_not_name_does_not_drop_a_clause() -> None:
    # 一岗双责 is said of every duty: a clause on our 意识形态 that uses it stays
    clause = "严格落实意识形态工作责任制，班子成员按照“一岗双责”要求抓好分管股室的意识形态工作。"
    ours = "意识形态工作责任制落实不到位。党组专题研究意识形态工作次数偏少。"
    assert foreign_topic(clause, ours) is None and shares_topic(clause, ours)


def test_fitting_drops_a_precedent_measure_sharing_no_matter_with_our_facts(draft_settings: Settings) -> None:
    title = "绩效考核工作不规范"
    clause = "严格落实二级绩效考评，优化绩效考评方案，切实发挥绩效考评激励作用。"
    record = _record("中共临江县住房和城乡建设局党组", clause).model_copy(update={"problem": "绩效考评工作不规范"})
    kept = []
    for detail in ("", "科室绩效与业务收入直接挂钩，检查、检验收入权重45%。", "三会一课记录不全，绩效考评中党建占比低。"):
        data = _feedback(HOSPITAL, "县委第一巡察组", problems=[title]).model_dump(mode="json")
        data["feedback"][0]["problems"][0]["detail"] = detail
        context = DraftingContext.build(draft_settings, Feedback.model_validate(data))
        item = build_sources(context.feedback.problems()[0], [Precedent(rank=1, score=1.0, signals={}, record=record)])
        kept.append([s.clause for s in fitting_item(context, item).sources])
    # a bare title covers every matter; facts naming no matter the clause names leave it out
    assert kept[0] == [clause] and kept[1] == []


# -- remedies ----------------------------------------------------------------------------------


def _kinds(detail: str) -> list[tuple[str, str]]:
    return [(r.kind, r.text) for r in fact_remedies(detail)]


def test_money_named_two_clauses_away_does_not_make_a_money_fault() -> None:
    detail = "2022年投资680万元建成的执法办案中心使用率不高，2024年仍有53起案件违规在派出所办公区询问讯问嫌疑人。"
    assert not any(kind == "money" for kind, _ in _kinds(detail))
    # beside it, the money is the fault's own
    assert _kinds("2024年违规发放加班补贴12.6万元。")[0][0] == "money"


def test_oversight_of_a_provider_is_ours_and_its_false_claim_is_not_our_money() -> None:
    detail = "对定点康复机构监管不严，1家定点机构虚报训练课时，多领取救助资金4.2万元。"
    [(kind, text)] = _kinds(detail)[:1]
    assert kind == "oversight" and "停止发放" not in text
    firm = "6家企业通过挂靠方式虚假安置残疾人23名，少缴残疾人就业保障金约41.8万元。"
    assert not any(kind == "money" for kind, _ in _kinds(firm))


def test_marked_as_meeting_a_standard_it_did_not_meet_is_not_a_target() -> None:
    assert not any(kind == "target" for kind, _ in _kinds("2023年有4户未达到风险消除标准即标注“风险消除”。"))
    assert _kinds("2024年改厕任务仅完成计划的60%。")[0][0] == "target"


def test_a_mismatch_is_a_fault_and_stays_open_beside_a_remedy_for_the_records() -> None:
    detail = "已纳入监测的96户中有11户帮扶措施与致贫风险不匹配，帮扶手册记录内容雷同。"
    [(kind, text)] = _kinds(detail)
    assert kind == "minutes" and "帮扶措施与致贫风险不匹配" not in text.split("”")[0]
    matcher = SubjectMatcher.uniform(frozenset())
    open_facts = unanswered_facts(detail, [text], matcher)
    assert any("不匹配" in f for f in open_facts), open_facts


# -- another unit's account, another unit's short name ------------------------------------------


@pytest.mark.parametrize(
    "clause",
    [
        "严格审核党员发展纪实手册，今年新发展的党员10人，纪实手册均通过了组织部的审查。",
        "今年新增入党申请人8人。",
    ],
)
def test_another_units_year_told_is_not_a_measure(clause: str) -> None:
    found = measure_form(clause)
    assert found is not None and found[0] == "done"


def test_a_promise_for_this_year_is_a_measure() -> None:
    assert measure_form("今年底前完成党员发展纪实手册的规范整理。") is None


def test_their_short_name_before_its_appraisal_becomes_ours() -> None:
    ours = profile_for("中共荻溪县禾埠镇委员会", inspection_body="县委第三巡察组", inspection_kind="巡察")
    theirs = profile_for("中共津市市公安局委员会")
    mapped = map_to_ours("对未完成工作任务的支部在局绩效评估中予以扣分", theirs, ours)
    assert "镇绩效评估" in mapped.text and "局绩效" not in mapped.text
