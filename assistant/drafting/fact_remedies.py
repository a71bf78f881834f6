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
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

from assistant.drafting.hygiene import FitRules, topics_named
from assistant.drafting.models import to_fill
from assistant.i18n import _
from assistant.units.lexicon import Stamp, files_stamp, shipped_rules

# A user adds classes (tried before the shipped ones) or changes [limits] in these files.
USER_DIR = Path("rules") / "remedies"

_FACT_SPLIT = re.compile(r"[。；;！!？?\n]")
# a fact's own number in the user's list (1. / （2） / 三是): not part of what is quoted
# …but not the 七、 of 七、八年级, a list of grades
_ORDINAL = re.compile(r"^\s*(?:[（(]?[一二三四五六七八九十\d]{1,2}(?:[)）]|、(?![一二三四五六七八九十\d])|[.．](?!\d))|[一二三四五六七八九十]{1,3}是)\s*")
# a comma between digits (1,650万元) groups thousands; it does not end a clause. A 、 before
# a count (3个未配备冷藏设施、2个台账记录缺失) joins two faults of their own
_CLAUSE_SPLIT = re.compile(r"(?<=，)|(?<=\D,)|(?<=,)(?!\d)|(?<=、)(?=\d+\s*(?:个|名|家|户|人|处|项|笔|件|所|座|台|卷|份|辆|套|批))")


def _split_clauses(text: str) -> list[str]:
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
        if merged and merged[-1].endswith("、") and _LISTED_COUNT.match(piece):
            merged[-1] += piece
        else:
            merged.append(piece)
    return merged


_LISTED_COUNT = re.compile(r"^\d+(?:\.\d+)?\s*(?:万|亿)?[^\d，,、；。\s]{1,2}[，,]?$")  # 、118人
_NAMED = re.compile(r"(?:问题|现象|情况)$")
# a clause that opens with a count (2870人次，其中3批次…) is the tail of the one before it
_BARE_COUNT = re.compile(r"\d+(?:\.\d+)?(?![\d.年月日—\-])")
# the sum a fault comes to: 合计多发46.8万元, or the money itself (仍收取工本费，多收930元)
_SUM = re.compile(r"^(?:(?:合计|共计|总计)[^，,]{0,12}|(?:累计|共)?[多少超][收发付领拨计缴支][^，,\d]{0,4}\d[\d.]*\s*[万亿]?元)$")
_RATIO = re.compile(rf"^[^，,\d]{{0,6}}\d+(?:\.\d+)?[%％]$|{_SUM.pattern}")  # 完成率61.5%
_UNREADABLE = 8  # a quote shorter than this (7套闲置) says nothing alone: the clause before goes with it


def _clause_span(fact: str, found: re.Match[str]) -> tuple[list[str], int, int]:
    """The comma clauses of ``fact`` and the first and last of them the match falls in."""
    clauses = _split_clauses(fact)
    starts = [sum(map(len, clauses[:i])) for i in range(len(clauses))]
    first = max(i for i, start in enumerate(starts) if start <= found.start())
    last = max(i for i, start in enumerate(starts) if start < found.end())
    return clauses, first, last


def _near(
    fact: str, found: re.Match[str], continues: re.Pattern[str] | None, *, before: bool = False
) -> str:
    """The clauses of ``fact`` around a match: its own, the next, and the one before when it
    goes on from that one (其中…), or always (``before``). What a class needs beside its words
    must be there: the 680万元 of a building two clauses before does not make 违规在派出所询问
    a money fault."""
    clauses, first, last = _clause_span(fact, found)
    while first > 0 and clauses[first - 1].endswith("、"):
        first -= 1  # 、3套闲置 is one clause with 有2套由非本校人员居住 before it
    if first > 0 and (before or (continues is not None and continues.search(clauses[first]))):
        first -= 1
    return "".join(clauses[first : last + 2])


@dataclass(frozen=True)
class RemedyClass:
    name: str
    when: re.Pattern[str]
    action: str
    also: re.Pattern[str] | None = None  # `with`: the clauses around the match must match this too
    unless: re.Pattern[str] | None = None
    variants: tuple[tuple[re.Pattern[str], str], ...] = ()  # a fact's own wording of it

    def variant_for(self, text: str) -> str | None:
        """The wording of the first variant whose words ``text`` has, if any."""
        return next((action for when, action in self.variants if when.search(text)), None)

    def action_for(self, quote: str, fact: str = "") -> str:
        """The wording for what ``quote`` says, else for ``fact`` (the clauses around it: 7套闲置
        of the 周转房 named a clause before)."""
        for text in (quote, fact):
            found = self.variant_for(text)
            if found is not None:
                return found
        return self.action

    def matches(self, fact: str, continues: re.Pattern[str] | None = None) -> re.Match[str] | None:
        found = self.when.search(fact)
        if found is None:
            return None
        if self.also is not None and not self.also.search(_near(fact, found, continues)):
            return None
        if self.unless is not None and self.unless.search(fact):
            return None
        return found


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
    continues: re.Pattern[str]
    refers_back: re.Pattern[str]  # a continuation unreadable without the clause before (其中…)
    rest_of_quote: re.Pattern[str]  # a short clause after a quote that is the rest of its fault
    fault: re.Pattern[str]  # a word that shows a fault: where a quote begins and ends
    any_fault: re.Pattern[str]  # ...or these too (also_fault): what a placeholder names
    cited: re.Pattern[str]  # earlier problems quoted by name, whose words are not this fact's
    summary: re.Pattern[str]  # a clause that sums up a matter's fault (巡查制度落实不严)


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
        hint=_("每个 [[class]] 需要 name、when 与 action，正则表达式须能编译；[limits] 的值须为数字或正则表达式"),
    )


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
                    (re.compile(v["when"]), str(v["action"])) for v in entry.get("variant", [])
                ),
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
        continues=re.compile(raw["limits"]["continues"]),
        refers_back=re.compile(raw["limits"]["refers_back"]),
        rest_of_quote=re.compile(raw["limits"]["rest_of_quote"]),
        fault=re.compile(raw["limits"]["fault"]),
        any_fault=re.compile(f'{raw["limits"]["fault"]}|{raw["limits"]["also_fault"]}'),
        cited=re.compile(raw["limits"]["cited"]),
        summary=re.compile(raw["limits"]["summary"]),
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
    clauses, first, last = _clause_span(fact, fault)

    def takes_the_one_before(first: int) -> bool:
        span = len("".join(clauses[first : last + 1]))
        return bool(
            rules.continues.search(clauses[first])
            or (_BARE_COUNT.match(clauses[first]) and not rules.fault.search(clauses[first - 1]))
            or rules.cited.search(clauses[first - 1])  # the earlier problems it speaks of
            or span < _UNREADABLE
            or (span < rules.shortest_quote and not rules.fault.search(clauses[first - 1]))
        )

    while first > 0 and takes_the_one_before(first):
        first -= 1
    while last + 1 < len(clauses) and _SUM.match(clauses[last + 1].strip(" \u3000，,、")):
        last += 1  # …and the sum it comes to (仍按原标准发放，合计多发1.6万元)
    quote = "".join(clauses[first : last + 1]).strip(" \u3000，,、")
    return quote.replace("“", "‘").replace("”", "’")


@dataclass(frozen=True)
class FactRemedy:
    kind: str  # the class of ``data/fact_remedies.toml``
    fact: str  # the fact as written in the feedback
    text: str  # the measure


def fact_remedies(detail: str, rules: RemedyRules | None = None) -> list[FactRemedy]:
    """Measures for the facts of ``detail`` that a remedy class covers, in the facts'
    order, each class once, at most ``per_problem`` (``rules``: the shipped ones if None)."""
    rules = rules or remedy_rules()
    out: list[FactRemedy] = []
    used: set[str] = set()
    for fact in facts_of(detail):
        # blanked to the same length, so that a match's place is the fact's
        own = rules.cited.sub(lambda m: "\u3000" * len(m.group(0)), fact)
        for remedy in rules.classes:
            found = remedy.matches(own, rules.continues)
            if found is None:
                continue
            if remedy.name not in used:
                used.add(remedy.name)
                quote = quoted(fact, found, rules)
                # its wording is for what the quote says, else for the clauses just around it:
                # a 公务接待 two clauses before does not make 以劳务费名义发放 a reception
                action = remedy.action_for(quote, _near(fact, found, None, before=True))
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
    quoting = [(q, subjects.subject_bigrams(m)) for m in measures if (q := _quote_of(m)) is not None]
    # a concrete matter of management (fit.toml [topics]: 公务接待, 公务用车…) named by a
    # measure answers a fact naming it: "无公函" and 公务接待规范 share few bigrams
    # ...but a remedy answers the fact it quotes, not the matter its quote happens to name
    # (环卫车辆采购…未经党组会议研究 says nothing of how the cars are used)
    general = [m for m in measures if _quote_of(m) is None]
    matters = {t for m in general for t in topics_named(m, fit) if t in rules.answering_topics}
    general_said = [subjects.subject_bigrams(m) for m in general]

    def weight(bigrams: frozenset[str]) -> float:
        return sum(subjects.idf.get(g, subjects.unseen) for g in bigrams)

    def share(bigrams: frozenset[str], said: Sequence[frozenset[str]]) -> float:
        """The most of ``bigrams``' weight any measure of ``said`` shares."""
        return max((weight(bigrams & s) / weight(bigrams) for s in said), default=0.0)

    def repeated(clause: str, bigrams: frozenset[str], fact: str) -> bool:
        """Whether a remedy quoting ``fact`` promises, in its own words, a run of the clause's
        subject: 以案促改 of "医院党委未深入开展以案促改" beside a quoted 收受回扣 answered by
        "以案为鉴、以案促改…" (read: named open beside it). A borrowed measure's 按照党委会议事
        规则 does not revise the 议事规则 our fact says are out of date."""
        promised = [_QUOTE.sub("", m.strip()) for m in measures if (q := _quote_of(m)) is not None and q in fact]
        n = rules.shared_term
        runs = (clause[i : i + n] for i in range(len(clause) - n + 1))
        return any(
            all(run[j : j + 2] in bigrams for j in range(n - 1)) and not rules.any_fault.search(run) and any(run in p for p in promised)
            for run in runs
        )

    out: list[str] = []
    for fact in facts_of(detail):
        left = _unquoted_part(fact, measures, rules)
        if not left or matters.intersection(topics_named(left, fit)):
            continue
        every = _split_clauses(left)
        clauses = [(c, b) for c in every if (b := subjects.subject_bigrams(c))]
        if not clauses:
            continue  # nothing but genre words (工作不到位): no subject to miss
        said = general_said + [b for quote, b in quoting if quote in fact]
        answered = [(c, share(b, said) >= rules.covered or repeated(c, b, fact)) for c, b in clauses]
        # each clause showing a fault is answered, or named: a measure on 伙食标准 does not
        # answer 每周食谱未公示 beside it (read); a fact showing no fault is named unless one
        # of its clauses is answered
        faults = [(c, done) for c, done in answered if rules.any_fault.search(c)]
        if not faults:
            if not any(done for _c, done in answered):
                out.append(left)
            continue
        if all(done for _c, done in faults):
            continue
        if not any(done for _c, done in faults):
            out.append(left)  # as the open part was named: its settings and …… kept
            continue
        done_of = {c: done for c, done in answered}
        open_ = [i for i, c in enumerate(every) if rules.any_fault.search(c) and done_of.get(c) is False]
        if named := _name_open(every, open_, [done_of.get(c, False) for c in every], rules):
            out.append(named)
    return out


def _name_open(clauses: Sequence[str], open_: Sequence[int], closed: Sequence[bool], rules: RemedyRules) -> str:
    """The open fault clauses of a fact as the placeholder names them, never a sentence the
    feedback does not hold: the settings between them go with them (2024年燃油费21.4万元
    before 较2023年增长31%), a fault that cannot be read without the setting before it (新文物
    线索47条，仅核定登录9处), or too short to be read alone, takes that one with it, and ……
    stands where answered clauses are left out: readers took "19家开展监督检查，其中2件…"
    for one fact, and an answered clause named again (…列支餐费2.38万元，其中8批次无公函)
    for a fault left open twice."""
    # a bare ratio or a sum after an answered clause (仅完成实地复查131处，完成率61.5%;
    # …仍按上年度标准兑现，合计多发46.8万元) is that fact's
    open_ = [i for i in open_ if not (i > 0 and closed[i - 1] and _RATIO.match(clauses[i].strip(" \u3000，,")))]
    if not open_:
        return ""
    keep = set(open_)
    keep.update(i for i in range(open_[0], open_[-1]) if not closed[i])
    keep.update(
        i - 1
        for i in open_
        if i > 0
        and i - 1 not in keep
        # …and a clause too short to be read alone (完成率80.2%) takes the setting before it
        and not closed[i - 1]
        and (rules.refers_back.search(clauses[i]) or len(clauses[i].strip(" \u3000，,")) < rules.shortest_quote)
    )
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


def _unquoted_part(fact: str, measures: Sequence[str], rules: RemedyRules) -> str:
    """What of ``fact`` no remedy answers: all of it, or the clauses beside a quote that
    show a fault of their own (闲置的办公用房 beside a quoted 结余资金) that the quoting
    remedy does not cover, its class wording them as it worded the quote (未及时拨付到乡镇
    beside a quoted 滞留 is the same fault; 闲置的用房 beside quoted idle funds is not), or
    nothing."""
    quoting = [(q, m) for m in measures if (q := _quote_of(m)) is not None and q in fact]
    if not quoting:
        return fact
    covering = [(k, m) for _quote, m in quoting if (k := _class_of(m, rules)) is not None]

    def covered(clause: str) -> bool:
        # …or it sums up the matter the quoting remedy's own wording is for (储备土地巡查制度
        # 落实不严 beside a quoted 巡查记录缺失 that got the 巡查制度 wording)
        return any(
            # …worded for the clause, or for the fact around it (其中2台…一直闲置 of quoted 设备使用率)
            (k.matches(clause) and (k.action_for(clause) in m or k.action_for(clause, fact) in m))
            or (rules.summary.search(clause) is not None and (v := k.variant_for(clause)) is not None and v in m)
            for k, m in covering
        )

    clauses = _split_clauses(fact)
    starts = [sum(map(len, clauses[:i])) for i in range(len(clauses))]
    spans = [(at, at + len(q)) for q, _m in quoting if (at := fact.find(q)) >= 0]
    inside = [any(a <= start + 1 and start + len(c.strip(" \u3000，,、")) <= b for a, b in spans) for c, start in zip(clauses, starts, strict=True)]
    closed = [
        shut or covered(c.strip(" \u3000，,")) or _goes_with_quote(clauses, inside, i, rules)
        for i, (c, shut) in enumerate(zip(clauses, inside, strict=True))
    ]
    open_ = [i for i, c in enumerate(clauses) if not closed[i] and len(c.strip(" \u3000，,")) >= 6 and rules.any_fault.search(c)]
    return _name_open(clauses, open_, closed, rules) if open_ else ""


def _goes_with_quote(clauses: Sequence[str], inside: Sequence[bool], i: int, rules: RemedyRules) -> bool:
    """Whether clause ``i``, outside the quotes, is part of the fault a quote beside it shows:
    the summary just before it (备案档案归档不及时，2024年有14项…未归档: read as answered and
    named open again), the instance just after a quoted summary (药房账实不符，抽查的25个品规中
    有7个数量不一致), or a short rest of it with none of the words a quote is cut by (未经党委会
    前置研究，直接由院长办公会决定; 2次主题党日以业务培训代替 has its own subject)."""
    clause = clauses[i].strip(" \u3000，,、")
    if i + 1 < len(clauses) and inside[i + 1] and rules.summary.search(clause):
        return True
    if i == 0 or not inside[i - 1]:
        return False
    quote_is_summary = (i == 1 or not inside[i - 2]) and rules.summary.search(clauses[i - 1].strip(" \u3000，,、"))
    goes_on = rules.rest_of_quote.search(clause) or (rules.refers_back.search(clause) and not rules.fault.search(clause))
    rest = len(clause) < rules.shortest_quote and goes_on
    return bool(quote_is_summary or rest)


def _class_of(measure: str, rules: RemedyRules) -> RemedyClass | None:
    """The remedy class whose action ``measure`` promises."""
    return next(
        (
            k
            for k in rules.classes
            if k.action in measure or any(action in measure for _when, action in k.variants)
        ),
        None,
    )


def facts_placeholder(facts: Sequence[str], rules: RemedyRules | None = None) -> str:
    """【待补充：针对“…”“…”的整改措施】 naming the facts still without a measure."""
    rules = rules or remedy_rules()
    labels = ["“" + fact_label(fact, rules) + "”" for fact in facts[: rules.named_facts]]
    more = "等问题" if len(facts) > rules.named_facts else ""
    return to_fill(f"针对{''.join(labels)}{more}的整改措施")


def fact_label(fact: str, rules: RemedyRules) -> str:
    """How the placeholder names a fact: by every clause that shows a fault (近两年有4名流动
    党员未参加组织生活，党费收缴不及时; not the 社区党员86名 that opens it), each cut with its
    fault in sight; a fact with no word of fault by its first and last clause (…专项治理……完成率
    63.1%); nested quotes as ‘’."""
    if len(fact) <= rules.fact_label:
        return fact.replace("“", "‘").replace("”", "’")
    # each fault's quote as a span of the fact; a quote that takes in the clause named before
    # names only what goes on from it (仅18小时 is not named again before 低于35小时)
    said = fact.replace("“", "‘").replace("”", "’")
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
        clauses = [c.strip("，,、 ") for c in _split_clauses(fact) if c.strip("，,、 ")]
        ends = [clauses[0], clauses[-1]] if len(clauses) > 1 else clauses
        return "……".join(_cut(c, None, rules) for c in ends).replace("“", "‘").replace("”", "’")
    named = parts[: rules.label_parts]
    label = ""
    for (_a, end), (start, stop) in zip([(0, 0), *named], named, strict=False):
        # parts apart in the fact are not one sentence: 涉外公证依赖市公证处 between them left out
        joint = "" if not label else "……" if said[end:start].strip("，,、 ") else "，"
        part = said[start:stop].strip("，,、 ")
        cut = _cut(part, rules.any_fault.search(part), rules)  # ‘’ already
        if label.endswith("……") or (cut.startswith("……") and joint == "……"):
            joint = ""  # never "各1台……，2024年" nor "…………"
        label += joint + cut
    return label + ("等" if len(parts) > rules.label_parts else "")


_BOUNDARY = "，,、；：（‘"  # a cut starts after these (at an opening quote)
_NUMERALS = "一二三四五六七八九十"
_NEAR_START = 12  # a cut this close to the start with no comma before it starts at the start


def _cut(text: str, fault: re.Match[str] | None, rules: RemedyRules) -> str:
    """``text`` within about ``fact_label`` characters, the fault in sight ("……11条核查反馈超过
    规定时限……", never "……反馈超……"), cut at a comma nearby rather than mid-word, never
    inside a number."""
    if len(text) <= rules.fact_label:
        return text
    seen = text.find(fault.group(0)) + len(fault.group(0)) if fault else 0
    start = 0 if seen <= rules.fact_label else seen + 4 - rules.fact_label
    back = max((text.rfind(b, max(0, start - 16), start) for b in _BOUNDARY), default=-1)
    if back > 0 and text[back] == "、" and text[back - 1] in _NUMERALS and text[back + 1 : back + 2] in _NUMERALS:
        back = text.rfind("，", max(0, start - 24), back)  # 七、八年级 is one subject
    if back < 0 and start:  # no comma just before: the next one, if the fault stays in sight
        limit = min(start + 10, max(start, seen - 4))
        back = min((i for b in _BOUNDARY if 0 <= (i := text.find(b, start, limit))), default=-1)
    if back >= 0:
        start = back if text[back] == "‘" else back + 1
    elif start <= _NEAR_START:
        start = 0  # a few characters more, never "……级农产品" cut out of 省级农产品 (read)
    while 0 < start and text[start - 1 : start + 1].isdigit():
        start -= 1  # never "1处" of 41处
    end = max(start + rules.fact_label, seen + 8)  # the fault in sight, whatever comma the start moved to
    ahead = [i for b in _BOUNDARY if (i := text.find(b, end, end + 10)) >= 0]
    end = len(text) if len(text) - end <= 10 else min(ahead) if ahead else end
    while end < len(text) and text[end - 1 : end + 1].isdigit():
        end += 1
    return ("……" if start else "") + text[start:end] + ("……" if end < len(text) else "")
