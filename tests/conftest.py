from __future__ import annotations

import os
from pathlib import Path

import pytest

from assistant.corpus import parse_file
from assistant.corpus.models import Notice

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
