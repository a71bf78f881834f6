from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from assistant import i18n
from assistant.corpus import parse_file
from assistant.corpus.models import Notice
from assistant.settings import Settings
from tests.draft_helpers import EXAMPLE

# The suite reads the English catalogue (its assertions predate the Chinese messages, and
# English is the translation every message must have); tests/test_cli_language.py runs the
# CLI in fresh processes to check the Chinese default. Set before any test module imports
# the CLI, whose help texts are translated when it is imported.
i18n.use_language("en")

if TYPE_CHECKING:
    from assistant.drafting.service import PlanResult

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"


def _clear_settings_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No API keys or stray RECTIFY_* settings from the shell that runs the tests."""
    for name in list(os.environ):
        if name.startswith("RECTIFY_") or name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
            monkeypatch.delenv(name)


@pytest.fixture(autouse=True)
def isolated_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own RECTIFY_HOME and no API keys or stray RECTIFY_* settings."""
    home = tmp_path / "home"
    home.mkdir()
    _clear_settings_env(monkeypatch)
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


def _fingerprint(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="session")
def example_plan(
    corpus_home: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[PlanResult]:
    """examples/feedback.yaml drafted once for the whole run: extractive engine, fake
    embeddings, on ``corpus_home``. Read only (``.plan`` too: take ``model_copy(deep=True)``
    to change it); a test that writes into the folder takes ``example_folder``. Teardown
    fails the run if a test wrote into the shared folder anyway."""
    from assistant.drafting.service import draft_plan
    from assistant.settings import load_settings

    with pytest.MonkeyPatch.context() as monkeypatch:  # session scope: isolated_home has not run
        _clear_settings_env(monkeypatch)
        settings = load_settings(home=corpus_home, index={"embedder": "fake"})
        result = draft_plan(settings, EXAMPLE, tmp_path_factory.mktemp("example") / "plan")
    drafted = _fingerprint(result.folder)
    yield result
    assert _fingerprint(result.folder) == drafted, (
        "a test wrote into example_plan.folder; use example_folder"
    )


@pytest.fixture
def example_folder(example_plan: PlanResult, tmp_path: Path) -> Path:
    """A private copy of the drafted example plan folder, for a test that writes."""
    return Path(shutil.copytree(example_plan.folder, tmp_path / "draft"))
