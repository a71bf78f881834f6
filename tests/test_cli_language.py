"""The CLI speaks Chinese by default and English on request: every command's --help and a
sample of errors, each language in a fresh process (the language is chosen at start-up)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs in a fresh interpreter: --help of every command and sub-command, then the errors.
_SCRIPT = r"""
import json, sys
import typer.main
from typer.testing import CliRunner
from assistant.cli import app

ERRORS = [
    ["corpus", "nosuch"],
    ["search"],
    ["search", "  "],
    ["corpus", "list", "--k", "2"],
    ["corpus", "show", "zzzz"],
    ["review", "check", "nowhere", "--fail-on", "sometimes"],
    ["search", "x", "--k", "many"],
    ["eval", "drafting", "--engine", "llm"],
]

def walk(command, path):
    yield path
    for name, sub in getattr(command, "commands", {}).items():
        yield from walk(sub, [*path, name])

runner = CliRunner()
out = {}
for path in walk(typer.main.get_command(app), []):
    out[" ".join([*path, "--help"])] = runner.invoke(app, [*path, "--help"], prog_name="rectify").output
for args in ERRORS:
    result = runner.invoke(app, args, prog_name="rectify")
    out[" ".join(args)] = f"[exit {result.exit_code}] " + result.output
print(json.dumps(out, ensure_ascii=False))
"""

ERROR_KEYS = [
    "corpus nosuch",
    "search",
    "search   ",
    "corpus list --k 2",
    "corpus show zzzz",
    "review check nowhere --fail-on sometimes",
    "search x --k many",
    "eval drafting --engine llm",
]

# What may stay ASCII in Chinese output: option names, metavars and types, paths and file
# names, environment variables, `rectify …` command lines, formats and metric names.
_ALLOWED = [
    r"`[^`]*`",
    r"rectify(?: [\w./<>-]+)*",
    r"--?[\w-]+",
    r"<[^>]*>",
    r"\{[^}]*\}",
    r"\[[A-Z_ .]+\]",
    r"\b[A-Z][A-Z0-9_]+\b",
    r"[\w.-]*[/.][\w./-]*",
    r"\bhttps?\b",
    r"\b(?:OPTIONS|COMMAND|ARGS|extractive|llm|error|warning|never|docx|xlsx|md|yaml)\b",
    r"\bEDITOR=\w+",
]
_ENGLISH_RUN = re.compile(r"[A-Za-z][A-Za-z']*(?:[ ,:;]+[A-Za-z][A-Za-z']*){2,}")


def english_runs(text: str) -> list[str]:
    """Runs of three or more English words left once the allowed ASCII is taken out."""
    text = re.sub(r"[│╭╮╰╯─]", " ", text)
    for pattern in _ALLOWED:
        text = re.sub(pattern, " ", text)
    return _ENGLISH_RUN.findall(text)


def run_cli(language: str | None, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "RECTIFY_LANG")}
    if language:
        env["RECTIFY_LANG"] = language
    env.update(RECTIFY_HOME=str(home), PYTHONPATH=str(ROOT), COLUMNS="100", TERMINAL_WIDTH="100")
    done = subprocess.run([sys.executable, "-c", _SCRIPT], capture_output=True, text=True,
                          env=env, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    outputs: dict[str, str] = json.loads(done.stdout)
    return outputs


@pytest.fixture(scope="module")
def chinese(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return run_cli(None, tmp_path_factory.mktemp("home-zh"))


@pytest.fixture(scope="module")
def english(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    return run_cli("en", tmp_path_factory.mktemp("home-en"))


def test_the_heuristic_catches_an_english_sentence() -> None:
    assert english_runs("错误：the query is empty") == ["the query is empty"]
    assert english_runs("用法：rectify corpus add [OPTIONS] {sources}... 见 `rectify plan`") == []
    assert english_runs("--home  <path>  存放 corpus/ 和 vectorstore/ 的文件夹。") == []


def test_every_help_and_error_is_chinese_by_default(chinese: dict[str, str]) -> None:
    helps = [key for key in chinese if key.endswith("--help")]
    assert len(helps) >= 20  # rectify, corpus ×8, search, plan, report, review ×7, export…
    for key in [*helps, *ERROR_KEYS]:
        text = chinese[key]
        assert re.search(r"[\u4e00-\u9fff]", text), (key, text)
        assert english_runs(text) == [], (key, english_runs(text), text)
    assert "用法：" in chinese["--help"] and "显示本帮助并退出。" in chinese["--help"]
    assert "<bool>" not in chinese["corpus add --help"]
    assert "文件夹（递归读取）" in chinese["corpus add --help"]  # folded, not cut with …
    assert "缺少参数 query" in chinese["search"]
    assert "没有命令 nosuch" in chinese["corpus nosuch"]
    assert "错误：" in chinese["search   "] and "[exit 1]" in chinese["search   "]


def test_commands_are_listed_in_workflow_order(chinese: dict[str, str]) -> None:
    text = chinese["--help"]
    names = ["corpus", "plan", "review", "report", "export", "search", "eval"]
    positions = [re.search(rf"^│ {name} ", text, re.M) for name in names]
    assert all(positions), text
    assert [p.start() for p in positions if p] == sorted(p.start() for p in positions if p)


def test_english_on_request(english: dict[str, str]) -> None:
    for key in [*[k for k in english if k.endswith("--help")], *ERROR_KEYS]:
        text = english[key]
        # Chinese may remain only as terms quoted in the help (整改方案, 巡察 …), never a
        # whole Chinese sentence.
        assert not re.search(r"[\u4e00-\u9fff，。；：]{12,}", text), (key, text)
    assert "Usage:" in english["--help"] and "Show this message and exit." in english["--help"]
    assert "Missing argument 'query'." in english["search"]
    assert "error: the query is empty" in english["search   "]
