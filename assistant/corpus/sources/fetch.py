"""Downloading one page or document over HTTP(S), with limits a notice never needs to exceed."""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urlsplit

import httpx

from assistant.errors import InputError, ServiceError
from assistant.settings import FetchSettings

_ACCEPT = (
    "text/html,application/xhtml+xml,text/plain;q=0.9,application/pdf;q=0.8,"
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document;q=0.8,*/*;q=0.5"
)
_LIMIT_HINT = "save the page with the browser and add the file, or raise RECTIFY_FETCH__MAX_BYTES"


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
        raise InputError("not a valid web address", where=url, hint="give a full http(s):// URL")
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
            f"more than {settings.max_redirects} redirects",
            where=url,
            hint="open the address in a browser and give the final URL",
        ) from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as exc:
        raise InputError(f"not a usable web address ({exc})", where=url) from None
    except httpx.TransportError as exc:
        raise ServiceError(
            f"cannot reach the server ({exc.__class__.__name__}: {exc})",
            where=url,
            hint="check the address and the network, or save the page and add the file",
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
            f"the server failed with HTTP {response.status_code} {reason}".rstrip(),
            where=url,
            hint="try again later",
        )
    raise InputError(
        f"HTTP {response.status_code} {reason}".rstrip(),
        where=url,
        hint="check the address (the page may have moved or been taken down)",
    )


def _read_limited(url: str, response: httpx.Response, settings: FetchSettings) -> bytes:
    """The body, refused as soon as it passes max_bytes or the overall time limit (httpx's
    timeout is per read, so a server trickling bytes would otherwise never time out)."""
    limit = settings.max_bytes
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise InputError(
            f"the body is {int(declared):,} bytes, over the {limit:,}-byte limit",
            where=url,
            hint=_LIMIT_HINT,
        )
    deadline = time.monotonic() + settings.timeout_s
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > limit:
            raise InputError(
                f"the body is over the {limit:,}-byte limit", where=url, hint=_LIMIT_HINT
            )
        if time.monotonic() > deadline:
            raise _timeout(url, settings)
        chunks.append(chunk)
    return b"".join(chunks)


def _timeout(url: str, settings: FetchSettings) -> ServiceError:
    return ServiceError(
        f"no complete answer within {settings.timeout_s:g} s",
        where=url,
        hint="try again later, or raise RECTIFY_FETCH__TIMEOUT_S",
    )
