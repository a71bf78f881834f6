"""The drafting workflow as the CLI runs it: read the input, draft, write the folder."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.draft_folder import (
    plan_files,
    refuse_existing_plan,
    report_files,
    save,
    set_aside_old_draft,
)
from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.factory import make_engine
from assistant.drafting.engines.protocol import Engine
from assistant.drafting.fit import too_few_count
from assistant.drafting.inputs.feedback.loader import load_feedback
from assistant.drafting.inputs.ledger import load_ledger
from assistant.drafting.inputs.succession import check_status_changes, previous_report
from assistant.drafting.measure_quotes import OPEN_FACTS, quotes_own_fact
from assistant.drafting.models import Plan, Report
from assistant.drafting.plan import build_plan
from assistant.drafting.report import build_report
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings


@dataclass
class PlanResult:
    folder: Path
    plan: Plan
    written: list[Path]
    set_aside: list[Path] = field(default_factory=list)  # the old draft's files, renamed

    @property
    def too_few_fitting(self) -> int:
        """Items left with fewer than two fitting measures (a placeholder instead of padding)."""
        return too_few_count(self.plan.findings)

    @property
    def facts_answered(self) -> int:
        """Measures that answer a fact of their own item (``fact_remedies``)."""
        return sum(quotes_own_fact(m.text, i.facts) for i in self.plan.items for m in i.measures)

    @property
    def facts_open(self) -> int:
        """Items whose placeholder names facts that no measure answers."""
        return sum(any(m.text.startswith(OPEN_FACTS) for m in i.measures) for i in self.plan.items)


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
    force: bool = False,
) -> PlanResult:
    refuse_existing_plan(folder, force)  # before any drafting work is spent
    feedback = load_feedback(feedback_path)
    index = index or PrecedentIndex(settings)
    context = DraftingContext.build(settings, feedback, index=index)
    engine = engine or make_engine(settings, engine_name)
    plan = build_plan(context, engine, index=index)
    # no ledger yet: accepting every item in review writes it (pinned to the accepted plan)
    set_aside = set_aside_old_draft(folder) if force else []
    written = save(folder, plan_files(plan))
    return PlanResult(folder=folder, plan=plan, written=written, set_aside=set_aside)


def draft_report(
    settings: Settings,
    ledger_path: Path,
    folder: Path | None = None,
    *,
    engine_name: str | None = None,
    engine: Engine | None = None,
) -> ReportResult:
    ledger, plan, warnings = load_ledger(ledger_path)
    earlier = previous_report(ledger, ledger_path)
    if earlier is not None:
        check_status_changes(ledger, earlier[0], ledger_path)
    if engine is None:
        engine = make_engine(settings, engine_name)
    report = build_report(settings, plan, ledger, engine, earlier[1] if earlier else None)
    folder = folder or ledger_path.parent
    return ReportResult(folder, report, save(folder, report_files(report)), warnings)
