"""A measure written for a fact of our own whose action the quoted fact does not call for
(``remedy_mismatch``, warning): "限期归还入库" under 办公用房出借给企业, "盘活利用闲置资产" under
项目资金滞留. The rules (``remedy_fit.toml``) are the reader's questions of a finished measure,
kept apart from the drafting rules that chose the wording, so review does not judge a measure by
the code that wrote it."""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources

from assistant.drafting.measure_quotes import quotes_of, wording_of
from assistant.drafting.models import Finding, Plan, finding
from assistant.errors import InputError
from assistant.i18n import _

RULES_RESOURCE = "remedy_fit.toml"


@dataclass(frozen=True)
class RemedyRule:
    does: re.Pattern[str]  # words of the measure's action
    needs: re.Pattern[str]  # …one of which the quoted fact must have
    asks: str  # what the fact lacks, for the reviewer


@functools.cache
def remedy_fit_rules() -> tuple[RemedyRule, ...]:
    shipped = resources.files("assistant.review").joinpath(RULES_RESOURCE)
    try:
        raw = tomllib.loads(shipped.read_text(encoding="utf-8"))
        return tuple(
            RemedyRule(re.compile(r["does"]), re.compile(r["needs"]), str(r["asks"])) for r in raw["rule"]
        )
    except (tomllib.TOMLDecodeError, KeyError, re.error) as exc:
        raise InputError(
            _("措施核对规则有误（{path}）：{error}").format(path=shipped, error=exc),
            hint=_("每条 [[rule]] 需要 does、needs 与 asks，正则表达式须能编译"),
        ) from exc


def check_remedy_fit(plan: Plan, rules: tuple[RemedyRule, ...] | None = None) -> list[Finding]:
    """One finding per measure whose action asks for what the fact it quotes does not show."""
    rules = remedy_fit_rules() if rules is None else rules
    findings: list[Finding] = []
    for item in plan.items:
        for i, measure in enumerate(item.measures, 1):
            action = wording_of(measure.text)
            if action is None:
                continue
            fact = "".join(quotes_of(measure.text))
            for rule in rules:
                found = rule.does.search(action)
                if found is not None and rule.needs.search(fact) is None:
                    findings.append(
                        finding(
                            item.key,
                            "remedy_mismatch",
                            "warning",
                            _("第{n}条措施要求“{does}”，但所引事实中没有{asks}").format(
                                n=i, does=found.group(0), asks=rule.asks
                            ),
                            _("核对所引事实，改写为针对该事实的措施，或删去"),
                        )
                    )
                    break  # one question per measure is enough to send it back
    return findings
