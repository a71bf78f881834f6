"""A Word (.docx) notice as text: paragraphs and tables in document order (tables as in
``tables``); page headers and footers are left out, they are chrome."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph

from assistant.corpus.sources.tables import table_lines
from assistant.errors import InputError
from assistant.i18n import _


def docx_to_text(data: bytes, where: str) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
        blocks = list(document.iter_inner_content())
    except (OpcError, zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
        raise InputError(
            _("不是可读的 .docx 文件（{kind}：{error}）").format(kind=exc.__class__.__name__, error=exc),
            where=where,
            hint=_("请用 Word 或 WPS 打开后重新保存为 .docx（或 .txt）"),
        ) from None
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            lines.append(block.text)
        elif isinstance(block, Table):
            lines.extend(table_lines(_rows(block)))
    return "\n".join(lines)


def _rows(table: Table) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]
