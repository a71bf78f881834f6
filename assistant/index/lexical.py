"""The lexical index: BM25 (bm25s) over character uni- and bigrams of the matching form.

Characters suit this genre: its vocabulary is set phrases (三会一课, 一岗双责) that a word
segmenter splits inconsistently; measured on the seeds, char 1–2-gram BM25 matched or beat
jieba words (see bench/notes in the README). Two fields are indexed: the problem (with its
category path) and the measures. The index is derived data: rebuilt from the catalog's
records whenever their ids change, and cached under vectorstore/lexical/.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Literal

import bm25s
import numpy as np
import numpy.typing as npt

from assistant.corpus.text import match_key
from assistant.index.records import PrecedentRecord

Field = Literal["problem", "measures"]
FIELDS: tuple[Field, ...] = ("problem", "measures")
K1, B = 1.5, 1.0  # b=1 (full length normalisation) measured best on measures


def tokens(text: str) -> list[str]:
    key = match_key(text)
    return list(key) + [key[i : i + 2] for i in range(len(key) - 1)]


def _field_text(rec: PrecedentRecord, field: Field) -> str:
    return rec.problem_document if field == "problem" else rec.measures


def fingerprint(ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(ids).encode()).hexdigest()[:16]


class LexicalIndex:
    """BM25 per field over a fixed, ordered list of record ids."""

    def __init__(self, ids: list[str], models: dict[Field, bm25s.BM25]) -> None:
        self.ids = ids
        self.position = {rid: i for i, rid in enumerate(ids)}
        self.models = models

    @classmethod
    def build(cls, recs: Sequence[PrecedentRecord]) -> LexicalIndex:
        models: dict[Field, bm25s.BM25] = {}
        for field in FIELDS:
            model = bm25s.BM25(k1=K1, b=B)
            corpus = [tokens(_field_text(r, field)) or [" "] for r in recs]
            if corpus:
                model.index(corpus, show_progress=False)
            models[field] = model
        return cls([r.id for r in recs], models)

    def scores(self, query: str, field: Field) -> npt.NDArray[np.float32]:
        """BM25 score of every record (in ``self.ids`` order) for the query."""
        if not self.ids:
            return np.zeros(0, dtype=np.float32)
        model = self.models[field]
        vocab = model.vocab_dict
        query_tokens = [t for t in tokens(query) if t in vocab]
        if not query_tokens:
            return np.zeros(len(self.ids), dtype=np.float32)
        return np.asarray(model.get_scores(query_tokens), dtype=np.float32)

    # -- persistence ---------------------------------------------------------------------
    def save(self, folder: Path) -> None:
        tmp = folder.with_name(folder.name + ".tmp")
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
        for field, model in self.models.items():
            if self.ids:
                model.save(str(tmp / field), show_progress=False)
        (tmp / "ids.json").write_text(
            json.dumps({"fingerprint": fingerprint(self.ids), "ids": self.ids}), "utf-8"
        )
        shutil.rmtree(folder, ignore_errors=True)
        tmp.rename(folder)

    @classmethod
    def load(cls, folder: Path, expected: str) -> LexicalIndex | None:
        """The cached index if it matches the expected fingerprint, else None."""
        try:
            meta = json.loads((folder / "ids.json").read_text("utf-8"))
            if meta["fingerprint"] != expected:
                return None
            ids = list(meta["ids"])
            models: dict[Field, bm25s.BM25] = {}
            for field in FIELDS:
                models[field] = (
                    bm25s.BM25.load(str(folder / field), show_progress=False)
                    if ids
                    else bm25s.BM25(k1=K1, b=B)
                )
            return cls(ids, models)
        except (OSError, ValueError, KeyError):
            return None
