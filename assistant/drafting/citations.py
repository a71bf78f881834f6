"""Global citation numbering and the guarded assembly of cited text.

Engines cite sources by their item-local number; a draft numbers every distinct precedent
clause once, in order of first use, so ``[3]`` means the same clause everywhere.
"""

from __future__ import annotations

from assistant.drafting.guards import check_citations, scrub_names
from assistant.drafting.models import Citation, Finding
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.sources import Source, sentences


class CitationRegister:
    """Numbers in order of first use; seeded with a draft's citations, a redraft goes on
    from the highest number (and reuses the number of a clause already cited)."""

    def __init__(self, existing: list[Citation] | None = None) -> None:
        self.citations: list[Citation] = list(existing or [])
        self._numbers = {(c.precedent_id, c.clause): c.n for c in self.citations}

    def number(self, source: Source) -> int:
        key = (source.record.id, source.clause)
        if key not in self._numbers:
            n = max((c.n for c in self.citations), default=0) + 1
            self._numbers[key] = n
            self.citations.append(source.citation(n))
        return self._numbers[key]


class CitedWriter:
    """Runs the citation and name guards on engine text and renumbers its markers."""

    def __init__(self, register: CitationRegister, guard: NameGuard, unit_word: str) -> None:
        self.register = register
        self.guard = guard
        self.unit_word = unit_word
        self.findings: list[Finding] = []

    def write(
        self,
        text: str,
        sources: list[Source],
        *,
        cited: list[int] | None = None,
        item: str | None = None,
    ) -> tuple[str, list[int]]:
        """Guarded text with global [n] markers at the end, and those numbers."""
        allowed = set(range(1, len(sources) + 1))
        body, kept, findings = check_citations(text, cited or [], allowed, item)
        body, name_findings = scrub_names(body.strip(), self.guard, self.unit_word, item)
        self.findings += findings + name_findings
        numbers = [self.register.number(sources[n - 1]) for n in kept]
        if not numbers:
            return body, []
        end = body[-1] if body and body[-1] in "。；！？" else ""
        core = body[:-1] if end else body
        return core + "".join(f"[{n}]" for n in numbers) + end, numbers

    def write_paragraph(self, text: str, sources: list[Source], item: str | None = None) -> str:
        """A paragraph with markers inside its sentences: each marker renumbered in place."""
        # a sentence's markers sit before its final punctuation, so each keeps its own
        parts = sentences(text)
        return "".join(self.write(p, sources, item=item)[0] for p in parts)


