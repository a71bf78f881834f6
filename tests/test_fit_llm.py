"""The LLM engine and context fit (issue 14): its prompts carry our unit's profile and the
precedents' words that do not fit us; a measure its answer holds that does not fit our unit
is removed and reported, and an item left with fewer than two gets the placeholder."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from assistant.drafting.engines.llm import LLMEngine
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.guards import strip_markers
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.models import only_placeholders
from assistant.drafting.service import draft_plan
from assistant.index.precedents import PrecedentIndex
from assistant.settings import load_settings
from tests.draft_helpers import EXAMPLE
from tests.llm_helpers import FakeToolChatModel, default_answer, field, model_texts, settings_for

MISFIT = "由局党组副书记、院长任组长，各分院院长抓好落实。"
FITTING = ["建立问题整改台账，逐项明确责任股室和完成时限。", "定期召开局长办公会听取整改进展。"]


@pytest.fixture(scope="module")
def index(corpus_home: Path) -> PrecedentIndex:
    return PrecedentIndex(load_settings(home=corpus_home, index={"embedder": "fake"}))


@pytest.fixture
def home(corpus_home: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "corpus-copy"
    shutil.copytree(corpus_home, copy, ignore=shutil.ignore_patterns(".rectify"))
    return copy


def answer(first_problem: str) -> Any:
    """Every item: one measure of a court's roles and two that fit a county bureau; the first
    problem: only the misfit."""

    def respond(schema: str, human: str) -> dict[str, Any]:
        if schema != "ItemDraft":
            return default_answer(schema, human)
        if field(human, "问题") == first_problem:
            return {"goal": "按期整改到位。", "measures": [{"text": MISFIT, "citations": [1]}]}
        measures = [{"text": MISFIT, "citations": [1]}]
        measures += [{"text": t, "citations": [n]} for n, t in enumerate(FITTING, 1)]
        return {"goal": "按期整改到位。", "measures": measures}

    return respond


def test_prompt_profile_and_removed_misfits(
    home: Path, tmp_path: Path, index: PrecedentIndex
) -> None:
    settings = settings_for(home, model="fake", cache=False)
    first = load_feedback(EXAMPLE).problems()[0].problem.title
    fake = FakeToolChatModel(answer=answer(first))
    engine = LLMEngine(settings, chat_model=fake)
    plan = draft_plan(settings, EXAMPLE, tmp_path / "plan", engine=engine, index=index).plan

    humans = [str(m[-1].content) for schema, m in fake.calls if schema == "ItemDraft"]
    profile = field(humans[0], "本单位情况")
    assert "局长" in profile and "股室" in profile and "党组" in profile and "县委" in profile
    systems = [str(m[0].content) for schema, m in fake.calls if schema == "ItemDraft"]
    assert all("不得使用下列词语" in s for s in systems)

    texts = [strip_markers(m.text)[0] for item in plan.items for m in item.measures]
    assert MISFIT not in texts  # removed, never kept silently
    removed = [f for f in engine.findings if f.check == "fit_removed"]
    assert len(removed) == len(plan.items) and all("院长" in f.message for f in removed)
    assert [f for f in plan.findings if f.check == "fit_removed"] == removed  # reported
    # the first item kept nothing that fits: left visibly open, not padded
    assert model_texts(plan.items[0]) == [] and only_placeholders(plan.items[0].measures[-1].text)
    assert any(f.check == "too_few_fitting" and f.item == plan.items[0].key for f in plan.findings)
    assert model_texts(plan.items[1]) == FITTING


def test_the_models_measures_pass_the_extractive_engines_rules(draft_settings: Any) -> None:
    """Another organ, another unit's village, a problem statement: what drafting never takes
    from a precedent is removed from a model's answer too (and reported)."""
    from assistant.drafting.context import DraftingContext
    from assistant.drafting.engines.llm_fit import REMOVED, guard_item
    from assistant.drafting.engines.protocol import DraftMeasure, ItemDraft

    context = DraftingContext.build(draft_settings, load_feedback(EXAMPLE))  # a 党组
    wrong = [
        "将政治理论学习纳入党委年度议事日程认真落实。",
        "组织党员干部到黄荆沟社区开展走访慰问。",
        "支委成员之间进行谈心谈话不足的问题。",
    ]
    draft = ItemDraft(
        goal="按期整改到位。",
        measures=[DraftMeasure(text=t, citations=[1]) for t in [*wrong, FITTING[0]]],
    )
    kept, removed = guard_item(context, "1.1", draft)
    assert [m.text for m in kept.measures] == [FITTING[0]]
    assert [f.check for f in removed] == [REMOVED] * 3


def test_the_model_gets_our_remedies_they_come_first_and_open_facts_are_named(
    home: Path, tmp_path: Path, index: PrecedentIndex
) -> None:
    settings = settings_for(home, model="fake", cache=False)
    feedback = load_feedback(EXAMPLE)
    leaf = next(p for p in feedback.problems() if "滞留" in (p.problem.detail or ""))
    [remedy] = [r.text for r in fact_remedies(leaf.problem.detail or "")][:1]
    fake = FakeToolChatModel(answer=answer("nothing is first"))
    engine = LLMEngine(settings, chat_model=fake)
    plan = draft_plan(settings, EXAMPLE, tmp_path / "plan", engine=engine, index=index).plan

    prompt = next(str(m[-1].content) for s, m in fake.calls if s == "ItemDraft" and field(str(m[-1].content), "问题") == leaf.problem.title)
    assert remedy in prompt  # the model is told what is written already
    item = next(i for i in plan.items if i.key == leaf.key)
    assert strip_markers(item.measures[0].text)[0] == remedy and not item.measures[0].citations
    assert model_texts(item) == FITTING  # the model's own, after our remedy
    # the model answered none of the other facts: they are named, not left unsaid
    last = item.measures[-1].text
    assert last.startswith("【待补充：针对“") and only_placeholders(last)
