"""`rectify corpus …`: add, list, show, stats, remove, check and rebuild the notices."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from assistant.cli import views
from assistant.cli.common import HomeOpt, JsonOpt, print_json, reports_errors, settings_for
from assistant.i18n import _

if TYPE_CHECKING:
    from assistant.corpus.add_report import AddReport

corpus_app = typer.Typer(
    help=_("语料库：添加、列出、查看已公开的整改通报（第一步）。"), no_args_is_help=True
)


@corpus_app.command(
    "add",
    help=_(
        "添加通报：新通报建立索引；转载记为所转载通报的来源；新版本替换旧版本（重复添加不会改动"
        "任何内容）。"
    ),
)
@reports_errors
def corpus_add(
    sources: Annotated[
        list[str],
        typer.Argument(
            help=_(
                "通报文件（.txt/.md、.html、.docx、.pdf）、文件夹（递归读取）或 http(s):// 网址。"
            ),
            show_default=False,
        ),
    ],
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help=_("只读取、解析、归类，不写入任何内容。"))
    ] = False,
    as_json: JsonOpt = False,
    home: HomeOpt = None,
) -> None:
    """Add notices: new ones are indexed, reposts are recorded as sources of the notice they
    repeat, a newer version replaces the older (re-adding a notice is a no-op)."""
    from assistant.corpus.ingest import AddInterrupted
    from assistant.corpus.sources import is_url
    from assistant.index import sync

    specs: list[str | Path] = [s if is_url(s) else Path(s) for s in sources]
    try:
        report = sync.add_to_corpus(
            settings_for(home), specs, progress=views.progress_bar, dry_run=dry_run
        )
    except AddInterrupted as exc:
        typer.echo(f"\n{exc}", err=True)
        raise typer.Exit(130) from None
    _finish_add(report, as_json)
    if not as_json and not report.dry_run and not report.rejected:
        views.print_next(_("rectify plan 反馈意见.yaml -o 草稿文件夹  （起草整改方案）"))


def _finish_add(report: AddReport, as_json: bool) -> None:
    """Print an add/rebuild report; a rejected source makes the exit code 1."""
    if as_json:
        print_json(views.add_report_json(report))
    else:
        views.print_add_report(report)
    if report.rejected:
        raise typer.Exit(1)


@corpus_app.command("list", help=_("列出语料库中的通报。"))
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
        if rows:
            views.print_next(_("rectify corpus show 编号  （查看一份通报）"))
        else:
            views.print_next(_("rectify corpus add 文件或文件夹  （添加通报）"))


@corpus_app.command("show", help=_("显示一份通报的解析结果：基本信息、问题树和整改措施。"))
@reports_errors
def corpus_show(
    notice_id: Annotated[str, typer.Argument(help=_("通报编号或其唯一前缀。"))],
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


@corpus_app.command("stats", help=_("按类别、层级、行业和年份统计通报和问题数。"))
@reports_errors
def corpus_stats(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Counts of notices and items by kind, level, sector and year."""
    from assistant.corpus.catalog import Catalog
    from assistant.units import load_lexicon

    settings = settings_for(home)
    with Catalog(settings.catalog_path, create=False) as catalog:
        stats = catalog.stats()
    if as_json:
        print_json(stats)
    else:
        views.print_stats(stats, load_lexicon(settings.home))


@corpus_app.command("remove", help=_("从目录和索引中删除一份通报（corpus/ 下的文件保留）。"))
@reports_errors
def corpus_remove(
    notice_id: Annotated[str, typer.Argument(help=_("通报编号或其唯一前缀。"))],
    home: HomeOpt = None,
) -> None:
    """Remove a notice from the catalog and the index (its file under corpus/ is kept)."""
    from assistant.index import sync

    notice = sync.remove_notice(settings_for(home), notice_id)
    typer.echo(_("已删除 {id}（{unit}）").format(id=notice.id, unit=notice.unit))


@corpus_app.command("check", help=_("检查目录、向量库和 corpus/ 是否一致（不一致时退出码为 1）。"))
@reports_errors
def corpus_check(
    repair: Annotated[bool, typer.Option("--repair", help=_("补建缺失的向量，删除孤立的条目。"))] = False,
    home: HomeOpt = None,
) -> None:
    """Check that the catalog, the vector store and corpus/ agree (exit 1 if not)."""
    from assistant.index import sync

    drift, problems = sync.check(settings_for(home), repair=repair, progress=views.progress_bar)
    views.print_drift(drift, problems)
    if (not drift.clean and not drift.repaired) or problems:
        raise typer.Exit(1)


@corpus_app.command("rebuild", help=_("依据 corpus/ 下的文件重建目录和索引。"))
@reports_errors
def corpus_rebuild(as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Recreate the catalog and the index from the files under corpus/."""
    from assistant.index import sync

    _finish_add(sync.rebuild(settings_for(home), progress=views.progress_bar), as_json)
