"""Terminal rendering of core results (tables, trees); no logic beyond presentation.

The core's types are imported for type checking only: rendering needs none of its code
loaded before a command runs."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table
from rich.tree import Tree

if TYPE_CHECKING:
    from assistant.corpus.add_report import AddReport, NoticeOutcome
    from assistant.corpus.catalog import NoticeRow
    from assistant.corpus.models import Notice
    from assistant.drafting.models import Finding, Plan, Report
    from assistant.evaluation.drafting import DraftingEval
    from assistant.review.actions import Status
    from assistant.units import UnitProfile

console = Console(highlight=False)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)


def add_report_json(report: AddReport) -> dict[str, Any]:
    from assistant.corpus.add_report import OUTCOMES

    return {
        "dry_run": report.dry_run,
        **{outcome: report.count(outcome) for outcome in OUTCOMES},
        "rejected": len(report.rejected),
        "recovered": report.recovered,
        "sources": [asdict(source) for source in report.sources],
    }


def _short(notice_id: str | None) -> str:
    return (notice_id or "")[:8]  # enough for `corpus show` (any unique prefix of 4+)


def _detail(n: NoticeOutcome) -> str:
    if n.outcome == "updated":
        return f"newer version of {_short(n.replaces)} ({n.similarity:.2f}), replaces it"
    if n.outcome == "duplicate" and n.match == "exact":
        return f"same text as {_short(n.of)}"
    if n.outcome == "duplicate":
        return f"near-duplicate of {_short(n.of)} ({n.similarity:.2f})"
    if n.outcome == "older":
        return f"older version of {_short(n.of)}, kept as its source"
    if n.outcome == "unchanged":
        return "already recorded"
    return ""


def print_add_report(report: AddReport) -> None:
    """One row per notice (a file may hold several) and one per rejected source; the
    rejection reasons in full (with their hints) on stderr."""
    from assistant.corpus.add_report import OUTCOMES

    table = Table(title="corpus add (dry run)" if report.dry_run else "corpus add")
    table.add_column("source", overflow="fold")
    table.add_column("result", no_wrap=True)
    table.add_column("notice", no_wrap=True)
    table.add_column("unit")
    table.add_column("items", justify="right")
    table.add_column("detail", overflow="fold")
    for source in report.sources:
        if source.status == "rejected":
            reason = (source.reason or "").split("\n")[0].removeprefix(f"{source.source}: ")
            table.add_row(source.source, "[red]rejected[/]", "", "", "", reason)
            continue
        for n in source.notices:
            table.add_row(source.source, n.outcome, _short(n.id), n.unit, str(n.items), _detail(n))
    if report.recovered:
        err_console.print(f"[yellow]settled an interrupted write first[/]: {report.recovered}")
    if table.rows:
        console.print(table)
    for source in report.sources:
        for part in source.skipped_parts:
            err_console.print(f"[yellow]skipped part[/]: {part}")
    for source in report.rejected:
        err_console.print(f"[red]rejected[/]: {source.reason}")
    counts = ", ".join(f"{report.count(o)} {o}" for o in OUTCOMES)
    suffix = " (dry run: nothing written)" if report.dry_run else ""
    console.print(f"{counts}, {len(report.rejected)} rejected{suffix}")


def print_notice_rows(rows: list[NoticeRow]) -> None:
    table = Table("date", "unit", "kind", "level", "sector", "items")
    table.add_column("id", no_wrap=True)
    for row in rows:
        table.add_row(
            row.publication_date or "",
            row.unit or "",
            row.kind or "",
            row.level or "",
            row.sector or "",
            str(row.item_count),
            row.id,
        )
    console.print(table)
    console.print(f"{len(rows)} notices")


def print_stats(stats: dict[str, Any]) -> None:
    console.print(f"notices: {stats['notices']}   items: {stats['items']}")
    for key in ("by_kind", "by_level", "by_sector", "by_year"):
        values = ", ".join(f"{k} {v}" for k, v in stats[key].items())
        console.print(f"{key[3:]}: {values}")
    for key, label in (("unit_kinds", "单位类型"), ("unit_levels", "单位层级"), ("unit_sectors", "单位领域")):
        values = ", ".join(f"{k} {v}" for k, v in stats.get(key, {}).items())
        console.print(f"{label}: {values or '无'}")


def _profile_lines(profile: UnitProfile | None) -> list[tuple[str, object]]:
    if profile is None:
        return [("单位画像", "无（通报未写明单位）")]
    return [
        ("单位画像", f"{profile.kind_label}（{profile.kind}）· {profile.organ} · 层级 {profile.level or '不明'}"),
        ("上级党委", profile.superior),
        ("正副职", f"{profile.head} / {profile.deputy}"),
        ("内设机构", "、".join(profile.subunits)),
        ("单位领域", profile.sector),
        ("所在省份", profile.province),
    ]


def print_notice(notice: Notice, profile: UnitProfile | None = None) -> None:
    meta = [
        ("id", notice.id),
        ("title", notice.title),
        ("unit", notice.unit),
        ("kind / level", f"{notice.kind} / {notice.level}"),
        ("inspecting body", notice.inspecting_body),
        ("round", notice.round),
        ("inspection", f"{notice.inspection_start} – {notice.inspection_end}"),
        ("feedback date", notice.feedback_date),
        ("published", notice.publication_date),
        ("sector", notice.sector),
        ("summary", notice.summary.text if notice.summary else None),
        ("source", f"{notice.source.file}:{notice.source.start_line}-{notice.source.end_line}"),
        *_profile_lines(profile),
    ]
    for name, value in meta:
        if value:
            console.print(f"[bold]{name}[/]: {value}")
    tree = Tree(f"{len(notice.items)} items")
    branches: dict[tuple[str, ...], Tree] = {}
    for item in notice.items:
        parent = tree
        for depth in range(len(item.path)):
            key = tuple(item.path[: depth + 1])
            if key not in branches:
                branches[key] = parent.add(item.path[depth])
            parent = branches[key]
        label = f" [dim]{item.label}[/]" if item.label else ""
        node = parent.add(f"[bold]{item.key}[/] {item.number}{item.problem}{label}")
        for clause in item.clauses:
            node.add(clause if len(clause) <= 80 else clause[:79] + "…")
    console.print(tree)


@contextmanager
def progress_bar(description: str, total: int) -> Iterator[Callable[[int], None]]:
    """A progress bar on stderr for long work; silent for small jobs."""
    if total < 50:
        yield lambda _n: None
        return
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=err_console,
        transient=True,
    ) as bar:
        task = bar.add_task(description, total=total)
        yield lambda n: bar.advance(task, n)


def print_drift(drift: Any, problems: list[str]) -> None:
    console.print(
        f"index: {len(drift.missing_in_store)} items missing, "
        f"{len(drift.orphans_in_store)} orphan entries"
        + (" (repaired)" if drift.repaired else "")
    )
    for line in problems:
        console.print(f"corpus: {line}")
    if drift.clean and not problems:
        console.print("catalog, index and corpus/ agree")


def print_precedents(precedents: list[Any]) -> None:
    if not precedents:
        console.print("no precedent matches")
        return
    for p in precedents:
        rec = p.record
        console.print(
            f"[bold]{p.rank:>2}.[/] {p.score:+.2f}  {rec.unit}  {rec.date}  "
            f"[dim]{rec.id}[/]"
        )
        if rec.path:
            console.print(f"    [dim]{' → '.join(rec.path)}[/]")
        console.print(f"    问题：{rec.problem}")
        for clause in rec.clauses[:2]:
            console.print(f"    措施：{clause[:120]}{'…' if len(clause) > 120 else ''}")


def print_retrieval_eval(result: dict[str, Any]) -> None:
    table = Table("method", "MRR", "R@1", "R@5", "R@10", title=(
        f"problem → own measures, {result['queries']} queries over "
        f"{result['documents']} items, embedder {result['embedder']}"
    ))
    for name, m in result["methods"].items():
        table.add_row(name, f"{m['mrr']:.3f}", f"{m['r@1']:.3f}", f"{m['r@5']:.3f}", f"{m['r@10']:.3f}")
    console.print(table)


def print_draft_summary(draft: Plan | Report, written: list[Path]) -> None:
    """What was drafted, by which engine, what needs the user's attention, and where."""
    from assistant.drafting.models import Plan

    info = draft.info
    made_by = f"{info.engine} ({info.model})" if info.model else info.engine
    console.print(f"[bold]{draft.title}[/bold]")
    text = draft.model_dump_json(exclude={"feedback", "citations"})
    placeholders = text.count("【待补充") + text.count("【待核实")
    console.print(
        f"{len(draft.items)} items, {len(draft.citations)} precedent clauses cited, "
        f"engine {made_by}"
        + (f", {info.calls} LLM calls, {info.prompt_tokens} prompt tokens" if info.calls else "")
    )
    if placeholders:
        console.print(f"{placeholders} placeholders 【待补充】/【待核实】 to fill in")
    by_check: dict[str, int] = {}
    for finding in draft.findings:
        by_check[finding.check] = by_check.get(finding.check, 0) + 1
    for check, count in sorted(by_check.items()):
        console.print(f"guard: {count} × {check} (details in the JSON's findings)")
    for path in written:
        console.print(f"wrote {path}")
    if isinstance(draft, Plan) and written:
        console.print(
            f"next: rectify review {written[0].parent}  (check it, accept or redraft items; "
            "accepting every item writes ledger.yaml)"
        )


_SEVERITY_STYLE = {"error": "bold red", "warning": "yellow", "info": "dim"}


def print_findings(title: str, findings: list[Finding], order: list[str]) -> None:
    """Findings grouped by item (in the draft's order), the whole-draft ones first."""
    console.print(f"[bold]{title}[/bold]")
    if not findings:
        console.print("no findings")
        return
    groups: dict[str | None, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.item, []).append(finding)
    for key in [None, *order]:
        if key not in groups:
            continue
        console.print(f"\n[bold]{'whole draft' if key is None else 'item ' + key}[/bold]")
        for f in groups[key]:
            style = _SEVERITY_STYLE[f.severity]
            console.print(f"  [{style}]{f.severity:<7}[/{style}] {f.check}: {f.message}")
    counts = {s: sum(1 for f in findings if f.severity == s) for s in ("error", "warning", "info")}
    console.print("\n" + ", ".join(f"{n} {s}{'s' if n != 1 else ''}" for s, n in counts.items()))


def print_review_status(folder: Path, status: Status) -> None:
    """Accepted / open / rejected per item, then the history, newest last."""
    console.print(f"[bold]{status.title}[/bold]  ({folder})")
    counts = status.counts
    console.print(
        f"accepted {counts.get('accepted', 0)} · open {counts.get('open', 0)} · "
        f"rejected {counts.get('rejected', 0)} of {len(status.states)} items"
    )
    table = Table(show_header=True, header_style="bold")
    table.add_column("item")
    table.add_column("state")
    table.add_column("reason")
    style = {"accepted": "green", "open": "yellow", "rejected": "red"}
    for key, review in status.states.items():
        table.add_row(key, f"[{style[review.state]}]{review.state}[/]", review.reason)
    console.print(table)
    if status.history:
        console.print("\n[bold]history[/bold]")
        for h in status.history:
            note = f"  ({h.note})" if h.note else ""
            console.print(f"  {h.time.isoformat(sep=' ')}  {h.action:<8} {h.item}{note}")


def print_drafting_eval(result: DraftingEval) -> None:
    table = Table(
        "method", "ROUGE-L", "similarity", "type recall", "covered", "invalid cit.",
        "leaked names", "unsupported", "fit/100", "too few",
        title=f"{len(result.notices)} notices, leave one out, embedder {result.embedder}, "
        f"{result.seconds:.0f} s",
    )
    for r in result.summary():
        table.add_row(
            r["method"], f"{r['rouge_l']:.3f}", f"{r['similarity']:.3f}", f"{r['type_recall']:.3f}",
            f"{r['covered']}/{r['items']}", str(r["invalid_citations"]), str(r["leaked_names"]),
            str(r["unsupported_citations"]), f"{r['fit_per_100']:.2f}", f"{r['too_few_share']:.0%}",
        )
    console.print(table)
