"""The feedback a unit received from the inspection group: the input of every draft.

The YAML schema (see README) maps one to one onto these models; the plain-text reader
(``text_reader.py``) fills the same models from a numbered feedback document.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from assistant.corpus.patterns import problem_core
from assistant.i18n import N_, _

Kind = Literal["巡察", "巡视"]
DeadlineKind = Literal["立行立改", "限期整改", "长期坚持"]
# A term counted from the feedback date, as groups write it (在反馈之日起2个月内, 3个月内完成);
# the reader stores it in this one form and the drafter dates it (deadlines.py).
DeadlineTerm = Annotated[str, StringConstraints(pattern=r"^反馈之日起\d{1,2}个月内$")]
_TERM_RE = re.compile(
    r"^(?:在|自|从)?(?:收到)?(?:反馈(?:意见)?之日起|反馈后)?\s*(\d{1,2}|[一两二三四五六七八九十]{1,3})个月"
    r"(?:内|之内)?(?:完成整改|整改完成|整改到位|完成|办结)?$"
)
_NUMERALS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
             "九": 9, "十": 10, "十一": 11, "十二": 12}
# The index embeds at most 160 characters of a problem; a longer query only costs time.
QUERY_CHARS = 160
# Where a user sees both forms of the input: every reader's errors point there.
EXAMPLE_HINT = N_("格式见 examples/feedback.yaml（YAML）或 examples/feedback.txt（巡察组的原文）")
# how one department field names several (法制大队、政工室; 局办公室和财务股)
_DEPARTMENT_SPLIT = re.compile(r"[、，,；;/]|和|及")


def month_count(word: str) -> int | None:
    """A count of months written in digits or Chinese numerals (2, 两, 十二), or None."""
    return int(word) if word.isdigit() else _NUMERALS.get(word)


def term_months(text: str) -> int | None:
    """The months of a term counted from the feedback (在反馈之日起2个月内 → 2), or None."""
    m = _TERM_RE.match(text.strip())
    count = month_count(m.group(1)) if m else None
    return count if count and 1 <= count <= 36 else None


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Inspection(_Model):
    """Which inspection, by whom, when."""

    kind: Kind = "巡察"
    body: str | None = Field(None, description="The inspecting group, e.g. 县委第三巡察组.")
    round: str | None = Field(None, description="The round, e.g. 十五届县委第六轮巡察.")
    start: dt.date | None = Field(None, description="First day on site.")
    end: dt.date | None = Field(None, description="Last day on site.")
    feedback_date: dt.date | None = Field(None, description="Day the feedback was handed over.")


class Contacts(_Model):
    """How the public reaches the unit (the notice's closing paragraph)."""

    phone: str | None = None
    email: str | None = None
    postcode: str | None = None
    address: str | None = None


def problem_facts(title: str, detail: str) -> str:
    """What the group found: the detail, or the title without its frame when it gave none
    (a feedback problem and a drafted item say it alike)."""
    return detail if detail.strip() else problem_core(title)


class FeedbackProblem(_Model):
    """One problem the group found; sub-problems make it a heading of its own."""

    title: str = Field(min_length=1)
    detail: str = ""
    leader: str | None = Field(None, description="Responsible leader (责任领导).")
    department: str | None = Field(None, description="Responsible department (责任部门).")
    deadline: DeadlineKind | dt.date | DeadlineTerm | None = Field(
        None,
        description="立行立改 / 长期坚持 / a date / 反馈之日起N个月内; unset = chosen by the drafter.",
    )
    sub_problems: list[FeedbackProblem] = Field(default_factory=list)
    line: int | None = Field(None, description="Line in the source file (set by the readers).")

    @property
    def facts(self) -> str:
        """What the group found: the detail, or the title when it gave none (feedback of
        titles only: 议事决策机制混乱，12次局务会议代替党组会议…), without the frame a title is
        often written in (关于违规发放津补贴的问题 → 违规发放津补贴): a measure or a placeholder
        quotes the fault, never 针对“关于…的问题”."""
        return problem_facts(self.title, self.detail)


class FeedbackCategory(_Model):
    """A group of problems (一、…方面)."""

    title: str = Field(min_length=1)
    problems: list[FeedbackProblem] = Field(min_length=1)
    line: int | None = None


class Defaults(_Model):
    """Owner of every problem that does not name its own."""

    leader: str | None = None
    department: str | None = None


class Feedback(_Model):
    """The whole input of a plan: the unit, the inspection and the problems."""

    unit: str = Field(min_length=1, description="The inspected party organisation.")
    inspection: Inspection = Field(default_factory=Inspection)
    contacts: Contacts = Field(default_factory=Contacts)
    signature: str | None = Field(None, description="Signed as; defaults to the unit.")
    defaults: Defaults = Field(default_factory=Defaults)
    feedback: list[FeedbackCategory] = Field(min_length=1)
    source: str | None = Field(None, description="The file this was read from.")

    @field_validator("unit")
    @classmethod
    def _unit_not_placeholder(cls, value: str) -> str:
        if value.strip("X×＊* ") == "":
            raise ValueError(_("单位须是真实名称"))
        return value

    def problems(self) -> list[FeedbackLeaf]:
        """Every leaf problem in order, with its key and the headings above it."""
        out: list[FeedbackLeaf] = []

        def walk(problem: FeedbackProblem, key: str, path: list[str]) -> None:
            if not problem.sub_problems:
                out.append(FeedbackLeaf(key=key, path=path, problem=problem))
                return
            for j, sub in enumerate(problem.sub_problems, 1):
                walk(sub, f"{key}.{j}", [*path, problem.title])

        for i, category in enumerate(self.feedback, 1):
            for j, problem in enumerate(category.problems, 1):
                walk(problem, f"{i}.{j}", [category.title])
        return out

    @property
    def signed_as(self) -> str:
        return self.signature or self.unit

    def departments(self, *, defaults: bool = True) -> list[str]:
        """Every responsible department named (the defaults', unless ``defaults`` is False,
        then each problem's), split (法制大队、政工室) and once each, in order."""
        names = [leaf.problem.department or "" for leaf in self.problems()]
        if defaults:
            names.insert(0, self.defaults.department or "")
        out: list[str] = []
        for text in names:
            for name in _DEPARTMENT_SPLIT.split(text):
                name = name.strip()
                if name and name not in out:
                    out.append(name)
        return out


class FeedbackLeaf(_Model):
    """A leaf problem as the drafter sees it."""

    key: str
    path: list[str]
    problem: FeedbackProblem

    @property
    def query(self) -> str:
        """The retrieval query: the problem with its detail (the category adds noise)."""
        return f"{self.problem.title}{self.problem.detail}"[:QUERY_CHARS]
