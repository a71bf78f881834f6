"""Measures that answer OUR problem's own facts (the feedback's detail lines).

A precedent's clause answers its unit's problem; the office reading our plan asks first
whether each fact the inspection found has a remedy: "2名科长在同一岗位任职超过10年" calls
for rotation, "超核定总额发放绩效41.2万元" for the money back. For a fact of a kind listed in
``data/fact_remedies.toml`` the plan promises that remedy, quoting the fact. The remedy is
worded for any kind of unit and the fact is the user's own, so such a measure cannot carry
another unit's roles, sector or region. It cites no precedent: review knows it by the fact
it quotes (``quotes_own_fact``). The facts no measure answers are named in the item's
placeholder (``open_facts.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from assistant.drafting.fact_clauses import (
    A_SUM,
    FOR_FIRST,
    as_written,
    clause_end,
    clause_start,
    near,
    nested,
)
from assistant.drafting.fact_quotes import clause_before, quoted, with_deed_before
from assistant.drafting.instructions import (
    ASKING,
    DEMAND,
    DEMAND_AT_END,
    REST,
    demand_subject,
    demands,
)
from assistant.drafting.remedy_rules import RemedyClass, RemedyRules, remedy_rules
from assistant.drafting.settled_wording import settled_wording

_FACT_SPLIT = re.compile(r"[。；;！!？?\n]")
# a fact's own number in the user's list (1. / （2） / 三是): not part of what is quoted
# …but not the 七、 of 七、八年级, a list of grades
_ORDINAL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}(?:[)）]|、(?![一二三四五六七八九十\d])|[.．](?!\d))|[一二三四五六七八九十]{1,3}是)\s*")
_NAMED = re.compile(r"(?:问题|现象|情况)$")
# the group's instruction (须在反馈之日起2个月内完成整改并报送整改情况) is no fault: it dates the
# item (``deadlines.stated_deadline``) and is never named as a fact to answer (read in round 53),
# nor is one with no 须 before it (在反馈之日起2个月内追回全部违规资金, round 55)
_INSTRUCTION = re.compile(
    rf"^(?:(?:{ASKING}|请|限)[^。；]{{0,30}}|(?:在|自|于)?(?:巡察)?反馈(?:之日|后)[起后]?[^。；]{{0,6}})"
    r"(?:个月内|日前|日内|之前|以前)"
)


# the group's instruction inside a fact (违规发放的津补贴须在反馈之日起1个月内全额清退) is no fault
_INSTRUCTED = DEMAND


def facts_of(detail: str) -> list[str]:
    """The detail's facts: its sentences and semicolon clauses, as written (not the group's
    instruction when to finish)."""
    facts = (_ORDINAL.sub("", f).strip(" \u3000，,") for f in _FACT_SPLIT.split(detail or ""))
    # …nor a sentence that is only the instruction (被挤占的幼儿伙食费须在反馈之日起2个月内全部退回)
    cut = (
        DEMAND_AT_END.sub("", f).rstrip(" \u3000，,") for f in facts if not _INSTRUCTION.match(f) and not _INSTRUCTED.fullmatch(f)
    )
    return [f for f in cut if len(f) >= 6]


@dataclass(frozen=True)
class FactRemedy:
    kind: str  # the class of ``data/fact_remedies.toml``
    fact: str  # the fact as written in the feedback (the first, when it quotes several)
    quotes: tuple[str, ...]  # what of the fact(s) it quotes, nested quotes as ‘’
    action: str  # its wording
    matched: tuple[int, int] = (0, 0)  # where in ``fact`` its class's words are

    @property
    def text(self) -> str:
        """The measure: 针对“…”(“…”)的问题，<action>。 (…等问题 is named already); a demand of
        the group's: 针对“…”的要求，<action>。"""
        named = "的要求" if self.kind == INSTRUCTION else "" if _NAMED.search(self.quotes[-1]) else "的问题"
        said = (FOR_FIRST.sub("", q) for q in self.quotes)
        return f"针对{''.join(f'“{q}”' for q in said)}{named}，{self.action}。"


def fact_remedies(detail: str, rules: RemedyRules | None = None) -> list[FactRemedy]:
    """Measures for the facts of ``detail`` that a remedy class covers, in the facts'
    order, at most ``per_problem`` (``rules``: the shipped ones if None): each class once
    first, then a class again for a fact it words differently (a pension drawn for the dead, a
    subsidy claimed for land let out: round 55 left the second open), never the same wording
    twice."""
    rules = rules or remedy_rules()
    # a fact's first remedy, then (``_second_remedy``) one for a fault of another kind beside it
    tiered = [
        (tier, (n, r.fact.find(as_written(r.quotes[0]))), r)  # …said in the order of the facts and of their faults
        for n, fact in enumerate(facts_of(detail))
        for tier, r in enumerate(_remedies_of(fact, detail, rules))
    ]
    found = [r for _tier, _place, r in tiered]
    chosen: list[int] = []
    # every fact's first remedy is chosen before any fact's second: a second fault of a fact
    # takes only a place the firsts leave (round 76: it took a fact's only measure away)
    passes = [(tier, fresh) for tier in (0, 1) for fresh in (True, False)]
    for tier, fresh in passes:  # each class once first, then again in other words
        for i in (i for i in range(len(found)) if tiered[i][0] == tier):
            remedy = found[i]
            said = {(found[j].kind, found[j].action) for j in chosen}
            # …nor the same wording under another class (a shared variant: round 149 gave 未经政治审查 and 入党材料缺失
            # one admission review twice, word for word)
            if len(chosen) >= rules.per_problem or i in chosen or remedy.action in {a for _k, a in said}:
                continue
            if not fresh or all(kind != remedy.kind for kind, _said in said):
                chosen.append(i)
    # a fact worded as a chosen one is quoted beside it: one measure answers both (仍以“开户费”
    # 名义…收费 and 多收费用约18.9万元 got the same wording, and the second was named open: round 62)
    quotes = {i: found[i].quotes for i in chosen}
    for i, remedy in enumerate(found):
        same = next((j for j in chosen if found[j].action == remedy.action), None)
        if i not in chosen and same is not None and len(quotes[same]) < _MOST_QUOTED:
            quotes[same] += remedy.quotes
    # …in the order the detail says them (2人政审材料缺失 was quoted before the activists' clause ahead of it: this pass)
    in_order = {i: tuple(sorted(q, key=lambda said: _place(detail, said))) for i, q in quotes.items()}
    facts = [replace(found[i], quotes=in_order[i]) for i in sorted(chosen, key=lambda i: tiered[i][1])]
    # …and what the group told us to do by a date, which no fact's remedy promises (round 64)
    orders = [
        FactRemedy(INSTRUCTION, q, (q,), a)
        for q, a in demands(detail, rules.instruction)
        if not _promised_by(q, facts, rules) and not _taken_up(q, facts, rules, detail)
    ]
    return _rest_ordered_back(facts, orders, detail, rules)


def _place(detail: str, quote: str) -> int:
    """Where ``quote`` stands in ``detail`` (past its end if it is not there as written)."""
    at = detail.find(as_written(quote))
    return at if at >= 0 else len(detail)


# the rest of a sum still owed that the group orders back by a date (至今仍有6.8万元未追缴到位，要求在反馈之日起2个月内追缴完毕)
_REST_NAMED = re.compile(r"^(?:其余|剩余|余下)(?:的)?(?:款项|资金)?\s*(\d+(?:\.\d+)?\s*万?元)")
_REST_OWED = re.compile(r"^(?:至今|目前|现|截至[^，,]{0,12}|巡察时)?(?:仍有|尚有|还有|仍)[^，,。；;]{0,6}\d[\d.]*\s*万?元[^，,]{0,6}未")


def _rest_ordered_back(facts: list[FactRemedy], orders: list[FactRemedy], detail: str, rules: RemedyRules) -> list[FactRemedy]:
    """``facts`` and ``orders``, an order on the rest of a sum taking in the remedy of the clause just before it that
    names the sum (上轮巡察指出的应追缴违规资金15.3万元): that remedy promised the whole back again though part was back,
    beside the order's measure for the rest (round 150's river town)."""
    kept, taken = list(facts), []
    for order in orders:
        said = as_written(order.fact)
        at = detail.find(said)
        owner = None
        if _REST_OWED.match(said) and at > 0:
            before = detail[:at].rstrip(" \u3000，,")
            owner = next(
                (f for f in kept if rules.instruction.recovering.search(f.action) and before.endswith(as_written(f.quotes[-1]))),
                None,
            )
        elif (rest := _REST_NAMED.match(said)) is not None:
            # …or the one measure whose quote names that very sum (其余0.41万元 of 套取补贴资金0.41万元: round 151's town)
            owning = [f for f in kept if rules.instruction.recovering.search(f.action) and any(rest.group(1) in q for q in f.quotes)]
            owner = owning[0] if len(owning) == 1 else None
        if owner is not None:
            kept.remove(owner)
            last, head = as_written(owner.quotes[-1]), said.split("，")[0]
            if last.endswith(head):
                # …its quote ending on the order's own first clause (…其余10.4万元尚未退回) says it once
                order = replace(order, quotes=(*owner.quotes[:-1], nested(last[: -len(head)] + said)))
            else:
                order = replace(order, quotes=owner.quotes + order.quotes)
        taken.append(order)
    return kept + taken


def _taken_up(demand: str, facts: list[FactRemedy], rules: RemedyRules, detail: str) -> bool:
    """Whether a remedy worded for the group's order (a class's ``instructed_action``) quotes what ``demand``
    orders: the order is promised already (round 99: 按反馈要求的时限全部催收到位 and 制定工作方案… of one debt), or the
    order ends the fact that remedy is for (…拖欠水资源费11.2万元…，巡察期间已追缴8.5万元，其余应在反馈之日起2个月内追缴到位:
    round 159 gave the rest a measure of its own, its quote cut from the debt)."""
    instructed = {c.instructed_action for c in rules.classes if c.instructed_action}
    subject = demand_subject(demand)

    def ends_its_fact(fact: str) -> bool:
        if not any(REST.match(c.strip(" \u3000")) for c in demand.split("，")):
            return False  # …an order on the rest of its sum only (拖欠的承包费和代付电费应在… names more: round 131)
        at = detail.find(fact)
        return at >= 0 and at <= detail.find(as_written(demand), at) <= at + len(fact) + 1

    return any(
        f.action in instructed
        and (any(as_written(q) in demand or (subject and subject in q) for q in f.quotes) or ends_its_fact(f.fact))
        for f in facts
    )


def _promised_by(demand: str, facts: list[FactRemedy], rules: RemedyRules) -> bool:
    """Whether a remedy beside the group's demand promises it already: a demand naming no sum of its
    own (无政策依据，在反馈之日起2个月内清退到位) on what a remedy quotes and gets back in the same
    verb's sense (…发放津补贴43.6万元，无政策依据 → 清退收回): round 88 read the two as one refund
    promised twice. The item's goal keeps the date."""
    *before, own = demand.split("，")
    if not before or A_SUM.search(demand) or not rules.instruction.recovering.search(own):
        return False
    return any(
        all(part in quote for part in before) and rules.instruction.recovering.search(f.action)
        for f in facts
        for quote in f.quotes
    )


INSTRUCTION = "instruction"  # the kind of a remedy that takes up the group's demand


_MOST_QUOTED = 3  # facts one measure quotes: more reads as a list, not a measure


def _remedies_of(fact: str, detail: str, rules: RemedyRules) -> list[FactRemedy]:
    """``fact``'s remedy, and a second one for a fault of another kind the first one's quote
    leaves out (编外人员…未签订劳动合同，未依法缴纳社会保险，2人为领导亲属且未经公开招聘: the contracts
    and the insurance were named open beside the recruitment's measure, round 76)."""
    first = _first_remedy(fact, detail, rules)
    if first is None:
        return []
    second = _second_remedy(fact, detail, first, rules)
    if second is not None and rules.summary.search(as_written(first.quotes[0])) is not None:
        # a fact's summary (镇党委对村级“三资”监管不力) yields its place to the deed it sums up (南街村…未经村民代表会议表决和
        # 公开招租，直接续租…): round 163's county-seat town left the lease unanswered at the item's limit
        return [second, first]
    return [first] if second is None else [first, second]


_OWN_PEOPLE_AND_SUM = re.compile(r"^(?:另有|还有|此外)?\d+\s*(?:名|人|户)[^。；]*\d[\d.]*\s*万?元")


def _second_remedy(fact: str, detail: str, first: FactRemedy, rules: RemedyRules) -> FactRemedy | None:
    """The remedy of the first class covering what ``first``'s quote leaves of ``fact``: another
    kind of fault, quoted apart from ``first``'s."""
    quote = as_written(first.quotes[0])
    at = fact.find(quote)
    if at < 0:
        return None
    second = _first_remedy(fact, detail, rules, skip=(at, at + len(quote)), claimed=first.matched)
    if second is None:
        return None
    said = as_written(second.quotes[0])
    start = fact.find(said)
    if start < 0:
        return None
    end = start + len(said)
    own, apart = said, start < at + len(quote) and at < end
    if apart:
        # its quote runs into the first one's (…其中8个项目…拆分规避招标，4个项目未经结算审计即支付全款): the
        # part after it, or before it, is its own
        own = fact[at + len(quote) : end] if end > at + len(quote) else fact[start:at] if start < at else ""
        own = _AND.sub("", own.strip(" \u3000，,、；;"))  # 且未经…集体研究 reads alone without its 且
        # …unless it cannot be read without the first (其中3个楼盘…; 至2025年3月仍有610万元未支付; 该支部…: round 77)
        if len(own) < rules.shortest_quote // 2 or _READS_BACK.match(own):
            return None
    if second.kind == first.kind:
        # …of another class: the same class again is the same fault told twice (其余0.8万元尚未追回 of a pension
        # drawn for the dead); but not other people's money in words of its own (另有3名…在外省落户后仍在本县领取生活补助1.2万元
        # beside 7名已去世…继续领取: this pass's own reading of a veterans bureau named it open)
        alone = _first_remedy(own, detail, rules) if _OWN_PEOPLE_AND_SUM.match(own) else None
        if alone is None or alone.kind != first.kind or alone.action == first.action:
            return None
        shift = fact.find(own)
        return replace(alone, fact=fact, matched=(alone.matched[0] + shift, alone.matched[1] + shift))
    # …the clause its class's words are in (明显低于周边同类水面价格 beside 租金明显偏低…予以纠正 does not answer the 拖欠承包费
    # after it: round 132's fishing-ban township lost the debt's measure once the lease wording named low rents)
    words = _clause_at(fact, second.matched)
    if any(asks.search(words) and promise.search(first.text) for asks, promise in rules.answered_by):
        return None  # the first one's wording answers it already (宣传台账与实际不符 beside 据实更正)
    if _BARE_TALLY.match(own) and start >= at + len(quote) and not fact[at + len(quote) : start].strip(" \u3000，,"):
        return None  # the tally of what the first names, right after it (渔船党小组有名无实，2023年以来仅开展活动2次: round 158)
    return replace(second, quotes=(nested(own),))


_BARE_TALLY = re.compile(r"^(?:\d{4}年(?:以来|全年)?)?(?:仅|只)(?:开展|召开|组织|举办)[^，。；\d]{0,6}\d+次$")
_AND = re.compile(r"^(?:并且|而且|且)|^(?:并|也)(?=未|无|没有)")  # 且拖欠…租金 reads alone as 拖欠…; 并将… does not
_READS_BACK = re.compile(
    r"^(?:该|此|上述|前述|以上|至\d|至巡察|至今|截至|截止|同时|并|且|但|而|仍|尚|其余|也|均|按|以|经|计入|加剧|导致|造成|致使|使得)"
    r"|^其中[^，。；]{0,12}(?:仍|尚)未[^，。；]{0,4}$"  # 其中3个楼盘已交付使用仍未补缴: unpaid what?
)


def _first_remedy(
    fact: str, detail: str, rules: RemedyRules, skip: tuple[int, int] | None = None, claimed: tuple[int, int] = (0, 0)
) -> FactRemedy | None:
    """The remedy of the first class that covers ``fact`` (outside ``skip``, a span another
    remedy quotes, whose class's words are at ``claimed``)."""
    # blanked to the same length, so that a match's place is the fact's
    own = rules.cited.sub(lambda m: "\u3000" * len(m.group(0)), fact)
    own = _INSTRUCTED.sub(lambda m: "\u3000" * len(m.group(0)), own)
    if skip is not None:
        whole, own = own, own[: skip[0]] + "\u3000" * (skip[1] - skip[0]) + own[skip[1] :]
    for remedy in rules.classes:
        found = remedy.matches(own, rules.continues)
        if found is None or _in_settled_clause(fact, found, rules):
            continue
        if skip is not None and remedy.unless is not None and any(
            not (claimed[0] <= m.start() and m.end() <= claimed[1]) for m in remedy.unless.finditer(whole)
        ):
            # what rules a class out rules it out of the whole fact (宅基地 of 未批先建: round 77), but for
            # the words the other remedy's class took (the 未经 of 未经公开招聘 is the recruitment's)
            continue
        quote = quoted(fact, found, rules, deed_before=False)
        # its wording is for what the quote says, else for the clauses just around it:
        # a 公务接待 two clauses before does not make 以劳务费名义发放 a reception
        around = near(fact, found, None, before=True, fault_of_its_own=rules.any_fault)
        variant = remedy.wording(quote, around, fact)
        action = variant.action if variant else remedy.action
        if (joined := _with_subject_before(fact, quote, remedy, action)) != quote:
            # the clause the quote now opens with may call for a wording of its own: 未发展党员
            # before 2名入党积极分子…材料缺失 is recruitment to take up, not admission to tighten
            quote, variant = joined, remedy.wording(joined, around, fact) or variant
            action = variant.action if variant else remedy.action
        quote = with_deed_before(fact, quote, rules)
        if variant is not None and variant.whole_fact:
            quote = _through_its_words(fact, quote, variant.when)
        action = settled_wording(remedy, variant, action, fact, facts_of(detail), detail, quote)
        if remedy.instructed_action and action == remedy.action and _instructed(fact, detail, rules.instruction.only_a_plan):
            action = remedy.instructed_action
        return FactRemedy(remedy.name, fact, (quote,), action, found.span())
    return None


def _instructed(fact: str, detail: str, only_a_plan: re.Pattern[str]) -> bool:
    """Whether the group's demand by a time follows ``fact`` in ``detail`` (…拖欠承包费19.2万元，要求在反馈之日起
    2个月内清收到位: ``facts_of`` cut the demand off the fact)."""
    at = detail.find(fact)
    demand = _INSTRUCTED.match(detail, at + len(fact) + 1) if at >= 0 else None
    # …or a sentence of its own later on naming what the fact is about (…拖欠租金6.8万元未催缴。…拖欠租金应在
    # 反馈之日起2个月内追缴到位: round 157's grain company kept "确实无法收回的按规定程序处理")
    if demand is None and at >= 0:
        later = (d for d in _INSTRUCTED.finditer(detail, at + len(fact)) if _standing_alone(detail, d.start()))
        demand = next((d for d in later if (subject := demand_subject(d.group(0))) and subject in fact), None)
    # …to get it in by then, not only to plan how (应在反馈之日起3个月内制定清收方案: round 125's horse ranch)
    return demand is not None and only_a_plan.search(demand.group(0)) is None


def _standing_alone(detail: str, at: int) -> bool:
    """Whether a demand found at ``at`` starts a sentence of ``detail``."""
    return at == 0 or detail[at - 1] in "。；;"


def remedy_alone(clause: str, rules: RemedyRules) -> str | None:
    """The class ``clause`` would get as a fact of its own (``open_facts`` asks whether another
    class's wording covers it)."""
    found = _first_remedy(clause.strip(" \u3000，,、"), clause, rules)
    return found.kind if found is not None else None


def _with_subject_before(fact: str, quote: str, remedy: RemedyClass, action: str) -> str:
    """``quote`` with the clause just before it when the words that chose the wording
    ``action`` start there (3名在编教师长期借调县直单位，工资和绩效仍由学校发放: the measure
    clears the secondments, and a quote without them left them named open, round 59)."""
    before = clause_before(fact, quote)
    if before is None:
        return quote
    joined = f"{before}，{quote}"
    for variant in remedy.variants:
        if variant.action == action and (found := variant.when.search(joined)) is not None:
            return joined if found.start() < len(before) else quote
    return quote


def _through_its_words(fact: str, quote: str, when: re.Pattern[str]) -> str:
    """``quote`` over the clauses where a ``whole_fact`` variant's words are, when they go on past it in ``fact``: the
    measure answers them (…向承包方收取18万元 chose the wording for 共36万元存入总务处自管账户…形成账外资金, which the
    placeholder then asked for again: round 151's senior high; 远程影像、心电诊断中心建成后…有2家至今未接入 quoted only its last
    clause, which said not what they had not joined: round 158's hospital)."""
    said = as_written(quote)
    start = fact.find(said)
    end = start + len(said)
    # its words in the clause just after it (…无公函和接待清单，其中5笔…由企业代付费用1.2万元) are the same fault's: the
    # quote goes on to them (round 172's poultry town named the firm's paying open beside the measure on it); words
    # wholly before the quote, or two clauses on (…无验收人签字，保健室未…营养分析，食品留样记录有19天缺失), are not
    found = [m.span() for m in when.finditer(fact) if m.end() >= start and _next_clause_at_most(fact[end : m.start()])]
    if start < 0 or not found:
        return quote
    if (first := min(s for s, _e in found)) < start:
        start = clause_start(fact, first, "，,；;。")
    if (last := max(e for _s, e in found)) > end:
        end = clause_end(fact, last - 1, "，,；;。")
    return quote if fact[start:end] == said else nested(fact[start:end])


def _next_clause_at_most(gap: str) -> bool:
    """Whether text between a quote and words after it crosses at most one comma and no sentence's end."""
    return len(re.findall("[，,]", gap)) <= 1 and not re.search("[；;。]", gap)


def _clause_at(fact: str, span: tuple[int, int]) -> str:
    """The clause of ``fact`` around ``span``, an aside in brackets being a clause of its own
    (共计8.9万元（已追回5.2万元）): unlike ``split_clauses``, which keeps an aside whole."""
    start = clause_start(fact, span[0], "，,；;（(")
    return fact[start : clause_end(fact, span[1], "，,；;）)")].strip(" \u3000")


def _in_settled_clause(fact: str, found: re.Match[str], rules: RemedyRules) -> bool:
    """Whether ``found`` lies in a clause saying the fault is put right already (巡察期间已追回
    违规资金2.3万元): the fault to answer is elsewhere in the fact, or nowhere (round 55)."""
    return rules.settled_clause.search(_clause_at(fact, found.span())) is not None
