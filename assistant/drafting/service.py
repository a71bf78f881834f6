"""The drafting workflow as the CLI runs it: read the input, draft, write the folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.drafting.engine import Engine
from assistant.drafting.engines import make_engine
from assistant.drafting.feedback import load_feedback
from assistant.drafting.ledger import PLAN_NAME, load_ledger
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
    # no ledger yet: accepting every item in review writes it (pinned to the accepted plan)
    files = {PLAN_NAME: plan.model_dump_json(indent=2) + "\n", "plan.md": plan_markdown(plan)}
    return PlanResult(folder=folder, plan=plan, written=write_files(folder, files))


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
