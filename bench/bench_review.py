"""Benchmark: `rectify review` of a plan with 1,000 and 5,000 problems (target: 5,000 < 30 s).

The shipped corpus is indexed with fake embeddings into a temporary home and the example
feedback drafted once (extractive engine); the plan is then scaled up: each new problem
gets the measures of an example item with a few words of its own appended (so the
repetition check has real near-duplicates to find among many non-duplicates), and the
feedback grows with it so coverage still holds. Times ``review_plan`` with every check on
(names, catalog, support, repetition), as ``rectify review`` runs it.

Measured (2 shared cores, load ~10 from other jobs): 1,000 problems (4,200 measures) 6.1 s,
5,000 problems (21,000 measures) 24.1 s, peak RSS 820 MB. The pairwise check took 90 s for
1,000 and over 10 min for 5,000.

Run: .venv/bin/python bench/bench_review.py [SIZES...]
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from common import CORPUS, ROOT, max_rss_mb, record, timed  # noqa: E402

from assistant.drafting.context import DraftingContext  # noqa: E402
from assistant.drafting.inputs.feedback.model import FeedbackCategory, FeedbackProblem  # noqa: E402
from assistant.drafting.models import Measure, Plan  # noqa: E402
from assistant.drafting.service import draft_plan  # noqa: E402
from assistant.index import sync  # noqa: E402
from assistant.review.run import review_plan  # noqa: E402
from assistant.settings import Settings, load_settings  # noqa: E402

# words that make each copy its own measure (so not every copy repeats every other)
WORDS = "台账 清单 制度 会议 培训 督查 考核 问责 整治 排查 回头看 公示 约谈 通报 整改 审计".split()


def scaled(plan: Plan, problems: int) -> Plan:
    base = plan.items
    items, titles = [], []
    for n in range(problems):
        src = base[n % len(base)]
        key = f"1.{n + 1}"
        title = f"{src.problem}（第{n + 1}项）"
        extra = "、".join(WORDS[(n + k) % len(WORDS)] for k in range(1 + n % 5))
        measures = [
            Measure(text=f"{m.text}围绕{extra}第{n}批次{j}落实。", citations=list(m.citations))
            for j, m in enumerate(src.measures)
        ]
        items.append(src.model_copy(update={"key": key, "path": [title], "problem": title,
                                            "measures": measures}))
        titles.append(FeedbackProblem(title=title))
    feedback = plan.feedback.model_copy(
        update={"feedback": [FeedbackCategory(title="问题", problems=titles)]}
    )
    return plan.model_copy(update={"items": items, "feedback": feedback})


def run(settings: Settings, plan: Plan, problems: int) -> dict[str, float]:
    big = scaled(plan, problems)
    context = DraftingContext.build(settings, big.feedback)
    seconds, findings = timed(
        lambda: review_plan(
            big,
            guard=context.guard,
            precedents=context.citable_ids,
            support_threshold=settings.review.support_threshold,
        )
    )
    repeats = sum(1 for f in findings if f.check == "repetition")
    measures = sum(len(i.measures) for i in big.items)
    return {"problems": problems, "measures": measures, "seconds": round(seconds, 2),
            "findings": len(findings), "repetition_findings": repeats}


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or [1000, 5000]
    with tempfile.TemporaryDirectory(prefix="rectify-bench-review-") as tmp:
        home = Path(tmp)
        settings = load_settings(home=home, index={"embedder": "fake"})
        sync.add_to_corpus(settings, [CORPUS])
        plan = draft_plan(settings, ROOT / "examples" / "feedback.yaml", home / "plan").plan
        results = [run(settings, plan, n) for n in sizes]
    record("review", {"runs": results, "max_rss_mb": max_rss_mb(), "target_5000_s": 30})


if __name__ == "__main__":
    main()
