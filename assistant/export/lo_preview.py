"""A copy of an exported .docx that LibreOffice lays out as Word lays out the original.

Word fits 3号 characters to the 28-per-line character grid by narrowing each one to the
grid pitch (15.79 pt); LibreOffice instead gives a 16 pt character two grid cells, so the
original renders with about 14 characters a line. The copy keeps the line grid, drops the
character grid and condenses body-size runs by the same amount (rounded so 28 still fit),
which LibreOffice honours. Justified paragraphs are set flush left: LibreOffice (7.4) hangs
a 。 or ， that follows a full line into the margin as Word does, but in a justified
paragraph then draws nothing; on the 28-character grid flush left looks the same. Used by
``scripts/render-docx`` only; the export is unchanged.

    python -m assistant.export.lo_preview IN.docx OUT.docx
"""

from __future__ import annotations

import io
import math
import sys
from pathlib import Path

import docx
from docx.document import Document as DocxDocument
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.text.font import CT_RPr

from assistant.export.docx_format import RPR_AFTER_SPACING

_HALF_POINTS_PER_PT = 2
_TWENTIETHS_PER_PT = 20


def keep_punctuation(document: DocxDocument) -> None:
    """Justified paragraphs (``w:jc both``) set flush left, so hung punctuation is drawn."""
    for jc in document.element.body.iter(qn("w:jc")):
        if jc.get(qn("w:val")) == "both":
            jc.set(qn("w:val"), "left")


def preview_bytes(data: bytes) -> bytes:
    document = docx.Document(io.BytesIO(data))
    keep_punctuation(document)
    grid = document.sections[0]._sectPr.find(qn("w:docGrid"))
    normal = document.styles["Normal"].font.size
    if grid is None or grid.get(qn("w:type")) != "linesAndChars" or normal is None:
        return _saved(document)  # no character grid: LibreOffice already agrees with Word
    char_space = int(grid.get(qn("w:charSpace"), "0"))
    grid.set(qn("w:type"), "lines")
    condense = math.floor(char_space / 4096 * _TWENTIETHS_PER_PT)  # −0.207 pt → −5/20 pt
    body_size = str(round(normal.pt * _HALF_POINTS_PER_PT))
    for r_pr in document.element.body.iter(qn("w:rPr")):
        size = r_pr.find(qn("w:sz"))
        if (
            isinstance(r_pr, CT_RPr)
            and size is not None
            and size.get(qn("w:val")) == body_size
            and r_pr.find(qn("w:spacing")) is None
        ):
            spacing = OxmlElement("w:spacing", {qn("w:val"): str(condense)})
            r_pr.insert_element_before(spacing, *RPR_AFTER_SPACING)
    return _saved(document)


def _saved(document: DocxDocument) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python -m assistant.export.lo_preview IN.docx OUT.docx", file=sys.stderr)
        return 1
    source, target = Path(argv[0]), Path(argv[1])
    target.write_bytes(preview_bytes(source.read_bytes()))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
