"""The thirteenth pass (issue 14): faults read in the leave-one-out drafts and in round 53.
Each case is worded differently from the text read."""

from __future__ import annotations

import pytest

from assistant.drafting.hygiene import clause_fault, fit_rules
from assistant.drafting.subject import SubjectMatcher
from assistant.units import misfits, profile_for


@pytest.mark.parametrize(
    "clause",
    [
        # an approval another unit got, a condition its project met (read as measures)
        "县委编办已批复县档案馆专职副馆长职数。",
        "该安置小区已具备分户验收条件。",
        # a fault put right already, during another inspection
        "河道两侧的建筑垃圾已在督查期间清运到位。",
    ],
)
def test_what_another_unit_got_or_did_is_not_a_measure(clause: str) -> None:
    assert clause_fault(clause) == "result"


def test_a_promise_to_get_an_approval_is_still_a_measure() -> None:
    assert clause_fault("主动对接编办，争取批复专职副书记职数。") is None


def test_a_clause_whose_agent_the_publisher_dropped_is_cut() -> None:
    """由依法依规对违法对干部考勤…: 由 with no one after it."""
    assert clause_fault("由依法依规对职工考勤进行全面清理，对旷工人员进行处理。") == "cut"
    assert clause_fault("由办公室对职工考勤进行全面清理，对旷工人员进行处理。") is None


def test_a_precision_word_alone_does_not_make_two_problems_one() -> None:
    """党费收缴基数不精准 answered 统计数据不精准 through 精准 alone (leave-one-out draft)."""
    matcher = SubjectMatcher.uniform(fit_rules().generic)
    assert matcher.score("统计数据不精准", "党费收缴基数不精准") == 0.0
    assert matcher.score("统计数据不精准", "统计数据造假") > 0.0


def test_an_overseas_chinese_federation_s_history_lesson_is_its_sector_s() -> None:
    """学党史、话侨史 is a 侨联's theme, not a bureau's (leave-one-out draft of a 国资委)."""
    ours = profile_for("中共漳浦县财政局党组")
    found = misfits("举办“学党史、话侨史”主题党课。", ours)
    assert [f.word for f in found] == ["侨史"]
