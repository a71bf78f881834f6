"""`corpus add`: sources → parsed notices → duplicates found → corpus/ copy → catalog + index.

Every source (a file, a folder's files, a URL) is read and parsed completely before
anything is written; a bad one is reported and skipped, the good ones are still added.
Then, holding the writer lock, each source's notices are classified against the catalog
(new, a newer version, an exact or near duplicate, see ``dedup``) and the sources are
written in groups: the intent is journaled, the originals are kept under corpus/, the new
notices are indexed in one call, and each source commits in its own catalog transaction —
all or nothing. A crash at any point is settled by the next writer from the journal (see
``journal``), so the catalog, the index and corpus/ hold the previous state or the new one
of every source.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol

from filelock import FileLock, Timeout

from assistant.corpus import journal
from assistant.corpus.catalog import Catalog, Provenance, Relation, SourceEntry
from assistant.corpus.dedup import PARAMS as SIGNATURE_PARAMS
from assistant.corpus.dedup import DedupIndex, Entry, Match, from_blob, shingles, signature, to_blob
from assistant.corpus.models import Notice
from assistant.corpus.notices import ParsedFile, parse_text
from assistant.corpus.sources import SUPPORTED_SUFFIXES, Source, is_url, read_source, unsupported
from assistant.corpus.sources.keep import (
    SIDECAR_SUFFIX,
    Kept,
    is_sidecar,
    target,
    write_atomic,
    write_sidecar,
)
from assistant.corpus.text import match_key
from assistant.errors import InputError, RectifyError, StoreError
from assistant.settings import Settings

Advance = Callable[[int], None]
GROUP_ITEMS = 500  # new items embedded per call, as the store batches them
# progress(description, total) gives a context manager yielding advance(n).
ProgressFactory = Callable[[str, int], AbstractContextManager[Advance]]
Outcome = Literal["added", "updated", "duplicate", "older", "unchanged"]
OUTCOMES: tuple[Outcome, ...] = ("added", "updated", "duplicate", "older", "unchanged")


@contextmanager
def no_progress(_description: str, _total: int) -> Iterator[Advance]:
    yield lambda _n: None


class IndexWriter(Protocol):
    """The index side of a write (the catalog stays the source of truth)."""

    def add(self, notices: list[Notice], advance: Advance) -> None:
        """Index new notices; called before the catalog commit."""

    def discard(self, notice_ids: list[str]) -> None:
        """Drop the entries of notices the catalog does not (or no longer) hold."""


@dataclass
class NoticeOutcome:
    id: str
    unit: str
    title: str
    items: int
    outcome: Outcome
    of: str | None = None  # duplicate/older/unchanged: the catalogued notice
    match: str | None = None  # duplicate: exact | near
    similarity: float | None = None
    replaces: str | None = None  # updated: the older version replaced


@dataclass
class SourceReport:
    source: str
    status: str  # the main outcome of its notices, or rejected
    notices: list[NoticeOutcome] = field(default_factory=list)
    reason: str | None = None
    skipped_parts: list[str] = field(default_factory=list)
    kept: str | None = None  # the copy under corpus/ (relative to the home)
    url: str | None = None


@dataclass
class AddReport:
    sources: list[SourceReport] = field(default_factory=list)
    dry_run: bool = False
    recovered: str | None = None  # an interrupted write settled first

    @property
    def rejected(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "rejected"]

    def count(self, outcome: str) -> int:
        return sum(1 for s in self.sources for n in s.notices if n.outcome == outcome)


@dataclass(frozen=True)
class Prepared:
    position: int  # in the report
    source: Source
    parsed: ParsedFile


_WEB_LIKE_RE = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)*\.(?:gov|com|cn|org|net)(?:\.cn)?(?:/|$))", re.I)


# -- reading ---------------------------------------------------------------------------------
def expand_sources(specs: Iterable[str | Path]) -> list[tuple[str | Path, RectifyError | None]]:
    """URLs as given, files, folders walked recursively (hidden entries, README.md and page
    sidecars skipped); unusable paths come back with their error."""
    out: list[tuple[str | Path, RectifyError | None]] = []
    for spec in specs:
        if isinstance(spec, str) and is_url(spec):
            out.append((spec, None))
            continue
        path = Path(spec)
        if not path.exists():
            web = _WEB_LIKE_RE.match(str(spec))
            hint = "for a web page give the whole address, http(s)://…" if web else "check the path"
            out.append((path, InputError("no such file or folder", where=path, hint=hint)))
        elif path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            files = [p for p in files if not is_sidecar(p) and p.name.lower() != "readme.md"]
            if not files:
                out.append((path, InputError("the folder holds no files", where=path)))
            for file in files:
                supported = file.suffix.lower() in SUPPORTED_SUFFIXES
                out.append((file, None if supported else unsupported(file)))
        else:
            out.append((path, None))
    return out


def read_sources(
    settings: Settings, specs: Iterable[str | Path], progress: ProgressFactory = no_progress
) -> tuple[AddReport, list[Prepared]]:
    """Read and parse every source; nothing is written."""
    report = AddReport()
    prepared: list[Prepared] = []
    expanded = expand_sources(specs)
    with progress("reading sources", len(expanded)) as advance:
        for spec, error in expanded:
            label = str(spec)
            if error is None:
                try:
                    source = read_source(spec, settings)
                    parsed = parse_text(source.text, label)
                    prepared.append(Prepared(len(report.sources), source, parsed))
                    report.sources.append(SourceReport(label, "pending", url=source.url))
                except RectifyError as exc:
                    error = exc
            if error is not None:
                report.sources.append(SourceReport(label, "rejected", reason=str(error)))
            advance(1)
    return report, prepared


# -- locking and recovery ----------------------------------------------------------------
@contextmanager
def writer_lock(settings: Settings, timeout: float = 10.0) -> Iterator[None]:
    """One writer at a time per home; a second one waits, then gets a clear error."""
    settings.vectorstore_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(str(settings.vectorstore_dir / ".write.lock"))
    try:
        lock.acquire(timeout=timeout)
    except Timeout:
        raise StoreError(
            "another rectify command is writing to this corpus",
            where=settings.vectorstore_dir,
            hint="wait for it to finish and run the command again",
        ) from None
    try:
        yield
    finally:
        lock.release()


def recover(settings: Settings, catalog: Catalog, writer: IndexWriter | None) -> str | None:
    """Settle a write left unfinished (with the writer lock held); what was under way."""
    return journal.settle(settings, catalog, writer.discard if writer else None)


# -- storing -----------------------------------------------------------------------------
def add_sources(
    settings: Settings,
    specs: Iterable[str | Path],
    *,
    writer: IndexWriter | None = None,
    lock_timeout: float = 10.0,
    dry_run: bool = False,
    progress: ProgressFactory = no_progress,
) -> AddReport:
    """Read every source, then store each one all or nothing (``dry_run``: only report)."""
    report, prepared = read_sources(settings, specs, progress)
    report.dry_run = dry_run
    if not prepared:
        return report
    if dry_run:
        catalog = Catalog(settings.catalog_path) if settings.catalog_path.exists() else None
        try:
            store_prepared(settings, catalog, report, prepared, writer=None, progress=progress)
        finally:
            if catalog is not None:
                catalog.close()
        return report
    with writer_lock(settings, lock_timeout), Catalog(settings.catalog_path) as catalog:
        report.recovered = recover(settings, catalog, writer)
        store_prepared(settings, catalog, report, prepared, writer=writer, progress=progress)
    return report


def store_prepared(
    settings: Settings,
    catalog: Catalog | None,
    report: AddReport,
    prepared: list[Prepared],
    *,
    writer: IndexWriter | None,
    progress: ProgressFactory = no_progress,
) -> None:
    """Classify and store the prepared sources (the caller holds the lock); with
    ``report.dry_run`` or no catalog nothing is written. Sources are written in groups of
    about GROUP_ITEMS new items: one embedding call for the group (Chroma's per-call cost
    dominates small batches), then one catalog transaction per source."""
    dedup = _dedup_index(catalog, store_missing=not report.dry_run)
    total = sum(len(n.items) for p in prepared for n in p.parsed.notices)
    planned: dict[Path, str] = {}  # kept copies the group will write (name clashes)
    group: list[_Plan] = []
    with progress("adding notices", total) as advance:
        for prep in prepared:
            source_report, plan = _plan(settings, catalog, dedup, prep, planned)
            report.sources[prep.position] = source_report
            if plan is None or report.dry_run or catalog is None:
                advance(sum(len(n.items) for n in prep.parsed.notices))
                continue
            group.append(plan)
            # the writer advances the bar for what it embeds; the rest is done now
            embedded = plan.new_items if writer is not None else 0
            advance(sum(len(n.items) for n in prep.parsed.notices) - embedded)
            if sum(p.new_items for p in group) >= GROUP_ITEMS:
                _write_group(settings, catalog, group, writer, advance)
                group, planned = [], {}
        if group and catalog is not None:
            _write_group(settings, catalog, group, writer, advance)


def _dedup_index(catalog: Catalog | None, *, store_missing: bool) -> DedupIndex:
    """The catalog's notices for duplicate detection; signatures missing (a catalog made
    before signatures existed) are computed, and stored unless this is a dry run."""
    if catalog is None:
        return DedupIndex(lambda _id: "")
    index = DedupIndex(catalog.text)
    computed: list[tuple[str, bytes]] = []
    for notice_id, unit, title, date, params, blob in catalog.signature_rows():
        if blob is None or params != SIGNATURE_PARAMS:
            sig = signature(shingles(catalog.text(notice_id)))
            computed.append((notice_id, to_blob(sig)))
        else:
            sig = from_blob(blob)
        index.insert(Entry(notice_id, match_key(unit or ""), match_key(title or ""), date), sig)
    if computed and store_missing:
        catalog.set_signatures(computed)
    return index


def _relative(path: Path, home: Path) -> str:
    try:
        return str(path.resolve().relative_to(home.resolve()))
    except ValueError:
        return str(path)


def _outcome(notice: Notice, outcome: Outcome, match: Match | None = None) -> NoticeOutcome:
    result = NoticeOutcome(notice.id, notice.unit or "", notice.title or "", len(notice.items), outcome)
    if match is not None and match.kind != "new":
        result.similarity = match.similarity
        if match.kind == "newer":
            result.replaces = match.of
        else:
            result.of = match.of
            result.match = match.kind if match.kind in ("exact", "near") else None
    return result


def _classify(
    catalog: Catalog | None, dedup: DedupIndex, notice: Notice, file: str
) -> tuple[SourceEntry | None, NoticeOutcome]:
    """What to do with one notice of a source (None: nothing, it is already recorded)."""
    recorded = catalog.recorded(file, notice.source.start_line, notice.id) if catalog else None
    if recorded is not None:
        outcome = _outcome(notice, "unchanged")
        outcome.of = recorded
        return None, outcome
    grams = shingles(notice.text)
    sig = signature(grams)
    match = dedup.classify(notice, grams, sig)
    if match.kind in ("new", "newer"):
        if match.of:
            dedup.remove(match.of)
        dedup.insert(Entry.of(notice), sig, notice.text)
        entry = SourceEntry(notice, "original", replaces=match.of, signature=to_blob(sig))
        return entry, _outcome(notice, "added" if match.kind == "new" else "updated", match)
    relation: Relation = "exact" if match.kind == "exact" else "near"
    if match.kind == "older":
        relation = "older"
    entry = SourceEntry(notice, relation, of=match.of, similarity=match.similarity)
    return entry, _outcome(notice, "older" if relation == "older" else "duplicate", match)


@dataclass(frozen=True)
class _Plan:
    """What storing one source writes."""

    source: Source
    kept: Kept
    file: str  # the kept copy, relative to the home
    entries: list[SourceEntry]

    @property
    def new(self) -> list[Notice]:
        return [e.notice for e in self.entries if e.relation == "original"]

    @property
    def new_items(self) -> int:
        return sum(len(n.items) for n in self.new)


def _plan(
    settings: Settings,
    catalog: Catalog | None,
    dedup: DedupIndex,
    prep: Prepared,
    planned: dict[Path, str],
) -> tuple[SourceReport, _Plan | None]:
    """Classify a source's notices; the plan is None when nothing needs writing."""
    source = prep.source
    if source.path is not None:  # already under corpus/
        kept = Kept(source.path, True)
    else:
        kept = target(settings.corpus_dir, source.name, source.original, planned)
    file = _relative(kept.path, settings.home)
    entries: list[SourceEntry] = []
    outcomes: list[NoticeOutcome] = []
    for parsed in prep.parsed.notices:
        # spans and the catalog name the kept copy, so a rebuild finds the same lines
        notice = parsed.model_copy(update={"source": parsed.source.model_copy(update={"file": file})})
        entry, outcome = _classify(catalog, dedup, notice, file)
        outcomes.append(outcome)
        if entry is not None:
            entries.append(entry)
    report = SourceReport(
        source.label,
        next(o for o in OUTCOMES if any(n.outcome == o for n in outcomes)),
        notices=outcomes,
        skipped_parts=[str(e) for e in prep.parsed.rejected],
        kept=file,
        url=source.url,
    )
    return report, (_Plan(source, kept, file, entries) if entries else None)


def _write_group(
    settings: Settings,
    catalog: Catalog,
    group: list[_Plan],
    writer: IndexWriter | None,
    advance: Advance,
) -> None:
    """Journal, keep the originals, index, commit each source, clean up — or, on any
    failure or Ctrl-C, settle against what the catalog committed and re-raise."""
    new = [n for plan in group for n in plan.new]
    replaced = [e.replaces for plan in group for e in plan.entries if e.replaces]
    created: list[str] = []
    for plan in group:
        if not plan.kept.exists:
            created.append(plan.file)
            if plan.source.provenance:
                created.append(plan.file + SIDECAR_SUFFIX)
    action = group[0].source.label + (f" and {len(group) - 1} more" if len(group) > 1 else "")
    journal.begin(
        settings,
        journal.Pending(
            action=f"add {action}",
            created_files=created,
            added=[n.id for n in new],
            removed=replaced,
        ),
    )
    try:
        for plan in group:
            if not plan.kept.exists:
                if plan.source.provenance:
                    write_sidecar(plan.kept.path, plan.source.provenance)
                write_atomic(plan.kept.path, plan.source.original)
        if writer is not None and new:
            writer.add(new, advance)
        for plan in group:  # each source commits on its own: all or nothing
            prov = Provenance(plan.source.url, plan.source.fetched_at)
            catalog.record_source(plan.file, plan.entries, prov)
        if writer is not None and replaced:
            writer.discard(replaced)
    except BaseException:
        try:
            recover(settings, catalog, writer)
        except Exception:  # the journal stays for the next writer
            pass
        raise
    journal.end(settings)
