"""Probes (issue 15): the faults a careful tester found, run end to end through the real
`rectify` command in a child process. Each probe asserts the exit code, the message (cause,
place, what to do) and that nothing stored was lost or changed.

Kill -9 and Ctrl-C need a real process; the read-only home and the full disk need a tmpfs
mount (root only: skipped with the reason otherwise); the LLM probes talk to the OpenAI
stub on 127.0.0.1.
"""

from __future__ import annotations

import codecs
import contextlib
import hashlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.draft_helpers import EXAMPLE
from tests.llm_helpers import StubResponder, default_answer
from tests.openai_stub import OpenAIStub

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SMALL = next(CORPUS.glob("000_*.txt"))  # one notice file, 9 kB
KEY = "sk-probe-key-4f1e2d3c4b5a69788796"


# -- running rectify ----------------------------------------------------------------------------
def _env(home: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("RECTIFY_") and k not in ("OPENAI_API_KEY", "OPENAI_BASE_URL")}
    env.update(RECTIFY_HOME=str(home), RECTIFY_INDEX__EMBEDDER="fake", NO_PROXY="127.0.0.1",
               PYTHONPATH=str(ROOT), **extra)
    return env


def rectify(home: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "assistant", *args], env=_env(home, **env),
                          capture_output=True, text=True, timeout=300, cwd=ROOT)


def start(home: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "assistant", *args], env=_env(home),
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (relative path → sha256): what must not change."""
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def catalogued(home: Path) -> set[str]:
    db = sqlite3.connect(home / "vectorstore" / "catalog.sqlite3")
    try:
        return {row[0] for row in db.execute("SELECT id FROM notices")}
    finally:
        db.close()


def wait_for(path: Path, process: subprocess.Popen[str], seconds: float = 300) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists():
        assert process.poll() is None, f"ended before {path.name} appeared: {process.stderr}"
        assert time.monotonic() < deadline, f"{path.name} never appeared"
        time.sleep(0.002)


def refused_everywhere(home: Path, cause: str) -> None:
    """search, check, add and plan each stop with exit 1, the cause and `corpus rebuild`."""
    for args in (["search", "理论学习不深入"], ["corpus", "check"], ["corpus", "add", str(SMALL)],
                 ["plan", str(EXAMPLE), "-o", str(home.parent / "p")]):
        done = rectify(home, *args)
        assert done.returncode == 1, (args, done.stdout, done.stderr)
        assert cause in done.stderr and "rectify corpus rebuild" in done.stderr, done.stderr
        assert "Traceback" not in done.stderr


@pytest.fixture
def home(corpus_home: Path, tmp_path: Path) -> Path:
    """A private copy of the indexed shipped corpus (35 notices)."""
    return Path(shutil.copytree(corpus_home, tmp_path / "probe-home",
                                ignore=shutil.ignore_patterns(".rectify")))


# -- 4. rebuild killed ------------------------------------------------------------------------
def test_rebuild_killed_keeps_everyone_out_until_rebuilt(home: Path) -> None:
    before_ids, sources = catalogued(home), snapshot(home / "corpus")
    marker = home / "vectorstore" / "rebuilding.pid"
    process = start(home, "corpus", "rebuild")
    wait_for(marker, process)
    time.sleep(0.3)  # into the drop and the refill
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert marker.exists()
    refused_everywhere(home, "没有完成")
    assert not (home.parent / "p").exists()
    assert snapshot(home / "corpus") == sources  # the sources are all there to rebuild from
    again = rectify(home, "corpus", "rebuild")
    assert again.returncode == 0, again.stderr
    assert not marker.exists() and catalogued(home) == before_ids
    check = rectify(home, "corpus", "check")
    assert check.returncode == 0 and "一致" in check.stdout, check.stdout + check.stderr


def test_a_running_rebuild_keeps_readers_out(home: Path) -> None:
    marker = home / "vectorstore" / "rebuilding.pid"
    marker.write_text(f"{os.getppid()}\n", encoding="utf-8")  # a live process: "rebuilding"
    done = rectify(home, "search", "理论学习不深入")
    assert done.returncode == 1 and "正在重建" in done.stderr and "等" in done.stderr, done.stderr


# -- 8/9. garbled catalog, read-only home, full disk ---------------------------------------------
def test_garbled_catalog_pages_are_a_clear_error_everywhere(home: Path) -> None:
    catalog = home / "vectorstore" / "catalog.sqlite3"
    data = bytearray(catalog.read_bytes())
    page = int.from_bytes(data[16:18], "big") or 65536
    for at in range(2 * page, len(data), page):  # page 1 (the schema) readable, the rest not
        data[at : at + 64] = b"\xa5" * 64
    catalog.write_bytes(bytes(data))
    sources = snapshot(home / "corpus")
    refused_everywhere(home, "损坏")
    assert snapshot(home / "corpus") == sources


@contextlib.contextmanager
def tmpfs(where: Path, size: str) -> Iterator[Path]:
    where.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root on Linux")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)],
                             capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"this machine does not allow a tmpfs mount: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], check=False)


def test_read_only_home_is_not_called_corrupt(corpus_home: Path, tmp_path: Path) -> None:
    with tmpfs(tmp_path / "ro", "200m") as mount:
        home = Path(shutil.copytree(corpus_home, mount / "home",
                                    ignore=shutil.ignore_patterns(".rectify")))
        before = snapshot(home)
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True)
        for args in (["corpus", "add", str(SMALL)], ["corpus", "check"], ["corpus", "remove", "x"]):
            done = rectify(home, *args)
            assert done.returncode == 1, (args, done.stdout, done.stderr)
            assert "不可写" in done.stderr and "已损坏" not in done.stderr, done.stderr
            assert "rectify corpus rebuild" not in done.stderr
            assert "Traceback" not in done.stderr
        assert snapshot(home) == before


def test_disk_full_during_add_is_a_clear_error_and_loses_nothing(
    corpus_home: Path, tmp_path: Path
) -> None:
    with tmpfs(tmp_path / "full", "4m") as mount:
        home = mount / "home"
        first = rectify(home, "corpus", "add", str(SMALL))
        assert first.returncode == 0, first.stderr
        baseline = catalogued(home)
        done = rectify(home, "corpus", "add", str(CORPUS))  # 1 MB of notices into what is left
        assert done.returncode == 1, done.stdout + done.stderr
        assert "磁盘已满" in done.stderr and "Traceback" not in done.stderr, done.stderr
        subprocess.run(["mount", "-o", "remount,size=400m", str(mount)], check=True)
        check = rectify(home, "corpus", "check")
        assert check.returncode == 0 and "一致" in check.stdout, check.stdout + check.stderr
        assert baseline <= catalogued(home)


# -- 11. Ctrl-C during add --------------------------------------------------------------------------
def test_ctrl_c_during_add_says_what_was_added_and_how_to_finish(tmp_path: Path) -> None:
    home = tmp_path / "home"
    assert rectify(home, "corpus", "add", str(SMALL)).returncode == 0
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    for name in ("002", "003", "004"):
        shutil.copy(next(CORPUS.glob(f"{name}_*.txt")), incoming / f"{name}.txt")
    process = start(home, "corpus", "add", str(incoming))
    wait_for(home / "vectorstore" / "pending-write.json", process)
    process.send_signal(signal.SIGINT)
    _, err = process.communicate(timeout=300)
    if process.returncode == 0:
        pytest.skip("the add finished before the interrupt landed")
    assert process.returncode == 130, err
    assert "已中断" in err and "条通知" in err and "再次运行同一条" in err, err
    assert not (home / "vectorstore" / "pending-write.json").exists()
    finish = rectify(home, "corpus", "add", str(incoming))
    assert finish.returncode == 0, finish.stderr
    assert rectify(home, "corpus", "check").returncode == 0


# -- 12. minor: UTF-16 without BOM, size limit, a looping symlink ----------------------------------
def test_utf16_without_bom_is_read(tmp_path: Path) -> None:
    text = SMALL.read_text(encoding="utf-8")
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.txt"
        path.write_bytes(text.encode(encoding))
        assert not path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
        done = rectify(tmp_path / "home", "corpus", "add", "--dry-run", str(path))
        assert done.returncode == 0, done.stdout + done.stderr
        assert "binary" not in done.stdout + done.stderr


def test_a_file_over_the_size_limit_is_refused_with_the_setting_named(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(SMALL.read_text(encoding="utf-8") * 20, encoding="utf-8")  # ~180 kB
    home = tmp_path / "home"
    done = rectify(home, "corpus", "add", str(big), RECTIFY_CORPUS__MAX_FILE_MB="0.1")
    assert done.returncode == 1
    out = done.stdout + done.stderr
    assert "文件太大" in out and "RECTIFY_CORPUS__MAX_FILE_MB" in out and "big.txt" in out
    assert not (home / "vectorstore" / "catalog.sqlite3").exists() or not catalogued(home)


def test_a_self_looping_symlink_is_listed_not_skipped(tmp_path: Path) -> None:
    folder = tmp_path / "notices"
    folder.mkdir()
    shutil.copy(SMALL, folder / "notice.txt")
    os.symlink("loop.txt", folder / "loop.txt")  # points at itself
    done = rectify(tmp_path / "home", "corpus", "add", "--dry-run", str(folder))
    out = done.stdout + done.stderr
    assert done.returncode == 1 and "loop.txt" in out and "符号链接" in out, out


# -- 2/7/10. a misbehaving model server ------------------------------------------------------------
def _only_items(reply: Any) -> Any:
    """A responder answering every ItemDraft with ``reply``, the rest sensibly."""
    def responder(body: dict[str, Any]) -> dict[str, Any] | str:
        name = str(body["tools"][0]["function"]["name"])
        if name != "ItemDraft":
            human = str(body["messages"][-1]["content"])
            return {"tool_call": {"name": name, "arguments": default_answer(name, human)}}
        if isinstance(reply, str):
            return reply
        if isinstance(reply, Exception):
            raise reply
        return {"tool_call": {"name": name, **reply}}
    return responder


@pytest.mark.server
@pytest.mark.enable_socket
@pytest.mark.allow_hosts(["127.0.0.1"])
def test_misbehaving_model_server(home: Path, tmp_path: Path) -> None:
    catalog = catalogued(home), snapshot(home / "corpus")
    cases = [
        ({"arguments": {"goal": "", "measures": []}}, "整改目标（goal）为空"),
        ({"arguments": {"goal": "整改到位。", "measures": []}}, "整改措施"),
        ("好的，以下是整改措施：一、加强学习。", "一段文字而不是工具调用"),
        ({"arguments": '{"goal": "x", "measures": [}'}, "无法解析"),
        (RuntimeError(f"Incorrect API key provided: {KEY}"), "出错（500）"),
    ]
    for n, (reply, said) in enumerate(cases):
        out = tmp_path / f"plan{n}"
        with OpenAIStub(responder=_only_items(reply)) as stub:
            host = stub.base_url.split("://", 1)[1]
            done = rectify(home, "plan", str(EXAMPLE), "-o", str(out), "--engine", "llm",
                           OPENAI_API_KEY=KEY, OPENAI_BASE_URL=f"http://probe:{KEY}@{host}",
                           RECTIFY_LLM__MAX_RETRIES="0")
        assert done.returncode == 1, (reply, done.stdout, done.stderr)
        assert said in done.stderr and "Traceback" not in done.stderr, done.stderr
        assert ": None" not in done.stderr
        assert KEY not in done.stdout + done.stderr
        assert not (out / "plan.json").exists()
    with OpenAIStub(responder=StubResponder()) as stub:
        bad = rectify(home, "plan", str(EXAMPLE), "-o", str(tmp_path / "bad"), "--engine", "llm",
                      OPENAI_API_KEY=KEY, OPENAI_BASE_URL="::::")
    assert bad.returncode == 1 and "OPENAI_BASE_URL" in bad.stderr, bad.stderr
    assert "Traceback" not in bad.stderr
    assert (catalogued(home), snapshot(home / "corpus")) == catalog  # nothing stored changed
    for path in [*home.rglob("*"), *tmp_path.rglob("*")]:  # the whole home, and the drafts
        if path.is_file():
            assert KEY.encode() not in path.read_bytes(), path
