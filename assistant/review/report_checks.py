"""Checks only a progress report needs: a measure called 已完成 must say what was done."""

from __future__ import annotations

from assistant.drafting.models import Finding, Report
from assistant.i18n import _


def check_completed_without_facts(report: Report) -> list[Finding]:
    """A measure marked 已完成 with neither facts (done) nor evidence in the ledger: the
    report would claim a result nobody can show."""
    findings: list[Finding] = []
    for item in report.items:
        for m in item.measures:
            if m.status == "已完成" and not m.has_facts:
                findings.append(
                    Finding(
                        item=item.key,
                        check="completed_without_facts",
                        severity="warning",
                        message=_("问题 {key} 的第{n}条措施标为“已完成”，但台账没有写做了什么，"
                                  "也没有佐证材料 — 改法：在台账该措施的 `done:` 写明做了什么、"
                                  "`done_on:` 写日期、`evidence:` 写佐证材料（文号或台账编号），"
                                  "或把状态改为 正在推进").format(key=item.key, n=m.n),
                    )
                )
    return findings
