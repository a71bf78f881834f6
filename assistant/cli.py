"""The `rectify` command line: parse arguments, call the core, print, set the exit code."""

from __future__ import annotations

import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any, ParamSpec, TypeVar

import typer

from assistant import views
from assistant.corpus.catalog import Catalog
from assistant.corpus.ingest import add_sources
from assistant.errors import RectifyError
from assistant.settings import Settings, load_settings

P = ParamSpec("P")
R = TypeVar("R")


def reports_errors(command: Callable[P, R]) -> Callable[P, R]:
    """Print a RectifyError as 'error: where: what / hint: what to do' and exit 1."""

    @functools.wraps(command)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return command(*args, **kwargs)
        except RectifyError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None

    return wrapper


app = typer.Typer(
    help="Draft inspection rectification plans and progress reports from published precedents.",
    no_args_is_help=True,
    pretty_exceptions_show_locals=False,
    add_completion=False,
)
corpus_app = typer.Typer(help="Add, list and inspect the published notices.", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
HomeOpt = Annotated[
    Path | None,
    typer.Option("--home", envvar="RECTIFY_HOME", help="Folder holding corpus/ and vectorstore/."),
]


def _settings(home: Path | None) -> Settings:
    return load_settings(**({"home": home} if home else {}))


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


@corpus_app.command("add")
@reports_errors
def corpus_add(
    paths: Annotated[list[Path], typer.Argument(help="Files or folders of notices (.txt/.md).")],
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Parse notices and store them in the catalog (re-adding a notice is a no-op)."""
    settings = _settings(home)
    report = add_sources(settings, paths)
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
    """Remove a notice from the catalog (its source file under corpus/ is kept)."""
    with Catalog(_settings(home).catalog_path, create=False) as catalog:
        notice = catalog.remove(notice_id)
    typer.echo(f"removed {notice.id} ({notice.unit})")


def main() -> None:
    """Console-script entry point."""
    try:
        app()
    except RectifyError as exc:  # raised outside a command (should not happen)
        typer.echo(f"error: {exc}", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
