"""`rectify review`: open a draft folder, run the checks, return the findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.drafting.models import Finding, Plan, Report
from assistant.drafting.plan import name_guard
from assistant.review.checks import review_plan, review_report
from assistant.review.folder import open_draft
from assistant.settings import Settings


@dataclass
class ReviewResult:
    draft: Plan | Report
    findings: list[Finding]

    @property
    def order(self) -> list[str]:
        return [item.key for item in self.draft.items]


def review_folder(settings: Settings, folder: Path) -> ReviewResult:
    opened = open_draft(folder)
    draft = opened.draft
    guard = name_guard(settings, draft.feedback)
    if opened.report is not None:
        findings = review_report(opened.report, opened.ledger, guard=guard)
    else:
        assert opened.plan is not None
        findings = review_plan(opened.plan, guard=guard)
    return ReviewResult(draft, findings)
