"""Is a parsed notice already catalogued? Exact duplicates, reposts and newer versions.

The same notice is reposted on many sites with other chrome and small edits, and is
sometimes republished with changed content. Compared over character 5-gram shingles of the
notice's normalised text (``match_key``):

- **exact**: the same normalised text — the notice id is its hash;
- **near** duplicate: Jaccard similarity >= NEAR_DUPLICATE — recorded as another source of
  the catalogued notice, not as a second notice;
- **version**: the same unit and title with similarity >= SAME_NOTICE (below
  NEAR_DUPLICATE, or above it with another publication date) — the later one replaces the
  earlier (an earlier one added afterwards is kept as an old source of the later);
- anything else is a new notice.

Candidates come from MinHash LSH (datasketch) over the catalogued notices' signatures plus
the notices of the same unit and title; the decision uses the exact Jaccard of the two
texts, so the MinHash estimate only has to find candidates. The thresholds sit in the gap
measured on the shipped corpus (tests/test_corpus_dedup.py prints the figures): a notice
and its repost (watermark removed, a paragraph reflowed, a site footer added, a few
characters edited) >= 0.98; two different notices <= 0.04; another notice of the same unit
(same title, intro and closing, other items) <= 0.27; a newer version with progress added
to half its paragraphs 0.73-0.92. A same-date revision above NEAR_DUPLICATE is therefore
taken for a repost.
"""

from __future__ import annotations

import inspect
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

import numpy as np
from datasketch import MinHash, MinHashLSH

from assistant.corpus.models import Notice
from assistant.corpus.text import match_key

SHINGLE = 5  # 5 characters: more than a common phrase (整改情况), less than an edit's reach
NUM_PERM = 128
NEAR_DUPLICATE = 0.85
SAME_NOTICE = 0.5

# datasketch >= 2 names its permutation scheme; signatures are only comparable within one
_MINHASH_ARGS: dict[str, Any] = (
    {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash).parameters else {}
)
# CRC-32 instead of datasketch's default SHA-1: the same quality for MinHash of short
# strings (affine32 mixes it again) at a fifth of the cost, and stable across processes
_MINHASH_ARGS["hashfunc"] = zlib.crc32
_DTYPE = MinHash(num_perm=NUM_PERM, **_MINHASH_ARGS).hashvalues.dtype
PARAMS = f"char{SHINGLE}/perm{NUM_PERM}/crc32/{_MINHASH_ARGS.get('scheme', 'legacy')}/{_DTYPE}"

MatchKind = Literal["new", "exact", "near", "newer", "older"]


def shingles(text: str) -> set[str]:
    key = match_key(text)
    if len(key) <= SHINGLE:
        return {key}
    return {key[i : i + SHINGLE] for i in range(len(key) - SHINGLE + 1)}


def jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a or b else 1.0


def signature(grams: Iterable[str]) -> MinHash:
    sig = MinHash(num_perm=NUM_PERM, **_MINHASH_ARGS)
    sig.update_batch([g.encode() for g in grams])
    return sig


def to_blob(sig: MinHash) -> bytes:
    return bytes(np.asarray(sig.hashvalues, dtype=_DTYPE).tobytes())


def from_blob(blob: bytes) -> MinHash:
    values = np.frombuffer(blob, dtype=_DTYPE).copy()
    return MinHash(num_perm=NUM_PERM, hashvalues=values, **_MINHASH_ARGS)


@dataclass(frozen=True)
class Entry:
    """What deciding needs to know about a catalogued notice."""

    id: str
    unit: str  # match keys: widths, quotes and spaces folded
    title: str
    date: str | None  # ISO publication date

    @classmethod
    def of(cls, notice: Notice) -> Entry:
        date = notice.publication_date.isoformat() if notice.publication_date else None
        return cls(notice.id, match_key(notice.unit or ""), match_key(notice.title or ""), date)

    def same_unit_and_title(self, other: Entry) -> bool:
        return bool(self.unit and self.title) and (self.unit, self.title) == (other.unit, other.title)


@dataclass(frozen=True)
class Match:
    kind: MatchKind
    of: str | None = None  # the catalogued notice matched
    similarity: float | None = None


class DedupIndex:
    """The catalogued notices as LSH signatures, plus an index by unit and title."""

    def __init__(self, text_of: Callable[[str], str]) -> None:
        self.lsh = MinHashLSH(threshold=SAME_NOTICE, num_perm=NUM_PERM)
        self.entries: dict[str, Entry] = {}
        self._by_unit_title: dict[tuple[str, str], set[str]] = {}
        self._text_of = text_of
        self._texts: dict[str, str] = {}  # notices not in the catalog yet (a dry run)

    def __len__(self) -> int:
        return len(self.entries)

    def insert(self, entry: Entry, sig: MinHash, text: str | None = None) -> None:
        if entry.id in self.entries:
            return
        self.entries[entry.id] = entry
        self.lsh.insert(entry.id, sig)
        self._by_unit_title.setdefault((entry.unit, entry.title), set()).add(entry.id)
        if text is not None:
            self._texts[entry.id] = text

    def remove(self, notice_id: str) -> None:
        entry = self.entries.pop(notice_id, None)
        if entry is None:
            return
        self.lsh.remove(notice_id)
        self._by_unit_title.get((entry.unit, entry.title), set()).discard(notice_id)
        self._texts.pop(notice_id, None)

    def _text(self, notice_id: str) -> str:
        return self._texts.get(notice_id) or self._text_of(notice_id)

    def classify(self, notice: Notice, grams: set[str], sig: MinHash) -> Match:
        if notice.id in self.entries:
            return Match("exact", notice.id, 1.0)
        entry = Entry.of(notice)
        candidates = set(self.lsh.query(sig))
        candidates |= self._by_unit_title.get((entry.unit, entry.title), set())
        scored = sorted(
            ((jaccard(grams, shingles(self._text(c))), c) for c in candidates), reverse=True
        )
        for similarity, cid in scored:
            known = self.entries[cid]
            dated_apart = bool(entry.date and known.date and entry.date != known.date)
            if similarity >= NEAR_DUPLICATE and not (entry.same_unit_and_title(known) and dated_apart):
                return Match("near", cid, round(similarity, 3))
            if similarity >= SAME_NOTICE and entry.same_unit_and_title(known):
                older = bool(entry.date and known.date and entry.date < known.date)
                return Match("older" if older else "newer", cid, round(similarity, 3))
        return Match("new")
