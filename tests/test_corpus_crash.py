"""A real `rectify corpus add` killed mid-write, then `rectify corpus check`: the catalog,
the vector store and corpus/ agree, holding every source entirely or not at all.

An uninterrupted add is timed first; then, from the same starting state each time, the
process is interrupted at fractions of that time after its first write was journaled —
before any commit, between the two groups it writes, after both. Wherever the kill lands,
the next command settles the journal; Ctrl-C (SIGINT) is settled by the interrupted process
itself.
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from assistant.corpus import parse_file

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
# 004 (32 notices, 749 items) first: it is written as one group, 002 and 003 as a second,
# so a kill can land before any commit, between the two groups, or after both
INCOMING = {"a_004.txt": "004", "b_002.txt": "002", "c_003.txt": "003"}
JOURNAL = Path("vectorstore") / "pending-write.json"


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "RECTIFY_HOME": str(home), "RECTIFY_INDEX__EMBEDDER": "fake"}


def _rectify(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "assistant", *args],
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=300,
    )


def _start(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )


def _copies(tmp_path: Path, names: dict[str, str], folder: str) -> Path:
    target = tmp_path / folder
    target.mkdir()
    for name, prefix in names.items():
        (source,) = CORPUS.glob(f"{prefix}_*.txt")
        shutil.copy(source, target / name)
    return target


def _catalogued(home: Path) -> set[str]:
    db = sqlite3.connect(home / "vectorstore" / "catalog.sqlite3")
    try:
        return {row[0] for row in db.execute("SELECT id FROM notices")}
    finally:
        db.close()


def _ids_by_file(folder: Path) -> dict[str, set[str]]:
    return {p.name: {n.id for n in parse_file(p).notices} for p in sorted(folder.iterdir())}


def _wait_for_journal(home: Path, process: subprocess.Popen[str], seconds: float = 300) -> float | None:
    """When the first write was journaled (None if the process ended before writing)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if (home / JOURNAL).exists():
            return time.monotonic()
        if process.poll() is not None:
            return None
        time.sleep(0.002)
    raise AssertionError("the add never started writing")


def _assert_consistent(home: Path, by_file: dict[str, set[str]], baseline: set[str]) -> set[str]:
    check = _rectify(home, "corpus", "check")
    assert check.returncode == 0 and "目录、索引和 corpus/ 一致" in check.stdout, (
        check.stdout + check.stderr
    )
    assert not (home / JOURNAL).exists()
    held = _catalogued(home)
    assert baseline <= held
    for name, ids in by_file.items():  # all or nothing per source
        assert ids <= held or not ids & held, f"{name} half stored"
        assert (home / "corpus" / name).exists() == (ids <= held), name
    return held


# Where the interruption lands, as fractions of the uninterrupted writing time: a kill before
# any commit, one between the two groups, Ctrl-C mid-write, a kill after both commits.
INTERRUPTIONS = (("SIGKILL", 0.0), ("SIGKILL", 0.5), ("SIGINT", 0.3), ("SIGKILL", 0.98))


def test_an_add_interrupted_mid_write_leaves_one_state_or_the_other(
    tmp_path: Path, isolated_home: Path
) -> None:
    baseline_home = tmp_path / "baseline"
    first = _copies(tmp_path, {"000.txt": "000"}, "first")
    incoming = _copies(tmp_path, INCOMING, "incoming")
    by_file = _ids_by_file(incoming)
    done = _rectify(baseline_home, "corpus", "add", str(first))
    assert done.returncode == 0, done.stderr
    baseline = _catalogued(baseline_home)

    # how long the writing takes, uninterrupted (from the first journal to the exit)
    shutil.copytree(baseline_home, isolated_home, dirs_exist_ok=True)
    process = _start(isolated_home, "corpus", "add", str(incoming))
    began = _wait_for_journal(isolated_home, process)
    process.communicate(timeout=300)
    assert process.returncode == 0 and began is not None
    writing = time.monotonic() - began

    landed: list[int] = []
    for signal_name, fraction in INTERRUPTIONS:
        shutil.rmtree(isolated_home)
        shutil.copytree(baseline_home, isolated_home)
        process = _start(isolated_home, "corpus", "add", str(incoming))
        if _wait_for_journal(isolated_home, process) is not None:
            time.sleep(fraction * writing)
            process.send_signal(getattr(signal, signal_name))
        _, err = process.communicate(timeout=300)
        if signal_name == "SIGINT" and process.returncode != 0:
            # settled by the interrupted process itself, before `check` runs
            assert not (isolated_home / JOURNAL).exists(), err
        landed.append(len(_assert_consistent(isolated_home, by_file, baseline)))
    print(f"\n{INTERRUPTIONS} of {writing:.1f} s: notices held {landed}")

    finished = _rectify(isolated_home, "corpus", "add", str(incoming))
    assert finished.returncode == 0, finished.stderr
    assert _assert_consistent(isolated_home, by_file, baseline) == baseline.union(*by_file.values())
    assert len(_catalogued(isolated_home)) == 35


def test_two_adds_at_once(tmp_path: Path, isolated_home: Path) -> None:
    """The second waits for the lock (or says clearly that it could not); nothing is lost."""
    home = isolated_home
    a = _copies(tmp_path, {"000.txt": "000", "004.txt": "004"}, "a")
    b = _copies(tmp_path, {"002.txt": "002", "003.txt": "003"}, "b")
    processes = [_start(home, "corpus", "add", str(folder)) for folder in (a, b)]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in processes]
    added = set()
    for (code, err), folder in zip(results, (a, b), strict=True):
        assert code == 0 or "另一个 rectify 命令正在写入" in err, err
        if code == 0:
            added |= set().union(*_ids_by_file(folder).values())
    check = _rectify(home, "corpus", "check")
    assert check.returncode == 0 and "一致" in check.stdout, check.stdout
    assert _catalogued(home) == added
