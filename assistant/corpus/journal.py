"""The intent journal of a write that spans the catalog, the vector store and corpus/.

A source is added at the moment its catalog transaction commits; the store and corpus/ are
written around that. Before touching anything a writer records here what it is about to
create and remove (for a group of sources); after the commits (and the clean-up they
allow) it deletes the record. A writer that
finds a record left behind (a crash, a kill) settles it against the catalog: what the
catalog does not hold is undone, what it dropped is cleaned up — so the three agree again
with the previous state or the new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from assistant.corpus.catalog import Catalog
from assistant.corpus.sources.keep import SIDECAR_SUFFIX
from assistant.files import leftover_temps, write_atomic
from assistant.settings import Settings

NAME = "pending-write.json"


@dataclass
class Pending:
    action: str  # what was under way, for messages: 'add corpus/x.txt', 'remove 1234…'
    created_files: list[str] = field(default_factory=list)  # relative to the home
    added: list[str] = field(default_factory=list)  # notice ids whose entries may be stored
    removed: list[str] = field(default_factory=list)  # notice ids the catalog is to drop


def path(settings: Settings) -> Path:
    return settings.vectorstore_dir / NAME


def begin(settings: Settings, pending: Pending) -> None:
    """Record the intent durably (fsync, then an atomic rename) before any write."""
    write_atomic(path(settings), json.dumps(asdict(pending), ensure_ascii=False))


def load(settings: Settings) -> Pending | None:
    try:
        data = json.loads(path(settings).read_text("utf-8"))
    except FileNotFoundError:
        return None
    except ValueError:  # torn before the rename cannot happen; a hand-edited file can
        return Pending(action="unreadable journal")
    return Pending(**{k: data[k] for k in ("action", "created_files", "added", "removed") if k in data})


def end(settings: Settings) -> None:
    path(settings).unlink(missing_ok=True)


def settle(
    settings: Settings, catalog: Catalog, discard: Callable[[list[str]], None] | None
) -> str | None:
    """Settle a record left behind (call with the writer lock held): index entries of
    notices the catalog does not hold are discarded (not committed, or dropped by the
    commit), copies it does not know are deleted. Returns what was under way, if anything."""
    pending = load(settings)
    if pending is None:
        return None
    held = catalog.ids()
    stale = [i for i in dict.fromkeys(pending.added + pending.removed) if i not in held]
    if stale and discard is not None:
        discard(stale)
    known = catalog.files()
    for rel in pending.created_files:
        path = settings.home / rel
        for cut_short in leftover_temps(path):  # a copy cut short
            cut_short.unlink(missing_ok=True)
        if rel.removesuffix(SIDECAR_SUFFIX) not in known:
            path.unlink(missing_ok=True)
    end(settings)
    return pending.action
