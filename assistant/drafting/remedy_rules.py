"""The remedy classes and their limits (``data/fact_remedies.toml``, with the user's files from
``<home>/rules/remedies/``): which words of a fact choose which measure, and how a quote is
bounded. Read by ``fact_remedies.py`` (the measures) and ``open_facts.py`` (what is left open)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.drafting.fact_clauses import near
from assistant.drafting.instructions import InstructionRules
from assistant.i18n import _
from assistant.units.lexicon import Stamp, files_stamp, shipped_rules

# A user adds classes (tried before the shipped ones) or changes [limits] in these files.
USER_DIR = Path("rules") / "remedies"


@dataclass(frozen=True)
class Variant:
    """A fact's own wording of its class: for a fact with ``when``'s words, ``action``; and
    ``settled_action`` when the problem says the matter is settled already (a fee refunded
    during the inspection is not "adjusted in the books": the staff who took it are dealt with)."""

    when: re.Pattern[str]
    action: str
    settled_action: str = ""
    # `partly_action`: its own wording when part of the sum is back (income kept off the books is booked, not refunded)
    partly_action: str = ""
    # `quoted_only`: chosen only for what the quote itself says, never for the clauses around it
    # (a blocked fire exit two clauses away does not make a broken sprinkler an exit to clear)
    quoted_only: bool = False
    # `whole_fact`: chosen for the words of the clauses around the quote before any variant chosen for the quote
    # alone (a class a public school may not run, named a clause before the charge quoted: every fee of it is
    # refunded, however the quote words its charge: round 103)
    whole_fact: bool = False


@dataclass(frozen=True)
class RemedyClass:
    name: str
    when: re.Pattern[str]
    action: str
    also: re.Pattern[str] | None = None  # `with`: the clauses around the match must match this too
    unless: re.Pattern[str] | None = None
    variants: tuple[Variant, ...] = ()  # a fact's own wording of it
    # `settled`: words of the problem saying the matter is settled already (违规资金已退回), and
    # the wording then (`settled_action`): what is settled is not promised again
    settled: re.Pattern[str] | None = None
    settled_action: str = ""
    # `partly_action`: the wording when the fact says part of its sum is back already (合计3.9万元，
    # 其中2.1万元已退回): the rest is recovered, the whole is not promised again (round 65)
    partly_action: str = ""
    # `instructed_action`: the wording when the group ordered the fact settled by a time (拖欠承包费19.2万元，要求在反馈
    # 之日起2个月内清收到位): what was ordered is not given up ("确实无法收回的…", round 99)
    instructed_action: str = ""

    def variant_of(self, text: str, around: bool = False) -> Variant | None:
        """The first variant whose words ``text`` has, if any (``around``: text beside the
        quote, which ``quoted_only`` variants are not chosen for)."""
        return next((v for v in self.variants if v.when.search(text) and not (around and v.quoted_only)), None)

    def variant_for(self, text: str) -> str | None:
        """The wording of the first variant whose words ``text`` has, if any."""
        found = self.variant_of(text)
        return found.action if found else None

    def wording(self, quote: str, fact: str = "", whole: str = "") -> Variant | None:
        """The variant for what ``quote`` says, else for ``fact`` (the clauses around it: 7套闲置
        of the 周转房 named a clause before); None: the class's own wording. A ``whole_fact`` variant
        whose words ``whole`` (the whole fact) has comes first."""
        first = next((v for v in self.variants if v.whole_fact and v.when.search(f"{whole or fact}{quote}")), None)
        return first or self.variant_of(quote) or self.variant_of(fact, around=True)

    def action_for(self, quote: str, fact: str = "") -> str:
        """The wording for what ``quote`` (else ``fact``) says."""
        found = self.wording(quote, fact)
        return found.action if found else self.action

    def matches(self, fact: str, continues: re.Pattern[str] | None = None) -> re.Match[str] | None:
        found = self.when.search(fact)
        if found is None:
            return None
        if self.also is not None and not self.also.search(near(fact, found, continues)):
            return None
        if self.unless is not None and self.unless.search(fact):
            return None
        return found

    def answers_within(self, clause: str, fact: str) -> bool:
        """Whether ``clause`` shows this class's fault, what the class needs beside its words
        being anywhere in ``fact`` (3笔在景区农家乐接待存在超标准问题 of 列支公务接待费用23笔:
        the money is named in the quoted clause before it, round 58)."""
        return (
            self.when.search(clause) is not None
            and (self.also is None or self.also.search(fact) is not None)
            and (self.unless is None or self.unless.search(clause) is None)
        )


@dataclass(frozen=True)
class RemedyRules:
    classes: tuple[RemedyClass, ...]
    per_problem: int
    covered: float
    answering_topics: frozenset[str]  # matters of management a general measure settles
    named_facts: int
    fact_label: int
    label_parts: int  # fault clauses named per fact, then 等
    shared_term: int  # a run this long of a clause's subject that a measure repeats answers it
    shortest_quote: int
    subjectless: re.Pattern[str]  # a short open part that says not who or what (节假日未按规定封存)
    continues: re.Pattern[str]
    refers_back: re.Pattern[str]  # a continuation unreadable without the clause before (其中…)
    new_setting: re.Pattern[str]  # a continuation that sets a new date (截至…): not another fault's
    rest_of_quote: re.Pattern[str]  # a short clause after a quote that is the rest of its fault
    rest_of_quote_long: re.Pattern[str]  # ...and one of any length (a standard the quote missed)
    # a short quote saying only that someone failed to notice or stop (保障股未及时发现和收回): its subject is the clause before
    not_noticed: re.Pattern[str]
    fault: re.Pattern[str]  # a word that shows a fault: where a quote begins and ends
    any_fault: re.Pattern[str]  # ...or these too (also_fault): what a placeholder names
    cited: re.Pattern[str]  # earlier problems quoted by name, whose words are not this fact's
    summary: re.Pattern[str]  # a clause that sums up a matter's fault (巡查制度落实不严)
    settled_clause: re.Pattern[str]  # a clause saying a fault is put right already (已退回…)
    # a clause matching the first (其余3.6万元尚未追缴) is answered by any measure of its item
    # matching the second (…按规定追回): what the item promises already, not named open again
    answered_by: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    # after a quoted summary matching the first (试剂出入库台账不全), only a clause matching the
    # second is its instance (2024年有2次党员大会无会议记录), quoted with it; another fault after
    # it (价值5.8万元的过期试剂未按规定报损处置) is one of its own
    instances: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]
    instruction: InstructionRules  # the group's demands by a date, taken up by a measure
    # a clause showing one of these faults needs a wording of its own: the wording a quote beside it got
    # for the fact as a whole does not answer it (且未经支委会集体研究 beside a quoted split purchase)
    own_wording: re.Pattern[str] = re.compile(r"(?!)")
    # …unless the wording beside it says what such a clause needs (一律提交党组织会议研究决定)
    own_wording_answered: re.Pattern[str] = re.compile(r"(?!)")
    # a part counted out of a quoted set (其中6笔人均用餐标准超过规定) with one of these faults is answered by a measure that goes
    # through the set one by one; a part with a fault of another weight (其中5笔由试剂供应商代为结算) is not
    part_of_checked: re.Pattern[str] = re.compile(r"(?!)")


def remedy_rules(home: Path | None = None) -> RemedyRules:
    """The shipped remedy classes, with the user's (``<home>/rules/remedies/*.toml``:
    their [[class]] entries first, so theirs win; [limits] key by key); cached per file state."""
    return _rules(str(home) if home else None, files_stamp(home, USER_DIR))


@functools.lru_cache(maxsize=8)
def _rules(home: str | None, stamp: Stamp) -> RemedyRules:
    return shipped_rules(
        _build,
        "assistant.drafting.data",
        "fact_remedies.toml",
        home,
        USER_DIR,
        stamp,
        error=_("整改措施规则有误：{error}"),
        hint=_(
            "每个 [[class]] 需要 name、when 与 action，正则表达式须能编译；[[class.variant]] 需要 when 与 action，"
            "或以 use 引用已定义的 [[shared_variants.名称]]；[limits] 的值须为数字或正则表达式"
        ),
    )


def _expanded(variants: list[dict[str, Any]], shared: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """A class's variants with each ``use = "name"`` entry replaced, in its place, by the
    variants of ``[[shared_variants.name]]``: wording several classes give the same facts
    (a recruitment's, whichever class its fault falls in) is written once; a shared group may use another.
    Keys written beside ``use`` override the group's own (its ``when``, ``whole_fact``…): a class that needs the
    same wording for other words keeps one action, not a copy of it."""
    return [
        {**v, **{key: value for key, value in entry.items() if key != "use"}}
        for entry in variants
        for v in (_expanded(shared[entry["use"]], shared) if "use" in entry else [entry])
    ]


def _build(raw: dict[str, Any]) -> RemedyRules:
    def optional(key: str, entry: dict[str, Any]) -> re.Pattern[str] | None:
        return re.compile(entry[key]) if key in entry else None

    return RemedyRules(
        classes=tuple(
            RemedyClass(
                name=str(entry["name"]),
                when=re.compile(entry["when"]),
                action=str(entry["action"]),
                also=optional("with", entry),
                unless=optional("unless", entry),
                variants=tuple(
                    Variant(
                        re.compile(v["when"]),
                        str(v.get("action", entry["action"])),  # no action: the class's own wording
                        str(v.get("settled_action", "")),
                        str(v.get("partly_action", "")),
                        bool(v.get("quoted_only", False)),
                        bool(v.get("whole_fact", False)),
                    )
                    for v in _expanded(entry.get("variant", []), raw.get("shared_variants", {}))
                ),
                settled=optional("settled", entry),
                settled_action=str(entry.get("settled_action", "")),
                partly_action=str(entry.get("partly_action", "")),
                instructed_action=str(entry.get("instructed_action", "")),
            )
            for entry in raw["class"]
        ),
        per_problem=int(raw["limits"]["per_problem"]),
        covered=float(raw["limits"]["covered"]),
        answering_topics=frozenset(map(str, raw["limits"]["answering_topics"])),
        named_facts=int(raw["limits"]["named_facts"]),
        fact_label=int(raw["limits"]["fact_label"]),
        label_parts=int(raw["limits"]["label_parts"]),
        shared_term=int(raw["limits"]["shared_term"]),
        shortest_quote=int(raw["limits"]["shortest_quote"]),
        subjectless=re.compile(raw["limits"]["subjectless"]),
        continues=re.compile(raw["limits"]["continues"]),
        refers_back=re.compile(raw["limits"]["refers_back"]),
        new_setting=re.compile(raw["limits"]["new_setting"]),
        rest_of_quote=re.compile(raw["limits"]["rest_of_quote"]),
        # …and a clause saying only that someone failed to notice it (公司未发现、未制止) is the rest of the quote before it
        rest_of_quote_long=re.compile(f'^[^，。；]{{0,8}}{raw["limits"]["not_noticed"]}$|{raw["limits"]["rest_of_quote_long"]}'),
        not_noticed=re.compile(f'{raw["limits"]["not_noticed"]}$|{raw["limits"]["not_stopped"]}$'),
        fault=re.compile(raw["limits"]["fault"]),
        any_fault=re.compile(f'{raw["limits"]["fault"]}|{raw["limits"]["also_fault"]}'),
        cited=re.compile(raw["limits"]["cited"]),
        summary=re.compile(raw["limits"]["summary"]),
        settled_clause=re.compile(raw["limits"]["settled_clause"]),
        answered_by=tuple(
            (re.compile(pair["clause"]), re.compile(pair["measure"])) for pair in raw["limits"]["answered_by"]
        ),
        instances=tuple(
            (re.compile(pair["summary"]), re.compile(pair["instance"])) for pair in raw["limits"].get("instance_of", [])
        ),
        own_wording=re.compile(raw["limits"].get("own_wording", r"(?!)")),
        own_wording_answered=re.compile(raw["limits"].get("own_wording_answered", r"(?!)")),
        part_of_checked=re.compile(raw["limits"].get("part_of_checked", r"(?!)")),
        instruction=InstructionRules(
            only_deadline=re.compile(raw["instruction"]["only_deadline"]),
            recovering=re.compile(raw["instruction"]["recovering"]),
            recover_action=str(raw["instruction"]["recover_action"]),
            other_work=re.compile(raw["instruction"].get("other_work", r"(?!)")),
            only_a_plan=re.compile(raw["instruction"].get("only_a_plan", r"(?!)")),
            action=str(raw["instruction"]["action"]),
        ),
    )
