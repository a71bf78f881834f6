"""`rectify import DRAFT/plan.docx`: a plan or report edited in Word or WPS, read back into
the draft.

The DOCX is the one ``docx_export`` wrote: under 三、整改任务 (a report: 二、整改进展情况)
each item opens with its numbered headings (（一）, 1., （1）, ①); the numbering, not the
wording, says which item a paragraph belongs to. An item's labelled paragraphs are read
as `rectify review edit` reads its text (``review.item_text``). Every item must be found,
once, with readable paragraphs: otherwise every problem is reported with its paragraph
and nothing is applied. Changed items become `edit` actions in the draft's history.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from assistant.corpus.clauses import cn_to_int
from assistant.draft_folder import DraftFolder, open_draft
from assistant.drafting.guards import strip_markers
from assistant.drafting.models import Finding, Plan, PlanItem, Report, ReportItem
from assistant.drafting.render import PLAN_SECTIONS, REPORT_SECTIONS
from assistant.errors import InputError
from assistant.export.outline import item_headings
from assistant.export.plan_parts import DETAIL
from assistant.i18n import _
from assistant.review.item_text import read_plan_item, read_report_item
from assistant.settings import Settings

_LABELS = (
    (0, re.compile(r"^（([一二三四五六七八九十]+)）")),
    (1, re.compile(r"^(\d+)[.．]")),
    (2, re.compile(r"^（(\d+)）")),
    (3, re.compile(r"^([①-⑳])")),
)
_CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
SHOWN = 30  # characters of a paragraph quoted in a message


@dataclass
class Paragraph:
    number: int  # 1-based, among the document's paragraphs (as Word's navigation counts)
    text: str

    def quoted(self) -> str:
        text = self.text if len(self.text) <= SHOWN else self.text[:SHOWN] + "…"
        return _("第{number}段“{text}”").format(number=self.number, text=text)


@dataclass
class WordImport:
    folder: Path
    changed: list[str]
    written: list[Path]
    findings: list[Finding] = field(default_factory=list)  # the review, run again


def read_paragraphs(path: Path) -> list[Paragraph]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not path.is_file():
        raise InputError(
            _("文件不存在"), where=path, hint=_("给出 `rectify export` 导出并在 Word 中修改过的 .docx")
        )
    try:
        document = docx.Document(str(path))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(
            _("不是可读取的 .docx 文件（{kind}）").format(kind=type(exc).__name__),
            where=path,
            hint=_("在 Word 或 WPS 中另存为 .docx（Word 文档）后再导入"),
        ) from None
    return [
        Paragraph(n, p.text.replace("\n", "").strip()) for n, p in enumerate(document.paragraphs, 1)
    ]


def _label(text: str) -> tuple[int, int] | None:
    """(depth, number) of a heading's official number, else None."""
    for depth, pattern in _LABELS:
        match = pattern.match(text)
        if match:
            value = match.group(1)
            if depth == 0:
                return depth, cn_to_int(value)
            if depth == 3:
                return depth, _CIRCLED.index(value) + 1
            return depth, int(value)
    return None


def _section(paragraphs: list[Paragraph], start: str, end: str, where: Path) -> list[Paragraph]:
    texts = [p.text for p in paragraphs]
    for heading in (start, end):
        if heading not in texts:
            raise InputError(
                _("找不到标题“{heading}”，无法确定整改事项从哪里开始、到哪里结束").format(heading=heading),
                where=where,
                hint=_("恢复“{heading}”这一段（文字保持导出时的样子）后再导入").format(heading=heading),
            )
    first, last = texts.index(start), texts.index(end)
    return [p for p in paragraphs[first + 1 : last] if p.text]


def _expected(draft: Plan | Report) -> dict[tuple[int, ...], str]:
    """Number path of every heading (（一）→(1,), 2.→(1, 2)…) → the key of the item it opens,
    or '' for a category or parent problem."""
    paths: dict[tuple[int, ...], str] = {}
    counters: list[int] = []
    headed = (
        list(item_headings(draft.items))
        if isinstance(draft, Plan)
        else list(item_headings(draft.items))
    )
    for item, blocks in headed:
        for block in blocks:
            label = _label(block.text)
            assert label is not None  # outline.label wrote it
            depth, number = label
            counters = [*counters[:depth], number]
            paths[tuple(counters)] = ""
        paths[tuple(counters)] = item.key
    return paths


def item_paragraphs(
    paragraphs: list[Paragraph], draft: Plan | Report, where: Path
) -> dict[str, list[Paragraph]]:
    """The paragraphs under each item's heading, matched by numbering; every mismatch is an
    error naming its paragraph, all of them in one message."""
    start, end = (
        (PLAN_SECTIONS[2], PLAN_SECTIONS[3])
        if isinstance(draft, Plan)
        else (REPORT_SECTIONS[1], REPORT_SECTIONS[2])
    )
    expected = _expected(draft)
    by_key: dict[str, list[Paragraph]] = {}
    heading_of: dict[str, Paragraph] = {}
    errors: list[str] = []
    counters: list[int] = []
    current: str | None = None
    for paragraph in _section(paragraphs, start, end, where):
        label = _label(paragraph.text)
        if label is None:
            if current is None:
                errors.append(_("{paragraph}不在任何问题的标题之下（标题或其编号被删改？）").format(paragraph=paragraph.quoted()))
            else:
                by_key[current].append(paragraph)
            continue
        depth, number = label
        counters = [*counters[:depth], number] if len(counters) >= depth else []
        path = tuple(counters)
        key = expected.get(path) if len(path) == depth + 1 else None
        if key is None:
            numbering = ".".join(map(str, path)) if path else _("（缺上级标题）")
            errors.append(_("{paragraph}：编号 {numbering} 不对应本稿的任何标题").format(
                paragraph=paragraph.quoted(), numbering=numbering
            ))
            current = None
            continue
        if key == "":
            current = None  # a category or parent problem: no paragraphs of its own
            continue
        if key in heading_of:
            errors.append(
                _("{paragraph}：第 {key} 项的编号重复出现（首次在{first}）").format(
                    paragraph=paragraph.quoted(), key=key, first=heading_of[key].quoted()
                )
            )
            current = None
            continue
        heading_of[key], by_key[key], current = paragraph, [], key
    previous: Paragraph | None = None
    for item in draft.items:
        if item.key not in heading_of:
            errors.append(
                (_("第 {key} 项“{problem}”的标题不见了（被删除或编号被改动，应在{previous}之后）")
                 if previous else _("第 {key} 项“{problem}”的标题不见了（被删除或编号被改动）")).format(
                    key=item.key, problem=item.problem, previous=previous.quoted() if previous else ""
                )
            )
        else:
            previous = heading_of[item.key]
    if errors:
        raise InputError(
            _("{n} 处无法与本稿的事项对应，未做任何修改：").format(n=len(errors)) + "\n  " + "\n  ".join(errors),
            where=where,
            hint=_("恢复被删改的标题及其编号（（一）、1.、（1））后再导入；正文可以随意修改"),
        )
    return by_key


def _bare(text: str) -> str:
    """Text without markers and whitespace: a field laid out over several paragraphs reads
    back without its line breaks."""
    return "".join(strip_markers(text)[0].split())


def _plan_item(item: PlanItem, paragraphs: list[Paragraph], where: str) -> PlanItem:
    lines = [p.text for p in paragraphs if not p.text.startswith(f"{DETAIL}：")]
    read = read_plan_item("\n".join(lines), item, where)
    old = {_bare(m.text): m for m in item.measures}
    # a measure left as it was keeps its [n] markers (the export without citations drops them)
    measures = [old.get(_bare(m.text), m) for m in read.measures]
    goal = item.goal if _bare(read.goal) == _bare(item.goal) else read.goal
    return read.model_copy(update={"measures": measures, "goal": goal})


def _report_item(item: ReportItem, paragraphs: list[Paragraph], where: str) -> ReportItem:
    lines = [p.text for p in paragraphs]
    if not any(line.startswith("下一步") for line in lines):
        lines.append(f"下一步：{item.next_steps}")
    read = read_report_item("\n".join(lines), item, where)
    if _bare(read.progress) == _bare(item.progress):
        return item
    return read


def edited_items(path: Path, opened: DraftFolder) -> list[PlanItem | ReportItem]:
    """The items whose text in the DOCX differs from the draft (all matched, or an error)."""
    draft = opened.draft
    found = item_paragraphs(read_paragraphs(path), draft, path)
    changed: list[PlanItem | ReportItem] = []
    errors: list[str] = []
    for item in draft.items:
        paragraphs = found[item.key]
        where = _("{path}（第 {key} 项）").format(path=path, key=item.key)
        try:
            new: PlanItem | ReportItem = (
                _plan_item(item, paragraphs, where)
                if isinstance(item, PlanItem)
                else _report_item(item, paragraphs, where)
            )
        except InputError as exc:
            errors.append(f"{exc.message}（{where}）")
            continue
        if new != item:
            changed.append(new)
    if errors:
        raise InputError(
            _("{n} 个事项读不回来，未做任何修改：").format(n=len(errors)) + "\n  " + "\n  ".join(errors),
            where=path,
            hint=_("每项保留“整改目标：”“整改措施：”“责任领导：”“责任部门：”“完成时限：”各一段"
                   "（措施每条一段，以一是、二是……开头）"),
        )
    return changed


def import_docx(settings: Settings, path: Path, folder: Path | None = None) -> WordImport:
    """Apply the DOCX's edits to the draft in ``folder`` (default: the DOCX's folder), then
    run the review's checks on the result."""
    from assistant.review.actions import record_edits
    from assistant.review.run import review_folder

    opened = open_draft(folder or path.parent)
    changed = edited_items(path, opened)
    outcome = record_edits(opened, changed, _("从 {name} 导入").format(name=path.name))
    findings = review_folder(settings, opened.folder).findings
    return WordImport(opened.folder, outcome.items, outcome.written, findings)
