"""A web page's main text: charset from the header, the BOM or <meta>, then trafilatura.

trafilatura drops navigation, footers, scripts and share bars. Two things are done around
it: tables are turned into paragraphs first (old sites lay the whole page out in tables,
which trafilatura would flatten into one line per row, losing the <br> between paragraphs;
a notice's own table of problems and measures becomes prose lines, as in ``tables``), and
the headline, which trafilatura moves out of the body, is put back as the first line when
the body lacks a title — the parser needs it for the unit.
"""

from __future__ import annotations

import codecs
import re
from typing import Any

import lxml.html
import trafilatura
from lxml import etree

from assistant.corpus.cleaning import is_title
from assistant.corpus.reading import decode_bytes
from assistant.corpus.sources.tables import table_lines
from assistant.errors import NotANoticeError
from assistant.i18n import _

_META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# GB2312/GBK pages often hold characters outside their declared set; GB18030 reads them all.
_GB_ALIASES = {"gb2312", "gbk", "cp936", "x-gbk", "gb_2312-80", "euc-cn"}
_TITLE_SPLIT_RE = re.compile(r"\s*[_|｜—–-]{1,2}\s*")
_SPACES_RE = re.compile(r"[\s\u3000]+")
_MIN_TEXT = 200  # shorter than any notice: the extractor was too strict, retry for recall


def decode_html(data: bytes, declared: str | None, where: str) -> str:
    """Decode a page: the BOM, then the HTTP charset, then <meta charset>, then sniffing."""
    if data.startswith(codecs.BOM_UTF8):
        return data[3:].decode("utf-8", errors="replace")
    meta = _META_CHARSET_RE.search(data[:8192])
    for name in (declared, meta.group(1).decode("ascii") if meta else None):
        if not name:
            continue
        codec = "gb18030" if name.lower() in _GB_ALIASES else name
        try:
            return data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue  # a wrong declaration is common; fall back to sniffing
    return decode_bytes(data, where).text


def html_to_text(page: str, where: str, url: str | None = None) -> str:
    """The main text of a page, one paragraph a line, headed by the notice title."""
    tree = _parse(page)
    title = _headline(tree) if tree is not None else None
    if tree is not None:
        _tables_to_paragraphs(tree)
        page = lxml.html.tostring(tree, encoding="unicode")
    text = _extract(page, url, favor_recall=False)
    if len(text) < _MIN_TEXT:
        text = max(text, _extract(page, url, favor_recall=True), key=len)
    if not text:
        raise NotANoticeError(
            _("网页中没有找到正文"),
            where=where,
            hint=_("请在浏览器中打开该网页：如果通报是附件（PDF、Word），请改为添加该文件或其网址"),
        )
    lines = text.split("\n")
    if title and not any(is_title(_SPACES_RE.sub("", line)) for line in lines[:5]):
        lines.insert(0, title)
    return "\n".join(lines)


def _extract(page: str, url: str | None, *, favor_recall: bool) -> str:
    text: Any = trafilatura.extract(
        page,
        url=url,
        include_comments=False,
        include_tables=True,
        include_images=False,
        favor_recall=favor_recall,
        output_format="txt",
    )
    return str(text).strip() if text else ""


def _parse(page: str) -> Any:
    try:
        return lxml.html.document_fromstring(page)
    except (ValueError, etree.ParserError):
        return None


def _headline(tree: Any) -> str | None:
    """The first heading (h1–h3, then <title>) that reads as a notice title."""
    for node in tree.xpath("//h1 | //h2 | //h3 | //title"):
        heading = _SPACES_RE.sub("", node.text_content())
        # <title> is often 'headline_site name'
        for part in [heading, *_TITLE_SPLIT_RE.split(heading)]:
            if is_title(part):
                return str(part)
    return None


_TABLE_PARTS = ("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption")


def _own_rows(table: Any) -> list[Any]:
    return [r for r in table.iter("tr") if next(r.iterancestors("table")) is table]


def _tables_to_paragraphs(tree: Any) -> None:
    """Layout tables (no row with two filled cells) become plain blocks; data tables
    become one paragraph per line of ``table_lines``. Innermost tables first."""
    for table in reversed(tree.xpath("//table")):
        rows = [[c.text_content().strip() for c in r if c.tag in ("td", "th")] for r in _own_rows(table)]
        if all(sum(1 for c in row if c) <= 1 for row in rows):
            for element in [table, *table.iter(*_TABLE_PARTS)]:
                element.tag = "div"
            continue
        block = lxml.html.Element("div")
        for line in table_lines(rows):
            paragraph = etree.SubElement(block, "p")
            paragraph.text = line
        block.tail = table.tail
        table.getparent().replace(table, block)
