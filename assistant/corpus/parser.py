"""Parsing one notice (a chunk of cleaned lines) into a ``Notice``."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from assistant.corpus.cleaning import Line, is_title
from assistant.corpus.closing import parse_contacts, split_glued_closing, split_tail
from assistant.corpus.further import split_further
from assistant.corpus.items import ItemTree
from assistant.corpus.items import looks_like_problem as _is_problem
from assistant.corpus.metadata import (
    detect_kind,
    detect_level,
    detect_sector,
    feedback_date,
    find_body,
    find_round,
    inspection_period,
    summary_counts,
    unit_from_intro,
    unit_from_title,
)
from assistant.corpus.models import FurtherEntry, Item, Notice, Section, SectionKind, SourceSpan
from assistant.corpus.patterns import (
    DATE_LINE_RE,
    MEASURE_LABEL_RE,
    marker_level,
    parse_full_date,
)
from assistant.corpus.text import cjk_ratio, match_key
from assistant.errors import NotANoticeError
from assistant.i18n import _

# Section kinds by heading keywords, tried in this order; 'items' is decided by structure.
_SECTION_KEYWORDS: list[tuple[SectionKind, re.Pattern[str]]] = [
    ("leads", re.compile(r"线索|信访|移交|处分情况|问责情况")),
    ("further", re.compile(r"需要进一步整改|未完成整改|尚未完成|需长期坚持整改的")),
    (
        "next_steps",
        re.compile(r"下一步|下步|下阶段|今后|打算|计划|继续深化|持续深化|持续发力|巩固|后续整改|长效"),
    ),
    (
        "organisation",
        re.compile(
            r"组织|主体责任|基本情况|开展情况|领导|政治责任|政治站位|高度重视|工作情况|责任落实|"
            r"提高认识|强化认识|统一思想"
        ),
    ),
]
_PROBLEM_HINT = re.compile(r"问题|关于|方面|“")


@dataclass
class _Section:
    heading: Line | None
    lines: list[Line] = field(default_factory=list)

    def structure_score(self) -> int:
        labels = sum(1 for line in self.lines if MEASURE_LABEL_RE.match(line.text))
        problems = sum(
            1
            for line in self.lines
            if marker_level(line.text) and _PROBLEM_HINT.search(line.text[:60])
        )
        return labels * 2 + problems


def notice_id(cleaned_text: str) -> str:
    return hashlib.sha256(match_key(cleaned_text).encode()).hexdigest()[:16]


def _split_header(lines: list[Line]) -> tuple[Line | None, Line | None, list[Line]]:
    """Title line and date line, if present, and the remaining lines."""
    title = lines[0] if lines and is_title(lines[0].text) else None
    rest = lines[1:] if title else lines
    date = rest[0] if rest and DATE_LINE_RE.match(rest[0].text) else None
    return title, date, rest[1:] if date else rest


def _sections(body: list[Line]) -> tuple[list[Line], list[_Section]]:
    """Intro lines (before the first numbered line) and the top-level sections."""
    first = next((i for i, line in enumerate(body) if marker_level(line.text)), None)
    if first is None:
        return body, []
    intro, rest = body[:first], body[first:]
    top = min((level for line in rest if (level := _level(line))), default=1)
    if top != 1:
        return intro, [_Section(None, rest)]
    sections: list[_Section] = []
    for line in rest:
        if _level(line) == 1:
            sections.append(_Section(line))
        elif sections:
            sections[-1].lines.append(line)
    return intro, sections


_SUBSECTION_KINDS: list[tuple[SectionKind, re.Pattern[str]]] = [
    ("leads", re.compile(r"线索|信访|移交|处分情况|问责情况|其他处理情况")),
    ("next_steps", re.compile(r"下一步|下步|下阶段|今后|打算|工作计划|整改计划")),
]


def _split_subsections(section: _Section) -> list[tuple[_Section, SectionKind | None]]:
    """Second-level headings inside a problems section that are really leads or next steps
    ('（三）交办信访件办理情况', '（二）下一步整改措施') become sections of their own."""
    parts: list[tuple[_Section, SectionKind | None]] = [(_Section(section.heading), None)]
    for line in section.lines:
        level = _level(line)
        if level is not None and level <= 2:
            kind = next(
                (k for k, pattern in _SUBSECTION_KINDS if pattern.search(line.text)), None
            )
            if kind and "问题" not in line.text:
                parts.append((_Section(line), kind))
                continue
            if parts[-1][1] is not None:
                parts.append((_Section(None), None))
        parts[-1][0].lines.append(line)
    return [(part, kind) for part, kind in parts if part.lines or part.heading]


def _level(line: Line) -> int | None:
    found = marker_level(line.text)
    return found[0] if found else None


def _keyword_kind(heading: str) -> SectionKind | None:
    for kind, pattern in _SECTION_KEYWORDS:
        if pattern.search(heading):
            return kind
    return None


def _classify(sections: list[_Section]) -> list[SectionKind]:
    """Items sections are the ones with problem structure, judged relative to the richest
    section; leads and further-rectification sections are named by their headings."""
    scores = [section.structure_score() for section in sections]
    threshold = max(3.0, max(scores, default=0) * 0.25)
    kinds: list[SectionKind] = []
    seen_items = False
    for section, score in zip(sections, scores, strict=True):
        keyword = _keyword_kind(section.heading.text) if section.heading else None
        kind: SectionKind
        if keyword in ("leads", "further"):
            kind = keyword
        elif section.heading is None:
            kind = "items"
        elif score >= threshold and not (keyword == "next_steps" and seen_items):
            kind = "items"
        elif keyword == "next_steps" or seen_items:
            kind = "next_steps"
        else:
            kind = "organisation"
        seen_items = seen_items or kind in ("items", "further")
        kinds.append(kind)
    return kinds


def _other(kind: SectionKind, section: _Section, default_line: int) -> Section:
    return Section(
        kind=kind,
        heading=section.heading.text if section.heading else "",
        text=_text(section.lines),
        start_line=section.heading.start if section.heading else default_line,
    )


def _text(lines: list[Line]) -> str:
    return "\n".join(line.text for line in lines)


def parse_notice(lines: list[Line], file: str) -> Notice:
    """Parse one notice; raises NotANoticeError when no item structure is found."""
    if not lines:
        raise NotANoticeError(_("清理后没有剩下任何文字"), where=file)
    cleaned = _text(lines)
    where_line = lines[0].start
    if cjk_ratio(cleaned) < 0.3:
        raise NotANoticeError(
            _("这段文字不是中文正文，不可能是整改通报"),
            where=file,
            line=where_line,
            hint=_("只添加已公开的整改进展情况的通报原文"),
        )
    title_line, date_line, rest = _split_header(lines)
    tail = split_tail(split_glued_closing(rest))
    body, closing_lines, signature, end_date = tail.body, tail.closing, tail.signature, tail.date
    intro_lines, sections = _sections(body)
    kinds = _classify(sections)

    items: list[Item] = []
    further: list[FurtherEntry] = []
    notes: list[str] = []
    organisation: list[str] = []
    next_steps: list[str] = []
    others: list[Section] = []
    item_sections = sum(1 for k in kinds if k in ("items", "further"))
    for index, (section, kind) in enumerate(zip(sections, kinds, strict=True), start=1):
        heading = section.heading.text if section.heading else ""
        if kind in ("items", "further"):
            tree = ItemTree()
            for part, part_kind in _split_subsections(section):
                if part_kind is None:
                    for line in part.lines:
                        tree.feed(line)
                    continue
                part_heading = part.heading.text if part.heading else ""
                if part_kind == "next_steps":
                    next_steps.extend([part_heading, _text(part.lines)])
                else:
                    others.append(_other(part_kind, part, lines[0].start))
            tree.finish()
            path = [heading] if heading and item_sections > 1 else []
            found = tree.items(kind, str(index), path)
            if kind == "further" and not any(_is_problem(i.problem) for i in found):
                # '需要进一步整改的事项' holding only general plans: next steps, not items
                next_steps.extend([heading, _text(section.lines)])
                continue
            found, entries = split_further(found)
            further.extend(entries)
            items.extend(found)
            notes.extend(tree.notes)
            if heading and not path:
                notes.append(heading)
        elif kind == "organisation":
            organisation.extend([heading, _text(section.lines)])
        elif kind == "next_steps":
            next_steps.extend([heading, _text(section.lines)])
        else:
            others.append(_other(kind, section, lines[0].start))
    if not items:
        raise NotANoticeError(
            _("没有找到条目结构：没有编号的问题及其整改措施（整改情况/整改措施 或 一是…二是…）"),
            where=file,
            line=where_line,
            hint=_("这不像整改进展情况的通报，请检查该文件"),
        )

    title = re.sub(r"(?<=\S)[\s\u3000]+(?=\S)", "", title_line.text) if title_line else None
    intro = _text(intro_lines)
    closing = _text(closing_lines)
    published = parse_full_date(date_line.text) if date_line else None
    if published is None and end_date is not None:
        published = parse_full_date(end_date.text)
    start, end = inspection_period(intro)
    unit = unit_from_title(title) or signature or unit_from_intro(intro)
    org_text = "\n".join(t for t in organisation if t)
    return Notice(
        id=notice_id(cleaned),
        title=title,
        unit=unit,
        kind=detect_kind(title, intro, cleaned),
        level=detect_level(intro, find_body(intro)),
        inspecting_body=find_body(intro),
        round=find_round(title, intro),
        inspection_start=start,
        inspection_end=end,
        feedback_date=feedback_date(intro, end, published),
        publication_date=published,
        sector=detect_sector(unit),
        intro=intro,
        organisation=org_text,
        summary=summary_counts("\n".join([intro, org_text, *notes])),
        items=items,
        further=further,
        next_steps="\n".join(t for t in next_steps if t),
        other_sections=others,
        notes=notes,
        closing=closing,
        contacts=parse_contacts(closing),
        signature=signature,
        source=SourceSpan(file=file, start_line=lines[0].start, end_line=lines[-1].end),
        text=cleaned,
    )
