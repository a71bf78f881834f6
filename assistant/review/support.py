"""Check 3, citations support: is the cited clause close to the measure that cites it?

The score is *containment*: the share of the measure's character uni+bigram mass (markers
and placeholders removed) that the cited clause also has, so a measure drawn from part of a
long clause still scores high. ``bench/bench_support.py`` measured it on 1,192 citations of
12 leave-one-out plans against the same measures paired with another citation's clause:
AUC 1.00 (median 1.00 correct, 0.07 shuffled); the symmetric cosine of the same grams 1.00,
the e5 embedder 0.999 with its cosines crowded together (median 0.99 correct, 0.89
shuffled) and a model to load. The default threshold (``review.support_threshold``, 0.33)
is the score a shuffled citation stays under 99 % of the time: a model's paraphrase scores
below a copied clause, so the warning fires only on a citation as unrelated as a random one.
"""

from __future__ import annotations

from collections.abc import Iterator

from assistant.drafting.guards import strip_markers
from assistant.drafting.models import PLACEHOLDER_RE, Citation, Finding, Plan
from assistant.drafting.similarity import cosine, grams
from assistant.i18n import _


def _plain(text: str) -> str:
    """The measure as the precedent could have said it: no markers, no placeholders."""
    return PLACEHOLDER_RE.sub("", strip_markers(text)[0])


def gram_cosine(text: str, clause: str) -> float:
    return cosine(_plain(text), clause)


def containment(text: str, clause: str) -> float:
    """Share of the measure's uni+bigram mass that the clause also has."""
    own, theirs = grams(_plain(text)), grams(clause)
    total = sum(own.values())
    return sum(min(v, theirs[k]) for k, v in own.items()) / total if total else 0.0


def support_score(text: str, clause: str) -> float:
    return containment(text, clause)


def cited_pairs(plan: Plan) -> Iterator[tuple[str, int, str, Citation]]:
    """(item key, measure number, measure text, citation) for every resolvable citation."""
    for item in plan.items:
        for i, measure in enumerate(item.measures, 1):
            for n in measure.citations:
                citation = plan.citation(n)
                if citation is not None:
                    yield item.key, i, measure.text, citation


def check_support(plan: Plan, threshold: float) -> list[Finding]:
    findings = []
    for key, i, text, citation in cited_pairs(plan):
        score = support_score(text, citation.clause)
        if score < threshold:
            clause = citation.clause if len(citation.clause) <= 30 else citation.clause[:30] + "…"
            findings.append(
                Finding(
                    item=key,
                    check="citation_support",
                    severity="warning",
                    message=_(
                        "措施 {i} 几乎没有用到 [{n}]（依据度 {score:.2f} < {threshold:.2f}：“{clause}”）"
                        "—— 修改：改引它实际依据的条文，或去掉 [{n}]"
                    ).format(i=i, n=citation.n, score=score, threshold=threshold, clause=clause),
                )
            )
    return findings
