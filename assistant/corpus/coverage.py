"""How much of a notice's cleaned text its parsed fields account for.

A character counts once: the multiset intersection of the cleaned text's characters with the
characters of all parsed fields, over the cleaned text's characters (whitespace ignored).
Text that a misparse drops (an item swallowed into nothing) lowers the figure; text that
appears in two fields cannot raise it.
"""

from __future__ import annotations

from collections import Counter

from assistant.corpus.models import Notice


def parsed_fields(notice: Notice) -> list[str]:
    fields: list[str | None] = [
        notice.title,
        notice.intro,
        notice.organisation,
        notice.next_steps,
        notice.closing,
        notice.signature,
        *notice.notes,
    ]
    if notice.publication_date:
        fields.append(notice.publication_date.strftime("%Y年%m月%d日"))
        fields.append(f"{notice.publication_date.year}年{notice.publication_date.month}月{notice.publication_date.day}日")
    # category headings once each, then every item's and further entry's own text
    paths = [*(i.path for i in notice.items), *(e.path for e in notice.further)]
    fields.extend(dict.fromkeys(heading for path in paths for heading in path))
    for item in notice.items:
        labels = [f"{label}：" for label in (item.problem_label, item.label) if label]
        fields.extend([item.number, item.problem, item.detail, item.measures, *labels])
    for entry in notice.further:
        labels = [f"{label}：" for label in (entry.reason_label, entry.deadline_label) if label]
        fields.extend([entry.number, entry.problem, entry.reason, entry.deadline, *labels])
    for section in notice.other_sections:
        fields.extend([section.heading, section.text])
    return [f for f in fields if f]


def _chars(text: str) -> Counter[str]:
    return Counter(c for c in text if not c.isspace())


def coverage(notice: Notice) -> float:
    """Share of the cleaned text's characters found in the parsed fields (0..1)."""
    total = _chars(notice.text)
    if not total:
        return 1.0
    found = _chars("".join(parsed_fields(notice)))
    return sum((total & found).values()) / sum(total.values())
