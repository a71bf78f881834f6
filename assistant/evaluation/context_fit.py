"""Context fit of a drafted plan, for the drafting evaluation (issue 14).

Counted by the units lexicon against the held-out notice's own unit profile: every word of
a final measure that does not fit that unit (``units.misfits``) is one finding, reported per
100 measures. A measure is counted sentence by sentence (split at 。/；), so a baseline's
copied block of measures counts as the measures it holds. An item has *too few fitting*
measures when fewer than ``MIN_FITTING`` of its cited sentences are free of misfits, or when
drafting said so (``too_few_fitting``); the same rule for engines and the copying baselines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafting.fit import MIN_FITTING, TOO_FEW
from assistant.drafting.models import Plan
from assistant.evaluation.scoring import readable
from assistant.units import Lexicon, UnitProfile, misfits

_SENTENCE_END = re.compile(r"[。；;]")


@dataclass
class FitCounts:
    measures: int = 0  # measures with text (placeholders alone left out)
    findings: int = 0  # misfit words in those measures
    items: int = 0
    too_few: int = 0  # items with fewer than MIN_FITTING fitting measures

    def add(self, other: FitCounts) -> None:
        self.measures += other.measures
        self.findings += other.findings
        self.items += other.items
        self.too_few += other.too_few

    @property
    def per_100(self) -> float:
        return round(100 * self.findings / self.measures, 2) if self.measures else 0.0

    @property
    def too_few_share(self) -> float:
        return round(self.too_few / self.items, 4) if self.items else 0.0


def context_fit(plan: Plan, profile: UnitProfile, lexicon: Lexicon, own_text: str = "") -> FitCounts:
    """Misfit words per measure and items left with too few fitting measures (``own_text``:
    the held-out notice's feedback, whose words quoted are the unit's own, as in review)."""
    said_too_few = {f.item for f in plan.findings if f.check == TOO_FEW}
    counts = FitCounts(items=len(plan.items))
    for item in plan.items:
        fitting = 0
        for measure in item.measures:
            for text in _SENTENCE_END.split(readable(measure.text)):
                if len(text.strip("，、：: ")) < 2:
                    continue
                found = len(misfits(text, profile, lexicon=lexicon, own_text=own_text))
                counts.measures += 1
                counts.findings += found
                fitting += 1 if measure.citations and not found else 0
        if fitting < MIN_FITTING or item.key in said_too_few:
            counts.too_few += 1
    return counts
