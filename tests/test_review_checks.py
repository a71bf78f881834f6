"""The review checks: each on a draft that passes and on one that fails."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from assistant.drafting.context import DraftingContext
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.inputs.ledger import load_ledger
from assistant.drafting.models import Finding, Ledger, Measure, Plan, Report
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.service import PlanResult, draft_report
from assistant.errors import InputError
from assistant.review.checks import check_in_catalog, check_repetition
from assistant.review.run import review_plan, review_report
from assistant.review.support import support_score
from assistant.review.timeliness import Rule, load_timeliness_rules
from assistant.settings import Settings, load_settings
from tests.draft_helpers import fill_ledger

TODAY = dt.date(2026, 6, 20)


@pytest.fixture(scope="module")
def settings(corpus_home: Path) -> Settings:
    return load_settings(home=corpus_home, index={"embedder": "fake"})


@pytest.fixture(scope="module")
def guard(settings: Settings, example_plan: PlanResult) -> NameGuard:
    return DraftingContext.build(settings, example_plan.plan.feedback).guard


@pytest.fixture(scope="module")
def reported(
    settings: Settings, example_plan: PlanResult, tmp_path_factory: pytest.TempPathFactory
) -> tuple[Report, Ledger]:
    folder = tmp_path_factory.mktemp("review-report") / "draft"
    shutil.copytree(example_plan.folder, folder)
    statuses = ["已完成"] * 6 + ["基本完成"] + ["正在推进"] * 3
    facts = {"1.1": "修订党组理论学习中心组学习制度；2026年8月开展专题研讨4次。"}
    path = fill_ledger(folder, statuses, facts)
    report = draft_report(settings, path).report
    return report, load_ledger(path)[0]


@pytest.fixture
def plan(example_plan: PlanResult) -> Plan:
    return example_plan.plan.model_copy(deep=True)


def of(findings: list[Finding], check: str) -> list[Finding]:
    return [f for f in findings if f.check == check]


def review(plan: Plan, guard: NameGuard, today: dt.date = TODAY) -> list[Finding]:
    return review_plan(plan, guard=guard, today=today)


# -- acceptance: the example drafts ----------------------------------------------------------
def test_example_plan_has_no_errors_but_placeholders(plan: Plan, guard: NameGuard) -> None:
    findings = review(plan, guard)
    assert [f for f in findings if f.severity == "error" and f.check != "placeholder"] == []
    assert all(" — fix: " in f.message for f in findings)


def test_example_report_has_no_errors_but_placeholders(
    reported: tuple[Report, Ledger], guard: NameGuard
) -> None:
    report, ledger = reported
    findings = review_report(report, ledger, guard=guard, today=TODAY)
    assert [f for f in findings if f.severity == "error" and f.check != "placeholder"] == []
    # items without facts still say 【待补充：整改进展情况…】
    assert "2.1" in {f.item for f in of(findings, "placeholder")}


def test_findings_come_in_item_order(plan: Plan, guard: NameGuard) -> None:
    plan.items[-1].measures[0].text += "[999]"
    plan.items[0].measures[0].text += "[998]"
    plan.front_matter.guiding += "[997]"
    items = [f.item for f in of(review(plan, guard), "citation_missing") if f.severity == "error"]
    assert items == [None, plan.items[0].key, plan.items[-1].key]


# -- 1. coverage ---------------------------------------------------------------------------
def test_coverage(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "coverage") == []
    dropped = plan.items.pop(3)
    found = of(review(plan, guard), "coverage")
    assert [(f.item, f.severity) for f in found] == [(dropped.key, "error")]

    plan.items.insert(0, dropped)  # back, but out of order
    assert [f.item for f in of(review(plan, guard), "coverage")] == [None]

    plan.items.pop(0)
    plan.items.append(dropped.model_copy(update={"key": "9.9"}))
    found = of(review(plan, guard), "coverage")
    assert {f.item for f in found} == {dropped.key, "9.9"}


# -- 2. citations --------------------------------------------------------------------------
def test_citation_missing(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "citation_missing") == []
    item = plan.items[2]
    item.measures[0].text = item.measures[0].text.rstrip("。") + "[999]。"
    item.measures.append(Measure(text="建立健全长效机制。", citations=[]))
    found = of(review(plan, guard), "citation_missing")
    assert [(f.item, f.severity) for f in found] == [(item.key, "error"), (item.key, "warning")]
    assert "[999]" in found[0].message


def test_citation_in_catalog(plan: Plan, guard: NameGuard) -> None:
    known = {c.precedent_id for c in plan.citations}
    assert check_in_catalog(plan.citations, known) == []
    gone = plan.citations[3]
    found = check_in_catalog(plan.citations, known - {gone.precedent_id})
    same = [c for c in plan.citations if c.precedent_id == gone.precedent_id]  # its clauses
    assert [(f.check, f.severity) for f in found] == [("citation_missing", "error")] * len(same)
    assert f"[{gone.n}]" in " ".join(f.message for f in found)
    assert all(gone.precedent_id in f.message for f in found)


# -- 3. citations support --------------------------------------------------------------------
def test_citation_support(plan: Plan, guard: NameGuard) -> None:
    def support(p: Plan) -> list[Finding]:
        return of(review_plan(p, guard=guard, today=TODAY, support_threshold=0.33), "citation_support")

    assert support(plan) == []  # every extractive measure is its clause, adapted
    # cite, for item 2's first measure, a clause drafted for another problem
    item = plan.items[1]
    other = next(i for i in plan.items[2:] if i.measures[0].citations)  # not left open
    wrong = other.measures[0].citations[0]
    item.measures[0].citations = [wrong]
    item.measures[0].text = MARKER_RE.sub("", item.measures[0].text).rstrip("。") + f"[{wrong}]。"
    found = support(plan)
    assert [(f.item, f.severity) for f in found] == [(item.key, "warning")]
    assert f"[{wrong}]" in found[0].message and "measure 1" in found[0].message
    assert of(review_plan(plan, guard=guard, today=TODAY), "citation_support") == []  # off


def test_support_score_reads_past_markers_and_placeholders() -> None:
    clause = "制定《中共某某市委办公室关于加强学习的实施办法》，每月组织集中学习一次。"
    measure = "制定《【待补充：文件名称】》，每月组织集中学习一次[3]。"
    assert support_score(measure, clause) > 0.9
    assert support_score("严格落实中央八项规定精神，坚决纠治“四风”[3]。", clause) < 0.33


# -- 4. leaked names -----------------------------------------------------------------------
def test_leaked_name_of_a_seed_precedents_unit(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "leaked_name") == []
    unit = plan.citations[0].unit
    assert unit and unit not in plan.feedback.model_dump_json()
    plan.items[1].measures[0].text = f"学习借鉴{unit}的做法，" + plan.items[1].measures[0].text
    found = of(review(plan, guard), "leaked_name")
    assert found and {(f.item, f.severity) for f in found} == {(plan.items[1].key, "error")}
    assert of(review_plan(plan, guard=None, today=TODAY), "leaked_name") == []


# -- 5. unverified facts (reports) -----------------------------------------------------------
def test_unverified_fact(reported: tuple[Report, Ledger], guard: NameGuard) -> None:
    report, ledger = reported
    assert of(review_report(report, ledger, guard=guard, today=TODAY), "unverified_fact") == []
    changed = report.model_copy(deep=True)
    changed.items[0].progress += "共召开专题会议17次，印发《青山县农业农村局廉政手册》。"
    changed.items[1].progress += "【待核实：2025年3月】完成整改。"  # already flagged
    found = of(review_report(changed, ledger, guard=guard, today=TODAY), "unverified_fact")
    assert [(f.item, f.severity) for f in found] == [(report.items[0].key, "warning")] * 2
    assert "17" in found[1].message or "17" in found[0].message
    placeholders = of(review_report(changed, ledger, guard=guard, today=TODAY), "placeholder")
    assert report.items[1].key in {f.item for f in placeholders}
    # the user's own facts (ledger item 1.1) are never findings, nor anything without a ledger
    assert of(review_report(changed, None, guard=guard, today=TODAY), "unverified_fact") == []


# -- 6. placeholders -----------------------------------------------------------------------
def test_placeholder_one_finding_per_item_with_the_count(plan: Plan, guard: NameGuard) -> None:
    key = plan.items[4].key
    before = [f for f in of(review(plan, guard), "placeholder") if f.item == key]
    count = 0 if not before else int(before[0].message.split(" ")[0])
    plan.items[4].goal += "【待补充：完成时间】"
    plan.items[4].measures[0].text += "【待核实：2025年】"
    found = [f for f in of(review(plan, guard), "placeholder") if f.item == key]
    assert len(found) == 1 and found[0].severity == "error"
    assert found[0].message.startswith(f"{count + 2} placeholder(s)")
    clean = plan.model_copy(deep=True)
    clean.items = [clean.items[4]]
    clean.items[0].goal = "彻底整改到位。"
    clean.items[0].measures = [Measure(text="完善制度。[1]", citations=[1])]
    clean.items[0].leader, clean.items[0].department = "张三", "办公室"
    assert [f.item for f in of(review(clean, guard), "placeholder")] in ([], [None])


# -- 7. timeliness -------------------------------------------------------------------------
def test_timeliness(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "timeliness") == []
    plan.items[0].measures[0].text = "深入学习贯彻党的十九大精神。" + plan.items[0].measures[0].text
    found = of(review(plan, guard, dt.date(2026, 1, 1)), "timeliness")
    assert [(f.item, f.severity) for f in found] == [(plan.items[0].key, "warning")]
    assert "党的二十大" in found[0].message
    early = of(review(plan, guard, dt.date(2021, 5, 1)), "timeliness")
    assert [f.item for f in early] == [None]  # 十九大 was current; the 二十大 of 指导思想 was not
    assert "党的二十大" in early[0].message
    # the plan's own date when no day is given
    plan.info.created = dt.datetime(2026, 3, 1, 9, 0)
    assert len(of(review_plan(plan, guard=guard), "timeliness")) == 1


@pytest.mark.parametrize(
    ("text", "day", "fires"),
    [
        ("贯彻十九届六中全会精神", dt.date(2023, 1, 1), True),
        ("开展“不忘初心、牢记使命”主题教育", dt.date(2021, 1, 1), True),
        ("巩固“不忘初心、牢记使命”主题教育成果", dt.date(2021, 1, 1), False),
        ("扎实开展党史学习教育", dt.date(2023, 3, 1), True),
        ("扎实开展党史学习教育", dt.date(2021, 6, 1), False),
        ("学习贯彻习近平新时代中国特色社会主义思想主题教育", dt.date(2024, 6, 1), True),
        ("深入开展党纪学习教育", dt.date(2025, 6, 1), True),
        ("深入贯彻中央八项规定精神学习教育", dt.date(2024, 12, 1), True),
        ("深入贯彻中央八项规定精神学习教育", dt.date(2025, 4, 1), False),
        ("贯彻二十届三中全会精神", dt.date(2024, 3, 1), True),
        ("贯彻二十届三中全会精神", dt.date(2025, 3, 1), False),
        ("党的十九大以来", dt.date(2026, 1, 1), False),
    ],
)
def test_shipped_timeliness_rules(text: str, day: dt.date, fires: bool) -> None:
    rules = load_timeliness_rules()
    assert any(r.applies(day) and r.pattern.search(text) for r in rules) is fires


def test_user_timeliness_rules_extend_the_shipped_ones(tmp_path: Path) -> None:
    shipped = load_timeliness_rules()
    path = tmp_path / "timeliness.toml"
    assert load_timeliness_rules(path) == shipped  # no file: shipped rules only
    path.write_text(
        "[[rule]]\npattern = '两学一做'\nvalid_to = 2017-12-31\n"
        "message = 'old campaign'\nsuggestion = 'drop it'\n",
        encoding="utf-8",
    )
    rules = load_timeliness_rules(path)
    assert rules[:-1] == shipped and isinstance(rules[-1], Rule)
    assert rules[-1].applies(dt.date(2018, 1, 1)) and not rules[-1].applies(dt.date(2017, 1, 1))
    path.write_text("[[rule]]\npattern = 'x'\nmessage = 'm'\nsuggestion = 's'\n", encoding="utf-8")
    with pytest.raises(InputError, match="neither valid_from nor valid_to"):
        load_timeliness_rules(path)


# -- 8. repetition -------------------------------------------------------------------------
def test_repetition(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "repetition") == []
    copied = plan.items[0].measures[0]
    plan.items[5].measures.append(Measure(text=copied.text, citations=list(copied.citations)))
    found = of(review(plan, guard), "repetition")
    assert [(f.item, f.severity) for f in found] == [(plan.items[5].key, "warning")]
    assert f"item {plan.items[0].key}" in found[0].message
    assert f"item {plan.items[5].key}" in found[0].message


# -- 9. form -------------------------------------------------------------------------------
def test_form_half_width_punctuation(plan: Plan, guard: NameGuard) -> None:
    assert of(review(plan, guard), "form") == []
    plan.items[2].goal = "加强学习,提高认识(长期坚持)。"
    plan.items[2].measures[0].text += "第1,2项"  # digits: not Chinese punctuation context
    found = of(review(plan, guard), "form")
    assert [(f.item, f.severity) for f in found] == [(plan.items[2].key, "warning")]
    assert found[0].message.startswith("3 half-width")


def test_form_report_counts_equal_the_ledger(
    reported: tuple[Report, Ledger], guard: NameGuard
) -> None:
    report, ledger = reported
    assert of(review_report(report, ledger, guard=guard, today=TODAY), "form") == []
    changed = report.model_copy(deep=True)
    changed.counts.completed += 1
    changed.items[0].status = "正在推进"
    found = of(review_report(changed, ledger, guard=guard, today=TODAY), "form")
    assert [(f.item, f.severity) for f in found] == [(None, "error"), ("1.1", "error")]
    assert "completed 7 ≠ 6" in found[0].message


def test_repetition_is_near_linear_and_finds_near_duplicates(plan: Plan) -> None:
    """3,000 distinct measures plus two near-copies: the copies are found, nothing else,
    within seconds (the pairwise check made 4.5 M cosines here: minutes)."""
    import random
    import time

    rng = random.Random(7)
    big = plan.model_copy(deep=True)
    template = big.items[0]
    items = []
    for n in range(1000):
        texts = ["".join(chr(rng.randint(0x4E00, 0x9FA5)) for _ in range(30)) for _ in range(3)]
        items.append(template.model_copy(update={
            "key": f"9.{n}", "measures": [Measure(text=t) for t in texts]}))
    first = items[10].measures[1].text
    items[500].measures[2] = Measure(text=first[:-1] + "。")  # near copy, another item
    items[10].measures[2] = Measure(text=first)  # exact copy within the same item: allowed
    big.items = items
    started = time.perf_counter()
    found = check_repetition(big)
    assert time.perf_counter() - started < 20
    assert [(f.item, f.message.split(":")[0]) for f in found] == [
        ("9.500", "measure 3 of item 9.500 repeats measure 2 of item 9.10")
    ]


def test_item_without_goal_or_measures_is_an_error(plan: Plan, guard: NameGuard) -> None:
    plan.items[1].measures = []
    plan.items[2].goal = " "
    found = of(review(plan, guard), "coverage")
    assert [(f.item, f.severity) for f in found] == [
        (plan.items[1].key, "error"), (plan.items[2].key, "error")
    ]
    assert "has no measures" in found[0].message and "has no goal" in found[1].message
