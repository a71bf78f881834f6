"""Reviewing finished drafts: coverage, citations, names, facts, placeholders, wording."""

from assistant.review.checks import Rule, load_timeliness_rules, review_plan, review_report

__all__ = ["Rule", "load_timeliness_rules", "review_plan", "review_report"]
