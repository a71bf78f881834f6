"""Storing parsed sources (the writer lock held): each notice classified against the catalog
(new, a newer version, an exact or near duplicate, see ``dedup``), then written in groups —
journaled, the originals kept under corpus/, the new notices indexed in one call, each
source committed in its own catalog transaction."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.corpus import journal
from assistant.corpus.add_report import (
    OUTCOMES,
    AddReport,
    Advance,
    NoticeOutcome,
    Outcome,
    ProgressFactory,
    SourceReport,
    no_progress,
)
from assistant.corpus.catalog import Catalog, Provenance, Relation, SourceEntry
from assistant.corpus.dedup import PARAMS as SIGNATURE_PARAMS
from assistant.corpus.dedup import DedupIndex, Entry, Match, from_blob, shingles, signature, to_blob
from assistant.corpus.gathering import Prepared
from assistant.corpus.locking import IndexWriter, recover
from assistant.corpus.models import Notice
from assistant.corpus.sources import Source
from assistant.corpus.sources.keep import SIDECAR_SUFFIX, Kept, target, write_sidecar
from assistant.corpus.text import match_key
from assistant.files import write_atomic
from assistant.i18n import _
from assistant.settings import Settings

GROUP_ITEMS = 500  # new items embedded per call, as the store batches them


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
    with progress(_("正在加入通报"), total) as advance:
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
