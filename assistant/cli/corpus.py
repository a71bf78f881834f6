"""`rectify corpus …`: add, list, show, stats, remove, check and rebuild the notices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli import views
from assistant.cli.common import HomeOpt, JsonOpt, print_json, reports_errors, settings_for

if TYPE_CHECKING:
    from assistant.corpus.add_report import AddReport

corpus_app = typer.Typer(help="Add, list and inspect the published notices.", no_args_is_help=True)


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
    from assistant.index import sync

    specs: list[str | Path] = [s if is_url(s) else Path(s) for s in sources]
    report = sync.add_to_corpus(settings_for(home), specs, progress=views.progress_bar, dry_run=dry_run)
    _finish_add(report, as_json)


def _finish_add(report: AddReport, as_json: bool) -> None:
    """Print an add/rebuild report; a rejected source makes the exit code 1."""
    if as_json:
        print_json(views.add_report_json(report))
    else:
        views.print_add_report(report)
    if report.rejected:
        raise typer.Exit(1)


@corpus_app.command("list")
@reports_errors
def corpus_list(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """List the notices in the catalog."""
    from assistant.corpus.catalog import Catalog

    with Catalog(settings_for(home).catalog_path, create=False) as catalog:
        rows = catalog.rows()
    if as_json:
        print_json([row.__dict__ for row in rows])
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
    from assistant.corpus import unit_profiles
    from assistant.corpus.catalog import Catalog

    with Catalog(settings_for(home).catalog_path, create=False) as catalog:
        notice = catalog.get(notice_id)
        profile = unit_profiles.read(catalog.db, notice.id)
    if as_json:
        data = notice.model_dump(mode="json")
        data["unit_profile"] = profile.model_dump(mode="json") if profile else None
        print_json(data)
    else:
        views.print_notice(notice, profile)


@corpus_app.command("stats")
@reports_errors
def corpus_stats(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Counts of notices and items by kind, level, sector and year."""
    from assistant.corpus.catalog import Catalog

    with Catalog(settings_for(home).catalog_path, create=False) as catalog:
        stats = catalog.stats()
    if as_json:
        print_json(stats)
    else:
        views.print_stats(stats)


@corpus_app.command("remove")
@reports_errors
def corpus_remove(
    notice_id: Annotated[str, typer.Argument(help="A notice id or a unique prefix of one.")],
    home: HomeOpt = None,
) -> None:
    """Remove a notice from the catalog and the index (its file under corpus/ is kept)."""
    from assistant.index import sync

    notice = sync.remove_notice(settings_for(home), notice_id)
    typer.echo(f"removed {notice.id} ({notice.unit})")


@corpus_app.command("check")
@reports_errors
def corpus_check(
    repair: Annotated[bool, typer.Option("--repair", help="Re-embed missing items, drop orphans.")] = False,
    home: HomeOpt = None,
) -> None:
    """Check that the catalog, the vector store and corpus/ agree (exit 1 if not)."""
    from assistant.index import sync

    drift, problems = sync.check(settings_for(home), repair=repair, progress=views.progress_bar)
    views.print_drift(drift, problems)
    if (not drift.clean and not drift.repaired) or problems:
        raise typer.Exit(1)


@corpus_app.command("rebuild")
@reports_errors
def corpus_rebuild(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Recreate the catalog and the index from the files under corpus/."""
    from assistant.index import sync

    _finish_add(sync.rebuild(settings_for(home), progress=views.progress_bar), as_json)
