"""The lexical index: Okapi BM25 over character uni- and bigrams of the matching form.

Characters suit this genre: its vocabulary is set phrases (三会一课, 一岗双责) that a word
segmenter splits inconsistently; measured on the seeds (problem → own measures, MRR):
char 1–2-gram BM25 0.400, jieba-word BM25 0.379, char 1–3-gram TF-IDF 0.406.

A query matched against the measures first loses its genre framing (``strip_framing``): a
problem is worded as a shortfall inside a quoting frame (关于“…”的问题, 不够, 不到位), which
the measures that answer it never repeat. Measured on the 871 seed items (problem → own
measures, MRR): 0.405 → 0.429; on the two halves of the notices 0.359 → 0.386 and
0.453 → 0.473 (the list was written from the genre before measuring, not fitted; learning
per-term weights from one half's pairs did no better on the other). Other variants moved
the MRR by less than 0.01: 1–3/1–4/2–2-grams, k1 1.2–3, b 0.75, sublinear TF-IDF, jieba
words fused with the characters, BM25 over passages of the measures, the query's category
path added (that one hurt: 0.320 with its nearest heading).

Counting is scikit-learn's ``CountVectorizer`` (a sparse matrix built without keeping a
Python string per token: the first version, on bm25s with token lists, peaked at 2 GB for
1,000 notices); the BM25 weights are precomputed into that matrix once, so a query is one
sparse product. Two fields: the problem (with its category path) and the measures. The
index is derived data, rebuilt from the catalog's records whenever their ids change, and
cached under vectorstore/lexical/.
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer

from assistant.corpus.text import match_key
from assistant.index.records import PrecedentRecord

Field = Literal["problem", "measures"]
FIELDS: tuple[Field, ...] = ("problem", "measures")
K1, B = 1.5, 1.0  # swept on the seeds: b=1 (full length normalisation) best on measures
_BLOCK = 20_000

# How a problem is framed, not what it is about: removed from queries against the measures.
QUERY_FRAMING = (
    "关于", "针对", "的问题", "问题", "方面", "存在", "有待",
    "不够", "不到位", "不强", "不足", "不严", "不深入", "不力", "欠缺", "缺乏",
    "一是", "二是", "三是",
)  # fmt: skip
_FRAMING_RE = re.compile("|".join(map(re.escape, sorted(QUERY_FRAMING, key=len, reverse=True))))


def strip_framing(query: str) -> str:
    """The query without its framing words; a private-use character in their place keeps
    the neighbours from forming bigrams across the gap (no text contains it)."""
    return _FRAMING_RE.sub("\ue000", query)


def tokens(text: str) -> list[str]:
    key = match_key(text)
    return list(key) + [key[i : i + 2] for i in range(len(key) - 1)]


def _vectorizer(vocabulary: dict[str, int] | None = None) -> CountVectorizer:
    return CountVectorizer(
        analyzer="char",
        ngram_range=(1, 2),
        preprocessor=match_key,
        lowercase=False,
        vocabulary=vocabulary,
        dtype=np.float32,
    )


def _field_text(rec: PrecedentRecord, field: Field) -> str:
    return rec.problem_document if field == "problem" else rec.measures


def fingerprint(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]


class FieldIndex:
    """BM25 weights (documents × terms, CSC) and the vocabulary of one field."""

    def __init__(self, weights: sp.csc_matrix, vocabulary: dict[str, int]) -> None:
        self.weights = weights
        self.vocabulary = vocabulary
        self.vectorizer = _vectorizer(vocabulary) if vocabulary else None

    @classmethod
    def build(cls, texts: Sequence[str]) -> FieldIndex:
        vectorizer = _vectorizer()
        try:
            counts = vectorizer.fit_transform(texts).tocsr()
        except ValueError:  # no text at all
            return cls(sp.csc_matrix((len(texts), 0), dtype=np.float32), {})
        n_docs = counts.shape[0]
        doc_len = np.asarray(counts.sum(axis=1)).ravel()
        avg = float(doc_len.mean()) or 1.0
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        idf = np.log(1.0 + (n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)  # Lucene
        norm = (K1 * (1.0 - B + B * doc_len / avg)).astype(np.float32)
        # BM25 weights in place, a block of rows at a time: the nnz-sized temporaries of a
        # one-shot computation doubled the peak memory at 10,000 notices.
        indptr, data = counts.indptr, counts.data
        for first in range(0, n_docs, _BLOCK):
            last = min(first + _BLOCK, n_docs)
            lo, hi = indptr[first], indptr[last]
            tf = data[lo:hi]
            per_row = np.repeat(norm[first:last], np.diff(indptr[first : last + 1]))
            data[lo:hi] = tf * (K1 + 1.0) / (tf + per_row) * idf[counts.indices[lo:hi]]
        vocabulary = {str(k): int(v) for k, v in vectorizer.vocabulary_.items()}
        del vectorizer
        # CSC: a query sums its terms' columns (15× faster than a CSR product at 26k items)
        return cls(counts.tocsc(), vocabulary)

    def document_frequencies(self) -> dict[str, int]:
        """How many documents hold each term (non-zero weights per column: CSC)."""
        per_term = np.diff(self.weights.indptr)
        return {term: int(per_term[j]) for term, j in self.vocabulary.items()}

    @property
    def documents(self) -> int:
        return int(self.weights.shape[0])

    def scores(self, query: str) -> npt.NDArray[np.float32]:
        if self.vectorizer is None:
            return np.zeros(self.weights.shape[0], dtype=np.float32)
        present = self.vectorizer.transform([query])
        present.data[:] = 1.0  # a query term counts once, as in bm25s
        hits = self.weights[:, present.indices]
        return np.asarray(hits.sum(axis=1)).ravel().astype(np.float32)


class LexicalIndex:
    """BM25 per field over a fixed, ordered list of record ids."""

    def __init__(self, ids: list[str], fields: dict[Field, FieldIndex]) -> None:
        self.ids = ids
        self.position = {rid: i for i, rid in enumerate(ids)}
        self.fields = fields

    @classmethod
    def build(cls, recs: Sequence[PrecedentRecord]) -> LexicalIndex:
        return cls(
            [r.id for r in recs],
            {f: FieldIndex.build([_field_text(r, f) for r in recs]) for f in FIELDS},
        )

    def scores(self, query: str, field: Field) -> npt.NDArray[np.float32]:
        """BM25 score of every record (in ``self.ids`` order) for the query (a problem
        description: against the measures, without its framing words)."""
        return self.fields[field].scores(strip_framing(query) if field == "measures" else query)

    # -- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        # a folder of its own: two commands that build the same index at once (a draft and a
        # review) must not write into each other's files
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=f"{folder.name}.", suffix=".tmp", dir=folder.parent))
        for name, index in self.fields.items():
            sp.save_npz(tmp / f"{name}.npz", index.weights)
            (tmp / f"{name}.vocab.json").write_text(
                json.dumps(index.vocabulary, ensure_ascii=False), "utf-8"
            )
        (tmp / "ids.json").write_text(
            json.dumps({"fingerprint": fingerprint(self.ids), "ids": self.ids}), "utf-8"
        )
        shutil.rmtree(folder, ignore_errors=True)
        try:
            tmp.rename(folder)
        except OSError:  # another command put its index there first: the same items, keep it
            shutil.rmtree(tmp, ignore_errors=True)
        _remove_stale(folder)

    @classmethod
    def load(cls, folder: Path, expected: str) -> LexicalIndex | None:
        """The cached index if it matches the expected fingerprint, else None."""
        try:
            meta = json.loads((folder / "ids.json").read_text("utf-8"))
            if meta["fingerprint"] != expected:
                return None
            fields = {
                name: FieldIndex(
                    sp.load_npz(folder / f"{name}.npz").tocsc(),
                    json.loads((folder / f"{name}.vocab.json").read_text("utf-8")),
                )
                for name in FIELDS
            }
            return cls(list(meta["ids"]), fields)
        except (OSError, ValueError, KeyError):
            return None


# A save takes seconds: a temporary folder this old was left by a command that was killed.
_STALE_S = 3600


def _remove_stale(folder: Path) -> None:
    for left in folder.parent.glob(f"{folder.name}.*.tmp"):
        try:
            if time.time() - left.stat().st_mtime > _STALE_S:
                shutil.rmtree(left, ignore_errors=True)
        except OSError:
            continue  # removed by another command meanwhile
