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
from assistant.i18n import _


@reports_errors
def search(
    query: Annotated[str, typer.Argument(help=_("问题描述。"))],
    k: Annotated[int, typer.Option("--k", "-k", help=_("列出几条先例。"))] = 10,
    kind: Annotated[str | None, typer.Option(help=_("巡察或巡视。"))] = None,
    level: Annotated[str | None, typer.Option(help=_("省/市/州/县/区……"))] = None,
    sector: Annotated[str | None, typer.Option(help=_("政协、公安、卫健……"))] = None,
    year_from: Annotated[int | None, typer.Option(help=_("最早年份。"))] = None,
    year_to: Annotated[int | None, typer.Option(help=_("最晚年份。"))] = None,
    exclude_notice: Annotated[
        list[str] | None, typer.Option(help=_("不参与检索的通报编号（或前缀）；可重复。"))
    ] = None,
    per_notice: Annotated[
        int | None, typer.Option(help=_("同一通报最多几条（默认取设置）。"))
    ] = None,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help=_("同时显示得分和先例编号。"))
    ] = False,
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
        raise RectifyError(_("检索内容为空"), hint=_("请给出问题描述，例如“理论学习不深入”"))
    require_catalog(settings)
    with views.working(_("正在载入检索模型并检索……")):
        results = PrecedentIndex(settings).search(
            query, k=k, filters=filters, per_notice_cap=per_notice
        )
    if as_json:
        print_json([r.model_dump() for r in results])
    else:
        views.print_precedents(results, verbose=verbose)
        if results:
            views.print_next(_("rectify corpus show 编号  （查看先例所在的整篇通报）"))


@reports_errors
def plan(
    feedback: Annotated[Path, typer.Argument(help=_("反馈意见：YAML（见 README）或纯文本。"))],
    out: Annotated[Path, typer.Option("--out", "-o", help=_("写入 plan.json 和 plan.md 的文件夹。"))],
    engine: EngineOpt = None,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
    force: Annotated[
        bool, typer.Option("--force", help=_("替换文件夹中已有的方案（旧文件改名为 *.时间.bak 保留）。"))
    ] = False,
) -> None:
    """Draft a rectification plan (整改方案) citing precedents; review it next."""
    from assistant.draft_folder import remember_draft
    from assistant.drafting.service import draft_plan
    from assistant.review.remedy_likeness import check_remedy_likeness

    settings = settings_for(home)
    require_catalog(settings)
    with views.working(_("正在起草整改方案……")):
        result = draft_plan(settings, feedback, out, engine_name=engine, force=force)
    remember_draft(settings, out)
    for old in result.set_aside:
        typer.echo(_("旧文件已改名保留：{path}").format(path=old), err=True)
    if as_json:
        typer.echo(result.plan.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.plan, result.written)
    if result.facts_answered:
        typer.echo(_("{n} 条措施针对反馈中的具体事实（“针对……的问题”），请核对是否切合本单位实际。").format(
            n=result.facts_answered))
        # …the ones whose wording answered only unlike facts before first (remedy_unlike)
        if unlike := len(check_remedy_likeness(result.plan)):
            typer.echo(_("其中 {n} 条的整改方式原为其他类型的事实而写，请优先核对（rectify review 逐条列出）。").format(
                n=unlike))
    if result.too_few_fitting:
        typer.echo(_("{n} 个问题缺少贴合本单位的先例措施，已留【待补充】，请补写。").format(n=result.too_few_fitting))
    if result.facts_open:
        typer.echo(_("{n} 个问题中有具体事实尚无对应措施，已在【待补充：针对……】中列出。").format(n=result.facts_open))


@reports_errors
def report(
    ledger: Annotated[Path, typer.Argument(help=_("填好的台账 ledger.yaml（整改方案各项全部通过审阅后生成）。"))],
    out: Annotated[
        Path | None, typer.Option("--out", "-o", help=_("写入 report.json、report.md 的文件夹（默认：台账所在文件夹）。"))
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
    with views.working(_("正在起草整改进展情况的通报……")):
        result = draft_report(settings, ledger, out, engine_name=engine)
    remember_draft(settings, result.folder)
    for warning in result.warnings:
        typer.echo(_("警告：{warning}").format(warning=warning), err=True)
    if as_json:
        typer.echo(result.report.model_dump_json(indent=2))
        return
    views.print_draft_summary(result.report, result.written)


@reports_errors
def ledger_upgrade(
    ledger: Annotated[Path, typer.Argument(help=_("要改写为当前格式的台账 ledger.yaml。"))],
) -> None:
    """把台账改写为当前格式（按措施）：旧版按问题填写的台账迁移，已填内容按问题和措施编号保留。"""
    from assistant.drafting.inputs.ledger import upgraded_ledger
    from assistant.drafting.outputs import write_files

    text, notes = upgraded_ledger(ledger)
    write_files(ledger.parent, {ledger.name: text})
    for note in notes:
        typer.echo(_("注意：{note}").format(note=note), err=True)
    typer.echo(_("已更新 {path}").format(path=ledger))


def register(app: typer.Typer) -> None:
    """Add `search`, `plan` and `report` to the main app."""
    app.command("search", help=_("检索先例：列出整改过类似问题的单位及其整改措施。"))(search)
    app.command("plan", help=_("起草整改方案，每条措施注明所引先例；下一步审阅。"))(plan)
    app.command("report", help=_("依据填好的台账起草整改进展情况的通报。"))(report)
