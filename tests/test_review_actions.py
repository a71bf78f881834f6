"""Acting on a review: accept / reject / edit / redraft one item, the history, the ledger."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from assistant.cli import app
from assistant.drafting.engines.extractive import ExtractiveEngine
from assistant.drafting.inputs.ledger import load_ledger
from assistant.drafting.models import Plan, PlanItem
from assistant.drafting.redraft import redraft_item
from assistant.drafting.service import PlanResult
from assistant.errors import InputError
from assistant.review import actions
from assistant.review.item_text import parse_deadline, plan_item_text, read_plan_item
from assistant.settings import Settings

runner = CliRunner()


@pytest.fixture(scope="module")
def own_home(corpus_home: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the indexed home: remembering the last draft writes to its state folder."""
    home = tmp_path_factory.mktemp("own") / "home"
    shutil.copytree(corpus_home, home)
    return home


def plan_of(folder: Path) -> Plan:
    return Plan.model_validate_json((folder / "plan.json").read_text("utf-8"))


def editor_script(tmp_path: Path, body: str, status: int = 0) -> Path:
    """An $EDITOR: a Python script that rewrites the file it is given."""
    script = tmp_path / "editor.py"
    script.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        "text = path.read_text('utf-8')\n"
        f"{body}\n"
        "path.write_text(text, 'utf-8')\n"
        f"sys.exit({status})\n",
        "utf-8",
    )
    return script


def use_editor(monkeypatch: pytest.MonkeyPatch, script: Path) -> None:
    monkeypatch.delenv("VISUAL", raising=False)
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")


# -- accept, reject, status -----------------------------------------------------------------
def test_accept_and_reject_are_recorded_with_before_and_after(example_folder: Path) -> None:
    actions.accept(example_folder, ["1.1"])
    actions.reject(example_folder, "1.2", "措施与问题不对应")
    plan = plan_of(example_folder)
    assert plan.items[0].review.state == "accepted"
    assert (plan.items[1].review.state, plan.items[1].review.reason) == ("rejected", "措施与问题不对应")
    assert all(i.review.state == "open" for i in plan.items[2:])
    assert [(h.action, h.item) for h in plan.history] == [("accept", "1.1"), ("reject", "1.2")]
    assert plan.history[1].before["review"]["state"] == "open"
    assert plan.history[1].after["review"] == {"state": "rejected", "reason": "措施与问题不对应"}
    summary = actions.status(example_folder)
    assert dict(summary.counts) == {"accepted": 1, "rejected": 1, "open": 8}
    assert not (example_folder / "ledger.yaml").exists()  # not every item is accepted yet


def test_accepting_every_item_writes_the_ledger_pinned_to_the_accepted_plan(example_folder: Path) -> None:
    actions.accept(example_folder, ["1.1", "1.2"])
    outcome = actions.accept(example_folder, [], every=True)
    assert outcome.ledger == example_folder / "ledger.yaml"
    ledger, plan, warnings = load_ledger(example_folder / "ledger.yaml", check_statuses=False)
    assert warnings == []  # pinned to the plan as accepted
    assert [i.key for i in ledger.items] == [i.key for i in plan.items]
    assert all(i.review.state == "accepted" for i in plan.items)
    assert [h.item for h in plan.history] == [i.key for i in plan.items]  # each accepted once


def test_reaccepting_after_a_change_keeps_what_the_user_wrote_in_the_ledger(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    actions.accept(example_folder, [], every=True)
    path = example_folder / "ledger.yaml"
    data = yaml.safe_load(path.read_text("utf-8"))
    data["overall"]["other"] = "成立整改工作领导小组。"
    data["items"][0].update(status="已完成", facts="修订学习制度。")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    use_editor(monkeypatch, editor_script(tmp_path, "text = text.replace('整改目标：', '整改目标：全面')"))
    runner.invoke(app, ["review", "edit", "1.3", "-d", str(example_folder)])
    assert plan_of(example_folder).items[2].review.state == "open"  # a change reopens the item
    actions.accept(example_folder, ["1.3"])
    ledger, _, warnings = load_ledger(path, check_statuses=False)
    assert warnings == []
    assert ledger.overall.other == "成立整改工作领导小组。"  # an old free-text overall
    assert (ledger.items[0].status, ledger.items[0].facts) == ("已完成", "修订学习制度。")


def test_a_ledger_from_another_plan_is_moved_aside_not_overwritten(example_folder: Path) -> None:
    (example_folder / "ledger.yaml").write_text("plan: other.json\nplan_sha256: x\nitems: []\n", "utf-8")
    actions.accept(example_folder, [], every=True)
    kept = list(example_folder.glob("ledger.*.yaml.bak"))
    assert len(kept) == 1 and "other.json" in kept[0].read_text("utf-8")
    assert load_ledger(example_folder / "ledger.yaml", check_statuses=False)[0].items


def test_bad_items_and_reasons_change_nothing(example_folder: Path) -> None:
    before = (example_folder / "plan.json").read_bytes()
    with pytest.raises(InputError, match="no item 9.9") as caught:
        actions.accept(example_folder, ["1.1", "9.9"])
    assert "1.1, 1.2" in (caught.value.hint or "")
    with pytest.raises(InputError, match="reason"):
        actions.reject(example_folder, "1.1", "  ")
    assert (example_folder / "plan.json").read_bytes() == before


def test_cli_actions_default_to_the_draft_reviewed_last(
    example_folder: Path, own_home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECTIFY_HOME", str(own_home))
    monkeypatch.setenv("RECTIFY_INDEX__EMBEDDER", "fake")
    assert runner.invoke(app, ["review", str(example_folder), "--fail-on", "never"]).exit_code == 0
    result = runner.invoke(app, ["review", "accept", "2.1"])
    assert result.exit_code == 0, result.output
    assert f"draft: {example_folder.resolve()}" in result.output
    result = runner.invoke(app, ["review", "reject", "2.2", "--reason", "太笼统"])
    assert result.exit_code == 0, result.output
    status = runner.invoke(app, ["review", "status", "--json"])
    data = json.loads(status.stdout)
    assert data["counts"] == {"accepted": 1, "open": 8, "rejected": 1}
    assert data["items"]["2.2"] == {"state": "rejected", "reason": "太笼统", "problem": "农业项目资金管理不规范"}
    assert [h["action"] for h in data["history"]] == ["accept", "reject"]
    missing = runner.invoke(app, ["review", "accept", "7.7"])
    assert missing.exit_code == 1 and "no item 7.7" in missing.output
    table = runner.invoke(app, ["review", "status"])
    assert "rejected" in table.output and "太笼统" in table.output


def test_cli_without_a_draft_says_which_to_give() -> None:
    result = runner.invoke(app, ["review", "accept", "1.1"])
    assert result.exit_code == 1 and "--draft" in result.output


# -- edit -----------------------------------------------------------------------------------
def test_edit_applies_the_saved_text_and_reruns_the_checks(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft_settings: Settings
) -> None:
    body = (
        "import re\n"
        "text = re.sub('责任领导：.*', '责任领导：张副局长', text)\n"
        "text = text.replace('整改目标：', '整改目标：【待补充：时间】前')\n"
        "lines = [l for l in text.splitlines() if not l.startswith('二是')]\n"
        "text = '\\n'.join(lines) + '\\n'"
    )
    use_editor(monkeypatch, editor_script(tmp_path, body))
    old = plan_of(example_folder)
    result = runner.invoke(app, ["review", "edit", "1.1", "-d", str(example_folder)])
    assert result.exit_code == 0, result.output
    new = plan_of(example_folder)
    item, was = new.items[0], old.items[0]
    assert item.leader == "张副局长" != was.leader
    assert [m.text for m in item.measures] == [m.text for i, m in enumerate(was.measures) if i != 1]
    assert new.items[1:] == old.items[1:]  # others untouched
    dropped = set(was.measures[1].citations)
    assert not dropped & {c.n for c in new.citations}  # a citation nothing cites any more goes
    entry = new.history[-1]
    assert entry.action == "edit" and entry.before["leader"] != entry.after["leader"]
    assert "item 1.1" in result.output  # the checks ran again on the item
    assert not list(example_folder.glob(".edit-*"))
    assert "张副局长" in (example_folder / "plan.md").read_text("utf-8")


def test_an_editor_that_fails_changes_nothing(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft_settings: Settings
) -> None:
    before = (example_folder / "plan.json").read_bytes()
    use_editor(monkeypatch, editor_script(tmp_path, "text = 'garbage'", status=3))
    result = runner.invoke(app, ["review", "edit", "1.1", "-d", str(example_folder)])
    assert result.exit_code == 1 and "status 3" in result.output and "nothing" in result.output
    assert (example_folder / "plan.json").read_bytes() == before
    monkeypatch.setenv("EDITOR", str(tmp_path / "no-such-editor"))
    result = runner.invoke(app, ["review", "edit", "1.1", "-d", str(example_folder)])
    assert result.exit_code == 1 and "cannot start the editor" in result.output
    assert (example_folder / "plan.json").read_bytes() == before


def test_an_emptied_or_unchanged_text_changes_nothing(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft_settings: Settings
) -> None:
    before = (example_folder / "plan.json").read_bytes()
    for body in ("text = ''", "pass"):
        use_editor(monkeypatch, editor_script(tmp_path, body))
        result = runner.invoke(app, ["review", "edit", "1.1", "-d", str(example_folder)])
        assert result.exit_code == 0 and "no change" in result.output
    assert (example_folder / "plan.json").read_bytes() == before


def test_an_unreadable_edit_names_the_line_and_keeps_the_text(
    example_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, draft_settings: Settings
) -> None:
    before = (example_folder / "plan.json").read_bytes()
    use_editor(monkeypatch, editor_script(tmp_path, "text = text.replace('完成时限：', '完成时限：明年')"))
    result = runner.invoke(app, ["review", "edit", "1.1", "-d", str(example_folder)])
    assert result.exit_code == 1 and "is not a deadline" in result.output
    kept = example_folder / ".edit-1.1.txt"
    assert kept.exists() and str(kept) in result.output
    assert (example_folder / "plan.json").read_bytes() == before


def test_item_text_round_trip_and_errors(example_plan: PlanResult) -> None:
    plan = example_plan.plan
    item = plan.items[3]
    text = plan_item_text(item, plan.citations)
    assert read_plan_item(text, item, "x") == item
    assert f"# [{item.measures[0].citations[0]}]" in text  # the cited clauses, as help
    with pytest.raises(InputError, match="belongs to no label") as caught:
        read_plan_item(text.replace("整改目标：", "目标："), item, "x.txt")
    assert caught.value.line == text.splitlines().index(
        next(line for line in text.splitlines() if line.startswith("整改目标"))
    ) + 1
    no_measures = "\n".join(  # a measure line ends its sentence, or is a placeholder 【…】
        line for line in text.splitlines() if not line.endswith(("。", "】")) or line.startswith("整改目标")
    )
    with pytest.raises(InputError, match="no measure"):
        read_plan_item(no_measures, item, "x")


@pytest.mark.parametrize(
    ("text", "kind", "date"),
    [("立行立改", "立行立改", None), ("2026年9月底前", "限期整改", "2026-09-30"),
     ("2026-02-15", "限期整改", "2026-02-15"), ("2027年2月", "限期整改", "2027-02-28")],
)
def test_deadlines_as_written(text: str, kind: str, date: str | None) -> None:
    deadline = parse_deadline(text, "x")
    assert deadline.kind == kind and (str(deadline.date) if deadline.date else None) == date


@pytest.mark.parametrize("text", ["明年", "2026年13月底前", "2026-02-30"])
def test_bad_deadlines(text: str) -> None:
    with pytest.raises(InputError, match="not a deadline"):
        parse_deadline(text, "x")


# -- redraft --------------------------------------------------------------------------------
def test_redraft_replaces_one_item_and_avoids_what_was_cited(example_folder: Path, draft_settings: Settings) -> None:
    old = plan_of(example_folder)
    # an item after the first three that drafting could fill (one left open has nothing to
    # avoid), the last such: 2.1's other precedents are another unit's dated meetings, not used
    at = max(i for i, it in enumerate(old.items) if i >= 3 and sum(bool(m.citations) for m in it.measures) >= 3)
    target = old.items[at]
    old_clauses = {(c.precedent_id, c.clause) for c in old.citations}
    excluded = old.citation(target.measures[0].citations[0])
    assert excluded is not None
    result = runner.invoke(
        app,
        ["review", "redraft", target.key, "--hint", "突出制度建设",
         "--exclude-precedent", excluded.notice_id, "-d", str(example_folder)],
    )
    assert result.exit_code == 0, result.output
    new = plan_of(example_folder)
    item = new.items[at]
    assert item.measures and item.measures != target.measures
    assert new.items[:at] == old.items[:at] and new.items[at + 1 :] == old.items[at + 1 :]
    cited = [new.citation(n) for m in item.measures for n in m.citations]
    assert all(c is not None for c in cited)
    assert all(c.notice_id != excluded.notice_id for c in cited if c)
    assert not {(c.precedent_id, c.clause) for c in cited if c} & old_clauses
    assert min(c.n for c in cited if c) > max(c.n for c in old.citations)  # numbering goes on
    assert (item.leader, item.deadline) == (target.leader, target.deadline)
    entry = new.history[-1]
    assert entry.action == "redraft" and "突出制度建设" in entry.note and excluded.notice_id in entry.note
    assert entry.before["measures"] == [m.model_dump() for m in target.measures]


def test_redraft_with_an_unknown_precedent_or_item_is_an_error(example_folder: Path, draft_settings: Settings) -> None:
    before = (example_folder / "plan.json").read_bytes()
    result = runner.invoke(app, ["review", "redraft", "1.1", "--exclude-precedent", "nope", "-d", str(example_folder)])
    assert result.exit_code == 1 and "'nope'" in result.output and "corpus list" in result.output
    result = runner.invoke(app, ["review", "redraft", "8.8", "-d", str(example_folder)])
    assert result.exit_code == 1 and "no item 8.8" in result.output
    assert (example_folder / "plan.json").read_bytes() == before


def test_the_hint_reaches_the_extractive_ranking(example_plan: PlanResult, draft_settings: Settings) -> None:
    plan = example_plan.plan.model_copy(deep=True)
    # 党风廉政建设主体责任: a problem the hint (财经纪律, 公务接待) speaks to
    item: PlanItem = next(i for i in plan.items if i.key == "2.1")
    plain = redraft_item(draft_settings, plan.model_copy(deep=True), item, ExtractiveEngine())
    hinted = redraft_item(
        draft_settings, plan.model_copy(deep=True), item, ExtractiveEngine(),
        hint="严肃财经纪律，规范公务接待和公车管理",
    )
    assert [m.text for m in hinted.measures] != [m.text for m in plain.measures]


def test_an_llm_redraft_sees_the_hint_and_only_new_clauses(example_plan: PlanResult, corpus_home: Path) -> None:
    from assistant.drafting.engines.llm import LLMEngine
    from tests.llm_helpers import FakeToolChatModel, settings_for

    settings = settings_for(corpus_home, key="sk-test", cache=False)
    plan = example_plan.plan.model_copy(deep=True)
    # an item drafting could fill: the redraft has precedents beyond those already cited
    item = next(it for it in plan.items if sum(bool(m.citations) for m in it.measures) >= 3)
    fake = FakeToolChatModel()
    new = redraft_item(settings, plan, item, LLMEngine(settings, chat_model=fake), hint="聚焦基层党支部")
    [(schema, messages)] = fake.calls
    prompt = "\n".join(str(m.content) for m in messages)
    assert schema == "ItemDraft" and "审核人意见（重写本项时须遵循）：聚焦基层党支部" in prompt
    old_clauses = [c.clause for c in example_plan.plan.citations]
    shown = [line for line in prompt.splitlines() if line.startswith("[")]
    assert shown and not any(clause[:20] in line for line in shown for clause in old_clauses)
    assert new.key == item.key and new.measures
