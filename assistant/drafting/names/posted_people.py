"""A person's name right after a post title: 由党委书记、董事长李强任组长, 副主任王晓红分管….

The rule, its word lists in ``people.toml``: a post (the end of a title: 局长 of 副局长, 书记
of 党委书记), then 2–3 characters starting with a common surname (3–4 after a compound one:
欧阳, 司马 …), then what follows a name in this genre (任, 为, 同志, 分管, 、, ，…). A
candidate is an ordinary word, not a name, when it starts with one of ``not_names`` (单位 of
组长单位，, 项目 of 书记项目，), is a post (书记董事长，), or has a post or a continuation
of two or more characters after its first character (任组长, 高负责).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from importlib import resources

_CJK = re.compile(r"[\u4e00-\u9fff]+")


@dataclass(frozen=True)
class _Rules:
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    posts: tuple[str, ...]
    post_re: re.Pattern[str]
    continuations: tuple[str, ...]  # longest first
    name_ends: frozenset[str]
    not_names: tuple[str, ...]
    inner_words: tuple[str, ...]  # no name has these after its first character


@cache
def _rules() -> _Rules:
    text = resources.files("assistant.drafting.names").joinpath("people.toml").read_text("utf-8")
    data = tomllib.loads(text)
    after = data["after_post"]
    posts = tuple(sorted(after["posts"], key=len, reverse=True))
    continuations = tuple(sorted(after["continuations"], key=len, reverse=True))
    return _Rules(
        surnames=frozenset(data["surnames"]["single"]),
        compound_surnames=tuple(data["surnames"]["compound"]),
        posts=posts,
        post_re=re.compile("|".join(re.escape(p) for p in posts)),
        continuations=continuations,
        name_ends=frozenset(after["name_ends"]),
        not_names=tuple(after["not_names"]),
        inner_words=posts + tuple(c for c in continuations if len(c) > 1),
    )


def is_surname(ch: str) -> bool:
    """A common single-character surname."""
    return len(ch) == 1 and ch in _rules().surnames


def surname_pattern() -> str:
    """A regex for a surname: a compound one (欧阳) or one character of the list."""
    rules = _rules()
    compound = "|".join(re.escape(s) for s in rules.compound_surnames)
    return f"(?:{compound}|[{''.join(sorted(rules.surnames))}])"


def _surname_length(text: str, at: int) -> int:
    rules = _rules()
    for compound in rules.compound_surnames:
        if text.startswith(compound, at):
            return len(compound)
    return 1 if is_surname(text[at : at + 1]) else 0


def _continuation_at(text: str, at: int) -> str | None:
    return next((c for c in _rules().continuations if text.startswith(c, at)), None)


def _is_ordinary(candidate: str) -> bool:
    rules = _rules()
    if candidate.startswith(rules.not_names) or candidate.startswith(rules.posts):
        return True
    return any(candidate.startswith(rules.inner_words, j) for j in range(1, len(candidate)))


def _name_after(text: str, at: int) -> tuple[int, int] | None:
    """The name starting at ``at`` (right after a post), if one does."""
    surname = _surname_length(text, at)
    if not surname:
        return None
    word = _CJK.match(text, at)
    room = len(word.group(0)) if word else 0
    fitting: list[tuple[int, str]] = []  # (length, the continuation after it)
    for length in (surname + 1, surname + 2):
        if length > room:
            break
        after = _continuation_at(text, at + length)
        if after is not None:
            fitting.append((length, after))
    if not fitting:
        return None
    length, after = fitting[0]
    if len(fitting) > 1 and after in _rules().name_ends:
        length = fitting[1][0]  # 赵有为同志: 为 ends the name here
    candidate = text[at : at + length]
    if _is_ordinary(candidate):
        return None
    return at, at + length


def posted_person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of each name written right after a post, in text order."""
    spans: list[tuple[int, int]] = []
    for post in _rules().post_re.finditer(text):
        span = _name_after(text, post.end())
        if span is not None:
            spans.append(span)
    return spans
