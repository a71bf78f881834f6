"""`corpus add`: files and folders → parsed notices → corpus/ copy → catalog.

Each source is all or nothing: it is parsed and validated completely, then its original is
kept under corpus/ and its notices are written in one catalog transaction. A bad source is
reported and skipped; the good ones are still added. Writers hold a lock, so two `corpus
add` at once cannot interleave.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from filelock import FileLock, Timeout

from assistant.corpus.catalog import Catalog
from assistant.corpus.models import Notice
from assistant.corpus.notices import ParsedFile, parse_file
from assistant.corpus.reading import TEXT_SUFFIXES
from assistant.errors import InputError, RectifyError, StoreError
from assistant.settings import Settings

# Called with the notices about to be stored, inside the lock, before the catalog commit
# (the index hooks in here): the store may then hold entries the catalog lacks (harmless,
# search only returns catalog items; `corpus check --repair` drops them), never the reverse.
BeforeStore = Callable[[list[Notice]], None]


@dataclass
class SourceReport:
    source: str
    status: str  # added | unchanged | rejected
    notices: list[dict[str, str]] = field(default_factory=list)
    reason: str | None = None
    skipped_parts: list[str] = field(default_factory=list)


@dataclass
class AddReport:
    sources: list[SourceReport] = field(default_factory=list)

    @property
    def rejected(self) -> list[SourceReport]:
        return [s for s in self.sources if s.status == "rejected"]

    def count(self, outcome: str) -> int:
        return sum(1 for s in self.sources for n in s.notices if n["outcome"] == outcome)


def expand_sources(paths: Iterable[Path]) -> list[tuple[Path, RectifyError | None]]:
    """Files to add, folders walked recursively; unusable paths come back with their error."""
    out: list[tuple[Path, RectifyError | None]] = []
    for path in paths:
        if not path.exists():
            out.append((path, InputError("no such file or folder", where=path, hint="check the path")))
        elif path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith("."))
            if not files:
                out.append((path, InputError("the folder holds no files", where=path)))
            for file in files:
                if file.suffix.lower() in TEXT_SUFFIXES:
                    out.append((file, None))
                elif file.name.lower() != "readme.md":
                    out.append(
                        (
                            file,
                            InputError(
                                f"unsupported file type '{file.suffix or '(none)'}'",
                                where=file,
                                hint="give .txt or .md files",
                            ),
                        )
                    )
        else:
            out.append((path, None))
    return out


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


def _keep_original(path: Path, corpus_dir: Path) -> tuple[Path, bool]:
    """The source's copy under corpus/ (made if needed); True when this call created it."""
    try:
        path.resolve().relative_to(corpus_dir.resolve())
        return path, False
    except ValueError:
        pass
    data = path.read_bytes()
    target = corpus_dir / path.name
    if target.exists():
        if target.read_bytes() == data:
            return target, False
        digest = hashlib.sha256(data).hexdigest()[:8]
        target = corpus_dir / f"{path.stem}_{digest}{path.suffix}"
        if target.exists():
            return target, False
    corpus_dir.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, target)
    return target, True


def add_sources(
    settings: Settings,
    paths: Iterable[Path],
    *,
    before_store: BeforeStore | None = None,
    lock_timeout: float = 10.0,
) -> AddReport:
    """Parse every source first (a bad one is reported, never half-stored), then store the
    good ones one transaction per source while holding the writer lock."""
    report = AddReport()
    parsed: list[tuple[int, ParsedFile]] = []
    for path, error in expand_sources(paths):
        if error is None:
            try:
                parsed.append((len(report.sources), parse_file(path)))
                report.sources.append(SourceReport(str(path), "pending"))
                continue
            except RectifyError as exc:
                error = exc
        report.sources.append(SourceReport(str(path), "rejected", reason=str(error)))
    if not parsed:
        return report
    with writer_lock(settings, lock_timeout), Catalog(settings.catalog_path) as catalog:
        for index, result in parsed:
            report.sources[index] = _store(settings, catalog, result, before_store)
    return report


def _relative(path: Path, home: Path) -> str:
    try:
        return str(path.resolve().relative_to(home))
    except ValueError:
        return str(path)


def _store(
    settings: Settings, catalog: Catalog, parsed: ParsedFile, before_store: BeforeStore | None
) -> SourceReport:
    path = parsed.path
    kept, created = _keep_original(path, settings.corpus_dir)
    file = _relative(kept, settings.home)
    # Line spans and the catalog name the kept copy, so rebuilds find the same lines.
    notices = [
        n.model_copy(update={"source": n.source.model_copy(update={"file": file})})
        for n in parsed.notices
    ]
    try:
        known = catalog.ids()
        new = [n for n in notices if n.id not in known]
        if before_store and new:
            before_store(new)
        outcomes = catalog.add(notices, file)
    except BaseException:
        if created:
            kept.unlink(missing_ok=True)
        raise
    status = "added" if "added" in outcomes else "unchanged"
    return SourceReport(
        str(path),
        status,
        notices=[
            {"id": n.id, "unit": n.unit or "", "items": str(len(n.items)), "outcome": o}
            for n, o in zip(notices, outcomes, strict=True)
        ],
        skipped_parts=[str(e) for e in parsed.rejected],
    )
