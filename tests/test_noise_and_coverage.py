"""No noise survives parsing, and the parsed fields account for the cleaned text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from assistant.corpus.coverage import coverage, parsed_fields
from assistant.corpus.models import Notice

NOISE = re.compile(
    r"d\s*a\s*d\s*a\s*w\s*k|公\s*文\s*素\s*材|paid\s*(?:begin|end)|##|版权所有|ICP备|"
    r"违法和不良信息举报|本文链接|责任编辑|来源[:：]"
)
# Justification: the lowest coverage on the seeds is 98.7% (002: its closing sentence
# '联系电话…' split across contact fields); a misparsed item loses hundreds of characters,
# i.e. several percent of a notice, so 98% catches it without flagging punctuation loss.
COVERAGE_FLOOR = 0.98
CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def _all_text(notice: Notice) -> str:
    return "\n".join([*parsed_fields(notice), notice.text, *notice.contacts.values()])


def test_the_seeds_do_contain_noise() -> None:
    raw = "".join(p.read_text("utf-8") for p in CORPUS.glob("*.txt"))
    for marker in ("dadawk01", "##paidbegin##", "版权所有", "ICP备", "违法和不良信息举报"):
        assert marker in raw  # else the test below proves nothing


def test_no_noise_in_any_parsed_field(corpus_notices: list[Notice]) -> None:
    for notice in corpus_notices:
        for item in notice.items:
            for text in (item.problem, item.measures, item.detail, *item.clauses, *item.path):
                assert not NOISE.search(text), (notice.source, item.key, text[:80])
        found = NOISE.search(_all_text(notice))
        assert not found, (notice.source, found.group(0))


@pytest.mark.parametrize("index", range(35))
def test_parsed_fields_cover_the_cleaned_text(corpus_notices: list[Notice], index: int) -> None:
    notice = corpus_notices[index]
    assert coverage(notice) >= COVERAGE_FLOOR, notice.source


def test_coverage_drops_when_an_item_is_lost(corpus_notices: list[Notice]) -> None:
    notice = max(corpus_notices, key=lambda n: len(n.items[0].measures))
    damaged = notice.model_copy(update={"items": notice.items[1:]})
    lost = len(notice.items[0].measures) / len(notice.text)
    assert coverage(damaged) < coverage(notice) - lost / 2


def test_items_have_problems_measures_and_clauses(corpus_notices: list[Notice]) -> None:
    for notice in corpus_notices:
        keys = [item.key for item in notice.items]
        assert len(keys) == len(set(keys)), notice.source
        for item in notice.items:
            assert item.problem.strip(), (notice.source, item.key)
            assert item.measures.strip(), (notice.source, item.key)
            assert item.clauses, (notice.source, item.key)
            assert notice.source.start_line <= item.start_line <= item.end_line
