"""The facts of our own problem that no measure answers, and how a placeholder names them.

Every fault the inspection found is answered by a measure or named in the item's last
placeholder (【待补充：针对“…”的整改措施】), so the office sees what is still open; a fault a measure
answers is not named again. A fact is answered when a remedy quotes it (``fact_remedies.py``),
when a measure names its matter of management, or when a measure shares enough of what one of
its clauses is about; the clauses that go with a quoted fault (its rest, its summary, the money
it comes to) go with the quote.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from typing import Protocol

from assistant.drafting.answered_in_item import (
    part_of_what_is_checked,
    promised_in_item,
    settled_here,
)
from assistant.drafting.fact_clauses import ENDS_ON_SUM, split_clauses
from assistant.drafting.fact_quotes import RATIO
from assistant.drafting.fact_remedies import facts_of, remedy_alone
from assistant.drafting.hygiene import FitRules, topics_named
from assistant.drafting.measure_quotes import QUOTED, facts_quoted, quotes_of
from assistant.drafting.remedy_rules import RemedyClass, RemedyRules, remedy_rules
from assistant.drafting.sums_back import settled_thing, sum_settled


class Subjects(Protocol):
    """What ``unanswered_facts`` needs of the subject matcher (``subject.py``)."""

    idf: Mapping[str, float]
    unseen: float

    def subject_bigrams(self, text: str) -> frozenset[str]: ...


def unanswered_facts(
    detail: str,
    measures: Sequence[str],
    subjects: Subjects,
    rules: RemedyRules | None = None,
    fit: FitRules | None = None,
) -> list[str]:
    """The facts of ``detail`` that no measure answers: none quotes it, none names the same
    matter of management, and none shares ``covered`` of what one of its clauses is about
    (rarity-weighted subject bigrams):
    公务接待管理不规范 of "公务接待管理不规范，2024年有4批次…无公函", or the 政府采购 of
    "图书采购金额共计386万元，其中48万元未按政府采购规定公开招标")."""
    rules = rules or remedy_rules()
    # a remedy speaks to the fact it quotes (执法全过程记录 beside a quoted 执法记录仪), not to
    # the facts that share its words: its 办案专款…结余 and 按规定用途 hid the 办案专款 spent
    # on office equipment (read)
    quotes = [(q, m) for m in measures for q in facts_quoted(m)]
    quoting = [(q, subjects.subject_bigrams(m)) for q, m in quotes]
    # a concrete matter of management (fit.toml [topics]: 公务接待, 公务用车…) named by a
    # measure answers a fact naming it: "无公函" and 公务接待规范 share few bigrams
    # ...but a remedy answers the fact it quotes, not the matter its quote happens to name
    # (环卫车辆采购…未经党组会议研究 says nothing of how the cars are used)
    general = [m for m in measures if not quotes_of(m)]
    matters = {t for m in general for t in topics_named(m, fit) if t in rules.answering_topics}
    general_said = [subjects.subject_bigrams(m) for m in general]

    def weight(bigrams: frozenset[str]) -> float:
        return sum(subjects.idf.get(g, subjects.unseen) for g in bigrams)

    def share(bigrams: frozenset[str], said: Sequence[frozenset[str]]) -> float:
        """The most of ``bigrams``' weight any measure of ``said`` shares."""
        return max((weight(bigrams & s) / weight(bigrams) for s in said), default=0.0)

    def repeated(clause: str, bigrams: frozenset[str], promised: Sequence[str]) -> bool:
        """Whether a remedy quoting the clause's fact promises (``promised``: in its own words)
        a run of the clause's subject: 以案促改 of "医院党委未深入开展以案促改" beside a quoted
        收受回扣 answered by "以案为鉴、以案促改…" (read: named open beside it). A borrowed
        measure's 按照党委会议事规则 does not revise the 议事规则 our fact says are out of date."""
        n = rules.shared_term
        runs = (clause[i : i + n] for i in range(len(clause) - n + 1))
        return any(
            all(run[j : j + 2] in bigrams for j in range(n - 1)) and not rules.any_fault.search(run) and any(run in p for p in promised)
            for run in runs
        )

    out: list[str] = []
    facts = facts_of(detail)
    # the things the problem says are back already (违规发放的监考费已于巡察期间全部退回): a clause of another
    # fact paying them (发放监考费1.4万元) is put right (round 89 named it open)
    back = [t for f in facts if rules.settled_clause.search(f) and (t := settled_thing(f) or sum_settled(f)) is not None]
    # …and a statement that the sums above are back (上述款项已全部退回县医保基金专户) puts right each fact before it
    # that ends on its sum (…违规收取医保基金11.6万元; 将普通CT平扫按增强扫描收费87人次，金额2.1万元: round 106 named
    # both open beside the measure on the charging)
    all_back = max((n for n, f in enumerate(facts) if _ALL_BACK.match(f.strip(" \u3000，,"))), default=-1)
    for n, fact in enumerate(facts):
        if _is_setting(fact, facts[n + 1 : n + 2], rules):
            continue
        if n < all_back and ENDS_ON_SUM.search(fact.rstrip(" \u3000，,。；;")):
            continue
        left = _unquoted_part(fact, measures, rules, back)
        if not left or matters.intersection(topics_named(left, fit)):
            continue
        every = split_clauses(left)
        clauses = [(i, c, b) for i, c in enumerate(every) if (b := subjects.subject_bigrams(c))]
        if not clauses:
            continue  # nothing but genre words (工作不到位): no subject to miss
        said = general_said + [b for quote, b in quoting if quote in fact]
        promised = [QUOTED.sub("", m.strip()) for q, m in quotes if q in fact]
        answered = [
            (
                c,
                share(b, said) >= rules.covered
                or repeated(c, b, promised)
                or settled_here(every, i, rules)
                or promised_in_item(c, measures, rules),
            )
            for i, c, b in clauses
        ]
        # each clause showing a fault is answered, or named: a measure on 伙食标准 does not
        # answer 每周食谱未公示 beside it (read); a fact showing no fault is named unless one
        # of its clauses is answered
        faults = [(c, done) for c, done in answered if _shows_fault(c, rules)]
        if not faults:
            if not any(done for _c, done in answered):
                out.append(_with_opening(left, fact, rules))
            continue
        if all(done for _c, done in faults):
            continue
        if not any(done for _c, done in faults):
            out.append(_with_opening(left, fact, rules))  # as the open part was named: its settings and …… kept
            continue
        done_of = {c: done for c, done in answered}
        open_ = [i for i, c in enumerate(every) if _shows_fault(c, rules) and done_of.get(c) is False]
        quoted = [any(c.strip(" \u3000，,、") in q for q, _m in quotes if q in fact) for c in every]
        if named := _name_open(every, open_, [done_of.get(c, False) for c in every], rules, quoted):
            out.append(_with_opening(named, fact, rules))
    return out


def _is_setting(fact: str, after: Sequence[str], rules: RemedyRules) -> bool:
    """Whether ``fact`` only sets the scene for the fact after it, which opens with 其中:
    2023年至2024年共获得…补助资金98.4万元 before 其中营养膳食补助资金中有6.2万元用于… (round 81
    named the sums received as a fault)."""
    if not after or _shows_fault(fact, rules):
        return False
    # …or only counts the projects the facts after it are about (使用衔接资金486万元实施茶园提质改造…等项目7个: round 159's township
    # named it open as a fault)
    return after[0].lstrip().startswith("其中") or _PROJECTS_COUNTED.search(fact.rstrip(" \u3000，,。；;")) is not None


_PROJECTS_COUNTED = re.compile(r"^[^，,。；;]*等(?:项目|工程)\d+个$")


def _with_opening(named: str, fact: str, rules: RemedyRules) -> str:
    """An open part too short to be read alone (``subjectless``), from inside a fact, with the
    fact's opening clause when that only sets the scene (执法执勤用车3辆，节假日未按规定封存: read
    as garbled alone, round 60); an opening that shows a fault is answered or named itself."""
    part = named.strip(" \u3000，,、…")
    opening = split_clauses(fact)[0].strip(" \u3000，,、")
    if len(part) >= rules.shortest_quote or not rules.subjectless.search(part) or fact.startswith(part) or part in opening:
        return named
    if rules.any_fault.search(opening):
        return named  # a fault of its own, answered: named again it reads as asked twice (round 62)
    at = fact.find(part)
    joint = "，" if at > 0 and fact[:at].rstrip(" \u3000，,、") == opening else "……"
    return opening + joint + part


def _name_open(
    clauses: Sequence[str],
    open_: Sequence[int],
    closed: Sequence[bool],
    rules: RemedyRules,
    quoted: Sequence[bool] | None = None,
    rest: Sequence[bool] | None = None,
) -> str:
    """The open fault clauses of a fact as the placeholder names them, never a sentence the
    feedback does not hold: the settings between them go with them (2024年燃油费21.4万元
    before 较2023年增长31%), a fault that cannot be read without the setting before it (新文物
    线索47条，仅核定登录9处), or too short to be read alone, takes that one with it, and ……
    stands where answered clauses are left out: readers took "19家开展监督检查，其中2件…"
    for one fact, and an answered clause named again (…列支餐费2.38万元，其中8批次无公函)
    for a fault left open twice. ``quoted``: which clauses a measure quotes (never named again);
    ``rest``: which go with a quote as its rest (named again only before a clause with no subject)."""
    # a bare ratio or a sum after an answered clause (仅完成实地复查131处，完成率61.5%;
    # …仍按上年度标准兑现，合计多发46.8万元) is that fact's
    open_ = [i for i in open_ if not (i > 0 and closed[i - 1] and RATIO.match(clauses[i].strip(" \u3000，,")))]
    if not open_:
        return ""
    keep = set(open_)
    keep.update(i for i in range(open_[0], open_[-1]) if not closed[i])
    for i in open_:
        # …and a clause too short to be read alone (完成率80.2%) takes the setting before it,
        # and that one the one before it when it is a short setting too (……承接本村工程5项，
        # 合同金额共计87万元，未执行回避规定: re-read of round 62 got the last two alone)
        while (
            i > 0
            and i - 1 not in keep
            # …and a short one that cannot stand alone takes the clause before though a measure's words
            # cover it, unless a measure quotes it (新进员工中有3人为…近亲属，且在同一部门任职未执行回避规定; 其中录播设备采购拆分为3笔，规避政府
            # 采购程序: round 88 named ……且… and 规避政府采购程序 alone)
            and (not closed[i - 1] or _takes_closed(clauses[i], i - 1, quoted, rest, rules))
            and (rules.refers_back.search(clauses[i]) or _too_short(clauses[i], rules))
            and (i in open_ or not rules.fault.search(clauses[i]))
        ):
            keep.add(i - 1)
            i -= 1
    # …… before a part that goes on from an answered clause (……其中8批次无公函)
    first = min(keep)
    said = "……" if first > 0 and closed[first - 1] and rules.continues.search(clauses[first]) else ""
    for before, i in zip([None, *sorted(keep)], sorted(keep), strict=False):
        part = clauses[i].strip(" \u3000，,、")
        if before is not None:  # the feedback's own joint (8台执法记录仪、1台安检门), or …… for a gap
            joint = clauses[before].rstrip(" \u3000")[-1:]
            said += (joint if joint in "，,、" else "，") if i == before + 1 else "……"
        said += part
    return said


def _too_short(clause: str, rules: RemedyRules) -> bool:
    return len(clause.strip(" \u3000，,")) < rules.shortest_quote


_NOT_FOUND = re.compile(r"均未(?:能)?(?:发现|察觉)$")


def _takes_closed(
    clause: str, before: int, quoted: Sequence[bool] | None, rest: Sequence[bool] | None, rules: RemedyRules
) -> bool:
    """Whether a short open ``clause`` is named with the answered clause ``before`` it: when it
    says not whose fault it is (且…, 其中…, 规避…) and no measure quotes that one; the rest of a
    quote only before a clause with no subject at all (规避政府采购程序 after 其中…拆分为3笔, but
    not 其中1项事后补办手续 after 直接由站长决定)."""
    core = clause.strip(" \u3000，,、")
    if quoted is not None and not quoted[before] and _NOT_FOUND.search(core):
        return True  # …检查8次均未发现 says nothing without what was not found (round 151)
    if quoted is None or quoted[before] or not _too_short(clause, rules):
        return False
    if rest is not None and rest[before]:
        return rules.subjectless.search(core) is not None
    return bool(rules.continues.search(core) or rules.subjectless.search(core))


def _unquoted_part(fact: str, measures: Sequence[str], rules: RemedyRules, back: Sequence[str] = ()) -> str:
    """What of ``fact`` no remedy answers: all of it, or the clauses beside a quote that
    show a fault of their own (闲置的办公用房 beside a quoted 结余资金) that the quoting
    remedy does not cover, its class wording them as it worded the quote (未及时拨付到乡镇
    beside a quoted 滞留 is the same fault; 闲置的用房 beside quoted idle funds is not), or
    nothing."""
    quoting = [(q, m) for m in measures for q in facts_quoted(m) if q in fact]
    if not quoting:
        return fact
    covering = [(k, m) for _quote, m in quoting if (k := _class_of(m, rules)) is not None]

    def covered(clause: str) -> bool:
        # …or it sums up the matter the quoting remedy's own wording is for (储备土地巡查制度
        # 落实不严 beside a quoted 巡查记录缺失 that got the 巡查制度 wording)
        # …but a clause another class takes as a fact of its own, or one needing a wording of its own
        # (`own_wording`), is not covered by the fact's wording (且未经支委会、校务会集体研究 beside a quoted split
        # purchase: round 79 named only "由校长个人决定", read as garbled)
        @functools.cache
        def alone() -> str | None:
            # the class the clause gets as a fact of its own: a full class search, made at most once
            # and only when a branch below needs it
            return remedy_alone(clause, rules)

        def own_class_is(name: str) -> bool:
            # asked only when the fact's wording is all that would cover the clause
            return not rules.own_wording.search(clause) and alone() in (None, name)

        return any(
            # …worded for the clause, or for the fact around it (其中2台…一直闲置 of quoted 设备使用率)
            (
                k.answers_within(clause, fact)
                and (k.action_for(clause) in m or (k.action_for(clause, fact) in m and own_class_is(k.name)))
            )
            or (rules.summary.search(clause) is not None and (v := k.variant_for(clause)) is not None and v in m)
            # …or it needs a wording of its own that the measure beside it already gives (一律提交党组织会议研究决定)
            or (
                rules.own_wording.search(clause) is not None
                and rules.own_wording_answered.search(m) is not None
                and alone() in (None, k.name)
            )
            for k, m in covering
        )

    clauses = split_clauses(fact)
    starts = [sum(map(len, clauses[:i])) for i in range(len(clauses))]
    spans = [(at, at + len(q)) for q, _m in quoting if (at := fact.find(q)) >= 0]
    inside = [any(a <= start + 1 and start + len(c.strip(" \u3000，,、")) <= b for a, b in spans) for c, start in zip(clauses, starts, strict=True)]
    # the rest of a quote carries the rest after it (…列支餐费10笔，无公函和接待清单，其中3笔超出
    # 接待标准: round 58)
    # …but only a rest of the quote's own kind (`rest_of_quote`): 其中1项事后补办手续 after the rest
    # 直接由站长决定 is a fault of its own
    joined = list(inside)
    for i, clause in enumerate(clauses):
        after = joined if rules.rest_of_quote.search(clause.strip(" \u3000，,、")) else inside
        joined[i] = joined[i] or _goes_with_quote(clauses, after, i, rules)
    closed = [
        shut or covered(c.strip(" \u3000，,")) or joined[i]
        or settled_here(clauses, i, rules)  # put right already: nothing to answer
        or any(re.search(rf"(?<![\d.]){re.escape(thing)}", c) for thing in back)  # …or said to be, in a sentence of its own
        or promised_in_item(c, measures, rules)
        or part_of_what_is_checked(clauses, i, inside, quoting, rules)
        for i, (c, shut) in enumerate(zip(clauses, inside, strict=True))
    ]
    open_ = [i for i, c in enumerate(clauses) if not closed[i] and len(c.strip(" \u3000，,")) >= 6 and _shows_fault(c, rules)]
    return _name_open(clauses, open_, closed, rules, inside, joined) if open_ else ""


_ALL_BACK = re.compile(r"^上述[^，。；]{0,10}(?:款项|资金|费用|金额|款)[^，。；]{0,6}已(?:于巡察期间)?(?:全部|全额|如数)(?:退回|追回|清退|退还|缴回|收回)")


def _shows_fault(clause: str, rules: RemedyRules) -> bool:
    """Whether ``clause`` shows a fault of its own, not only in the earlier round's problems it
    quotes by name (上轮巡察反馈的“因公证照逾期未交回”等2个问题: named open bare in round 72)."""
    return rules.any_fault.search(rules.cited.sub("", clause)) is not None


_INVOLVED = re.compile(r"^(?:共计?|合计|累计)?涉及[^，。；]{0,12}\d[\d.]*\s*万?元$")  # 共涉及违规费用86.3万元
_COUNT = re.compile(r"\d+(?:\.\d+)?\s*(?:笔|次|批次|项|件|人次)")  # …共17笔、金额1.46万元


def _goes_with_quote(clauses: Sequence[str], inside: Sequence[bool], i: int, rules: RemedyRules) -> bool:
    """Whether clause ``i``, outside the quotes, is part of the fault a quote beside it shows:
    the summary just before it (备案档案归档不及时，2024年有14项…未归档: read as answered and
    named open again), the instance just after a quoted summary (药房账实不符，抽查的25个品规中
    有7个数量不一致), or a short rest of it with none of the words a quote is cut by (未经党委会
    前置研究，直接由院长办公会决定; 2次主题党日以业务培训代替 has its own subject)."""
    clause = clauses[i].strip(" \u3000，,、")
    if i + 1 < len(clauses) and inside[i + 1] and _a_summary(clause, rules) and _instance_of(clause, clauses[i + 1], rules):
        return True
    # …or the instances a quoted list of faults is summed up by (存在串换收费项目、超标准收费、重复收费等问题，其中将普通换药串换为
    # 中换药收费2316人次…: round 194 named them open beside the measure on those faults)
    if clause.startswith("其中"):
        j = i - 1
        while j >= 0 and not inside[j] and (not rules.fault.search(clauses[j]) or _INVOLVED.match(clauses[j].strip(" \u3000，,"))):
            j -= 1  # …past what shows no fault between them (经巡察抽查和市医保局联合核查，共涉及违规费用86.3万元: round 195)
        if j >= 0 and inside[j] and clauses[j].rstrip(" \u3000，,、").endswith("等问题"):
            return True
    # …or the total the quoted part of it is part of (列支…工作经费97.3万元 before a quoted 其中31笔…: round 91
    # named the total open)
    if i + 1 < len(clauses) and inside[i + 1] and ENDS_ON_SUM.search(clause) and clauses[i + 1].lstrip(" \u3000").startswith("其中"):
        return True
    # …or with a faultless setting between them (病历书写不规范，抽查运行病历60份，首次病程记录超时、上级
    # 医师查房记录缺失的有17份: round 69's own reading named the summary open beside its answer)
    if (
        i + 2 < len(clauses) and inside[i + 2] and not inside[i + 1] and rules.summary.search(clause)
        and not rules.any_fault.search(clauses[i + 1]) and _instance_of(clause, clauses[i + 2], rules)
    ):
        return True
    # the count of a quoted deed between them shows no fault (以…名义列支招待费用，2023年至
    # 2024年共17笔，其中9笔无接待事由: round 58): the rest goes on from the quote all the same
    counted = (
        i > 1 and not inside[i - 1] and inside[i - 2] and not rules.any_fault.search(clauses[i - 1])
        and _COUNT.search(clauses[i - 1]) is not None
        and rules.rest_of_quote.search(clause) is not None
    )
    if counted:
        return True
    if i == 0 or not inside[i - 1]:
        return False
    summary = clauses[i - 1].strip(" \u3000，,、")
    quote_is_summary = (i == 1 or not inside[i - 2]) and _a_summary(summary, rules) and _instance_of(summary, clause, rules)
    goes_on = rules.rest_of_quote.search(clause) or (rules.refers_back.search(clause) and not rules.fault.search(clause))
    # the standard a quoted shortfall missed may run longer (低于每200至250张床位配备1名的要求)
    rest = (len(clause) < rules.shortest_quote and goes_on) or rules.rest_of_quote_long.search(clause) is not None
    return bool(quote_is_summary or rest)


def _a_summary(clause: str, rules: RemedyRules) -> bool:
    """Whether ``clause`` sums a matter up: by the general words, or as a summary whose instances a pair of ``instances``
    knows (人事档案管理缺失 before 抽查的20份员工档案中7份缺少…复印件: round 192 named the instance open beside the measure
    completing the files), counting nothing (抽查的86件仪器设备中有12件账实不符 is an instance itself, not the summary of the
    7件长期损坏未报废 after it)."""
    return rules.summary.search(clause) is not None or (
        not any(c.isdigit() for c in clause) and any(sums.search(clause) for sums, _ in rules.instances)
    )


def _instance_of(summary: str, clause: str, rules: RemedyRules) -> bool:
    """Whether ``clause`` can be an instance of the quoted ``summary`` before it: any clause,
    unless a pair of ``instances`` knows that summary's instances and ``clause`` is not one."""
    kinds = [instance for sums, instance in rules.instances if sums.search(summary)]
    return not kinds or any(instance.search(clause) for instance in kinds)


def _class_of(measure: str, rules: RemedyRules) -> RemedyClass | None:
    """The remedy class whose action ``measure`` promises."""
    return next(
        (
            k
            for k in rules.classes
            if k.action in measure or any(v.action in measure for v in k.variants)
        ),
        None,
    )
