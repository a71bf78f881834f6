"""OPENAI_BASE_URL checked before the client is built: a malformed URL is a clear settings
error, not ``httpx.InvalidURL`` from deep inside the first request."""

from __future__ import annotations

from urllib.parse import urlsplit

from assistant.errors import ConfigError
from assistant.i18n import _
from assistant.redaction import url_without_credentials


def check_server_url(url: str | None) -> None:
    if url is None:
        return
    shown = url_without_credentials(url)
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError on a port that is not a number
        ok = parts.scheme in ("http", "https") and bool(parts.hostname)
    except ValueError:
        ok = False
    if not ok:
        raise ConfigError(
            _("OPENAI_BASE_URL 不是可用的服务器地址：“{url}”").format(url=shown),
            where="OPENAI_BASE_URL",
            hint=_("写成 http(s)://主机[:端口]/v1 的形式（如 https://api.openai.com/v1），"
                   "或删除该变量以使用默认服务器"),
        )
