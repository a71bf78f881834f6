"""How a placeholder names the facts still without a measure: 【待补充：针对“…”“…”的整改措施】,
each fact by the clauses that show its faults, cut so the fault stays in sight (``open_facts.py``
finds which facts are open)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from assistant.drafting.fact_clauses import FOR_FIRST, nested, split_clauses
from assistant.drafting.fact_quotes import quoted
from assistant.drafting.models import to_fill
from assistant.drafting.remedy_rules import RemedyRules, remedy_rules


def facts_placeholder(facts: Sequence[str], rules: RemedyRules | None = None) -> str:
    """【待补充：针对“…”“…”的整改措施】 naming the facts still without a measure."""
    rules = rules or remedy_rules()
    labels = ["“" + FOR_FIRST.sub("", fact_label(fact, rules)) + "”" for fact in facts[: rules.named_facts]]
    more = "等问题" if len(facts) > rules.named_facts else ""
    return to_fill(f"针对{''.join(labels)}{more}的整改措施")


def fact_label(fact: str, rules: RemedyRules) -> str:
    """How the placeholder names a fact: by every clause that shows a fault (近两年有4名流动
    党员未参加组织生活，党费收缴不及时; not the 社区党员86名 that opens it), each cut with its
    fault in sight; a fact with no word of fault by its first and last clause (…专项治理……完成率
    63.1%); nested quotes as ‘’."""
    if len(fact) <= rules.fact_label:
        return nested(fact)
    # each fault's quote as a span of the fact; a quote that takes in the clause named before
    # names only what goes on from it (仅18小时 is not named again before 低于35小时)
    said = nested(fact)
    spans: list[tuple[int, int]] = []
    for found in rules.any_fault.finditer(fact):
        part = quoted(fact, found, rules)
        start = said.find(part)
        span = (start, start + len(part))
        if spans and span[0] < spans[-1][1]:
            if span[1] <= spans[-1][1]:
                continue  # inside the part named already
            span = (spans[-1][1], span[1])  # only what goes on from it
        spans.append(span)
    parts = [(a, b) for a, b in spans if len(said[a:b].strip("，,、 ")) >= 4]
    if not parts:
        clauses = [c.strip("，,、 ") for c in split_clauses(fact) if c.strip("，,、 ")]
        ends = [clauses[0], clauses[-1]] if len(clauses) > 1 else clauses
        return nested("……".join(_cut(c, None, rules) for c in ends))
    named = parts[: rules.label_parts]
    label = ""
    for (_a, end), (start, stop) in zip([(0, 0), *named], named, strict=False):
        # parts apart in the fact are not one sentence: 涉外公证依赖市公证处 between them left out
        gap = said[end:start].strip("，,、 ")
        joint = "" if not label else "……" if gap else "，"
        if label and gap and len(gap) <= _SHORT_SETTING and not rules.any_fault.search(gap):
            # …but a short setting between them is what the next part speaks of (2024年春防期间
            # 连续发生森林火情2起 before 过火面积…其中1起: read in round 66 as cut)
            joint = said[end:start]
        part = said[start:stop].strip("，,、 ")
        cut = _cut(part, rules.any_fault.search(part), rules)  # ‘’ already
        if (
            _COMPARED.match(cut)
            and (before := _clause_before(said, start))
            and not rules.any_fault.search(before)
            and before not in label + joint  # named already, or the setting joining it on
        ):
            cut = f"{before}，{cut}"  # 与…明显不符 of what: the figure before it (round 187 named it open without the figure)
        if label.endswith("……") or (cut.startswith("……") and joint == "……"):
            joint = ""  # never "各1台……，2024年" nor "…………"
        label += joint + cut
    return label + ("等" if len(parts) > rules.label_parts else "")


# a comparison naming only what the figure before it is set against (最终报告的群众满意度为96.3%，与同期12345热线相关投诉量同比
# 上升27%的情况明显不符)
_COMPARED = re.compile(r"^与[^，,。；;]{2,40}(?:不符|不一致|不相符|不相匹配|不匹配|不相适应|相差|差距|矛盾|相悖)|^完成(?:年度)?(?:计划|目标|任务)[^，,。；;]{0,12}的[\d.]+%")  # …or a share of a plan (完成计划80场的47.5%: round 190)


def _clause_before(said: str, start: int) -> str:
    """The clause of ``said`` just before ``start`` (cut as every clause is, ``split_clauses``), or ""."""
    head = said[:start].rstrip("，,、 ")
    return split_clauses(head)[-1].strip(" \u3000，,") if head else ""


_SHORT_SETTING = 24  # characters of a faultless setting between two named parts that are kept
_BOUNDARY = "，,、；：（‘…"  # a cut starts after these (at an opening quote); …… joins named parts (never "…约定的费……" of 费率: round 177)
_NUMERALS = "一二三四五六七八九十"
_SHORT_BRACKET = re.compile(r"（[^（）]{1,3}）")
# a cut may start after these when no comma is near: a joining word, or a year (2023年至2024年|中心
# 采购…) that no 底, 度 or 以来 goes on from
_JOINT = re.compile(r"[和及与的对在将为]|\d年(?![底度初末内以来份]|中(?!心))")
_NEAR_START = 12  # a cut this close to the start with no comma before it starts at the start
# how far a cut looks for a comma rather than cut mid-word (at 16 and 10: "……账森林生态效益" of
# 到账, "…药物治疗学委……" of 委员会, read in round 42)
_BACK, _AHEAD = 24, 16


def _in_a_list(text: str, at: int) -> bool:
    """Whether the 、 at ``at`` joins names of one list, which a cut does not split: 七、八年级, or 芦苇村、渡口村 (round 150
    named "……渡口村集体土地共412亩" as if all the land were one village's)."""
    before, after = text[at - 1], text[at + 1 : at + 2]
    return (before in _NUMERALS and after in _NUMERALS) or (not before.isdigit() and before in text[at + 2 : at + 6])


def _cut(text: str, fault: re.Match[str] | None, rules: RemedyRules) -> str:
    """``text`` within about ``fact_label`` characters, the fault in sight ("……11条核查反馈超过
    规定时限……", never "……反馈超……"), cut at a comma nearby rather than mid-word, never
    inside a number."""
    if len(text) <= rules.fact_label:
        return text
    seen = text.find(fault.group(0)) + len(fault.group(0)) if fault else 0
    start = 0 if seen <= rules.fact_label else seen + 4 - rules.fact_label
    back = max((text.rfind(b, max(0, start - _BACK), start) for b in _BOUNDARY), default=-1)
    listed = back > 0 and text[back] == "、" and _in_a_list(text, back)
    if listed:
        back = text.rfind("，", max(0, start - 24), back)  # 七、八年级 is one subject
    if back < 0 and start and not listed:  # no comma just before: the next one, if the fault stays in sight
        limit = min(start + _AHEAD, max(start, seen - 4))
        back = min((i for b in _BOUNDARY if 0 <= (i := text.find(b, start, limit))), default=-1)
        if back > 0 and text[back] == "、" and _in_a_list(text, back):
            back = -1  # 芦苇村、渡口村 is one subject: a cut after a joining word below, not inside the list
        if back > 0 and _SHORT_BRACKET.match(text, back):
            # a short bracket is part of its word: never "……套）、金额1680万元" out of 9台（套） (round 99)
            back = min((i for b in _BOUNDARY if 0 <= (i := text.find(b, back + 1, limit))), default=-1)
    if back < 0 and start > _NEAR_START:  # no comma near: after a joining word or a year, never
        # mid-word (……级配套 of 县级, round 62; ……购检验 of 采购, ……级留用 of 县本级, round 63)
        joints = [m.end() - 1 for m in _JOINT.finditer(text, max(0, start - _BACK), start + 1)]
        back = joints[-1] if joints else -1
    if back >= 0:
        start = back if text[back] == "‘" else back + 1
    elif start <= _NEAR_START:
        start = 0  # a few characters more, never "……级农产品" cut out of 省级农产品 (read)
    while 0 < start and text[start - 1 : start + 1].isdigit():
        start -= 1  # never "1处" of 41处
    end = max(start + rules.fact_label, seen + 8)  # the fault in sight, whatever comma the start moved to
    ahead = [i for b in _BOUNDARY if (i := text.find(b, end, end + _AHEAD)) >= 0]
    # …a comma near rather than a 、 inside a list (never "未签订学校、实习单位……" of 学校、实习单位、学生三方协议: round 179)
    ahead = [i for i in ahead if text[i] != "、"] or ahead
    end = len(text) if len(text) - end <= _AHEAD else min(ahead) if ahead else end
    while end < len(text) and text[end - 1 : end + 1].isdigit():
        end += 1
    return ("……" if start else "") + text[start:end] + ("……" if end < len(text) else "")
