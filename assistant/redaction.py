"""Secrets never leave the process: the API key and URL credentials are cut out of every
message, audit row and cache key before they are printed or stored."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from urllib.parse import unquote, urlsplit

MASK = "***"
# user[:password]@ after a scheme: credentials embedded in any URL of a message
_URL_CREDENTIALS_RE = re.compile(r"(?P<scheme>[A-Za-z][A-Za-z0-9+.-]*://)[^/\s@]+@")
_MIN_SECRET = 4  # shorter strings would mask ordinary words


def url_without_credentials(url: str) -> str:
    """``http://user:key@host/v1`` → ``http://***@host/v1``."""
    return _URL_CREDENTIALS_RE.sub(lambda m: f"{m.group('scheme')}{MASK}@", url)


def url_secrets(url: str | None) -> list[str]:
    """The user name and password a URL carries (raw and %-decoded)."""
    if not url:
        return []
    try:
        parts = urlsplit(url)
        found = [parts.username, parts.password]
    except ValueError:
        return []
    return [v for s in found if s for v in {s, unquote(s)}]


def environment_secrets() -> list[str]:
    """Secrets the process was given: OPENAI_API_KEY and OPENAI_BASE_URL's credentials."""
    return [
        s
        for s in [os.environ.get("OPENAI_API_KEY"), *url_secrets(os.environ.get("OPENAI_BASE_URL"))]
        if s
    ]


def redact(text: str, secrets: Iterable[str | None] = ()) -> str:
    """``text`` with URL credentials and every given secret (and the environment's) masked."""
    text = url_without_credentials(text)
    for secret in sorted({*(s for s in secrets if s), *environment_secrets()}, key=len, reverse=True):
        if len(secret) >= _MIN_SECRET:
            text = text.replace(secret, MASK)
    return text
