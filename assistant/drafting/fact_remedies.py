"""Measures that answer OUR problem's own facts (the feedback's detail lines).

A precedent's clause answers its unit's problem; the office reading our plan asks first
whether each fact the inspection found has a remedy: "2名科长在同一岗位任职超过10年" calls
for rotation, "超核定总额发放绩效41.2万元" for the money back. For a fact of a kind listed in
``data/fact_remedies.toml`` the plan promises that remedy, quoting the fact. The remedy is
worded for any kind of unit and the fact is the user's own, so such a measure cannot carry
another unit's roles, sector or region. It cites no precedent: review knows it by the fact
it quotes (``quotes_own_fact``). The facts no measure answers are named in the item's
placeholder (``unanswered_facts``, ``facts_placeholder``).
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any, Protocol

from assistant.drafting.hygiene import topics_named
from assistant.drafting.models import to_fill

_FACT_SPLIT = re.compile(r"[。；;！!？?\n]")
# a fact's own number in the user's list (1. / （2） / 三是): not part of what is quoted
_ORDINAL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}(?:[)）、]|[.．](?!\d))|[一二三四五六七八九十]{1,3}是)\s*")
_CLAUSE_SPLIT = re.compile(r"(?<=[，,])")
_NAMED = re.compile(r"(?:问题|现象|情况)$")


@dataclass(frozen=True)
class RemedyClass:
    name: str
    when: re.Pattern[str]
    action: str
    also: re.Pattern[str] | None = None  # `with`: the fact must match this too
    unless: re.Pattern[str] | None = None
    variants: tuple[tuple[re.Pattern[str], str], ...] = ()  # a fact's own wording of it

    def action_for(self, fact: str) -> str:
        return next((action for when, action in self.variants if when.search(fact)), self.action)

    def matches(self, fact: str) -> re.Match[str] | None:
        found = self.when.search(fact)
        if found is None:
            return None
        if self.also is not None and not self.also.search(fact):
            return None
        if self.unless is not None and self.unless.search(fact):
            return None
        return found


@dataclass(frozen=True)
class RemedyRules:
    classes: tuple[RemedyClass, ...]
    per_problem: int
    covered: float
    named_facts: int
    fact_label: int
    shortest_quote: int
    continues: re.Pattern[str]
    fault: re.Pattern[str]


@functools.cache
def remedy_rules() -> RemedyRules:
    raw: dict[str, Any] = tomllib.loads(
        resources.files("assistant.drafting.data").joinpath("fact_remedies.toml").read_text("utf-8")
    )

    def optional(key: str, entry: dict[str, Any]) -> re.Pattern[str] | None:
        return re.compile(entry[key]) if key in entry else None

    return RemedyRules(
        classes=tuple(
            RemedyClass(
                name=entry["name"],
                when=re.compile(entry["when"]),
                action=entry["action"],
                also=optional("with", entry),
                unless=optional("unless", entry),
                variants=tuple(
                    (re.compile(v["when"]), v["action"]) for v in entry.get("variant", [])
                ),
            )
            for entry in raw["class"]
        ),
        per_problem=int(raw["limits"]["per_problem"]),
        covered=float(raw["limits"]["covered"]),
        named_facts=int(raw["limits"]["named_facts"]),
        fact_label=int(raw["limits"]["fact_label"]),
        shortest_quote=int(raw["limits"]["shortest_quote"]),
        continues=re.compile(raw["limits"]["continues"]),
        fault=re.compile(raw["limits"]["fault"]),
    )


def facts_of(detail: str) -> list[str]:
    """The detail's facts: its sentences and semicolon clauses, as written."""
    facts = (_ORDINAL.sub("", f).strip(" \u3000，,") for f in _FACT_SPLIT.split(detail or ""))
    return [f for f in facts if len(f) >= 6]


def quoted(fact: str, fault: re.Match[str], rules: RemedyRules) -> str:
    """What the measure quotes: the clauses of ``fact`` that show the fault (a fact often
    names two faults, and the remedy answers one), with the clause before when they go on
    from it (其中…) or are too short to be read alone and that one shows no fault of its own;
    nested quotes as ‘’."""
    clauses = _CLAUSE_SPLIT.split(fact)
    starts = [sum(map(len, clauses[:i])) for i in range(len(clauses))]
    first = max(i for i, start in enumerate(starts) if start <= fault.start())
    last = max(i for i, start in enumerate(starts) if start < fault.end())
    while first > 0 and (
        rules.continues.search(clauses[first])
        or (
            len("".join(clauses[first : last + 1])) < rules.shortest_quote
            and not rules.fault.search(clauses[first - 1])
        )
    ):
        first -= 1
    quote = "".join(clauses[first : last + 1]).strip(" \u3000，,")
    return quote.replace("“", "‘").replace("”", "’")


@dataclass(frozen=True)
class FactRemedy:
    kind: str  # the class of ``data/fact_remedies.toml``
    fact: str  # the fact as written in the feedback
    text: str  # the measure


def fact_remedies(detail: str) -> list[FactRemedy]:
    """Measures for the facts of ``detail`` that a remedy class covers, in the facts'
    order, each class once, at most ``per_problem``."""
    rules = remedy_rules()
    out: list[FactRemedy] = []
    used: set[str] = set()
    for fact in facts_of(detail):
        for remedy in rules.classes:
            found = remedy.matches(fact)
            if found is None:
                continue
            if remedy.name not in used:
                used.add(remedy.name)
                quote = quoted(fact, found, rules)
                action = remedy.action_for(quote)
                named = "" if _NAMED.search(quote) else "的问题"  # …等问题 is named already
                out.append(FactRemedy(remedy.name, fact, f"针对“{quote}”{named}，{action}。"))
            break  # a fact gets the first class that covers it
        if len(out) >= rules.per_problem:
            break
    return out


_QUOTE = re.compile(r"^针对“([^”]+)”")
OPEN_FACTS = to_fill("针对“")[:-1]  # how a placeholder naming the open facts begins


def _quote_of(measure: str) -> str | None:
    """The fact a remedy quotes, its nested quotes as written in the feedback."""
    found = _QUOTE.match(measure.strip())
    return None if found is None else found.group(1).replace("‘", "“").replace("’", "”")


def quotes_own_fact(measure: str, detail: str) -> bool:
    """Whether ``measure`` is a remedy for a fact of our own problem (it quotes one of the
    detail's facts): the unit's own measure, which needs no precedent to cite."""
    said = _quote_of(measure)
    return bool(detail) and said is not None and len(said) >= 6 and said in detail


class Subjects(Protocol):
    """What ``unanswered_facts`` needs of the subject matcher (``subject.py``)."""

    idf: Mapping[str, float]
    unseen: float

    def subject_bigrams(self, text: str) -> frozenset[str]: ...


def unanswered_facts(detail: str, measures: Sequence[str], subjects: Subjects) -> list[str]:
    """The facts of ``detail`` that no measure answers: none quotes it, none names the same
    matter of management, and none shares ``covered`` of what one of its clauses is about
    (rarity-weighted subject bigrams):
    公务接待管理不规范 of "公务接待管理不规范，2024年有4批次…无公函", or the 政府采购 of
    "图书采购金额共计386万元，其中48万元未按政府采购规定公开招标")."""
    rules = remedy_rules()
    said = [subjects.subject_bigrams(m) for m in measures]
    # a concrete matter of management (fit.toml [topics]: 公务接待, 公务用车…) named by a
    # measure answers a fact naming it: "无公函" and 公务接待规范 share few bigrams
    matters = {topic for m in measures for topic in topics_named(m)}

    def weight(bigrams: frozenset[str]) -> float:
        return sum(subjects.idf.get(g, subjects.unseen) for g in bigrams)

    out: list[str] = []
    for fact in facts_of(detail):
        left = _unquoted_part(fact, measures, rules.fault)
        if not left or matters.intersection(topics_named(left)):
            continue
        clauses = [b for c in _CLAUSE_SPLIT.split(left) if (b := subjects.subject_bigrams(c))]
        if not clauses:
            continue  # nothing but genre words (工作不到位): no subject to miss
        best = max((weight(c & s) / weight(c) for c in clauses for s in said), default=0.0)
        if best < rules.covered:
            out.append(left)
    return out


def _unquoted_part(fact: str, measures: Sequence[str], fault: re.Pattern[str]) -> str:
    """What of ``fact`` no remedy quotes: all of it, or the clauses beside a quote that
    show a fault of their own (闲置的办公用房 beside a quoted 结余资金), or nothing."""
    quotes = [q for m in measures if (q := _quote_of(m)) is not None and q in fact]
    if not quotes:
        return fact
    left = fact
    for quote in quotes:
        left = left.replace(quote, "，")
    clauses = [c.strip(" \u3000，,") for c in _CLAUSE_SPLIT.split(left)]
    return "，".join(c for c in clauses if len(c) >= 6 and fault.search(c))


def facts_placeholder(facts: Sequence[str]) -> str:
    """【待补充：针对“…”“…”的整改措施】 naming the facts still without a measure."""
    rules = remedy_rules()
    labels = []
    for fact in facts[: rules.named_facts]:
        # the fact is named by what is wrong: 涉企案件审理周期偏长, not 社区党员86名
        found = rules.fault.search(fact)
        head = quoted(fact, found, rules) if found else _CLAUSE_SPLIT.split(fact)[0].rstrip("，, ")
        if len(fact) <= rules.fact_label:
            label = fact
        elif 6 <= len(head) <= rules.fact_label and not head[0].isdigit():
            label = head
        else:
            label = head[: rules.fact_label] + "……"
        labels.append("“" + label.replace("“", "‘").replace("”", "’") + "”")
    more = "等问题" if len(facts) > rules.named_facts else ""
    return to_fill(f"针对{''.join(labels)}{more}的整改措施")
