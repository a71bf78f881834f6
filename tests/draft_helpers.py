"""Helpers for tests that work on draft folders (not a test module: test modules import it)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import yaml

from assistant.review.actions import accept

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
EXAMPLE = EXAMPLES / "feedback.yaml"
EXAMPLE_TEXT = EXAMPLES / "feedback.txt"
OVERALL = "成立巡察整改工作领导小组，党组书记任组长。2026年7月召开整改专题会议。"
REPORT_DATE = "2026-11-20"


def fill_ledger(
    folder: Path,
    statuses: Sequence[str],
    facts: dict[str, str] | None = None,
    *,
    overall: str = OVERALL,
    report_date: str | None = REPORT_DATE,
) -> Path:
    """Accept the plan in ``folder`` (which writes its ledger) unless a ledger is there, then
    fill the ledger in as a user would: one status per item in order (given to each of its
    measures; 基本完成 as an override), ``facts`` by item key, the overall account (as
    ``overall.other``) and (unless None) the report date; the rest stays as written."""
    path = folder / "ledger.yaml"
    if not path.exists():
        accept(folder, [], every=True)
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if report_date is not None:
        data["report_date"] = report_date
    data["overall"] = {"other": overall}
    for item, status in zip(data["items"], statuses, strict=True):
        for measure in item["measures"]:  # every measure of the problem gets its status
            measure["status"] = {"基本完成": "正在推进"}.get(status, status)
        if status == "基本完成":  # only an override says 基本完成
            item["status"], item["status_reason"] = status, "主要措施已完成"
        item["facts"] = (facts or {}).get(item["key"], "")
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path
