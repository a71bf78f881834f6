"""`rectify review`: open a draft folder, run the checks on its plan or report, return the
findings sorted by item order (whole-draft findings first, then the feedback's order)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.draft_folder import open_draft
from assistant.drafting.context import DraftingContext, feedback_text
from assistant.drafting.hygiene import FitRules
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Finding, Ledger, Plan, Report
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.subject import SubjectMatcher
from assistant.review.checks import (
    check_citation_markers,
    check_counts,
    check_coverage,
    check_in_catalog,
    check_leaked_names,
    check_placeholders,
    check_plan_citations,
    check_punctuation,
    check_repetition,
    check_substance,
    check_timeliness,
    check_unverified,
)
from assistant.review.fit_checks import (
    carried_too_few,
    check_fit,
    check_measure_form,
    check_places,
    check_weak_fit,
)
from assistant.review.remedy_checks import check_remedy_fit
from assistant.review.remedy_likeness import check_remedy_likeness
from assistant.review.report_checks import check_completed_without_facts
from assistant.review.support import check_support
from assistant.review.texts import Text, plan_texts, report_texts
from assistant.review.timeliness import Rule, load_timeliness_rules
from assistant.settings import Settings
from assistant.units import Lexicon, UnitProfile, load_lexicon

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
    context = DraftingContext.build(settings, draft.feedback)
    guard, precedents = context.guard, context.citable_ids
    rules = load_timeliness_rules(settings.home / USER_RULES)
    if opened.report is not None:
        findings = review_report(
            opened.report,
            opened.ledger,
            guard=guard,
            rules=rules,
            precedents=precedents,
            profile=context.profile,
            lexicon=context.lexicon,
            fit=context.fit,
        )
    else:
        assert opened.plan is not None
        findings = review_plan(
            opened.plan,
            guard=guard,
            rules=rules,
            precedents=precedents,
            support_threshold=settings.review.support_threshold,
            profile=context.profile,
            lexicon=context.lexicon,
            subject=context.corpus.subject,
            fit=context.fit,
        )
    return ReviewResult(folder, draft, findings, guard, rules)


def _sorted(findings: list[Finding], feedback: Feedback, items: Iterable[str]) -> list[Finding]:
    order = {key: i for i, key in enumerate(leaf.key for leaf in feedback.problems())}
    for key in items:
        order.setdefault(key, len(order))

    def rank(f: Finding) -> int:
        return -1 if f.item is None else order.get(f.item, len(order))

    return sorted(findings, key=rank)  # stable: checks keep their order within an item


def _day(own: dt.date, today: dt.date | None) -> dt.date:
    return today or own


def plan_date(plan: Plan) -> dt.date:
    """The day a plan speaks from: its feedback's date, else the day it was drafted."""
    return plan.feedback.inspection.feedback_date or plan.info.created.date()


def _fit(
    texts: list[Text],
    profile: UnitProfile | None,
    lexicon: Lexicon | None,
    own_text: str,
    rules: FitRules | None = None,
) -> list[Finding]:
    if profile is None:
        return []
    drafted = [t for t in texts if not t.user_given]
    return check_fit(drafted, profile, lexicon or load_lexicon(), own_text, rules)


def review_plan(
    plan: Plan,
    *,
    guard: NameGuard | None,
    today: dt.date | None = None,
    rules: list[Rule] | None = None,
    precedents: set[str] | None = None,
    support_threshold: float | None = None,
    profile: UnitProfile | None = None,
    lexicon: Lexicon | None = None,
    subject: SubjectMatcher | None = None,
    fit: FitRules | None = None,
) -> list[Finding]:
    """Every finding on a plan. guard: the drafting NameGuard (None skips leaked_name);
    today: the date wording must be current at (default: the plan's own date, its
    feedback's, else the day it was drafted); profile, lexicon: our unit as the drafting
    context sees it (None skips the context-fit checks, ``fit_checks.py``); subject: the corpus's problem matcher;
    fit: the drafting context's fit rules (the user's with the shipped; None: the shipped);
    rules: timeliness rules (default: ``load_timeliness_rules()``); precedents: the ids the
    catalog holds (None skips that check); support_threshold: None skips check 3."""
    texts = plan_texts(plan)
    own_text = feedback_text(plan.feedback)  # the user's words: theirs to use
    findings = [
        *check_coverage(plan.feedback, [(i.key, i.problem) for i in plan.items]),
        *check_substance(plan),
        *check_plan_citations(plan),
        *check_in_catalog(plan.citations, precedents),
        *(check_support(plan, support_threshold) if support_threshold is not None else []),
        *check_leaked_names(texts, guard),
        *check_placeholders(texts),
        *check_timeliness(texts, _day(plan_date(plan), today), _rules(rules)),
        *check_repetition(plan),
        *check_punctuation(texts),
        *_fit(texts, profile, lexicon, own_text, fit),
        *(check_weak_fit(plan, subject, rules=fit) if profile is not None else []),
        *(check_places(texts, own_text) if profile is not None else []),
        *(check_measure_form(texts) if profile is not None else []),
        *(check_remedy_fit(plan) if profile is not None else []),
        *(check_remedy_likeness(plan) if profile is not None else []),
        *carried_too_few(plan),
    ]
    return _sorted(findings, plan.feedback, (i.key for i in plan.items))


def review_report(
    report: Report,
    ledger: Ledger | None,
    *,
    guard: NameGuard | None,
    today: dt.date | None = None,
    rules: list[Rule] | None = None,
    precedents: set[str] | None = None,
    profile: UnitProfile | None = None,
    lexicon: Lexicon | None = None,
    fit: FitRules | None = None,
) -> list[Finding]:
    """Every finding on a report. ledger: the ledger it was drafted from (None skips the
    unverified_fact and counts checks); guard, rules, profile, lexicon: as for
    ``review_plan``; today: default the report's own date."""
    texts = report_texts(report)
    findings = [
        *check_coverage(report.feedback, [(i.key, i.problem) for i in report.items]),
        *check_citation_markers(texts, report.citations),
        *check_in_catalog(report.citations, precedents),
        *check_leaked_names(texts, guard),
        *check_unverified(report, ledger),
        *check_placeholders(texts),
        *check_timeliness(texts, _day(report.date, today), _rules(rules)),
        *check_punctuation(texts),
        *check_counts(report, ledger),
        *check_completed_without_facts(report),
        *_fit(texts, profile, lexicon, feedback_text(report.feedback), fit),
    ]
    return _sorted(findings, report.feedback, (i.key for i in report.items))


def _rules(rules: list[Rule] | None) -> list[Rule]:
    return load_timeliness_rules() if rules is None else rules
