"""Reading, cleaning and parsing published notices; the catalog they are stored in."""

from assistant.corpus.models import Item, Notice, Section, SourceSpan, SummaryCounts
from assistant.corpus.notices import parse_file, parse_text

__all__ = [
    "Item",
    "Notice",
    "Section",
    "SourceSpan",
    "SummaryCounts",
    "parse_file",
    "parse_text",
]
