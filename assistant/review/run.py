"""`rectify review`: open a draft folder, run the checks, return the findings."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.catalog import Catalog
from assistant.drafting.models import Finding, Plan, Report
from assistant.drafting.names import NameGuard
from assistant.drafting.plan import citable_ids, name_guard
from assistant.review.checks import Rule, load_timeliness_rules, review_plan, review_report
from assistant.review.folder import open_draft
from assistant.settings import Settings

USER_RULES = "timeliness.toml"


@dataclass
class ReviewResult:
    folder: Path
    draft: Plan | Report
    findings: list[Finding]
    guard: NameGuard
    rules: list[Rule]

    @property
    def order(self) -> list[str]:
        return [item.key for item in self.draft.items]


def review_folder(settings: Settings, folder: Path) -> ReviewResult:
    opened = open_draft(folder)
    draft = opened.draft
    guard = name_guard(settings, draft.feedback)
    rules = load_timeliness_rules(settings.home / USER_RULES)
    with Catalog(settings.catalog_path, create=False) as catalog:
        precedents = citable_ids(catalog)
    if opened.report is not None:
        findings = review_report(
            opened.report, opened.ledger, guard=guard, rules=rules, precedents=precedents
        )
    else:
        assert opened.plan is not None
        findings = review_plan(
            opened.plan,
            guard=guard,
            rules=rules,
            precedents=precedents,
            support_threshold=settings.review.support_threshold,
        )
    return ReviewResult(folder, draft, findings, guard, rules)
