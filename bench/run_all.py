"""Run every benchmark (`make bench`), one after the other, each in its own process.

Each script merges its figures into bench/results.json; this runner adds the machine they
were measured on and prints the Markdown table the README carries. bench_scale.py also
writes bench/scale.png (search latency against 1k, 3k and 10k notices).

bench_draft.py and bench_support.py share one e5 index of the shipped corpus (built once
into a temporary home, passed as $RECTIFY_BENCH_HOME) instead of building one each.
The whole run takes over an hour on 2 cores, most of it the scale benchmark (about 25 min,
the 10k point) and the 1,000-notice add with e5 (about 35 min); `--only`/`--skip` pick
benchmarks, `--table` only prints the table.

Run: .venv/bin/python bench/run_all.py [--only parse index ...] [--skip scale add] [--table]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import RESULTS, ROOT, record  # noqa: E402

BENCH = ROOT / "bench"
# name → script (and its arguments), in the order they run
SCRIPTS: dict[str, list[str]] = {
    "parse": ["bench_parse.py"],
    "index": ["bench_index.py"],
    "draft": ["bench_draft.py"],
    "support": ["bench_support.py"],
    "scale": ["bench_scale.py"],
    "add": ["bench_add.py"],
}


def machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:  # the model name says more than "x86_64" where /proc exists
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "system": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "date": dt.date.today().isoformat(),
    }


def run(names: list[str]) -> None:
    record("machine", machine())
    with tempfile.TemporaryDirectory(prefix="rectify-bench-all-") as tmp:
        env = dict(os.environ)
        env.setdefault("RECTIFY_BENCH_HOME", str(Path(tmp) / "home"))
        for name in names:
            script = BENCH / SCRIPTS[name][0]
            if not script.exists():
                print(f"== {name}: {script.name} missing, skipped", flush=True)
                continue
            print(f"== {name}: {script.name}", flush=True)
            started = time.perf_counter()
            subprocess.run(
                [sys.executable, str(script), *SCRIPTS[name][1:]], cwd=ROOT, env=env, check=True
            )
            print(f"== {name}: {time.perf_counter() - started:.0f} s", flush=True)


def _get(data: dict[str, Any], *path: str) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def table(data: dict[str, Any]) -> str:
    """The README's table: one line per figure that results.json holds."""
    rows: list[tuple[str, str]] = []

    def add(label: str, value: Any, unit: str = "") -> None:
        if value is not None:
            rows.append((label, f"{value}{unit}"))

    add("parse the shipped corpus (35 notices)", _get(data, "parse_corpus", "warm_best_s"), " s")
    add("index build, e5 (871 items)", _get(data, "index_build_and_query_e5", "build_s"), " s")
    p50 = _get(data, "index_build_and_query_e5", "p50_ms")
    p95 = _get(data, "index_build_and_query_e5", "p95_ms")
    if p50 is not None:
        rows.append(("search latency, e5, warm (p50 / p95)", f"{p50} / {p95} ms"))
    add("plan of 20 problems, extractive, warm", _get(data, "draft_plan_extractive_e5", "warm_s"), " s")
    add("plan of 20 problems, LLM stub (1 s/call, 8 parallel)", _get(data, "draft_plan_llm_stub", "wall_s"), " s")
    for point in _get(data, "scale_fake_embeddings", "points") or []:
        rows.append(
            (
                f"search p50 / p95 at {point['notices']:,} notices (fake embeddings)",
                f"{point['p50_ms']} / {point['p95_ms']} ms, peak RSS {point['peak_rss_mb']:.0f} MB",
            )
        )
    for key, value in sorted(data.items()):
        if key.startswith("corpus_add_") and isinstance(value, dict):
            rows.append(
                (
                    f"corpus add of {value.get('notices')} notices ({key.rsplit('_', 1)[-1]})",
                    f"{value.get('total_s')} s, {value.get('notices_per_s')} notices/s",
                )
            )
    m = data.get("machine")
    if m:
        head = f"Measured {m['date']} on {m['cpu']}, {m['cores']} cores, Python {m['python']}."
    else:  # figures from single scripts: their machine was not recorded
        here = machine()
        head = f"Machine not recorded (run bench/run_all.py); this one: {here['cpu']}, {here['cores']} cores."
    lines = [head, "", "| benchmark | figure |", "|---|---|"]
    lines += [f"| {label} | {value} |" for label, value in rows]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--only", nargs="+", choices=list(SCRIPTS), help="run only these")
    parser.add_argument("--skip", nargs="+", choices=list(SCRIPTS), default=[], help="skip these")
    parser.add_argument("--table", action="store_true", help="only print the README table")
    args = parser.parse_args()
    if not args.table:
        run([n for n in (args.only or list(SCRIPTS)) if n not in args.skip])
    print()
    print(table(json.loads(RESULTS.read_text("utf-8")) if RESULTS.exists() else {}))


if __name__ == "__main__":
    main()
