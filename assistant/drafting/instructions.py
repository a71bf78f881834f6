"""What the inspection group told us to do by a date (须在反馈之日起2个月内完成2023年以来医保结算
数据全面自查; 剩余4.6万元须在反馈之日起2个月内追缴到位): a measure of its own that takes the
demand up, quoting it. Readers of rounds 62 and 64 found such demands in no measure: the
sentence only dated the item. A demand that is only the deadline (须在反馈之日起2个月内整改到位
并报送整改情况) needs no measure; the item's goal carries it."""

from __future__ import annotations

import re
from dataclasses import dataclass

from assistant.drafting.fact_clauses import A_SUM, SUM_ONLY, nested, split_clauses

# a clause demanding something by a time after the feedback (须/需/应…反馈之日起…内…)
# …or the rest of a sum to get by then, said with no 须 (已于巡察期间追回1.8万元，其余在反馈之日起2个月内
# 追缴到位: round 68, in no measure)
# the words that ask (须, 要求, 责成, 要在…): one list for the demand, its lead and ``fact_remedies``' instruction
ASKING = r"须|需|必须|应当?|要求|责成|要(?=在|于)"
DEMAND = re.compile(
    rf"[^，,。；;]*(?:{ASKING})(?:在|于|自)?(?:巡察)?反馈(?:之日|后)[^，,。；;]*"
    r"|(?:其余|剩余|余下)[^，,。；;]{0,10}?(?:在|于|自)(?:巡察)?反馈(?:之日|后)[^，,。；;]*"
)
# …and a demand at a quote's end (…，其余在反馈之日起2个月内全部追回): not a fact of ours
DEMAND_AT_END = re.compile(rf"[，,]{DEMAND.pattern}$")
_LEAD = re.compile(rf"^(?:{ASKING}|请)")
# what a demand standing as a sentence of its own names first (拖欠租金应在反馈之日起2个月内追缴到位)
_SUBJECT = re.compile(rf"^(?:上述|以上|对)?([^，,。；;\d]{{3,12}}?)(?:{ASKING})(?:在|于|自)")
# …a demand naming what it wants done (须在反馈之日起2个月内完成易涝点整治方案) is about that, not
# about the clause before it (无清淤量计量和淤泥去向记录 was quoted with it, round 69)
# …but 完成清理规范 names no object: it is the clause before's (绩效奖金…共计24.6万元，应在…完成清理规范, round 106)
_OWN_OBJECT = re.compile(
    r"(?:内|前)(?:全面|全部|彻底)?(?:完成|开展|制定|建立|出台|编制|落实|组织)"
    r"(?!(?:清理|整改|规范|纠正|整顿|清退|追缴|收回|结算)+(?:到位|完毕|工作)?$)[^，,。；;]{3,}"
)
_WHOLE_ITEM = re.compile(r"(?:(?:逐项)?(?:重新)?(?:核查)?整改(?:到位|销号|完毕)?|(?:全面|全部)?(?:整改)?闭环)$")  # 全部闭环 (round 186)
_SPLIT = re.compile(r"[。；;！!？?\n]")
_BY_THEN = re.compile(r"反馈(?:之日|后)[^，,。；;]*?(?:内|前)")
REST = re.compile(r"^(?:其余|余款|剩余|余下|尚余)")  # a demand on the rest of a sum (a clause opening so)
_BACK_ALREADY = re.compile(r"已[^，,。；;]{0,12}(?:退回|追回|清退|退还|收回|缴回)")


@dataclass(frozen=True)
class InstructionRules:
    only_deadline: re.Pattern[str]  # a demand that says no more than "put it right by then"
    recovering: re.Pattern[str]  # a demand to get money back…
    recover_action: str  # …and the measure for it, in the demand's own verb ({verb})
    other_work: re.Pattern[str]  # …unless it asks for more than the money (租金追缴和洗涤服务重新招标: round 124)
    only_a_plan: re.Pattern[str]  # a demand only to plan how (制定清收方案): it sets no deadline to get the money in
    action: str  # the measure for any other demand (a self-check, a list to make)


def demand_subject(demand: str) -> str | None:
    """The thing a demand standing alone names before its asking word (拖欠租金 of 拖欠租金应在反馈之日起
    2个月内追缴到位), or None when it starts with the asking word."""
    found = _SUBJECT.match(demand.strip(" \u3000，,"))
    return found.group(1) if found else None


def demands(detail: str, rules: InstructionRules) -> list[tuple[str, str]]:
    """(what the measure quotes, its wording) for each demand of ``detail`` beyond a deadline,
    in order, each once."""
    out: list[tuple[str, str]] = []
    for sentence in _SPLIT.split(detail or ""):
        for found in DEMAND.finditer(sentence):
            demand = found.group(0).strip(" \u3000，,")
            if not _LEAD.sub("", demand) or rules.only_deadline.search(_LEAD.sub("", demand)):
                continue
            if (
                _LEAD.match(demand)
                and not _OWN_OBJECT.search(demand)
                and (before := _clause_before(sentence, found.start()))
                # …but a demand to put the whole item right (须在…逐项重新核查整改) is not of the fault before it
                # (未建立长效机制: round 180 quoted the two as one demand and answered neither)
                and not (_WHOLE_ITEM.search(demand) and not A_SUM.search(before))
            ):
                demand = f"{before}，{demand}"  # 其余83.6万元尚未退回，须在…退回到位: of what (round 66)
            demand = _LEAD.sub("", demand)
            # in the demand's own verb: 退回 or 清退 of what we owe, 追缴 of what is owed to us
            # (round 66: "收缴到位" of 17.3万 the kindergarten must refund to parents)
            # …the first such verb after the time it gives: 追回 of 多拨付资金需在…内追回 (this pass gave "拨付到位")
            timed = _BY_THEN.search(found.group(0))
            verb = rules.recovering.search(found.group(0), timed.end() if timed else 0) or rules.recovering.search(found.group(0))
            # …the rest named by its sum (其余0.44万元应在…追回) reads alone; 其余在…追回 does not (round 83)
            head = demand.split("，")[0]
            if REST.match(demand) and not A_SUM.search(head) and (at := sentence.find(head)) >= 0:
                demand = f"{_rest_of(sentence, at)}，{demand}".lstrip("，")
            if any(q == demand for q, _a in out):
                continue
            # …unless it asks for more than the money (租金追缴和洗涤服务重新招标): then a plan of work
            recovers_only = verb is not None and rules.other_work.search(demand) is None
            action = rules.recover_action.format(verb=verb.group(0)) if recovers_only and verb else rules.action
            out.append((nested(demand), action))
    return out


def _rest_of(sentence: str, at: int) -> str:
    """What a demand on "the rest" (其余…追回) is the rest of: the clause before it, and the one
    before that when that clause only says what is back already (…继续领取生活补助1.44万元，巡察期间已退回
    0.96万元，其余…全部追回: round 83 quoted "其余…" alone, of nothing)."""
    clauses = [c.strip(" \u3000，,") for c in split_clauses(sentence[:at].rstrip(" \u3000，,"))]
    if not clauses or not A_SUM.search(clauses[-1]):
        return ""  # 部分学校未按规定进行公示 is another fault, not what the rest is of
    taken = clauses[-1:]
    if _BACK_ALREADY.search(taken[0]) and len(clauses) > 1 and A_SUM.search(clauses[-2]):
        taken = clauses[-2:]
    return "，".join(taken)


def _clause_before(sentence: str, at: int) -> str:
    """The comma clause of ``sentence`` just before position ``at`` (a demand with no subject
    of its own is about what that clause names), or ""."""
    # a list joined by 、 is one clause (董事长、总经理和2名副总经理多发…: round 82 cut the 董事长 off)
    clauses = [c.strip(" \u3000，,、") for c in split_clauses(sentence[:at].rstrip(" \u3000，,"))]
    if len(clauses) > 1 and (SUM_ONLY.match(clauses[-1]) or _AT_THE_TIME.match(clauses[-1]) or _WHAT_IT_CAUSED.match(clauses[-1])):
        return f"{clauses[-2]}，{clauses[-1]}"  # 共计24.6万元 is the sum of the clause before (round 106)
    if len(clauses) > 1 and _ANOTHER_FAULT.match(clauses[-1]) and A_SUM.search(clauses[-2]) and not A_SUM.search(clauses[-1]):
        return clauses[-2]  # 尚有7.8万元未追回，也未建立跟踪督办台账，应在…追缴到位: the sum is what is pressed for (round 180)
    return clauses[-1] if clauses else ""


# what the fault before led to (拖欠保安员工资1个月以上，引发集体信访2起，须在…补发到位): the demand is of that fault (round 111)
_ANOTHER_FAULT = re.compile(r"^(?:也|且|并|又)(?:未|没有)")  # a fault of its own joined on, not the demand's object
_WHAT_IT_CAUSED = re.compile(r"^(?:引发|造成|导致|致使)")
_AT_THE_TIME = re.compile(r"^(?:至|截至|截止)[^，,]{0,8}(?:巡察|反馈)(?:组)?(?:进驻)?(?:时|期间)")  # 至巡察时仍未办理结算: of what (own reading)
