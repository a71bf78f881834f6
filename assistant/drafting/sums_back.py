"""What the feedback says is back already: a sum settled (违规资金已退回), in the fact or in a statement of
its own, or only part of it (共计8.9万元，已追回5.2万元), so that a measure does not promise it back again."""

from __future__ import annotations

import re

from assistant.drafting.fact_clauses import A_SUM, as_written, clause_end, clause_start

_AMOUNT = re.compile(r"(\d+(?:\.\d+)?)\s*(万?)元")
# the words that point back at the sums named before (上述61.6万元已…全部退回), and where a sentence starts
_ABOVE = "(?:上述|以上|前述)"
_SENTENCE_START = r"(?:^|(?<=[。；;]))\s*"


_TOTAL_AFTER = re.compile(r"[，,]\s*(?:累计|共计|合计|总计)[^，。；]*")
# the next clause naming what the quote's deeds came to, no part counted apart (其中…, 另有…) and no count of its own
_ITS_SUM_AFTER = re.compile(
    r"[，,]\s*(?!其中|另|还有|含)[^，。；\d]{0,12}?\d+(?:\.\d+)?\s*万?元[^，。；\d]*(?=[，,。；;]|$)"
    r"|[，,]\s*涉及[^，。；]{0,20}?金额\d+(?:\.\d+)?\s*万?元(?=[，,。；;]|$)"  # 涉及患者1137人次、金额18.9万元 (round 165)
)


def settles(settled: re.Pattern[str], fact: str, facts: list[str], quote: str = "") -> bool:
    """Whether the problem says ``fact``'s matter is settled: in the fact itself, or in a fact
    of its own that names no sum of its own (违规资金已退回，但未追责). A sum settled in another
    fact (高龄津贴…多发2.4万元，已于巡察期间全部追回) is that sum's, not the 低保金 beside it
    (round 54); a part recovered (共计8.9万元（已追回5.2万元）) settles nothing (round 55)."""
    if (back := settled.search(fact)) is not None and not _of_a_sum_between(fact, quote, fact.rfind("已", 0, back.end())):
        return not partly(fact)
    # …or names the quoted sum again, all of it back (上述23.8万元已于巡察期间退回医保基金专户: round 78; not
    # 上述5.82万元中已追回3.4万元, nor the 酒水费用0.7万元 of a fact whose quote is its receptions)
    said = as_written(quote) or fact
    if said in fact and (total := _TOTAL_AFTER.match(fact, fact.index(said) + len(said))):
        said += total.group(0)  # 每生每学期收取80元，累计收取…20.91万元: the total is the quote's (round 81)
    elif said in fact and not _AMOUNT.search(said) and (its_sum := _ITS_SUM_AFTER.match(fact, fact.index(said) + len(said))):
        said += its_sum.group(0)  # …等情况，违规收取医保基金4.26万元: the sum the quote's deeds came to (round 164's health centre)
    return any(
        (back := settled.search(other)) is not None
        and (fact in other or not _of_its_own_fact(other, back))  # …unless that deed is ours (少缴党费…，已于巡察期间补缴)
        and (
            _all_above_covers(other, said)
            or (fact in facts[:i] and _total_of_all_before(other, facts[:i]))
            or (
                _that_sum_is(other, facts, i, said)
                and (
                    not A_SUM.search(other)
                    or (any(m.group(0) in said for m in A_SUM.finditer(other)) and not partly(other))
                    or _parts_add_up(other, said)
                )
                # …and one naming a thing of its own settles that thing only (违规发放的监考费已于巡察期间全部退回 is not the
                # 23.8万元 of allowances the 监考费 were part of: round 89)
                # …or named in the fact up to the quote's end (将住宿费由…上调…，…多收56.28万元 is the 住宿费 of 住宿费超收部分已退回:
                # round 151), not after it (其中4笔含酒水费用 after the receptions quoted: round 131)
                and ((thing := settled_thing(other)) is None or _named_in(thing, said) or _named_in(thing, _up_to(fact, said)))
            )
        )
        for i, other in enumerate(facts)
        if other != fact
    )


def another_sum_back(clause: str, statement: str) -> bool:
    """Whether ``statement`` settles a sum other than those ``clause`` names (…3.6万元无文件依据，已于巡察期间清退1.2万元):
    a part of it, the rest still owed."""
    own = {m.group(0) for m in _AMOUNT.finditer(clause)}
    back = _AMOUNT.search(statement)
    return bool(own) and back is not None and back.group(0) not in own


def _of_its_own_fact(other: str, back: re.Match[str]) -> bool:
    """Whether the settlement ``back`` found in ``other`` follows a deed of that fact's own (1次公车私用，相关费用已退回): it
    settles that deed, not a quote in another fact (round 160's ecology bureau worded its receptions as settled)."""
    done = other.rfind("已", 0, back.end())  # the pattern may match from the fact's start: its 已 says where
    start = clause_start(other, max(done, back.start()), "，,")
    before = other[:start].strip(" \u3000，,")
    # …naming no sum (a sum says whose it is: 巡察期间已退回违规发放的误餐补助0.9万元 after a car's faults, round 137)
    clause = other[start : clause_end(other, max(done, start), "，,；;。")]
    return bool(before) and _ONLY_WHEN_SAID.fullmatch(before) is None and not A_SUM.search(clause)


_ONLY_WHEN_SAID = re.compile(r"(?:(?:在|于)?(?:巡察|巡视|检查|审计)(?:期间|中|后|时)|目前|现|截至[^，,]*)")


def _of_a_sum_between(fact: str, quote: str, at: int) -> bool:
    """Whether the statement at ``at`` follows a sum of its own after the quote, the quote naming a sum too: it settles
    that sum (…征订教辅资料，金额共计63.2万元，学校从书商处收取“服务费”4.1万元，已于巡察期间全部上缴财政 settles the 4.1万元,
    not the 63.2万元: own reading, a rural high school)."""
    said = as_written(quote)
    if not said or said not in fact:
        return False
    if _ALL_OF_THEM.match(fact, clause_start(fact, at, "，,")):
        return False  # …上述资金已于巡察期间全部追回 settles every sum before it (round 165's dairy town)
    end = fact.index(said) + len(said)
    between = fact[end:at].lstrip(" \u3000，,")
    if not _AMOUNT.search(_RATE.sub("", said)) and (
        _OWN_TOTAL.match(between) or not _COUNTED_APART.search(between) or not _COUNTED_APART.search(f"，{said}")
    ):
        # a quote naming no sum: a sum after it is its own total (…，共计1.2万元，已退回), unless the quote counts its people
        # and another group counted after it has the sum (有17名…仍享受一档助学金，3名已转学…学生继续领取助学金0.75万元（已追回）: round 155's senior high)
        return False
    # …but a part of the quote's own sum (购物卡1.2万元，其中0.4万元发放给院内职工，已于巡察期间退回) is the quote's (round 82's welfare institute)
    # …not a part counted apart with a fault of its own (26次、金额2.7万元，均无公函…，其中2笔在“办公用品”中列支烟酒费用0.48万元，巡察期间
    # 已退回 settles the cigarettes, not the meals: round 157's middle school)
    return end < at and _AMOUNT.search(between) is not None and not _PART_OF_THE_SUM.match(between)


# a price per thing (每本10元, 每人每天15元) is a rate, not a sum the quote owes: the total after it is (round 214's vaccination clinic
# promised back the 0.92万元 of 补办工本费每本10元 that the statement after says is all back)
_RATE = re.compile(r"每[^，,。；;\d]{0,6}\d+(?:\.\d+)?\s*万?元")
_ALL_OF_THEM = re.compile(r"\s*" + _ABOVE + r"(?:资金|款项|费用|补贴|补助|金额)?(?:均|全部)?(?:已|于|在)")
_PART_OF_THE_SUM = re.compile(r"^其中[\d.]+\s*(?:万元|元|亿元)")
_OWN_TOTAL = re.compile(r"^(?:共计|合计|累计|总计|涉及|金额|共)")
_COUNTED_APART = re.compile(r"(?:^|[，,；;])(?:另有|还有|有|其中)?\d+\s*(?:名|人|户|家|个)")


_PART_BACK = re.compile(r"(?:退回|退还|追回|清退|返还)[^，。；、\d]{0,12}?(\d+(?:\.\d+)?)\s*(万?)元")


def _parts_add_up(statement: str, said: str) -> bool:
    """Whether the sums ``statement`` says are back, two or more, add up to a sum ``said`` names (已退回医保基金12.4万元、
    退还患者多收费用6.5万元 of 金额18.9万元: round 165's health hospital promised the whole back again)."""
    parts = [_yuan(m) for m in _PART_BACK.finditer(statement)]
    return len(parts) >= 2 and any(abs(sum(parts) - _yuan(m)) < 0.005 for m in _AMOUNT.finditer(said))


def _up_to(fact: str, said: str) -> str:
    """``fact`` up to the end of ``said`` in it ("" when it is not there)."""
    at = fact.find(said)
    return fact[: at + len(said)] if at >= 0 else ""


_DEED_FIRST = re.compile(r"^(超收|多收|多发|多领|多付|重复收取|重复发放)的?([^，。；]{2,})$")


def _named_in(thing: str, said: str) -> bool:
    """Whether ``said`` names ``thing``, or one of the things it joins (上述重复发放和多发款项 names the 重复发放 of one quote
    and the 多发 of another: round 137's water rescue centre)."""
    if len(thing) >= 6 and thing[:4] in said and thing[-2:] in said:
        return True  # 校级领导绩效 of 5名校级领导违规参与…奖励性绩效分配 (round 148's middle school)
    if (deed := _DEED_FIRST.match(thing)) is not None and deed.group(1) in said and deed.group(2) in said:
        return True  # 超收住宿费 of 住宿费按…收取…，超收金额共计8.9万元 (round 222's junior middle school)
    return thing in said or any(len(part) >= 2 and part in said for part in re.split(r"[和及与、]", thing))


# a statement that all the sums above are back (上述61.6万元已于巡察期间全部退回市财政) settles each fault it sums up: the
# sum a quote ends on (多申报运营补贴23.6万元) is one of them (round 119's elderly-care group)
_ALL_ABOVE = re.compile(r"^" + _ABOVE + r"(\d+(?:\.\d+)?)\s*(万?)元[^，。；]{0,12}?已[^，。；]{0,10}?(?:全部|全额|如数)")


def _all_above_covers(statement: str, said: str) -> bool:
    """Whether ``statement`` says all the sums above are back, and ``said`` ends on a sum no larger."""
    found = _ALL_ABOVE.match(statement)
    sums = list(_AMOUNT.finditer(said))
    return found is not None and bool(sums) and _yuan(sums[-1]) <= _yuan(found)


def _total_of_all_before(statement: str, before: list[str]) -> bool:
    """Whether ``statement`` names one sum, the total of every sum the facts ``before`` it name (…重复收费，涉及医保基金
    6.3万元；…分解住院…金额11.2万元…；违规所得17.5万元已退回医保基金: round 201's maternity hospital promised it back again)."""
    own = list(_AMOUNT.finditer(statement))
    sums = [_yuan(m) for fact in before for m in _AMOUNT.finditer(fact)]
    if len(own) != 1 or len(sums) < 2 or abs(sum(sums) - _yuan(own[0])) >= 0.005:
        return False
    # …naming no thing of its own before the sum (上述床位费和串换项目违规费用合计5.5万元 is those two, not the 分解住院 beside
    # them: round 146's TB hospital)
    return _GENERIC_TOTAL.fullmatch(statement[: own[0].start()]) is not None


_GENERIC_TOTAL = re.compile(r"(?:上述|以上|前述|相关|违规|所得|资金|费用|款项|金额|合计|共计|累计|总计|共)*")


# a statement naming one sum by 该笔 (该笔资金已于巡察期间全部退回) settles the sum the fact before it opens on
# (学校从书商处收取…2.9万元…), not the 23.8万元 of fees named earlier (round 97's school)
_THAT_SUM = re.compile(r"^(?:该笔|此笔|这笔|该项|该部分)")


def _that_sum_is(statement: str, facts: list[str], at: int, said: str) -> bool:
    """Whether ``statement``, if it names its sum by 该笔, names the sum of ``said``."""
    if _THAT_SUM.match(statement) is None:
        return True
    named = A_SUM.search(facts[at - 1]) if at > 0 else None
    return named is not None and named.group(0) in said


# the subject before 已, without when and how (该款项巡察期间已退回, 违规资金虽已退回)
_SETTLED_BY = re.compile(r"^(?P<subject>[^，。；]*?)(?:虽|均|全部|也|都)?(?:(?:在|于)?(?:巡察|巡视|检查|审计)(?:期间|中|后|时))?(?:虽|均|全部|也|都)?已")
_PUT_BACK = re.compile(r"已将([^，。；]{2,12}?)(?:全部|全额|如数)?(?:收缴|纳入|转入|存入|退回|追回|清退|退还|归还|上缴|缴回)")
_SETTLED_PREFIX = re.compile(r"^(?:(?:在|于)?(?:巡察|巡视|检查|审计)(?:期间|中|后|时)|上述|前述|以上|相关|该笔|此笔|该|其中|违规|多|超标准)+")
# …and the part of it that was wrong (住宿费超收部分 names the 住宿费: round 151's senior high read it as money in general)
_PART_SUFFIX = re.compile(r"(?:超收|超标|超额|多收|多发|多领|超出|违规)部分$")
_MONEY_SUFFIX = re.compile(r"(?:款项|资金|费用|款)$")
_A_BODY = re.compile(r"(?:局|部门|单位|中心|委员会|委|办|所|组|院|站|队|政府|公司|科|股|处)$")
_MONEY_WORDS_IN = re.compile(r"资金|费|款|元|补贴|补助|津贴|工资|奖金|收入|报酬|薪酬")
_ANY_MONEY = re.compile(r"^(?:资金|费用|款项|款|金额|基金|钱款|问题|部分|资金款项|补助资金|补贴资金)?$")


def settled_thing(statement: str) -> str | None:
    """What a statement that something is back names before its 已, when it names a thing of its
    own (监考费 of 违规发放的监考费已于巡察期间全部退回); None for money in general (违规资金已退回)."""
    if A_SUM.search(statement):
        return None
    found = _SETTLED_BY.match(statement)
    if found is None and "已" not in statement:
        return None  # 违规资金退回后未…追责: money in general
    if found is None:
        # …or in the clause before its 已 (向航标维护单位借用的1辆越野车长期由中心使用，已于巡察期间退还: the car, round 114)
        before = re.split(r"[，,]", statement.split("已", 1)[0].rstrip("，, \u3000"))[-1]
        return before if before and not _MONEY_WORDS_IN.search(before) else None
    subject = found.group("subject").rsplit("的", 1)[-1].strip(" \u3000，,")
    if not subject and (put := _PUT_BACK.search(statement)):
        subject = put.group(1)  # 巡察期间已将账外资金收缴入账 names the 账外资金, not every sum (round 136)
    subject = _PART_SUFFIX.sub("", _SETTLED_PREFIX.sub("", subject))
    if len(bare := _MONEY_SUFFIX.sub("", subject)) >= 2:
        subject = bare  # 购物卡款项 names the 购物卡 a quote names (round 113)
    # …and who got it back (县医疗保障局已追回) names no thing
    return None if _ANY_MONEY.match(subject) or _A_BODY.search(subject) or len(subject) > 8 else subject


# a statement opening on the sum it settles (违规收取的4.26万元已于巡察期间退回县医保基金专户): the clause naming that sum is put
# right (round 164's health centre named 违规收取医保基金4.26万元 open beside a measure worded as settled)
_SUM_SETTLED = re.compile(r"^" + _ABOVE + r"?[^，。；\d]{0,12}?(\d+(?:\.\d+)?\s*[万亿]?元)[^，。；\d]{0,4}?已")


def sum_settled(statement: str) -> str | None:
    """The sum ``statement`` opens on and says is all back, or None."""
    found = _SUM_SETTLED.match(statement.strip(" \u3000，,"))
    return found.group(1) if found is not None and not partly(statement) else None


_GOT_BACK = re.compile(
    r"(?:已|仅|只)(?!全部|全额|如数|责令|要求|督促)[^，。；（）()]{0,8}?(?:退回|追回|清退|退还|归还|收回|上缴|缴回|追缴|补缴|补交)[^，。；（）()\d]{0,6}?"
    r"(?:\d+\s*(?:家|户|人|名|笔|个|项|批)[^，。；（）()\d]{0,4}?)?\s*(\d+(?:\.\d+)?)\s*(万?)元"  # 已退还5家31.2万元 (round 194)
    r"|(\d+(?:\.\d+)?)\s*(万?)元已(?:于[^，。；]{0,8}?)?(?:被)?(?:退回|追回|清退|退还|归还|收回|上缴|缴回|追缴)"  # 其中4.2万元已追回; 已退还患者0.6万元 (round 101);
    # 其中2.4万元已于巡察期间退回 (round 111's auction company)
    # …and a part of the sum before it returned by those who had it (报销餐费1.1万元，其中0.6万元已由相关人员退回: round 122); not
    # 违规列支的餐费0.86万元已由相关人员退回, which may be all that was wrong
    r"|其中\s*(\d+(?:\.\d+)?)\s*(万?)元已由[^，。；]{0,8}?(?:退回|追回|清退|退还|归还|收回|上缴|缴回)"
)


def partly(fact: str) -> bool:
    """Whether the sum got back is less than a sum the fact owes (共计8.9万元，已追回5.2万元)."""
    back = _GOT_BACK.search(fact)
    if back is None:
        return False
    if _ALL_OF_THE_FAULT.search(fact[: back.start()]):
        return False  # 超标部分0.21万元已于巡察期间退回: what was wrong is all back (round 106's price centre)
    got = _got(back)
    owed = [_yuan(m) for m in _AMOUNT.finditer(fact[: back.start()])]
    if owed and abs(owed[-1] - got) < 0.005:
        return False  # …6.4万元，其中1.3万元重复发放，已在巡察期间退回1.3万元: the sum at fault, all back (round 204's art school)
    # …or more than all the fact owes: a part of the problem's sums together (2名已死亡人员继续领取…补贴1.2万元，巡察
    # 期间已追回5.4万元 of the 9.1万元 owed in all: round 138's mine-closure town read the 1.2万元 as back)
    return any(o > got for o in owed) or (bool(owed) and got > sum(owed) + 0.5)


_ALL_OF_THE_FAULT = re.compile(r"(?:超标|超出|超标准|多出|多收|多发)部分\s*$")


def partly_elsewhere(fact: str, facts: list[str], quote: str) -> bool:
    """Whether a statement of its own says part of the quoted sum is back (…以“职工福利”名义…发放…合计18.3万元…。超标准发放的
    福利已于巡察期间清退5.6万元: round 111 promised the whole back again), naming what it is of (福利) and a smaller sum."""
    said = as_written(quote) or fact
    owed = [_yuan(m) for m in _AMOUNT.finditer(said)]
    for at, other in enumerate(facts):
        back, subject = _GOT_BACK.search(other), _SETTLED_BY.match(other)
        if other == fact or back is None or subject is None or not owed:
            continue
        got = _got(back)
        if other.startswith("其中") and at > 0 and facts[at - 1] == fact and any(o > got for o in owed):
            return True  # the statement right after opens on 其中: a part of the sum before it, however named (其中县医疗保障局
            # 专项检查查出的29.3万元已退回: round 192's hospital promised back the whole 46.8万元)
        qualifier, _, named = subject.group("subject").strip(" \u3000，,").rpartition("的")
        words = _AMOUNT.sub("", _SETTLED_PREFIX.sub("", named))  # 上述61.6万元 shares no word by its 万元 (round 119)
        if _ANY_WAY.fullmatch(qualifier) is None:
            continue  # a part named by its own way (违规由储备库承担的接待费用0.46万元已退回) is that part's, not the quote's
        shared = (words[i : i + 2] for i in range(len(words) - 1))
        if any(o > got for o in owed) and any(w in said and w not in _MONEY_WORDS for w in shared):
            return True
    return False


_MONEY_WORDS = frozenset({"费用", "资金", "款项", "金额", "经费"})  # 旅游考察费用 and 工作餐费用 are not one sum (round 70's study base)
_ANY_WAY = re.compile(r"(?:(?:巡察|巡视|审计|检查)(?:期间|中|后)?)?(?:目前|上述|前述|以上|相关)?(?:违规|超标准|超范围|多)?(?:发放|领取|收取|报销|列支|支出)?")  # 巡察期间超标准发放的福利 (own reading)


def _yuan(found: re.Match[str], at: int = 1) -> float:
    """The sum a match names at groups ``at`` (number) and ``at + 1`` (万 or nothing), in yuan."""
    return float(found.group(at)) * (10000 if found.group(at + 1) else 1)


def _got(back: re.Match[str]) -> float:
    """The sum a ``_GOT_BACK`` match says is back, in yuan (已追回5.2万元, 4.2万元已追回 or 其中0.6万元已由…退回)."""
    return _yuan(back, next(at for at in (1, 3, 5) if back.group(at)))


# a statement of all the sums above and the part of them back (上述资金共计8.38万元，巡察期间已追回7.97万元，其余0.41万元在反馈之日起
# 1个月内追缴到位): round 151's farming town promised the 6.82万元 back again, which that statement says is back
_ABOVE_IN_ALL = re.compile(_SENTENCE_START + _ABOVE + r"[^，。；]{0,10}?(?:共计|合计|累计|共)\s*(\d+(?:\.\d+)?)\s*(万?)元[^。；;]*")
_REST_OF_IT = re.compile(r"(?:其余|剩余|余下|尚有|仍有)\s*(\d+(?:\.\d+)?)\s*(万?)元")


# the sums above named (上述款项, 上述违规金额12.9万元) and the verb that gives them back
_SUMS_ABOVE = _ABOVE + r"[^，。；]{0,10}?(?:款项|资金|费用|金额)?\s*(?:\d+(?:\.\d+)?\s*万?元)?"
_GIVEN_BACK = r"(?P<whole>全部|全额|如数)?(?:退回|退还|追回|清退|缴回|上缴)"
_ALL_ABOVE_BACK = re.compile(
    _SENTENCE_START
    + r"(?:"
    + _SUMS_ABOVE
    + r"[^，。；]{0,4}?已(?:于|在)?(?:巡察|巡视)?(?:期间)?"
    # …or said with 已将 before the sums (巡察期间学校已将上述费用全部退回学生家庭: round 184's boarding school promised
    # them back again)
    + r"|(?:(?:巡察|巡视)期间)?[^，。；]{0,8}?已将"
    + _SUMS_ABOVE
    + r")"
    + _GIVEN_BACK
)


def back_above(detail: str, quote: str) -> str:
    """"settled" when a statement after ``quote`` summing up the sums above says the quoted sum is back, "partly" when
    only part of it, "" when no statement says. The rest left owed (其余0.41万元) is the sum named as much above, when
    one is: the others are back."""
    said = as_written(quote) or quote
    owed = [_yuan(m) for m in _AMOUNT.finditer(said)]
    at = detail.find(said)
    for found in _ABOVE_IN_ALL.finditer(detail):
        back = _GOT_BACK.search(found.group(0))
        if not owed or back is None or at > found.start():
            continue
        total, got = _yuan(found), _got(back)
        if got >= total - 1:
            return "settled"
        rest = _REST_OF_IT.search(found.group(0), back.end())
        left = _yuan(rest) if rest else total - got
        if any(abs(o - left) < 1 for o in owed):
            return "partly" if len(owed) > 1 else ""
        named = any(abs(_yuan(m) - left) < 1 for m in _AMOUNT.finditer(detail, 0, found.start()))
        return "settled" if named else "partly"
    # …or a statement that all the money above is back, by its sum (上述违规金额12.9万元已退回医保基金专户 of 9.7万元 and 3.2万元)
    # or in so many words (上述款项已于巡察期间全额退还学生): rounds 154's health centre and junior middle school promised it again
    for found in _ALL_ABOVE_BACK.finditer(detail):
        if at < 0 or at > found.start():
            continue
        stated = _AMOUNT.search(found.group(0))
        before = sum(_yuan(m) for m in _AMOUNT.finditer(detail, 0, found.start()))
        if (stated is None and found.group("whole")) or (stated is not None and abs(_yuan(stated) - before) < 1):
            return "settled"
        # …or part of it back and the rest owed (以上违规资金已退回医保基金8.2万元，其余3.5万元须在…退回: round 162's health centre)
        sentence = detail[found.start() : clause_end(detail, found.end(), "。；;")]
        if _GOT_BACK.search(sentence) and _REST_OF_IT.search(sentence):
            return "partly"
    # …or a sum back that is all the quote's sums together (有17名…2.9万元，有23名…4.6万元 and 巡察期间已退回多领资金7.5万元:
    # round 152's vocational school promised the 7.5万元 back again)
    if len(owed) > 1 and at >= 0:
        for back in _GOT_BACK.finditer(detail, at + len(said)):
            if abs(_got(back) - sum(owed)) < 1:
                return "settled"
    return ""
