"""The message catalogue: every message has its English, the shipped .mo is the compiled
.po, and the language follows RECTIFY_LANG, then the locale, then Chinese."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from assistant import i18n

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "assistant/locale/en/LC_MESSAGES/rectify.po"
MO = PO.with_suffix(".mo")
KEYWORDS = {"_": None, "ngettext": (1, 2), "N_": None}


def _extracted() -> set[str]:
    """The Chinese messages in the code, extracted as `make messages` does (babel.cfg)."""
    found: set[str] = set()
    for _file, _line, message, _comments, _context in extract_from_dir(
        str(ROOT / "assistant"), method_map=[("**.py", "python")], keywords=KEYWORDS
    ):
        found.add(message[0] if isinstance(message, tuple) else message)
    return found


def _catalogue(messages: object) -> dict[str, object]:
    """msgid (the singular of a plural) → translation(s), plurals as tuples."""
    return {
        (m.id[0] if isinstance(m.id, (tuple, list)) else m.id): (
            tuple(m.string) if isinstance(m.string, (tuple, list)) else m.string
        )
        for m in messages  # type: ignore[attr-defined]
        if m.id
    }


def test_every_message_in_the_code_has_an_english_translation() -> None:
    english = _catalogue(read_po(PO.open("rb")))
    untranslated = sorted(
        m for m in _extracted()
        if not english.get(m) or (isinstance(english[m], tuple) and not all(english[m]))
    )
    assert untranslated == [], "run `make messages` and translate:\n" + "\n".join(untranslated)


def test_the_shipped_mo_is_the_compiled_po() -> None:
    assert _catalogue(read_mo(MO.open("rb"))) == {
        k: v for k, v in _catalogue(read_po(PO.open("rb"))).items() if v
    }, "the .mo is stale: run `make messages`"


def test_translations_keep_the_placeholders() -> None:
    for message in read_po(PO.open("rb")):
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        wanted = set(re.findall(r"\{[^}]*\}", ids[0]))
        for string in strings:
            assert set(re.findall(r"\{[^}]*\}", string)) == wanted, (ids[0], string)


@pytest.mark.parametrize(
    ("environ", "language"),
    [
        ({}, "zh"),
        ({"LANG": "C.UTF-8"}, "zh"),
        ({"LANG": "zh_CN.UTF-8"}, "zh"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"LANGUAGE": "zh_CN:en", "LANG": "en_US.UTF-8"}, "zh"),
        ({"RECTIFY_LANG": "en", "LANG": "zh_CN.UTF-8"}, "en"),
        ({"RECTIFY_LANG": "zh", "LANG": "en_US.UTF-8"}, "zh"),
    ],
)
def test_language_from_the_environment(environ: dict[str, str], language: str) -> None:
    assert i18n.language_from_environment(environ) == language


def test_switching_language_switches_the_messages() -> None:
    try:
        i18n.use_language("zh")
        assert i18n._("检索内容为空") == "检索内容为空"
        i18n.use_language("en")
        assert i18n._("检索内容为空") == "the query is empty"
        assert i18n.ngettext("共 {n} 份通报", "共 {n} 份通报", 1) == "{n} notice"
    finally:
        i18n.use_language("en")
