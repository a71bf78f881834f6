"""Reading source files: detect the encoding from the bytes, never from the extension."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from charset_normalizer import from_bytes

from assistant.errors import InputError
from assistant.i18n import _

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
# Chinese government text is UTF-8 or GB*; GB18030 decodes everything GBK/GB2312 does.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "hz", "cp936"}


@dataclass(frozen=True)
class DecodedText:
    text: str
    encoding: str


def _line_of_offset(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.05


def _utf16_without_bom(data: bytes) -> DecodedText | None:
    """UTF-16 saved without a BOM (some Windows tools): its ASCII characters (newlines,
    digits) put NUL bytes on one side of each pair only, and it decodes to readable text."""
    sample = data[:8192]
    if len(data) % 2 or b"\x00" not in sample:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if max(even, odd) < 4 * min(even, odd) + 2:
        return None
    encoding = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError:
        return None
    controls = sum(1 for c in text[:4096] if ord(c) < 32 and c not in "\t\n\r\f")
    if controls > len(text[:4096]) * 0.01:
        return None
    return DecodedText(text, encoding)


def decode_bytes(data: bytes, where: str) -> DecodedText:
    """Decode a text file's bytes: UTF-8 (with or without BOM), else GB18030, else a detector."""
    if not data.strip(b" \t\r\n\x00\xef\xbb\xbf"):
        raise InputError(
            _("文件是空的"), where=where, hint=_("请在文件中写入通报原文，或删除该文件")
        )
    if data.startswith(codecs.BOM_UTF16_LE) or data.startswith(codecs.BOM_UTF16_BE):
        try:
            return DecodedText(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(
                _("第 {offset} 字节起的 UTF-16 文本无法解码").format(offset=exc.start),
                where=where,
                hint=_("请把文件另存为 UTF-8"),
            ) from None
    bomless = _utf16_without_bom(data)
    if bomless is not None:
        return bomless
    if _looks_binary(data):
        raise InputError(
            _("这是二进制文件，不是文本"),
            where=where,
            hint=_("请以 .txt/.md 文本（UTF-8 或 GBK）提供通报"),
        )
    try:
        return DecodedText(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as utf8_error:
        first_bad = utf8_error.start
    try:
        return DecodedText(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is not None and best.encoding and best.encoding.lower() not in _GB_FAMILY:
        try:
            return DecodedText(data.decode(best.encoding), best.encoding)
        except (UnicodeDecodeError, LookupError):
            pass
    raise InputError(
        _("第 {offset} 字节起无法解码（不是 UTF-8、GBK/GB18030 或其他可识别的编码）").format(
            offset=first_bad),
        where=where,
        line=_line_of_offset(data, first_bad),
        hint=_("请把文件另存为 UTF-8"),
    )


def read_text_file(path: Path) -> DecodedText:
    """Read and decode one text file, with errors that name the file."""
    if not path.exists():
        raise InputError(_("文件或文件夹不存在"), where=path, hint=_("请检查路径"))
    if path.is_dir():
        raise InputError(_("这是文件夹，不是文件"), where=path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("无法读取该文件：{reason}").format(reason=exc.strerror),
                         where=path) from None
    return decode_bytes(data, str(path))
