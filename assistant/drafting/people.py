"""Names of people in precedent text: another unit's officials must not reach a draft.

Two shapes are recognised, both anchored so that ordinary words are not taken for names:
a name starting with a common surname before 同志 (对张三同志, 第一党支部唐锐同志), and a name right after a post
title (党组书记、主任刘用全为组长…, ``names/posted_people.py``). The surnames and the words
of both rules are data (``names/people.toml``); surnames that are also everyday words here
(任, 全, 成, 和, 时, 于…) are left out: 书记任组长 is a post, not a person.
"""

from __future__ import annotations

import re
from functools import cache

from assistant.drafting.names.posted_people import posted_person_spans, surname_pattern


@cache
def _before_comrade_re() -> re.Pattern[str]:
    return re.compile(
        rf"(?<=[由对向与和、，。；：请派经将让部科股室\s])({surname_pattern()}[\u4e00-\u9fff]{{1,2}})(?=同志)"
    )


# Quoted as the source of the line, not as another unit's official.
_NATIONAL = {"习近平"}


def person_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every person's name found, in text order, without overlaps."""
    # (有关同志, 党员同志, 机关同志: no surname starts them, so they are never taken)
    spans = [m.span(1) for m in _before_comrade_re().finditer(text)]
    spans += posted_person_spans(text)
    spans = [(a, b) for a, b in spans if text[a:b] not in _NATIONAL]
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not out or start >= out[-1][1]:
            out.append((start, end))
    return out
