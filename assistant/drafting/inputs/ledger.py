"""The ledger (整改台账): the template ``rectify plan`` writes, and reading it back.

The user records, for every planned measure, its status, what was done and when, and the
evidence on file; ``rectify report`` turns it into the published notice. A ledger must
match its plan item for item and measure for measure. A ledger from before measures
existed (one status and one ``facts`` per problem) is migrated on reading, with a warning.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from assistant.draft_folder import PLAN_NAME, load_plan
from assistant.drafting.guards import strip_markers
from assistant.drafting.ledger_models import (
    MEASURE_STATUSES,
    STAGES,
    STATUSES,
    Ledger,
    LedgerItem,
    LedgerMeasure,
    MeasureStatus,
)
from assistant.drafting.models import Plan, PlanItem
from assistant.drafting.outputs import sha256_text
from assistant.errors import InputError
from assistant.i18n import N_, _
from assistant.yaml_input import load_yaml_model

MIGRATED_REASON = "旧版台账按问题填写为“基本完成”"
# What each measure of a migrated problem takes from the problem's old status.
_OLD_TO_MEASURE: dict[str, MeasureStatus] = {
    "已完成": "已完成",
    "基本完成": "正在推进",
    "正在推进": "正在推进",
    "未开始": "未开始",
}


def _q(text: str) -> str:
    """A YAML scalar for any text (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def _d(day: dt.date | None) -> str:
    return day.isoformat() if day else ""


def _n(value: object) -> str:
    return "" if value is None else str(value)


def _head(started: Ledger | None, plan_json: str) -> list[str]:
    s = started
    o = s.overall if s else None
    f = s.figures if s else None
    meetings = (
        "\n".join(
            f"    - {{name: {_q(m.name)}, count: {_n(m.count) or 'null'}, "
            f"dates: [{', '.join(d.isoformat() for d in m.dates)}], about: {_q(m.about)}}}"
            for m in o.meetings
        )
        if o and o.meetings
        else '    # - {name: "整改专题会议", count: 3, dates: [2026-07-10], about: "研究部署整改工作"}'
    )
    meetings_key = "  meetings:" if o and o.meetings else "  meetings: []"
    return [
        "# 整改台账 (ledger) for the plan beside this file, one entry per planned measure.",
        "# For every measure set `status` and write what was done (`done`), when (`done_on`,",
        "# 2026-07-15) and the evidence on file (`evidence`: 文号、台账编号). For an unfinished",
        "# measure give `reason` and `new_deadline`. Only what you write here appears in the",
        "# report as a fact; anything missing becomes a 【待补充】 placeholder.",
        f"# measure status: {' / '.join(MEASURE_STATUSES)}; a problem's status follows its",
        "# measures (set `status` + `status_reason` on the problem only to override it).",
        "# Then run: rectify report <this file> -o <folder>",
        f"plan: {PLAN_NAME}",
        f"plan_sha256: {sha256_text(plan_json)}",
        f"stage: {s.stage if s else STAGES[0]}        # {' / '.join(STAGES)}",
        f"previous_report: {_q(s.previous_report) if s and s.previous_report else ''}"
        "   # 上一次通报的 report.json 或其文件夹（相对本文件）；首次通报留空",
        f"report_date: {_d(s.report_date) if s else ''}       # 报告日期 (empty = today)",
        "overall:                  # 一、整改工作开展情况 (facts, plain words)",
        f"  leading_group: {_q(o.leading_group if o else '')}   # 领导小组：谁任组长、成员",
        f"  task_force: {_q(o.task_force if o else '')}      # 工作专班",
        meetings_key + "             # 会议：名称、次数、日期、做了什么 (one line each, as below)",
        meetings,
        f"  plan_issued: {_d(o.plan_issued) if o else ''}      # 整改方案印发日期",
        f"  ledger_set_up: {_d(o.ledger_set_up) if o else ''}    # 整改台账建立日期",
        f"  supervision: {_q(o.supervision if o else '')}     # 督查督办",
        f"  other: {_q(o.other if o else '')}",
        "figures:                  # 整改成效 as counted (numbers only; empty = not reported)",
        f"  rules_made: {_n(f.rules_made) if f else ''}        # 新制定制度（个）",
        f"  rules_revised: {_n(f.rules_revised) if f else ''}     # 修订完善制度（个）",
        f"  talks: {_n(f.talks) if f else ''}             # 谈话提醒（人次）",
        f"  criticised: {_n(f.criticised) if f else ''}        # 批评教育（人次）",
        f"  held_accountable: {_n(f.held_accountable) if f else ''}  # 问责（人次）",
        f"  disciplined: {_n(f.disciplined) if f else ''}       # 党纪政务处分（人）",
        f"  funds_recovered: {_n(f.funds_recovered) if f else ''}   # 退缴、挽回资金（元）",
        f"  funds_reimbursed: {_n(f.funds_reimbursed) if f else ''}  # 清退、补缴资金（元）",
        f"next_steps: {_q(s.next_steps if s else '')}      # 下一步工作打算, plain words",
        "items:",
    ]


def _item_lines(item: PlanItem, kept: LedgerItem | None) -> list[str]:
    lines = [
        f"  - key: {_q(item.key)}",
        f"    problem: {_q(item.problem)}",
        f"    status: {kept.status if kept and kept.status else ''}"
        f"        # empty = from the measures; or {' / '.join(STATUSES)} with a reason",
        f"    status_reason: {_q(kept.status_reason if kept else '')}",
        f"    facts: {_q(kept.facts if kept else '')}",
        f"    next_steps: {_q(kept.next_steps if kept else '')}",
        "    measures:",
    ]
    old = {m.n: m for m in kept.measures} if kept else {}
    for n, measure in enumerate(item.measures, 1):
        m = old.get(n)
        lines += [
            f"      - n: {n}",
            f"        measure: {_q(strip_markers(measure.text)[0])}",
            f"        status: {m.status if m and m.status else ''}"
            f"        # {' / '.join(MEASURE_STATUSES)}",
            f"        done: {_q(m.done if m else '')}",
            f"        done_on: {_d(m.done_on) if m else ''}",
            f"        evidence: {_q(m.evidence if m else '')}",
            f"        reason: {_q(m.reason if m else '')}",
            f"        new_deadline: {_d(m.new_deadline) if m else ''}",
            f"        note: {_q(m.note if m else '')}",
        ]
    return lines


def ledger_template(plan: Plan, plan_json: str, started: Ledger | None = None) -> str:
    """The ledger for ``plan``; entries of a ``started`` ledger (same keys) are carried over."""
    old = {i.key: i for i in started.items} if started else {}
    lines = _head(started, plan_json)
    for item in plan.items:
        lines += _item_lines(item, old.get(item.key))
    return "\n".join(lines) + "\n"


def _is_old_format(data: dict[str, Any]) -> bool:
    items = data.get("items")
    return (
        isinstance(items, list)
        and any(isinstance(i, dict) for i in items)
        and not any(isinstance(i, dict) and "measures" in i for i in items)
    ) or isinstance(data.get("overall"), str)


def _upgrade_data(data: dict[str, Any]) -> dict[str, Any]:
    """An old per-problem ledger's data in the new shape (measures are added from the plan)."""
    data = dict(data)
    if isinstance(data.get("overall"), str):
        data["overall"] = {"other": data["overall"]}
    return data


def _migrate(ledger: Ledger, plan: Plan) -> Ledger:
    """Measures from the plan, each with its problem's old status; 基本完成 stays an override."""
    by_key = {i.key: i for i in plan.items}
    items: list[LedgerItem] = []
    for entry in ledger.items:
        planned = by_key.get(entry.key)
        if entry.measures or planned is None:
            items.append(entry)
            continue
        status = _OLD_TO_MEASURE[entry.status] if entry.status else None
        measures = [
            LedgerMeasure(n=n, measure=strip_markers(m.text)[0], status=status, line=entry.line)
            for n, m in enumerate(planned.measures, 1)
        ]
        basically = entry.status == "基本完成"
        items.append(
            entry.model_copy(
                update={
                    "measures": measures,
                    "status": "基本完成" if basically else None,
                    "status_reason": MIGRATED_REASON if basically else entry.status_reason,
                }
            )
        )
    return ledger.model_copy(update={"items": items})


MIGRATION_WARNING = N_(
    "这是旧版按问题填写的台账（问题下没有 measures），已在读取时按措施迁移：每条措施的状态取自"
    "所属问题的原状态，原 facts 保留为问题的整体情况。请运行 `rectify ledger upgrade {path}` "
    "写回新格式，再按措施补充 done、done_on、evidence"
)


def read_ledger(path: Path) -> tuple[Ledger, bool]:
    """The ledger as written (an old one in the new shape, measures still empty) and
    whether it was in the old per-problem form."""
    old = False

    def prepare(data: Any) -> Any:
        nonlocal old
        old = _is_old_format(data)
        return _upgrade_data(data) if old else data

    ledger = load_yaml_model(path, Ledger, what="ledger", prepare=prepare)
    ledger.source = str(path)
    return ledger, old


def load_ledger(path: Path, *, check_statuses: bool = True) -> tuple[Ledger, Plan, list[str]]:
    """The ledger, its plan, and warnings; mismatches with the plan are errors (and so is
    a measure without a status, unless ``check_statuses`` is off: a ledger being filled in)."""
    ledger, old = read_ledger(path)
    plan, plan_text = load_plan((path.parent / ledger.plan).resolve())
    warnings: list[str] = []
    if old:
        ledger = _migrate(ledger, plan)
        warnings.append(_(MIGRATION_WARNING).format(path=path))
    if sha256_text(plan_text) != ledger.plan_sha256:
        warnings.append(
            _("台账写成之后整改方案有改动（plan_sha256 不同）；各项仍然对应，通报按当前方案起草")
        )
    _check_items(path, ledger, plan)
    by_key = {i.key: i for i in plan.items}
    for item in ledger.items:
        _check_measures(path, item, by_key[item.key], check_statuses=check_statuses)
    return ledger, plan, warnings


def _check_items(path: Path, ledger: Ledger, plan: Plan) -> None:
    plan_keys = [i.key for i in plan.items]
    ledger_keys = [i.key for i in ledger.items]
    missing = [k for k in plan_keys if k not in ledger_keys]
    extra = [i for i in ledger.items if i.key not in plan_keys]
    if extra:
        raise InputError(
            _("第 {key} 项不在整改方案中").format(key=extra[0].key),
            where=path,
            line=extra[0].line,
            hint=_("整改方案的各项为 {keys}；请删除或改正这一项").format(keys=_("、").join(plan_keys)),
        )
    if missing:
        raise InputError(
            _("台账中缺少整改方案的第 {keys} 项").format(keys=_("、").join(missing)),
            where=path,
            hint=_("请补上（可从新模板复制：rectify plan … 会写出 ledger.yaml）"),
        )
    if ledger_keys != plan_keys:
        raise InputError(
            _("台账各项的顺序与整改方案不一致（或有重复的项号）"),
            where=path,
            hint=_("请按整改方案的顺序排列：{keys}").format(keys=_("、").join(plan_keys)),
        )
    by_key = {i.key: i for i in plan.items}
    for item in ledger.items:
        if item.problem.strip() and item.problem.strip() != by_key[item.key].problem.strip():
            raise InputError(
                _("第 {key} 项的问题与整改方案不同").format(key=item.key),
                where=path,
                line=item.line,
                hint=_("整改方案写的是“{problem}”：台账属于另一份方案，或该项被重新编号").format(
                    problem=by_key[item.key].problem),
            )


def _check_measures(path: Path, item: LedgerItem, planned: PlanItem, *, check_statuses: bool) -> None:
    numbers = [m.n for m in item.measures]
    expected = list(range(1, len(planned.measures) + 1))
    if numbers != expected:
        raise InputError(
            _("问题 {key} 的措施编号为 {numbers}，方案中是 {expected}").format(
                key=item.key, numbers=numbers or _("（无）"), expected=expected
            ),
            where=path,
            line=item.line,
            hint=_("每条计划措施一项，按方案顺序编号 n: 1、2、3…（可从重新生成的台账模板复制）"),
        )
    if not check_statuses:
        return
    for m in item.measures:
        if m.status is None:
            raise InputError(
                _("问题 {key} 的第{n}条措施没有填写状态").format(key=item.key, n=m.n),
                where=path,
                line=m.line,
                hint=_("把 `status:` 填为 {statuses} 之一").format(statuses=" / ".join(MEASURE_STATUSES)),
            )
    if item.status and item.status != item.derived_status and not item.status_reason.strip():
        raise InputError(
            _("问题 {key} 的状态填为“{status}”，与其措施推导的“{derived}”不同，但没有说明理由").format(
                key=item.key, status=item.status, derived=item.derived_status
            ),
            where=path,
            line=item.line,
            hint=_("在 `status_reason:` 写明理由，或清空 `status:` 让状态由措施推导"),
        )


def upgraded_ledger(path: Path) -> tuple[str, list[str]]:
    """The ledger rewritten in the current form against its plan: an old per-problem ledger
    migrated, every entry carried over by item key and measure number; what could not be
    carried over (an item or measure the plan no longer has) is named in the notes."""
    ledger, old = read_ledger(path)
    plan, plan_text = load_plan((path.parent / ledger.plan).resolve())
    if old:
        ledger = _migrate(ledger, plan)
    notes = [_("旧版按问题填写的台账已按措施迁移")] if old else []
    planned = {i.key: len(i.measures) for i in plan.items}
    for item in ledger.items:
        if item.key not in planned:
            notes.append(_("问题 {key} 不在方案中，未保留").format(key=item.key))
            continue
        dropped = [m.n for m in item.measures if m.n > planned[item.key]]
        if dropped:
            notes.append(_("问题 {key} 的第{numbers}条措施不在方案中，未保留").format(
                key=item.key, numbers=_("、").join(map(str, dropped))
            ))
    text = ledger_template(plan, plan_text, started=ledger)
    if ledger.plan != PLAN_NAME:  # a ledger kept apart from its plan keeps its pointer
        text = text.replace(f"\nplan: {PLAN_NAME}\n", f"\nplan: {_q(ledger.plan)}\n", 1)
    return text, notes
