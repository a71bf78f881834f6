"""`rectify export`: check the request, gate on review, render in memory, write atomically."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from assistant.draft_folder import TASK_LIST, draft_name, open_draft, task_source
from assistant.drafting.guards import strip_markers
from assistant.drafting.models import Plan
from assistant.drafting.render import plan_markdown, report_markdown
from assistant.errors import InputError
from assistant.export.source import refuse_if_errors
from assistant.export.writing import check_output, write_export
from assistant.i18n import _
from assistant.settings import Settings

Format = Literal["docx", "xlsx", "md"]
FORMATS: tuple[Format, ...] = ("docx", "xlsx", "md")
REFERENCES = "\n## 引用的先例"


@dataclass
class ExportResult:
    path: Path
    what: str
    reviewed: bool


def parse_format(value: str) -> Format:
    name = value.strip().lower().lstrip(".")
    if name not in FORMATS:
        raise InputError(
            _("未知的导出格式“{value}”").format(value=value),
            hint=_("使用 --format {formats}").format(formats=" | ".join(FORMATS)),
        )
    return name


def _folder_of(draft: Path) -> Path:
    return draft if draft.is_dir() else draft.parent


def default_output(draft: Path, fmt: Format) -> Path:
    """Beside the draft: plan.docx / report.docx, ledger.xlsx, plan.export.md."""
    folder = _folder_of(draft)
    if fmt == "xlsx":
        return folder / TASK_LIST
    name = draft_name(folder)
    return folder / (f"{name}.docx" if fmt == "docx" else f"{name}.export.md")


def markdown_text(draft_md: str, citations: bool) -> str:
    """The draft's Markdown; without citations, no [n] markers and no reference list."""
    if citations:
        return draft_md
    body = draft_md.split(REFERENCES)[0]
    return "\n".join(strip_markers(line)[0] for line in body.splitlines()).rstrip() + "\n"


def export(
    settings: Settings,
    draft: Path,
    fmt_name: str,
    out: Path | None = None,
    *,
    citations: bool = False,
    force: bool = False,
) -> ExportResult:
    fmt = parse_format(fmt_name)
    if not draft.exists():
        raise InputError(_("草稿不存在"), where=draft, hint=_("给出一个草稿文件夹"))
    folder = _folder_of(draft)
    target = check_output(out or default_output(draft, fmt), f".{fmt}", folder)
    if not force:  # --force skips the review (which also needs the catalog)
        refuse_if_errors(settings, folder)
    if fmt == "xlsx":
        from assistant.export.xlsx_export import xlsx_bytes

        source = task_source(draft)
        data = xlsx_bytes(source.plan, source.ledger)
        what = (
            _("任务清单，共 {n} 项，含台账进展") if source.ledger else _("任务清单，共 {n} 项（尚无台账）")
        ).format(n=len(source.plan.items))
    else:
        opened = open_draft(folder)
        kind = _("整改方案") if isinstance(opened.draft, Plan) else _("整改进展情况的通报")
        if fmt == "docx":
            from assistant.export.docx_export import docx_bytes

            data = docx_bytes(opened.draft, settings.export, citations=citations)
        else:
            md = (
                plan_markdown(opened.draft)
                if isinstance(opened.draft, Plan)
                else report_markdown(opened.draft)
            )
            data = markdown_text(md, citations).encode("utf-8")
        what = (_("{kind}“{title}”，含引用") if citations else _("{kind}“{title}”")).format(
            kind=kind, title=opened.draft.title
        )
    write_export(target, data)
    return ExportResult(target, what, reviewed=not force)
