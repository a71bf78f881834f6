"""The plan as an office sends it, read back from the DOCX: opening, labelled paragraphs,
signature and date, the 附件 整改任务清单 table; titles broken by sense."""

from __future__ import annotations

import io

import docx
import pytest
from docx.document import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from assistant.drafting.guards import MARKER_RE
from assistant.drafting.models import Plan
from assistant.drafting.service import PlanResult
from assistant.export.docx_export import docx_bytes
from assistant.export.title_lines import title_lines
from assistant.settings import ExportSettings

COLUMNS = ["序号", "问题", "整改措施", "责任领导", "责任部门", "完成时限", "完成标志"]
# Words no title line may end inside (a second list, not the one the code uses).
WORDS = (
    "中共青山县农业农村局党组",
    "县委第三巡察组",
    "巡察",
    "反馈意见",
    "整改方案",
    "进展情况",
    "通报",
)


@pytest.fixture(scope="module")
def plan(example_plan: PlanResult) -> Plan:
    return example_plan.plan


@pytest.fixture(scope="module")
def document(plan: Plan) -> Document:
    return docx.Document(io.BytesIO(docx_bytes(plan, ExportSettings())))


def texts(document: Document) -> list[str]:
    return [p.text for p in document.paragraphs if p.text.strip()]


def test_the_opening_names_the_group_the_dates_and_our_unit(document: Document) -> None:
    opening = texts(document)[1]
    # examples/feedback.yaml: 县委第三巡察组, 2026-03-10 … 2026-05-10, feedback 2026年6月15日
    for fact in (
        "县委第三巡察组",
        "2026年3月10日至5月10日",
        "2026年6月15日",
        "中共青山县农业农村局党组",
    ):
        assert fact in opening, fact
    assert opening.endswith("根据县委第三巡察组反馈意见，结合我局实际，制定本方案。")
    assert texts(document)[2] == "一、指导思想"


def test_signature_and_date_close_the_plan_right_aligned(document: Document, plan: Plan) -> None:
    lines = texts(document)
    note = lines.index("附件：整改任务清单")
    signature, date = (p for p in document.paragraphs if p.text in lines[note + 1 : note + 3])
    assert signature.text == "中共青山县农业农村局党组"
    day = plan.info.created.date()
    assert date.text == f"{day.year}年{day.month}月{day.day}日"  # Arabic numerals, no padding
    assert signature.alignment == date.alignment == WD_ALIGN_PARAGRAPH.RIGHT
    assert lines[note - 1] != "四、工作要求"  # the requirements' text comes before the note


def test_owner_lines_each_their_own_paragraph(document: Document, plan: Plan) -> None:
    lines = texts(document)
    for item in plan.items:
        block = [f"责任领导：{item.leader}", f"责任部门：{item.department}"]
        block.append(f"完成时限：{item.deadline.text}")
        assert any(lines[i : i + 3] == block for i in range(len(lines))), block
    assert not any(x.startswith("责任领导：") and "责任部门" in x for x in lines)  # never one line


def test_the_annex_is_a_landscape_table_one_row_per_measure(document: Document, plan: Plan) -> None:
    assert len(document.sections) == 2
    annex = document.sections[1]
    assert annex.orientation == WD_ORIENT.LANDSCAPE
    assert annex.page_width is not None and annex.page_height is not None
    assert annex.page_width > annex.page_height
    assert len(document.tables) == 1
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == COLUMNS
    measures = [(item, m) for item in plan.items for m in item.measures]
    assert len(rows) - 1 == len(measures) > len(plan.items)
    for number, (row, (item, measure)) in enumerate(zip(rows[1:], measures, strict=True), 1):
        assert row[0] == str(number)
        assert row[1] == item.problem  # merged over the problem's measures, same text in each
        assert row[2] == MARKER_RE.sub("", measure.text)
        assert row[3:6] == [item.leader, item.department, item.deadline.text]
        assert row[6] == MARKER_RE.sub("", item.goal)  # 完成标志 from the goal
    header = table.rows[0]._tr.trPr
    assert header is not None and header.find(qn("w:tblHeader")) is not None
    body_headers = [r for r in table.rows[1:] if r._tr.trPr is not None
                    and r._tr.trPr.find(qn("w:tblHeader")) is not None]  # fmt: skip
    assert not body_headers  # only the header row repeats


def test_the_title_breaks_between_words(document: Document, plan: Plan) -> None:
    title = document.paragraphs[0]
    lines = title.text.split("\n")
    assert len(lines) >= 2 and "".join(lines) == plan.title
    assert all(len(line) <= 20 for line in lines)
    assert lines[0].endswith("关于")
    assert_breaks_between_words(lines)


def assert_breaks_between_words(lines: list[str]) -> None:
    title = "".join(lines)
    cuts = [sum(len(x) for x in lines[:i]) for i in range(1, len(lines))]
    for word in WORDS:
        start = title.find(word)
        while start >= 0:
            assert not any(start < cut < start + len(word) for cut in cuts), (word, lines)
            start = title.find(word, start + 1)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("中共某局党组关于巡察整改进展情况的通报", ["中共某局党组关于巡察整改进展情况的通报"]),
        (
            "中共青山县农业农村局党组关于县委第三巡察组巡察反馈意见的整改方案",
            ["中共青山县农业农村局党组关于", "县委第三巡察组巡察反馈意见的整改方案"],
        ),
        (
            "中共青山县农业农村局党组关于县委第三巡察组巡察反馈意见整改进展情况的通报",
            ["中共青山县农业农村局党组关于", "县委第三巡察组巡察反馈意见", "整改进展情况的通报"],
        ),
        (
            "中共青山县农业农村局党组关于巡察整改进展情况的通报",
            ["中共青山县农业农村局党组关于", "巡察整改进展情况的通报"],
        ),
    ],
)
def test_title_lines_by_sense(title: str, expected: list[str]) -> None:
    lines = title_lines(title, ["中共青山县农业农村局党组", "县委第三巡察组"])
    assert lines == expected
    assert_breaks_between_words(lines)
    lengths = [len(x) for x in lines]
    peak = lengths.index(max(lengths))  # 梯形 or 菱形: up to one peak, then down
    assert lengths[: peak + 1] == sorted(lengths[: peak + 1])
    assert lengths[peak:] == sorted(lengths[peak:], reverse=True)
