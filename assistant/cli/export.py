"""The export commands: `rectify export`, `rectify import` (a DOCX edited in Word) and
`rectify ledger import`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli import drafting
from assistant.cli.common import HomeOpt, reports_errors, settings_for

ledger_app = typer.Typer(
    help="The ledger (整改台账): read an edited spreadsheet back.", no_args_is_help=True
)


@reports_errors
def export(
    draft: Annotated[
        Path,
        typer.Argument(
            help="A draft folder (from `rectify plan` / `rectify report`); for xlsx also a "
            "ledger.yaml or plan.json."
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="docx, xlsx or md.")] = "docx",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File to write (its folder must exist); default beside the draft: "
            "plan.docx / report.docx, ledger.xlsx, plan.export.md.",
        ),
    ] = None,
    with_citations: Annotated[
        bool,
        typer.Option(
            "--with-citations",
            help="Keep the \\[n] markers, each with a Word comment naming the precedent "
            "(unit, date, item); md keeps the reference list.",
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help="Export even if review finds errors (placeholders…).")
    ] = False,
    home: HomeOpt = None,
) -> None:
    """Export a draft: DOCX in the official format (GB/T 9704), XLSX task list, or Markdown.

    Refused while review finds errors (placeholders left…) unless --force."""
    from assistant.export.run import export as run_export

    result = run_export(settings_for(home), draft, fmt, out, citations=with_citations, force=force)
    if not result.reviewed:
        typer.echo("warning: review skipped (--force)", err=True)
    typer.echo(f"wrote {result.path} ({result.what})")


@reports_errors
def ledger_import(
    workbook: Annotated[Path, typer.Argument(help="The task list (.xlsx) edited in Excel or WPS.")],
    ledger: Annotated[
        Path | None,
        typer.Option(
            "--ledger", help="The ledger to update (default: ledger.yaml beside the workbook)."
        ),
    ] = None,
) -> None:
    """把导出的整改台账中每条措施的整改状态、进展情况、佐证材料、是否销号和备注读回 ledger.yaml。"""
    from assistant.draft_folder import LEDGER_NAME
    from assistant.export.ledger_import import import_workbook

    result = import_workbook(workbook, ledger or workbook.parent / LEDGER_NAME)
    for note in result.notes:
        typer.echo(f"warning: {note}", err=True)
    if result.missing:
        typer.echo(
            f"warning: 表中没有这些措施，保持原样：{'、'.join(result.missing)}",
            err=True,
        )
    changed = "、".join(result.changed) if result.changed else "无"
    typer.echo(f"updated {result.ledger_path}（有改动的措施：{changed}）")


@reports_errors
def import_word(
    document: Annotated[
        Path, typer.Argument(help="在 Word 或 WPS 中修改过的 plan.docx / report.docx。")
    ],
    draft: Annotated[
        Path | None,
        typer.Option("--draft", help="草稿文件夹（默认为该 DOCX 所在的文件夹）。"),
    ] = None,
    home: HomeOpt = None,
) -> None:
    """把在 Word / WPS 中修改过的方案或通报读回草稿（修改记入修改历史，并重新复查）。

    按标题编号对应各事项；有任何一项对应不上，则不做任何修改。"""
    from assistant.export.docx_import import import_docx

    result = import_docx(settings_for(home), document, draft)
    if not result.changed:
        typer.echo(f"{document} 与草稿一致，没有修改")
        return
    typer.echo(
        f"已导入 {document}：第 {'、'.join(result.changed)} 项有修改（已记入修改历史，需重新确认）"
    )
    errors = [f for f in result.findings if f.severity == "error"]
    warnings = [f for f in result.findings if f.severity == "warning"]
    typer.echo(f"复查：{len(errors)} 个错误，{len(warnings)} 个警告")
    for finding in errors:
        where = f"第 {finding.item} 项" if finding.item else "全文"
        typer.echo(f"  {where}：{finding.check}：{finding.message}")


def register(app: typer.Typer) -> None:
    """Add `export`, `import` and `ledger import` to the main app."""
    app.command("export")(export)
    app.command("import")(import_word)
    ledger_app.command("import")(ledger_import)
    ledger_app.command("upgrade")(drafting.ledger_upgrade)  # the ledger's own form (issue 20)
    app.add_typer(ledger_app, name="ledger")
