"""Fit before filling in a drafted plan (issue 14): mapping, abstention, front matter."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.fit import TOO_FEW, fit_clause, fitting_item
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Plan, to_fill
from assistant.drafting.plan import build_plan
from assistant.drafting.service import PlanResult
from assistant.drafting.sources import ItemSources
from assistant.index.records import PrecedentRecord
from assistant.settings import Settings
from tests.draft_helpers import EXAMPLE

# Words of other kinds of unit, written down by hand (not taken from the lexicon under test).
FOREIGN = ("院长", "检察长", "全厅", "厅机关", "主席会议", "政协", "办案民警", "各分院", "委室")


def _feedback(
    unit: str, body: str, day: dt.date | None = None, problems: list[str] | None = None
) -> Feedback:
    data = load_feedback(EXAMPLE).model_dump(mode="json")
    data.update(unit=unit, signature=unit)
    data["inspection"]["body"] = body
    if day is not None:
        data["inspection"]["feedback_date"] = day.isoformat()
    if problems is not None:
        data["feedback"] = [{"title": "履行职能方面", "problems": [{"title": t} for t in problems]}]
    return Feedback.model_validate(data)


def _record(unit: str, clause: str) -> PrecedentRecord:
    return PrecedentRecord(
        id="n1:1", notice_id="n1", key="1", unit=unit, kind="巡察", level="市", sector="",
        year=2023, date="2023-05-01", path=["组织建设方面"], problem="民主集中制执行不到位",
        measures=clause, clauses=[clause],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("unit", "body", "leader", "absent"),
    [
        ("中共青山县农业农村局党组", "县委第三巡察组", "由局党组书记、局长任组长", "院长"),
        ("中共清河县人民医院委员会", "县委第四巡察组", "由院党委书记任组长", "局长"),
        ("中共白沙镇委员会", "县委第二巡察组", "由镇党委书记任组长", "局长"),
    ],
)
def test_front_matter_names_one_group_with_our_roles(
    draft_settings: Settings, unit: str, body: str, leader: str, absent: str
) -> None:
    context = DraftingContext.build(draft_settings, _feedback(unit, body))
    front = ExtractiveEngine().front_matter(context, [])
    assert leader in front.organisation
    assert front.organisation.count("任组长") == 1
    assert absent not in front.organisation
    assert "要" in front.requirements and "确保" in front.requirements


def test_guiding_follows_the_plan_date_not_today(draft_settings: Settings) -> None:
    unit, body = "中共青山县农业农村局党组", "县委第三巡察组"
    early = DraftingContext.build(draft_settings, _feedback(unit, body, dt.date(2021, 5, 10)))
    late = DraftingContext.build(draft_settings, _feedback(unit, body, dt.date(2023, 5, 10)))
    assert "十九大" in ExtractiveEngine().front_matter(early, []).guiding
    assert "二十大" not in ExtractiveEngine().front_matter(early, []).guiding
    assert "二十大" in ExtractiveEngine().front_matter(late, []).guiding


def test_a_clause_is_mapped_to_our_unit_and_keeps_the_replacements(
    draft_settings: Settings,
) -> None:
    context = DraftingContext.build(
        draft_settings, _feedback("中共青山县农业农村局党组", "县委第三巡察组")
    )
    fitted = fit_clause(
        context, _record("中共临江市人民医院委员会", "x"), "认真落实院长办公会议事规则。"
    )
    assert fitted.fault is None
    assert "局长办公会" in fitted.text and "院长" not in fitted.text
    assert [(r.old, r.new) for r in fitted.adapted] == [("院长", "局长")]
    foreign = fit_clause(
        context, _record("中共临江市人民医院委员会", "x"), "组织神经外科医师开展业务培训。"
    )
    assert foreign.fault is not None and foreign.fault.startswith("misfit")


def test_a_problem_no_precedent_fits_is_left_open_not_padded(draft_settings: Settings) -> None:
    feedback = _feedback(
        "中共青山县农业农村局党组",
        "县委第三巡察组",
        problems=["火星探测器轨道测算精度不足", "理论学习不够深入"],
    )
    context = DraftingContext.build(draft_settings, feedback)
    plan = build_plan(context, ExtractiveEngine())
    nonsense, learning = plan.items
    # a problem given by its title alone is its own fact: the placeholder names it
    assert [m.text for m in nonsense.measures if not m.citations] == [to_fill("针对“火星探测器轨道测算精度不足”的整改措施")]
    assert len([m for m in nonsense.measures if m.citations]) < 2
    finding = next(f for f in plan.findings if f.item == nonsense.key)
    assert finding.check == TOO_FEW and "corpus" in finding.message
    assert len([m for m in learning.measures if m.citations]) >= 2
    assert not any(f.check == TOO_FEW and f.item == learning.key for f in plan.findings)


def test_drafted_measures_keep_no_word_of_another_kind(example_plan: PlanResult) -> None:
    plan = example_plan.plan
    texts = [m.text for item in plan.items for m in item.measures]
    texts.append(plan.front_matter.organisation)
    assert not [t for t in texts if any(w in t for w in FOREIGN)]
    adapted = [c for c in plan.citations if c.adapted]
    assert adapted, "no clause of the example needed mapping: the test corpus changed?"
    for citation in adapted:
        for item in plan.items:
            for m in item.measures:
                if citation.n in m.citations:
                    assert all(a.new in m.text or a.old not in m.text for a in citation.adapted)


def test_an_old_plan_without_adaptations_still_loads(example_plan: PlanResult) -> None:
    data = json.loads(example_plan.plan.model_dump_json())
    for citation in data["citations"]:
        citation.pop("adapted", None)
    old = Plan.model_validate(data)
    assert all(c.adapted == [] for c in old.citations)


def _weak_and_strong_item(context: DraftingContext) -> ItemSources:
    """Our problem on 文旅产业发展资金; one precedent matched on one word (产业), one on the
    same subject, each with a clause about our subject and one about its own business."""
    from assistant.drafting.sources import build_sources
    from assistant.index.precedents import Precedent

    def precedent(rank: int, key: str, problem: str, clauses: list[str]) -> Precedent:
        record = _record("中共临江县农业农村局党组", "".join(clauses))
        record = record.model_copy(
            update={"id": f"n{rank}:{key}", "notice_id": f"n{rank}", "problem": problem, "clauses": clauses}
        )
        return Precedent(rank=rank, score=1.0, signals={}, record=record)

    leaf = context.feedback.problems()[0]
    weak = precedent(1, "1", "产业扶持基金管理不严", [
        "由农技员加强对贫困户的技术指导，提升村民农业生产技能。",
        "严格产业发展资金拨付审核，建立项目资金绩效评价机制。",
    ])  # fmt: skip
    strong = precedent(2, "2", "文旅产业发展资金拨付审核不严", [
        "建立问题台账，逐项明确责任人和完成时限。",
    ])  # fmt: skip
    return build_sources(leaf, [weak, strong])


def test_a_weakly_matched_precedent_gives_only_clauses_about_our_subject(
    draft_settings: Settings,
) -> None:
    feedback = _feedback(
        "中共临江县文化旅游广电体育局党组", "县委第一巡察组",
        problems=["文旅产业发展资金拨付审核不严，部分项目资金绩效不高"],
    )  # fmt: skip
    context = DraftingContext.build(draft_settings, feedback)
    kept = [s.clause for s in fitting_item(context, _weak_and_strong_item(context)).sources]
    assert "由农技员加强对贫困户的技术指导，提升村民农业生产技能。" not in kept
    assert "严格产业发展资金拨付审核，建立项目资金绩效评价机制。" in kept
    # the same problem's precedent may answer it with a clause that repeats none of its words
    assert "建立问题台账，逐项明确责任人和完成时限。" in kept
