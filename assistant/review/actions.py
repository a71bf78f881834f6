"""Acting on a review: accept, reject, edit or redraft one item, and the draft's story.

Every action rewrites the draft's JSON (and its Markdown) atomically and appends a
``HistoryEntry`` with the item before and after, so what happened can be read back. Any
change of content (edit, redraft) reopens the item: an acceptance always refers to the text
that was accepted. When every item of a plan is accepted, the ledger for `rectify report` is
written, pinned to the accepted plan (entries the user already filled in are kept).

Every save raises the draft's ``revision``. An action given the revision it was based on
(the review workspace sends the one its page shows) is refused if the draft moved on, and
any action is refused if the file changed on disk while it ran (a second tab, the CLI in
another terminal): nothing written by someone else is ever overwritten.
"""

from __future__ import annotations

import datetime as dt
import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from assistant.draft_folder import (
    LEDGER_NAME,
    PLAN_NAME,
    DraftFolder,
    open_draft,
    plan_files,
    report_files,
)
from assistant.draft_folder import save as save_files
from assistant.drafting.guards import MARKER_RE
from assistant.drafting.inputs.ledger import ledger_template, load_ledger
from assistant.drafting.models import (
    Action,
    HistoryEntry,
    ItemReview,
    Ledger,
    Plan,
    PlanItem,
    Report,
    ReportItem,
)
from assistant.errors import InputError
from assistant.i18n import _
from assistant.review.item_text import (
    is_empty,
    plan_item_text,
    read_plan_item,
    read_report_item,
    report_item_text,
)

Item = PlanItem | ReportItem
# Runs the user's editor on a file; returns its exit status.
Editor = Callable[[Path], int]
# One action at a time per process (the workspace serves requests from threads).
_LOCK = threading.Lock()


class StaleDraft(InputError):
    """The draft changed since the revision the action was based on."""


def _check_revision(opened: DraftFolder, expected: int | None) -> None:
    if expected is not None and opened.draft.revision != expected:
        raise StaleDraft(
            _("草稿已被修改（第 {revision} 版，操作基于第 {expected} 版），本次操作未执行").format(
                revision=opened.draft.revision, expected=expected
            ),
            where=opened.json_path,
            hint=_("重新载入草稿后再操作"),
        )


def _revision_on_disk(opened: DraftFolder) -> int:
    try:
        return int(json.loads(opened.json_path.read_text(encoding="utf-8")).get("revision", 0))
    except (OSError, ValueError, AttributeError):
        return -1


@dataclass
class Outcome:
    draft: Plan | Report
    items: list[str]
    written: list[Path] = field(default_factory=list)
    changed: bool = True
    ledger: Path | None = None


def find_item(draft: Plan | Report, key: str, where: Path) -> Item:
    for item in draft.items:
        if item.key == key:
            return item
    keys = [i.key for i in draft.items]
    raise InputError(
        _("草稿中没有第 {key} 项").format(key=key),
        where=where,
        hint=_("它的各项为 {keys}（见 `rectify review status`）").format(keys=_("、").join(keys)),
    )


def _replace(draft: Plan | Report, new: Item) -> None:
    draft.items = [new if i.key == new.key else i for i in draft.items]  # type: ignore[assignment]


def _record(draft: Plan | Report, action: Action, before: Item, after: Item, note: str = "") -> None:
    draft.history.append(
        HistoryEntry(
            time=dt.datetime.now().replace(microsecond=0),
            action=action,
            item=after.key,
            note=note,
            before=before.model_dump(mode="json"),
            after=after.model_dump(mode="json"),
        )
    )


def _drop_unused_citations(plan: Plan) -> None:
    """Citations no text refers to any more (after an edit or redraft) leave the list."""
    used = {n for item in plan.items for m in item.measures for n in m.citations}
    fm = plan.front_matter
    used |= {int(n) for text in (fm.guiding, fm.organisation, fm.requirements)
             for n in MARKER_RE.findall(text)}
    plan.citations = [c for c in plan.citations if c.n in used]


def save(opened: DraftFolder) -> list[Path]:
    """Write the draft (JSON + Markdown) as its next revision; for a fully accepted plan,
    the ledger too. Refused if the file on disk is no longer the revision that was read."""
    draft = opened.draft
    if _revision_on_disk(opened) != draft.revision:
        raise StaleDraft(
            _("草稿在本次操作进行期间被修改（另一个窗口或命令行），本次操作未保存"),
            where=opened.json_path,
            hint=_("重新载入草稿后再操作"),
        )
    draft.revision += 1
    if isinstance(draft, Report):
        return save_files(opened.folder, report_files(draft))
    files = plan_files(draft)
    if all(i.review.state == "accepted" for i in draft.items):
        plan_json = files[PLAN_NAME]
        files[LEDGER_NAME] = ledger_template(draft, plan_json, _started_ledger(opened.folder))
    return save_files(opened.folder, files)


def _started_ledger(folder: Path) -> Ledger | None:
    """The ledger already in the folder, if any: its entries are carried over. One that
    cannot be read (another plan's, or broken) is moved aside, never overwritten."""
    path = folder / LEDGER_NAME
    if not path.exists():
        return None
    try:
        return load_ledger(path, check_statuses=False)[0]
    except InputError:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        path.replace(path.with_name(f"ledger.{stamp}.yaml.bak"))
        return None


def _finish(opened: DraftFolder, keys: list[str], changed: bool = True) -> Outcome:
    written = save(opened) if changed else []
    ledger = next((p for p in written if p.name == LEDGER_NAME), None)
    return Outcome(opened.draft, keys, written, changed, ledger)


# -- the actions -----------------------------------------------------------------------------
def accept(
    folder: Path, keys: Sequence[str], *, every: bool = False, revision: int | None = None
) -> Outcome:
    with _LOCK:
        return _accept(folder, keys, every, revision)


def _accept(folder: Path, keys: Sequence[str], every: bool, revision: int | None) -> Outcome:
    opened = open_draft(folder)
    _check_revision(opened, revision)
    draft = opened.draft
    if every:
        keys = [i.key for i in draft.items if i.review.state != "accepted"]
    elif not keys:
        raise InputError(_("要处理哪一项？"), hint=_("请给出项号（例如 1.2）或 --all"))
    for key in keys:
        before = find_item(draft, key, opened.json_path)
        if before.review.state == "accepted":
            continue
        after = before.model_copy(update={"review": ItemReview(state="accepted")})
        _replace(draft, after)
        _record(draft, "accept", before, after)
    return _finish(opened, list(keys))


def reject(folder: Path, key: str, reason: str, *, revision: int | None = None) -> Outcome:
    if not reason.strip():
        raise InputError(_("退回须写明理由"), hint=_("请加上 --reason \"…\"（哪里不对）"))
    with _LOCK:
        return _reject(folder, key, reason, revision)


def _reject(folder: Path, key: str, reason: str, revision: int | None) -> Outcome:
    opened = open_draft(folder)
    _check_revision(opened, revision)
    before = find_item(opened.draft, key, opened.json_path)
    after = before.model_copy(update={"review": ItemReview(state="rejected", reason=reason.strip())})
    _replace(opened.draft, after)
    _record(opened.draft, "reject", before, after, reason.strip())
    return _finish(opened, [key])


def editable_text(draft: Plan | Report, item: Item) -> str:
    """The item as the labelled text `review edit` and the workspace let the user change."""
    if isinstance(item, PlanItem):
        assert isinstance(draft, Plan)
        return plan_item_text(item, draft.citations)
    return report_item_text(item)


def edit(folder: Path, key: str, run_editor: Editor) -> Outcome:
    """Open the item's text in the editor; a failed editor or an emptied file changes
    nothing, and a text that cannot be read back is kept beside the draft for another try
    (so is one whose draft changed while the editor was open)."""
    opened = open_draft(folder)
    before = find_item(opened.draft, key, opened.json_path)
    text = editable_text(opened.draft, before)
    path = opened.folder / f".edit-{key}.txt"
    path.write_text(text, encoding="utf-8")
    status = run_editor(path)
    if status != 0:
        path.unlink(missing_ok=True)
        raise InputError(
            _("编辑器以状态 {status} 退出；没有做任何改动").format(status=status),
            where=opened.json_path,
            hint=_("请检查 $EDITOR（或 $VISUAL）后重试"),
        )
    edited = path.read_text(encoding="utf-8")
    if is_empty(edited) or edited == text:
        path.unlink()
        return _finish(opened, [key], changed=False)
    # on error (or a draft changed meanwhile) the edited text stays at `path`, named in the message
    outcome = edit_text(folder, key, edited, revision=opened.draft.revision, where=str(path))
    path.unlink()
    return outcome


def edit_text(
    folder: Path, key: str, edited: str, *, revision: int | None = None, where: str = ""
) -> Outcome:
    """Replace the item by this labelled text (as `editable_text` writes it)."""
    with _LOCK:
        opened = open_draft(folder)
        _check_revision(opened, revision)
        before = find_item(opened.draft, key, opened.json_path)
        if is_empty(edited) or edited == editable_text(opened.draft, before):
            return _finish(opened, [key], changed=False)
        where = where or f"第 {key} 项的修改"
        after: Item = (
            read_plan_item(edited, before, where)
            if isinstance(before, PlanItem)
            else read_report_item(edited, before, where)
        )
        return record_edits(opened, [after])


def record_edits(opened: DraftFolder, edited: Sequence[Item], note: str = "") -> Outcome:
    """Items changed elsewhere (the editor, the served page, a DOCX edited in Word) put into
    the draft as `edit` actions: each reopened and recorded with its text before and after."""
    draft = opened.draft
    for new in edited:
        before = find_item(draft, new.key, opened.json_path)
        after = new.model_copy(update={"review": ItemReview()})
        _replace(draft, after)
        _record(draft, "edit", before, after, note)
    if isinstance(draft, Plan):
        _drop_unused_citations(draft)
    return _finish(opened, [i.key for i in edited], changed=bool(edited))


# Drafts the item again; may add citations to the plan it is given.
DraftAgain = Callable[[Plan, PlanItem], PlanItem]


def redraft(
    folder: Path, key: str, draft_again: DraftAgain, note: str, *, revision: int | None = None
) -> Outcome:
    """A new draft of one plan item (the others untouched)."""
    with _LOCK:
        return _redraft(folder, key, draft_again, note, revision)


def _redraft(
    folder: Path, key: str, draft_again: DraftAgain, note: str, revision: int | None
) -> Outcome:
    opened = open_draft(folder)
    _check_revision(opened, revision)
    plan = opened.draft
    if not isinstance(plan, Plan):
        raise InputError(
            _("只能重新起草整改方案中的项"),
            where=opened.json_path,
            hint=_("进展通报请在台账中改正该项的事实后重新运行 `rectify report`，或用 "
                   "`rectify review edit` 修改文字"),
        )
    before = find_item(plan, key, opened.json_path)
    assert isinstance(before, PlanItem)
    after = draft_again(plan, before).model_copy(update={"review": ItemReview()})
    _replace(plan, after)
    _drop_unused_citations(plan)
    _record(plan, "redraft", before, after, note)
    return _finish(opened, [key])


# -- the story ----------------------------------------------------------------------------------
@dataclass
class Status:
    title: str
    kind: str
    states: dict[str, ItemReview]
    history: list[HistoryEntry]
    problems: dict[str, str] = field(default_factory=dict)
    revision: int = 0

    @property
    def counts(self) -> Counter[str]:
        return Counter(r.state for r in self.states.values())

    def as_json(self) -> dict[str, Any]:
        return {
            "title": self.title,
            "kind": self.kind,
            "counts": {s: self.counts.get(s, 0) for s in ("accepted", "open", "rejected")},
            "revision": self.revision,
            "items": {
                k: {**r.model_dump(), "problem": self.problems.get(k, "")}
                for k, r in self.states.items()
            },
            "history": [
                {"time": h.time.isoformat(), "action": h.action, "item": h.item, "note": h.note}
                for h in self.history
            ],
        }


def status(folder: Path) -> Status:
    draft = open_draft(folder).draft
    states = {i.key: i.review for i in draft.items}
    problems = {i.key: i.problem for i in draft.items}
    return Status(draft.title, draft.kind, states, draft.history, problems, draft.revision)
