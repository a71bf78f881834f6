"""Splitting a cleaned file into the notices it holds back to back."""

from __future__ import annotations

from assistant.corpus.cleaning import Line, is_title
from assistant.corpus.patterns import CLOSING_RE, DATE_LINE_RE, INTRO_START_RE, marker_level


def _ends_a_notice(lines: list[Line]) -> bool:
    """The chunk so far already has a body and a closing or a signature date."""
    has_body = any(marker_level(line.text) for line in lines)
    tail = lines[-4:]
    closed = any(CLOSING_RE.match(t.text) or DATE_LINE_RE.match(t.text) for t in tail)
    return has_body and closed


def split_notices(lines: list[Line]) -> list[list[Line]]:
    """Chunks of lines, one per notice. A title starts a notice; so does an intro
    ('根据…统一部署') that follows a finished notice with no title of its own."""
    chunks: list[list[Line]] = []
    current: list[Line] = []
    for line in lines:
        starts_new = is_title(line.text) and not marker_level(line.text)
        if not starts_new and INTRO_START_RE.match(line.text) and current:
            starts_new = _ends_a_notice(current)
        if starts_new and current:
            chunks.append(current)
            current = []
        current.append(line)
    if current:
        chunks.append(current)
    return chunks
