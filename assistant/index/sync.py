"""Corpus operations that touch both the catalog and the index: add, remove, check, rebuild."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

from assistant.corpus.catalog import Catalog
from assistant.corpus.ingest import AddReport, add_sources, writer_lock
from assistant.corpus.models import Notice
from assistant.corpus.notices import parse_file
from assistant.corpus.reading import TEXT_SUFFIXES
from assistant.errors import InputError, RectifyError, StoreError
from assistant.index.precedents import DriftReport, PrecedentIndex
from assistant.settings import Settings

# progress_factory(description, total) gives a context manager yielding advance(n).
ProgressFactory = Callable[[str, int], AbstractContextManager[Callable[[int], None]]]


@contextmanager
def no_progress(_description: str, _total: int) -> Iterator[Callable[[int], None]]:
    yield lambda _n: None


def add_to_corpus(
    settings: Settings,
    paths: Iterable[Path],
    *,
    progress: ProgressFactory = no_progress,
    index: PrecedentIndex | None = None,
) -> AddReport:
    """Parse, keep, catalogue and index; the index is opened only when something is new."""
    opened: list[PrecedentIndex] = [index] if index else []

    def before_store(new: list[Notice]) -> None:
        if not opened:
            opened.append(PrecedentIndex(settings))
        total = sum(len(n.items) for n in new)
        with progress("embedding items", total) as advance:
            opened[0].add(new, advance)

    return add_sources(settings, paths, before_store=before_store)


def remove_notice(settings: Settings, notice_id: str) -> Notice:
    with writer_lock(settings), Catalog(settings.catalog_path, create=False) as catalog:
        notice = catalog.get(notice_id)
        PrecedentIndex(settings).remove(notice.id)
        catalog.remove(notice.id)
    return notice


def check(
    settings: Settings, *, repair: bool = False, progress: ProgressFactory = no_progress
) -> tuple[DriftReport, list[str]]:
    """Catalog vs store drift, and corpus/ files the catalog does not know (or vice versa)."""
    with writer_lock(settings), Catalog(settings.catalog_path, create=False) as catalog:
        files_known = {f for row in catalog.rows() for f in row.files}
    index = PrecedentIndex(settings)
    drift = index.check()
    if repair and not drift.clean:
        with progress("repairing index", len(drift.missing_in_store)) as advance:
            index.repair(drift, advance)
    on_disk = {str(p.relative_to(settings.home)) for p in _corpus_files(settings)}
    problems = [f"catalogued but missing from corpus/: {f}" for f in sorted(files_known - on_disk)]
    problems += [f"in corpus/ but not catalogued: {f}" for f in sorted(on_disk - files_known)]
    return drift, problems


def _corpus_files(settings: Settings) -> list[Path]:
    """The notice files kept under corpus/, sorted."""
    if not settings.corpus_dir.exists():
        return []
    return sorted(
        p
        for p in settings.corpus_dir.rglob("*")
        if p.is_file() and p.suffix.lower() in TEXT_SUFFIXES
    )


def rebuild(settings: Settings, *, progress: ProgressFactory = no_progress) -> AddReport:
    """Recreate the catalog and the index from corpus/ alone. Every file is parsed before
    anything is deleted, so a corpus/ that no longer parses leaves the old index in place."""
    files = _corpus_files(settings)
    if not files:
        raise InputError(
            "corpus/ holds no .txt/.md files to rebuild from",
            where=settings.corpus_dir,
            hint="add notices with `rectify corpus add PATH`",
        )
    failures: list[str] = []
    for path in files:
        try:
            parse_file(path)
        except RectifyError as exc:
            failures.append(str(exc))
    if len(failures) == len(files):
        raise StoreError(
            "no file in corpus/ parses; the index was left as it was",
            where=settings.corpus_dir,
            hint=failures[0],
        )
    with writer_lock(settings):
        _drop_index(settings)
    return add_to_corpus(settings, files, progress=progress)


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

