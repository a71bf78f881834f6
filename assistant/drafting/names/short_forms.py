"""Short forms of a unit's name: 广东省归国华侨联合会 → 省侨联, 上海市绿化和市容管理局 →
市绿化市容局. The rules are data (``short_forms.toml``); the guard adds these forms."""

from __future__ import annotations

import tomllib
from functools import cache
from importlib import resources

from assistant.drafting.names.gazetteer import strip_leading_places

_LEVEL_CHARS = frozenset("省市县区州旗")


@cache
def _abbreviations() -> tuple[tuple[str, str], ...]:
    text = resources.files("assistant.drafting.names").joinpath("short_forms.toml").read_text("utf-8")
    table: dict[str, str] = tomllib.loads(text)["abbreviations"]
    return tuple(table.items())  # in file order: longest organs first, joins last


def abbreviate(text: str) -> str:
    """``text`` with every organ written the short way."""
    for long, short in _abbreviations():
        text = text.replace(long, short)
    return text


def short_forms(main: str) -> set[str]:
    """Level word + short organ of a unit's main name (no 中共, no party suffix); empty
    when the organ has no shorter form or the name starts with no place."""
    core, _ = strip_leading_places(main)
    place = main[: len(main) - len(core)]
    if not core or not place or place[-1] not in _LEVEL_CHARS:
        return set()
    short = abbreviate(core)
    if short == core or len(short) < 2:
        return set()
    return {place[-1] + short}
