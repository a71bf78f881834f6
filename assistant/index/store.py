"""The vector store: Chroma through langchain-chroma, embedded on disk or a Chroma server.

One collection, ``<name>``: each item's problem with its category path is embedded (new
problem → similar precedent problems); the measures and the notice metadata ride along as
metadata. (Embedding the measures too was measured: ~2 min more for the seeds with e5 for
+0.01 MRR in the fused ranking, so the measures are matched lexically.) Ids are stable
(notice id + item key), so adding again is an upsert. The embedder's name and dimension are recorded in the collection
metadata; opening with another embedder is refused.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import Any
from urllib.parse import urlparse

import chromadb
import numpy as np
import numpy.typing as npt
from chromadb.config import Settings as ChromaSettings
from langchain_chroma import Chroma
from langchain_core.embeddings import Embeddings

from assistant.errors import ConfigError, StoreError
from assistant.i18n import _
from assistant.index.records import PrecedentRecord
from assistant.settings import Settings

BATCH = 500  # Chroma per-call overhead dominates small batches


def make_client(settings: Settings) -> Any:
    """A Chroma client: HttpClient when RECTIFY_INDEX__CHROMA_URL is set, else on disk."""
    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    url = settings.index.chroma_url
    if url:
        parsed = urlparse(url)
        if parsed.scheme not in ("http", "https") or not parsed.hostname:
            raise ConfigError(
                _("Chroma 服务器地址“{url}”无效").format(url=url),
                hint=_("请用 http://主机:端口，例如 http://127.0.0.1:8000"),
            )
        try:
            return chromadb.HttpClient(
                host=parsed.hostname,
                port=parsed.port or (443 if parsed.scheme == "https" else 8000),
                ssl=parsed.scheme == "https",
                settings=chroma_settings,
            )
        except Exception as exc:  # chromadb raises plain exceptions for connection errors
            raise StoreError(
                _("无法连接 Chroma 服务器 {url}（{error}）").format(url=url, error=exc),
                hint=_("请用 `chroma run --path 文件夹 --port 端口` 启动它，或取消设置 "
                       "RECTIFY_INDEX__CHROMA_URL 以使用内置向量库"),
            ) from None
    path = settings.vectorstore_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as exc:
        raise StoreError(
            _("无法打开向量库（{error}）").format(error=exc),
            where=path,
            hint=_("把该文件夹移走，再运行 `rectify corpus rebuild`"),
        ) from None


class VectorStore:
    """The Chroma collection of the precedent index."""

    def __init__(
        self,
        settings: Settings,
        embeddings: Embeddings,
        signature: dict[str, Any],
        *,
        client: Any = None,
    ) -> None:
        self.settings = settings
        self.signature = signature
        self.client = client or make_client(settings)
        name = settings.index.collection
        if len(name) < 3:
            raise ConfigError(
                _("集合名“{name}”太短").format(name=name), hint=_("Chroma 要求至少 3 个字符")
            )
        meta = {"embedder": str(signature["name"]), "dim": int(signature["dim"]), "hnsw:space": "cosine"}
        self.problems = self._open(name, embeddings, meta)  # LangChain's: embeds and adds texts
        # chromadb's own handle on the same collection: ids, counts, queries by vector
        self._entries = self.client.get_collection(name, embedding_function=None)
        self._count: int | None = None  # cached for queries; writes reset it
        # every vector matching a filter, for the exact dense search; writes reset it
        self._vectors: dict[str, tuple[npt.NDArray[np.str_], npt.NDArray[np.float64]]] = {}

    def _open(self, name: str, embeddings: Embeddings, meta: dict[str, Any]) -> Chroma:
        try:
            existing = {c.name if hasattr(c, "name") else str(c) for c in self.client.list_collections()}
            if name in existing:
                found = self.client.get_collection(name).metadata or {}
                if found.get("embedder") != meta["embedder"] or found.get("dim") != meta["dim"]:
                    raise StoreError(
                        _("索引由向量模型 {built}（{built_dim} 维）建立，但设置用的是 {wanted}"
                          "（{wanted_dim} 维）").format(
                            built=found.get("embedder"), built_dim=found.get("dim"),
                            wanted=meta["embedder"], wanted_dim=meta["dim"]),
                        where=self.location,
                        hint=_("请运行 `rectify corpus rebuild` 用现在的向量模型重建，或把 "
                               "RECTIFY_INDEX__EMBEDDER 改回去"),
                    )
            return Chroma(
                collection_name=name,
                embedding_function=embeddings,
                client=self.client,
                collection_metadata=meta,
            )
        except StoreError:
            raise
        except Exception as exc:
            raise StoreError(
                _("无法打开集合“{name}”（{error}）").format(name=name, error=exc),
                where=self.location,
                hint=_("请运行 `rectify corpus check`，或把该文件夹移走后运行 `rectify corpus rebuild`"),
            ) from None

    @property
    def location(self) -> str:
        return self.settings.index.chroma_url or str(self.settings.vectorstore_dir / "chroma")

    # -- writing -------------------------------------------------------------------------
    def upsert(
        self,
        recs: Sequence[PrecedentRecord],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        for start in range(0, len(recs), BATCH):
            batch = recs[start : start + BATCH]
            ids = [r.id for r in batch]
            metas = [r.to_metadata() for r in batch]
            self.problems.add_texts([r.embedding_text for r in batch], metas, ids=ids)
            if progress:
                progress(len(batch))
        self._written()

    def delete_notice(self, notice_id: str) -> None:
        self._entries.delete(where={"notice_id": notice_id})
        self._written()

    def delete_ids(self, ids: Sequence[str]) -> None:
        if ids:
            self.problems.delete(ids=list(ids))
        self._written()

    def _written(self) -> None:
        """Forget what queries cached (the count, the vectors of the exact search): the store changed."""
        self._count = None
        self._vectors = {}

    # -- reading -------------------------------------------------------------------------
    def ids(self) -> set[str]:
        return set(self._entries.get(include=[])["ids"])

    def count(self) -> int:
        """Entries in the collection, cached until this store writes (search asks per query)."""
        if self._count is None:
            self._count = int(self._entries.count())
        return self._count

    def query(
        self, vector: list[float], *, k: int, where: dict[str, Any] | None
    ) -> dict[str, float]:
        """Cosine similarity of the k nearest problems. Up to ``exact_dense_limit`` entries every
        vector is scored and ties go by id: Chroma's HNSW graph returned other ids at the tail of
        the k from one build or run to the next, and the drafts cited other precedents (read)."""
        total = self.count()
        if total == 0:
            return {}
        if total <= self.settings.index.exact_dense_limit:
            return self._exact(vector, k=k, where=where)
        result = self._entries.query(
            query_embeddings=[list(vector)],
            n_results=min(k, total),
            where=where or None,
            include=["distances"],
        )
        ids = result["ids"][0]
        distances = (result["distances"] or [[]])[0]
        return {rid: 1.0 - float(d) for rid, d in zip(ids, distances, strict=True)}

    def _exact(self, vector: list[float], *, k: int, where: dict[str, Any] | None) -> dict[str, float]:
        key = json.dumps(where or {}, sort_keys=True, ensure_ascii=False)
        if key not in self._vectors:
            got = self._entries.get(where=where or None, include=["embeddings"])
            rows = np.asarray(got["embeddings"] if got["embeddings"] is not None else [], dtype=np.float64)
            if len(rows):
                rows = rows / (np.linalg.norm(rows, axis=1, keepdims=True) + 1e-12)
            self._vectors[key] = (np.asarray(got["ids"], dtype=np.str_), rows)
        ids, rows = self._vectors[key]
        if not len(ids):
            return {}
        query = np.asarray(vector, dtype=np.float64)
        cosines = rows @ (query / (np.linalg.norm(query) + 1e-12))
        order = np.lexsort((ids, -cosines))[:k]  # highest first, ties by id
        return {str(ids[i]): float(cosines[i]) for i in order}

    def embeddings(self, ids: Sequence[str]) -> dict[str, list[float]]:
        """The stored vectors of these entries (those the store holds)."""
        if not ids:
            return {}
        got = self._entries.get(ids=list(ids), include=["embeddings"])
        vectors = got["embeddings"] if got["embeddings"] is not None else []
        return {rid: [float(x) for x in v] for rid, v in zip(got["ids"], list(vectors), strict=True)}
