"""Reading a written measure back: which of our facts it quotes (针对“…”“…”的问题) and what it promises after them.

Review, the placeholder of open facts and the remedy examples read measures the drafting wrote (``FactRemedy.text``),
and the LLM engine's, which must quote our facts the same way."""

from __future__ import annotations

import re

from assistant.drafting.fact_clauses import as_written
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.instructions import DEMAND_AT_END
from assistant.drafting.models import to_fill

QUOTED = re.compile(r"^针对((?:“[^”]+”)+)")  # one fact or several worded alike
OPEN_FACTS = to_fill("针对“")[:-1]  # how a placeholder naming the open facts begins


def quote_of(measure: str) -> str | None:
    """The (first) fact a remedy quotes, its nested quotes as written in the feedback."""
    quotes = quotes_of(measure)
    return quotes[0] if quotes else None


def facts_quoted(measure: str) -> list[str]:
    """What of the feedback's facts a measure quotes: its quotes, a demand's without the demand
    (…继续领取补助1.44万元，巡察期间已退回0.96万元，其余在反馈之日起2个月内全部追回 quotes the fact before
    the demand: round 83 named that fact open beside it)."""
    return [DEMAND_AT_END.sub("", q).rstrip(" \u3000，,") or q for q in quotes_of(measure)]


def quotes_of(measure: str) -> list[str]:
    """Every fact a remedy quotes (针对“…”“…”的问题), nested quotes as in the feedback."""
    found = QUOTED.match(measure.strip())
    if found is None:
        return []
    return [as_written(q) for q in found.group(1)[1:-1].split("”“")]


_NAMED_AS = re.compile(r"^(?:的问题|的要求)?，")


def wording_of(measure: str) -> str | None:
    """What a remedy promises: its text after the quoted facts (``FactRemedy.text`` read back),
    citation markers left out; None: not a remedy for a fact of ours."""
    text = MARKER_RE.sub("", measure).strip()
    found = QUOTED.match(text)
    if found is None:
        return None
    return _NAMED_AS.sub("", text[found.end() :]).removesuffix("。")


def quotes_own_fact(measure: str, detail: str) -> bool:
    """Whether ``measure`` is a remedy for a fact of our own problem (it quotes one of the
    detail's facts): the unit's own measure, which needs no precedent to cite."""
    said = quote_of(measure)
    return bool(detail) and said is not None and len(said) >= 6 and said in detail
