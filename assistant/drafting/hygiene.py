"""Clause hygiene: which precedent clauses are not measures at all.

A heading fragment (…方面：), a clause cut mid-word, one that is only placeholders, another
unit's results (受到…批示肯定, 未发现…, counts of people punished) or an explanation of a
cause (因…导致…) reads as garbage in a plan however well it matches the problem. The rules
are data (``data/fit.toml``, table ``hygiene``); the name of the rule that matched is the
reason given. A user adds rules in ``<home>/rules/fit/*.toml`` (any of the same tables: lists
joined with theirs first, tables key by key, numbers replaced); every function here takes the
rules a drafting context loaded (``DraftingContext.fit``), the shipped ones when given none.
"""

from __future__ import annotations

import functools
import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from assistant.corpus.metadata import detect_sector
from assistant.drafting.models import PLACEHOLDER_RE
from assistant.drafting.sources import MAX_CLAUSE_CHARS
from assistant.i18n import _
from assistant.units.lexicon import Stamp, files_stamp, shipped_rules

_ENDS = "。；;！!？?"

# The Chinese reason per rule family, for findings and the evaluation's counts.
REASONS = {
    "heading": "标题或小标签，不是整改措施",
    "cut": "句子被截断",
    "placeholder": "只剩待补充内容",
    "result": "其他单位的整改结果，不是可承诺的措施",
    "cause": "解释原因而非整改措施",
    "brand": "其他单位自己的平台、品牌或地标",
    "person": "写有其他单位的具体人员",
    "outdated": "已经结束的专项工作或规划",
    "list": "一段自带编号的多条措施，不是一条措施",
    "blank": "句中留有其他单位的时间、文件名称或人员",
}


@dataclass(frozen=True)
class FitRules:
    """The rules of ``data/fit.toml``, compiled once."""

    floor: float
    clause_floor: float  # the clause itself must share this much of our problem's subject
    strong: float  # ...unless its precedent's problem is this close to ours
    title_floor: float  # a precedent this close to our problem's title alone also passes
    their_own: float  # a clause naming this much (× an unseen bigram) of THEIR problem only
    prohibition: re.Pattern[str]  # a promise to stop a fault (杜绝…)
    any_fault: re.Pattern[str]  # …that names no fault in particular (杜绝此类问题)
    topics: dict[str, tuple[str, ...]]  # a matter of management → the words that name it
    themes: dict[str, tuple[str, ...]]  # a party-building theme → the words that name it
    not_borrowed_for: frozenset[str]  # matters and themes under which no measure is borrowed
    needs: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]  # a fault answered → ours must say
    generic: frozenset[str]
    abbreviations: dict[str, str]
    common_sector_words: tuple[str, ...]
    outdated: dict[str, int]  # campaign → the first year it is over
    organ: dict[str, re.Pattern[str]]  # our organ → another organ's meetings and posts
    patterns: dict[str, tuple[re.Pattern[str], ...]]
    placeholder_share: float
    fillable_blanks: frozenset[str]  # blanks the office fills with its own figure (数量, 金额)
    fillable_most: int  # …at most this many in one borrowed sentence


USER_DIR = Path("rules") / "fit"


def fit_rules(home: Path | None = None) -> FitRules:
    """The shipped rules with the user's (``<home>/rules/fit/*.toml``); cached per file state."""
    return _rules(str(home) if home else None, files_stamp(home, USER_DIR))


@functools.lru_cache(maxsize=8)
def _rules(home: str | None, stamp: Stamp) -> FitRules:
    return shipped_rules(
        _build,
        "assistant.drafting.data",
        "fit.toml",
        home,
        USER_DIR,
        stamp,
        error=_("起草规则有误：{error}"),
        hint=_("按 assistant/drafting/data/fit.toml 的格式改正：正则表达式须能编译，[problem] 的阈值须为数字"),
    )


def _build(raw: dict[str, Any]) -> FitRules:
    hygiene = raw["hygiene"]
    patterns = {
        family: tuple(re.compile(p) for p in hygiene[family])
        for family in ("heading", "cut", "result", "cause", "brand", "person", "list")
    }
    return FitRules(
        floor=float(raw["problem"]["floor"]),
        clause_floor=float(raw["problem"]["clause_floor"]),
        strong=float(raw["problem"]["strong"]),
        title_floor=float(raw["problem"]["title_floor"]),
        their_own=float(raw["problem"]["their_own"]),
        prohibition=re.compile(raw["problem"]["prohibition"]),
        any_fault=re.compile(raw["problem"]["any_fault"]),
        topics={str(k): tuple(map(str, v)) for k, v in raw["topics"].items()},
        themes={str(k): tuple(map(str, v)) for k, v in raw["themes"].items()},
        not_borrowed_for=frozenset(map(str, raw["borrow"]["not_for"])),
        needs=tuple((re.compile(n["clause"]), re.compile(n["ours"])) for n in raw["borrow"].get("needs", [])),
        generic=frozenset(raw["problem"]["generic"]),
        common_sector_words=tuple(raw["sector"]["common"]),
        organ={k: re.compile(v) for k, v in _organ_patterns(raw).items()},
        outdated={str(k): int(v) for k, v in raw["outdated"].items()},
        abbreviations={str(k): str(v) for k, v in raw["abbreviations"].items()},
        patterns=patterns,
        placeholder_share=float(hygiene["placeholder_share"]),
        fillable_blanks=frozenset(str(w) for w in hygiene["fillable_blanks"]),
        fillable_most=int(hygiene["fillable_most"]),
    )


def _organ_patterns(raw: dict[str, Any]) -> dict[str, str]:
    """Each organ's pattern of other organs' words: its own [organ] entry joined by the shared
    [[organ_also]] words that list it."""
    patterns = {str(k): str(v) for k, v in raw["organ"].items()}
    for shared in raw.get("organ_also", []):
        for organ in shared["organs"]:
            own = patterns.get(organ)
            patterns[organ] = f"{own}|{shared['words']}" if own else str(shared["words"])
    return patterns


_SHORT_BUREAU_RE = re.compile(r"[省市县区]?([\u4e00-\u9fff]{2})[\u4e00-\u9fff]{0,2}?局")


def their_short_name(text: str, their_unit: str, our_unit: str, rules: FitRules | None = None) -> str | None:
    """A short name of the precedent's own unit left in ``text`` (县交通局 from 县交通运输局),
    which the adaptation's name forms do not cover; None when there is none."""
    long = (rules or fit_rules()).abbreviations
    for m in _SHORT_BUREAU_RE.finditer(text):
        stem = m.group(1)
        forms = {stem, long.get(stem, stem)}
        if any(f in their_unit for f in forms) and not any(f in our_unit for f in forms):
            return m.group(0)
    return None


def other_organ(text: str, our_organ: str, level: str | None = None, rules: FitRules | None = None) -> str | None:
    """The other party organ ``text`` speaks of as the unit's own (党委 in a 党组's plan), if
    any; ``level``: ours (a department above the county has a 机关党委 of its own)."""
    pattern = (rules or fit_rules()).organ.get(our_organ)
    if pattern is None:
        return None
    for m in pattern.finditer(text):
        if m.group(0) == "党委" and text[max(0, m.start() - 2) : m.start()] == "机关":
            if level in ("central", "province", "city"):
                continue
        return m.group(0)
    return None


def their_sector_work(
    text: str, their_sector: str | None, our_sector: str | None, rules: FitRules | None = None
) -> bool:
    """Whether ``text`` names the precedent's own sector (自然资源业务 in a hospital's plan):
    the sector its words point to (``detect_sector``, common words aside) is theirs, not ours."""
    if not their_sector or their_sector == our_sector:
        return False
    for word in (rules or fit_rules()).common_sector_words:
        text = text.replace(word, "\ue000")
    return detect_sector(text) == their_sector


def _blank(mark: str) -> str:
    """What a 【待补充：…】 mark asks for (时间, 金额)."""
    return mark.strip("【】").split("：", 1)[-1]


def placeholder_share(text: str) -> float:
    """How much of ``text`` (punctuation and quotes aside) is placeholders."""
    body = re.sub(r"[《》“”。；，、：\s]", "", text)
    if not body:
        return 1.0
    return sum(len(m.group(0)) for m in PLACEHOLDER_RE.finditer(body)) / len(body)


def clause_fault(
    clause: str, adapted: str | None = None, year: int | None = None, rules: FitRules | None = None
) -> str | None:
    """The rule family a clause breaks (a key of ``REASONS``), or None for a usable one.
    ``clause`` is the precedent's text as published; ``adapted`` our version of it, whose
    placeholders count (another unit's titles and dates become placeholders); ``year``
    the plan's own year, by which a campaign may be over."""
    rules = rules or fit_rules()
    text = clause.strip()
    bare = text.rstrip(_ENDS + " ")
    for family in ("heading", "list", "result", "cause", "brand", "person"):
        if any(p.search(text) for p in rules.patterns[family]):
            return family
    if any(p.search(bare) for p in rules.patterns["cut"]):
        return "cut"
    if len(text) >= MAX_CLAUSE_CHARS and text[-1] not in _ENDS:
        return "cut"  # sliced at the length limit
    if year is not None and any(
        word in text and year >= over for word, over in rules.outdated.items()
    ):
        return "outdated"
    if adapted is not None and placeholder_share(adapted) >= rules.placeholder_share:
        return "placeholder"
    blanks = [_blank(m.group(0)) for m in PLACEHOLDER_RE.finditer(adapted or "")]
    if any(b not in rules.fillable_blanks for b in blanks) or len(blanks) > rules.fillable_most:
        # another unit's date or document woven into the sentence (围绕【待补充：时间】开始的内部
        # 审计工作): read as garbled in round 53
        return "blank"
    return None


@functools.cache
def _measure_form() -> dict[str, re.Pattern[str]]:
    text = resources.files("assistant.drafting.data").joinpath("measure_form.toml").read_text("utf-8")
    data: dict[str, list[str]] = tomllib.loads(text)
    return {kind: re.compile("|".join(f"(?:{p})" for p in patterns)) for kind, patterns in data.items()}


def measure_form(text: str) -> tuple[str, str] | None:
    """("problem" or "done", the words) when ``text`` states a problem or reports what was
    done instead of promising a measure (``data/measure_form.toml``); drafting drops such a
    clause and the review flags one left in a draft."""
    for kind, pattern in _measure_form().items():
        m = pattern.search(text)
        if m:
            return kind, m.group(0)
    return None


def _named(table: dict[str, tuple[str, ...]], text: str) -> list[str]:
    """The entries of ``table`` (a matter or theme → its words) that ``text`` names, in order."""
    return [key for key, words in table.items() if any(w in text for w in words)]


def topics_named(text: str, rules: FitRules | None = None) -> list[str]:
    """The matters of management (``[topics]``) ``text`` names, in the table's order."""
    return _named((rules or fit_rules()).topics, text)


def shares_topic(clause: str, ours: str, rules: FitRules | None = None) -> bool:
    """Whether the clause deals with a matter of management (``[topics]``) or a party-building
    theme (``[themes]``) our problem names: a precedent's measure borrowed under a problem
    with facts must (``fit.toml`` says why)."""
    rules = rules or fit_rules()
    shared = {
        key
        for table in (rules.topics, rules.themes)
        for key in set(_named(table, clause)) & set(_named(table, ours))
    }
    return bool(shared - rules.not_borrowed_for)


def foreign_topic(clause: str, ours: str, rules: FitRules | None = None) -> str | None:
    """A matter the clause deals with that our problem does not name (个人有关事项 under our
    轮岗, 末位表态 under our 三重一大 about purchases, 办公用品 under our 小金库), if any."""
    named = set(topics_named(ours, rules))
    return next((topic for topic in topics_named(clause, rules) if topic not in named), None)


def unmet_need(clause: str, ours: str, rules: FitRules | None = None) -> str | None:
    """The words of a fault in particular that ``clause`` answers and our problem does not
    show (``[[borrow.needs]]``: 增强吸引力 under meetings held too rarely), if any."""
    for answers, shows in (rules or fit_rules()).needs:
        found = answers.search(clause)
        if found is not None and not shows.search(ours):
            return found.group(0)
    return None
