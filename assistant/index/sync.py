"""Corpus operations that touch both the catalog and the index: add, remove, check, rebuild."""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from assistant.corpus import journal, rebuild_state
from assistant.corpus.add_report import AddReport, Advance, ProgressFactory, no_progress
from assistant.corpus.catalog import Catalog
from assistant.corpus.gathering import folder_files, read_sources
from assistant.corpus.ingest import add_sources
from assistant.corpus.locking import recover, writer_lock
from assistant.corpus.models import Notice
from assistant.corpus.sources import SUPPORTED_SUFFIXES
from assistant.corpus.sources.keep import sidecar_of
from assistant.corpus.storing import store_prepared
from assistant.errors import InputError, StoreError
from assistant.i18n import _
from assistant.index.precedents import DriftReport, PrecedentIndex
from assistant.settings import Settings
from assistant.store_failures import explain_index_failure

__all__ = ["ProgressFactory", "add_to_corpus", "check", "no_progress", "rebuild", "remove_notice"]


class IndexWriter:
    """The precedent index as ingest's writer, opened only when something must change."""

    def __init__(self, settings: Settings, index: PrecedentIndex | None = None) -> None:
        self.settings = settings
        self._index = index

    @property
    def index(self) -> PrecedentIndex:
        if self._index is None:
            self._index = PrecedentIndex(self.settings)
        return self._index

    def add(self, notices: list[Notice], advance: Advance) -> None:
        try:
            self.index.add(notices, advance)
        except Exception as exc:  # a full disk reaches us as a Chroma error
            explained = explain_index_failure(exc, self.settings.vectorstore_dir)
            if explained is None:
                raise
            raise explained from exc

    def discard(self, notice_ids: list[str]) -> None:
        for notice_id in notice_ids:
            self.index.remove(notice_id)


def add_to_corpus(
    settings: Settings,
    sources: Iterable[str | Path],
    *,
    progress: ProgressFactory = no_progress,
    index: PrecedentIndex | None = None,
    dry_run: bool = False,
) -> AddReport:
    """Read, parse, de-duplicate, keep, catalogue and index (``dry_run``: report only)."""
    return add_sources(
        settings, sources, writer=IndexWriter(settings, index), dry_run=dry_run, progress=progress
    )


REMOVED_DIR = ".removed"  # under corpus/: hidden, so rebuild and check pass it by


def remove_notice(settings: Settings, notice_id: str) -> Notice:
    """Catalog first (the commit point), then the index; journaled, so a crash between
    the two is finished by the next writer. The files that held only this notice are set
    aside under corpus/.removed/ (kept, not deleted), so `corpus rebuild` does not bring
    the notice back and `corpus check` does not report them."""
    writer = IndexWriter(settings)
    with writer_lock(settings), Catalog(settings.catalog_path, create=False) as catalog:
        recover(settings, catalog, writer)
        notice = catalog.get(notice_id)
        orphaned = catalog.files_only_of(notice.id)
        journal.begin(settings, journal.Pending(action=f"remove {notice.id}", removed=[notice.id]))
        catalog.remove(notice.id)
        writer.discard([notice.id])
        journal.end(settings)
        for file in orphaned:
            _set_aside(settings, settings.home / file)
    return notice


def _set_aside(settings: Settings, path: Path) -> None:
    corpus = settings.corpus_dir.resolve()
    try:
        relative = path.resolve().relative_to(corpus)
    except ValueError:
        return  # not under corpus/: not ours to move
    for source in (path, sidecar_of(path)):
        if source.exists():
            target = corpus / REMOVED_DIR / relative.parent / source.name
            target.parent.mkdir(parents=True, exist_ok=True)
            source.replace(target)


def check(
    settings: Settings, *, repair: bool = False, progress: ProgressFactory = no_progress
) -> tuple[DriftReport, list[str]]:
    """Catalog vs store drift, and corpus/ files the catalog does not know (or vice versa).
    A write left unfinished by a crash is settled first, as any writer would."""
    writer = IndexWriter(settings)
    with writer_lock(settings), Catalog(settings.catalog_path, create=False) as catalog:
        recover(settings, catalog, writer)
        files_known = catalog.files()
    index = writer.index
    drift = index.check()
    if repair and not drift.clean:
        with progress(_("正在修复索引"), len(drift.missing_in_store)) as advance:
            index.repair(drift, advance)
    on_disk = {str(p.relative_to(settings.home)) for p in _corpus_files(settings)}
    problems = [_("目录中有但 corpus/ 中缺少：{file}").format(file=f) for f in sorted(files_known - on_disk)]
    problems += [_("corpus/ 中有但目录中没有：{file}").format(file=f) for f in sorted(on_disk - files_known)]
    return drift, problems


def _corpus_files(settings: Settings) -> list[Path]:
    """The sources kept under corpus/, oldest first (a rebuild then meets two versions of a
    notice in the order they were added; names break ties)."""
    folder = settings.corpus_dir
    if not folder.exists():
        return []
    files = [p for p in folder_files(folder) if p.suffix.lower() in SUPPORTED_SUFFIXES]
    return sorted(files, key=lambda p: (p.stat().st_mtime_ns, str(p)))


def rebuild(settings: Settings, *, progress: ProgressFactory = no_progress) -> AddReport:
    """Recreate the catalog and the index from corpus/ alone. Every file is read and parsed
    before anything is deleted, so a corpus/ that no longer parses leaves the old index."""
    files = _corpus_files(settings)
    if not files:
        raise InputError(
            _("corpus/ 中没有可用于重建的通报文件"),
            where=settings.corpus_dir,
            hint=_("请用 `rectify corpus add 路径` 添加通报"),
        )
    report, prepared = read_sources(settings, files, progress)
    if not prepared:
        raise StoreError(
            _("corpus/ 中没有一个文件能解析；索引保持原样"),
            where=settings.corpus_dir,
            hint=report.sources[0].reason,
        )
    writer = IndexWriter(settings)
    with writer_lock(settings):
        # until the marker is gone every other command refuses the partial index; a crash
        # leaves it, and the next `corpus rebuild` starts over from corpus/
        rebuild_state.begin(settings)
        _drop_index(settings)
        journal.end(settings)  # whatever was under way is rebuilt from scratch
        with Catalog(settings.catalog_path) as catalog:
            store_prepared(settings, catalog, report, prepared, writer=writer, progress=progress)
        rebuild_state.end(settings)
    return report


def _drop_index(settings: Settings) -> None:
    from assistant.index.store import make_client

    client = make_client(settings)
    try:
        client.delete_collection(settings.index.collection)
    except Exception:  # absent collection: nothing to drop
        pass
    for path in (settings.catalog_path, settings.vectorstore_dir / "lexical"):
        if path.is_dir():
            shutil.rmtree(path)
        else:
            for suffix in ("", "-wal", "-shm"):
                Path(str(path) + suffix).unlink(missing_ok=True)

