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
    help="Check a draft (rectify review DRAFT_DIR) and act on its items.",
    no_args_is_help=True,
)

DraftOpt = Annotated[
    Path | None,
    typer.Option("--draft", "-d", help="The draft folder (default: the one reviewed or drafted last)."),
]
FailOn = Annotated[
    str,
    typer.Option("--fail-on", help="Exit 1 when a finding of this severity (or worse) is found: error, warning, never."),
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
@review_app.command("check")
@reports_errors
def check(
    folder: Annotated[Path, typer.Argument(help="A draft folder (from `rectify plan` or `rectify report`).")],
    fail_on: FailOn = "error",
    as_json: JsonOpt = False,
    page: Annotated[bool, typer.Option("--html", help="Also write the review page (review.html).")] = False,
    page_out: Annotated[
        Path | None, typer.Option("--html-out", help="Where to write the page (default: DRAFT_DIR/review.html).")
    ] = None,
    open_page: Annotated[bool, typer.Option("--open", help="Write the page (or with --serve, the served page) and open it in a browser.")] = False,
    serve: Annotated[bool, typer.Option("--serve", help="Serve the review workspace on 127.0.0.1: act on items in the browser (Ctrl-C stops it).")] = False,
    port: Annotated[int, typer.Option("--port", help="Port for --serve (default: a free one).")] = 0,
    home: HomeOpt = None,
) -> None:
    """Check a plan or report: coverage, citations and their support, leaked names, facts,
    placeholders, wording, repetition, form. With --serve, review it in the browser."""
    from assistant.draft_folder import REVIEW_PAGE, remember_draft
    from assistant.review.run import review_folder

    if fail_on not in ("error", "warning", "never"):
        raise RectifyError(f"unknown --fail-on '{fail_on}'", hint="use error, warning or never")
    settings = settings_for(home)
    require_catalog(settings)
    result = review_folder(settings, folder)
    remember_draft(settings, folder)
    if as_json:
        print_json([f.model_dump() for f in result.findings])
    else:
        views.print_findings(result.draft.title, result.findings, result.order)
    if serve:
        _serve(settings, folder, port, open_page)
        return
    if page or page_out or open_page:
        from assistant.drafting.outputs import write_files
        from assistant.review.page import review_page

        target = page_out or folder / REVIEW_PAGE
        if not target.parent.is_dir():
            raise InputError("the folder for the page does not exist", where=target.parent,
                             hint="create it, or leave out --html-out")
        [written] = write_files(target.parent, {target.name: review_page(result)})
        typer.echo(f"page: {written}", err=as_json)
        if open_page and not webbrowser.open(written.resolve().as_uri()):
            typer.echo("no browser could be started; open the file by hand", err=True)
    failing = {"error": {"error"}, "warning": {"error", "warning"}, "never": set()}[fail_on]
    if any(f.severity in failing for f in result.findings):
        raise typer.Exit(1)


def _serve(settings: Settings, folder: Path, port: int, open_page: bool) -> None:
    from assistant.review.serve import workspace

    served = workspace(settings, folder, port)
    typer.echo(f"审阅工作台：{served.url}\n（仅本机可访问；地址中的令牌即访问凭据，按 Ctrl-C 停止）")
    if open_page and not webbrowser.open(served.url):
        typer.echo("无法启动浏览器，请手动打开上面的地址", err=True)
    served.run()
    typer.echo("审阅工作台已停止")


# -- actions -------------------------------------------------------------------------------
def _report_outcome(outcome: Outcome, what: str) -> None:
    if not outcome.changed:
        typer.echo("no change")
        return
    typer.echo(f"{what}: {', '.join(outcome.items) or '(nothing to do)'}")
    for path in outcome.written:
        typer.echo(f"  wrote {path}")
    if outcome.ledger is not None:
        typer.echo(
            f"every item is accepted: the ledger is {outcome.ledger}\n"
            f"next: fill in statuses and facts there, then `rectify report {outcome.ledger}`"
        )


@review_app.command("accept")
@reports_errors
def accept(
    items: Annotated[list[str] | None, typer.Argument(help="Item keys, e.g. 1.2 2.1.")] = None,
    every: Annotated[bool, typer.Option("--all", help="Accept every item not yet accepted.")] = False,
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Accept items as they stand; when all of a plan's are, its ledger is written."""
    from assistant.review import actions

    folder = _draft_folder(settings_for(home), draft)
    typer.echo(f"draft: {folder}")
    _report_outcome(actions.accept(folder, items or [], every=every), "accepted")


@review_app.command("reject")
@reports_errors
def reject(
    item: Annotated[str, typer.Argument(help="Item key, e.g. 1.2.")],
    reason: Annotated[str, typer.Option("--reason", help="What is wrong with it.")] = "",
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Mark an item rejected, with the reason (then edit or redraft it)."""
    from assistant.review import actions

    folder = _draft_folder(settings_for(home), draft)
    typer.echo(f"draft: {folder}")
    _report_outcome(actions.reject(folder, item, reason), "rejected")


def run_editor(path: Path) -> int:
    """$VISUAL or $EDITOR on the file; its exit status."""
    command = os.environ.get("VISUAL") or os.environ.get("EDITOR")
    if not command:
        raise InputError("no editor is set", hint="set $EDITOR (e.g. export EDITOR=nano)")
    try:
        return subprocess.call([*shlex.split(command), str(path)])
    except OSError as exc:
        raise InputError(f"cannot start the editor '{command}': {exc.strerror}",
                         hint="set $EDITOR to an editor that is installed") from None


@review_app.command("edit")
@reports_errors
def edit(
    item: Annotated[str, typer.Argument(help="Item key, e.g. 1.2.")],
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Edit an item's text in $EDITOR; the checks run again on what you saved."""
    from assistant.review import actions

    settings = settings_for(home)
    folder = _draft_folder(settings, draft)
    typer.echo(f"draft: {folder}")
    outcome = actions.edit(folder, item, run_editor)
    _report_outcome(outcome, "edited")
    if outcome.changed:
        _findings_after(settings, folder, [item])


@review_app.command("redraft")
@reports_errors
def redraft(
    item: Annotated[str, typer.Argument(help="Item key, e.g. 1.2.")],
    hint: Annotated[str, typer.Option("--hint", help="What the new draft should do differently.")] = "",
    exclude: Annotated[
        list[str] | None,
        typer.Option("--exclude-precedent", help="A notice id or precedent id not to draw on (repeatable)."),
    ] = None,
    engine: Annotated[str | None, typer.Option("--engine", help="extractive or llm (default: settings).")] = None,
    draft: DraftOpt = None,
    home: HomeOpt = None,
) -> None:
    """Draft one item again (the others untouched), following a hint, avoiding precedents."""
    from assistant.review.redrafting import redraft_with

    settings = settings_for(home)
    require_catalog(settings)
    folder = _draft_folder(settings, draft)
    typer.echo(f"draft: {folder}")
    outcome = redraft_with(settings, folder, item, hint=hint, exclude=exclude or [], engine=engine)
    _report_outcome(outcome, "redrafted")
    _findings_after(settings, folder, [item])


@review_app.command("status")
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
