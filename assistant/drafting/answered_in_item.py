"""What of a fact the item answers though no measure quotes it: a clause put right already, a clause asking what a
measure of the item promises in words of its own, a part counted out of a set a measure goes through one by one.
``open_facts`` leaves these out of the placeholder: named open, readers took them for faults answered twice."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.drafting.fact_clauses import A_SUM
from assistant.drafting.remedy_rules import RemedyRules
from assistant.drafting.sums_back import another_sum_back


def settled_here(clauses: Sequence[str], i: int, rules: RemedyRules) -> bool:
    """Whether clause ``i`` is put right already: it says so, or the clause after it does of
    it (违规结算医保基金2.9万元，已于巡察期间退回医保基金专户: round 71 named the sum open)."""
    if rules.settled_clause.search(clauses[i]) is not None:
        return True
    if _UNDER_A_NAME.match(clauses[i].strip(" \u3000，,")) and not A_SUM.search(clauses[i]) and i + 1 < len(clauses):
        # what was done under a name (以“银企对接会”名义召开会议6次) whose cost, in the clause after, is back already (…费用共计
        # 3.24万元由县农商银行承担，已于巡察期间退回): round 193 named the meetings open alone
        return settled_here(clauses, i + 1, rules) and A_SUM.search(clauses[i + 1]) is not None
    after = clauses[i + 1].strip(" \u3000，,") if i + 1 < len(clauses) else ""
    if len(after) <= _SHORT_REST and i + 2 < len(clauses) and _SETTLED_OPENING.match(clauses[i + 2].strip(" \u3000，,")):
        # …or the one after a short rest of it (发放购物卡1.6万元，超出规定标准，巡察期间已全部退回: round 166 named the cards open)
        after = clauses[i + 2].strip(" \u3000，,")
    # …said with when and naming no sum of its own (巡察期间已退回: round 157's middle school named the 0.48万元 open; not
    # 目前已追回1.4万元, a part)
    opens = after.startswith("已") or (_SETTLED_OPENING.match(after) is not None and not _A_DIGIT.search(after))
    if opens and another_sum_back(clauses[i], after):
        return False  # 值守补贴3.6万元…，已于巡察期间清退1.2万元: the rest is still owed (round 170's dump found it named nowhere)
    # …or put right late (其中…拖欠62名农民工工资84.7万元，问题拖延7个月才得到解决: round 158 named the wages owed still)
    return bool(after) and ((opens and rules.settled_clause.search(after) is not None) or _SOLVED_LATE.match(after) is not None)


_SHORT_REST = 6  # 超出规定标准
_UNDER_A_NAME = re.compile(r"^[^，。；]{0,16}以[“‘\"][^，。；]{1,30}名义")
_SETTLED_OPENING = re.compile(r"^(?:(?:于|在)?(?:巡察|巡视)期间|目前|现)已")
_A_DIGIT = re.compile(r"\d")
_SOLVED_LATE = re.compile(r"^(?:该|此)?(?:问题|案件)?[^，。；]{0,10}才(?:得到|得以)?(?:解决|结清|办结|支付到位|兑付到位)$")


def promised_in_item(clause: str, measures: Sequence[str], rules: RemedyRules) -> bool:
    """Whether ``clause`` asks for what a measure of the item promises in words of its own
    (``answered_by``): the rest of a sum still to recover (其余3.6万元尚未追缴) beside 违规领取的
    资金按规定追回 (round 54), staff never held to account beside 对相关责任人依规依纪追究责任
    (re-read of round 62): named open needlessly."""
    # …whether or not it is marked as the rest of a sentence (……其中…问题整改台账标注“已完成”: round 157)
    clause = clause.strip(" \u3000，,").lstrip("…")
    return any(
        asks.search(clause) is not None and any(promise.search(m) for m in measures)
        for asks, promise in rules.answered_by
    )


# a part counted out of a quoted set (…列支公务接待费用23笔…，其中6笔人均用餐标准超过规定) that the quoting measure goes through one by one
# (逐笔核查…不符合规定的由相关人员承担): round 151's readers took it named open for a fault answered twice
# …or a part of a quoted sum (…列支加班餐费和接待费共4.8万元，其中2.1万元无公函、无接待清单: round 186)
_PART_COUNTED = re.compile(r"^其中(\d+(?:\.\d+)?)\s*(笔|项|个|件|批次|批|次|份|篇|条|人|户|宗|起|万元|元)")
_PART_SUM = re.compile(r"^其中\d+\s*(?:笔|项|个|件|批次|批|次|份)、(\d+(?:\.\d+)?)\s*(万元)")
_ONE_BY_ONE = re.compile(r"逐(?:笔|项|个|件|批|次|份|篇|条|人|户|宗|起|一)")


def part_of_what_is_checked(
    clauses: Sequence[str], i: int, inside: Sequence[bool], quoting: Sequence[tuple[str, str]], rules: RemedyRules
) -> bool:
    """Whether clause ``i`` counts a part of the set the quoted clause before it counts, with a fault such a measure
    answers (``part_of_checked``), and that quote's measure goes through the set one by one."""
    clause = clauses[i].strip(" \u3000，,、")
    if i == 0 or not inside[i - 1] or not rules.part_of_checked.search(clause):
        return False
    # the count it opens with, or the sum beside it (其中28笔、9.3万元 of a quote naming only 46.7万元: round 187)
    parts = [p for p in (_PART_COUNTED.match(clause), _PART_SUM.match(clause)) if p is not None]
    before = clauses[i - 1].strip(" \u3000，,、")
    for q, m in quoting:
        for part in parts:
            of_set = re.search(rf"(\d+(?:\.\d+)?)\s*{part.group(2)}", q) if before in q else None
            if (
                of_set
                and float(of_set.group(1)) > float(part.group(1))
                and _ONE_BY_ONE.search(m.split("的问题，", 1)[-1])
            ):
                return True
    return False
