"""Benchmark: the citation-support score, correct against shuffled citations.

For a sample of shipped notices, the notice's own problems become a feedback file and the
extractive engine drafts a plan with that notice excluded from retrieval. Every (measure,
cited clause) pair is a *correct* citation; the same measure paired with the clause of
another citation of the same plan (another precedent, drawn at random) is a *shuffled*
one. Three scores are compared by ROC AUC, by the threshold that maximises TPR − FPR
(Youden's J), and by the threshold a shuffled citation stays under 99 % of the time (what
the setting uses: extractive citations all clear the Youden point, but a model's paraphrase
scores lower than a copied clause, so the warning should only fire on citations as
unrelated as a random one):

* ``containment``: share of the measure's character uni+bigram mass found in the clause
  (placeholders removed): a measure drawn from a long clause still scores high;
* ``cosine``: the symmetric cosine of the same grams;
* ``e5``: cosine of the index embedder's vectors (passage embeddings of both texts).

The index is built with e5 into a temporary home, or taken from ``$RECTIFY_BENCH_HOME``.
Run: .venv/bin/python bench/bench_support.py [--notices 12]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, record  # noqa: E402

from assistant.corpus.catalog import Catalog  # noqa: E402
from assistant.drafting.engines.extractive import ExtractiveEngine  # noqa: E402
from assistant.drafting.plan import build_plan  # noqa: E402
from assistant.evaluation.notice_feedback import notice_feedback  # noqa: E402
from assistant.index import sync  # noqa: E402
from assistant.index.filters import Filters  # noqa: E402
from assistant.index.precedents import PrecedentIndex  # noqa: E402
from assistant.review.support import containment, gram_cosine  # noqa: E402
from assistant.settings import load_settings  # noqa: E402


def auc(positive: list[float], negative: list[float]) -> float:
    pos, neg = np.asarray(positive), np.asarray(negative)
    greater = (pos[:, None] > neg[None, :]).mean()
    ties = (pos[:, None] == neg[None, :]).mean()
    return float(greater + 0.5 * ties)


def best_threshold(positive: list[float], negative: list[float]) -> dict[str, float]:
    candidates = sorted(set(positive) | set(negative))
    pos, neg = np.asarray(positive), np.asarray(negative)
    best = {"threshold": 0.0, "tpr": 1.0, "fpr": 1.0, "j": 0.0}
    for t in candidates:
        tpr, fpr = float((pos >= t).mean()), float((neg >= t).mean())
        if tpr - fpr > best["j"]:
            best = {"threshold": round(t, 3), "tpr": round(tpr, 3), "fpr": round(fpr, 3), "j": round(tpr - fpr, 3)}
    return best


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--notices", type=int, default=12)
    args = parser.parse_args()
    home = os.environ.get("RECTIFY_BENCH_HOME")
    tmp = None
    if not home:
        tmp = tempfile.TemporaryDirectory(prefix="rectify-support-")
        home = tmp.name
    settings = load_settings(home=Path(home))
    if not settings.catalog_path.exists():
        print("building the e5 index …", flush=True)
        sync.add_to_corpus(settings, [CORPUS])
    index = PrecedentIndex(settings)
    with Catalog(settings.catalog_path, create=False) as catalog:
        notices = [catalog.get(row.id) for row in catalog.rows()]
    notices = [n for n in notices if len([i for i in n.items if i.section == "items"]) >= 5]
    rng = random.Random(7)
    rng.shuffle(notices)
    correct: list[tuple[str, str]] = []
    shuffled: list[tuple[str, str]] = []
    for notice in notices[: args.notices]:
        feedback, _ = notice_feedback(notice)
        plan = build_plan(
            settings, feedback, ExtractiveEngine(), index=index,
            filters=Filters(exclude_notices=frozenset({notice.id})),
        )
        pairs = [
            (m.text, plan.citation(n)) for item in plan.items for m in item.measures for n in m.citations
        ]
        for text, citation in pairs:
            assert citation is not None
            others = [c for _, c in pairs if c is not None and c.precedent_id != citation.precedent_id]
            correct.append((text, citation.clause))
            shuffled.append((text, rng.choice(others).clause))
    print(f"{len(correct)} correct and {len(shuffled)} shuffled citations from {args.notices} plans")
    scores: dict[str, tuple[list[float], list[float]]] = {
        "containment": ([containment(t, c) for t, c in correct], [containment(t, c) for t, c in shuffled]),
        "cosine": ([gram_cosine(t, c) for t, c in correct], [gram_cosine(t, c) for t, c in shuffled]),
    }
    sample = rng.sample(range(len(correct)), min(150, len(correct)))
    texts = [correct[i][0] for i in sample] + [correct[i][1] for i in sample] + [shuffled[i][1] for i in sample]
    vectors = np.asarray(index.embeddings.embed_documents(texts), dtype=np.float64)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    m, c, s = np.split(vectors, 3)
    scores["e5 (sample)"] = (list((m * c).sum(1)), list((m * s).sum(1)))
    results = {}
    for name, (pos, neg) in scores.items():
        row = {
            "auc": round(auc(pos, neg), 3),
            "correct_median": round(float(np.median(pos)), 3),
            "shuffled_median": round(float(np.median(neg)), 3),
            "correct_p10": round(float(np.percentile(pos, 10)), 3),
            "shuffled_p90": round(float(np.percentile(neg, 90)), 3),
            **best_threshold(pos, neg),
        }
        # the setting: the score a random citation stays under 99 % of the time
        at_1pct = float(np.percentile(neg, 99))
        row["threshold_fpr_1pct"] = round(at_1pct, 3)
        row["tpr_at_fpr_1pct"] = round(float((np.asarray(pos) >= at_1pct).mean()), 3)
        results[name] = row
        print(f"{name:<12} " + "  ".join(f"{k} {v}" for k, v in row.items()))
    record("citation_support", {"plans": args.notices, "pairs": len(correct), "scores": results})
    if tmp:
        tmp.cleanup()


if __name__ == "__main__":
    main()
