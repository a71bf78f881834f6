"""Where notices come from: files (.txt/.md, saved .html pages, .docx, .pdf) and web pages.

``read_source`` turns a path or a URL into a ``Source``: the text to parse and the bytes to
keep under corpus/. Every failure is a RectifyError naming the file or URL and what to do.
The extractors (httpx, trafilatura, python-docx, pypdf) are imported when first needed:
every `rectify` command imports this package, few read a page or a document.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from assistant.corpus.reading import TEXT_SUFFIXES, decode_bytes
from assistant.corpus.sources.keep import inside, read_sidecar
from assistant.errors import InputError
from assistant.i18n import N_, _
from assistant.settings import Settings

HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | {".docx", ".pdf"}
SUPPORTED_HINT = N_("请给出 .txt/.md、.html、.docx 或 .pdf 文件，或 http(s):// 网址")
_REFUSED_HINTS = {
    ".doc": N_("这是旧版 Word 文件：请在 Word 或 WPS 中另存为 .docx"),
    ".wps": N_("这是 WPS 文件：请另存为 .docx"),
    ".rtf": N_("请另存为 .docx 或 .txt"),
    ".xls": N_("电子表格不是整改通报"),
    ".xlsx": N_("电子表格不是整改通报"),
    ".jpg": N_("图片中没有文字：请先做文字识别（OCR），再把文字存为 .txt 加入"),
    ".jpeg": N_("图片中没有文字：请先做文字识别（OCR），再把文字存为 .txt 加入"),
    ".png": N_("图片中没有文字：请先做文字识别（OCR），再把文字存为 .txt 加入"),
}
_MEDIA_SUFFIXES = {
    "text/html": ".html",
    "application/xhtml+xml": ".html",
    "text/plain": ".txt",
    "text/markdown": ".md",
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
}
_DOCUMENTS = {".docx", ".pdf"}

__all__ = ["SUPPORTED_SUFFIXES", "Source", "is_url", "read_source", "unsupported"]


@dataclass(frozen=True)
class Source:
    label: str  # the path or URL as given
    kind: str  # text | html | docx | pdf: how the text was got
    text: str
    original: bytes  # what corpus/ keeps
    name: str  # the kept file's path relative to corpus/
    path: Path | None = None  # the file itself when it is already under corpus/
    url: str | None = None
    fetched_at: str | None = None
    final_url: str | None = None  # after redirects

    @property
    def provenance(self) -> dict[str, str]:
        """What the sidecar of a fetched source records."""
        info = {"url": self.url, "final_url": self.final_url, "fetched_at": self.fetched_at}
        return {k: v for k, v in info.items() if v}


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def unsupported(path: Path) -> InputError:
    suffix = path.suffix.lower()
    return InputError(
        _("不支持的文件类型“{suffix}”").format(suffix=path.suffix or _("（无扩展名）")),
        where=path,
        hint=_(_REFUSED_HINTS.get(suffix, SUPPORTED_HINT)),
    )


def read_source(spec: str | Path, settings: Settings) -> Source:
    if isinstance(spec, str) and is_url(spec):
        return _read_url(spec, settings)
    return _read_file(Path(spec), settings.corpus_dir, int(settings.corpus.max_file_mb * 2**20))


def _extract(data: bytes, suffix: str, where: str, charset: str | None = None, url: str | None = None) -> str:
    if suffix in HTML_SUFFIXES:
        from assistant.corpus.sources.html_text import decode_html, html_to_text

        return html_to_text(decode_html(data, charset, where), where, url)
    if suffix == ".docx":
        from assistant.corpus.sources.docx_text import docx_to_text

        return docx_to_text(data, where)
    if suffix == ".pdf":
        from assistant.corpus.sources.pdf_text import pdf_to_text

        return pdf_to_text(data, where)
    return decode_bytes(data, where).text


def _read_file(path: Path, corpus_dir: Path, max_bytes: int) -> Source:
    if not path.exists():
        raise InputError(_("文件或文件夹不存在"), where=path, hint=_("请检查路径"))
    if path.is_dir():
        raise InputError(_("这是文件夹，不是文件"), where=path)
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise unsupported(path)
    try:
        size = path.stat().st_size
        if size > max_bytes:  # read nothing: a huge file would become one giant notice
            raise InputError(
                _("文件太大（{size:.1f} MB，上限 {limit:.1f} MB），没有读取").format(
                    size=size / 2**20, limit=max_bytes / 2**20
                ),
                where=path,
                hint=_("一份整改通报通常不到 1 MB：请确认选对了文件，或把它拆成单篇通报；"
                       "确需读取时调高 RECTIFY_CORPUS__MAX_FILE_MB"),
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(_("无法读取该文件：{reason}").format(reason=exc.strerror),
                         where=path) from None
    kind = "html" if suffix in HTML_SUFFIXES else suffix.lstrip(".") if suffix in _DOCUMENTS else "text"
    text = _extract(data, suffix, str(path))
    if inside(path, corpus_dir):  # already kept: a rebuild, or `corpus add corpus/`
        side = read_sidecar(path)
        name = str(path.resolve().relative_to(corpus_dir.resolve()))
        return Source(
            str(path), kind, text, data, name, path,
            side.get("url"), side.get("fetched_at"), side.get("final_url"),
        )
    return Source(str(path), kind, text, data, path.name)


def _read_url(url: str, settings: Settings) -> Source:
    from assistant.corpus.sources.fetch import fetch

    page = fetch(url, settings.fetch)
    suffix = (
        _MEDIA_SUFFIXES.get(page.content_type)
        or Path(page.filename or "").suffix.lower()
        or Path(urlsplit(page.final_url).path).suffix.lower()
    )
    if suffix not in SUPPORTED_SUFFIXES:
        raise InputError(
            _("服务器发来的是“{content_type}”，不是网页或支持的文档").format(
                content_type=page.content_type or _("没有内容类型")
            ),
            where=url,
            hint=_(SUPPORTED_HINT),
        )
    host = (urlsplit(page.final_url).hostname or "page").replace(":", "_")
    stem = f"web/{host}_{hashlib.sha256(url.encode()).hexdigest()[:10]}"
    text = _extract(page.body, suffix, url, page.charset, page.final_url)
    if suffix in HTML_SUFFIXES:
        # a page is kept as its extracted text: the chrome is not worth keeping, and the
        # same text is then parsed by a rebuild whatever trafilatura's version
        kept, name, kind = (text + "\n").encode(), stem + ".txt", "html"
    else:
        kept, name = page.body, stem + suffix
        kind = suffix.lstrip(".") if suffix in _DOCUMENTS else "text"
    return Source(url, kind, text, kept, name, None, url, page.fetched_at, page.final_url)
