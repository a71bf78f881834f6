from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.corpus import parse_file
from assistant.corpus.models import Notice
from assistant.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own RECTIFY_HOME and no API keys or stray RECTIFY_* settings."""
    home = tmp_path / "home"
    home.mkdir()
    for name in list(os.environ):
        if name.startswith("RECTIFY_") or name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("RECTIFY_HOME", str(home))
    return home


@pytest.fixture(scope="session")
def corpus_notices() -> list[Notice]:
    notices: list[Notice] = []
    for path in sorted(CORPUS.glob("*.txt")):
        notices.extend(parse_file(path, display_name=path.name).notices)
    return notices


@pytest.fixture(scope="session")
def corpus_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with the whole shipped corpus indexed (real catalog, Chroma and lexical index;
    fake embeddings so building takes seconds). Tests must not write to it: copy it, or
    write drafts elsewhere."""
    from assistant.index import sync
    from assistant.settings import load_settings

    home = tmp_path_factory.mktemp("corpus-home")
    settings = load_settings(home=home, index={"embedder": "fake"})
    report = sync.add_to_corpus(settings, [CORPUS])
    assert report.count("added") == 35
    return home


@pytest.fixture
def draft_settings(corpus_home: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings on the indexed corpus, as the CLI would see them (env set accordingly)."""
    from assistant.settings import load_settings

    monkeypatch.setenv("RECTIFY_HOME", str(corpus_home))
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    return load_settings()
