"""Further-rectification entries: problems a notice lists as unfinished, with the reason
(未全部完成原因：…) and the planned deadline (整改时限：…).

An entry whose text is only a reason and a deadline answers nothing, so it is taken out of
the items (which are precedents for measures) and kept as a ``FurtherEntry``. An entry that
also states measures (下一步整改措施：…, or text before the labels) stays an item.
"""

from __future__ import annotations

import re

from assistant.corpus.clauses import split_clauses
from assistant.corpus.models import FurtherEntry, Item
from assistant.corpus.patterns import DEADLINE_LABELS, REASON_LABELS

_REASON_RE = re.compile(rf"^(?:{REASON_LABELS})$")
_DEADLINE_RE = re.compile(rf"^(?:{DEADLINE_LABELS})$")
# Any label that may start a part of an entry's text, at its start or after a sentence end.
_PART_RE = re.compile(
    rf"(?:^|(?<=[。；;！!？?\n\s]))({REASON_LABELS}|{DEADLINE_LABELS}|[^\s。；;：:，,]{{2,10}}?(?:措施|情况|打算|计划|举措))\s*[:：]"
)


def _parts(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Text before the first label, and (label, text) for each labelled part."""
    found = list(_PART_RE.finditer(text))
    if not found:
        return text.strip(), []
    parts = []
    for m, following in zip(found, [*found[1:], None], strict=True):
        end = following.start() if following else len(text)
        parts.append((m.group(1), text[m.end() : end].strip()))
    return text[: found[0].start()].strip(), parts


_REASON_INSIDE_RE = re.compile(rf"(?<=[。；;！!？?\s])(?:{REASON_LABELS})\s*[:：]")


def reason_out_of_problem(item: Item) -> Item:
    """'关于…问题。未全部完成原因：…' on one line with a measures label after it: the reason
    belongs to the answer, not to the problem."""
    m = _REASON_INSIDE_RE.search(item.problem)
    if not m:
        return item
    reason = item.problem[m.start() :].strip()
    labelled = f"{item.label}：{item.measures}" if item.label else item.measures
    measures = f"{reason}\n{labelled}"
    update = {"problem": item.problem[: m.start()].strip(), "measures": measures, "label": None}
    return item.model_copy(update={**update, "clauses": split_clauses(measures)})


def as_further_entry(item: Item) -> FurtherEntry | None:
    """The item as a further-rectification entry, or None when it states measures."""
    text = f"{item.label}：{item.measures}" if item.label else item.measures
    preamble, parts = _parts(text)
    if preamble or not parts:
        return None
    reasons = [(label, body) for label, body in parts if _REASON_RE.match(label)]
    deadlines = [(label, body) for label, body in parts if _DEADLINE_RE.match(label)]
    if not reasons or len(reasons) + len(deadlines) != len(parts):
        return None
    return FurtherEntry(
        key=item.key,
        path=item.path,
        number=item.number,
        problem=item.problem,
        reason="\n".join(body for _, body in reasons),
        reason_label=reasons[0][0],
        deadline="\n".join(body for _, body in deadlines),
        deadline_label=deadlines[0][0] if deadlines else None,
        start_line=item.start_line,
        end_line=item.end_line,
    )


def split_further(items: list[Item]) -> tuple[list[Item], list[FurtherEntry]]:
    """Items that state measures, and the entries that only give a reason and a deadline."""
    kept: list[Item] = []
    entries: list[FurtherEntry] = []
    for item in map(reason_out_of_problem, items):
        entry = as_further_entry(item)
        if entry is None:
            kept.append(item)
        else:
            entries.append(entry)
    return kept, entries
