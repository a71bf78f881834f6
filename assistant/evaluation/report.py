"""The drafting benchmark's report: ``drafting.md`` (tables) and ``drafting.png`` (chart).

The chart needs matplotlib (the ``bench`` extra); without it the Markdown is written alone
and says how to get the chart.
"""

from __future__ import annotations

import datetime as dt
import os
import platform
from pathlib import Path
from typing import Any

from assistant.evaluation.drafting import ORACLE_TOP, DraftingEval, MethodResult
from assistant.evaluation.measure_types import measure_types
from assistant.evaluation.metrics import cluster_bootstrap
from assistant.evaluation.scoring import SIMILARITY_CHARS

MARKDOWN = "drafting.md"
CHART = "drafting.png"
CHART_METRICS = (("rouge_l", "char ROUGE-L F1"), ("similarity", "embedding similarity"),
                 ("type_recall", "measure-type recall"))
COLUMNS = (
    ("rouge_l", "ROUGE-L"), ("similarity", "similarity"), ("type_recall", "type recall"),
    ("type_precision", "type precision"), ("chars", "chars/item"), ("covered_share", "covered"),
    ("invalid_citations", "invalid citations"), ("leaked_names", "leaked names"),
    ("unsupported_citations", "unsupported citations"),
    ("fit_per_100", "context-fit findings / 100 measures"), ("too_few_share", "items too few fitting"),
    ("draft_s", "drafting s"),
)


def machine() -> str:
    return (
        f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, "
        f"Python {platform.python_version()}"
    )


def write_report(result: DraftingEval, folder: Path, *, command: str) -> list[Path]:
    """Write the Markdown report and, with matplotlib, the chart; the paths written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    chart = folder / CHART
    if _chart(result, chart):
        written.append(chart)
    md = folder / MARKDOWN
    md.write_text(markdown(result, command=command, chart=chart.name if written else None), "utf-8")
    return [md, *written]


def _cell(key: str, value: Any) -> str:
    if value is None:
        return "–"
    if key in ("covered_share", "too_few_share"):
        return f"{value:.0%}"
    if isinstance(value, float) and key not in ("chars", "draft_s", "fit_per_100"):
        return f"{value:.3f}"
    return str(value)


def markdown(result: DraftingEval, *, command: str, chart: str | None) -> str:
    rows = result.summary()
    items = len(next(iter(result.methods.values())).scores)
    lines = [
        "# Drafting benchmark: leave one notice out",
        "",
        f"`{command}` on {dt.date.today().isoformat()}: {len(result.notices)} notices "
        f"({items} problem items) of a corpus of {result.corpus_notices} notices / "
        f"{result.corpus_items} items; embedder `{result.embedder}`; "
        f"{result.seconds:.0f} s on {machine()}."
        + (f" Skipped (no problem items): {', '.join(result.skipped)}." if result.skipped else ""),
        "",
        "Each notice's own problems (categories, problems, details, unit, inspection) are the "
        "feedback; each engine drafts the plan with that notice excluded from retrieval, and "
        "every drafted item is compared with the measures the unit published.",
        "",
        "| method | " + " | ".join(label for _, label in COLUMNS) + " |",
        "|---" * (len(COLUMNS) + 1) + "|",
    ]
    for row in rows:
        lines.append(f"| {row['method']} | " + " | ".join(_cell(k, row.get(k)) for k, _ in COLUMNS) + " |")
    oracle = sum(result.oracle) / len(result.oracle) if result.oracle else 0.0
    lines.append(f"| best of top {ORACLE_TOP} (oracle) | {oracle:.3f} |" + " – |" * (len(COLUMNS) - 1))
    if chart:
        lines += ["", f"![ROUGE-L, similarity and type recall by method]({chart})"]
    lines += ["", *_paired(result), "", *_notes(), "", *_type_table(result), "", *_notice_table(result)]
    return "\n".join(lines) + "\n"


def _paired(result: DraftingEval) -> list[str]:
    """Each engine minus the nearest baseline, item by item, with an interval over notices."""
    nearest = result.methods["nearest"]
    lines = [
        "## Engines against the nearest precedent, item by item",
        "",
        "Mean of (engine − nearest) over the same items; the 95 % interval resamples whole "
        "notices (2,000 bootstrap draws).",
        "",
        "| engine | metric | difference | 95 % interval | items better / worse / tied |",
        "|---|---|---|---|---|",
    ]
    for method in result.methods.values():
        if method.kind != "engine":
            continue
        for key, label in CHART_METRICS:
            groups: dict[str, list[float]] = {}
            for ours, theirs in zip(method.scores, nearest.scores, strict=True):
                a, b = getattr(ours, key), getattr(theirs, key)
                if a is not None and b is not None:
                    groups.setdefault(ours.notice_id, []).append(a - b)
            diffs = [d for g in groups.values() for d in g]
            mean, low, high = cluster_bootstrap(list(groups.values()))
            counts = " / ".join(
                str(n) for n in (sum(d > 0 for d in diffs), sum(d < 0 for d in diffs),
                                 sum(d == 0 for d in diffs))
            )
            lines.append(
                f"| {method.name} | {label} | {mean:+.4f} | [{low:+.4f}, {high:+.4f}] | {counts} |"
            )
    return lines


def _notes() -> list[str]:
    return [
        "## How to read it",
        "",
        "- **ROUGE-L**: F1 of the longest common character subsequence between the drafted "
        "item's measures and the published ones (markers, placeholders, punctuation and spaces "
        "removed), averaged over items.",
        f"- **similarity**: cosine of the embedder's passage vectors of the first "
        f"{SIMILARITY_CHARS} characters of both texts (meaningless with fake embeddings).",
        "- **type recall / precision**: kinds of action (study, rules, supervision, "
        "accountability, training, correcting the case…) found by the keyword table "
        "`assistant/evaluation/measure_types.toml`; recall is the share of the published "
        "item's types the draft also has (items whose published measures name no type are "
        "left out), precision the share of the draft's types the unit also took. A longer "
        "draft names more types, so read recall with precision and chars/item.",
        "- **integrity** (from `review_plan`): covered = items present, in order, with at least "
        "one measure; invalid citations = `citation_missing` errors; leaked names = other units' "
        "or places' names; unsupported = `citation_support` warnings. Engines' counts include "
        "the front matter.",
        "- **context fit** (issue 14): words of the final measures that do not fit the held-out "
        "notice's own unit (another kind of unit's roles, sub-units it lacks, another sector, "
        "level or region, 巡视 for a 巡察), found by the units lexicon (`assistant/units/`), "
        "per 100 measures; *items too few fitting* = share of items with fewer than 2 measures "
        "that cite a precedent and have no such word (or that drafting left open).",
        "- **baselines**: `nearest` copies the published measures of the top-1 precedent of "
        "the same search (notice excluded), `random` those of a random item of another notice "
        f"(seeded); `best of top {ORACLE_TOP}` picks, with hindsight, the retrieved precedent "
        "closest to the published measures: a ceiling for copying one precedent, not a method.",
    ]


def _type_table(result: DraftingEval) -> list[str]:
    names = list(result.methods)
    lines = [
        "## Recall by measure type",
        "",
        "| type | published items with it | " + " | ".join(names) + " |",
        "|---" * (len(names) + 2) + "|",
    ]
    for t in measure_types():
        cells = []
        total = 0
        for method in result.methods.values():
            having = [s for s in method.scores if t.key in s.reference_types]
            total = len(having)
            hit = sum(1 for s in having if t.key in s.draft_types)
            cells.append(f"{hit / total:.2f}" if total else "–")
        lines.append(f"| {t.label} ({t.key}) | {total} | " + " | ".join(cells) + " |")
    return lines


def _notice_table(result: DraftingEval) -> list[str]:
    names = list(result.methods)
    lines = [
        "## ROUGE-L by notice",
        "",
        "| notice | unit | items | " + " | ".join(names) + " |",
        "|---" * (len(names) + 3) + "|",
    ]
    for notice_id in result.notices:
        per = [_notice_mean(m, notice_id) for m in result.methods.values()]
        count = sum(1 for s in next(iter(result.methods.values())).scores if s.notice_id == notice_id)
        unit = result.units.get(notice_id, "")
        lines.append(
            f"| {notice_id} | {unit} | {count} | " + " | ".join(f"{v:.3f}" for v in per) + " |"
        )
    return lines


def _notice_mean(method: MethodResult, notice_id: str) -> float:
    values = [s.rouge_l for s in method.scores if s.notice_id == notice_id]
    return sum(values) / len(values) if values else 0.0


def _chart(result: DraftingEval, path: Path) -> bool:
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        return False
    rows = result.summary()
    names = [r["method"] for r in rows]
    colours = ["#2b6cb0" if r["kind"] == "engine" else "#a0aec0" for r in rows]
    fig, axes = plt.subplots(1, len(CHART_METRICS), figsize=(10, 3.4))
    for ax, (key, title) in zip(axes, CHART_METRICS, strict=True):
        values = [float(r[key]) for r in rows]
        bars = ax.bar(names, values, color=colours)
        ax.bar_label(bars, labels=[f"{v:.3f}" for v in values], fontsize=8)
        ax.set_title(title, fontsize=10)
        ax.set_ylim(0, max(values + [0.01]) * 1.2)
        ax.tick_params(axis="x", labelsize=8)
    fig.suptitle(
        f"rectify drafting benchmark: {len(result.notices)} notices, leave one out "
        f"(blue: engines, grey: baselines)", fontsize=10,
    )
    fig.tight_layout()
    fig.savefig(path, dpi=90)
    plt.close(fig)
    return True
