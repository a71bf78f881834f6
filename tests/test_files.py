"""Files written atomically get the mode the user's umask gives (0644 under umask 022), so
a colleague in the group can open a draft; a private umask keeps them private."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from assistant.draft_folder import PLAN_MD, plan_files, save
from assistant.drafting.service import PlanResult
from assistant.export.writing import write_export
from assistant.files import leftover_temps, write_atomic


@pytest.fixture
def umask(request: pytest.FixtureRequest) -> Iterator[int]:
    old = os.umask(request.param)
    try:
        yield request.param
    finally:
        os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)], indirect=["umask"])
def test_drafted_plan_md_follows_the_umask(
    umask: int, mode: int, example_plan: PlanResult, tmp_path: Path
) -> None:
    # the way `rectify plan` and review actions save a plan
    written = save(tmp_path / "draft", plan_files(example_plan.plan))
    assert {p.name for p in written} == {"plan.json", PLAN_MD}
    assert _mode(tmp_path / "draft" / PLAN_MD) == mode
    assert not [p for p in (tmp_path / "draft").iterdir() if p.name.startswith(".")]


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o077, 0o600)], indirect=["umask"])
def test_an_export_follows_the_umask(umask: int, mode: int, tmp_path: Path) -> None:
    target = write_export(tmp_path / "plan.docx", b"PK")
    assert target.read_bytes() == b"PK"
    assert _mode(target) == mode


def test_replacing_keeps_nothing_behind(tmp_path: Path) -> None:
    path = tmp_path / "ledger.yaml"
    write_atomic(path, "old")
    write_atomic(path, "新的")
    assert path.read_text(encoding="utf-8") == "新的"
    assert leftover_temps(path) == []
    (tmp_path / ".ledger.yaml.0badcafe.tmp").write_text("cut short")
    assert [p.name for p in leftover_temps(path)] == [".ledger.yaml.0badcafe.tmp"]
