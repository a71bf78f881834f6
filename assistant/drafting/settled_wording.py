"""The wording a remedy class gives a fact the feedback says is put right already: all of it (违规资金已于巡察期间
全部退回: the class's ``settled_action``, checking it was done) or in part (共计8.9万元，已追回5.2万元: its
``partly_action``, getting the rest), so that a measure never promises back what is back."""

from __future__ import annotations

import re

from assistant.drafting.remedy_rules import RemedyClass, Variant
from assistant.drafting.sums_back import back_above, partly, partly_elsewhere, settles

_TIMED = re.compile(r"限期|时限")


def settled_wording(
    remedy: RemedyClass, variant: Variant | None, action: str, fact: str, facts: list[str], detail: str, quote: str
) -> str:
    """``action``, or the class's (its variant's) wording for ``quote`` settled or partly settled."""
    # what a statement about all the sums above says (上述…已退回): read only when a wording of the class could use it
    wordings = remedy.settled_action or remedy.partly_action or (variant and (variant.settled_action or variant.partly_action))
    above = back_above(detail, quote) if wordings else ""
    if (remedy.settled is not None and settles(remedy.settled, fact, facts, quote)) or (
        above == "settled" and (remedy.settled_action or (variant is not None and variant.settled_action))
    ):
        return (variant.settled_action if variant else "") or remedy.settled_action or action
    if (partly(fact) or partly_elsewhere(fact, facts, quote) or above == "partly") and (
        (variant is not None and variant.partly_action) or (remedy.partly_action and not _TIMED.search(action))
    ):
        # …unless the class's wording recovers by a time already (限期追回); a variant's own partly wording is its own
        return (variant.partly_action if variant else "") or remedy.partly_action
    return action
