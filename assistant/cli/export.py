"""The export commands: `rectify export`, `rectify import` (a DOCX edited in Word) and
`rectify ledger import`."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from assistant.cli import drafting
from assistant.cli.common import HomeOpt, reports_errors, settings_for
from assistant.i18n import _

ledger_app = typer.Typer(
    help=_("整改台账：把编辑过的任务清单读回台账。"), no_args_is_help=True
)


@reports_errors
def export(
    draft: Annotated[
        Path,
        typer.Argument(
            help=_(
                "草稿文件夹（由 rectify plan / rectify report 生成）；导出 xlsx 时也可以是 "
                "ledger.yaml 或 plan.json。"
            )
        ),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help=_("docx、xlsx 或 md。"))] = "docx",
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help=_(
                "要写入的文件（所在文件夹须已存在）；默认写在草稿旁：plan.docx / report.docx、"
                "ledger.xlsx、plan.export.md。"
            ),
        ),
    ] = None,
    with_citations: Annotated[
        bool,
        typer.Option(
            "--with-citations",
            help=_(
                "保留 \\[n] 引用标记，每处附 Word 批注注明先例（单位、日期、条目）；md 保留引用列表。"
            ),
        ),
    ] = False,
    force: Annotated[
        bool, typer.Option("--force", help=_("审阅发现错误（如待补充的占位符）时也导出。"))
    ] = False,
    home: HomeOpt = None,
) -> None:
    """Export a draft: DOCX in the official format (GB/T 9704), XLSX task list, or Markdown.

    Refused while review finds errors (placeholders left…) unless --force."""
    from assistant.export.run import export as run_export

    result = run_export(settings_for(home), draft, fmt, out, citations=with_citations, force=force)
    if not result.reviewed:
        typer.echo(_("警告：已跳过审阅（--force）"), err=True)
    typer.echo(_("已写入 {path}（{what}）").format(path=result.path, what=result.what))
    if result.path.suffix == ".xlsx":
        typer.echo(_("下一步：在 Excel 或 WPS 中填写任务清单，然后运行 rectify ledger import {path}").format(
            path=result.path))


@reports_errors
def ledger_import(
    workbook: Annotated[Path, typer.Argument(help=_("在 Excel 或 WPS 中编辑过的任务清单（.xlsx）。"))],
    ledger: Annotated[
        Path | None,
        typer.Option(
            "--ledger", help=_("要更新的台账（默认：工作簿旁的 ledger.yaml）。")
        ),
    ] = None,
) -> None:
    """把导出的整改台账中每条措施的整改状态、进展情况、佐证材料、是否销号和备注读回 ledger.yaml。"""
    from assistant.draft_folder import LEDGER_NAME
    from assistant.export.ledger_import import import_workbook

    result = import_workbook(workbook, ledger or workbook.parent / LEDGER_NAME)
    for note in result.notes:
        typer.echo(_("警告：{warning}").format(warning=note), err=True)
    if result.missing:
        typer.echo(
            _("警告：表中没有这些措施，保持原样：{items}").format(items=_("、").join(result.missing)),
            err=True,
        )
    changed = _("、").join(result.changed) if result.changed else _("无")
    typer.echo(_("已更新 {path}（有改动的措施：{changed}）").format(path=result.ledger_path, changed=changed))
    typer.echo(_("下一步：rectify report {path}  （起草整改进展情况的通报）").format(path=result.ledger_path))


@reports_errors
def import_word(
    document: Annotated[
        Path, typer.Argument(help=_("在 Word 或 WPS 中修改过的 plan.docx / report.docx。"))
    ],
    draft: Annotated[
        Path | None,
        typer.Option("--draft", help=_("草稿文件夹（默认为该 DOCX 所在的文件夹）。")),
    ] = None,
    home: HomeOpt = None,
) -> None:
    """把在 Word / WPS 中修改过的方案或通报读回草稿（修改记入修改历史，并重新复查）。

    按标题编号对应各事项；有任何一项对应不上，则不做任何修改。"""
    from assistant.export.docx_import import import_docx

    result = import_docx(settings_for(home), document, draft)
    if not result.changed:
        typer.echo(_("{document} 与草稿一致，没有修改").format(document=document))
        return
    typer.echo(
        _("已导入 {document}：第 {items} 项有修改（已记入修改历史，需重新确认）").format(
            document=document, items=_("、").join(result.changed)
        )
    )
    errors = [f for f in result.findings if f.severity == "error"]
    warnings = [f for f in result.findings if f.severity == "warning"]
    typer.echo(_("复查：{errors} 个错误，{warnings} 个警告").format(errors=len(errors), warnings=len(warnings)))
    for finding in errors:
        where = _("第 {item} 项").format(item=finding.item) if finding.item else _("全文")
        typer.echo(f"  {where}：{finding.check}：{finding.message}")


def register(app: typer.Typer) -> None:
    """Add `export`, `import`, `ledger import` and `ledger upgrade` to the main app."""
    app.command("export", help=_("导出草稿：公文格式的 DOCX（GB/T 9704）、XLSX 任务清单或 Markdown；审阅发现错误时拒绝导出，除非加 --force。"))(export)
    app.command("import", help=_("把在 Word / WPS 中修改过的方案或通报读回草稿（修改记入修改历史，并重新复查）。"))(import_word)
    ledger_app.command("import", help=_("把导出的整改台账中每条措施的整改状态、进展情况等读回台账。"))(ledger_import)
    ledger_app.command("upgrade", help=_("把旧版（按问题）的台账改写为按措施的新格式。"))(drafting.ledger_upgrade)
    app.add_typer(ledger_app, name="ledger")
