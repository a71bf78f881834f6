"""Notice metadata from the title, the intro and the signature: unit, kind, level, body,
round, dates, sector and summary counts."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import lru_cache
from importlib import resources

from assistant.corpus.models import Kind, SummaryCounts
from assistant.corpus.patterns import DATE_RE, to_date

_NUM = r"[一二三四五六七八九十\d]+"
BODY_RE = re.compile(
    rf"((?:(?<=[，,。；;\s日])[\u4e00-\u9fff]{{2,3}}(?=(?:区委|县委|市委)))?(?:{_NUM}届)?(?:中央|省委|自治区党委|区党委|市委|州委|盟委|县委|区委|旗委|工委|党委|党组)?"
    rf"(?:第{_NUM}|交叉|联动)?(?:联动)?(?:巡视|巡察)(?:{_NUM})?组(?:、{_NUM}组)*)"
)
ROUND_RE = re.compile(
    rf"((?:{_NUM}届)?(?:中央|省委|自治区党委|区党委|市委|州委|县委|区委|党委)?第{_NUM}轮)"
)
_LEVEL_PREFIXES: list[tuple[str, str]] = [
    ("中央", "中央"),
    ("自治区党委", "省"),
    ("区党委", "省"),  # 区党委 is an autonomous region's committee, province level
    ("省委", "省"),
    ("市委", "市"),
    ("州委", "州"),
    ("盟委", "州"),
    ("县委", "县"),
    ("旗委", "县"),
    ("区委", "区"),
]
_UNIT_IN_INTRO = [
    re.compile(r"对(?P<u>[^，,。；]{2,40}?)(?:党组织)?(?:开展|进行)了?(?:常规|专项|机动|提级|延伸)?(?:巡视|巡察)"),
    re.compile(r"向(?P<u>[^，,。；]{2,40}?)(?:党组织)?反馈了?(?:巡视|巡察)"),
]


def detect_kind(*texts: str | None) -> Kind | None:
    for text in texts:
        if not text:
            continue
        patrol, tour = text.count("巡察"), text.count("巡视")
        if patrol or tour:
            return "巡视" if tour > patrol else "巡察"
    return None


def find_body(text: str) -> str | None:
    m = BODY_RE.search(text)
    return m.group(1) if m else None


def find_round(*texts: str | None) -> str | None:
    for text in texts:
        m = ROUND_RE.search(text or "")
        if m:
            return m.group(1)
    return None


def detect_level(*texts: str | None) -> str | None:
    """The level of the inspecting committee, from '根据X委统一部署' or the body's name."""
    for text in texts:
        if not text:
            continue
        best: tuple[int, str] | None = None
        for prefix, level in _LEVEL_PREFIXES:
            pos = text.find(prefix)
            if pos >= 0 and (best is None or pos < best[0]):
                best = (pos, level)
        if best:
            return best[1]
    return None


def unit_from_title(title: str | None) -> str | None:
    if not title or "关于" not in title:
        return None
    head = title[: title.index("关于")].strip()
    return head or None


def unit_from_intro(intro: str) -> str | None:
    for pattern in _UNIT_IN_INTRO:
        m = pattern.search(intro)
        if m:
            return m.group("u").strip()
    return None


@lru_cache(maxsize=1)
def _sector_rules() -> list[tuple[str, list[str]]]:
    raw = tomllib.loads(
        resources.files("assistant.corpus").joinpath("sectors.toml").read_text("utf-8")
    )
    return [(name, list(keywords)) for name, keywords in raw["rules"]]


def detect_sector(unit: str | None) -> str | None:
    if not unit:
        return None
    for name, keywords in _sector_rules():
        if any(k in unit for k in keywords):
            return name
    return None


def _dates(text: str) -> list[tuple[int | None, int, int, int]]:
    """(year or None, month, day, offset) of every date in a text."""
    return [
        (int(m.group(1)) if m.group(1) else None, int(m.group(2)), int(m.group(3)), m.start())
        for m in DATE_RE.finditer(text)
    ]


_PERIOD_RE = re.compile(
    rf"({DATE_RE.pattern})\s*(?:至|到|—|－|-|~)\s*({DATE_RE.pattern})"
)


def inspection_period(intro: str) -> tuple[dt.date | None, dt.date | None]:
    """'2020年9月1日至11月6日' → both dates, the end's year inferred when omitted."""
    m = _PERIOD_RE.search(intro)
    if not m:
        return None, None
    (y1, m1, d1, _), (y2, m2, d2, _) = _dates(m.group(0))[:2]
    if y1 is None:
        return None, None
    if y2 is None:
        y2 = y1 if (m2, d2) >= (m1, d1) else y1 + 1
    return to_date(y1, m1, d1), to_date(y2, m2, d2)


def feedback_date(
    intro: str, after: dt.date | None, published: dt.date | None
) -> dt.date | None:
    """The date nearest before '反馈' in its sentence (period dates excluded)."""
    masked = _PERIOD_RE.sub(lambda m: " " * len(m.group(0)), intro)
    for sentence in re.split(r"[。；;]", masked):
        for hit in re.finditer(r"反馈", sentence):
            dates = _dates(sentence)
            before = [d for d in dates if d[3] < hit.start()]
            after_hit = [d for d in dates if d[3] > hit.start()]
            for year, month, day, _ in ([before[-1]] if before else []) + after_hit[:1]:
                if year is None:
                    year = _infer_year(month, day, after, published)
                date = to_date(year, month, day) if year else None
                if date:
                    return date
    return None


def _infer_year(
    month: int, day: int, after: dt.date | None, published: dt.date | None
) -> int | None:
    if after:
        return after.year if (month, day) >= (after.month, after.day) else after.year + 1
    if published:
        return published.year if (month, day) <= (published.month, published.day) else published.year - 1
    return None


_COUNT_PATTERNS = {
    "problems": r"(\d+)\s*个(?:方面)?(?:的)?(?:问题|方面)",
    "specific_problems": r"(\d+)\s*个具体问题",
    "completed": r"(?:已|已经)(?:完成整改|整改完成|整改到位|完成|整改|办结)\s*(\d+)\s*(?:个|项|条)",
    "basically_completed": r"基本(?:完成整改|完成|整改到位)\s*(\d+)\s*(?:个|项|条)",
    "in_progress": r"(?:正在整改|正在推进|持续整改|未完成|需长期坚持|长期坚持)\s*(\d+)\s*(?:个|项|条)",
}


def summary_counts(text: str) -> SummaryCounts | None:
    """The first sentence that states how many problems were fed back and completed."""
    for sentence in re.split(r"(?<=[。；;])", text):
        if not re.search(r"\d+\s*个", sentence) or not re.search(r"完成|整改到位|办结", sentence):
            continue
        found: dict[str, int] = {}
        for field, pattern in _COUNT_PATTERNS.items():
            m = re.search(pattern, sentence)
            if m:
                found[field] = int(m.group(1))
        if "completed" in found and len(found) >= 2:
            return SummaryCounts(text=sentence.strip(), **found)
    return None
