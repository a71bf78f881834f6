"""Review's context-fit findings (issue 14): each on a plan that passes and one that fails,
judged with our unit's profile and lexicon as the drafting context builds them."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.models import (
    Citation,
    Deadline,
    DraftInfo,
    Finding,
    FrontMatter,
    Measure,
    Plan,
    PlanItem,
)
from assistant.review.run import review_plan
from assistant.units import UnitProfile, load_lexicon, profile_for

ROOT = Path(__file__).resolve().parent.parent
GOOD = "由局党组书记、局长任组长，督促各股室落实责任。"


def plan_with(
    measure: str, *, problem: str = "理论学习不深入", cited_problem: str | None = None
) -> Plan:
    feedback = load_feedback(ROOT / "examples" / "feedback.yaml")
    leaves = feedback.problems()
    citations = [
        Citation(
            n=1,
            precedent_id="x#1",
            notice_id="x",
            unit="中共某县某局党组",
            date="2021-06-01",
            path=["一"],
            problem=cited_problem or problem,
            clause=measure,
        )
    ]
    items = [
        PlanItem(
            key=leaf.key,
            path=leaf.path,
            problem=leaf.problem.title,
            detail=problem if i == 0 else "",
            goal="按期完成整改。",
            measures=[Measure(text=(measure if i == 0 else GOOD) + "[1]", citations=[1])],
            leader="党组书记",
            department="办公室",
            deadline=Deadline(kind="立行立改"),
        )
        for i, leaf in enumerate(leaves)
    ]
    return Plan(
        info=DraftInfo(
            engine="extractive", created=dt.datetime(2026, 6, 20), rectify_version="0", settings="x"
        ),
        feedback=feedback,
        title="整改方案",
        front_matter=FrontMatter(
            guiding="坚持问题导向。",
            organisation="成立整改工作领导小组。",
            requirements="压实责任。",
        ),
        items=items,
        citations=citations,
    )


def our_profile(plan: Plan) -> UnitProfile:
    """As DraftingContext.build makes it (no catalog needed here)."""
    inspection = plan.feedback.inspection
    return profile_for(
        plan.feedback.unit,
        inspection_body=inspection.body,
        inspection_kind=inspection.kind,
        lexicon=load_lexicon(),
    )


def _checks(plan: Plan, prefix: str) -> list[tuple[str | None, str, str]]:
    profile = our_profile(plan)
    found = review_plan(plan, guard=None, profile=profile, lexicon=load_lexicon())
    first = plan.items[0].key
    return [
        (f.item, f.check, f.severity)
        for f in found
        if f.check.startswith(prefix) and f.item == first
    ]


@pytest.mark.parametrize(
    ("bad", "check", "severity", "word"),
    [
        ("由局党组副书记、院长任组长。", "fit_role", "error", "院长"),
        ("督促机关各处室落实责任。", "fit_subunit", "error", "处室"),
        ("认真办理提案。", "fit_sector", "warning", "提案"),
        ("区委常委会组成人员带头讲党课。", "fit_level", "error", "区委常委会组成人员"),
        ("弘扬延安精神，深入开展学习。", "fit_region", "error", "延安精神"),
        ("召开巡视整改专题民主生活会。", "fit_tour", "error", "巡视"),
        ("召开党委扩大会研究整改，落实县委和各级党委部署。", "fit_organ", "error", "党委"),
        ("在黄荆沟社区开展环境整治，加强对帮扶村的指导。", "fit_place", "warning", "黄荆沟社区"),
        ("正在开展中层干部交流轮岗分析研判。", "not_a_measure", "warning", "正在"),
        ("在整改落实上有差距。", "not_a_measure", "warning", "有差距"),
    ],
)
def test_each_misfit_is_a_finding_with_a_hint(
    bad: str, check: str, severity: str, word: str
) -> None:
    prefix = check[:4]
    assert _checks(plan_with(GOOD), prefix) == []
    plan = plan_with(bad)
    assert _checks(plan, prefix) == [(plan.items[0].key, check, severity)]
    profile = our_profile(plan)
    message = next(
        f.message for f in review_plan(plan, guard=None, profile=profile) if f.check == check
    )
    assert f"“{word}”" in message and "第1条措施" in message and " — fix: " in message


def test_without_a_profile_the_fit_checks_are_off() -> None:
    plan = plan_with("由局党组副书记、院长任组长。")
    assert [f for f in review_plan(plan, guard=None) if f.check.startswith("fit_")] == []


def test_a_measure_whose_precedent_answered_another_problem_is_weak() -> None:
    problem = "惠农资金监管不严，补贴资金发放审核把关不到位"
    fitting = plan_with(GOOD, problem=problem, cited_problem="惠农补贴资金发放审核不严、监管缺位")
    assert _checks(fitting, "weak_fit") == []
    weak = plan_with(GOOD, problem=problem, cited_problem="差旅费报销不规范，公务接待超标准")
    assert _checks(weak, "weak_fit") == [(weak.items[0].key, "weak_fit", "warning")]


def test_too_few_fitting_from_drafting_is_carried_into_review() -> None:
    plan = plan_with(GOOD)
    assert _checks(plan, "too_few") == []
    key = plan.items[0].key
    plan.findings.append(
        Finding(item=key, check="too_few_fitting", message="只找到1条贴合的先例措施")
    )
    assert _checks(plan, "too_few") == [(key, "too_few_fitting", "warning")]


def test_timeliness_is_judged_at_the_plans_own_date_not_the_clock() -> None:
    plan = plan_with("深入学习贯彻党的二十大精神。")  # feedback of 2026: current
    assert [f for f in review_plan(plan, guard=None) if f.check == "timeliness"] == []
    plan.feedback.inspection.feedback_date = dt.date(2021, 6, 15)  # drafted in 2026 for 2021
    found = [f for f in review_plan(plan, guard=None) if f.check == "timeliness"]
    assert [f.item for f in found] == [plan.items[0].key] and "2021-06-15" in found[0].message
