"""The plan's annex 附件 / 整改任务清单: a new landscape section holding a real Word table,
one row per measure, the header row repeated on every page (``w:tblHeader``).

The standard's annex opens with 附件 (黑体 3号, top left) and its name as a title; the table
is set in 小四 so seven columns fit the 225 mm of a landscape A4 line.
"""

from __future__ import annotations

from docx.document import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.section import Section
from docx.shared import Mm, Pt
from docx.table import Table, _Cell

from assistant.export.docx_format import (
    LEFT,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RIGHT,
    SIZE_2,
    SIZE_3,
    format_run,
    off_grid,
)
from assistant.export.plan_parts import ANNEX_COLUMNS, ANNEX_NAME, AnnexRow
from assistant.settings import ExportSettings

TABLE_SIZE = Pt(12)  # 小四
TABLE_LINE = Pt(20)
# Column widths (mm) over the landscape line: 297 − 37 − 35 = 225 mm.
WIDTHS_MM = (14, 38, 70, 24, 24, 25, 30)
LANDSCAPE_TOP, LANDSCAPE_BOTTOM = LEFT, RIGHT  # the portrait side margins, turned
LANDSCAPE_LEFT, LANDSCAPE_RIGHT = Mm(37), Mm(35)


def landscape_section(document: Document) -> Section:
    """A new section on a new page, A4 turned, with a line grid only (no character grid:
    the table's 小四 text keeps its own width)."""
    section: Section = document.add_section(WD_SECTION.NEW_PAGE)
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = PAGE_HEIGHT, PAGE_WIDTH
    section.top_margin, section.bottom_margin = LANDSCAPE_TOP, LANDSCAPE_BOTTOM
    section.left_margin, section.right_margin = LANDSCAPE_LEFT, LANDSCAPE_RIGHT
    grid = section._sectPr.find(qn("w:docGrid"))
    if grid is not None:
        grid.set(qn("w:type"), "default")
        grid.attrib.pop(qn("w:charSpace"), None)
    return section


def _cell_text(cell: _Cell, text: str, font: str, *, center: bool = False) -> None:
    paragraph = cell.paragraphs[0]
    fmt = paragraph.paragraph_format
    fmt.first_line_indent = Pt(0)
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = TABLE_LINE
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER if center else WD_ALIGN_PARAGRAPH.LEFT
    off_grid(paragraph._p.get_or_add_pPr())
    format_run(paragraph.add_run(text), font, TABLE_SIZE)
    cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER


def repeat_header(table: Table) -> None:
    """The first row repeats at the top of every page (Word: 在各页顶端以标题行形式重复出现)."""
    tr_pr = table.rows[0]._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)
    cant_split = OxmlElement("w:cantSplit")
    tr_pr.insert(0, cant_split)


def add_annex(document: Document, rows: list[AnnexRow], fonts: ExportSettings) -> Table:
    landscape_section(document)
    label = document.add_paragraph(style="Normal")
    label.paragraph_format.first_line_indent = Pt(0)
    format_run(label.add_run("附件"), fonts.heading1_font, SIZE_3)
    title = document.add_paragraph(style="Title")
    format_run(title.add_run(ANNEX_NAME), fonts.title_font, SIZE_2)
    table: Table = document.add_table(rows=1 + len(rows), cols=len(ANNEX_COLUMNS))
    table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for column, width in zip(table.columns, WIDTHS_MM, strict=True):
        column.width = Mm(width)
        for cell in column.cells:
            cell.width = Mm(width)
    for cell, name in zip(table.rows[0].cells, ANNEX_COLUMNS, strict=True):
        _cell_text(cell, name, fonts.heading1_font, center=True)
    repeat_header(table)
    centred = {0, 3, 4, 5}
    for row, data in zip(table.rows[1:], rows, strict=True):
        for index, (cell, text) in enumerate(zip(row.cells, data.cells(), strict=True)):
            shown = text if index != 1 or _first_of_item(rows, data) else ""
            _cell_text(cell, shown, fonts.body_font, center=index in centred)
    _merge_problems(table, rows)
    return table


def _first_of_item(rows: list[AnnexRow], row: AnnexRow) -> bool:
    return next(r for r in rows if r.item == row.item) is row


def _merge_problems(table: Table, rows: list[AnnexRow]) -> None:
    """The 问题 cells of one problem's measures merged into one (vertically)."""
    start = 0
    while start < len(rows):
        end = start
        while end + 1 < len(rows) and rows[end + 1].item == rows[start].item:
            end += 1
        if end > start:
            top, bottom = table.cell(start + 1, 1), table.cell(end + 1, 1)
            merged = top.merge(bottom)
            for extra in merged.paragraphs[1:]:  # the empty paragraphs merge() brings along
                extra._p.getparent().remove(extra._p)
        start = end + 1
