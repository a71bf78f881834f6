"""Timeliness rules: wording that is out of date (or premature) at a draft's date.

The shipped rules are ``timeliness.toml`` in this package; a user adds their own in
``<home>/timeliness.toml`` (same format)."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.errors import InputError
from assistant.i18n import _

RULES_RESOURCE = "timeliness.toml"


@dataclass(frozen=True)
class Rule:
    """A timeliness rule: ``pattern`` is wrong before ``valid_from`` / after ``valid_to``."""

    pattern: re.Pattern[str]
    message: str
    suggestion: str
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None

    def applies(self, day: dt.date) -> bool:
        """True when the wording is out of date (or premature) on ``day``."""
        return (self.valid_from is not None and day < self.valid_from) or (
            self.valid_to is not None and day > self.valid_to
        )


def _rule_date(value: Any, field: str, where: str) -> dt.date | None:
    if value is None or (isinstance(value, dt.date) and not isinstance(value, dt.datetime)):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            pass
    raise InputError(
        _("时效规则：{field} = {value} 不是日期").format(field=field, value=repr(value)),
        where=where,
        hint=_("把 {field} 写成 TOML 日期：{field} = 2022-10-22").format(field=field),
    )


def parse_rules(text: str, where: str) -> list[Rule]:
    """Rules from the text of a timeliness TOML file (format: see timeliness.toml)."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise InputError(_("TOML 格式有误：{error}").format(error=e), where=where,
                         hint=_("请改正语法")) from None
    rules: list[Rule] = []
    for i, raw in enumerate(data.get("rule", []), 1):
        missing = [k for k in ("pattern", "message", "suggestion") if not raw.get(k)]
        unknown = set(raw) - {"pattern", "message", "suggestion", "valid_from", "valid_to"}
        if missing or unknown:
            raise InputError(
                _("时效规则 {i}：缺少 {missing}，多出 {unknown}").format(
                    i=i, missing=missing, unknown=sorted(unknown)),
                where=where,
                hint=_("请给出 pattern、message、suggestion，以及 valid_from 和/或 valid_to"),
            )
        try:
            pattern = re.compile(raw["pattern"])
        except re.error as e:
            raise InputError(
                _("时效规则 {i}：正则表达式有误：{error}").format(i=i, error=e), where=where,
                hint=_("请改正正则表达式")
            ) from None
        start = _rule_date(raw.get("valid_from"), "valid_from", where)
        end = _rule_date(raw.get("valid_to"), "valid_to", where)
        if start is None and end is None:
            raise InputError(
                _("时效规则 {i} 既没有 valid_from 也没有 valid_to").format(i=i),
                where=where,
                hint=_("每条规则至少要有其中一个日期"),
            )
        rules.append(Rule(pattern, str(raw["message"]), str(raw["suggestion"]), start, end))
    return rules


def load_timeliness_rules(user_rules: Path | None = None) -> list[Rule]:
    """The shipped rules, then the user's (``<home>/timeliness.toml``) when that file exists."""
    shipped = resources.files("assistant.review").joinpath(RULES_RESOURCE)
    rules = parse_rules(shipped.read_text(encoding="utf-8"), str(shipped))
    if user_rules is not None and user_rules.is_file():
        rules += parse_rules(user_rules.read_text(encoding="utf-8"), str(user_rules))
    return rules
