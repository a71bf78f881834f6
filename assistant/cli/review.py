"""`rectify review …`: check a draft (the default), its page, and the per-item actions.

`rectify review DRAFT_DIR` runs the checks; `accept`, `reject`, `edit`, `redraft` and
`status` act on the draft reviewed last (or the one given with --draft).
"""

from __future__ import annotations

import os
import shlex
import subprocess
import webbrowser
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from typer.core import TyperGroup

from assistant.cli import views
from assistant.cli.common import (
    HomeOpt,
    JsonOpt,
    print_json,
    reports_errors,
    require_catalog,
    settings_for,
)
from assistant.errors import InputError, RectifyError
from assistant.i18n import _

if TYPE_CHECKING:
    from assistant.review.actions import Outcome
    from assistant.settings import Settings


class _CheckByDefault(TyperGroup):
    """`rectify review FOLDER …` means `rectify review check FOLDER …`."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:  # typer's vendored Context
        if args and args[0] not in self.commands and args[0] not in ("--help", "-h"):
            args = ["check", *args]
        return super().parse_args(ctx, args)


review_app = typer.Typer(
    cls=_CheckByDefault,
    help=_("审阅草稿（rectify review 草稿文件夹），并逐项采纳、退回、修改或重新起草。"),
    no_args_is_help=True,
)

DraftOpt = Annotated[
    Path | None,
    typer.Option("--draft", "-d", help=_("草稿文件夹（默认：最近审阅或起草的那个）。")),
]
FailOn = Annotated[
    str,
    typer.Option("--fail-on", help=_("发现该级别（或更重）的问题时退出码为 1：error、warning 或 never。")),
]


def _draft_folder(settings: Settings, given: Path | None) -> Path:
    from assistant.draft_folder import draft_folder

    return draft_folder(settings, given)


def _findings_after(settings: Settings, folder: Path, keys: list[str]) -> None:
    """Re-run the checks and print what concerns these items."""
    from assistant.review.run import review_folder

    result = review_folder(settings, folder)
    views.print_findings(
        result.draft.title, [f for f in result.findings if f.item in keys], keys
    )


# -- rectify review [check] DRAFT_DIR -------------------------------------------------------
@review_app.command(
    "check",
    help=_(
        "检查整改方案或进展通报：覆盖、引用及其依据、泄露的名称、事实、待补充的占位符、措辞、"
        "重复、格式。"
    ),
)
@reports_errors
def check(
    folder: Annotated[Path, typer.Argument(help=_("草稿文件夹（由 rectify plan 或 rectify report 生成）。"))],
    fail_on: FailOn = "error",
    as_json: JsonOpt = False,
    page: Annotated[bool, typer.Option("--html", help=_("同时生成审阅页面（review.html）。"))] = False,
    page_out: Annotated[
        Path | None, typer.Option("--html-out", help=_("审阅页面的写入位置（默认：草稿文件夹/review.html）。"))
    ] = None,
    open_page: Annotated[bool, typer.Option("--open", help=_("生成审阅页面（加 --serve 时为在线审阅页面）并在浏览器中打开。"))] = False,
    serve: Annotated[bool, typer.Option("--serve", help=_("在 127.0.0.1 上提供在线审阅页面，可直接在浏览器中采纳、退回、修改、重新起草（Ctrl-C 停止）。"))] = False,
    port: Annotated[int, typer.Option("--port", help=_("--serve 使用的端口（默认：任一空闲端口）。"))] = 0,
    home: HomeOpt = None,
) -> None:
    """Check a plan or report: coverage, citations and their support, leaked names, facts,
    placeholders, wording, repetition, form. With --serve, review it in the browser."""
    from assistant.draft_folder import REVIEW_PAGE, remember_draft
    from assistant.review.run import review_folder

    if fail_on not in ("error", "warning", "never"):
        raise RectifyError(_("未知的 --fail-on 取值“{value}”").format(value=fail_on),
                           hint=_("请用 error、warning 或 never"))
    settings = settings_for(home)
    require_catalog(settings)
    result = review_folder(settings, folder)
    remember_draft(settings, folder)
    if as_json:
        print_json([f.model_dump() for f in result.findings])
    else:
        views.print_findings(result.draft.title, result.findings, result.order)
        if not serve:
            views.print_next(_("rectify review accept 项号……（或 --all）采纳；rectify review edit/redraft 项号 修改；或 rectify review 文件夹 --serve --open 在浏览器中审阅"))
    if serve:
        _serve(settings, folder, port, open_page)
        return
    if page or page_out or open_page:
        from assistant.drafting.outputs import write_files
        from assistant.review.page import review_page

        target = page_out or folder / REVIEW_PAGE
        if not target.parent.is_dir():
            raise InputError(_("审阅页面所在的文件夹不存在"), where=target.parent,
                             hint=_("请先创建该文件夹，或去掉 --html-out"))
        [written] = write_files(target.parent, {target.name: review_page(result)})
        typer.echo(_("审阅页面：{path}").format(path=written), err=as_json)
        if open_page and not webbrowser.open(written.resolve().as_uri()):
            typer.echo(_("无法启动浏览器，请手动打开该文件"), err=True)
    failing = {"error": {"error"}, "warning": {"error", "warning"}, "never": set()}[fail_on]
    if any(f.severity in failing for f in result.findings):
        raise typer.Exit(1)


def _serve(settings: Settings, folder: Path, port: int, open_page: bool) -> None:
    from assistant.review.serve import workspace

    served = workspace(settings, folder, port)
    typer.echo(_("审阅工作台：{url}\n（仅本机可访问；地址中的令牌即访问凭据，按 Ctrl-C 停止）").format(url=served.url))
    if open_page and not webbrowser.open(served.url):
        typer.echo(_("无法启动浏览器，请手动打开上面的地址"), err=True)
    served.run()
    typer.echo(_("审阅工作台已停止"))


# -- actions -------------------------------------------------------------------------------
def _report_outcome(outcome: Outcome, what: str) -> None:
    if not outcome.changed:
        typer.echo(_("没有改动"))
        return
    typer.echo(f"{what}: {_('、').join(outcome.items) or _('（无事可做）')}")
    for path in outcome.written:
        typer.echo("  " + _("已写入 {path}").format(path=path))
    if outcome.ledger is not None:
        typer.echo(
            _("各项均已采纳：台账为 {ledger}\n"
              "下一步：在台账中填写整改状态和事实，然后运行 `rectify report {ledger}`").format(
                ledger=outcome.ledger)
        )
    else:
        typer.echo(_("下一步：rectify review status  （查看各项状态）"))


@review_app.command("accept", help=_("按现稿采纳各项；整改方案各项全部采纳后生成台账。"))
@reports_errors
def accept(
    items: Annotated[list[str] | None, typer.Argument(help=_("项号，例如 1.2 2.1。"))] = None,
    every: Annotated[bool, typer.Option("--all", help=_("采纳所有尚未采纳的项。"))] = False,
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Accept items as they stand; when all of a plan's are, its ledger is written."""
    from assistant.review import actions

    folder = _draft_folder(settings_for(home), draft)
    typer.echo(_("草稿：{folder}").format(folder=folder))
    _report_outcome(actions.accept(folder, items or [], every=every), _("已采纳"))


@review_app.command("reject", help=_("退回一项并写明理由（然后修改或重新起草）。"))
@reports_errors
def reject(
    item: Annotated[str, typer.Argument(help=_("项号，例如 1.2。"))],
    reason: Annotated[str, typer.Option("--reason", help=_("哪里不对。"))] = "",
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Mark an item rejected, with the reason (then edit or redraft it)."""
    from assistant.review import actions

    folder = _draft_folder(settings_for(home), draft)
    typer.echo(_("草稿：{folder}").format(folder=folder))
    _report_outcome(actions.reject(folder, item, reason), _("已退回"))


def run_editor(path: Path) -> int:
    """$VISUAL or $EDITOR on the file; its exit status."""
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        raise InputError(_("没有设置编辑器"), hint=_("请设置 $EDITOR（例如 export EDITOR=nano）"))
    try:
        return subprocess.call([*shlex.split(command), str(path)])
    except OSError as exc:
        raise InputError(_("无法启动编辑器“{command}”：{reason}").format(
                             command=command, reason=exc.strerror),
                         hint=_("请把 $EDITOR 设为已安装的编辑器")) from None


@review_app.command("edit", help=_("在 $EDITOR 中修改一项的文字；保存后重新检查。"))
@reports_errors
def edit(
    item: Annotated[str, typer.Argument(help=_("项号，例如 1.2。"))],
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Edit an item's text in $EDITOR; the checks run again on what you saved."""
    from assistant.review import actions

    settings = settings_for(home)
    folder = _draft_folder(settings, draft)
    typer.echo(_("草稿：{folder}").format(folder=folder))
    outcome = actions.edit(folder, item, run_editor)
    _report_outcome(outcome, _("已修改"))
    if outcome.changed:
        _findings_after(settings, folder, [item])


@review_app.command("redraft", help=_("重新起草一项（其他项不动），可给出要求、排除先例。"))
@reports_errors
def redraft(
    item: Annotated[str, typer.Argument(help=_("项号，例如 1.2。"))],
    hint: Annotated[str, typer.Option("--hint", help=_("新稿应有哪些不同。"))] = "",
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude-precedent", help=_("不可引用的通报编号或先例编号（可重复）。")),
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help=_("extractive 或 llm（默认：取设置）。"))] = None,
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Draft one item again (the others untouched), following a hint, avoiding precedents."""
    from assistant.review.redrafting import redraft_with

    settings = settings_for(home)
    require_catalog(settings)
    folder = _draft_folder(settings, draft)
    typer.echo(_("草稿：{folder}").format(folder=folder))
    outcome = redraft_with(settings, folder, item, hint=hint, exclude=exclude or [], engine=engine)
    _report_outcome(outcome, _("已重新起草"))
    _findings_after(settings, folder, [item])


@review_app.command("status", help=_("各项的采纳、待审、退回情况，以及草稿的修改记录。"))
@reports_errors
def status(draft: DraftOpt = None, as_json: JsonOpt = False, home: HomeOpt = None) -> None:
    """Accepted / open / rejected items, and the draft's history."""
    from assistant.review import actions

    folder = _draft_folder(settings_for(home), draft)
    summary = actions.status(folder)
    if as_json:
        print_json({"draft": str(folder), **summary.as_json()})
    else:
        views.print_review_status(folder, summary)


def register(app: typer.Typer) -> None:
    """Add `review …` to the main app."""
    app.add_typer(review_app, name="review")
