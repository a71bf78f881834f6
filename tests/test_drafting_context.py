"""The drafting context: facts worked out once per command, the goal following the deadline."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from assistant.corpus.catalog import Catalog
from assistant.drafting import service
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.engines.llm import LLMEngine
from assistant.drafting.models import Deadline, PlanItem
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.redraft import redraft_item
from assistant.drafting.service import PlanResult, draft_plan
from assistant.settings import Settings, load_settings
from tests.draft_helpers import EXAMPLE
from tests.llm_helpers import FakeToolChatModel

# What a goal must say for each deadline class, written here and not taken from the code
# under test: 立行立改 names itself, 长期坚持 a lasting mechanism, 限期整改 its month.
_AT_ONCE, _LASTING = "立行立改", "长效"


def _agrees(item: PlanItem) -> bool:
    deadline, goal = item.deadline, item.goal
    if deadline.kind == "立行立改":
        return _AT_ONCE in goal and _LASTING not in goal
    if deadline.kind == "长期坚持":
        return _LASTING in goal and _AT_ONCE not in goal
    assert deadline.date is not None  # the example gives a feedback date
    return f"{deadline.date.year}年{deadline.date.month}月" in goal and _AT_ONCE not in goal


def test_each_goal_follows_its_deadline_class(example_plan: PlanResult) -> None:
    items = example_plan.plan.items
    kinds = {item.deadline.kind for item in items}
    assert kinds == {"立行立改", "限期整改", "长期坚持"}  # the example exercises every class
    assert [item.key for item in items if not _agrees(item)] == []


def test_the_llm_is_told_each_items_deadline(draft_settings: Settings, tmp_path: Path) -> None:
    settings = load_settings(
        home=draft_settings.home, index={"embedder": "fake"}, llm={"cache": False}, audit=False
    )
    fake = FakeToolChatModel()
    result = draft_plan(
        settings, EXAMPLE, tmp_path / "plan", engine=LLMEngine(settings, chat_model=fake)
    )
    told: dict[str, str] = {}
    for tool, messages in fake.calls:
        if tool == "ItemDraft":
            text = str(messages[-1].content)
            problem = re.search(r"^问题：(.+)$", text, re.M)
            deadline = re.search(r"^整改时限：(.+)$", text, re.M)
            assert problem and deadline
            told[problem.group(1)] = deadline.group(1)
    assert len(told) == len(result.plan.items)
    for item in result.plan.items:
        line = told[item.problem]
        assert line.startswith(item.deadline.kind), (item.key, line)
        if item.deadline.date:
            assert f"{item.deadline.date.year}年{item.deadline.date.month}月" in line


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often the catalog is opened and a name guard built, from now on."""
    counts = {"catalog": 0, "guard": 0}
    catalog_init, guard_init = Catalog.__init__, NameGuard.__init__

    def counting_catalog(self: Catalog, *args: Any, **kwargs: Any) -> None:
        counts["catalog"] += 1
        catalog_init(self, *args, **kwargs)

    def counting_guard(self: NameGuard, *args: Any, **kwargs: Any) -> None:
        counts["guard"] += 1
        guard_init(self, *args, **kwargs)

    monkeypatch.setattr(Catalog, "__init__", counting_catalog)
    monkeypatch.setattr(NameGuard, "__init__", counting_guard)
    return counts


def test_one_plan_opens_the_catalog_once_and_builds_one_guard(
    draft_settings: Settings, tmp_path: Path, counted: dict[str, int]
) -> None:
    result = service.draft_plan(draft_settings, EXAMPLE, tmp_path / "plan")
    assert result.plan.items and result.plan.citations
    assert counted == {"catalog": 1, "guard": 1}


def test_a_redraft_opens_the_catalog_once_and_builds_one_guard(
    example_plan: PlanResult, draft_settings: Settings, counted: dict[str, int]
) -> None:
    plan = example_plan.plan.model_copy(deep=True)
    item = plan.items[0].model_copy(update={"deadline": Deadline(kind="立行立改")})
    plan.items[0] = item
    new = redraft_item(draft_settings, plan, item, ExtractiveEngine(), hint="加强制度建设")
    assert counted == {"catalog": 1, "guard": 1}
    # the reviewer's deadline stays, and the new goal follows it
    assert new.deadline.kind == "立行立改" and _agrees(new)
