"""The DOCX export read back: GB/T 9704 page and grid, fonts of every run, headings, page
numbers, signature, and text equal to the draft's Markdown view."""

from __future__ import annotations

import io
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import docx
import pytest
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from assistant.drafting.guards import MARKER_RE
from assistant.drafting.models import Plan, Report, ReportItem, cn_date
from assistant.drafting.render import plan_markdown, report_heading, report_markdown
from assistant.drafting.service import PlanResult, draft_report
from assistant.export.docx_export import docx_bytes
from assistant.settings import ExportSettings
from tests.draft_helpers import fill_ledger

TWIPS_PER_MM = 1440 / 25.4
LABEL_RE = re.compile(r"^(（[一二三四五六七八九十]+）|\d+\.|（\d+）|[①-⑳])")
DEFAULT = ExportSettings()
# fonts a user without the 方正/GB2312 fonts would pick; every one differs from the default
CUSTOM = ExportSettings(
    title_font="华文中宋", body_font="仿宋", heading1_font="微软雅黑", heading2_font="楷体",
    page_number_font="Times New Roman", heading3_bold=False,
)  # fmt: skip


@dataclass
class Drafts:
    plan: Plan
    report: Report


@pytest.fixture(scope="module")
def drafts(
    example_plan: PlanResult, corpus_home: Path, tmp_path_factory: pytest.TempPathFactory
) -> Drafts:
    """The example plan, and a report on a copy of it with the ledger filled in as a user would."""
    from assistant.settings import load_settings

    settings = load_settings(home=corpus_home, index={"embedder": "fake"})
    folder = tmp_path_factory.mktemp("export-docx") / "report"
    shutil.copytree(example_plan.folder, folder)
    cycle = ["已完成", "基本完成", "正在推进"]
    statuses = [cycle[i % 3] for i in range(len(example_plan.plan.items))]
    facts = {"1.1": "修订学习制度“三会一课”；2026年8月开展专题研讨4次……"}
    ledger = fill_ledger(folder, statuses, facts)
    return Drafts(example_plan.plan, draft_report(settings, ledger).report)


def read(data: bytes) -> Document:
    return docx.Document(io.BytesIO(data))


def body_paragraphs(document: Document) -> list[Paragraph]:
    return [p for p in document.paragraphs if p.text.strip()]


def all_runs(document: Document) -> list[tuple[str, object]]:
    """(where, w:r element) for every run of the body, the footers and the comments."""
    runs: list[tuple[str, object]] = []
    for p in document.paragraphs:
        where = "annex-label" if p.text == "附件" else (p.style.name if p.style else "")
        runs += [(where, r) for r in p._p.iter(qn("w:r"))]
    section = document.sections[0]
    for footer in (section.footer, section.even_page_footer):
        for p in footer.paragraphs:
            runs += [("footer", r) for r in p._p.iter(qn("w:r"))]
    for comment in document.comments:
        for p in comment.paragraphs:
            runs += [("comment", r) for r in p._p.iter(qn("w:r"))]
    for table in document.tables:  # the plan's annex: header row in 黑体, cells in the body font
        for index, row in enumerate(table.rows):
            where = "table-header" if index == 0 else "table"
            runs += [(where, r) for r in row._tr.iter(qn("w:r"))]
    return runs


def fonts_of(run: object) -> dict[str, str]:
    r_fonts = run.find(qn("w:rPr")).find(qn("w:rFonts"))  # type: ignore[attr-defined]
    assert r_fonts is not None
    return {k.split("}")[1]: v for k, v in r_fonts.attrib.items()}


# -- page -----------------------------------------------------------------------------------
def test_a4_page_margins_and_the_22_by_28_grid(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.plan, DEFAULT))
    section = document.sections[0]
    for value, mm in (
        (section.page_width, 210), (section.page_height, 297), (section.top_margin, 37),
        (section.bottom_margin, 35), (section.left_margin, 28), (section.right_margin, 26),
    ):  # fmt: skip
        assert value is not None and abs(value.mm - mm) < 0.01
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid is not None and grid.get(qn("w:type")) == "linesAndChars"
    pitch, char_space = int(grid.get(qn("w:linePitch"))), int(grid.get(qn("w:charSpace")))
    height = (297 - 37 - 35) * TWIPS_PER_MM
    assert 22 * pitch <= height < 23 * pitch  # exactly 22 lines fit
    width_pt = (210 - 28 - 26) * TWIPS_PER_MM / 20
    normal = document.styles["Normal"]
    assert normal.font.size == Pt(16)
    char_pitch = normal.font.size.pt + char_space / 4096
    assert 28 * char_pitch <= width_pt < 29 * char_pitch  # exactly 28 characters fit
    fmt = normal.paragraph_format
    assert fmt.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert fmt.line_spacing is not None and round(fmt.line_spacing.twips) == pitch


# -- fonts ----------------------------------------------------------------------------------
def expected_font(where: str, fonts: ExportSettings) -> str:
    return {
        "Title": fonts.title_font,
        "Heading 1": fonts.heading1_font,
        "Heading 2": fonts.heading2_font,
        "footer": fonts.page_number_font,
        "annex-label": fonts.heading1_font,
        "table-header": fonts.heading1_font,
    }.get(where, fonts.body_font)


@pytest.mark.parametrize("fonts", [DEFAULT, CUSTOM], ids=["default", "custom"])
@pytest.mark.parametrize("which", ["plan", "report"])
def test_every_run_names_its_chinese_font_on_the_east_asian_slot(
    drafts: Drafts, fonts: ExportSettings, which: str
) -> None:
    draft = drafts.plan if which == "plan" else drafts.report
    document = read(docx_bytes(draft, fonts, citations=True))
    runs = all_runs(document)
    assert len(runs) > 50 and {w for w, _ in runs} >= {"Title", "Heading 1", "footer", "comment"}
    for where, run in runs:
        slots = fonts_of(run)
        want = expected_font(where, fonts)
        assert slots.get("eastAsia") == want, (where, slots)
        # quotes, dashes and ellipses take the ascii/hAnsi slot unless hinted: same font
        assert slots.get("ascii") == slots.get("hAnsi") == want and slots.get("hint") == "eastAsia"
        assert not any(k.endswith("Theme") or k == "cstheme" for k in slots)
    text = "".join(p.text for p in document.paragraphs)
    assert any(ch in text for ch in "“”—…"), "the draft should hold Chinese punctuation"


def test_styles_carry_the_fonts_without_theme_overrides(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.plan, CUSTOM))
    for name, font in (
        ("Normal", CUSTOM.body_font), ("Title", CUSTOM.title_font),
        ("Heading 1", CUSTOM.heading1_font), ("Heading 2", CUSTOM.heading2_font),
    ):  # fmt: skip
        style = document.styles[name]
        r_fonts = style.element.find(qn("w:rPr")).find(qn("w:rFonts"))
        assert r_fonts.get(qn("w:eastAsia")) == font and r_fonts.get(qn("w:eastAsiaTheme")) is None


# -- headings, title, signature -------------------------------------------------------------
def test_title_and_heading_styles(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.plan, DEFAULT))
    paragraphs = body_paragraphs(document)
    title = paragraphs[0]
    assert title.text.replace("\n", "") == drafts.plan.title  # lines broken by sense
    assert title.style is not None and title.style.name == "Title"
    assert title.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert {r.font.size for r in title.runs} == {Pt(22)}
    snap = document.styles["Title"].element.find(qn("w:pPr")).find(qn("w:snapToGrid"))
    assert snap is not None and snap.get(qn("w:val")) == "0"  # 2号 not spread over the 3号 grid
    by_style: dict[str, list[Paragraph]] = {}
    for p in paragraphs[1:]:
        by_style.setdefault(p.style.name if p.style else "", []).append(p)
    assert [p.text for p in by_style["Heading 1"]] == [
        "一、指导思想", "二、组织领导", "三、整改任务", "四、工作要求",
    ]  # fmt: skip
    categories = list(dict.fromkeys(i.path[0] for i in drafts.plan.items))
    assert [p.text for p in by_style["Heading 2"]] == [
        f"（{'一二三四五六七八九十'[n]}）{c}" for n, c in enumerate(categories)
    ]
    for p in by_style["Heading 1"] + by_style["Heading 2"]:
        assert all(r.font.bold is False and r.font.size == Pt(16) for r in p.runs)
    assert all(r.font.bold for p in by_style["Heading 3"] for r in p.runs)  # 1. bold by default
    for name, level in (("Heading 1", 0), ("Heading 2", 1), ("Heading 3", 2)):
        outline = document.styles[name].element.find(qn("w:pPr")).find(qn("w:outlineLvl"))
        assert outline is not None and outline.get(qn("w:val")) == str(level)  # Word's navigation
    closing = ("附件：整改任务清单", drafts.plan.feedback.signed_as, "附件")  # and the date
    body = [p for p in by_style["Normal"] if p.text not in closing and "年" not in p.text[:5]]
    assert body and all(p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY for p in body)
    ind = body[0]._p.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"  # 段首空二字


def test_problem_numbers_follow_the_feedback_keys(drafts: Drafts) -> None:
    """（n） from the category, n. from the problem, （n） for a sub-problem: the item keys."""
    texts = [p.text for p in body_paragraphs(read(docx_bytes(drafts.plan, DEFAULT)))]
    nested = [i for i in drafts.plan.items if len(i.key.split(".")) == 3]
    assert nested, "the example feedback has sub-problems"
    for item in drafts.plan.items:
        parts = [int(x) for x in item.key.split(".")]
        if len(parts) == 2:
            assert f"{parts[1]}.{item.problem}" in texts
        else:
            parent = f"{parts[1]}.{item.path[1]}"
            assert parent in texts and f"（{parts[2]}）{item.problem}" in texts
            assert texts.index(parent) < texts.index(f"（{parts[2]}）{item.problem}")
            assert texts.count(parent) == 1


def test_signature_and_date_right_aligned_per_the_standard(drafts: Drafts) -> None:
    paragraphs = body_paragraphs(read(docx_bytes(drafts.report, DEFAULT)))
    signature, date = paragraphs[-2], paragraphs[-1]
    assert signature.text == drafts.report.signature and date.text == cn_date(drafts.report.date)
    assert signature.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT

    def right_chars(p: Paragraph) -> float:
        return int(p._p.pPr.find(qn("w:ind")).get(qn("w:rightChars"))) / 100

    def width(text: str) -> float:
        return sum(0.5 if ord(c) < 128 else 1 for c in text)

    # 7.3.5.3 (no seal): the date starts 2 characters right of the signature's first one
    sig_start = right_chars(signature) + width(signature.text)
    date_start = right_chars(date) + width(date.text)
    assert sig_start - date_start == pytest.approx(2)
    assert min(right_chars(signature), right_chars(date)) >= 2


# -- page numbers ---------------------------------------------------------------------------
def test_page_numbers_are_a_page_field_between_dashes_on_the_outside_edge(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.report, DEFAULT))
    assert document.settings.odd_and_even_pages_header_footer
    section = document.sections[0]
    for footer, alignment in (
        (section.footer, WD_ALIGN_PARAGRAPH.RIGHT),  # odd pages: right
        (section.even_page_footer, WD_ALIGN_PARAGRAPH.LEFT),  # even pages: left
    ):
        assert not footer.is_linked_to_previous
        paragraph = footer.paragraphs[0]
        assert paragraph.alignment == alignment
        assert paragraph.text == "— 1 —"
        kinds = [e.get(qn("w:fldCharType")) for e in paragraph._p.iter(qn("w:fldChar"))]
        assert kinds == ["begin", "separate", "end"]
        assert [e.text.strip() for e in paragraph._p.iter(qn("w:instrText"))] == ["PAGE"]
        assert {r.font.size for r in paragraph.runs} == {Pt(14)}  # 4号
    bottom = section.bottom_margin
    assert bottom is not None and section.footer_distance is not None
    assert section.footer_distance < bottom - Mm(7)  # the number sits under the text area


# -- the text -------------------------------------------------------------------------------
def expected_lines(markdown: str, draft: Plan | Report, citations: bool) -> list[str]:
    """The Markdown view's lines without markup, as paragraphs: a '#### key a / b' heading
    becomes the parent problems not yet shown, then the problem itself."""
    items = {i.key: i for i in draft.items}
    lines: list[str] = []
    parents: list[str] = []
    for line in markdown.splitlines():
        if not line.strip() or line.startswith("<!--"):
            continue
        if line.startswith("## 引用的先例"):
            break
        heading = re.match(r"#### (\S+) (.+)", line)
        if heading:
            item = items[heading[1]]
            leaf = heading[2].split(" / ")[-1]
            assert leaf == (report_heading(item) if isinstance(item, ReportItem) else item.problem)
            new = item.path[1:]
            lines += [p for i, p in enumerate(new) if new[: i + 1] != parents[: i + 1]]
            lines.append(leaf)
            parents = new
            continue
        if line.startswith("#"):
            parents = []
        lines.append(line.lstrip("#").strip())
    return lines if citations else [MARKER_RE.sub("", x) for x in lines]


def docx_lines(document: Document) -> list[str]:
    out = []
    for p in body_paragraphs(document):
        heading = p.style is not None and p.style.name in ("Heading 2", "Heading 3", "Heading 4")
        out.append(LABEL_RE.sub("", p.text) if heading else p.text.replace("\n", ""))
    return out


def plan_lines(lines: list[str], plan: Plan) -> list[str]:
    """The Markdown's lines as the DOCX sets a plan item: one paragraph per measure, and
    责任领导 / 责任部门 / 完成时限 each on its own line."""
    out: list[str] = []
    for line in lines:
        if line.startswith("责任领导："):
            leader, department, deadline = line.split("\u3000")
            out += [leader, department, deadline.replace("整改时限", "完成时限")]
        elif line.startswith("整改措施："):
            measures = re.split(r"(?=[二三四五六七八九十]+是)", line)  # 一是…二是…
            out += [m for m in measures if m]
        else:
            out.append(line)
    return out


@pytest.mark.parametrize("citations", [False, True])
@pytest.mark.parametrize("which", ["plan", "report"])
def test_the_text_equals_the_drafts(drafts: Drafts, which: str, citations: bool) -> None:
    draft: Plan | Report = drafts.plan if which == "plan" else drafts.report
    markdown = plan_markdown(drafts.plan) if which == "plan" else report_markdown(drafts.report)
    document = read(docx_bytes(draft, DEFAULT, citations=citations))
    expected = expected_lines(markdown, draft, citations)
    lines = docx_lines(document)
    if isinstance(draft, Plan):
        expected = plan_lines(expected, draft)
        # the opening, and after the text the annex note, signature, date and annex title
        assert lines[1].startswith("根据") and lines[1].endswith("制定本方案。")
        end = lines.index("附件：整改任务清单")
        assert lines[end + 3 :] == ["附件", "整改任务清单"]
        lines = lines[:1] + lines[2:end]
    assert lines == expected
    text = "\n".join(p.text for p in document.paragraphs)
    assert bool(MARKER_RE.search(text)) == citations
    assert "引用的先例" not in text


def test_citations_off_means_no_comments(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.plan, DEFAULT))
    assert len(document.comments) == 0


def test_with_citations_each_marker_carries_a_comment_naming_the_precedent(drafts: Drafts) -> None:
    document = read(docx_bytes(drafts.plan, DEFAULT, citations=True))
    comments = {c.comment_id: c.text for c in document.comments}
    body = document.element.body
    anchored: list[tuple[int, str]] = []
    for reference in body.iter(qn("w:commentReference")):
        run = reference.getparent()
        marker_run = run.getprevious()
        while marker_run is not None and marker_run.tag != qn("w:r"):
            marker_run = marker_run.getprevious()  # skip the commentRangeEnd
        assert marker_run is not None
        text = "".join(t.text or "" for t in marker_run.iter(qn("w:t")))
        anchored.append((int(reference.get(qn("w:id"))), text))
    markers = MARKER_RE.findall("\n".join(p.text for p in document.paragraphs))
    assert len(anchored) == len(markers) == len(comments) > 10
    for comment_id, marker in anchored:
        n = int(marker.strip("[]"))
        citation = drafts.plan.citation(n)
        assert citation is not None
        note = comments[comment_id]
        assert note.startswith(f"[{n}] {citation.unit}")
        assert citation.date in note and " / ".join(citation.path) in note


def test_the_libreoffice_preview_keeps_28_characters_without_a_character_grid(
    drafts: Drafts,
) -> None:
    """scripts/render-docx renders this copy: LibreOffice gives a 16 pt character two cells
    of a 15.8 pt grid, so the copy condenses body runs instead (the export is unchanged)."""
    from assistant.export.lo_preview import preview_bytes

    original = docx_bytes(drafts.report, DEFAULT)
    preview = read(preview_bytes(original))
    grid = preview.sections[0]._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:type")) == "lines"
    width_pt = (210 - 28 - 26) * TWIPS_PER_MM / 20
    body_runs = [r for p in preview.paragraphs for r in p.runs if r.font.size == Pt(16)]
    assert body_runs
    for run in body_runs:
        spacing = run._r.rPr.find(qn("w:spacing"))
        assert spacing is not None
        advance = 16 + int(spacing.get(qn("w:val"))) / 20
        assert 28 * advance <= width_pt < 29 * advance
    title = [r for p in preview.paragraphs for r in p.runs if r.font.size == Pt(22)]
    assert title and all(r._r.rPr.find(qn("w:spacing")) is None for r in title)
    assert [p.text for p in preview.paragraphs] == [p.text for p in read(original).paragraphs]
    # justified paragraphs set flush left: LibreOffice drops hung line-end punctuation in them
    justified = [p for p in read(original).paragraphs if p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY]
    assert justified and not any(
        p.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY for p in preview.paragraphs
    )
