"""Benchmark: drafting a plan for a 20-problem feedback.

1. Extractive engine on the shipped corpus indexed with the default embedder (e5): the first
   plan in a fresh process (cold: index opening and e5 model loading included) and a second
   plan in the same process (warm). Target: warm < 5 s.
2. LLM engine against ``tests/openai_stub.py`` answering each call after 1 s, concurrency 8,
   cache off: wall time of the whole plan (target < 5 s; langchain_openai already imported,
   its import time reported apart) and prompt tokens per item, counted
   with ``count_tokens`` on the request messages the stub recorded (target < 3,000; the
   tool schema sent alongside is reported apart, the engine's budget does not count it).

The index is built once into a temporary home (about 60 s, in a child process so that the
measured process starts cold), or taken from ``$RECTIFY_BENCH_HOME`` if set (built there
first if that home has no catalog yet).

Run: .venv/bin/python bench/bench_draft.py
"""

from __future__ import annotations

import importlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # for tests.openai_stub

from common import CORPUS, ROOT, max_rss_mb, record, timed  # noqa: E402

from assistant.drafting.service import PlanResult, draft_plan  # noqa: E402
from assistant.index.tokens import count_tokens  # noqa: E402
from assistant.settings import Settings, load_settings  # noqa: E402
from tests.llm_helpers import StubResponder, request_text  # noqa: E402
from tests.openai_stub import OpenAIStub  # noqa: E402

EXAMPLE = ROOT / "examples" / "feedback.yaml"
LLM_DELAY_S = 1.0
LLM_CONCURRENCY = 8

# Ten more problems (a fourth category) on top of the example's ten leaves.
EXTRA_PROBLEMS: list[tuple[str, str]] = [
    ("调查研究不够深入", "领导班子成员到基层调研次数偏少，调研报告质量不高，调研成果转化运用不够。"),
    ("形式主义官僚主义问题仍然存在", "文件会议偏多，督查检查考核频次过多，基层负担较重。"),
    ("财务管理制度执行不严", "部分报销票据不规范，存在白条入账、审批手续不全等问题。"),
    ("政府采购管理不规范", "部分采购项目未按规定履行程序，存在化整为零规避公开招标现象。"),
    ("党员教育管理不够严格", "党员学习教育不够经常，部分党员党费缴纳不及时、不足额。"),
    ("干部作风不够扎实", "部分干部服务意识不强，办事效率不高，群众反映办事难。"),
    ("安全生产监管存在薄弱环节", "农业安全生产隐患排查不彻底，整改闭环管理不到位。"),
    ("国有资产管理不规范", "固定资产账实不符，部分资产长期闲置，新购资产未及时登记入账。"),
    ("民主集中制执行不到位", "“三重一大”事项集体决策制度落实不严格，个别事项未经党组会研究。"),
    ("信访问题处置不及时", "群众信访事项办理不及时，部分问题久拖未决，答复群众不够规范。"),
]


def feedback_20(folder: Path) -> Path:
    """examples/feedback.yaml (10 leaves) plus a category of ten more problems."""
    data: dict[str, Any] = yaml.safe_load(EXAMPLE.read_text("utf-8"))
    data["feedback"].append(
        {
            "category": "巡察发现的其他突出问题",
            "problems": [{"title": t, "detail": d} for t, d in EXTRA_PROBLEMS],
        }
    )
    path = folder / "feedback-20.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def build_index(home: Path) -> float:
    """Index the corpus with e5 into ``home`` in a child process; seconds taken."""
    code = (
        "import sys; from pathlib import Path; from assistant.index import sync; "
        "from assistant.settings import load_settings; "
        "s = load_settings(home=Path(sys.argv[1]), index={'embedder': 'e5'}); "
        "r = sync.add_to_corpus(s, sorted(Path(sys.argv[2]).glob('*.txt'))); "
        "print(r.count('added'))"
    )
    seconds, done = timed(
        lambda: subprocess.run(
            [sys.executable, "-c", code, str(home), str(CORPUS)],
            cwd=ROOT,
            check=True,
            capture_output=True,
            text=True,
        )
    )
    print(f"indexed {done.stdout.strip()} notices with e5 into {home} in {seconds:.1f} s")
    return float(seconds)


def extractive(settings: Settings, feedback: Path, out: Path) -> dict[str, Any]:
    cold_s, result = timed(lambda: draft_plan(settings, feedback, out / "cold", engine_name="extractive"))
    warm_s, _ = timed(lambda: draft_plan(settings, feedback, out / "warm", engine_name="extractive"))
    plan = result.plan
    return {
        "problems": len(plan.items),
        "measures": sum(len(i.measures) for i in plan.items),
        "citations": len(plan.citations),
        "cold_s": round(cold_s, 2),
        "warm_s": round(warm_s, 2),
        "target_warm_s": 5,
    }


def llm(settings: Settings, feedback: Path, out: Path) -> dict[str, Any]:
    # a one-off cost of the first LLM draft in a process, reported apart from the wall time
    import_s, _ = timed(lambda: importlib.import_module("langchain_openai"))
    with OpenAIStub(responder=StubResponder(), delay_s=LLM_DELAY_S) as stub:
        stub_settings = load_settings(
            home=settings.home,
            index={"embedder": "e5"},
            llm={"concurrency": LLM_CONCURRENCY, "cache": False},
            openai_api_key="sk-bench",
            openai_base_url=stub.base_url,
        )
        started = time.perf_counter()  # the stub stamps requests with the same clock
        result: PlanResult = draft_plan(stub_settings, feedback, out / "llm", engine_name="llm")
        ended = time.perf_counter()
        requests = list(stub.requests)
    items = [r for r in requests if r["body"]["tools"][0]["function"]["name"] == "ItemDraft"]
    tokens = [count_tokens(request_text(r["body"])) for r in items]
    tool_tokens = count_tokens(json.dumps(items[0]["body"]["tools"], ensure_ascii=False))
    first = min(r["start"] for r in requests)
    last = max(r["end"] or r["start"] for r in requests)
    items_end = max(r["end"] or r["start"] for r in items)
    return {
        "problems": len(result.plan.items),
        "calls": len(requests),
        "server_delay_s": LLM_DELAY_S,
        "concurrency": LLM_CONCURRENCY,
        "max_in_flight": stub.max_in_flight,
        "langchain_openai_import_s": round(import_s, 2),
        "wall_s": round(ended - started, 2),
        "before_first_call_s": round(first - started, 2),
        "item_calls_s": round(items_end - first, 2),
        "between_items_and_front_matter_s": round(
            min(r["start"] for r in requests if r not in items) - items_end, 2
        ),
        "after_last_call_s": round(ended - last, 2),
        "prompt_tokens_per_item_mean": round(statistics.mean(tokens)),
        "prompt_tokens_per_item_max": max(tokens),
        "tool_schema_tokens": tool_tokens,
        "target_wall_s": 5,
        "target_prompt_tokens": 3000,
    }


def run(home: Path, built_s: float | None) -> None:
    os.environ["NO_PROXY"] = ",".join(filter(None, [os.environ.get("NO_PROXY"), "127.0.0.1"]))
    settings = load_settings(home=home, index={"embedder": "e5"})
    with tempfile.TemporaryDirectory(prefix="rectify-bench-draft-") as tmp:
        out = Path(tmp)
        feedback = feedback_20(out)
        figures = extractive(settings, feedback, out)
        if built_s is not None:
            figures["index_build_s"] = round(built_s, 1)
        figures["max_rss_mb"] = max_rss_mb()
        record("draft_plan_extractive_e5", figures)
        record("draft_plan_llm_stub", llm(settings, feedback, out))


def main() -> None:
    given = os.environ.get("RECTIFY_BENCH_HOME")
    if given:
        home = Path(given).expanduser().resolve()
        built = None
        if not (home / "vectorstore" / "catalog.sqlite3").exists():
            home.mkdir(parents=True, exist_ok=True)
            built = build_index(home)
        run(home, built)
        return
    with tempfile.TemporaryDirectory(prefix="rectify-bench-") as tmp:
        home = Path(tmp)
        run(home, build_index(home))


if __name__ == "__main__":
    main()
