"""Redrafting one plan item with a hint and excluded precedents: what `rectify review
redraft` and the review workspace both run (through `actions.redraft`)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from assistant.drafting.models import Plan, PlanItem
from assistant.review import actions
from assistant.settings import Settings


def redraft_note(engine: str | None, hint: str, exclude: Sequence[str]) -> str:
    """What the history records about a redraft."""
    parts = (
        f"engine {engine}" if engine else "",
        f"hint: {hint}" if hint else "",
        f"excluded: {', '.join(exclude)}" if exclude else "",
    )
    return "; ".join(part for part in parts if part)


def redraft_with(
    settings: Settings,
    folder: Path,
    key: str,
    *,
    hint: str = "",
    exclude: Sequence[str] = (),
    engine: str | None = None,
    revision: int | None = None,
) -> actions.Outcome:
    from assistant.drafting.engines.factory import make_engine
    from assistant.drafting.redraft import redraft_item

    def draft_again(plan: Plan, before: PlanItem) -> PlanItem:
        made = make_engine(settings, engine)
        return redraft_item(settings, plan, before, made, hint=hint, exclude=list(exclude))

    note = redraft_note(engine, hint, exclude)
    return actions.redraft(folder, key, draft_again, note, revision=revision)
