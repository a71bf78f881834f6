"""Turning a precedent's clause into a clause of *our* draft.

A precedent reports what another unit did (past tense, its own name, its dates, counts and
document titles). A plan says what we will do: the other unit's name becomes ours, the
completion words go, and every fact that belonged to the other unit becomes a visible
placeholder the user fills in. Names of other units and places are scrubbed afterwards by
the guard (``guards.py``), which applies to both engines.
"""

from __future__ import annotations

import functools
import re

from assistant.drafting.models import to_fill
from assistant.drafting.names.gazetteer import load_places
from assistant.drafting.names.short_forms import short_forms
from assistant.drafting.names.variants import core_organ, unit_names, unit_variants
from assistant.drafting.people import person_spans
from assistant.drafting.unit_forms import UnitForms, unit_forms

_BODY_RE = re.compile(
    r"(?:(?:十[一二三四五六七八九]?|[一二三四五六七八九])届)?(?:自治区|自治州|[省市县区州盟旗])?"
    r"(?:党)?委(?:员会)?第[一二三四五六七八九十\d]{1,3}巡[察视]组"
)

DATE_RE = re.compile(
    r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:上半年|下半年|以来|初|底)?"
    r"|\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}\s*月(?:份|中旬|上旬|下旬|底)"
)
COUNT_RE = re.compile(
    r"\d+(?:\.\d+)?\s*(?:万|亿)?(?=\s*(?:余|多)?\s*"
    r"(?:名|人|次|个|项|条|件|份|家|篇|场|期|批|元|户|所|笔|处|台|辆|套|本|天|小时|学时|课时|%|％))"
)
# an amount is not a count: "凡购入单价【待补充：数量】元以上" read as a number of things (round 44)
AMOUNT_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?(?=\s*(?:余|多)?\s*元)")
# another unit's count of what a measure works on (对12个反复出现的问题逐条制定整改措施) is dropped, not left as a
# blank our feedback cannot fill (对【待补充：数量】个…: struck as garbled in round 97)
_COUNT_OF_OBJECT_RE = re.compile(r"(?<=[对将就把])\d+(?:\.\d+)?\s*(?:余|多)?\s*(?:个|项|条|件|类|批)(?=[\u4e00-\u9fff])")
TITLE_RE = re.compile(r"《([^《》]{2,80})》")
DOC_NUMBER_RE = re.compile(r"[\u4e00-\u9fff]{1,8}[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号")
_COMPLETION_RE = re.compile(r"^(?:截至目前|截止目前|目前|现已|至今)[，,]?|(?:均已|已经|业已)")
_LEADING_DONE_RE = re.compile(r"^已(?=[\u4e00-\u9fff])")
# 了 as an aspect marker after a verb; not in 了解/为了/除了/了结/不了/了然.
_LE_RE = re.compile(r"(?<![为除不])了(?![解结然如却])")


_SELF_RE = re.compile(r"我(?:会|委|厅|局|院|校|办|部|所|站|中心|单位)(?![员议])")
_LEVELS = "省市州县区"


def own_unit_pairs(precedent_unit: str, ours: UnitForms) -> list[tuple[str, str]]:
    """(their form, our form) for every way the precedent may name its own unit, longest
    first: 中共西安市科协党组 / 市科协党组 → 局党组, 西安市科协 / 市科协 → 我局."""
    theirs = unit_forms(precedent_unit)
    suffix = theirs.suffix
    pairs: dict[str, str] = {}
    for variant in unit_variants(precedent_unit):
        party = bool(suffix) and variant.endswith(suffix)
        pairs[variant] = ours.party_short if party else ours.we
    core = core_organ(precedent_unit)
    cores = {core, f"{core}机关"} if len(core) >= 2 else set()
    for c in cores:
        for level in _LEVELS:
            pairs.setdefault(f"{level}{c}", ours.we)
            if suffix:
                pairs.setdefault(f"{level}{c}{suffix}", ours.party_short)
        if suffix:
            pairs.setdefault(f"{c}{suffix}", ours.party_short)
        pairs.setdefault(c, ours.we)  # 科协“四服务” is their own business, not ours
    # its short form with its own level word (市供销社 of 禹城市供销合作社联合社, a county-level
    # city): the precedent's own body, which a county plan read as the city's (round 53)
    for short in short_forms(unit_names(precedent_unit)[1]):
        pairs.setdefault(short, ours.we)
        if suffix:
            pairs.setdefault(f"{short}{suffix}", ours.party_short)
    if theirs.organ and suffix:
        pairs.setdefault(theirs.party_short, ours.party_short)
    return sorted(((k, v) for k, v in pairs.items() if k and k != v), key=lambda p: -len(p[0]))


def _place_before(text: str, end: int) -> int:
    """Start of a place name (西藏自治区, 西安市) ending at ``end``, else ``end``."""
    places = load_places()
    for length in range(min(10, end), 1, -1):
        if text[end - length : end] in places:
            return end - length
    return end


def _widen_to_place(text: str, start: int, matched: str, floor: int) -> int:
    """Start of the place written before a match (西藏自治区司法厅, 西安市委…), so the place
    is replaced with the name; a match opening on a level word may close a place name."""
    if matched[0] in _LEVELS:  # 区司法厅 inside 西藏自治区司法厅
        widened = _place_before(text, start + 1)
        start = widened if widened <= start else start
    return max(_place_before(text, start), floor)


def replace_people_and_bodies(text: str, ours: UnitForms) -> str:
    """Another unit's inspection group becomes ours; a named person a placeholder."""
    out: list[str] = []
    last = 0
    for m in _BODY_RE.finditer(text):
        start = _widen_to_place(text, m.start(), m.group(0), last)  # 西安市委…: 西安 goes too
        out.append(text[last:start] + ours.body)
        last = m.end()
    text = "".join(out) + text[last:]
    for start, end in reversed(person_spans(text)):
        text = text[:start] + to_fill("姓名") + text[end:]
    return text


@functools.lru_cache(maxsize=1024)
def _own_unit_matcher(
    precedent_unit: str, ours: UnitForms
) -> tuple[dict[str, str], re.Pattern[str] | None]:
    """The pairs and their pattern, built once per precedent unit (not once per clause)."""
    pairs = dict(own_unit_pairs(precedent_unit, ours))
    if not pairs:
        return pairs, None
    return pairs, re.compile("|".join(re.escape(k) for k in sorted(pairs, key=len, reverse=True)))


_NATIONAL_PREFIXES = {"全国", "中央", "国家", "人民"}  # 人民政协 is the institution


def replace_own_unit(text: str, precedent_unit: str, ours: UnitForms) -> str:
    """The precedent's unit, in any of its forms, becomes ours; so does its 我会/我委.
    A place written before the unit goes with it (西藏自治区司法厅 → 我局)."""
    pairs, pattern = _own_unit_matcher(precedent_unit, ours)
    if pattern is not None:
        out: list[str] = []
        last = 0
        for m in pattern.finditer(text):
            if text[max(0, m.start() - 2) : m.start()] in _NATIONAL_PREFIXES:
                continue  # 全国政协, 人民政协: the national body or institution, not the unit
            start = _widen_to_place(text, m.start(), m.group(0), last)
            out.append(text[last:start] + pairs[m.group(0)])
            last = m.end()
        text = "".join(out) + text[last:]
    # their 我局党组 became 我部务会 (我 + our organ): the organ alone, not 我部 → 我单位 + 务会
    text = _SELF_BEFORE_ORGAN_RE.sub("", text)
    text = _SELF_RE.sub(ours.we, text)
    return _MEETING_TWICE_RE.sub(r"\1", text)  # 召开局党组会 → 召开部务会会 → 召开部务会


_SELF_BEFORE_ORGAN_RE = re.compile(r"我(?=(?:部|室|委|局|校|院)务会)")
_MEETING_TWICE_RE = re.compile(r"(务会|办公会)会(?!议|商|同|签|员)")


def to_plan_register(text: str) -> str:
    """Past-tense report wording → plan wording: drop completion words and aspect 了."""
    text = _COMPLETION_RE.sub("", text.strip())
    text = _LEADING_DONE_RE.sub("", text)
    return _LE_RE.sub("", text)


def placeholder_facts(text: str, keep_title: re.Pattern[str] | None = None) -> str:
    """Another unit's dates, counts and own document titles become placeholders."""
    text = DOC_NUMBER_RE.sub(to_fill("文号"), text)
    text = DATE_RE.sub(to_fill("时间"), text)
    text = AMOUNT_RE.sub(to_fill("金额"), text)
    text = _COUNT_OF_OBJECT_RE.sub("", text)
    text = COUNT_RE.sub(to_fill("数量"), text)

    def title(m: re.Match[str]) -> str:
        inner = m.group(1)
        if keep_title is not None and keep_title.fullmatch(inner):
            return m.group(0)
        return f"《{to_fill('文件名称')}》"

    text = TITLE_RE.sub(title, text)
    # their own titles in a list after one anyone may cite go (深入学习《党政领导干部选拔任用工作
    # 条例》《【待补充：文件名称】》…等 → 深入学习《党政领导干部选拔任用工作条例》等)
    return _BLANK_TITLE_AFTER_RE.sub("", text)


_BLANK_TITLE_AFTER_RE = re.compile(r"(?<=》)(?:[、和及与]?《【待补充：文件名称】》)+")


# National documents may be cited by anyone; a unit's own documents are its facts.
NATIONAL_TITLE_RE = re.compile(
    r"(?:中国共产党|中共中央|党中央|国务院|中华人民共和国|习近平)[^0-9０-９]{0,60}"
    r"|[^0-9０-９]{0,40}(?:条例|准则|若干规定|实施细则)(?:（试行）)?"
)


_HALF_PUNCT = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_CJK = "\u4e00-\u9fff"
# A half-width , ; : ? ! after or before Chinese (or its quotes and brackets), or a
# half-width bracket against Chinese: review flags exactly what adaptation fixes.
HALF_PUNCT_RE = re.compile(
    rf"(?<=[{_CJK}“”》）])\s*([,;:?!])\s*|\s*([,;:?!])\s*(?=[{_CJK}“《（])"
    rf"|\((?=[{_CJK}])|(?<=[{_CJK}])\)"
)


def full_width_punctuation(text: str) -> str:
    """Half-width , ; : ( ) next to Chinese become full-width, as official text requires."""
    return HALF_PUNCT_RE.sub(
        lambda m: _HALF_PUNCT[(m.group(1) or m.group(2) or m.group(0)).strip()], text
    )


# 针对反馈的4个方面19个问题: their feedback's counts, which ours replace (we know them).
_COUNTS_RE = re.compile(
    r"(?:\d+|【待补充：数量】)个方面(的|共)?(?:\d+|【待补充：数量】)(个|项|条)(具体)?问题"
)


def our_counts(text: str, areas: int, problems: int) -> str:
    """Their count of areas and problems (or its placeholders) → our feedback's."""
    return _COUNTS_RE.sub(
        lambda m: f"{areas}个方面{m.group(1) or ''}{problems}{m.group(2)}{m.group(3) or ''}问题", text
    )


_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \t\u3000]+(?=[\u4e00-\u9fff])")
_LEADING_ORDINAL = re.compile(r"^(?:[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[是、.．])\s*")


def adapt_clause(text: str, precedent_unit: str, ours: UnitForms) -> str:
    """One precedent clause as a measure of our plan (names are scrubbed later)."""
    text = full_width_punctuation(text)
    text = _SPACE_IN_WORDS.sub("", text)  # 配 备: a line break of the published page
    text = _LEADING_ORDINAL.sub("", text)  # 一是召开… under our own 五是: 五是一是
    text = replace_own_unit(text, precedent_unit, ours)
    text = replace_people_and_bodies(text, ours)
    text = to_plan_register(text)
    text = placeholder_facts(text, keep_title=NATIONAL_TITLE_RE)
    text = text.rstrip("；;，,、 ")
    if text and text[-1] not in "。！？":
        text += "。"
    return text
