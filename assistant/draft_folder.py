"""A draft folder: the files it holds, opening and saving its plan or report, and the
pointer to the draft worked on last.

`rectify plan -o FOLDER` writes plan.json and plan.md; accepting every item adds
ledger.yaml; `rectify report` adds report.json and report.md; review and export add
review.html and the exports. Every reader picks files in the order defined here.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from assistant.drafting.models import Ledger, Plan, Report
from assistant.drafting.outputs import write_files
from assistant.drafting.render import plan_markdown, report_markdown
from assistant.errors import InputError
from assistant.i18n import N_, _
from assistant.settings import Settings

D = TypeVar("D", bound=BaseModel)

PLAN_NAME = "plan.json"
PLAN_MD = "plan.md"
REPORT_NAME = "report.json"
REPORT_MD = "report.md"
LEDGER_NAME = "ledger.yaml"
REVIEW_PAGE = "review.html"
TASK_LIST = "ledger.xlsx"
# The draft's own files: an export must never replace them.
DRAFT_FILES = (PLAN_NAME, PLAN_MD, REPORT_NAME, REPORT_MD, LEDGER_NAME)
LAST_DRAFT = "last-draft"  # under the state folder: the draft reviewed or drafted last

_WRITTEN_BY = N_("请给出 `rectify plan -o 文件夹`（或 `rectify report`）写入的文件夹")


# -- which draft ------------------------------------------------------------------------------
def remember_draft(settings: Settings, folder: Path) -> None:
    """Later actions default to this folder."""
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    (settings.state_dir / LAST_DRAFT).write_text(str(folder.resolve()), encoding="utf-8")


def draft_folder(settings: Settings, given: Path | None) -> Path:
    """The folder given, else the one remembered last."""
    if given is not None:
        return given
    last = settings.state_dir / LAST_DRAFT
    if last.exists():
        return Path(last.read_text(encoding="utf-8").strip())
    raise InputError(
        _("要处理哪份草稿？"),
        hint=_("请用 --draft 草稿文件夹 指明，或先运行 `rectify review 草稿文件夹`"),
    )


def holds_report(folder: Path) -> bool:
    """A folder with a report is about the report (its plan is history)."""
    return (folder / REPORT_NAME).exists()


def draft_name(folder: Path) -> str:
    """'report' or 'plan': the stem exports of this folder are named after."""
    return "report" if holds_report(folder) else "plan"


# -- reading ----------------------------------------------------------------------------------
def parse_draft_json(path: Path, text: str, model: type[D], what: str, hint: str) -> D:
    """A draft's JSON as its model; a file from another version says which field differs."""
    from pydantic import ValidationError

    try:
        return model.model_validate_json(text)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = ".".join(str(p) for p in first["loc"])
        raise InputError(
            _("不是本版本 rectify 写出的{what}（{field}：{problem}）").format(
                what=what, field=loc, problem=first["msg"]),
            where=path,
            hint=hint,
        ) from None


def load_plan(path: Path) -> tuple[Plan, str]:
    """A plan.json and its text (the ledger pins the plan by the text's hash)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InputError(
            _("整改方案文件不存在"),
            where=path,
            hint=_("台账的 `plan:` 须指向 `rectify plan` 写出的 plan.json"),
        ) from None
    hint = _("请用 `rectify plan 反馈意见 -o 文件夹` 重新生成")
    return parse_draft_json(path, text, Plan, _("整改方案"), hint), text


def load_report(path: Path) -> Report:
    hint = _("请用 `rectify report 台账` 重新起草")
    return parse_draft_json(path, path.read_text(encoding="utf-8"), Report, _("进展通报"), hint)


def _ledger(path: Path, *, check_statuses: bool = True) -> tuple[Ledger, Plan]:
    # the ledger reader opens its plan through this module: imported when used
    from assistant.drafting.inputs.ledger import load_ledger

    ledger, plan, _warnings = load_ledger(path, check_statuses=check_statuses)
    return ledger, plan


@dataclass
class DraftFolder:
    folder: Path
    plan: Plan | None
    report: Report | None
    ledger: Ledger | None

    @property
    def json_path(self) -> Path:
        return self.folder / (REPORT_NAME if self.report is not None else PLAN_NAME)

    @property
    def draft(self) -> Plan | Report:
        draft = self.report or self.plan
        assert draft is not None
        return draft


def open_draft(folder: Path) -> DraftFolder:
    """The report if the folder has one (with its ledger), else the plan."""
    if not folder.is_dir():
        raise InputError(_("不是草稿文件夹"), where=folder, hint=_(_WRITTEN_BY))
    if holds_report(folder):
        report = load_report(folder / REPORT_NAME)
        ledger = _ledger(folder / LEDGER_NAME)[0] if (folder / LEDGER_NAME).exists() else None
        return DraftFolder(folder, None, report, ledger)
    if (folder / PLAN_NAME).exists():
        plan, _text = load_plan(folder / PLAN_NAME)
        return DraftFolder(folder, plan, None, None)
    raise InputError(
        _("该文件夹中既没有 {plan} 也没有 {report}").format(plan=PLAN_NAME, report=REPORT_NAME),
        where=folder, hint=_(_WRITTEN_BY)
    )


@dataclass
class TaskSource:
    """The plan a task list is made from, and the ledger with its progress (if any)."""

    folder: Path
    plan: Plan
    ledger: Ledger | None


def task_source(path: Path) -> TaskSource:
    """A draft folder (its ledger.yaml if there is one, else its plan.json), a ledger file
    or a plan.json."""
    if path.is_file() and path.suffix.lower() in (".yaml", ".yml"):
        ledger, plan = _ledger(path, check_statuses=False)
        return TaskSource(path.parent, plan, ledger)
    if path.is_file() and path.suffix.lower() == ".json":
        return TaskSource(path.parent, load_plan(path)[0], None)
    if not path.is_dir():
        raise InputError(
            _("不是草稿文件夹、台账或整改方案"),
            where=path,
            hint=_("请给出 `rectify plan -o 文件夹` 写入的文件夹"),
        )
    for name in (LEDGER_NAME, PLAN_NAME):
        if (path / name).exists():
            return task_source(path / name)
    raise InputError(
        _("该文件夹中既没有 {ledger} 也没有 {plan}").format(ledger=LEDGER_NAME, plan=PLAN_NAME),
        where=path,
        hint=_("请给出 `rectify plan -o 文件夹` 写入的文件夹"),
    )


# -- writing ----------------------------------------------------------------------------------
def plan_files(plan: Plan) -> dict[str, str]:
    """What a plan is saved as: its JSON (canonical) and its Markdown."""
    return {PLAN_NAME: plan.model_dump_json(indent=2) + "\n", PLAN_MD: plan_markdown(plan)}


def report_files(report: Report) -> dict[str, str]:
    return {REPORT_NAME: report.model_dump_json(indent=2) + "\n", REPORT_MD: report_markdown(report)}


def save(folder: Path, files: dict[str, str]) -> list[Path]:
    """Write these files into the folder, all staged before any replaces its old version."""
    return write_files(folder, files)


# -- drafting into a folder that already holds a draft ------------------------------------------
def refuse_existing_plan(folder: Path, force: bool) -> None:
    """A new plan would replace a reviewed one and orphan its ledger: only with --force."""
    if not force and (folder / PLAN_NAME).exists():
        raise InputError(
            _("该文件夹中已有整改方案（plan.json），新方案会覆盖它及其审阅记录"),
            where=folder / PLAN_NAME,
            hint=_("换一个 -o 文件夹；或加 --force：旧的方案、台账和通报会改名为 *.时间.bak 留在原处"),
        )


def set_aside_old_draft(folder: Path) -> list[Path]:
    """Rename the draft files a new plan replaces (plan, ledger, report) to
    ``NAME.STAMP.EXT.bak`` beside them, as a ledger of another plan is: nothing is deleted."""
    import datetime as dt

    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    moved: list[Path] = []
    for name in DRAFT_FILES:
        path = folder / name
        if not path.exists():
            continue
        stem, ext = name.rsplit(".", 1)
        target, n = folder / f"{stem}.{stamp}.{ext}.bak", 1
        while target.exists():  # two plans in the same second
            n += 1
            target = folder / f"{stem}.{stamp}-{n}.{ext}.bak"
        path.replace(target)
        moved.append(target)
    return moved
