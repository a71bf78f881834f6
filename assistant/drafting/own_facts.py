"""Our own facts in an item's measures, whichever engine drafts it.

The remedies for the facts of a known kind (``fact_remedies.py``) come first, uncited: they
are the unit's own measures. The engine's measures follow. The facts that none of them
answers are named in a last placeholder (【待补充：针对“…”的整改措施】), so the office sees
what is still open; to keep a ledger's size, the least relevant borrowed measure gives way
to that placeholder when the item is full.
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.protocol import DraftMeasure
from assistant.drafting.open_facts import unanswered_facts
from assistant.drafting.open_labels import facts_placeholder


def with_own_facts(
    context: DraftingContext,
    detail: str | None,
    remedies: Sequence[str],
    borrowed: Sequence[DraftMeasure],
    most: int,
) -> tuple[list[DraftMeasure], int]:
    """The item's measures and how many of ``borrowed`` (the last ones) gave way."""
    kept = list(borrowed)
    while True:
        measures = [DraftMeasure(text=r) for r in remedies] + kept
        open_facts = unanswered_facts(
            detail or "", [m.text for m in measures], context.corpus.subject, context.remedies, context.fit
        )
        if not open_facts:
            return measures, len(borrowed) - len(kept)
        if len(measures) < most or not kept:
            placeholder = DraftMeasure(text=facts_placeholder(open_facts, context.remedies))
            return [*measures, placeholder], len(borrowed) - len(kept)
        kept.pop()
