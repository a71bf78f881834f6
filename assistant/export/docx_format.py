"""GB/T 9704-2012 (党政机关公文格式) in python-docx: page, grid, styles, fonts, page numbers.

Word picks a font per character class: CJK text uses the East Asian slot
(``w:rFonts/@w:eastAsia``), Latin text ``w:ascii``/``w:hAnsi``, and ambiguous punctuation
(“ ” — …) the Latin slot unless ``w:hint="eastAsia"``. So every run names the Chinese font
in all four slots and carries the hint; the theme-font attributes the default template puts
on styles are removed because Word lets them override explicit names.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from docx.document import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.section import Section
from docx.shared import Emu, Length, Mm, Pt, Twips
from docx.styles.style import ParagraphStyle
from docx.text.font import Font
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from assistant.settings import ExportSettings

# -- the numbers of the standard ----------------------------------------------------------
PAGE_WIDTH, PAGE_HEIGHT = Mm(210), Mm(297)  # A4
TOP, BOTTOM, LEFT, RIGHT = Mm(37), Mm(35), Mm(28), Mm(26)  # text area 156 × 225 mm
LINES_PER_PAGE, CHARS_PER_LINE = 22, 28
SIZE_2, SIZE_3, SIZE_4 = Pt(22), Pt(16), Pt(14)  # 2号 title, 3号 body, 4号 page numbers
PAGE_NUMBER_GAP = Mm(7)  # the page number's dash line sits 7 mm below the text area
TWIPS_PER_PT, EMU_PER_TWIP = 20, 635
_THEME_ATTRS = ("w:asciiTheme", "w:eastAsiaTheme", "w:hAnsiTheme", "w:cstheme")
# Schema order (ECMA-376 CT_PPr / CT_RPr): the children that must follow w:snapToGrid in a
# w:pPr, and w:spacing in a w:rPr, so an inserted element lands where Word expects it.
PPR_AFTER_SNAP = (
    "w:spacing", "w:ind", "w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap",
    "w:jc", "w:textDirection", "w:textAlignment", "w:textboxTightWrap", "w:outlineLvl",
    "w:divId", "w:cnfStyle", "w:rPr", "w:sectPr", "w:pPrChange",
)  # fmt: skip
RPR_AFTER_SPACING = (
    "w:w", "w:kern", "w:position", "w:sz", "w:szCs", "w:highlight", "w:u", "w:effect",
    "w:bdr", "w:shd", "w:fitText", "w:vertAlign", "w:rtl", "w:cs", "w:em", "w:lang",
    "w:eastAsianLayout", "w:specVanish", "w:oMath",
)  # fmt: skip


def line_pitch() -> int:
    """Grid line pitch in twips: 22 lines fill the 225 mm text height (rounded down so the
    22nd line still fits)."""
    height = PAGE_HEIGHT - TOP - BOTTOM
    return math.floor(height / EMU_PER_TWIP / LINES_PER_PAGE)


def char_space() -> int:
    """``w:docGrid/@w:charSpace``: (character pitch − Normal font size) × 4096, in points,
    so that 28 characters of 3号 fill the 156 mm line (rounded down so the 28th still fits)."""
    pitch_pt = (PAGE_WIDTH - LEFT - RIGHT) / EMU_PER_TWIP / TWIPS_PER_PT / CHARS_PER_LINE
    return math.floor((pitch_pt - float(SIZE_3.pt)) * 4096)


def char_pitch() -> Length:
    """The width one character takes on the grid (for indents counted in characters)."""
    return Emu(round((SIZE_3.pt + char_space() / 4096) * 12700))


def line() -> Length:
    return Twips(line_pitch())


# -- fonts ----------------------------------------------------------------------------------
def east_asian(element: BaseOxmlElement, name: str) -> None:
    """Name ``name`` in every slot of the element's ``w:rPr/w:rFonts`` (created by a prior
    ``font.name = …``), hint East Asian, and drop theme fonts that would override it."""
    r_pr = element.find(qn("w:rPr"))
    fonts = r_pr.find(qn("w:rFonts")) if r_pr is not None else None
    if fonts is None:
        raise ValueError("set font.name before east_asian()")
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)
    fonts.set(qn("w:hint"), "eastAsia")
    for attr in _THEME_ATTRS:
        fonts.attrib.pop(qn(attr), None)


def set_font(
    font: Font, element: BaseOxmlElement, name: str, size: Length, bold: bool = False
) -> None:
    font.name = name
    font.size = size
    font.bold = bold
    font.italic = False
    font.color.rgb = None  # the template's blue heading colours: text is black
    east_asian(element, name)


def format_run(run: Run, name: str, size: Length, bold: bool = False) -> None:
    set_font(run.font, run._r, name, size, bold)


# -- styles ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class StyleSpec:
    style: str
    font: str
    size: Length
    bold: bool = False


def style_specs(fonts: ExportSettings) -> dict[str, StyleSpec]:
    """The paragraph style and font of each role of the outline."""
    body = StyleSpec("Normal", fonts.body_font, SIZE_3)
    return {
        "title": StyleSpec("Title", fonts.title_font, SIZE_2),
        "heading1": StyleSpec("Heading 1", fonts.heading1_font, SIZE_3),
        "heading2": StyleSpec("Heading 2", fonts.heading2_font, SIZE_3),
        "heading3": StyleSpec("Heading 3", fonts.body_font, SIZE_3, fonts.heading3_bold),
        "heading4": StyleSpec("Heading 4", fonts.body_font, SIZE_3),
        "body": body,
        "annex_note": body,
        "signature": body,
        "date": body,
    }


def _reset_paragraph_style(style: ParagraphStyle) -> None:
    """Strip what the default template adds (borders, spacing, keep-lines) to a style."""
    p_pr = style.element.find(qn("w:pPr"))
    if p_pr is not None:
        for tag in ("w:pBdr", "w:contextualSpacing", "w:keepLines"):
            for child in p_pr.findall(qn(tag)):
                p_pr.remove(child)
    r_pr = style.element.find(qn("w:rPr"))
    if r_pr is not None:
        for tag in ("w:spacing", "w:kern", "w:bCs", "w:iCs", "w:szCs"):
            for child in r_pr.findall(qn(tag)):
                r_pr.remove(child)
    fmt = style.paragraph_format
    fmt.space_before = Pt(0)
    fmt.space_after = Pt(0)
    # exact spacing = the grid pitch: 22 lines a page even where the grid is ignored
    fmt.line_spacing_rule = WD_LINE_SPACING.EXACTLY
    fmt.line_spacing = line()


def setup_styles(document: Document, fonts: ExportSettings) -> None:
    _document_defaults(document, fonts.body_font)
    for spec in {s.style: s for s in style_specs(fonts).values()}.values():
        style = document.styles[spec.style]
        if not isinstance(style, ParagraphStyle) or style.type != WD_STYLE_TYPE.PARAGRAPH:
            raise TypeError(f"{spec.style} is not a paragraph style")
        _reset_paragraph_style(style)
        set_font(style.font, style.element, spec.font, spec.size, spec.bold)
        if spec.style.startswith("Heading"):
            style.paragraph_format.keep_with_next = True
    title = document.styles["Title"]
    assert isinstance(title, ParagraphStyle)
    title.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_after = line()  # one blank line between title and body
    off_grid(title.element.get_or_add_pPr())


def _document_defaults(document: Document, body_font: str) -> None:
    """docDefaults: the body font (no theme fonts) and Chinese as the East Asian language."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    r_pr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")) if defaults is not None else None
    if r_pr is None:
        return
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in _THEME_ATTRS:
            fonts.attrib.pop(qn(attr), None)
        for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(attr), body_font)
    lang = r_pr.find(qn("w:lang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


# -- paragraphs -----------------------------------------------------------------------------
def off_grid(p_pr: BaseOxmlElement) -> None:
    """``w:snapToGrid w:val=0`` on a paragraph or style: its characters keep their own
    width. Without it a 2号 title on the 3号 grid takes two grid cells per character and
    comes out spread apart (Word's 如果定义了文档网格，则对齐到网格, unchecked)."""
    if p_pr.find(qn("w:snapToGrid")) is None:
        snap = OxmlElement("w:snapToGrid", {qn("w:val"): "0"})
        p_pr.insert_element_before(snap, *PPR_AFTER_SNAP)


def indent_chars(paragraph: Paragraph, *, first_line: float = 0, right: float = 0) -> None:
    """Indents counted in characters (Word's ``w:firstLineChars``/``w:rightChars``, which
    follow the grid), with the equivalent lengths for readers that ignore them."""
    fmt = paragraph.paragraph_format
    pitch = char_pitch()
    fmt.first_line_indent = Emu(round(pitch * first_line))
    fmt.right_indent = Emu(round(pitch * right))
    ind = paragraph._p.get_or_add_pPr().find(qn("w:ind"))
    assert ind is not None  # just created by the two assignments above
    ind.set(qn("w:firstLineChars"), str(round(first_line * 100)))
    ind.set(qn("w:rightChars"), str(round(right * 100)))


def text_width(text: str) -> float:
    """Width in characters: ASCII (digits of a date) is half a character."""
    return sum(0.5 if ord(ch) < 0x80 else 1.0 for ch in text)


def signature_indents(signature: str, date: str) -> tuple[float, float]:
    """Right indents (in characters) of the signature and the date of a notice without a
    seal (GB/T 9704 7.3.5.3): signature 2 characters from the right, the date on the next
    line starting 2 characters right of the signature's start; a date longer than that is
    itself 2 from the right and the signature moves left."""
    sig, day = text_width(signature), text_width(date)
    sig_right = 2.0
    date_right = sig_right + sig - 2 - day
    if date_right < 2:
        date_right = 2.0
        sig_right = date_right + day + 2 - sig
    return sig_right, date_right


# -- the section: page, margins, grid, page numbers ----------------------------------------
def setup_section(section: Section) -> None:
    section.start_type = WD_SECTION.NEW_PAGE
    section.page_width, section.page_height = PAGE_WIDTH, PAGE_HEIGHT
    section.top_margin, section.bottom_margin = TOP, BOTTOM
    section.left_margin, section.right_margin = LEFT, RIGHT
    # the footer's bottom such that its top (one 4号 line) is 7 mm under the text area
    section.footer_distance = Emu(BOTTOM - PAGE_NUMBER_GAP - SIZE_4)
    section.gutter = Mm(0)
    set_grid(section)


def set_grid(section: Section) -> None:
    """Line and character grid: 22 lines of 28 characters (``w:docGrid``)."""
    sect_pr = section._sectPr
    grid = sect_pr.find(qn("w:docGrid"))
    if grid is None:
        grid = OxmlElement("w:docGrid")
        sect_pr.append(grid)  # docGrid is the last child python-docx's template has
    grid.set(qn("w:type"), "linesAndChars")
    grid.set(qn("w:linePitch"), str(line_pitch()))
    grid.set(qn("w:charSpace"), str(char_space()))


def _field_char(kind: str) -> BaseOxmlElement:
    element = OxmlElement("w:fldChar")
    element.set(qn("w:fldCharType"), kind)
    return element


def add_page_field(paragraph: Paragraph, font: str) -> None:
    """``— N —``: dashes around a PAGE field (begin / instruction / separate / result /
    end runs, each run in the page-number font so Word keeps it when it updates N)."""
    parts: list[tuple[str, BaseOxmlElement | None]] = [
        ("— ", None),
        ("", _field_char("begin")),
        ("", None),  # the instruction run, filled below
        ("", _field_char("separate")),
        ("1", None),  # cached result shown until the field is updated
        ("", _field_char("end")),
        (" —", None),
    ]
    for index, (text, field_char) in enumerate(parts):
        run = paragraph.add_run(text)
        format_run(run, font, SIZE_4)
        if field_char is not None:
            run._r.append(field_char)
        elif index == 2:
            instruction = OxmlElement("w:instrText")
            instruction.set(qn("xml:space"), "preserve")
            instruction.text = " PAGE "
            run._r.append(instruction)


def setup_page_numbers(document: Document, section: Section, font: str) -> None:
    """Page numbers on the outside edge: odd pages right, even pages left, one character
    in from the edge of the text area (needs different odd and even footers)."""
    document.settings.odd_and_even_pages_header_footer = True
    one_char = SIZE_4
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),
    ):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        fmt = paragraph.paragraph_format
        fmt.alignment = alignment
        fmt.first_line_indent = Pt(0)
        fmt.line_spacing_rule = WD_LINE_SPACING.SINGLE
        if alignment == WD_ALIGN_PARAGRAPH.RIGHT:
            fmt.right_indent = one_char
        else:
            fmt.left_indent = one_char
        off_grid(paragraph._p.get_or_add_pPr())
        add_page_field(paragraph, font)
