"""What closing the leave-one-out gap would cost, for a blind reading (issue 14, forty-sixth pass).

The extractive engine falls behind the nearest precedent on the leave-one-notice-out run because
its problem filter leaves items open. ``packets`` drafts every notice twice, with the shipped
filter and with none (floor 0), and writes reading packets: for a sample of items, the shipped
engine's cited measures and the unfiltered engine's additions mixed in one unlabelled list, plus
a key that says which is which. Readers who see no code mark each measure right or wrong
(``eval/loo_reading/brief.md``); ``tally`` counts their verdicts per kind from the key.

    python bench/loo_fill_reading.py packets OUT --home HOME [--seed 2026]
    python bench/loo_fill_reading.py tally OUT
"""

from __future__ import annotations

import argparse
import collections
import json
import os
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

PER_NOTICE = 2  # items left open per notice, at most
OPEN_ITEMS, DRAFTED_ITEMS, PACKETS, MOST_ADDED = 60, 20, 5, 4
_MARK = re.compile(r"\[\d+(?:[,，]\d+)*\]")
_VERDICT = re.compile(r"\|\s*\**(\d+\.\d+)\**\s*\|\s*\**(right|wrong)\**\s*\|\s*([^|]*)\|", re.I)


def _draft_both(home: Path) -> list[dict[str, Any]]:
    """Per item of every notice: the shipped engine's cited measures, the unfiltered engine's."""
    import assistant.drafting.fit as fit
    import assistant.drafting.plan as plan_module
    from assistant.corpus.catalog import Catalog
    from assistant.drafting.context import DraftingContext
    from assistant.drafting.corpus_facts import CorpusFacts
    from assistant.drafting.engines.extractive import ExtractiveEngine
    from assistant.evaluation.drafting import _draft, select_notices
    from assistant.evaluation.notice_feedback import feedback_items, notice_feedback
    from assistant.index.precedents import PrecedentIndex
    from assistant.settings import Settings

    os.environ["RECTIFY_HOME"] = str(home)  # the home's own rectify.toml is read as a user's is
    settings = Settings()
    index = PrecedentIndex(settings)
    corpus = CorpusFacts.load(settings, index)
    shipped = fit.fitting_item
    unfiltered: Callable[..., Any] = lambda context, item, floor=None: shipped(context, item, 0.0)  # noqa: E731
    items: list[dict[str, Any]] = []
    for notice_id in select_notices(settings):
        with Catalog(settings.catalog_path, create=False) as catalog:
            notice = catalog.get(notice_id)
        if not feedback_items(notice):
            continue
        feedback, _ = notice_feedback(notice)
        context = DraftingContext.build(settings, feedback, corpus=corpus)
        plans = []
        for fitting in (shipped, unfiltered):
            plan_module.fitting_item = fitting  # type: ignore[assignment]
            try:
                plans.append(_draft(context, notice_id, ExtractiveEngine(), index))
            finally:
                plan_module.fitting_item = shipped
        ours, theirs = plans
        sources = {c.n: c.problem for c in ours.citations}
        other_sources = {c.n: c.problem for c in theirs.citations}
        for mine, other in zip(ours.items, theirs.items, strict=True):
            cited = [(_MARK.sub("", m.text), sources[m.citations[0]]) for m in mine.measures if m.citations]
            said = {text for text, _ in cited}
            added = []
            for m in other.measures:
                text = _MARK.sub("", m.text)
                if m.citations and text not in said:
                    said.add(text)
                    added.append((text, other_sources[m.citations[0]]))
            items.append({
                "notice": notice_id, "unit": notice.unit or "", "key": mine.key, "problem": mine.problem,
                "category": mine.path[0] if mine.path else "", "shipped": cited, "added": added,
            })  # fmt: skip
    return items


def packets(out: Path, home: Path, seed: int) -> None:
    rng = random.Random(seed)
    by_notice: dict[str, list[dict[str, Any]]] = collections.defaultdict(list)
    for item in _draft_both(home):
        by_notice[item["notice"]].append(item)
    left_open: list[dict[str, Any]] = []
    drafted: list[dict[str, Any]] = []
    for _notice, items in sorted(by_notice.items()):
        few = [i for i in items if len(i["shipped"]) < 2 and i["added"]]
        left_open += rng.sample(few, min(PER_NOTICE, len(few)))
        enough = [i for i in items if len(i["shipped"]) >= 2]
        drafted += [rng.choice(enough)] if enough else []
    chosen = rng.sample(left_open, min(OPEN_ITEMS, len(left_open))) + rng.sample(drafted, min(DRAFTED_ITEMS, len(drafted)))
    rng.shuffle(chosen)
    out.mkdir(parents=True, exist_ok=True)
    key: list[dict[str, Any]] = []
    texts: list[list[str]] = [[] for _ in range(PACKETS)]
    for n, item in enumerate(chosen, 1):
        measures = [("shipped", *m) for m in item["shipped"]] + [("added", *m) for m in item["added"][:MOST_ADDED]]
        rng.shuffle(measures)
        lines = [f"## Item {n}", f"- 单位: {item['unit']}", f"- 方面: {item['category']}", f"- 问题: {item['problem']}", ""]
        kinds = {}
        for m, (kind, text, problem) in enumerate(measures, 1):
            lines += [f"- **{n}.{m}** {text}", f"  - (先例原问题: {problem})"]
            kinds[f"{n}.{m}"] = kind
        texts[(n - 1) % PACKETS] += [*lines, ""]
        key.append({"no": n, "notice": item["notice"], "key": item["key"], "left_open": len(item["shipped"]) < 2, "kinds": kinds})
    for p, lines in enumerate(texts, 1):
        (out / f"packet{p}.md").write_text("\n".join(lines), encoding="utf-8")
    (out / "key.json").write_text(json.dumps(key, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{len(chosen)} items, {sum(len(k['kinds']) for k in key)} measures in {PACKETS} packets: {out}")


def tally(out: Path) -> None:
    key = json.loads((out / "key.json").read_text(encoding="utf-8"))
    kind = {m: (k["left_open"], v) for k in key for m, v in k["kinds"].items()}
    verdicts: dict[str, tuple[str, str]] = {}
    for reading in sorted(out.glob("reading*.md")):
        for line in reading.read_text(encoding="utf-8").splitlines():
            found = _VERDICT.match(line)
            if found:
                verdicts[found.group(1)] = (found.group(2).lower(), found.group(3).strip())
    missing = sorted(set(kind) - set(verdicts))
    counts: collections.Counter[tuple[bool, str, str]] = collections.Counter()
    faults: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for mid, (verdict, fault) in verdicts.items():
        left_open, which = kind[mid]
        counts[(left_open, which, verdict)] += 1
        if verdict == "wrong":
            faults[which][fault or "?"] += 1
    for which in ("shipped", "added"):
        for scope, test in (("all items", lambda lo: True), ("items left open", lambda lo: lo)):
            read = sum(n for (lo, w, _v), n in counts.items() if w == which and test(lo))
            wrong = sum(n for (lo, w, v), n in counts.items() if w == which and v == "wrong" and test(lo))
            print(f"{which:8} {scope:16} {wrong:4} wrong of {read:4} ({100 * wrong / max(read, 1):.1f} %)")
        print(f"         faults: {dict(faults[which].most_common())}")
    if missing:
        print(f"no verdict for {len(missing)} measures: {', '.join(missing[:10])}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("packets")
    make.add_argument("out", type=Path)
    make.add_argument("--home", type=Path, required=True)
    make.add_argument("--seed", type=int, default=2026)
    count = sub.add_parser("tally")
    count.add_argument("out", type=Path)
    args = parser.parse_args()
    if args.command == "packets":
        packets(args.out, args.home, args.seed)
    else:
        tally(args.out)


if __name__ == "__main__":
    main()
