"""What drafting needs from the catalog, read in one opening of it.

The units' names (for the name guard), the ids a citation may name, and the organisation
and next-steps sections of every notice (the front matter and the report's next steps draw
on them) are read once per command; the precedent index gets its records in the same pass.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from assistant.corpus.catalog import Catalog
from assistant.corpus.patterns import marker_level
from assistant.drafting.hygiene import fit_rules
from assistant.drafting.sources import Source, sentences, strip_ordinal
from assistant.drafting.subject import SubjectMatcher
from assistant.index.lexical import FieldIndex, LexicalIndex, fingerprint
from assistant.index.precedents import Precedent, PrecedentIndex, lexical_index, record_from_row
from assistant.index.records import PrecedentRecord, record_id
from assistant.settings import Settings

# The notice sections the front matter and the next steps draw on (their citation ids end
# in these names instead of an item key).
SECTION_HEADINGS = {"organisation": "整改工作开展情况", "next_steps": "下一步工作打算"}


@dataclass(frozen=True)
class NoticeSections:
    """A notice's metadata and the two sections drafting cites."""

    notice_id: str
    unit: str
    kind: str
    level: str
    sector: str
    date: str  # ISO, '' when the notice has none
    organisation: str
    next_steps: str

    def record(self, section: str) -> PrecedentRecord:
        """The section as a citable record (as the index records an item)."""
        heading = SECTION_HEADINGS[section]
        text = self.organisation if section == "organisation" else self.next_steps
        return PrecedentRecord(
            id=record_id(self.notice_id, section),
            notice_id=self.notice_id,
            key=section,
            unit=self.unit,
            kind=self.kind,
            level=self.level,
            sector=self.sector,
            year=int(self.date[:4]) if self.date[:4].isdigit() else 0,
            date=self.date,
            path=[heading],
            problem=heading,
            measures=text,
            clauses=[],
        )


@dataclass(frozen=True)
class CorpusFacts:
    units: tuple[str, ...]  # every notice's unit, for the name guard
    citable_ids: frozenset[str]  # the catalog's items and its notices' sections
    sections: Mapping[str, NoticeSections]
    # the catalog's problems as the lexical index counts them, read when first needed
    problem_field: Callable[[], FieldIndex | None] = lambda: None  # None: no corpus (tests)
    # words too common to tell one problem from another (fit.toml [problem] generic, the user's too)
    generic: frozenset[str] = field(default_factory=lambda: fit_rules().generic)

    @classmethod
    def load(cls, settings: Settings, index: PrecedentIndex | None = None) -> CorpusFacts:
        """Read the catalog once; ``index`` loads its precedent records in the same pass."""
        with Catalog(settings.catalog_path, create=False) as catalog:
            if index is not None:
                index.catalog_records(catalog)
            item_ids = catalog.item_ids()
            sections = {row[0]: NoticeSections(*row) for row in catalog.section_rows()}
        notice_sections = {f"{nid}:{section}" for nid in sections for section in SECTION_HEADINGS}

        def problem_field() -> FieldIndex:
            if index is not None:  # built from these records if the cache is stale
                return index.lexical().fields["problem"]
            cached = LexicalIndex.load(settings.vectorstore_dir / "lexical", fingerprint(item_ids))
            if cached is None:  # never drafted since the corpus changed: build it, once
                with Catalog(settings.catalog_path, create=False) as catalog:
                    cached = lexical_index(settings, [record_from_row(r) for r in catalog.record_rows()])
            return cached.fields["problem"]

        return cls(
            units=tuple(sorted({s.unit for s in sections.values() if s.unit})),
            citable_ids=frozenset(item_ids) | notice_sections,
            sections=sections,
            problem_field=problem_field,
            generic=fit_rules(settings.home).generic,
        )

    @cached_property  # a frozen dataclass still keeps it: cached_property writes __dict__
    def subject(self) -> SubjectMatcher:
        """Problem-subject matching weighted by this corpus's problems (``subject.py``);
        uniform weights only for facts made without a catalog (unit tests)."""
        generic = self.generic
        problems = self.problem_field()
        if problems is None or not problems.documents:
            return SubjectMatcher.uniform(generic)
        return SubjectMatcher.from_document_frequencies(
            problems.document_frequencies(), problems.documents, generic
        )

    def section_sources(self, notice_ids: Sequence[str], section: str) -> list[Source]:
        """Sentences of the given notices' organisation or next-steps sections, as sources."""
        sources: list[Source] = []
        for rank, notice_id in enumerate(notice_ids, 1):
            notice = self.sections.get(notice_id)
            if notice is None:
                continue
            record = notice.record(section)
            precedent = Precedent(rank=rank, score=0.0, signals={}, record=record)
            for line in record.measures.splitlines():
                if marker_level(line) and line.rstrip()[-1:] not in "。；;":
                    continue  # a sub-heading, not a sentence
                for sentence in sentences(strip_ordinal(line)):
                    if 10 <= len(sentence) <= 160 and sentence[-1] in "。；;！":
                        sources.append(Source(len(sources) + 1, precedent, sentence))
        return sources
