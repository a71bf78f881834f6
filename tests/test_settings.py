from __future__ import annotations

from pathlib import Path

import pytest

from assistant.errors import ConfigError
from assistant.settings import load_settings


def test_home_from_environment_and_folders_under_it(isolated_home: Path) -> None:
    settings = load_settings()
    assert settings.home == isolated_home.resolve()
    assert settings.corpus_dir == isolated_home / "corpus"
    assert settings.catalog_path == isolated_home / "vectorstore" / "catalog.sqlite3"
    assert settings.drafts_dir == isolated_home / "drafts"


def test_toml_then_environment_override(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (isolated_home / "rectify.toml").write_text(
        '[index]\nembedder = "fake"\nper_notice_cap = 3\n', "utf-8"
    )
    assert load_settings().index.embedder == "fake"
    assert load_settings().index.per_notice_cap == 3
    monkeypatch.setenv("RECTIFY_INDEX__PER_NOTICE_CAP", "5")
    assert load_settings().index.per_notice_cap == 5


def test_invalid_and_unknown_settings_are_named(isolated_home: Path) -> None:
    (isolated_home / "rectify.toml").write_text('[index]\nembedder = "word2vec"\n', "utf-8")
    with pytest.raises(ConfigError, match="index.embedder"):
        load_settings()
    (isolated_home / "rectify.toml").write_text("[index]\nembeder = \"e5\"\n", "utf-8")
    with pytest.raises(ConfigError, match="embeder"):
        load_settings()


def test_api_key_is_read_but_never_dumped_or_hashed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-secret-123")
    settings = load_settings()
    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-secret-123"
    assert "sk-secret" not in settings.model_dump_json() and "sk-secret" not in repr(settings)
    monkeypatch.delenv("OPENAI_API_KEY")
    assert load_settings().fingerprint() == settings.fingerprint()
