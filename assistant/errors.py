"""The one exception tree of rectify.

    RectifyError                 base: the CLI prints it and exits 1
    ├── InputError               a file, folder or argument the user gave is unusable
    │   └── NotANoticeError      the text decodes but holds no rectification notice
    ├── ConfigError              settings or environment are inconsistent
    ├── StoreError               the catalog or the index is missing, corrupt or mismatched
    └── ServiceError             a remote service (the LLM server) failed or refused

Every error carries *what* went wrong, *where* (file and line when known) and a *hint*
saying what to do about it.
"""

from __future__ import annotations

from pathlib import Path

from assistant.i18n import _


class RectifyError(Exception):
    """Base error: message, optional location and an actionable hint."""

    def __init__(
        self,
        message: str,
        *,
        where: str | Path | None = None,
        line: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.where = str(where) if where is not None else None
        self.line = line
        self.hint = hint

    @property
    def location(self) -> str | None:
        if self.where is None:
            return None
        return f"{self.where}:{self.line}" if self.line else self.where

    def __str__(self) -> str:
        head = f"{self.location}: {self.message}" if self.location else self.message
        return f"{head}\n  " + _("提示：{hint}").format(hint=self.hint) if self.hint else head


class InputError(RectifyError):
    """A path, file or argument given by the user cannot be used."""


class NotANoticeError(InputError):
    """The text is readable but is not a rectification notice."""


class ConfigError(RectifyError):
    """Settings are invalid or inconsistent."""


class StoreError(RectifyError):
    """The catalog or the vector index is missing, corrupt or built differently."""


class ServiceError(RectifyError):
    """A remote service (an OpenAI-compatible LLM server) could not be used."""
