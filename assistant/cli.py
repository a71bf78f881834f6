"""The `rectify` command line: parse arguments, call the core, print, set the exit code."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from assistant import views
from assistant.cli_common import HomeOpt, JsonOpt, reports_errors
from assistant.cli_common import print_json as _print_json
from assistant.cli_common import require_catalog as _require_catalog
from assistant.cli_common import settings_for as _settings
from assistant.corpus.catalog import Catalog
from assistant.corpus.ingest import AddReport
from assistant.errors import RectifyError
from assistant.evaluation.commands import register as _register_eval
from assistant.export.commands import register as _register_export
from assistant.index import sync
from assistant.index.filters import Filters
from assistant.review import commands as review_commands

app = typer.Typer(
    help="Draft inspection rectification plans and progress reports from published precedents.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
corpus_app = typer.Typer(help="Add, list and inspect the published notices.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")
eval_app = typer.Typer(help="Benchmarks on the corpus.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")


@corpus_app.command("add")
@reports_errors
def corpus_add(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files (.txt/.md, .html, .docx, .pdf), folders (walked recursively) or "
            "http(s):// URLs of notices.",
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read, parse and classify; write nothing.")
    ] = False,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Add notices: new ones are indexed, reposts are recorded as sources of the notice they
    repeat, a newer version replaces the older (re-adding a notice is a no-op)."""
    from assistant.corpus.sources import is_url

    specs: list[str | Path] = [s if is_url(s) else Path(s) for s in sources]
    report = sync.add_to_corpus(_settings(home), specs, progress=views.progress_bar, dry_run=dry_run)
    _finish_add(report, as_json)


def _finish_add(report: AddReport, as_json: bool) -> None:
    """Print an add/rebuild report; a rejected source makes the exit code 1."""
    if as_json:
        _print_json(views.add_report_json(report))
    else:
        views.print_add_report(report)
    if report.rejected:
        raise typer.Exit(1)


@corpus_app.command("list")
@reports_errors
def corpus_list(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """List the notices in the catalog."""
    with Catalog(_settings(home).catalog_path, create=False) as catalog:
        rows = catalog.rows()
    if as_json:
        _print_json([row.__dict__ for row in rows])
    else:
        views.print_notice_rows(rows)


@corpus_app.command("show")
@reports_errors
def corpus_show(
    notice_id: Annotated[str, typer.Argument(help="A notice id or a unique prefix of one.")],
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Show one notice as parsed: metadata, item tree and clauses."""
    with Catalog(_settings(home).catalog_path, create=False) as catalog:
        notice = catalog.get(notice_id)
    if as_json:
        typer.echo(notice.model_dump_json(indent=2))
    else:
        views.print_notice(notice)


@corpus_app.command("stats")
@reports_errors
def corpus_stats(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Counts of notices and items by kind, level, sector and year."""
    with Catalog(_settings(home).catalog_path, create=False) as catalog:
        stats = catalog.stats()
    if as_json:
        _print_json(stats)
    else:
        views.print_stats(stats)


@corpus_app.command("remove")
@reports_errors
def corpus_remove(
    notice_id: Annotated[str, typer.Argument(help="A notice id or a unique prefix of one.")],
    home: HomeOpt = None,
) -> None:
    """Remove a notice from the catalog and the index (its file under corpus/ is kept)."""
    notice = sync.remove_notice(_settings(home), notice_id)
    typer.echo(f"removed {notice.id} ({notice.unit})")


@corpus_app.command("check")
@reports_errors
def corpus_check(
    repair: Annotated[bool, typer.Option("--repair", help="Re-embed missing items, drop orphans.")] = False,
    home: HomeOpt = None,
) -> None:
    """Check that the catalog, the vector store and corpus/ agree (exit 1 if not)."""
    drift, problems = sync.check(_settings(home), repair=repair, progress=views.progress_bar)
    views.print_drift(drift, problems)
    if (not drift.clean and not drift.repaired) or problems:
        raise typer.Exit(1)


@corpus_app.command("rebuild")
@reports_errors
def corpus_rebuild(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Recreate the catalog and the index from the files under corpus/."""
    _finish_add(sync.rebuild(_settings(home), progress=views.progress_bar), as_json)


@app.command("search")
@reports_errors
def search(
    query: Annotated[str, typer.Argument(help="A problem description (问题描述).")],
    k: Annotated[int, typer.Option("--k", "-k", help="How many precedents.")] = 10,
    kind: Annotated[str | None, typer.Option(help="巡察 or 巡视.")] = None,
    level: Annotated[str | None, typer.Option(help="省/市/州/县/区….")] = None,
    sector: Annotated[str | None, typer.Option(help="政协, 公安, 卫健….")] = None,
    year_from: Annotated[int | None, typer.Option(help="Earliest year.")] = None,
    year_to: Annotated[int | None, typer.Option(help="Latest year.")] = None,
    exclude_notice: Annotated[
        list[str] | None, typer.Option(help="Notice id (or prefix) to leave out; repeatable.")
    ] = None,
    per_notice: Annotated[
        int | None, typer.Option(help="At most N items from one notice (default from settings).")
    ] = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Rank the precedents that answered problems like this one."""
    from assistant.index.precedents import PrecedentIndex

    settings = _settings(home)
    excluded: set[str] = set()
    if exclude_notice:
        with Catalog(settings.catalog_path, create=False) as catalog:
            excluded = {catalog.resolve(i) for i in exclude_notice}
    filters = Filters(
        kind=kind,
        level=level,
        sector=sector,
        year_from=year_from,
        year_to=year_to,
        exclude_notices=frozenset(excluded),
    )
    if not query.strip():
        raise RectifyError("the query is empty", hint='give a problem description, e.g. "理论学习不深入"')
    _require_catalog(settings)
    results = PrecedentIndex(settings).search(
        query, k=k, filters=filters, per_notice_cap=per_notice
    )
    if as_json:
        _print_json([r.model_dump() for r in results])
    else:
        views.print_precedents(results)


EngineOpt = Annotated[
    str | None,
    typer.Option(
        "--engine",
        help="extractive (offline) or llm (OPENAI_API_KEY/OPENAI_BASE_URL); default: "
        "llm when a key is set, else extractive.",
    ),
]


@app.command("plan")
@reports_errors
def plan(
    feedback: Annotated[Path, typer.Argument(help="Feedback: YAML (see README) or plain text.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for plan.json and plan.md.")],
    engine: EngineOpt = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Draft a rectification plan (整改方案) citing precedents; review it next."""
    from assistant.drafting.service import draft_plan

    settings = _settings(home)
    _require_catalog(settings)
    result = draft_plan(settings, feedback, out, engine_name=engine)
    review_commands.remember_draft(settings, out)
    if as_json:
        typer.echo(result.plan.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.plan, result.written)


@app.command("report")
@reports_errors
def report(
    ledger: Annotated[Path, typer.Argument(help="The ledger.yaml written when every plan item was accepted, filled in.")],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help="Folder for report.json, report.md (default: the ledger's).")
    ] = None,
    engine: EngineOpt = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Draft the progress report (整改进展情况的通报) from a filled-in ledger."""
    from assistant.drafting.service import draft_report

    settings = _settings(home)
    _require_catalog(settings)
    result = draft_report(settings, ledger, out, engine_name=engine)
    review_commands.remember_draft(settings, result.folder)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if as_json:
        typer.echo(result.report.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.report, result.written)


@eval_app.command("retrieval")
@reports_errors
def eval_retrieval(
    limit: Annotated[int | None, typer.Option(help="Only the first N items as queries.")] = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Each item's problem as the query, its own measures as the target: MRR and R@k."""
    from assistant.evaluation.retrieval import evaluate_retrieval
    from assistant.index.precedents import PrecedentIndex

    settings = _settings(home)
    _require_catalog(settings)
    result = evaluate_retrieval(PrecedentIndex(settings), limit=limit)
    if as_json:
        _print_json(
            [
                {"method": name, "embedder": result["embedder"], "queries": result["queries"], **m}
                for name, m in result["methods"].items()
            ]
        )
    else:
        views.print_retrieval_eval(result)


_register_eval(eval_app)  # rectify eval drafting
review_commands.register(app)  # rectify review …
_register_export(app)  # rectify export, rectify ledger import


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except RectifyError as exc:  # raised outside a command (should not happen)
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
