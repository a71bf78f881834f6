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

    add_report   what an add reports (per source and notice), progress callbacks
    gathering    sources expanded (folders walked), read and parsed
    locking      the writer lock, settling a write left unfinished
    storing      classifying and writing sources in groups
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from assistant.corpus.add_report import AddReport, ProgressFactory, no_progress
from assistant.corpus.catalog import Catalog
from assistant.corpus.gathering import read_sources
from assistant.corpus.locking import IndexWriter, recover, writer_lock
from assistant.corpus.storing import store_prepared
from assistant.errors import RectifyError
from assistant.i18n import _
from assistant.settings import Settings


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
    try:
        report, prepared = read_sources(settings, specs, progress)
    except KeyboardInterrupt:  # nothing is written while sources are read
        raise AddInterrupted(0, 0) from None
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
        before = catalog.ids()
        try:
            store_prepared(settings, catalog, report, prepared, writer=writer, progress=progress)
        except KeyboardInterrupt:  # what committed stays; say so (store_prepared settled it)
            raise AddInterrupted(len(catalog.ids() - before), len(prepared)) from None
    return report


class AddInterrupted(RectifyError):
    """Ctrl-C during `corpus add`, after some sources may have been committed."""

    def __init__(self, added: int, sources: int) -> None:
        super().__init__(
            (
                _("已中断：中断前已加入 {added} 条通知（共 {sources} 个来源待处理），已加入的完整保存，未完成的来源没有留下半截内容")
                if sources
                else _("已中断：中断前已加入 {added} 条通知（还在读取来源，未写入任何内容），已加入的完整保存，未完成的来源没有留下半截内容")
            ).format(added=added, sources=sources),
            hint=_("再次运行同一条 `rectify corpus add` 命令即可加入其余部分（已加入的会被识别为重复，不会加两次）"),
        )
        self.added = added
