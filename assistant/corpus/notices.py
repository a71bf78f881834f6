"""From a file or a text to the notices it holds: read → clean → split → parse."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from assistant.corpus.cleaning import clean_lines
from assistant.corpus.models import Notice
from assistant.corpus.parser import parse_notice
from assistant.corpus.reading import TEXT_SUFFIXES, read_text_file
from assistant.corpus.splitting import split_notices
from assistant.errors import InputError, NotANoticeError, RectifyError
from assistant.i18n import _


@dataclass
class ParsedFile:
    """The notices of one file, and the chunks that did not parse (with why)."""

    path: Path
    encoding: str
    notices: list[Notice] = field(default_factory=list)
    rejected: list[RectifyError] = field(default_factory=list)


def parse_text(text: str, file: str = "<text>") -> ParsedFile:
    lines = clean_lines(text)
    if not lines:
        raise InputError(_("去除杂项后没有剩下任何文字"), where=file)
    result = ParsedFile(Path(file), "utf-8")
    for chunk in split_notices(lines):
        try:
            result.notices.append(parse_notice(chunk, file))
        except NotANoticeError as exc:
            result.rejected.append(exc)
    if not result.notices:
        raise result.rejected[0] if result.rejected else NotANoticeError(
            _("没有找到通报"), where=file
        )
    return result


def parse_file(path: Path, display_name: str | None = None) -> ParsedFile:
    """Parse every notice in a text file. Raises when the file holds no notice at all."""
    if path.exists() and path.is_file() and path.suffix.lower() not in TEXT_SUFFIXES:
        raise InputError(
            _("不支持的文件类型“{suffix}”").format(suffix=path.suffix or _("（无扩展名）")),
            where=path,
            hint=_("请给出 .txt 或 .md 文件"),
        )
    decoded = read_text_file(path)
    result = parse_text(decoded.text, display_name or str(path))
    result.path = path
    result.encoding = decoded.encoding
    return result
