"""The language of every message: Chinese in the code, English from one gettext catalogue.

Messages are written in Chinese and wrapped in `_()` (or `ngettext()` where a count picks
the English form); `assistant/locale/en/LC_MESSAGES/rectify.po` holds their English, and
`make messages` re-extracts them with Babel. The language is chosen once per process:

    RECTIFY_LANG=zh|en                           wins
    LANGUAGE, LC_ALL, LC_MESSAGES, LANG          the first one set; English if it starts with en
    otherwise                                    Chinese

Only the stdlib `gettext` runs here, so choosing the language costs nothing at start-up.
"""

from __future__ import annotations

import gettext
import os
from pathlib import Path
from typing import Literal

Language = Literal["zh", "en"]

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
DOMAIN = "rectify"

_current: gettext.NullTranslations | None = None
_language: Language | None = None


def language_from_environment(environ: os._Environ[str] | dict[str, str] | None = None) -> Language:
    """RECTIFY_LANG if set, else the locale variables in gettext's order, else Chinese."""
    env = os.environ if environ is None else environ
    chosen = env.get("RECTIFY_LANG", "").strip().lower()
    if chosen.startswith("en"):
        return "en"
    if chosen.startswith("zh"):
        return "zh"
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            return "en" if value.lower().startswith("en") else "zh"
    return "zh"


def use_language(language: Language) -> None:
    """Switch the messages of this process to `language` (the CLI decides once, at start)."""
    global _current, _language
    _language = language
    if language == "en":
        _current = gettext.translation(DOMAIN, LOCALE_DIR, languages=["en"], fallback=True)
    else:
        _current = gettext.NullTranslations()  # the source strings are Chinese


def current_language() -> Language:
    if _language is None:
        use_language(language_from_environment())
    assert _language is not None
    return _language


def _translations() -> gettext.NullTranslations:
    if _current is None:
        use_language(language_from_environment())
    assert _current is not None
    return _current


def _(message: str) -> str:
    """The message in the current language (`message` is the Chinese text)."""
    return _translations().gettext(message)


def ngettext(singular: str, plural: str, count: int) -> str:
    """The form of a counted message for `count` (Chinese has one form; English two)."""
    return _translations().ngettext(singular, plural, count)


def N_(message: str) -> str:
    """Mark a message for extraction where it is defined; translate it with `_()` where used."""
    return message
