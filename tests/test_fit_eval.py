"""The drafting evaluation's context-fit counts: misfit words per 100 measures against the
held-out unit's profile, and items with too few fitting measures."""

from __future__ import annotations

from assistant.drafting.models import Finding, Measure
from assistant.evaluation.context_fit import context_fit
from assistant.units import load_lexicon
from tests.test_fit_review import GOOD, our_profile, plan_with


def test_fitting_plan_has_no_findings_and_enough_measures() -> None:
    plan = plan_with(GOOD)
    for item in plan.items:
        item.measures.append(Measure(text="建立整改台账，逐项对账销号。[1]", citations=[1]))
    counts = context_fit(plan, our_profile(plan), load_lexicon())
    assert (counts.findings, counts.per_100, counts.too_few) == (0, 0.0, 0)
    assert counts.measures == 2 * len(plan.items)


def test_misfits_are_counted_per_100_measures_and_thin_items_are_too_few() -> None:
    plan = plan_with("由局党组副书记、院长任组长，督促机关各处室落实。")  # two misfit words
    counts = context_fit(plan, our_profile(plan), load_lexicon())
    assert counts.findings == 2 and counts.measures == len(plan.items)
    assert counts.per_100 == round(200 / len(plan.items), 2)
    assert counts.too_few == len(plan.items)  # one measure each: fewer than two fit
    plan.items[1].measures.append(Measure(text="建立整改台账。[1]", citations=[1]))
    plan.findings.append(Finding(item=plan.items[2].key, check="too_few_fitting", message="x"))
    assert context_fit(plan, our_profile(plan), load_lexicon()).too_few == len(plan.items) - 1


def test_a_copied_block_counts_as_the_measures_it_holds() -> None:
    plan = plan_with("建立整改台账，逐项对账销号。召开院务会研究整改；完善学习制度。")
    counts = context_fit(plan, our_profile(plan), load_lexicon())
    assert counts.measures == 3 + (len(plan.items) - 1)
    assert counts.findings == 1  # 院务会: a hospital's meeting, not a bureau's
    assert counts.too_few == len(plan.items) - 1  # the first item has two fitting sentences
