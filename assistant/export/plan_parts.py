"""The parts of an official plan the draft's JSON holds only as facts: the opening
paragraph, each item's labelled paragraphs, the signature and date, and the annex's
整改任务清单 (one row per measure). ``outline`` and ``docx_annex`` lay them out;
``docx_import`` reads the labelled paragraphs back.
"""

from __future__ import annotations

from dataclasses import dataclass

from assistant.corpus.clauses import cn_numeral
from assistant.drafting.guards import strip_markers
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Plan, PlanItem, cn_date
from assistant.drafting.unit_forms import committee_of, our_forms

ANNEX_NAME = "整改任务清单"
ANNEX_NOTE = f"附件：{ANNEX_NAME}"
ANNEX_COLUMNS = ("序号", "问题", "整改措施", "责任领导", "责任部门", "完成时限", "完成标志")
DETAIL, GOAL, MEASURES, LEADER, DEPARTMENT, DEADLINE = (
    "问题表现", "整改目标", "整改措施", "责任领导", "责任部门", "完成时限",
)  # fmt: skip


def plan_opening(feedback: Feedback) -> str:
    """根据…统一部署，…对…开展了巡察。…反馈了巡察意见。为深入贯彻…，根据…反馈意见，
    结合我局实际，制定本方案。 Facts the feedback does not give are left out, not invented."""
    ins = feedback.inspection
    kind = ins.kind
    forms = our_forms(feedback)
    committee = committee_of(feedback)
    body = ins.body or f"{kind}组"
    parts: list[str] = []
    if ins.start and ins.end:
        end = cn_date(ins.end)
        if ins.start.year == ins.end.year:
            end = f"{ins.end.month}月{ins.end.day}日"
        plan_of = f"关于{ins.round}的" if ins.round else ""
        parts.append(
            f"根据{committee}{plan_of}统一部署，{cn_date(ins.start)}至{end}，{body}对"
            f"{feedback.unit}开展了{kind}。"
        )
    if ins.feedback_date:
        parts.append(f"{cn_date(ins.feedback_date)}，{body}向{forms.party_short}反馈了{kind}意见。")
    parts.append(
        f"为深入贯彻落实{committee}关于{kind}工作的部署要求，切实抓好{kind}反馈问题整改，"
        f"根据{body}反馈意见，结合{forms.we}实际，制定本方案。"
    )
    return "".join(parts)


def item_paragraphs(item: PlanItem) -> list[str]:
    """An item's paragraphs in the DOCX: one label each (整改措施 one measure a paragraph),
    so Word never wraps 责任领导 / 责任部门 / 完成时限 into each other, and the text reads
    back line by line as `rectify review edit` writes it."""
    paragraphs = [f"{DETAIL}：{item.detail}"] if item.detail else []
    paragraphs.append(f"{GOAL}：{item.goal}")
    for i, measure in enumerate(item.measures, 1):
        prefix = f"{MEASURES}：" if i == 1 else ""
        paragraphs.append(f"{prefix}{cn_numeral(i)}是{measure.text}")
    paragraphs += [
        f"{LEADER}：{item.leader}",
        f"{DEPARTMENT}：{item.department}",
        f"{DEADLINE}：{item.deadline.text}",
    ]
    return paragraphs


def plan_signature(plan: Plan) -> tuple[str, str]:
    """落款 and 成文日期 (the day the plan was drafted, Arabic numerals)."""
    return plan.feedback.signed_as, cn_date(plan.info.created.date())


@dataclass(frozen=True)
class AnnexRow:
    number: int
    item: str  # the item's key: rows of one problem share it (their 问题 cell is merged)
    problem: str
    measure: str
    leader: str
    department: str
    deadline: str
    goal: str

    def cells(self) -> tuple[str, ...]:
        return (
            str(self.number), self.problem, self.measure, self.leader, self.department,
            self.deadline, self.goal,
        )  # fmt: skip


def annex_rows(plan: Plan) -> list[AnnexRow]:
    """One row per measure, numbered through; 完成标志 is the item's goal."""
    rows: list[AnnexRow] = []
    for item in plan.items:
        goal = strip_markers(item.goal)[0]
        for measure in item.measures:
            rows.append(
                AnnexRow(
                    number=len(rows) + 1,
                    item=item.key,
                    problem=item.problem,
                    measure=strip_markers(measure.text)[0],
                    leader=item.leader,
                    department=item.department,
                    deadline=item.deadline.text,
                    goal=goal,
                )
            )
    return rows
