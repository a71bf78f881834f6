"""The leave-one-notice-out drafting benchmark: metrics, measure types, the exclusion of the
notice from retrieval, prompts and the LLM cache, the CLI and its errors.

Figures are asserted only for integrity (no leaked names, no invalid citations, every item
covered), never for timing or for one method beating another: with fake embeddings the
content scores mean little.
"""

from __future__ import annotations

import json
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.corpus.models import Notice
from assistant.drafting.adapt import adapt_clause
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.engines.llm import LLMEngine
from assistant.drafting.models import Plan
from assistant.drafting.plan import build_plan
from assistant.drafting.sources import clause_texts
from assistant.drafting.unit_forms import our_forms
from assistant.errors import ConfigError
from assistant.evaluation import drafting as drafting_module
from assistant.evaluation.baselines import copied_plan, random_picks
from assistant.evaluation.drafting import evaluate_drafting
from assistant.evaluation.measure_types import (
    classify,
    measure_types,
    parse_types,
    type_precision,
    type_recall,
)
from assistant.evaluation.metrics import cluster_bootstrap, lcs_length, plain, rouge_l
from assistant.evaluation.notice_feedback import notice_feedback
from assistant.index.filters import Filters
from assistant.index.precedents import PrecedentIndex
from assistant.index.records import record
from assistant.settings import Settings, load_settings
from tests.llm_helpers import NO_TRIM, FakeToolChatModel

runner = CliRunner()


# -- metrics --------------------------------------------------------------------------------
def _lcs_table(a: str, b: str) -> int:
    """The textbook dynamic programme the bit-parallel LCS must agree with."""
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


def test_lcs_matches_the_dynamic_programme() -> None:
    rng = random.Random(3)
    alphabet = "整改学习制度监督ab"
    for _ in range(500):
        a = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        b = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 90)))
        assert lcs_length(a, b) == _lcs_table(a, b), (a, b)


def test_rouge_l_on_characters_without_formatting() -> None:
    assert rouge_l("加强理论学习。", "加强理论学习") == 1.0
    assert rouge_l("加强理论学习[3]，【待补充：时间】", "加强理论学习") == 1.0
    assert rouge_l("健全制度", "开展检查") == 0.0
    assert rouge_l("", "开展检查") == 0.0
    # LCS 3 of 4 characters each way: P = R = F = 0.75
    assert rouge_l("学习制度", "学习检度") == pytest.approx(0.75)
    assert plain("Ａ１ 学习，[2]") == "A1学习"


def test_cluster_bootstrap_resamples_notices() -> None:
    mean, low, high = cluster_bootstrap([[1.0, 1.0], [0.0], []])
    assert mean == pytest.approx(2 / 3) and 0.0 <= low <= mean <= high <= 1.0
    assert cluster_bootstrap([[0.5, 0.5], [0.5]]) == (0.5, 0.5, 0.5)
    assert cluster_bootstrap([]) == (0.0, 0.0, 0.0)


# -- measure types --------------------------------------------------------------------------
def test_measure_type_table_and_scores() -> None:
    types = measure_types()
    assert len(types) >= 8 and all(t.keywords and t.label for t in types)
    keys = {t.key for t in types}
    assert {"study", "rules", "supervision", "accountability", "training", "correction"} <= keys
    assert classify("组织开展专题学习，修订完善财务管理制度[2]。") == {"study", "rules"}
    assert classify("对相关责任人严肃问责，追缴违规发放的补贴。") == {"accountability", "correction"}
    assert classify("做好各项工作。") == frozenset()
    assert type_recall(frozenset({"study"}), frozenset({"study", "rules"})) == 0.5
    assert type_recall(frozenset({"study"}), frozenset()) is None
    assert type_precision(frozenset({"study", "talks"}), frozenset({"study"})) == 0.5
    assert type_precision(frozenset(), frozenset({"study"})) is None


def test_a_malformed_type_table_is_a_clear_error() -> None:
    with pytest.raises(ConfigError, match="measure type 1"):
        parse_types('[[type]]\nkey = "x"\nlabel = "X"\n', "t.toml")
    with pytest.raises(ConfigError, match="repeated"):
        parse_types('[[type]]\nkey="a"\nlabel="A"\nkeywords=["学"]\n' * 2, "t.toml")


# -- the feedback of a notice ----------------------------------------------------------------
def test_notice_feedback_has_the_problems_and_never_the_measures(corpus_notices: list[Notice]) -> None:
    for notice in corpus_notices:
        items = [i for i in notice.items if i.section == "items" and i.problem.strip()]
        if not items:
            continue
        feedback, ordered = notice_feedback(notice)
        leaves = feedback.problems()
        assert [leaf.problem.title for leaf in leaves] == [i.problem.strip() for i in ordered]
        assert sorted(i.key for i in ordered) == sorted(i.key for i in items)
        given = feedback.model_dump_json()
        for item in ordered:
            if len(item.measures) >= 30:
                assert json.dumps(item.measures, ensure_ascii=False)[1:-1] not in given


# -- exclusion --------------------------------------------------------------------------------
def _smallest(notices: list[Notice]) -> Notice:
    with_items = [n for n in notices if sum(1 for i in n.items if i.section == "items") >= 5]
    return min(with_items, key=lambda n: (len(n.items), n.id))


def _extractive(settings: Settings) -> ExtractiveEngine:
    return ExtractiveEngine()


def test_the_notice_is_excluded_and_references_are_read_after_drafting(
    draft_settings: Settings, corpus_notices: list[Notice], monkeypatch: pytest.MonkeyPatch
) -> None:
    notice = _smallest(corpus_notices)
    index = PrecedentIndex(draft_settings)
    events: list[str] = []
    searched: list[tuple[Filters | None, list[str]]] = []
    plans: list[Plan] = []
    search = index.search

    def spy_search(query: str, **kwargs: Any) -> Any:
        found = search(query, **kwargs)
        searched.append((kwargs.get("filters"), [p.record.notice_id for p in found]))
        return found

    def spy_build(*args: Any, **kwargs: Any) -> Plan:
        events.append("draft")
        plans.append(build_plan(*args, **kwargs))
        return plans[-1]

    def spy_scores(*args: Any, **kwargs: Any) -> Any:
        events.append("score")
        return scores(*args, **kwargs)

    scores = drafting_module.content_scores
    monkeypatch.setattr(index, "search", spy_search)
    monkeypatch.setattr(drafting_module, "build_plan", spy_build)
    monkeypatch.setattr(drafting_module, "content_scores", spy_scores)
    result = evaluate_drafting(draft_settings, index, [notice.id], {"extractive": _extractive})

    assert searched and all(
        f is not None and notice.id in f.exclude_notices and notice.id not in found
        for f, found in searched
    )
    (plan,) = plans
    assert all(not r.startswith(notice.id) for item in plan.items for r in item.retrieved)
    assert all(c.notice_id != notice.id for c in plan.citations)  # front matter included
    assert events == ["draft", "score", "score", "score"]  # extractive, then both baselines
    integrity = result.methods["extractive"].integrity
    assert integrity.covered == integrity.items == len(plan.items)
    assert integrity.leaked_names == 0 and integrity.invalid_citations == 0


def _own_clauses(notice: Notice, others: list[Notice]) -> list[str]:
    """The notice's clauses no other notice has (a shared stock phrase proves nothing)."""
    theirs = {c for n in others for i in n.items for c in clause_texts(record(n, i))}
    mine = {c for i in notice.items for c in clause_texts(record(notice, i))}
    return sorted(c for c in mine - theirs if len(c) >= 12)


@pytest.fixture
def home_copy(corpus_home: Path, tmp_path: Path) -> Path:
    """A private copy of the indexed home: the LLM cache and audit log are written to it."""
    copy = tmp_path / "corpus-copy"
    shutil.copytree(corpus_home, copy, ignore=shutil.ignore_patterns(".rectify"))
    return copy


def test_llm_prompts_and_cache_keys_never_see_the_excluded_notice(
    home_copy: Path, corpus_notices: list[Notice], monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = load_settings(
        home=home_copy, index={"embedder": "fake"}, llm={"prompt_token_budget": NO_TRIM}
    )
    assert settings.llm.cache
    notice = _smallest(corpus_notices)
    feedback, _ = notice_feedback(notice)
    ours = our_forms(feedback)
    own = [adapt_clause(c, notice.unit or "", ours) for c in _own_clauses(
        notice, [n for n in corpus_notices if n.id != notice.id]
    )]
    assert own
    prompts: dict[str, str] = {}  # cache key → the prompt it hashes
    key = LLMEngine._key

    def spy_key(self: LLMEngine, messages: Any, schema: Any) -> str:
        k = key(self, messages, schema)
        prompts[k] = "\n".join(str(m.content) for m in messages)
        return k

    monkeypatch.setattr(LLMEngine, "_key", spy_key)
    index = PrecedentIndex(settings)
    fake = FakeToolChatModel()

    def llm(s: Settings) -> LLMEngine:
        return LLMEngine(s, chat_model=fake)

    result = evaluate_drafting(settings, index, [notice.id], {"llm": llm})
    assert fake.calls and len(prompts) == len(fake.calls)
    leaked = [c for c in own if any(c in p for p in prompts.values())]
    assert leaked == []
    with sqlite3.connect(settings.state_dir / "llm-cache.sqlite3") as db:
        cached = {row[0] for row in db.execute("SELECT key FROM responses")}
        assert cached and cached <= set(prompts)
    with sqlite3.connect(settings.state_dir / "audit.sqlite3") as db:
        used = [json.loads(row[0]) for row in db.execute("SELECT precedents FROM llm_calls")]
    assert used and not any(p.startswith(notice.id) for ids in used for p in ids)
    integrity = result.methods["llm"].integrity
    assert integrity.leaked_names == 0 and integrity.invalid_citations == 0

    # control: without the exclusion the same check does see the notice's own measures
    prompts.clear()
    context = DraftingContext.build(settings, feedback, index=index)
    build_plan(context, LLMEngine(settings, chat_model=FakeToolChatModel()), index=index)
    assert any(c in p for c in own for p in prompts.values())


def test_baselines_copy_other_notices_measures(
    draft_settings: Settings, corpus_notices: list[Notice]
) -> None:
    notice = _smallest(corpus_notices)
    index = PrecedentIndex(draft_settings)
    feedback, _ = notice_feedback(notice)
    plan = build_plan(
        DraftingContext.build(draft_settings, feedback, index=index),
        _extractive(draft_settings),
        index=index,
        filters=Filters(exclude_notices=frozenset({notice.id})),
    )
    picks = random_picks(plan, notice.id, index.catalog_records(), seed=7)
    assert all(p is not None and p.notice_id != notice.id for p in picks)
    assert picks == random_picks(plan, notice.id, index.catalog_records(), seed=7)
    copied = copied_plan(plan, picks)
    assert [i.key for i in copied.items] == [i.key for i in plan.items]
    assert all(
        item.measures[0].text == pick.measures and copied.citations[n].precedent_id == pick.id
        for n, (item, pick) in enumerate(zip(copied.items, picks, strict=True))
        if pick is not None
    )


# -- the command ------------------------------------------------------------------------------
def test_eval_drafting_limit_5(draft_settings: Settings, tmp_path: Path) -> None:
    """What CI runs: integrity asserted, figures only for shape, timing never."""
    out = tmp_path / "eval"
    result = runner.invoke(app, ["eval", "drafting", "--limit", "5", "--json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    rows = {r["method"]: r for r in json.loads(result.stdout)}
    assert list(rows) == ["extractive", "random", "nearest"]  # no key: no llm
    extractive = rows["extractive"]
    assert extractive["leaked_names"] == 0
    assert extractive["invalid_citations"] == 0
    assert extractive["covered"] == extractive["items"] > 0
    for row in rows.values():
        assert row["items"] == extractive["items"]
        for metric in ("rouge_l", "similarity", "type_recall"):
            assert -1.0 <= row[metric] <= 1.0
    report = (out / "drafting.md").read_text("utf-8")
    assert "| extractive |" in report and "| nearest |" in report
    assert (out / "drafting.png").stat().st_size > 1000  # matplotlib is a dependency


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--limit", "0"], "--limit must be at least 1"),
        (["--notice", "zzzzzzzz"], "no notice with id"),
        (["--engine", "gpt"], "unknown engine"),
        (["--engine", "llm"], "needs OPENAI_API_KEY"),
    ],
)
def test_bad_input_is_a_clear_error(
    draft_settings: Settings, tmp_path: Path, args: list[str], message: str
) -> None:
    result = runner.invoke(app, ["eval", "drafting", *args, "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert message in result.output and "hint:" in result.output
    assert not (tmp_path / "drafting.md").exists()


def test_no_catalog_is_a_clear_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["eval", "drafting", "--out", str(tmp_path)])
    assert result.exit_code == 1
    assert "error:" in result.output and "hint:" in result.output
