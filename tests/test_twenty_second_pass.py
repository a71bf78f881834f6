"""Issue 14, twenty-second pass: round 73's leftover (a water bureau) and round 74's readings.
Each case is reworded from the text that was read.

Each test fails on the code before its fix, unless it says it keeps a behaviour."""

from __future__ import annotations

from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.open_facts import facts_placeholder, unanswered_facts
from tests.test_fact_remedies import _uniform


def _measures_and_open(detail: str) -> tuple[str, str]:
    measures = [r.text for r in fact_remedies(detail)]
    left = unanswered_facts(detail, measures, _uniform())
    return " ".join(measures), facts_placeholder(left) if left else ""


_PARTY_DECIDES = "一律提交党组织会议研究决定，不得以行政办公会议代替"


def test_an_office_meeting_deciding_in_the_party_bodys_stead_sends_the_matters_to_the_party_body() -> None:
    # round 73's water bureau: 以局长办公会代替党组决策 got the general "collective study" wording,
    # which the 局长办公会 already is
    text, _ = _measures_and_open("2024年有3项大额资金安排事项未经党组会议研究，以局长办公会议代替党组会决策。")
    assert _PARTY_DECIDES in text and "按议事规则提交集体研究" not in text, text
    # matters no one studied at all keep the collective-study wording
    text, _ = _measures_and_open("2024年有3项大额资金安排事项未经集体研究。")
    assert _PARTY_DECIDES not in text, text
