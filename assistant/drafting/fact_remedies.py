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

from assistant.drafting.fact_clauses import clause_span, near
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.instructions import DEMAND, demands
from assistant.drafting.models import to_fill
from assistant.drafting.remedy_rules import RemedyClass, RemedyRules, remedy_rules

_FACT_SPLIT = re.compile(r"[。；;！!？?\n]")
# a fact's own number in the user's list (1. / （2） / 三是): not part of what is quoted
# …but not the 七、 of 七、八年级, a list of grades
_ORDINAL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}(?:[)）]|、(?![一二三四五六七八九十\d])|[.．](?!\d))|[一二三四五六七八九十]{1,3}是)\s*")
_NAMED = re.compile(r"(?:问题|现象|情况)$")
# a clause that opens with a count (2870人次，其中3批次…) is the tail of the one before it
_BARE_COUNT = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日—\-])")
# a clause that only says what the deed came to (合同金额共计87万元) names no deed: the clause
# before it does (有3名村干部的近亲属承接本村工程5项; re-read of round 62 got the sum alone)
_SUM_ONLY = re.compile(r"^[^，,\d]{0,6}\d[\d.]*\s*[万亿]?元$")
# …nor does one saying only what was overpaid by it (多领补贴0.5万元 after 有9户将…重复申报: the
# overpayment is the deed's, whatever fault the deed shows; round 74 left the deed open), nor one
# saying only what was overcharged by it (多收费用共计31.6万元 after 超过…10年上限: round 75)
_OVERPAID_ONLY = re.compile(r"^(?:据此|共|累计|合计)?多(?:领取?|发放?|拨付?|申领|报销|支付|付|收取?)[^，,\d]{0,12}?约?\d[\d.]*\s*[万亿]?元$")
# a clause opening 且 that names a works of its own (且县烈士陵园二期工程完工后8个月未组织竣工验收)
_AND_FIRST = re.compile(r"^(?:且|并且|而且)(?=[^，。；]{6,})")
_OWN_MATTER = re.compile(r"^且(?![^，。；]*(?:仍|尚|还有|仅|只))[^，。；]{0,14}(?:工程|项目|设施|场馆|系统)[^，。；]{6,}")
_ENDS_ON_COUNT = re.compile(r"\d+\s*(?:名|人|户|家|个|辆|台|处)$")
_ENDS_ON_SUM = re.compile(r"\d[\d.]*\s*[万亿]?元$")
_MONEY_FIRST = re.compile(r"^(?:资金|经费|款项|专项资金)\d[\d.]*\s*[万亿]?元")
# the sum a fault comes to: 合计多发46.8万元, or the money itself (仍收取工本费，多收930元)
_SUM = re.compile(r"^(?:(?:合计|共计|总计|涉及[^，,\d]{0,4}(?:金额|资金))[^，,]{0,12}|[^，,\d]{2,12}(?:共计|合计|总计)\d[\d.]*\s*[万亿]?元|(?:累计|共)?[多少超](?:报销|[收发付领拨计缴支])[^，,\d]{0,6}\d[\d.]*\s*[万亿]?元)$")
RATIO = re.compile(rf"^[^，,\d]{{0,6}}\d+(?:\.\d+)?[%％]$|{_SUM.pattern}")  # 完成率61.5%
# a clause that ends on what was missing (未经…研究) says how a thing was done, not what: the
# thing is in the next clause
_WITHOUT_ONLY = re.compile(r"未经[^，,。；]{0,16}(?:研究|审批|批准|同意|审核|决策|讨论|论证|评估)$")
_HOW_FIRST = re.compile(r"^(?:均|且|也|并|但)?未经")  # …and a clause opening so goes on from a deed
# "only this, not that" is one statement: 仅追回基金和解除协议，未依法作出行政处罚 of a fraud case
# (the case named open beside a measure on the missing penalty, round 66)
_NOT_AFTER_ONLY = re.compile(r"^(?:也|又|均|但|却|而)?未")
_ONLY = re.compile(r"^(?:仅|只)")
# a short clause opening with "afterwards" (事后补录会议纪要) says what followed the deed before it,
# and one of a comparison's setting (同为网吧接纳未成年人的违法行为) is the subject of the clause after
# it (处罚金额从500元到1.5万元不等): each is quoted with the other (round 68)
_AFTERWARDS = re.compile(r"^(?:事后|会后|随后|之后|此后)")
_SAME_CASE = re.compile(r"^(?:同为|同属|同样是)")
# …and a difference (多报15亩) is the difference of the count before it (实际造林面积仅71亩)
_DIFFERENCE = re.compile(r"^(?:多报|多计|多算|少报|少计)\d")
_SUBJECTLESS_START = re.compile(r"^(?:均|也|且|并|但)?未(?!经)")
_DONE_HOW = re.compile(r"^(?:由|向|将|对|以|为|给|擅自|直接|自行|即|便|就)")  # …and goes on with the deed
_UNREADABLE = 8  # a quote shorter than this (7套闲置) says nothing alone: the clause before goes with it
# a procedure skipped, said alone (未履行变更审批程序), is the procedure of the deed before it when
# that one names the same act (1个项目擅自变更设计…): one fault, quoted whole (round 66)
_PROCEDURE_ONLY = re.compile(r"^[^，。；]{0,4}未(?:按规定)?(?:履行|经|办理|报)[^，。；]{0,10}(?:程序|手续|审批|报批)$")
_PROCEDURE_WORDS = re.compile(r"未|按规定|履行|程序|手续|审批|报批|办理|经|报|相关|有关")


# …and a rate alone (审计覆盖率不足15%) of the count before it (仅对126个村中的18个开展了财务审计:
# named open beside a measure on the rate, round 66)
_RATE_ONLY = re.compile(r"^[^，。；\d]{0,10}(?:率|比例|占比)[^，。；]{0,4}(?:仅|不足|低于|只有|未达到?|为)[^，。；]{0,10}$")
# …the thing it is the rate of, the two characters before it (审计 of 审计覆盖率), named before
_RATE_OF = re.compile(r"([^\W\d_]{2})(?:覆盖|完成|达标|执行|参与|知晓|合格|使用|到位)?(?:率|比例|占比)")


def _not_after_only(clause: str, before: str) -> bool:
    """Whether ``clause`` says what was not done after ``before`` said what only was."""
    return bool(_NOT_AFTER_ONLY.match(clause.strip(" \u3000，,、")) and _ONLY.match(before.strip(" \u3000，,、")))


def _rate_of_the_count_before(short: str, before: str) -> bool:
    """Whether ``short`` only says the rate of what ``before`` counts (审计覆盖率不足15% of
    18个村开展了财务审计)."""
    short = short.strip(" \u3000，,、")
    return bool(_RATE_ONLY.match(short)) and (rate := _RATE_OF.search(short)) is not None and rate.group(1) in before


def _procedure_of_the_deed_before(short: str, before: str) -> bool:
    """Whether ``short`` only says the procedure of the act ``before`` names (变更 of 变更设计)."""
    short = short.strip(" \u3000，,、")
    if not _PROCEDURE_ONLY.match(short):
        return False
    core = _PROCEDURE_WORDS.sub("", short)
    return any(core[i : i + 2] in before for i in range(len(core) - 1))


# the group's instruction (须在反馈之日起2个月内完成整改并报送整改情况) is no fault: it dates the
# item (``deadlines.stated_deadline``) and is never named as a fact to answer (read in round 53),
# nor is one with no 须 before it (在反馈之日起2个月内追回全部违规资金, round 55)
_INSTRUCTION = re.compile(
    r"^(?:(?:须|需|必须|要求|应当?|请|限)[^。；]{0,30}|(?:在|自|于)?(?:巡察)?反馈(?:之日|后)[起后]?[^。；]{0,6})"
    r"(?:个月内|日前|日内|之前|以前)"
)


# the group's instruction inside a fact (违规发放的津补贴须在反馈之日起1个月内全额清退) is no fault
_INSTRUCTED = DEMAND
_INSTRUCTED_TAIL = re.compile(rf"[，,]{_INSTRUCTED.pattern}$")


def facts_of(detail: str) -> list[str]:
    """The detail's facts: its sentences and semicolon clauses, as written (not the group's
    instruction when to finish)."""
    facts = (_ORDINAL.sub("", f).strip(" \u3000，,") for f in _FACT_SPLIT.split(detail or ""))
    # …nor a sentence that is only the instruction (被挤占的幼儿伙食费须在反馈之日起2个月内全部退回)
    cut = (
        _INSTRUCTED_TAIL.sub("", f).rstrip(" \u3000，,") for f in facts if not _INSTRUCTION.match(f) and not _INSTRUCTED.fullmatch(f)
    )
    return [f for f in cut if len(f) >= 6]


def quoted(fact: str, fault: re.Match[str], rules: RemedyRules, *, deed_before: bool = True) -> str:
    """What the measure quotes: the clauses of ``fact`` that show the fault (a fact often
    names two faults, and the remedy answers one), with the clause before when they go on
    from it (其中…) or are too short to be read alone and that one shows no fault of its own,
    and (``deed_before``) the deed they were done to (``with_deed_before``); nested quotes as ‘’."""
    clauses, first, last = clause_span(fact, fault)

    def takes_the_one_before(first: int) -> bool:
        span = len("".join(clauses[first : last + 1]))
        if _OWN_MATTER.match(clauses[first].strip(" \u3000，,、")) and rules.any_fault.search(clauses[first - 1]):
            return False  # 且县烈士陵园二期工程…未组织竣工验收 is not the 仅完成29处 before it (round 75)
        if (
            first > 1
            and rules.rest_of_quote.search(clauses[first - 1].strip(" \u3000，,、"))
            and rules.any_fault.search(clauses[first - 2])
            # …but 其中3笔… cannot be read without what it is part of (round 66), nor 未… after 仅…
            and not rules.refers_back.search(clauses[first])
            and not _not_after_only(clauses[first], clauses[first - 1])
            and not (span < rules.shortest_quote and _AFTERWARDS.match(clauses[first]))
        ):
            return False  # 由其他学科教师跨学科任教 is the rest of 教师缺口4人 before it, not our setting
        return bool(
            (
                rules.continues.search(clauses[first])
                # 截至2024年底…负债386万元 after 林地流转未经表决 starts the debt's own statement
                and not (
                    rules.new_setting.search(clauses[first])
                    and rules.fault.search(clauses[first - 1])
                    and not rules.summary.search(clauses[first - 1].strip(" \u3000，,、"))
                )
            )
            or (_BARE_COUNT.match(clauses[first]) and not rules.fault.search(clauses[first - 1]))
            or (_SUM_ONLY.match(clauses[first].strip(" \u3000，,、")) and not rules.fault.search(clauses[first - 1]))
            # money named by its sum alone (资金87万元滞留中心账户) is the money of the clause before,
            # whatever that one says (2个子项目仍未完工: one fault, round 64)
            or _MONEY_FIRST.match(clauses[first].strip(" \u3000，,、")) is not None
            or _OVERPAID_ONLY.match(clauses[first].strip(" \u3000，,、")) is not None
            or rules.cited.search(clauses[first - 1])  # the earlier problems it speaks of
            # 未经村民代表会议表决 says how the deed before it was done (鱼塘直接发包给个人): round 58
            or (_HOW_FIRST.match(clauses[first]) is not None and not rules.fault.search(clauses[first - 1]))
            or _not_after_only(clauses[first], clauses[first - 1])
            or (span < rules.shortest_quote and _AFTERWARDS.match(clauses[first]) is not None)
            or _SAME_CASE.match(clauses[first - 1].strip(" \u3000，,、")) is not None
            or _DIFFERENCE.match(clauses[first].strip(" \u3000，,、")) is not None
            # 未经…集体研究，由主要负责人个人签批后实施: what was done unstudied, read from its start
            or (_DONE_HOW.match(clauses[first]) is not None and _WITHOUT_ONLY.search(clauses[first - 1].rstrip(" \u3000，,")) is not None)
            or span < _UNREADABLE
            or (span < rules.shortest_quote and not rules.fault.search(clauses[first - 1]))
            # …or says not who did it (未签订采购合同，未开展比价 after 食材采购长期由1家供应商供货), whatever
            # fault the clause naming them shows (its quote alone was read as garbled, round 74), unless
            # that one fails at something of its own (11名一年以上未参加组织生活 before 未建立动态管理台账:
            # a register does not answer it)
            or (
                span < rules.shortest_quote
                and _SUBJECTLESS_START.match(clauses[first].strip(" \u3000，,、")) is not None
                and "未" not in clauses[first - 1]
            )
            # …whatever its length, when the clause before only names whom by a count and shows no fault
            # (墓区管理员等岗位使用编外人员14名，未签订劳动合同，也未缴纳社会保险: round 75 quoted the
            # faults without the staff)
            or (
                _SUBJECTLESS_START.match(clauses[first].strip(" \u3000，,、")) is not None
                and _ENDS_ON_COUNT.search(clauses[first - 1].rstrip(" \u3000，,、")) is not None
                and not rules.any_fault.search(clauses[first - 1])
            )
            or (span < rules.shortest_quote and _procedure_of_the_deed_before(clauses[first], clauses[first - 1]))
            or (span < rules.shortest_quote and _rate_of_the_count_before(clauses[first], clauses[first - 1]))
            # …or a summary of its matter that names what it is about (意识形态工作责任制落实不到位，
            # 2024年仅专题研究1次: the count alone says not of what, round 66)
            or (span < rules.shortest_quote and rules.summary.search(clauses[first - 1].strip(" \u3000，,、")) is not None)
        )

    while first > 0 and takes_the_one_before(first):
        first -= 1
    while last + 1 < len(clauses) and (
        _SUM.match(clauses[last + 1].strip(" \u3000，,、")) or _OVERPAID_ONLY.match(clauses[last + 1].strip(" \u3000，,、"))
    ):
        last += 1  # …and the sum it comes to (仍按原标准发放，合计多发1.6万元; …等问题，违规使用医保基金共计136.4万元;
        # 虚报野外作业天数共计486天，多领取野外工作津贴和住勤补助7.3万元: round 75)
    while last + 1 < len(clauses) and _is_rest(clauses[last + 1], rules):
        last += 1  # …and the short rest of its fault (列支工作餐费用23笔，无公函和接待清单: round 63)
    while last + 1 < len(clauses) and clauses[last].rstrip(" \u3000，,").endswith("中"):
        last += 1  # "列支的26.8万元中，有9.2万元用于…" is one statement (read in round 49)
    while (
        last + 1 < len(clauses)
        and _WITHOUT_ONLY.search(clauses[last].rstrip(" \u3000，,"))
        and _DONE_HOW.match(clauses[last + 1])
    ):
        last += 1  # "未经联合社党组研究，向…出借资金80万元": what was done unstudied (round 53)
    while last + 1 < len(clauses) and _is_rest(clauses[last + 1], rules):
        last += 1  # …and the rest of what was done so (…发放奖金共计38.6万元，超出集团核定的工资总额)
    while last + 1 < len(clauses) and _SUM.match(clauses[last + 1].strip(" \u3000，,、")):
        last += 1  # …and what that rest came to (仍按合同全额支付费用，多付金额约9.8万元: round 73)
    quote = "".join(clauses[first : last + 1]).strip(" \u3000，,、").replace("“", "‘").replace("”", "’")
    quote = _AND_FIRST.sub("", quote)  # 且县烈士陵园二期工程…: the 且 ties it to what is not quoted
    return with_deed_before(fact, quote, rules) if deed_before else quote


def with_deed_before(fact: str, quote: str, rules: RemedyRules) -> str:
    """``quote`` with the clause just before it when that one names a deed and the sum it came
    to and shows no fault of its own: what the fault was done to (2024年采购网格员工作手机320部共计
    48万元，拆分为4批次…规避公开招标: round 75 quoted the split alone). For reading only: the
    wording is chosen on the fault, and the deed's 资金 does not make a purchase money."""
    said = fact.replace("“", "‘").replace("”", "’")
    start = said.find(quote)
    if start <= 1 or said[start - 1] not in "，,":
        return quote
    begin = max(said.rfind(c, 0, start - 1) for c in "，,；;。") + 1
    before = said[begin : start - 1].strip(" \u3000")
    if (
        _ENDS_ON_SUM.search(before) is None
        or _SUM_ONLY.match(before) is not None
        or _SUM.match(before) is not None
        or rules.any_fault.search(before) is not None
    ):
        return quote
    return f"{before}，{quote}"


def _is_rest(clause: str, rules: RemedyRules) -> bool:
    """Whether ``clause``, just after a quote, is the short rest of its fault."""
    clause = clause.strip(" \u3000，,、")
    short = len(clause) < rules.shortest_quote and rules.rest_of_quote.search(clause) is not None
    return short or rules.rest_of_quote_long.search(clause) is not None


@dataclass(frozen=True)
class FactRemedy:
    kind: str  # the class of ``data/fact_remedies.toml``
    fact: str  # the fact as written in the feedback (the first, when it quotes several)
    quotes: tuple[str, ...]  # what of the fact(s) it quotes, nested quotes as ‘’
    action: str  # its wording

    @property
    def text(self) -> str:
        """The measure: 针对“…”(“…”)的问题，<action>。 (…等问题 is named already); a demand of
        the group's: 针对“…”的要求，<action>。"""
        named = "的要求" if self.kind == INSTRUCTION else "" if _NAMED.search(self.quotes[-1]) else "的问题"
        return f"针对{''.join(f'“{q}”' for q in self.quotes)}{named}，{self.action}。"


def fact_remedies(detail: str, rules: RemedyRules | None = None) -> list[FactRemedy]:
    """Measures for the facts of ``detail`` that a remedy class covers, in the facts'
    order, at most ``per_problem`` (``rules``: the shipped ones if None): each class once
    first, then a class again for a fact it words differently (a pension drawn for the dead, a
    subsidy claimed for land let out: round 55 left the second open), never the same wording
    twice."""
    rules = rules or remedy_rules()
    found = [r for fact in facts_of(detail) if (r := _first_remedy(fact, detail, rules)) is not None]
    chosen: list[int] = []
    for fresh in (True, False):  # each class once first, then again in other words
        for i, remedy in enumerate(found):
            said = {(found[j].kind, found[j].action) for j in chosen}
            if len(chosen) >= rules.per_problem or i in chosen or (remedy.kind, remedy.action) in said:
                continue
            if not fresh or all(kind != remedy.kind for kind, _said in said):
                chosen.append(i)
    # a fact worded as a chosen one is quoted beside it: one measure answers both (仍以“开户费”
    # 名义…收费 and 多收费用约18.9万元 got the same wording, and the second was named open: round 62)
    quotes = {i: found[i].quotes for i in chosen}
    for i, remedy in enumerate(found):
        same = next((j for j in chosen if (found[j].kind, found[j].action) == (remedy.kind, remedy.action)), None)
        if i not in chosen and same is not None and len(quotes[same]) < _MOST_QUOTED:
            quotes[same] += remedy.quotes
    facts = [replace(found[i], quotes=quotes[i]) for i in sorted(chosen)]
    # …and what the group told us to do by a date, which no fact's remedy promises (round 64)
    return facts + [FactRemedy(INSTRUCTION, q, (q,), a) for q, a in demands(detail, rules.instruction)]


INSTRUCTION = "instruction"  # the kind of a remedy that takes up the group's demand


_MOST_QUOTED = 3  # facts one measure quotes: more reads as a list, not a measure


def _first_remedy(fact: str, detail: str, rules: RemedyRules) -> FactRemedy | None:
    """The remedy of the first class that covers ``fact``."""
    # blanked to the same length, so that a match's place is the fact's
    own = rules.cited.sub(lambda m: "\u3000" * len(m.group(0)), fact)
    own = _INSTRUCTED.sub(lambda m: "\u3000" * len(m.group(0)), own)
    for remedy in rules.classes:
        found = remedy.matches(own, rules.continues)
        if found is None or _in_settled_clause(fact, found, rules):
            continue
        quote = quoted(fact, found, rules, deed_before=False)
        # its wording is for what the quote says, else for the clauses just around it:
        # a 公务接待 two clauses before does not make 以劳务费名义发放 a reception
        around = near(fact, found, None, before=True, fault_of_its_own=rules.any_fault)
        variant = remedy.wording(quote, around)
        action = variant.action if variant else remedy.action
        if (joined := _with_subject_before(fact, quote, remedy, action)) != quote:
            # the clause the quote now opens with may call for a wording of its own: 未发展党员
            # before 2名入党积极分子…材料缺失 is recruitment to take up, not admission to tighten
            quote, variant = joined, remedy.wording(joined, around) or variant
            action = variant.action if variant else remedy.action
        quote = with_deed_before(fact, quote, rules)
        if remedy.settled is not None and _settles(remedy.settled, fact, detail):
            action = (variant.settled_action if variant else "") or remedy.settled_action or action
        elif remedy.partly_action and _partly(fact) and not _TIMED.search(action):
            action = remedy.partly_action  # …unless the wording recovers by a time already (限期追回)
        return FactRemedy(remedy.name, fact, (quote,), action)
    return None


def _with_subject_before(fact: str, quote: str, remedy: RemedyClass, action: str) -> str:
    """``quote`` with the clause just before it when the words that chose the wording
    ``action`` start there (3名在编教师长期借调县直单位，工资和绩效仍由学校发放: the measure
    clears the secondments, and a quote without them left them named open, round 59)."""
    said = fact.replace("“", "‘").replace("”", "’")
    start = said.find(quote)
    if start <= 1 or said[start - 1] not in "，,":
        return quote
    begin = max(said.rfind(c, 0, start - 1) for c in "，,；;。") + 1
    before = said[begin : start - 1].strip(" \u3000")
    joined = f"{before}，{quote}"
    for variant in remedy.variants:
        if variant.action == action and (found := variant.when.search(joined)) is not None:
            return joined if found.start() < len(before) else quote
    return quote


_OWN_SUM = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?元")


def _settles(settled: re.Pattern[str], fact: str, detail: str) -> bool:
    """Whether the problem says ``fact``'s matter is settled: in the fact itself, or in a fact
    of its own that names no sum of its own (违规资金已退回，但未追责). A sum settled in another
    fact (高龄津贴…多发2.4万元，已于巡察期间全部追回) is that sum's, not the 低保金 beside it
    (round 54); a part recovered (共计8.9万元（已追回5.2万元）) settles nothing (round 55)."""
    if settled.search(fact):
        return not _partly(fact)
    return any(settled.search(other) and not _OWN_SUM.search(other) for other in facts_of(detail) if other != fact)


_GOT_BACK = re.compile(
    r"(?:已|仅|只)(?!全部|全额|如数)[^，。；（）()]{0,8}?(?:退回|追回|清退|退还|归还|收回|上缴|缴回|追缴)\s*(\d+(?:\.\d+)?)\s*(万?)元"
    r"|(\d+(?:\.\d+)?)\s*(万?)元已(?:被)?(?:退回|追回|清退|退还|归还|收回|上缴|缴回|追缴)"  # 其中4.2万元已追回
)


def _partly(fact: str) -> bool:
    """Whether the sum got back is less than a sum the fact owes (共计8.9万元，已追回5.2万元)."""
    back = _GOT_BACK.search(fact)
    if back is None:
        return False
    number, unit = (back.group(1), back.group(2)) if back.group(1) else (back.group(3), back.group(4))
    got = float(number) * (10000 if unit else 1)
    owed = (float(m.group(1)) * (10000 if m.group(2) else 1) for m in _AMOUNT.finditer(fact[: back.start()]))
    return any(o > got for o in owed)


_TIMED = re.compile(r"限期|时限")
_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万?)元")


def _clause_at(fact: str, found: re.Match[str]) -> str:
    """The clause of ``fact`` around ``found``, an aside in brackets being a clause of its own
    (共计8.9万元（已追回5.2万元）): unlike ``split_clauses``, which keeps an aside whole."""
    start = max(fact.rfind(c, 0, found.start()) for c in "，,；;（(") + 1
    ends = [i for c in "，,；;）)" if (i := fact.find(c, found.end())) >= 0]
    return fact[start : min(ends) if ends else len(fact)].strip(" \u3000")


def _in_settled_clause(fact: str, found: re.Match[str], rules: RemedyRules) -> bool:
    """Whether ``found`` lies in a clause saying the fault is put right already (巡察期间已追回
    违规资金2.3万元): the fault to answer is elsewhere in the fact, or nowhere (round 55)."""
    return rules.settled_clause.search(_clause_at(fact, found)) is not None


QUOTED = re.compile(r"^针对((?:“[^”]+”)+)")  # one fact or several worded alike
OPEN_FACTS = to_fill("针对“")[:-1]  # how a placeholder naming the open facts begins


def quote_of(measure: str) -> str | None:
    """The (first) fact a remedy quotes, its nested quotes as written in the feedback."""
    quotes = quotes_of(measure)
    return quotes[0] if quotes else None


def quotes_of(measure: str) -> list[str]:
    """Every fact a remedy quotes (针对“…”“…”的问题), nested quotes as in the feedback."""
    found = QUOTED.match(measure.strip())
    if found is None:
        return []
    return [q.replace("‘", "“").replace("’", "”") for q in found.group(1)[1:-1].split("”“")]


_NAMED_AS = re.compile(r"^(?:的问题|的要求)?，")


def wording_of(measure: str) -> str | None:
    """What a remedy promises: its text after the quoted facts (``FactRemedy.text`` read back),
    citation markers left out; None: not a remedy for a fact of ours."""
    text = MARKER_RE.sub("", measure).strip()
    found = QUOTED.match(text)
    if found is None:
        return None
    return _NAMED_AS.sub("", text[found.end() :]).removesuffix("。")


def quotes_own_fact(measure: str, detail: str) -> bool:
    """Whether ``measure`` is a remedy for a fact of our own problem (it quotes one of the
    detail's facts): the unit's own measure, which needs no precedent to cite."""
    said = quote_of(measure)
    return bool(detail) and said is not None and len(said) >= 6 and said in detail
