"""A plan or report as a .docx in the official format (GB/T 9704-2012).

The text is the outline's (``outline.py``), laid out with ``docx_format``; the title broken
by sense (``title_lines``); a plan ends with its annex table (``docx_annex``). With citations,
each ``[n]`` marker stays in the text as its own run and carries a Word comment naming the
precedent (unit, date, item, problem, the clause quoted); without, there are no markers.
"""

from __future__ import annotations

import io
import re

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

from assistant.drafting.models import Citation, Plan, Report
from assistant.export.docx_annex import add_annex
from assistant.export.docx_format import (
    format_run,
    indent_chars,
    line,
    setup_page_numbers,
    setup_section,
    setup_styles,
    signature_indents,
    style_specs,
)
from assistant.export.outline import Block, outline
from assistant.export.plan_parts import annex_rows
from assistant.export.title_lines import title_lines
from assistant.settings import ExportSettings

_MARKER_SPLIT = re.compile(r"([\[［]\d{1,3}[\]］])")
COMMENT_AUTHOR = "rectify"
COMMENT_SIZE_PT = 10.5  # 五号: a comment is a note to the drafter, not part of the notice


def citation_note(citation: Citation) -> str:
    where = " / ".join(citation.path)
    return (
        f"[{citation.n}] {citation.unit}（{citation.date or '日期不详'}）· {where}\n"
        f"问题：{citation.problem}\n原文：{citation.clause}"
    )


def _marker_number(text: str) -> int | None:
    digits = text.strip("[]［］")
    return int(digits) if _MARKER_SPLIT.fullmatch(text) and digits.isdigit() else None


class _Writer:
    def __init__(self, draft: Plan | Report, fonts: ExportSettings, citations: bool) -> None:
        self.draft = draft
        self.fonts = fonts
        self.citations = citations
        self.specs = style_specs(fonts)
        self.document: Document = docx.Document()
        setup_styles(self.document, fonts)
        section = self.document.sections[0]
        setup_section(section)
        setup_page_numbers(self.document, section, fonts.page_number_font)

    def write(self, blocks: list[Block]) -> bytes:
        signature = next((b.text for b in blocks if b.role == "signature"), "")
        date = next((b.text for b in blocks if b.role == "date"), "")
        sig_right, date_right = signature_indents(signature, date)
        for block in blocks:
            paragraph = self.document.add_paragraph(style=self.specs[block.role].style)
            if block.role == "title":
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
                indent_chars(paragraph)
            elif block.role == "annex_note":  # 正文下空一行，左空二字
                paragraph.alignment = WD_ALIGN_PARAGRAPH.LEFT
                indent_chars(paragraph, first_line=2)
                paragraph.paragraph_format.space_before = line()
            elif block.role in ("signature", "date"):
                paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                indent_chars(
                    paragraph, right=sig_right if block.role == "signature" else date_right
                )
                if block.role == "signature":
                    paragraph.paragraph_format.space_before = line()  # 正文下空一行
            else:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                indent_chars(paragraph, first_line=2)  # 段首空二字, headings too
            self._runs(paragraph, block)
        if isinstance(self.draft, Plan):
            add_annex(self.document, annex_rows(self.draft), self.fonts)
        self._properties()
        buffer = io.BytesIO()
        self.document.save(buffer)
        return buffer.getvalue()

    def _title(self, paragraph: Paragraph, block: Block) -> None:
        """The title's lines by sense, joined by line breaks inside one paragraph."""
        spec = self.specs[block.role]
        feedback = self.draft.feedback
        names = [n for n in (feedback.unit, feedback.inspection.body) if n]
        for i, text in enumerate(title_lines(block.text, names)):
            run = paragraph.add_run(text)
            format_run(run, spec.font, spec.size, spec.bold)
            if i:
                run._r.insert(run._r.index(run._r.find(qn("w:t"))), OxmlElement("w:br"))

    def _runs(self, paragraph: Paragraph, block: Block) -> None:
        if block.role == "title":
            self._title(paragraph, block)
            return
        spec = self.specs[block.role]
        pieces = _MARKER_SPLIT.split(block.text) if self.citations else [block.text]
        for piece in (p for p in pieces if p):
            run = paragraph.add_run(piece)
            format_run(run, spec.font, spec.size, spec.bold)
            n = _marker_number(piece) if self.citations else None
            citation = self.draft.citation(n) if n is not None else None
            if citation is not None:
                comment = self.document.add_comment(
                    run, text=citation_note(citation), author=COMMENT_AUTHOR, initials="R"
                )
                for comment_paragraph in comment.paragraphs:
                    for comment_run in comment_paragraph.runs:
                        format_run(comment_run, self.fonts.body_font, Pt(COMMENT_SIZE_PT))
        for run in paragraph.runs:  # the comment-reference runs add_comment inserted
            r_pr = run._r.rPr
            if r_pr is None or r_pr.rFonts is None:
                format_run(run, spec.font, spec.size, spec.bold)

    def _properties(self) -> None:
        props = self.document.core_properties
        props.title = self.draft.title
        props.author = self.draft.feedback.signed_as
        props.last_modified_by = COMMENT_AUTHOR
        props.comments = ""
        props.subject = "整改方案" if isinstance(self.draft, Plan) else "整改进展情况的通报"
        props.created = self.draft.info.created
        props.modified = self.draft.info.created
        props.revision = 1


def docx_bytes(draft: Plan | Report, fonts: ExportSettings, *, citations: bool = False) -> bytes:
    """The draft as a .docx file's bytes (nothing touches the disk)."""
    return _Writer(draft, fonts, citations).write(outline(draft, citations=citations))
