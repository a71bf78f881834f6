"""A PDF notice's text layer (pypdf). A scanned PDF has none and is refused with that reason.

Lines broken at the page width are re-joined later by the cleaner, as for any text; page
numbers ('- 3 -', '第3页 共5页') are dropped here because they would split a paragraph.
"""

from __future__ import annotations

import io
import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.errors import PyPdfError

from assistant.errors import InputError

_PAGE_NUMBER_RE = re.compile(
    r"^\s*(?:[-—–]\s*\d{1,4}\s*[-—–]|第\s*\d{1,4}\s*页(?:\s*[，,/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4})\s*$"
)
_MIN_CHARS_PER_PAGE = 20  # a text layer of less is a scan with a stray header, not a notice


@contextmanager
def _quiet_pypdf() -> Iterator[None]:
    """pypdf logs its repairs ('EOF marker not found'); the error we raise says enough."""
    logger = logging.getLogger("pypdf")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def pdf_to_text(data: bytes, where: str) -> str:
    with _quiet_pypdf():
        return _pdf_to_text(data, where)


def _pdf_to_text(data: bytes, where: str) -> str:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise InputError(
                "the PDF is password-protected",
                where=where,
                hint="save an unprotected copy, or add the notice's text as .txt",
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            f"not a readable PDF ({exc.__class__.__name__}: {exc})",
            where=where,
            hint="open it in a PDF reader and save it again, or add the notice's text as .txt",
        ) from None
    lines = [
        line
        for page in pages
        for line in page.split("\n")
        if not _PAGE_NUMBER_RE.match(line)
    ]
    text = "\n".join(lines)
    if sum(1 for c in text if not c.isspace()) < _MIN_CHARS_PER_PAGE * max(1, len(pages)):
        raise InputError(
            f"the PDF has no text layer ({len(pages)} page(s) of images: a scan?)",
            where=where,
            hint="run OCR on it and add the text as .txt, or find the notice's web page",
        )
    return text
