"""Noise: what a reposting site or a web page adds to a notice, removed before parsing.

Two kinds of rule, both data in ``noise.toml``: literal fragments and whole-line patterns
for known chrome, and *features* (a contact handle with an id, 会员/VIP, 网盘/下载, 扫码,
关注/转发, URLs, copyright and filing numbers…) that are scored per segment of a line, so an
ad in a wording never seen before is still recognised by what it carries.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_PUNCT_TWINS = {"，": "，,", "：": "：:", "；": "；;", "（": "（(", "）": "）)", "！": "！!"}
# A segment: a 【…】 or （…） group, or a run of text up to and including its sentence end.
_SEGMENT_RE = re.compile(
    r"【[^】\n]*】?|（[^）\n]*）?|[^。！？!?；;【（]+[。！？!?；;]*|[。！？!?；;]+"
)
_CLAUSE_START_RE = re.compile(r"(?<=\S)(?=[一二三四五六七八九十]{1,2}是|[（(]\d{1,2}[）)]|[①-⑳])")
_PUNCT_ONLY = " \t\u3000。！？!?；;，,、"  # what is left of an ad's sentence after it goes
_EDGE_SPACE = " \t\u3000\xa0\ufeff"


@dataclass(frozen=True)
class Feature:
    name: str
    pattern: re.Pattern[str]
    weight: int


@dataclass(frozen=True)
class NoiseRules:
    fragments: tuple[re.Pattern[str], ...]
    lines: tuple[tuple[re.Pattern[str], int | None], ...]
    features: tuple[Feature, ...] = ()
    threshold: int = 4
    neighbour: re.Pattern[str] | None = None


def _spaced_literal(text: str) -> str:
    """A regex for a literal that tolerates stray whitespace and punctuation width variants."""
    parts = []
    for ch in text:
        twins = _PUNCT_TWINS.get(ch)
        parts.append(f"[{re.escape(twins)}]" if twins else re.escape(ch))
    return r"\s*".join(parts)


@lru_cache(maxsize=1)
def noise_rules() -> NoiseRules:
    raw = tomllib.loads(
        resources.files("assistant.corpus").joinpath("noise.toml").read_text("utf-8")
    )
    fragments = []
    for rule in raw.get("fragment", []):
        source = _spaced_literal(rule["text"]) if rule.get("spaced") else rule["pattern"]
        fragments.append(re.compile(source, re.IGNORECASE))
    lines = [
        (re.compile(rule["pattern"], re.IGNORECASE), rule.get("max_len"))
        for rule in raw.get("line", [])
    ]
    features = [
        Feature(rule["name"], re.compile(rule["pattern"], re.IGNORECASE), int(rule["weight"]))
        for rule in raw.get("feature", [])
    ]
    scoring = raw.get("scoring", {})
    neighbour = scoring.get("neighbour_pattern")
    return NoiseRules(
        tuple(fragments),
        tuple(lines),
        tuple(features),
        int(scoring.get("threshold", 4)),
        re.compile(neighbour) if neighbour else None,
    )


def segments(line: str) -> list[str]:
    """A line cut into sentences, 【…】 groups and enumerated clauses (一是…, （1）…, ①…:
    an ad glued without punctuation ends where the next clause starts); joined back they
    give the line."""
    return [
        piece
        for sentence in _SEGMENT_RE.findall(line)
        for piece in _CLAUSE_START_RE.split(sentence)
        if piece
    ]


def noise_score(segment: str, rules: NoiseRules | None = None) -> int:
    """The summed weights of the noise features a segment carries (each counted once)."""
    rules = rules or noise_rules()
    return sum(f.weight for f in rules.features if f.pattern.search(segment))


def _drop_noisy_segments(line: str, rules: NoiseRules) -> str:
    parts = segments(line)
    noisy = [noise_score(s, rules) >= rules.threshold for s in parts]
    changed = any(noisy)
    while changed:  # an ad's lead-in next to it ('写材料不求人！', '【独家整理】') goes too
        changed = False
        for i, part in enumerate(parts):
            near = (i > 0 and noisy[i - 1]) or (i + 1 < len(parts) and noisy[i + 1])
            lead_in = bool(rules.neighbour and rules.neighbour.search(part))
            if not noisy[i] and near and (lead_in or not part.strip(_PUNCT_ONLY)):
                noisy[i] = changed = True
    return "".join(s for s, bad in zip(parts, noisy, strict=True) if not bad)


def strip_noise(line: str, rules: NoiseRules | None = None) -> str | None:
    """The line without noise; None when the whole line is noise ('' when it was blank)."""
    rules = rules or noise_rules()
    had_text = bool(line.strip())
    for pattern in rules.fragments:
        line = pattern.sub("", line)
    line = _drop_noisy_segments(line, rules)
    stripped = line.strip(_EDGE_SPACE)
    if not stripped:
        return None if had_text else ""
    for pattern, max_len in rules.lines:
        if (max_len is None or len(stripped) <= max_len) and pattern.search(stripped):
            return None
    return stripped
