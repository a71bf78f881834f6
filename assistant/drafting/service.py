"""The drafting workflow as the CLI runs it: read the input, draft, write the folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.drafting.engine import Engine
from assistant.drafting.engines import make_engine
from assistant.drafting.feedback import load_feedback
from assistant.drafting.ledger import LEDGER_NAME, PLAN_NAME, ledger_template, load_ledger
from assistant.drafting.models import Plan, Report
from assistant.drafting.outputs import write_files
from assistant.drafting.plan import build_plan, name_guard
from assistant.drafting.render import plan_markdown, report_markdown
from assistant.drafting.report import build_report
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings


@dataclass
class PlanResult:
    folder: Path
    plan: Plan
    written: list[Path]
    kept: list[Path] = field(default_factory=list)


@dataclass
class ReportResult:
    folder: Path
    report: Report
    written: list[Path]
    warnings: list[str] = field(default_factory=list)


def draft_plan(
    settings: Settings,
    feedback_path: Path,
    folder: Path,
    *,
    engine_name: str | None = None,
    engine: Engine | None = None,
    index: PrecedentIndex | None = None,
) -> PlanResult:
    feedback = load_feedback(feedback_path)
    guard = name_guard(settings, feedback)
    if engine is None:
        engine = make_engine(settings, engine_name, foreign_names=lambda t: len(guard.find(t)))
    plan = build_plan(settings, feedback, engine, index=index, guard=guard)
    plan_json = plan.model_dump_json(indent=2)
    files = {
        PLAN_NAME: plan_json + "\n",
        "plan.md": plan_markdown(plan),
        LEDGER_NAME: ledger_template(plan, plan_json + "\n"),
    }
    written = write_files(folder, files, keep_existing={LEDGER_NAME})
    kept = [folder / name for name in files if folder / name not in written]
    return PlanResult(folder=folder, plan=plan, written=written, kept=kept)


def draft_report(
    settings: Settings,
    ledger_path: Path,
    folder: Path | None = None,
    *,
    engine_name: str | None = None,
    engine: Engine | None = None,
) -> ReportResult:
    ledger, plan, warnings = load_ledger(ledger_path)
    if engine is None:
        engine = make_engine(settings, engine_name)
    report = build_report(settings, plan, ledger, engine)
    folder = folder or ledger_path.parent
    files = {
        "report.json": report.model_dump_json(indent=2) + "\n",
        "report.md": report_markdown(report),
    }
    return ReportResult(folder, report, write_files(folder, files), warnings)
