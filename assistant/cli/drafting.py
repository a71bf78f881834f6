"""`rectify search`, `rectify plan` and `rectify report`: precedents, and the two drafts."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli import views
from assistant.cli.common import (
    EngineOpt,
    HomeOpt,
    JsonOpt,
    print_json,
    reports_errors,
    require_catalog,
    settings_for,
)
from assistant.errors import RectifyError


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
    from assistant.corpus.catalog import Catalog
    from assistant.index.filters import Filters
    from assistant.index.precedents import PrecedentIndex

    settings = settings_for(home)
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
    require_catalog(settings)
    results = PrecedentIndex(settings).search(
        query, k=k, filters=filters, per_notice_cap=per_notice
    )
    if as_json:
        print_json([r.model_dump() for r in results])
    else:
        views.print_precedents(results)


@reports_errors
def plan(
    feedback: Annotated[Path, typer.Argument(help="Feedback: YAML (see README) or plain text.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Folder for plan.json and plan.md.")],
    engine: EngineOpt = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Draft a rectification plan (整改方案) citing precedents; review it next."""
    from assistant.draft_folder import remember_draft
    from assistant.drafting.service import draft_plan

    settings = settings_for(home)
    require_catalog(settings)
    result = draft_plan(settings, feedback, out, engine_name=engine)
    remember_draft(settings, out)
    if as_json:
        typer.echo(result.plan.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.plan, result.written)
    if result.too_few_fitting:
        typer.echo(f"{result.too_few_fitting} 个问题缺少贴合本单位的先例措施，已留【待补充】，请补写。")


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
    from assistant.draft_folder import remember_draft
    from assistant.drafting.service import draft_report

    settings = settings_for(home)
    require_catalog(settings)
    result = draft_report(settings, ledger, out, engine_name=engine)
    remember_draft(settings, result.folder)
    for warning in result.warnings:
        typer.echo(f"warning: {warning}", err=True)
    if as_json:
        typer.echo(result.report.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.report, result.written)


def register(app: typer.Typer) -> None:
    """Add `search`, `plan` and `report` to the main app."""
    app.command("search")(search)
    app.command("plan")(plan)
    app.command("report")(report)
