"""The ledger (整改台账): the template ``rectify plan`` writes, and reading it back.

The user fills in a status and plain-word facts per item; ``rectify report`` turns it into
the published notice. A ledger must match its plan item for item.
"""

from __future__ import annotations

import json
from pathlib import Path

from assistant.draft_folder import PLAN_NAME, load_plan
from assistant.drafting.models import STATUSES, Ledger, Plan
from assistant.drafting.outputs import sha256_text
from assistant.errors import InputError
from assistant.i18n import _
from assistant.yaml_input import load_yaml_model


def _q(text: str) -> str:
    """A YAML scalar for any text (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


def ledger_template(plan: Plan, plan_json: str, started: Ledger | None = None) -> str:
    """The ledger for ``plan``; entries of a ``started`` ledger (same keys) are carried over."""
    old = {i.key: i for i in started.items} if started else {}
    lines = [
        "# 整改台账 (ledger) for the plan beside this file.",
        "# For every item set `status` and write `facts` in plain words: what was done, when,",
        "# how many. Only what you write here appears in the report as a fact; anything the",
        "# report needs and you did not give becomes a 【待补充】 placeholder.",
        f"# status: {' / '.join(STATUSES)}",
        "# Then run: rectify report <this file> -o <folder>",
        f"plan: {PLAN_NAME}",
        f"plan_sha256: {sha256_text(plan_json)}",
        f"report_date: {started.report_date or '' if started else ''}"
        "       # 报告日期, e.g. 2026-12-20 (empty = today)",
        f"overall: {_q(started.overall if started else '')}"
        "         # 整改工作开展情况: 领导小组、专题会议、整改方案… (facts, plain words)",
        f"next_steps: {_q(started.next_steps if started else '')}"
        "      # 下一步工作打算, in plain words (optional)",
        "items:",
    ]
    for item in plan.items:
        kept = old.get(item.key)
        lines += [
            f"  - key: {_q(item.key)}",
            f"    problem: {_q(item.problem)}",
            f"    status: {kept.status if kept and kept.status else ''}"
            "        # " + " / ".join(STATUSES),
            f"    facts: {_q(kept.facts if kept else '')}",
            f"    next_steps: {_q(kept.next_steps if kept else '')}",
        ]
    return "\n".join(lines) + "\n"


def load_ledger(path: Path, *, check_statuses: bool = True) -> tuple[Ledger, Plan, list[str]]:
    """The ledger, its plan, and warnings; mismatches with the plan are errors (and so is
    an item without a status, unless ``check_statuses`` is off: a ledger being filled in)."""
    ledger = load_yaml_model(path, Ledger, what=_("台账"))
    ledger.source = str(path)
    plan, plan_text = load_plan((path.parent / ledger.plan).resolve())
    warnings: list[str] = []
    if sha256_text(plan_text) != ledger.plan_sha256:
        warnings.append(
            "the plan changed after this ledger was written (plan_sha256 differs); "
            "items still match, so the report uses the current plan"
        )
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
        if item.status is None and check_statuses:
            raise InputError(
                _("第 {key} 项没有整改状态").format(key=item.key),
                where=path,
                line=item.line,
                hint=_("请把 `status:` 设为 {statuses} 之一").format(statuses=" / ".join(STATUSES)),
            )
    return ledger, plan, warnings
