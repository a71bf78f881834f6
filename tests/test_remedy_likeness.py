"""Review sends the reviewer a measure for a fact of our own whose wording answered only facts
of other kinds on the read documents (``remedy_unlike``): the wrong measures independent readers
found in rounds 69 to 73 were mostly a wording chosen by one word of such a fact."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.measure_quotes import wording_of
from assistant.evaluation.remedy_examples import FEEDBACK_DIR, SHIPPED, collect
from assistant.review.remedy_likeness import (
    RemedyExamples,
    check_remedy_likeness,
    likeness_floor,
    remedy_examples,
)
from assistant.settings import Settings
from tests.test_fit_review import _checks, plan_with

ROOT = Path(__file__).resolve().parents[1]
PAY_OUT = "逐笔核实应拨付的资金，限期按规定拨付到位，今后按规定时限及时拨付"
REFUND = "对未经审批收取的费用逐笔核查，违规收取的按规定清退；今后收费项目一律按规定报批、公示后执行"


def test_the_shipped_examples_are_what_the_current_rules_give_the_read_documents() -> None:
    # a rules change that moves a fact to another wording must rebuild the file
    # (make remedy-examples), or review would judge new measures by the old choices
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert collect(ROOT / FEEDBACK_DIR)["wordings"] == shipped["wordings"]


def test_a_wording_is_what_follows_the_quoted_facts() -> None:
    assert wording_of(f"针对“2名科长任职超过10年”的问题，{PAY_OUT}。") == PAY_OUT
    assert wording_of(f"针对“2名科长任职超过10年”“另有1人未交流”的要求，{PAY_OUT}。") == PAY_OUT
    assert wording_of("加强理论学习。") is None


_SMALL = RemedyExamples.of(
    {
        PAY_OUT: ["上级下达的救灾资金46万元至巡察时仍未拨付到受灾乡镇", "专项资金48.5万元滞留局账户超过1年未拨付"],
    }
)


def test_a_fact_unlike_every_fact_its_wording_answered_is_sent_to_the_reviewer() -> None:
    unlike = plan_with(f"针对“免费检定承诺未兑现”的问题，{PAY_OUT}。")
    found = check_remedy_likeness(unlike, _SMALL, floor=0.2)
    assert [(f.item, f.check, f.severity) for f in found] == [(unlike.items[0].key, "remedy_unlike", "warning")]
    assert "measure 1 " in found[0].message and "救灾资金" in found[0].message  # the fact it was written for
    like = plan_with(f"针对“2024年下达的救灾资金21万元至巡察时仍未拨付到受灾乡镇”的问题，{PAY_OUT}。")
    assert check_remedy_likeness(like, _SMALL, floor=0.2) == []


def test_a_measure_with_no_examples_or_no_quoted_fact_is_not_judged() -> None:
    # a wording written by hand or by the LLM engine has nothing to compare with
    assert check_remedy_likeness(plan_with("针对“免费检定承诺未兑现”的问题，组织免费检定。"), _SMALL, floor=0.2) == []
    # …nor a precedent's measure, which quotes no fact of ours
    assert check_remedy_likeness(plan_with(f"{PAY_OUT}。"), _SMALL, floor=0.2) == []


def test_review_flags_the_wrong_wordings_readers_found_and_passes_facts_of_the_wordings_kind() -> None:
    assert 0 < likeness_floor() < 1
    # measures readers struck in rounds 69 to 72, as drafted then (their facts now get
    # wordings of their own, so the shipped examples do not hold them)
    wrong = [
        "针对“收费员薪酬考核与收费量、投诉率脱钩，2024年在未报县国资部门审核的情况下自行发放绩效奖金18.4万元”的问题，"
        f"{REFUND}。",
        "针对“2023年至2024年审核上报的渔船中有7艘全年实际出海作业时间不足规定天数、4艘已处于长期停港闲置状态仍申领补贴，"
        "多发补贴资金共计31.6万元”的问题，逐笔清理相关资金，按规定用途限期使用，应上缴、收回的按规定上缴、收回。",
        "针对“在已分配的56套中有4户家庭在县城已有自有住房仍获分配，另有2套长期空置未收回”的问题，"
        "对相关款项逐笔清理核实，明确责任人和时限催收到位，确实无法收回的按规定程序处理。",
        # (round 103 rewrote that wording: it asked for the signatures it forbade; the fact under it now)
        "针对“医保结算部分处方无医师签名”的问题，对相关事项逐一核实，无法证实真实发生的按规定纠正，涉及资金的限期追回，"
        "依规追究相关人员责任；今后严格执行当场签字确认制度，严禁事后补签、代签。",
    ]
    for measure in wrong:
        plan = plan_with(measure)
        assert _checks(plan, "remedy_unlike") == [(plan.items[0].key, "remedy_unlike", "warning")], measure
    # facts of the kinds the wordings were written for, worded afresh
    right = [
        f"针对“2024年下达的农机购置补贴资金63万元滞留局账户5个月未拨付”的问题，{PAY_OUT}。",
        f"针对“2024年以‘资料费’名义向学生收取费用1.6万元，未经物价部门审批”的问题，{REFUND}。",
    ]
    for measure in right:
        assert _checks(plan_with(measure), "remedy_unlike") == [], measure
    assert remedy_examples().facts[PAY_OUT]  # the wordings the tests use are shipped ones
    assert remedy_examples().facts[REFUND]


def test_rectify_plan_says_how_many_remedies_to_check_first(
    draft_settings: Settings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "feedback.yaml"
    source.write_text(
        "unit: 中共宁川县应急管理局党组\n"
        "inspection:\n  kind: 巡察\n  body: 中共宁川县委第一巡察组\n  feedback_date: 2025-05-20\n"
        "feedback:\n  - title: 贯彻落实党的路线方针政策方面\n    problems:\n"
        "      - title: 防汛资金拨付不及时\n"
        "        detail: 2024年下达的防汛资金32万元滞留局账户未拨付到乡镇。\n",
        encoding="utf-8",
    )

    def plan(out: str) -> str:
        result = CliRunner().invoke(app, ["plan", str(source), "-o", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        assert PAY_OUT in (tmp_path / out / "plan.md").read_text(encoding="utf-8")
        return result.output.replace("\n", " ")

    assert "of them" not in plan("like")  # the shipped examples hold facts of its kind
    # …had the wording answered only facts of another kind, the office is told to check it first
    unlike = RemedyExamples.of({PAY_OUT: ["3名科长在同一岗位任职超过10年未交流"]})
    monkeypatch.setattr("assistant.review.remedy_likeness.remedy_examples", lambda: unlike)
    assert "1 of them" in plan("unlike")
