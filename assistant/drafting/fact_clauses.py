"""The comma clauses of a fact and the clauses around a match in it: what a remedy quotes and
what a remedy class reads beside its words (``fact_remedies.py``, ``remedy_rules.py``)."""

from __future__ import annotations

import re

# a sum of money as the feedback writes it (20.91万元, 80元)
A_SUM = re.compile(r"\d+(?:\.\d+)?\s*[万亿]?元")
# a clause that only says what the deed came to (合同金额共计87万元, 共计24.6万元) names no deed: the clause
# before it does (有3名村干部的近亲属承接本村工程5项; re-read of round 62 got the sum alone)
SUM_ONLY = re.compile(r"^[^，,\d]{0,6}\d[\d.]*\s*[万亿]?元$")
# …and a clause that ends on one (…工作经费97.3万元): what the clause after it is a part of
# a fact that opens with 针对 itself (针对长期住院患者的医保结算管理存在漏洞) is named without it: never "针对“针对…”" (round 176)
FOR_FIRST = re.compile(r"^针对(?=[^，。；]{6,})")
ENDS_ON_SUM = re.compile(r"\d[\d.]*\s*[万亿]?元$")


def nested(text: str) -> str:
    """The feedback's own quotes (“”) as a quote nests them (‘’)."""
    return text.replace("“", "‘").replace("”", "’")


def as_written(quote: str) -> str:
    """A quote's nested quotes (‘’) as the feedback writes them (“”), to find it in its fact."""
    return quote.replace("‘", "“").replace("’", "”")


def clause_start(text: str, at: int, stops: str) -> int:
    """Where the clause holding ``at`` starts: just after the last of ``stops`` before it (0 when none is)."""
    return max(text.rfind(c, 0, at) for c in stops) + 1


def clause_end(text: str, at: int, stops: str) -> int:
    """Where the first of ``stops`` at or after ``at`` stands in ``text`` (its length when none does)."""
    ends = [i for c in stops if (i := text.find(c, at)) >= 0]
    return min(ends) if ends else len(text)


# a comma between digits (1,650万元) groups thousands; it does not end a clause. A 、 before
# a count (3个未配备冷藏设施、2个台账记录缺失) joins two faults of their own
_CLAUSE_SPLIT = re.compile(r"(?<=，)|(?<=\D,)|(?<=,)(?!\d)|(?<=、)(?=\d+\s*(?:个|名|家|户|人|处|项|笔|件|所|座|台|卷|份|辆|套|批))")


def split_clauses(text: str) -> list[str]:
    """``text`` cut after each clause's comma (``_CLAUSE_SPLIT``), never inside brackets:
    （含1笔1200万元对外融资担保、2项超500万元工程变更） is one aside, not two clauses."""
    depth = [0]
    for char in text:
        depth.append(depth[-1] + (char in "（(") - (char in "）)"))
    cuts = [m.start() for m in _CLAUSE_SPLIT.finditer(text) if 0 < m.start() < len(text) and depth[m.start()] <= 0]
    pieces = [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]
    # a count alone after 、 is one of a list, not a fault of its own (分别超出96人、118人)
    merged: list[str] = []
    for piece in pieces:
        if merged and merged[-1].endswith("、") and (
            _LISTED_COUNT.match(piece)
            or _COUNTED_ITEMS.match(merged[-1])
            and _COUNT_FIRST.match(piece)
            or _COUNTED_PEOPLE.search(merged[-1])
            and _PEOPLE_FIRST.match(piece)
            or _COUNTED_BODIES.search(merged[-1])
            and _BODIES_FIRST.match(piece)
        ):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


_LISTED_COUNT = re.compile(r"^\d+(?:\.\d+)?\s*(?:万|亿)?[^\d，,、；。\s]{1,2}[，,]?$")  # 、118人
# …nor is a counted thing before another (2台无人机、6台笔记本电脑账上有记录但实物无法找到: round 76 named
# the laptops alone open)
# …nor after a short setting (原煤矿移交的3处房屋、1台变压器未登记入账: round 88 named the transformer alone)
_COUNTED_ITEMS = re.compile(r"^(?:[^\d，,、；。\s]{1,8}的)?\d+\s*(?:台|辆|部|件|套|个|处|间|张|份|箱|批|头|只)[^\d，,、；。\s]{1,8}、$")
_COUNT_FIRST = re.compile(r"^\d+\s*(?:台|辆|部|件|套|个|处|间|张|份|箱|批|头|只)")
# …nor are people counted before others who share the fault after them (有3名长期外出务工人员、1名已去世人员仍在领取补助，共计1.8万元:
# round 132 put the four people's 1.8万元 on the one who died); a piece with a fault of its own stays apart
_COUNTED_PEOPLE = re.compile(r"(?:^|有|其中)\d+\s*(?:名|人|户)(?![^，,、；。]*(?:未|不|无|超|仍|已|违规))[^\d，,、；。\s]{1,12}、$")
_PEOPLE_FIRST = re.compile(r"^\d+\s*(?:名|人|户)")
# …nor are bodies a deed is done to, before others it is done to as well (向县内23家加油站、2家出租汽车公司收取…费用: round 205's
# metrology institute named "…向县内23家加油站" open, cut from what was charged)
_COUNTED_BODIES = re.compile(r"(?:向|对|与|给|从)[^，,、；。\d]{0,8}?\d+\s*(?:家|所|个)[^\d，,、；。\s]{1,10}、$")
_BODIES_FIRST = re.compile(r"^\d+\s*(?:家|所|个)")


def clause_span(fact: str, found: re.Match[str]) -> tuple[list[str], int, int]:
    """The comma clauses of ``fact`` and the first and last of them the match falls in."""
    clauses = split_clauses(fact)
    starts = [sum(map(len, clauses[:i])) for i in range(len(clauses))]
    first = max(i for i, start in enumerate(starts) if start <= found.start())
    last = max(i for i, start in enumerate(starts) if start < found.end())
    return clauses, first, last


def near(
    fact: str,
    found: re.Match[str],
    continues: re.Pattern[str] | None,
    *,
    before: bool = False,
    fault_of_its_own: re.Pattern[str] | None = None,
) -> str:
    """The clauses of ``fact`` around a match: its own, the next, and the one before when it
    goes on from that one (其中…), or always (``before``). What a class needs beside its words
    must be there: the 680万元 of a building two clauses before does not make 违规在派出所询问
    a money fault. ``fault_of_its_own``: the next clause is left out when it shows a fault of
    its own (其中9个项目未履行“四议两公开”程序，2个项目拆分发包规避招标: the tender dodged is
    not the procedure's wording)."""
    clauses, first, last = clause_span(fact, found)
    while first > 0 and clauses[first - 1].endswith("、"):
        first -= 1  # 、3套闲置 is one clause with 有2套由非本校人员居住 before it
    if first > 0 and (before or (continues is not None and continues.search(clauses[first]))):
        first -= 1
    if fault_of_its_own is not None and last + 1 < len(clauses) and fault_of_its_own.search(clauses[last + 1]):
        return "".join(clauses[first : last + 1])
    return "".join(clauses[first : last + 2])
