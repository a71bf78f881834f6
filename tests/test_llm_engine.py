"""The LLM engine end to end: structured output, guards, audit log, cache, token budget,
concurrency, retries and error translation.

Part A drives ``LLMEngine`` with a LangChain fake chat model (no network); part B drives the
real ``ChatOpenAI`` against ``tests/openai_stub.py`` on 127.0.0.1. Every test drafts in its
own copy of the indexed corpus home, because the LLM cache and audit log live in
``<home>/.rectify`` and several tests count requests or audit rows; retrieval uses one
read-only index of the corpus home shared by the module (``index``), and the report tests
share one plan drafted with the fake (``plan_folder``).
"""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import BaseMessage
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.adapt import adapt_clause
from assistant.drafting.engines.llm import LLMEngine
from assistant.drafting.engines.llm_log import AuditLog
from assistant.drafting.engines.prompts import PROMPTS_DIR
from assistant.drafting.fit import TOO_FEW
from assistant.drafting.guards import strip_markers
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.inputs.ledger import load_ledger
from assistant.drafting.ledger_models import Overall
from assistant.drafting.models import Plan, Report, only_placeholders
from assistant.drafting.report_parts import overall_text
from assistant.drafting.service import PlanResult, draft_plan, draft_report
from assistant.drafting.unit_forms import our_forms
from assistant.errors import ConfigError, ServiceError
from assistant.index.precedents import PrecedentIndex
from assistant.index.tokens import count_tokens
from assistant.settings import Settings, load_settings
from tests.draft_helpers import EXAMPLE, fill_ledger
from tests.llm_helpers import (
    FakeToolChatModel,
    StubResponder,
    default_answer,
    default_measures,
    field,
    model_measures,
    model_texts,
    numbered_lines,
    request_text,
    settings_for,
)
from tests.openai_stub import OpenAIStub, free_port

KEY = "sk-test-rectify"
LEAVES = [leaf.problem.title for leaf in load_feedback(EXAMPLE).problems()]
OURS = our_forms(load_feedback(EXAMPLE))
CALLS_PER_PLAN = len(LEAVES) + 1  # one per problem, one for the front matter
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")


@pytest.fixture
def home(corpus_home: Path, tmp_path: Path) -> Path:
    """A private copy of the indexed corpus home (its own .rectify cache and audit log)."""
    copy = tmp_path / "corpus-copy"
    shutil.copytree(corpus_home, copy, ignore=shutil.ignore_patterns(".rectify"))
    return copy


@pytest.fixture(scope="module")
def index(corpus_home: Path) -> PrecedentIndex:
    """One warm index for the in-process drafts (read only; a fresh copy of the home costs
    a cold Chroma open per draft). The CLI tests open their own."""
    return PrecedentIndex(load_settings(home=corpus_home, index={"embedder": "fake"}))


def plan_into(
    settings: Settings,
    folder: Path,
    index: PrecedentIndex,
    *,
    fake: FakeToolChatModel | None = None,
    engine_name: str | None = None,
) -> PlanResult:
    engine = LLMEngine(settings, chat_model=fake) if fake is not None else None
    return draft_plan(settings, EXAMPLE, folder, engine=engine, engine_name=engine_name, index=index)


def messages_text(messages: list[BaseMessage]) -> str:
    """The prompt as LLMEngine counts it (message contents joined by newlines)."""
    return "\n".join(str(m.content) for m in messages)


def item_prompts(fake: FakeToolChatModel) -> dict[str, str]:
    """Problem title → human message of the ItemDraft call for it."""
    prompts: dict[str, str] = {}
    for schema, messages in fake.calls:
        if schema == "ItemDraft":
            human = str(messages[-1].content)
            prompts[field(human, "问题")] = human
    return prompts


def bare_items(plan: Plan, prompts: dict[str, str]) -> set[str]:
    """Keys of the items whose prompt showed no precedent line: retrieval found precedents,
    but none fits our unit and the problem (fit before filling). Few on the example: the
    shipped corpus has no 惠农 or farm-project precedent, and its two 公车 precedents report
    what was done (退还…, 未发现违规) rather than promise measures."""
    bare = {i.key for i in plan.items if not numbered_lines(prompts[i.problem])}
    assert len(bare) <= len(plan.items) // 3, bare
    for item in plan.items:
        if item.key in bare:
            assert item.retrieved, item.key
            assert only_placeholders(item.measures[-1].text)  # open: in general or by its facts
            assert any(f.check == TOO_FEW and f.item == item.key for f in plan.findings), item.key
    return bare


def read_plan(folder: Path) -> tuple[Plan, str, str]:
    text = (folder / "plan.json").read_text("utf-8")
    return Plan.model_validate_json(text), text, (folder / "plan.md").read_text("utf-8")


# =========================================================================== A: fake model


def test_structured_output_end_to_end(home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
    settings = settings_for(home, model="fake-model-1", cache=False)
    fake = FakeToolChatModel()
    out = tmp_path / "plan"
    plan_into(settings, out, index, fake=fake)

    plan, plan_json, plan_md = read_plan(out)
    assert json.loads(plan_json)["info"]["engine"] == "llm"
    assert plan.info.model == "fake-model-1"
    assert "fake-model-1" in plan_md
    assert Counter(schema for schema, _ in fake.calls) == {
        "ItemDraft": len(LEAVES),
        "FrontMatterDraft": 1,
    }
    assert plan.info.calls == CALLS_PER_PLAN
    # the fake reports no usage, so the engine counts the prompt itself
    assert plan.info.prompt_tokens == sum(count_tokens(messages_text(m)) for _, m in fake.calls)

    # each item carries the answer to *its* prompt (order kept despite concurrency)
    assert [item.problem for item in plan.items] == LEAVES
    prompts = item_prompts(fake)
    bare = bare_items(plan, prompts)
    shown = {i.key: len(numbered_lines(prompts[i.problem])) for i in plan.items}
    left_open = 0
    short = {key for key, n in shown.items() if n < 2}  # bare, or one fitting precedent line
    for item in plan.items:
        assert item.goal == f"彻底解决{item.problem}问题。"
        texts = [strip_markers(m.text)[0] for m in item.measures]
        if item.key in short:  # the citations of lines not shown go, the item stays open
            assert model_texts(item) == default_measures(item.problem)
            # …open where a fact is left unanswered: its placeholder comes last (an item whose
            # facts our remedies answer, 上轮巡察整改不彻底 with its 回头看, is not padded)
            assert not any(only_placeholders(t) for t in texts[:-1])
            left_open += only_placeholders(texts[-1])
            assert sum(1 for m in item.measures if m.citations) == shown[item.key]
            continue
        assert model_texts(item) == default_measures(item.problem)
        assert all(m.citations for m in model_measures(item)), "the fake cites [1] and [2]: both must survive"
        assert all(m.text in plan_md for m in item.measures)
    assert not short or left_open, "some short item has a fact still open"
    assert plan.front_matter.organisation == "成立整改工作领导小组，统筹推进整改工作。"
    # findings only where no fitting precedent was shown: the citations removed and the gap said
    assert bare <= short
    assert Counter((f.item, f.check) for f in plan.findings) == Counter(
        {
            (key, check): n
            for key in short
            for check, n in (("citation_removed", 2 - shown[key]), (TOO_FEW, 1))
            if n
        }
    )


def test_invalid_citations_removed_valid_ones_renumbered(
    home: Path, tmp_path: Path, index: PrecedentIndex
) -> None:
    def answer(schema: str, human: str) -> dict[str, Any]:
        if schema != "ItemDraft":
            return default_answer(schema, human)
        return {
            "goal": "建立长效机制。",
            "measures": [
                {"text": "建立健全理论学习长效机制。", "citations": [1, 99]},
                {"text": "开展专项整治[3]，压实整改责任。", "citations": [2]},
            ],
        }

    settings = settings_for(home, cache=False)
    fake = FakeToolChatModel(answer=answer)
    out = tmp_path / "plan"
    plan_into(settings, out, index, fake=fake)
    plan, _, plan_md = read_plan(out)
    prompts = item_prompts(fake)

    bare = bare_items(plan, prompts)
    removed = [f for f in plan.findings if f.check == "citation_removed"]
    # [99] everywhere, and [1], [2], [3] where fewer lines were shown (none: bare items)
    shown = {i.key: len(numbered_lines(prompts[i.problem])) for i in plan.items}
    assert Counter(f.item or "" for f in removed) == Counter(
        {key: 1 + sum(1 for n in (1, 2, 3) if n > lines) for key, lines in shown.items()}
    )
    assert all(
        any(f"[{n}]" in f.message for n in (99, 1, 2, 3) if n == 99 or n > shown[f.item or ""])
        for f in removed
        if f.item not in bare
    )
    assert "[99]" not in plan_md

    # global numbers: 1..N, each clause once, in order of first use
    assert [c.n for c in plan.citations] == list(range(1, len(plan.citations) + 1))
    assert len({(c.precedent_id, c.clause) for c in plan.citations}) == len(plan.citations)

    checked = 0
    for item in plan.items:
        if item.key in bare:
            assert not any(m.citations for m in item.measures)
            continue
        lines = numbered_lines(prompts[item.problem])
        assert 99 not in lines
        if len(lines) < 3:  # its invalid [3] is counted above
            continue
        checked += 1
        first, second = model_measures(item)  # both cited
        assert len(first.citations) == 1 and len(second.citations) == 2
        g1 = first.citations[0]
        g2, g3 = second.citations
        assert first.text == f"建立健全理论学习长效机制[{g1}]。"
        assert second.text == f"开展专项整治，压实整改责任[{g2}][{g3}]。"
        for local, n in ((1, g1), (2, g2), (3, g3)):
            cited = plan.citation(n)
            assert cited is not None
            assert cited.precedent_id in item.retrieved
            # [n] resolves to the very clause the model saw as [local]: shown with the unit
            # words the citation records as mapped to ours (院长 → 局长), then adapted to us
            mapped = cited.clause
            for word in cited.adapted:
                assert word.old in mapped, (word, mapped)
                mapped = mapped.replace(word.old, word.new, 1)
            shown = adapt_clause(mapped, cited.unit, OURS)
            assert lines[local].endswith(shown), (local, lines[local], shown)
    assert checked >= 3  # several items showed three lines or more and were checked


def test_leaked_names_are_scrubbed(home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
    def answer(schema: str, human: str) -> dict[str, Any]:
        if schema != "ItemDraft":
            return default_answer(schema, human)
        return {
            "goal": "学习借鉴西安市科协做法，补齐短板。",
            "measures": [
                {"text": "学习借鉴西安市科协经验，完善学习制度。", "citations": []},
                {"text": "对照西藏自治区有关做法，开展专项检查。", "citations": []},
            ],
        }

    settings = settings_for(home, cache=False)
    out = tmp_path / "plan"
    plan_into(settings, out, index, fake=FakeToolChatModel(answer=answer))
    plan, plan_json, plan_md = read_plan(out)

    assert plan.citations == []  # nothing cited: no precedent's unit legitimately in the files
    # the findings name what they replaced; everything else is draft text
    draft = json.dumps(
        {k: v for k, v in json.loads(plan_json).items() if k != "findings"}, ensure_ascii=False
    )
    assert "中共青山县农业农村局党组" in draft
    for name in ("西安市科协", "西安", "西藏"):
        assert name not in draft
        assert name not in plan_md
    # uncited model measures are kept but are no fitting precedent: the item stays open
    first_item, *later = plan.items
    first, second = [m for m in first_item.measures if not only_placeholders(m.text)]
    assert "完善学习制度" in first.text and "开展专项检查" in second.text
    open_ = first_item.measures[-1]
    assert only_placeholders(open_.text) and not open_.citations
    leaked = [f.message for f in plan.findings if f.check == "leaked_name" and f.item == first_item.key]
    assert any("西安市科协" in m for m in leaked), leaked
    assert any("西藏自治区" in m for m in leaked), leaked
    for item in plan.items:
        assert any(f.check == TOO_FEW and f.item == item.key for f in plan.findings)
    for item in later:  # the same promise is made once per plan
        assert model_texts(item) == [] and only_placeholders(item.measures[-1].text)


# --------------------------------------------------------------------------- report

FACTS = "2026年7月10日召开专题会议，修订《理论学习中心组学习制度》，开展专题研讨6次。"
OVERALL = "成立整改工作领导小组，召开党组会议专题研究整改工作。"
FACTS_OF_EVERY_ITEM = {leaf.key: FACTS for leaf in load_feedback(EXAMPLE).problems()}


def filled_copy(plan_folder: Path, folder: Path, statuses: list[str]) -> Path:
    """A copy of the plan folder with its ledger filled in: ``statuses``, FACTS, OVERALL."""
    shutil.copytree(plan_folder, folder)
    return fill_ledger(folder, statuses, FACTS_OF_EVERY_ITEM, overall=OVERALL, report_date=None)


@pytest.fixture(scope="module")
def plan_folder(
    corpus_home: Path, tmp_path_factory: pytest.TempPathFactory, index: PrecedentIndex
) -> Path:
    """A plan drafted once with the default fake answers (the report tests copy it)."""
    base = tmp_path_factory.mktemp("llm-plan")
    shutil.copytree(corpus_home, base / "home", ignore=shutil.ignore_patterns(".rectify"))
    settings = settings_for(base / "home", cache=False)
    plan_into(settings, base / "plan", index, fake=FakeToolChatModel())
    return base / "plan"


def inventing_answer(schema: str, human: str) -> dict[str, Any]:
    """Copies the user's facts and adds a date, a 《title》 and a count nobody supplied.

    The invented numbers are long so that they cannot occur in the user's own facts."""
    if schema == "ProgressDraft":
        facts = field(human, "整改事实")
        return {"progress": f"{facts}另于2031年9月印发《虚构管理办法》，完成整改任务47391项。"}
    if schema == "SectionsDraft":
        overall = field(human, "整改工作总体情况")
        return {"work": f"{overall}反馈的13862个问题已全部整改完毕。", "next_steps": "持续巩固整改成果。"}
    return default_answer(schema, human)


@pytest.mark.parametrize(
    "statuses",
    [
        ["已完成"] * 5 + ["基本完成"] * 3 + ["正在推进"] * 2,
        ["正在推进", "已完成"] * 3 + ["正在推进"] * 4,
    ],
)
def test_report_flags_unverified_facts_and_counts_from_ledger(
    home: Path, tmp_path: Path, plan_folder: Path, statuses: list[str]
) -> None:
    settings = settings_for(home, cache=False)
    ledger = filled_copy(plan_folder, tmp_path / "plan", statuses)
    fake = FakeToolChatModel(answer=inventing_answer)
    out = tmp_path / "report"
    draft_report(settings, ledger, out, engine=LLMEngine(settings, chat_model=fake))
    report = Report.model_validate_json((out / "report.json").read_text("utf-8"))
    report_md = (out / "report.md").read_text("utf-8")
    assert Counter(schema for schema, _ in fake.calls) == {"ProgressDraft": 10, "SectionsDraft": 1}

    # counts come from the ledger's statuses, whatever the model claims ("13862个问题")
    wanted = Counter(statuses)
    assert report.counts.completed == wanted["已完成"]
    assert report.counts.basically_completed == wanted["基本完成"]
    assert report.counts.in_progress == wanted["正在推进"]
    assert report.counts.problems == len(LEAVES)
    assert report.counts.categories == 3
    assert report.counts.text() in report_md
    assert [i.status for i in report.items] == statuses
    # section 一 as composed from the ledger's overall fields, then rewritten by the model
    work = overall_text(Overall(other=OVERALL), "巡察")
    assert report.work == f"{work}反馈的【待核实：13862个】问题已全部整改完毕。"

    for item in report.items:
        # the user's facts (date, title, number) are kept verbatim ...
        assert FACTS in item.progress
        # ... what the model added is flagged
        for invented in ("2031年9月", "《虚构管理办法》", "47391项"):
            assert f"【待核实：{invented}】" in item.progress, item.progress
        flagged = [
            f.message for f in report.findings if f.check == "unverified_fact" and f.item == item.key
        ]
        assert len(flagged) == 3, flagged
        for invented in ("2031年9月", "《虚构管理办法》", "47391项"):
            assert any(invented in m for m in flagged), (invented, flagged)
        assert item.progress in report_md


def _without_lines(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _without_lines(v) for k, v in data.items() if k != "line"}
    if isinstance(data, list):
        return [_without_lines(v) for v in data]
    return data


def test_report_flags_a_number_that_is_only_a_line_number(
    home: Path, tmp_path: Path, plan_folder: Path
) -> None:
    settings = settings_for(home, cache=False)
    ledger_path = filled_copy(plan_folder, tmp_path / "plan", ["已完成"] * len(LEAVES))
    ledger, plan, _ = load_ledger(ledger_path)
    # a number the user never wrote: the line of a ledger item, absent from every value
    user_wrote = json.dumps(_without_lines(plan.feedback.model_dump(mode="json")), ensure_ascii=False)
    user_wrote += FACTS + OVERALL
    line = next(str(i.line) for i in ledger.items if str(i.line) not in _NUMBER_RE.findall(user_wrote))

    def answer(schema: str, human: str) -> dict[str, Any]:
        if schema == "ProgressDraft":
            return {"progress": f"{field(human, '整改事实')}共排查问题线索{line}条。"}
        return default_answer(schema, human)

    fake = FakeToolChatModel(answer=answer)
    result = draft_report(settings, ledger_path, tmp_path / "report", engine=LLMEngine(settings, chat_model=fake))
    assert f"【待核实：{line}条】" in result.report.items[0].progress


def test_audit_log_one_row_per_call(home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
    settings = settings_for(home, model="audited-model")
    assert settings.llm.cache and settings.audit
    fake = FakeToolChatModel()
    result = plan_into(settings, tmp_path / "a", index, fake=fake)
    rows = AuditLog(settings.state_dir / "audit.sqlite3").rows()
    assert len(rows) == len(fake.calls) == CALLS_PER_PLAN
    assert Counter(r["task"] for r in rows) == {"plan_item": len(LEAVES), "plan_front_matter": 1}
    retrieved = {item.key: set(item.retrieved) for item in result.plan.items}
    assert sorted(r["item"] for r in rows if r["task"] == "plan_item") == sorted(retrieved)
    bare = bare_items(result.plan, item_prompts(fake))
    for row in rows:
        template = PROMPTS_DIR / f"{row['task']}.yaml"
        assert row["template"] == template.name
        assert row["template_sha256"] == hashlib.sha256(template.read_bytes()).hexdigest()
        assert row["model"] == "audited-model"
        assert row["status"] == "ok" and row["error"] is None
        assert row["cached"] == 0
        assert isinstance(row["latency_ms"], int) and 0 <= row["latency_ms"] < 10_000
        precedents = json.loads(row["precedents"])
        assert len(set(precedents)) == len(precedents)
        if row["task"] == "plan_item":
            assert set(precedents) <= retrieved[row["item"]]
            # the precedents logged are those shown: none only where none fitted
            assert bool(precedents) == (row["item"] not in bare), row["item"]
        else:
            assert precedents
            assert all(p.endswith(":organisation") for p in precedents)
    # tokens: exactly the counted prompts the model was sent
    assert sorted(r["prompt_tokens"] for r in rows) == sorted(
        count_tokens(messages_text(m)) for _, m in fake.calls
    )

    # a second run is served from the cache: logged as cached, the model not called
    plan_into(settings, tmp_path / "b", index, fake=fake)
    rows = AuditLog(settings.state_dir / "audit.sqlite3").rows()
    assert len(fake.calls) == CALLS_PER_PLAN
    assert len(rows) == 2 * CALLS_PER_PLAN
    again = rows[CALLS_PER_PLAN:]
    assert all(r["cached"] == 1 and r["latency_ms"] == 0 for r in again)
    assert sorted(r["prompt_tokens"] for r in again) == sorted(
        r["prompt_tokens"] for r in rows[:CALLS_PER_PLAN]
    )


# =========================================================================== B: real client


@pytest.fixture
def no_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    """The clients must talk to 127.0.0.1 directly, never through a proxy."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture
def stub() -> Iterator[OpenAIStub]:
    with OpenAIStub(responder=StubResponder(), require_key=KEY) as running:
        yield running


def item_requests(stub: OpenAIStub) -> dict[str, dict[str, Any]]:
    """Problem title → body of the ItemDraft request for it."""
    out: dict[str, dict[str, Any]] = {}
    for body in stub.bodies("/v1/chat/completions"):
        if body["tools"][0]["function"]["name"] == "ItemDraft":
            out[field(body["messages"][-1]["content"], "问题")] = body
    return out


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.usefixtures("no_proxies")
class TestAgainstStub:
    def test_request_shape(
        self, home: Path, tmp_path: Path, index: PrecedentIndex, stub: OpenAIStub
    ) -> None:
        settings = settings_for(home, key=KEY, base_url=stub.base_url, model="stub-model-x", cache=False)
        result = plan_into(settings, tmp_path / "plan", index, engine_name="llm")

        assert stub.count == CALLS_PER_PLAN
        for request in stub.requests:
            assert (request["method"], request["path"]) == ("POST", "/v1/chat/completions")
            assert request["headers"]["authorization"] == f"Bearer {KEY}"
            assert request["status"] == 200
        by_problem = item_requests(stub)
        assert sorted(by_problem) == sorted(LEAVES)
        bare = bare_items(
            result.plan, {p: str(b["messages"][-1]["content"]) for p, b in by_problem.items()}
        )
        for leaf in load_feedback(EXAMPLE).problems():
            body = by_problem[leaf.problem.title]
            assert body["model"] == "stub-model-x"
            [tool] = body["tools"]
            assert tool["type"] == "function" and tool["function"]["name"] == "ItemDraft"
            assert {"goal", "measures"} <= set(tool["function"]["parameters"]["properties"])
            assert [m["role"] for m in body["messages"]] == ["system", "user"]
            user = body["messages"][1]["content"]
            assert f"问题：{leaf.problem.title}" in user
            assert leaf.problem.detail and leaf.problem.detail in user
            numbers = list(numbered_lines(user))
            if leaf.key in bare:
                assert "（无）" in user and not re.search(r"^\[\d+\]", user, re.M)
                continue
            assert numbers and numbers == list(range(1, len(numbers) + 1))
            assert re.search(r"^\[1\]（\d{4}年", user, re.M)
        # and the answers made it into the plan
        assert strip_markers(result.plan.items[0].measures[0].text)[0] == (
            f"针对{LEAVES[0]}，建立健全长效工作机制。"
        )
        assert result.plan.info.model == "stub-model-x"
        # the key goes in the Authorization header only: not into the draft or the state
        assert KEY not in (tmp_path / "plan" / "plan.json").read_text("utf-8")
        assert KEY.encode() not in (home / ".rectify" / "audit.sqlite3").read_bytes()

    def test_retry_after_server_error(self, home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
        with OpenAIStub(responder=StubResponder(), fail_first=1, fail_status=500) as stub:
            settings = settings_for(home, key=KEY, base_url=stub.base_url, cache=False, max_retries=2)
            result = plan_into(settings, tmp_path / "plan", index, engine_name="llm")
        assert result.plan.info.calls == CALLS_PER_PLAN
        assert stub.count == result.plan.info.calls + 1
        assert [r["status"] for r in stub.requests].count(500) == 1
        assert (tmp_path / "plan" / "plan.json").exists()

    def test_concurrency(self, home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
        with OpenAIStub(responder=StubResponder(), delay_s=0.3) as stub:
            settings = settings_for(home, key=KEY, base_url=stub.base_url, cache=False, concurrency=4)
            plan_into(settings, tmp_path / "four", index, engine_name="llm")
        assert stub.count == CALLS_PER_PLAN
        assert 3 <= stub.max_in_flight <= 4
        # the contrast: one at a time when told so
        with OpenAIStub(responder=StubResponder(), delay_s=0.02) as stub:
            settings = settings_for(home, key=KEY, base_url=stub.base_url, cache=False, concurrency=1)
            plan_into(settings, tmp_path / "one", index, engine_name="llm")
        assert stub.count == CALLS_PER_PLAN
        assert stub.max_in_flight == 1

    def test_cache_makes_a_rerun_free(
        self, home: Path, tmp_path: Path, index: PrecedentIndex, stub: OpenAIStub
    ) -> None:
        settings = settings_for(home, key=KEY, base_url=stub.base_url)
        assert settings.llm.cache
        first = plan_into(settings, tmp_path / "one", index, engine_name="llm")
        assert stub.count == CALLS_PER_PLAN
        second = plan_into(settings, tmp_path / "two", index, engine_name="llm")
        assert stub.count == CALLS_PER_PLAN  # zero requests the second time
        assert (first.plan.info.calls, second.plan.info.calls) == (CALLS_PER_PLAN, 0)
        assert second.plan.items == first.plan.items
        assert second.plan.front_matter == first.plan.front_matter
        one = json.loads((tmp_path / "one" / "plan.json").read_text("utf-8"))
        two = json.loads((tmp_path / "two" / "plan.json").read_text("utf-8"))
        assert one["items"] == two["items"] and one["citations"] == two["citations"]
        # another model is another cache key
        other = settings_for(home, key=KEY, base_url=stub.base_url, model="another-model")
        plan_into(other, tmp_path / "three", index, engine_name="llm")
        assert stub.count == 2 * CALLS_PER_PLAN

    def test_token_budget(
        self, home: Path, tmp_path: Path, index: PrecedentIndex, stub: OpenAIStub
    ) -> None:
        default = settings_for(home, key=KEY, base_url=stub.base_url, trim=True, cache=False)
        plan_into(default, tmp_path / "a", index, engine_name="llm")
        full = item_requests(stub)
        full_tokens = [count_tokens(request_text(b)) for b in stub.bodies()]
        stub.reset()
        # A budget the prompts' fixed part (instructions, our unit's profile, the words to
        # avoid, the remedies our facts have already: about 900 tokens) fits, with room for a line or none: both cases occur.
        budget = 1200
        small = settings_for(
            home, key=KEY, base_url=stub.base_url, trim=True, cache=False, prompt_token_budget=budget
        )
        result = plan_into(small, tmp_path / "b", index, engine_name="llm")
        budgeted = item_requests(stub)
        assert sorted(budgeted) == sorted(full) == sorted(LEAVES)

        assert max(full_tokens) > budget  # the default budget lets more through
        # Counted like the engine counts: the messages' text only. The tool schema sent
        # alongside (the ItemDraft JSON schema, a few hundred tokens) is not counted.
        assert stub.count == CALLS_PER_PLAN
        assert all(count_tokens(request_text(b)) <= budget for b in stub.bodies())
        shown = {p: numbered_lines(b["messages"][-1]["content"]) for p, b in budgeted.items()}
        for problem, body in full.items():
            sent = numbered_lines(body["messages"][-1]["content"])
            if sent and count_tokens(request_text(body)) > budget:  # over the budget: lines are cut
                assert len(shown[problem]) < len(sent), problem
            else:  # within it: sent whole
                assert shown[problem] == sent, problem
        assert {len(lines) > 0 for lines in shown.values()} == {True, False}
        # what the model did not see it cannot cite: [n] is dropped where line n was not sent
        for item in result.plan.items:
            lines = shown[item.problem]
            removed = [
                f for f in result.plan.findings if f.item == item.key and f.check == "citation_removed"
            ]
            first, second = item.measures[:2]
            assert (bool(first.citations), bool(second.citations)) == (1 in lines, 2 in lines)
            assert len(removed) == (1 not in lines) + (2 not in lines), item.problem

    def test_wrong_key(
        self, home: Path, tmp_path: Path, index: PrecedentIndex, stub: OpenAIStub
    ) -> None:
        settings = settings_for(home, key="sk-wrong", base_url=stub.base_url, cache=False)
        out = tmp_path / "plan"
        with pytest.raises(ConfigError, match="API key") as caught:
            plan_into(settings, out, index, engine_name="llm")
        assert "OPENAI_API_KEY" in str(caught.value)
        assert stub.count >= 1 and all(r["status"] == 401 for r in stub.requests)
        assert not (out / "plan.json").exists() and not (out / "ledger.yaml").exists()
        # every failed call is in the audit log (401 is not retried: one request per call)
        rows = AuditLog(settings.state_dir / "audit.sqlite3").rows()
        assert len(rows) == stub.count
        assert all(r["status"] == "error" and "AuthenticationError" in r["error"] for r in rows)

    def test_unreachable_server(self, home: Path, tmp_path: Path, index: PrecedentIndex) -> None:
        url = f"http://127.0.0.1:{free_port()}/v1"
        settings = settings_for(home, key=KEY, base_url=url, cache=False, max_retries=0, timeout_s=2)
        out = tmp_path / "plan"
        with pytest.raises(ServiceError, match="cannot reach") as caught:
            plan_into(settings, out, index, engine_name="llm")
        assert url in str(caught.value)
        assert not (out / "plan.json").exists()

    def test_cli_reports_the_error(
        self, home: Path, tmp_path: Path, stub: OpenAIStub, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        monkeypatch.setenv("RECTIFY_HOME", str(home))
        monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
        monkeypatch.setenv("OPENAI_API_KEY", "sk-wrong")
        monkeypatch.setenv("OPENAI_BASE_URL", stub.base_url)
        out = tmp_path / "plan"
        result = CliRunner().invoke(app, ["plan", str(EXAMPLE), "-o", str(out), "--engine", "llm"])
        assert result.exit_code == 1, result.output
        assert "error:" in result.output and "API key" in result.output
        assert stub.count >= 1
        assert not (out / "plan.json").exists()


def test_llm_engine_without_key(
    home: Path, tmp_path: Path, index: PrecedentIndex, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = settings_for(home)
    assert settings.openai_api_key is None
    out = tmp_path / "plan"
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        plan_into(settings, out, index, engine_name="llm")
    assert not (out / "plan.json").exists()

    monkeypatch.setenv("RECTIFY_HOME", str(home))
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    result = CliRunner().invoke(app, ["plan", str(EXAMPLE), "-o", str(out), "--engine", "llm"])
    assert result.exit_code == 1
    assert "error:" in result.output and "OPENAI_API_KEY" in result.output
    assert not (out / "plan.json").exists()


# =========================================================================== C: unusable answers


def _first_item_answers(*answers: dict[str, Any]) -> Any:
    """An ``answer`` giving ``answers`` in turn to the first problem's ItemDraft calls (then
    the last one again); every other call gets the default answer."""
    given: list[int] = [0]

    def answer(schema: str, human: str) -> dict[str, Any]:
        if schema == "ItemDraft" and field(human, "问题") == LEAVES[0]:
            given[0] += 1
            return answers[min(given[0], len(answers)) - 1]
        return default_answer(schema, human)

    return answer


def _first_item_calls(fake: FakeToolChatModel) -> list[list[BaseMessage]]:
    return [m for s, m in fake.calls if s == "ItemDraft" and field(str(m[-1].content), "问题") == LEAVES[0]]


@pytest.mark.parametrize(
    ("empty", "named"),
    [({"goal": "", "measures": []}, "整改目标"), ({"goal": "解决问题。", "measures": []}, "整改措施")],
)
def test_empty_answer_is_retried_then_an_error_naming_the_item(
    home: Path, tmp_path: Path, index: PrecedentIndex, empty: dict[str, Any], named: str
) -> None:
    settings = settings_for(home, cache=False)
    fake = FakeToolChatModel(answer=_first_item_answers(empty))
    out = tmp_path / "plan"
    with pytest.raises(ServiceError) as caught:
        plan_into(settings, out, index, fake=fake)
    message = str(caught.value)
    assert "item 1.1" in message and named in message and "twice" in message
    calls = _first_item_calls(fake)
    assert len(calls) == 2  # one retry, which showed the model what was wrong
    assert named in str(calls[1][-1].content) and "不可用" in str(calls[1][-1].content)
    assert not (out / "plan.json").exists()
    rows = AuditLog(settings.state_dir / "audit.sqlite3").rows()
    assert [r["status"] for r in rows if r["item"] == "1.1"] == ["invalid", "invalid"]


def test_empty_answer_then_a_good_one_drafts_the_plan(
    home: Path, tmp_path: Path, index: PrecedentIndex
) -> None:
    settings = settings_for(home, cache=False)
    good = {
        "goal": "彻底整改。",
        "measures": [
            {"text": "建立台账，逐项销号。", "citations": [1]},
            {"text": "完善学习制度，定期检查落实。", "citations": [2]},
        ],
    }
    fake = FakeToolChatModel(answer=_first_item_answers({"goal": "", "measures": []}, good))
    result = plan_into(settings, tmp_path / "plan", index, fake=fake)
    first = result.plan.items[0]
    assert first.goal == "彻底整改。"
    # (a placeholder may follow when the problem has too few fitting precedents)
    assert [strip_markers(m.text)[0] for m in first.measures][:2] == ["建立台账，逐项销号。", "完善学习制度，定期检查落实。"]
    assert len(_first_item_calls(fake)) == 2


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.usefixtures("no_proxies")
@pytest.mark.parametrize(
    ("reply", "said"),
    [
        ("对不起，我只能用文字回答这个问题。", "一段文字而不是工具调用：“对不起，我只能用文字回答"),
        ({"arguments": '{"goal": "x", "measures": [oops'}, "无法解析"),
        ({"arguments": {"goal": "x", "measures": [{"txt": "y"}]}}, "measures.0.text"),
    ],
)
def test_invalid_structured_output_says_what_came_back(
    home: Path, tmp_path: Path, index: PrecedentIndex, reply: Any, said: str
) -> None:
    def responder(body: dict[str, Any]) -> dict[str, Any] | str:
        name = str(body["tools"][0]["function"]["name"])
        human = str(body["messages"][-1]["content"])
        if name == "ItemDraft" and LEAVES[0] in request_text(body):
            return reply if isinstance(reply, str) else {"tool_call": {"name": name, **reply}}
        return {"tool_call": {"name": name, "arguments": default_answer(name, human)}}

    with OpenAIStub(responder=responder) as stub:
        settings = settings_for(home, key=KEY, base_url=stub.base_url, cache=False)
        with pytest.raises(ServiceError) as caught:
            plan_into(settings, tmp_path / "plan", index, engine_name="llm")
        first = [b for b in stub.bodies("/v1/chat/completions") if LEAVES[0] in request_text(b)]
    message = str(caught.value)
    assert said in message and "item 1.1" in message and "None" not in message
    assert len(first) == 2 and "不可用" in str(first[1]["messages"][-1]["content"])


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
@pytest.mark.usefixtures("no_proxies")
def test_api_key_never_stored_or_shown(
    home: Path, tmp_path: Path, index: PrecedentIndex
) -> None:
    secret = "sk-secret-echoed-0123456789"

    def echo(body: dict[str, Any]) -> dict[str, Any] | str:
        raise RuntimeError(f"Incorrect API key provided: {secret}")

    with OpenAIStub(responder=echo) as stub:
        host = stub.base_url.split("://", 1)[1]
        url = f"http://rectify:{secret}@{host}"
        settings = settings_for(home, key=secret, base_url=url, cache=False, max_retries=0)
        with pytest.raises(ServiceError) as caught:
            plan_into(settings, tmp_path / "plan", index, engine_name="llm")
    assert secret not in str(caught.value) and "***" in str(caught.value)
    rows = AuditLog(settings.state_dir / "audit.sqlite3").rows()
    assert rows and all(secret not in json.dumps(r, ensure_ascii=False) for r in rows)
    for path in home.rglob("*"):
        if path.is_file():
            assert secret.encode() not in path.read_bytes(), path


def test_malformed_base_url_is_a_settings_error(home: Path) -> None:
    settings = settings_for(home, key=KEY, base_url="::::")
    with pytest.raises(ConfigError, match="OPENAI_BASE_URL") as caught:
        LLMEngine(settings)
    assert caught.value.hint and "http" in caught.value.hint
