"""Guards every draft passes through, whichever engine wrote it.

- citations: a marker may only point at a source retrieved for its item; others go.
- names: no other unit or place from the corpus (``names.NameGuard``).
- facts: in a report, a date, number or 《title》 the user did not supply is flagged
  【待核实：…】 instead of being kept silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from assistant.drafting.adapt import DATE_RE, TITLE_RE
from assistant.drafting.models import PLACEHOLDER_RE, Finding, to_check
from assistant.drafting.names.guard import NameGuard
from assistant.i18n import _

MARKER_RE = re.compile(r"\s*[\[［](\d{1,3})[\]］]")
_NUMBER_RE = re.compile(r"\d+(?:\.\d+)?")
_COUNT_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿)?\s*(?:余|多)?\s*[\u4e00-\u9fff%％]?")


def strip_markers(text: str) -> tuple[str, list[int]]:
    """The text without its [n] markers, and the numbers they carried (in order)."""
    numbers = [int(m.group(1)) for m in MARKER_RE.finditer(text)]
    return MARKER_RE.sub("", text), numbers


def check_citations(
    text: str, cited: Iterable[int], allowed: set[int], item: str | None
) -> tuple[str, list[int], list[Finding]]:
    """Keep the citations that point at a retrieved source; report the others."""
    body, inline = strip_markers(text)
    kept: list[int] = []
    findings: list[Finding] = []
    for n in [*cited, *inline]:
        if n in kept:
            continue
        if n in allowed:
            kept.append(n)
        else:
            findings.append(
                Finding(
                    item=item,
                    check="citation_removed",
                    severity="warning",
                    message=_("引用 [{n}] 指向的不是为本项检索到的先例，已删除").format(n=n),
                )
            )
    return body, kept, findings


def scrub_names(text: str, guard: NameGuard, unit_word: str, item: str | None) -> tuple[str, list[Finding]]:
    """Replace other units' and places' names; a finding per name."""
    cleaned, hits = guard.scrub(text, unit_replacement=unit_word)
    findings = [
        Finding(
            item=item,
            check="leaked_name",
            severity="warning",
            message=_("来自其他单位通报的{kind}名称“{name}”已替换").format(kind=h.kind, name=h.name),
        )
        for h in hits
    ]
    return cleaned, findings


def _digits(text: str) -> set[str]:
    return set(_NUMBER_RE.findall(text))


@dataclass(frozen=True)
class UnverifiedFact:
    """A date, count or 《title》 the user did not supply: where it is and what kind."""

    start: int
    end: int
    kind: str  # date | number | document title
    text: str


def unverified_facts(text: str, supplied: str) -> list[UnverifiedFact]:
    """Dates, counts and 《titles》 in ``text`` absent from what the user supplied (spans
    already marked as placeholders or citations are left alone), in text order."""
    known_numbers = _digits(supplied)
    spans: list[tuple[int, int, str]] = []
    protected = [(m.start(), m.end()) for m in PLACEHOLDER_RE.finditer(text)]
    protected += [(m.start(), m.end()) for m in MARKER_RE.finditer(text)]

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b in [*protected, *[(s, e) for s, e, _ in spans]])

    for m in TITLE_RE.finditer(text):
        if m.group(1) not in supplied and free(m.start(), m.end()):
            spans.append((m.start(), m.end(), "document title"))
    for m in DATE_RE.finditer(text):
        if not _digits(m.group(0)) <= known_numbers and free(m.start(), m.end()):
            spans.append((m.start(), m.end(), "date"))
    for m in _COUNT_RE.finditer(text):
        number = _NUMBER_RE.match(m.group(0))
        if number and number.group(0) not in known_numbers and free(m.start(), m.end()):
            spans.append((m.start(), m.end(), "number"))
    return [UnverifiedFact(a, b, kind, text[a:b]) for a, b, kind in sorted(spans)]


def flag_unverified(text: str, supplied: str, item: str | None) -> tuple[str, list[Finding]]:
    """Wrap dates, counts and 《titles》 absent from what the user supplied in 【待核实：…】."""
    findings: list[Finding] = []
    for fact in reversed(unverified_facts(text, supplied)):
        text = text[: fact.start] + to_check(fact.text) + text[fact.end :]
        findings.append(
            Finding(
                item=item,
                check="unverified_fact",
                severity="warning",
                message=_("{kind}“{text}”不见于台账或反馈意见，已标为【待核实】").format(kind=fact.kind, text=fact.text),
            )
        )
    findings.reverse()
    return text, findings
