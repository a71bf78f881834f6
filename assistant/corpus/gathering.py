"""Gathering the sources of a `corpus add`: URLs as given, files, folders walked; every one
read and parsed before anything is written."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from assistant.corpus.add_report import AddReport, ProgressFactory, SourceReport, no_progress
from assistant.corpus.notices import ParsedFile, parse_text
from assistant.corpus.sources import SUPPORTED_SUFFIXES, Source, is_url, read_source, unsupported
from assistant.corpus.sources.keep import is_sidecar
from assistant.errors import InputError, RectifyError
from assistant.i18n import _
from assistant.settings import Settings


@dataclass(frozen=True)
class Prepared:
    position: int  # in the report
    source: Source
    parsed: ParsedFile


_WEB_LIKE_RE = re.compile(r"^(?:www\.|[\w-]+(?:\.[\w-]+)*\.(?:gov|com|cn|org|net)(?:\.cn)?(?:/|$))", re.I)


def folder_files(folder: Path) -> list[Path]:
    """The files under ``folder`` a notice may be in: hidden entries, README.md and page
    sidecars are skipped (unsorted)."""
    return [
        p
        for p in folder.rglob("*")
        if p.is_file()
        and not any(part.startswith(".") for part in p.relative_to(folder).parts)
        and not is_sidecar(p)
        and p.name.lower() != "readme.md"
    ]


def dangling_links(folder: Path) -> list[Path]:
    """Symbolic links under ``folder`` that lead nowhere (a loop, a missing target)."""
    out = []
    for p in folder.rglob("*"):
        if any(part.startswith(".") for part in p.relative_to(folder).parts):
            continue
        try:
            if p.is_symlink() and not p.exists():
                out.append(p)
        except OSError:  # ELOOP on some systems
            out.append(p)
    return out


def _dangling(link: Path) -> InputError:
    return InputError(
        _("符号链接无法读取：它指向自身（循环）或指向不存在的文件"),
        where=link,
        hint=_("删除或修正这个链接；文件夹中的其他文件照常加入"),
    )


def expand_sources(specs: Iterable[str | Path]) -> list[tuple[str | Path, RectifyError | None]]:
    """URLs as given, files, folders walked recursively (hidden entries, README.md and page
    sidecars skipped); unusable paths come back with their error."""
    out: list[tuple[str | Path, RectifyError | None]] = []
    for spec in specs:
        if isinstance(spec, str) and is_url(spec):
            out.append((spec, None))
            continue
        path = Path(spec)
        if not path.exists():
            web = _WEB_LIKE_RE.match(str(spec))
            hint = _("网页请给出完整地址 http(s)://…") if web else _("检查路径是否正确")
            out.append((path, InputError(_("文件或文件夹不存在"), where=path, hint=hint)))
        elif path.is_dir():
            files = sorted(folder_files(path))
            links = sorted(dangling_links(path))
            # a link to itself or to nothing: listed as rejected, never skipped silently
            out += [(link, _dangling(link)) for link in links]
            if not files and not links:
                out.append((path, InputError(_("该文件夹中没有文件"), where=path)))
            for file in files:
                supported = file.suffix.lower() in SUPPORTED_SUFFIXES
                out.append((file, None if supported else unsupported(file)))
        else:
            out.append((path, None))
    return out


def read_sources(
    settings: Settings, specs: Iterable[str | Path], progress: ProgressFactory = no_progress
) -> tuple[AddReport, list[Prepared]]:
    """Read and parse every source; nothing is written."""
    report = AddReport()
    prepared: list[Prepared] = []
    expanded = expand_sources(specs)
    with progress(_("正在读取来源"), len(expanded)) as advance:
        for spec, error in expanded:
            label = str(spec)
            if error is None:
                try:
                    source = read_source(spec, settings)
                    parsed = parse_text(source.text, label)
                    prepared.append(Prepared(len(report.sources), source, parsed))
                    report.sources.append(SourceReport(label, "pending", url=source.url))
                except RectifyError as exc:
                    error = exc
            if error is not None:
                report.sources.append(SourceReport(label, "rejected", reason=str(error)))
            advance(1)
    return report, prepared
