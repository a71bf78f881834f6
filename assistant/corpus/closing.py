"""The end of a notice: the closing (欢迎…监督, contacts), the signature and the date.

The closing is found wherever a repost left it: on its own lines after the last item, glued
to the end of the last item's text, after the signature and date, or not at all. Contacts
are read from it: phone, address, postcode and e-mail (an e-mail whose @ was lost in
copying, 'abc163.com', gets it back for the providers listed in ``closing.toml``).
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.corpus.cleaning import Line
from assistant.corpus.patterns import CLOSING_RE, CONTACT_RE, DATE_LINE_RE, marker_level
from assistant.corpus.text import fold_width

# Where a closing starts inside a line: after a sentence end, 欢迎…监督 or a contact label.
_INLINE_START_RE = re.compile(
    r"(?<=[。！!；;？?])\s*(?=欢迎.{0,30}(?:监督|意见|建议)|(?:联系电话|联系方式|通信地址|通讯地址|"
    r"电子邮箱|电子信箱)\s*[:：])"
)
_SIGNATURE_RE = re.compile(r"^[^\s，。,；;：:]{2,40}$")
_TAIL_WINDOW = 10  # lines from the end in which a closing is looked for
_CONTACT_LABEL = r"(?:联系电话|举报电话|联系方式|电话|通信地址|通讯地址|邮寄地址|联系地址|地\s*址|邮政信箱|邮政编码|邮编|电子邮箱|电子信箱|邮箱|联系人|传真|E-?mail)"
_STOP = rf"(?=\s*(?:[；;，,。\n]|[（(]\s*邮|{_CONTACT_LABEL}\s*[:：]|$))"
_FIELDS = {
    "phone": re.compile(
        r"(?:联系电话|举报电话|联系方式|电话)\s*[:：;；]?\s*(?:电话\s*[:：]\s*)?"
        r"((?:[（(]?0\d{2,3}[）)]?\s*[-—－–]?\s*\d{6,8}|\d{7,8})(?:\s*[、/或]\s*(?:0\d{2,3}\s*[-—－–]\s*)?\d{6,8})*"
        r"|1[3-9]\d{9})"
    ),
    "address": re.compile(
        rf"(?:通信地址|通讯地址|邮寄地址|联系地址|地\s*址|邮政信箱)\s*[:：]\s*(?!\d{{6}}\D)(\S.{{3,80}}?){_STOP}"
    ),
    "postcode": re.compile(r"(?:邮政编码|邮编|邮政信箱)\s*[:：]?\s*(\d{6})(?!\d)"),
    "email": re.compile(
        r"(?:电子邮箱|电子信箱|邮箱|E-?mail)\s*[:：]?\s*([A-Za-z0-9._%+\-]+(?:[@＠][A-Za-z0-9.\-]+)?)",
        re.IGNORECASE,
    ),
}
_BARE_EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+[@＠][A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+")


@dataclass(frozen=True)
class Tail:
    body: list[Line]
    closing: list[Line]
    signature: str | None
    date: Line | None


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[re.Pattern[str], ...], tuple[str, ...]]:
    raw = tomllib.loads(
        resources.files("assistant.corpus").joinpath("closing.toml").read_text("utf-8")
    )
    leads = tuple(re.compile(rf"^\s*(?:{p})") for p in raw["leads"])
    return leads, tuple(raw["mail_providers"])


def split_glued_closing(lines: list[Line]) -> list[Line]:
    """Lines near the end that carry a closing after real text are cut in two there."""
    out = list(lines)
    for index in range(len(out) - 1, max(len(out) - _TAIL_WINDOW, 0) - 1, -1):
        line = out[index]
        m = _INLINE_START_RE.search(line.text)
        head_text = line.text[: m.start()].strip() if m else ""
        if m and head_text and not CLOSING_RE.match(head_text) and not is_contact_line(head_text):
            head, rest = line.text[: m.start()].rstrip(), line.text[m.end() :]
            out[index : index + 1] = [Line(head, line.start, line.end), Line(rest, line.start, line.end)]
    return out


def is_contact_line(text: str) -> bool:
    return bool(CONTACT_RE.match(text)) or _is_contact_fragment(text)


def _is_contact_fragment(text: str) -> bool:
    """'地    址：…', '联系电话;…' or a bare 'abc163.com' / '0123456' line (no sentence)."""
    if re.match(rf"^\s*{_CONTACT_LABEL}\s*[:：;；]", text) and "。" not in text[:-1]:
        return True
    return "。" not in text and bool(re.match(r"^[^。]{0,40}(?:@|＠|\.com|\.cn|\d{6,})", text))


def _contact_block(lines: list[Line], end: int) -> int:
    """Start of the contact lines that end at ``end`` (== end when there are none): the
    closing of a notice that has no 欢迎…监督 sentence."""
    start = end
    while start > max(end - _TAIL_WINDOW, 0) and is_contact_line(lines[start - 1].text):
        start -= 1
    return start


def _signature_at(lines: list[Line], index: int) -> bool:
    text = lines[index].text
    return bool(_SIGNATURE_RE.match(text)) and not marker_level(text)


def _last_closing_start(lines: list[Line]) -> int | None:
    """Index of the last 欢迎…监督 line near the end (with a lead-in line before it)."""
    leads, _ = _rules()
    for index in range(len(lines) - 1, max(len(lines) - _TAIL_WINDOW, 0) - 1, -1):
        if CLOSING_RE.match(lines[index].text):
            if index and any(p.match(lines[index - 1].text) for p in leads):
                return index - 1
            return index
    return None


def _strip_dated_signature(lines: list[Line], end: int) -> tuple[int, str | None, Line | None]:
    """A final date line, and the unit name right above it, before ``end``."""
    if not (end and DATE_LINE_RE.match(lines[end - 1].text)):
        return end, None, None
    date = lines[end - 1]
    end -= 1
    if end and _signature_at(lines, end - 1):
        return end - 1, lines[end - 1].text, date
    return end, None, date


def split_tail(lines: list[Line]) -> Tail:
    """Body, closing lines, signature and final date. The closing runs from the last
    欢迎…监督 line to the signature (its lines may be broken anywhere), and may come before
    or after the signature and date; without 欢迎…, trailing contact lines are the closing."""
    end, signature, date = _strip_dated_signature(lines, len(lines))
    start = _last_closing_start(lines[:end])
    if start is None:
        start = _contact_block(lines, end)
    elif date is None:  # the closing may sit after a signature and date
        before, signature, date = _strip_dated_signature(lines, start)
        if date is not None:
            return Tail(lines[:before], lines[start:end], signature, date)
    if (
        signature is None
        and end - start > 1
        and _signature_at(lines, end - 1)
        and not re.search(r"[\d@＠]", lines[end - 1].text)
        and not is_contact_line(lines[end - 1].text)
    ):
        signature = lines[end - 1].text  # a unit name with no date after the closing
        end -= 1
    if start == end and signature is None and end > 3 and _signature_at(lines, end - 1):
        signature = lines[end - 1].text  # a trailing unit name with no date
        end -= 1
        start = end
    return Tail(lines[:start], lines[start:end], signature, date)


def parse_contacts(text: str) -> dict[str, str]:
    """Phone, address, postcode and e-mail found in a closing (only those present)."""
    out: dict[str, str] = {}
    text = re.sub(r"(?<![。；;，,])\n", "", text)  # a contact broken over two lines
    for name, pattern in _FIELDS.items():
        m = pattern.search(text)
        if m:
            out[name] = m.group(1).strip(" \t\n，,；;。.")
    if "email" not in out:
        bare = _BARE_EMAIL_RE.search(text)
        if bare:
            out["email"] = bare.group(0)
    if "phone" in out:
        out["phone"] = re.sub(r"\s*[-—－–]\s*", "-", fold_width(out["phone"]))
    if "email" in out:
        out["email"] = restore_at(out["email"])
    return out


def restore_at(email: str) -> str:
    """'abc163.com' → 'abc@163.com' for known providers; a full-width ＠ becomes @."""
    email = email.replace("＠", "@").strip(".")
    if "@" in email:
        return email
    _, providers = _rules()
    for provider in providers:
        if email.lower().endswith(provider) and len(email) > len(provider):
            return f"{email[: -len(provider)]}@{provider}"
    return email
