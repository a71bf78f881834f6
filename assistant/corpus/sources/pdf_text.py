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
from assistant.i18n import _

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
                _("该 PDF 有密码保护"),
                where=where,
                hint=_("请另存一份无保护的副本，或以 .txt 添加通报原文"),
            )
        pages = [page.extract_text() or "" for page in reader.pages]
    except InputError:
        raise
    except (PyPdfError, ValueError, KeyError, TypeError, OSError) as exc:
        raise InputError(
            _("不是可读的 PDF（{kind}：{error}）").format(kind=exc.__class__.__name__, error=exc),
            where=where,
            hint=_("请用 PDF 阅读器打开后重新保存，或以 .txt 添加通报原文"),
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
            _("该 PDF 没有文字层（{n} 页图片：是扫描件吗？）").format(n=len(pages)),
            where=where,
            hint=_("请先做文字识别（OCR）再以 .txt 添加，或找到通报的网页"),
        )
    return text
