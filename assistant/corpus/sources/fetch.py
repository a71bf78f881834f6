"""Downloading one page or document over HTTP(S), with limits a notice never needs to exceed."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

import httpx

from assistant.errors import InputError, ServiceError
from assistant.i18n import N_, _
from assistant.settings import FetchSettings

_ACCEPT = (
    "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8,*/*;q=0.5"
)
_LIMIT_HINT = N_("请用浏览器另存网页后添加该文件，或调大 RECTIFY_FETCH__MAX_BYTES")


@dataclass(frozen=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    content_type: str  # media type only, lower case ('' when the server sent none)
    charset: str | None  # from the Content-Type header
    filename: str | None  # from Content-Disposition (a download's real name)
    body: bytes
    fetched_at: str  # ISO 8601, UTC


def fetch(url: str, settings: FetchSettings, *, transport: httpx.BaseTransport | None = None) -> Fetched:
    """GET the URL following redirects; refuse HTTP errors, slow servers and oversized bodies."""
    if not urlsplit(url).hostname:
        raise InputError(_("不是有效的网址"), where=url, hint=_("请给出完整的 http(s):// 网址"))
    try:
        with (
            httpx.Client(
                timeout=settings.timeout_s,
                follow_redirects=True,
                max_redirects=settings.max_redirects,
                headers={"User-Agent": settings.user_agent, "Accept": _ACCEPT},
                transport=transport,
            ) as client,
            client.stream("GET", url) as response,
        ):
            _check_status(url, response)
            body = _read_limited(url, response, settings)
            content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
            return Fetched(
                url=url,
                final_url=str(response.url),
                content_type=content_type,
                charset=response.charset_encoding,
                filename=_filename(response.headers.get("content-disposition", "")),
                body=body,
                fetched_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            )
    except httpx.TimeoutException:
        raise _timeout(url, settings) from None
    except httpx.TooManyRedirects:
        raise InputError(
            _("重定向超过 {n} 次").format(n=settings.max_redirects),
            where=url,
            hint=_("请在浏览器中打开该地址，给出最终的网址"),
        ) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(_("无法使用的网址（{error}）").format(error=exc), where=url) from None
    except httpx.TransportError as exc:
        raise ServiceError(
            _("无法连接服务器（{kind}：{error}）").format(kind=exc.__class__.__name__, error=exc),
            where=url,
            hint=_("请检查网址和网络，或把网页另存后添加该文件"),
        ) from None


def _filename(disposition: str) -> str | None:
    """The filename of 'attachment; filename="x.docx"' (RFC 6266, the plain form)."""
    message = Message()
    message["content-disposition"] = disposition
    name = message.get_param("filename", header="content-disposition")
    return name if isinstance(name, str) and name else None


def _check_status(url: str, response: httpx.Response) -> None:
    if response.status_code < 400:
        return
    reason = response.reason_phrase or ""
    if response.status_code >= 500:
        raise ServiceError(
            _("服务器出错：HTTP {status} {reason}").format(status=response.status_code,
                                                         reason=reason).rstrip(),
            where=url,
            hint=_("请稍后再试"),
        )
    raise InputError(
        f"HTTP {response.status_code} {reason}".rstrip(),
        where=url,
        hint=_("请检查网址（网页可能已移动或已删除）"),
    )


def _read_limited(url: str, response: httpx.Response, settings: FetchSettings) -> bytes:
    """The body, refused as soon as it passes max_bytes or the overall time limit (httpx's
    timeout is per read, so a server trickling bytes would otherwise never time out)."""
    limit = settings.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(
            _("内容有 {size:,} 字节，超过 {limit:,} 字节的上限").format(size=int(declared), limit=limit),
            where=url,
            hint=_(_LIMIT_HINT),
        )
    deadline = time.monotonic() + settings.timeout_s
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(
                _("内容超过 {limit:,} 字节的上限").format(limit=limit), where=url, hint=_(_LIMIT_HINT)
            )
        if time.monotonic() > deadline:
            raise _timeout(url, settings)
        chunks.append(chunk)
    return b"".join(chunks)


def _timeout(url: str, settings: FetchSettings) -> ServiceError:
    return ServiceError(
        _("{seconds:g} 秒内没有收到完整的应答").format(seconds=settings.timeout_s),
        where=url,
        hint=_("请稍后再试，或调大 RECTIFY_FETCH__TIMEOUT_S"),
    )
