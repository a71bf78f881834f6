"""Successive reports: the report a ledger follows (``previous_report``), and the status
changes it allows. A measure the earlier report called 已完成 may not go back to 正在推进 or
未开始 unless the ledger says why (its ``note``): a published 已完成 is a public claim.
"""

from __future__ import annotations

from pathlib import Path

from assistant.draft_folder import REPORT_NAME, load_report
from assistant.drafting.ledger_models import Ledger
from assistant.drafting.models import PreviousReport, Report
from assistant.errors import InputError
from assistant.i18n import _


def previous_report(ledger: Ledger, ledger_path: Path) -> tuple[Report, PreviousReport] | None:
    """The earlier report the ledger names, or None when it names none."""
    if not ledger.previous_report or not ledger.previous_report.strip():
        return None
    path = (ledger_path.parent / ledger.previous_report.strip()).resolve()
    if path.is_dir():
        path = path / REPORT_NAME
    if not path.is_file():
        raise InputError(
            _("`previous_report` 指向的上一次通报不存在：{path}").format(path=path),
            where=ledger_path,
            hint=_("写上一次 `rectify report` 输出的 report.json（或其文件夹），路径相对于本台账；"
                   "首次通报请留空"),
        )
    report = load_report(path)
    return report, PreviousReport(
        path=str(path), title=report.title, stage=report.stage, date=report.date
    )


def check_status_changes(ledger: Ledger, earlier: Report, ledger_path: Path) -> None:
    """Refuse a measure that went from 已完成 back without a note, naming it."""
    before = {
        (item.key, m.n): m.status for item in earlier.items for m in item.measures
    }
    for item in ledger.items:
        for m in item.measures:
            was = before.get((item.key, m.n))
            if was == "已完成" and m.status != "已完成" and not m.note.strip():
                raise InputError(
                    _("问题 {key} 的第{n}条措施在上一次通报中为“已完成”，本次改为“{status}”，但没有说明原因").format(
                        key=item.key, n=m.n, status=m.status or _("（空）")
                    ),
                    where=ledger_path,
                    line=m.line,
                    hint=_("在该措施的 `note:` 写明为什么状态回退（如复查发现问题反弹），"
                           "或把 `status:` 改回 已完成"),
                )
