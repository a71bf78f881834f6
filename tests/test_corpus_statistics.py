"""The subject matcher weighs problems by the corpus's statistics on every path.

It used to weigh every bigram the same until some command had built the lexical index, so a
review before the first draft, or a test run in another order, judged fit differently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from assistant.drafting.corpus_facts import CorpusFacts
from assistant.index.lexical import LexicalIndex
from assistant.settings import load_settings


def _home_without_lexical_cache(corpus_home: Path, tmp_path: Path) -> Path:
    home = tmp_path / "copied-home"
    shutil.copytree(corpus_home, home)
    shutil.rmtree(home / "vectorstore" / "lexical", ignore_errors=True)
    return home


def test_facts_read_without_an_index_weigh_by_rarity_and_cache_the_index(
    corpus_home: Path, tmp_path: Path
) -> None:
    settings = load_settings(home=_home_without_lexical_cache(corpus_home, tmp_path), index={"embedder": "fake"})
    matcher = CorpusFacts.load(settings).subject
    assert matcher.idf, "uniform weights: the corpus's problem statistics were not read"
    # a rare subject weighs more than a word every other problem has
    rare = min(matcher.idf, key=lambda g: -matcher.idf[g])
    assert matcher.idf[rare] > matcher.idf["党员"]
    assert matcher.unseen >= matcher.idf[rare]
    cached = list((settings.vectorstore_dir / "lexical").glob("*.vocab.json"))
    assert cached, "the index built for the matcher was not kept for the next command"


def test_the_same_weights_with_and_without_the_precedent_index(
    corpus_home: Path, tmp_path: Path
) -> None:
    from assistant.index.precedents import PrecedentIndex

    settings = load_settings(home=_home_without_lexical_cache(corpus_home, tmp_path), index={"embedder": "fake"})
    without = CorpusFacts.load(settings).subject
    shutil.rmtree(settings.vectorstore_dir / "lexical")
    with_index = CorpusFacts.load(settings, PrecedentIndex(settings)).subject
    assert without.idf == with_index.idf
    assert without.unseen == with_index.unseen


def test_two_builders_of_the_same_index_leave_one_whole_index(corpus_home: Path, tmp_path: Path) -> None:
    from assistant.index.precedents import PrecedentIndex

    settings = load_settings(home=_home_without_lexical_cache(corpus_home, tmp_path), index={"embedder": "fake"})
    records = PrecedentIndex(settings).catalog_records()
    folder = settings.vectorstore_dir / "lexical"
    first, second = LexicalIndex.build(records), LexicalIndex.build(records)
    first.save(folder)
    second.save(folder)  # the second writer replaces the first whole
    from assistant.index.lexical import fingerprint

    loaded = LexicalIndex.load(folder, fingerprint([r.id for r in records]))
    assert loaded is not None and loaded.ids == first.ids
    assert not list(folder.parent.glob("lexical.*.tmp")), "a writer's temporary folder was left"


def test_a_killed_writers_temporary_folder_is_removed_by_the_next_save(corpus_home: Path, tmp_path: Path) -> None:
    import os
    import time

    from assistant.index.precedents import PrecedentIndex

    settings = load_settings(home=_home_without_lexical_cache(corpus_home, tmp_path), index={"embedder": "fake"})
    records = PrecedentIndex(settings).catalog_records()
    folder = settings.vectorstore_dir / "lexical"
    folder.parent.mkdir(parents=True, exist_ok=True)
    stale, busy = folder.parent / "lexical.killed.tmp", folder.parent / "lexical.writing.tmp"
    stale.mkdir()
    busy.mkdir()
    two_hours_ago = time.time() - 7200
    os.utime(stale, (two_hours_ago, two_hours_ago))
    LexicalIndex.build(records).save(folder)
    assert not stale.exists()  # left by a command that was killed
    assert busy.exists()  # another command may be writing it now
