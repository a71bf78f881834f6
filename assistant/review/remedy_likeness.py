"""A measure written for a fact of our own whose wording was given only to facts of other
kinds before (``remedy_unlike``, warning).

Independent readers found that most wrong measures were a wording chosen by one word of a fact
of a kind it was not written for: 免费检定承诺未兑现 given the wording for funds to pay out, a
patrol plan's 执行率 given the one for a budget's. Such a fact shares that word with the facts
the wording answers on the read documents (``remedy_examples.json``, built by
``evaluation/remedy_examples.py``) and little else. Review scores how much of the quoted fact,
weighted by how rare each pair of characters is, the nearest of those facts shares, and asks
the reviewer to check a measure below the floor, naming the fact its wording was written for.
The score never looks at the rules that chose the wording.
"""

from __future__ import annotations

import functools
import json
import math
import re
import tomllib
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from assistant.drafting.measure_quotes import quotes_of, wording_of
from assistant.drafting.models import Finding, Plan, finding
from assistant.errors import InputError
from assistant.i18n import _

EXAMPLES_RESOURCE = "remedy_examples.json"
RULES_RESOURCE = "remedy_fit.toml"
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]{2,}")


def pairs(text: str) -> frozenset[str]:
    """The pairs of Chinese characters of ``text`` (the words, without a word list)."""
    return frozenset(run[i : i + 2] for run in _HAN_RUN.findall(text) for i in range(len(run) - 1))


@dataclass(frozen=True)
class Likeness:
    score: float  # the share of the fact (rarity-weighted) the nearest example shares
    nearest: str  # that example


@dataclass(frozen=True)
class RemedyExamples:
    facts: dict[str, tuple[str, ...]]  # wording -> the facts it answered
    _pairs: dict[str, tuple[frozenset[str], ...]]
    _rarity: dict[str, float]
    _unseen: float  # the rarity of a pair no example has

    @classmethod
    def of(cls, facts: dict[str, list[str]]) -> RemedyExamples:
        every = {fact for found in facts.values() for fact in found}
        counts = Counter(p for fact in every for p in pairs(fact))
        size = len(every) + 1
        return cls(
            facts={wording: tuple(found) for wording, found in facts.items()},
            _pairs={wording: tuple(pairs(f) for f in found) for wording, found in facts.items()},
            _rarity={p: math.log(size / (1 + n)) for p, n in counts.items()},
            _unseen=math.log(size),
        )

    def likeness(self, fact: str, wording: str) -> Likeness | None:
        """How like ``fact`` the nearest fact ``wording`` answered is; None: a wording with
        no examples (written by hand, by the LLM engine, or new since the file was built)."""
        examples = self._pairs.get(wording)
        if not examples:
            return None
        own = pairs(fact)
        whole = sum(self._rarity.get(p, self._unseen) for p in own)
        if whole == 0:
            return None
        shares = [sum(self._rarity.get(p, self._unseen) for p in own & ex) / whole for ex in examples]
        best = max(range(len(shares)), key=shares.__getitem__)
        return Likeness(shares[best], self.facts[wording][best])


@functools.cache
def remedy_examples() -> RemedyExamples:
    shipped = resources.files("assistant.review").joinpath(EXAMPLES_RESOURCE)
    try:
        raw = json.loads(shipped.read_text(encoding="utf-8"))
        return RemedyExamples.of({str(k): [str(f) for f in v] for k, v in raw["wordings"].items()})
    except (json.JSONDecodeError, KeyError, AttributeError) as exc:
        raise InputError(
            _("措施范例文件有误（{path}）：{error}").format(path=shipped, error=exc),
            hint=_("重新安装 rectify；开发者用 make remedy-examples 重新生成"),
        ) from exc


@functools.cache
def likeness_floor() -> float:
    """Below this share a measure is sent to the reviewer (``remedy_fit.toml`` [likeness])."""
    shipped = resources.files("assistant.review").joinpath(RULES_RESOURCE)
    try:
        return float(tomllib.loads(shipped.read_text(encoding="utf-8"))["likeness"]["floor"])
    except (tomllib.TOMLDecodeError, KeyError, TypeError, ValueError) as exc:
        raise InputError(
            _("措施核对规则有误（{path}）：{error}").format(path=shipped, error=exc),
            hint=_("[likeness] 需要数值 floor（0 到 1 之间）"),
        ) from exc


_SHOWN = 30  # characters of the example the finding quotes


def check_remedy_likeness(
    plan: Plan, examples: RemedyExamples | None = None, floor: float | None = None
) -> list[Finding]:
    """One finding per measure whose wording answered only facts unlike the one it quotes."""
    examples = remedy_examples() if examples is None else examples
    floor = likeness_floor() if floor is None else floor
    findings: list[Finding] = []
    for item in plan.items:
        for i, measure in enumerate(item.measures, 1):
            wording = wording_of(measure.text)
            if wording is None:
                continue
            found = examples.likeness("".join(quotes_of(measure.text)), wording)
            if found is None or found.score >= floor:
                continue
            example = found.nearest if len(found.nearest) <= _SHOWN else found.nearest[:_SHOWN] + "……"
            findings.append(
                finding(
                    item.key,
                    "remedy_unlike",
                    "warning",
                    _("第{n}条措施的整改方式原为“{example}”一类事实而写，与所引事实相去较远").format(
                        n=i, example=example
                    ),
                    _("核对该措施是否对症：不对症的改写为针对所引事实的措施，或删去"),
                )
            )
    return findings
