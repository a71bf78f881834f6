"""`rectify review` on real draft folders: exit codes, JSON, bad folders."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from assistant.cli import app
from assistant.settings import Settings

runner = CliRunner()


@pytest.fixture
def plan_folder(example_folder: Path, draft_settings: Settings) -> Path:
    """A copy of the drafted example plan; the CLI sees the indexed corpus."""
    return example_folder


def test_review_gates_on_the_chosen_severity(plan_folder: Path) -> None:
    strict = runner.invoke(app, ["review", str(plan_folder)])
    assert strict.exit_code == 1  # the example still has placeholders to fill
    assert "placeholder" in strict.output and "item 1." in strict.output
    relaxed = runner.invoke(app, ["review", str(plan_folder), "--fail-on", "never"])
    assert relaxed.exit_code == 0
    bad = runner.invoke(app, ["review", str(plan_folder), "--fail-on", "sometimes"])
    assert bad.exit_code == 1 and "--fail-on" in bad.output


def test_review_json_lists_findings_by_check(plan_folder: Path) -> None:
    result = runner.invoke(app, ["review", str(plan_folder), "--json", "--fail-on", "never"])
    findings = json.loads(result.stdout)
    checks = {f["check"] for f in findings}
    assert "placeholder" in checks  # the example plan's 【待补充】 facts, item by item
    # what else the fake-embedding draft may carry: items left open and clauses to reword
    assert checks <= {"placeholder", "too_few_fitting", "not_a_measure", "weak_fit"}
    placeholders = [f for f in findings if f["check"] == "placeholder"]
    assert all(f["severity"] == "error" and f["item"] for f in placeholders if f["item"])


def test_review_refuses_what_is_not_a_draft(draft_settings: Settings, tmp_path: Path) -> None:
    result = runner.invoke(app, ["review", str(tmp_path)])
    assert result.exit_code == 1 and "neither plan.json nor report.json" in result.output
    folder = tmp_path / "old"
    folder.mkdir()
    (folder / "plan.json").write_text(json.dumps({"kind": "plan", "version": 0}), "utf-8")
    result = runner.invoke(app, ["review", str(folder)])
    assert result.exit_code == 1 and "not a plan written by this version of rectify" in result.output
