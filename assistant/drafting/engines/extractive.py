"""The offline engine: composes drafts from precedent clauses, adapted and cited.

A fact of our own problem whose remedy is known (``fact_remedies.py``: 未经党组会研究 → the
decision reviewed and the procedure kept from now on) gets that remedy first. Every other
measure is one clause of one retrieved precedent, chosen for relevance to the problem
and for diversity (maximal marginal relevance, at most two clauses per precedent, so the
draft combines several units' approaches instead of copying one), then adapted to our unit
(``adapt.py``). Report text is built from the user's own facts only.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from assistant.corpus.clauses import cn_numeral
from assistant.corpus.patterns import problem_core
from assistant.drafting import front_matter as ours_front
from assistant.drafting.context import DraftingContext
from assistant.drafting.deadlines import goal_tail
from assistant.drafting.engines.protocol import (
    DraftMeasure,
    FrontMatterDraft,
    ItemDraft,
    ProgressDraft,
    ProgressTask,
    SectionsDraft,
    SectionsTask,
    Usage,
)
from assistant.drafting.fact_remedies import fact_remedies
from assistant.drafting.fit import problem_text, profile_bonus
from assistant.drafting.hygiene import topics_named
from assistant.drafting.models import Deadline, to_fill
from assistant.drafting.own_facts import with_own_facts
from assistant.drafting.report_parts import progress_text
from assistant.drafting.similarity import cosine
from assistant.drafting.sources import ItemSources, Source, sentences

MIN_MEASURES, MAX_MEASURES = 3, 5
PER_PRECEDENT = 2
MMR_LAMBDA = 0.9  # relevance first: the fit filter already removed the off-topic clauses
REDUNDANT = 0.55  # cosine above which two measures say the same thing
# precedents on one matter of management (fit.toml [topics]): three rules on 公务接待 under one
# problem read as the same measure thrice (read in a rest home's and a weather bureau's plan)
PER_MATTER = 2
PLACEHOLDER = "【待补充"
# Words of a finished fact: another unit's result, not a measure we can promise.
_RESULT_RE = re.compile(
    r"已完成|已整改|完成整改|整改完成|未发现|没有发现|未出现|至目前|截至|截止|目前|现已|共计|累计"
)


@dataclass
class _Candidate:
    source: Source
    text: str
    score: float


def enumerate_clauses(parts: Sequence[str]) -> str:
    """一是…；二是…。 as notices write a list in a paragraph."""
    parts = [p.strip().rstrip("。；;，, ") for p in parts if p.strip()]
    if len(parts) == 1:
        return parts[0] + "。"
    return "；".join(f"{cn_numeral(i)}是{p}" for i, p in enumerate(parts, 1)) + "。"


def goal_for(title: str, deadline: Deadline) -> str:
    """The goal sentence; how it ends follows the deadline class (and date)."""
    problem = problem_core(title).replace("“", "‘").replace("”", "’")  # nested: ‘三重一大’
    if problem.endswith("存在"):  # …收费存在问题: its 问题 stays inside the quote (round 93 read "存在”问题")
        return f"针对“{problem}问题”，{goal_tail(deadline)}。"
    return f"针对“{problem}”问题，{goal_tail(deadline)}。"


class ExtractiveEngine:
    """Offline drafting from the retrieved precedents; no model, no network."""

    name = "extractive"
    model: str | None = None
    waits_on_io = False

    def __init__(self) -> None:
        self.usage = Usage()
        self._used: set[tuple[str, str]] = set()

    # -- plan ----------------------------------------------------------------------------
    def plan_items(self, context: DraftingContext, items: Iterable[ItemSources]) -> list[ItemDraft]:
        return [self._plan_item(context, item) for item in items]

    def _candidates(self, context: DraftingContext, item: ItemSources) -> list[_Candidate]:
        problem = item.leaf.problem
        query = f"{problem.title}{problem.detail}{item.hint}"
        subject = problem_text(item)
        out: list[_Candidate] = []
        for source in item.sources:
            text = source.wording  # mapped and adapted when the plan fitted the item
            relevance = cosine(source.clause, query)
            relevance += 0.3 * context.corpus.subject.score(subject, source.record.problem)
            prior = 0.15 / source.precedent.rank**0.5 + profile_bonus(context, source.record)
            penalty = 0.15 * context.foreign_name_count(text) + 0.05 * text.count(PLACEHOLDER)
            penalty += 0.1 * len(_RESULT_RE.findall(source.clause))
            if (source.record.id, source.clause) in self._used:
                penalty += 1.0  # one clause answers one problem: no repeated measures
            if len(text) < 12:
                penalty += 0.2
            out.append(_Candidate(source, text, relevance + prior - penalty))
        return out

    def _plan_item(self, context: DraftingContext, item: ItemSources) -> ItemDraft:
        # our own facts first: each fact of a kind with a known remedy gets it (no precedent)
        remedies = [r.text for r in fact_remedies(item.leaf.problem.facts, context.remedies)]
        pool = self._candidates(context, item)
        chosen: list[_Candidate] = []
        per_precedent: dict[str, int] = {}
        while pool and len(chosen) < MAX_MEASURES - len(remedies):

            def mmr(c: _Candidate) -> float:
                overlap = max((cosine(c.text, p.text) for p in chosen), default=0.0)
                return MMR_LAMBDA * c.score - (1 - MMR_LAMBDA) * overlap

            best = max(pool, key=mmr)
            pool.remove(best)
            pid = best.source.record.id
            if per_precedent.get(pid, 0) >= PER_PRECEDENT:
                continue
            if any(cosine(best.text, c.text) > REDUNDANT for c in chosen):
                continue
            if self._matter_full(context, best, chosen):
                continue
            if len(chosen) >= MIN_MEASURES and best.score < 0.2:
                break
            chosen.append(best)
            per_precedent[pid] = per_precedent.get(pid, 0) + 1
            self._used.add((pid, best.source.clause))
        measures = self._with_open_facts(context, item, remedies, chosen)
        goal = goal_for(item.leaf.problem.title, context.deadline_of(item.leaf.key))
        return ItemDraft(goal=goal, measures=measures)

    @staticmethod
    def _matter_full(context: DraftingContext, best: _Candidate, chosen: list[_Candidate]) -> bool:
        """Whether ``chosen`` holds ``PER_MATTER`` measures on a matter ``best`` names."""
        said = Counter(t for c in chosen for t in set(topics_named(c.text, context.fit)))
        return any(said[t] >= PER_MATTER for t in topics_named(best.text, context.fit))

    def _with_open_facts(
        self, context: DraftingContext, item: ItemSources, remedies: list[str], chosen: list[_Candidate]
    ) -> list[DraftMeasure]:
        """The measures with the open facts named (``own_facts.py``); a precedent measure
        that gave way to the placeholder is free for another problem."""
        borrowed = [DraftMeasure(text=c.text, citations=[c.source.n]) for c in chosen]
        measures, dropped = with_own_facts(context, item.leaf.problem.facts, remedies, borrowed, MAX_MEASURES)
        for gone in chosen[len(chosen) - dropped :] if dropped else ():
            self._used.discard((gone.source.record.id, gone.source.clause))
        return measures

    # -- plan front matter ---------------------------------------------------------------
    def front_matter(self, context: DraftingContext, sources: Sequence[Source]) -> FrontMatterDraft:
        """Our own leading group and requirements (``front_matter.py``), with at most one
        cited sentence each that fits our unit: a notice's meetings or its ledger rules."""
        fitting = [s for s in sources if s.text]  # fitted by the plan (``fitting_sentences``)
        organisation = ours_front.organisation(context) + "".join(
            self._pick(context, fitting, _ORGANISATION_RE, 1)
        )
        requirements = ours_front.requirements(context) + "".join(
            self._pick(
                context,
                [s for s in fitting if _IMPERATIVE_RE.search(s.clause)],
                _REQUIREMENTS_RE,
                1,
            )
        )
        return FrontMatterDraft(
            guiding=ours_front.guiding(context),
            organisation=organisation,
            requirements=requirements,
        )

    def _pick(
        self,
        context: DraftingContext,
        sources: Sequence[Source],
        pattern: re.Pattern[str],
        most: int,
    ) -> list[str]:
        """Up to ``most`` mutually different sentences that match ``pattern``, one per
        notice (several units' wording), the most on-topic and shortest first; only those
        that fit our unit (the plan and the report pass ``fitting_sentences`` only)."""
        fitting = [s for s in sources if s.text]
        ranked = sorted(
            (
                s
                for s in fitting
                if pattern.search(s.clause)
                and _SENTENCE_RE.search(s.clause)  # a heading (一是切实担起主体责任。) says nothing
                and not _OUTDATED_RE.search(s.clause)
                and not _GROUP_RE.search(s.clause)
                and not _RESULT_RE.search(s.clause)
            ),
            key=lambda s: (-len(pattern.findall(s.clause)), len(s.clause), s.n),
        )
        out: list[str] = []
        kept: list[str] = []
        notices: set[str] = set()
        for source in ranked:
            if source.record.notice_id in notices:
                continue
            text = source.wording
            if any(cosine(text, k) > REDUNDANT for k in kept):
                continue
            kept.append(text)
            notices.add(source.record.notice_id)
            out.append(f"{text.rstrip('。')}[{source.n}]。")
            if len(out) == most:
                break
        return out

    # -- report --------------------------------------------------------------------------
    def progress(
        self, context: DraftingContext, tasks: Sequence[ProgressTask]
    ) -> list[ProgressDraft]:
        return [ProgressDraft(progress=progress_from_facts(t)) for t in tasks]

    def sections(self, context: DraftingContext, task: SectionsTask) -> SectionsDraft:
        ours = context.ours
        kind = context.feedback.inspection.kind
        # section 一 arrives composed from the ledger's structured fields (report_parts)
        work = task.overall.strip() or to_fill(
            f"整改工作开展情况（如成立领导小组、召开{kind}整改专题会议、制定整改方案等）"
        )
        own = [s.rstrip("。") for s in sentences(task.next_steps)]
        drawn = [d.rstrip("。") for d in self._pick(context, task.sources, _NEXT_RE, 3)]
        points = own + drawn[: max(0, NEXT_POINTS - len(own))]
        if len(points) < 2:
            points.append(
                f"持续巩固{kind}整改成果，对已完成的整改任务适时开展“回头看”，"
                "对正在推进的整改任务紧盯不放、持续用力，确保整改取得实效"
            )
        # one sentence per point: each keeps its own citation marker
        next_steps = f"下一步，{ours.party_short}将重点抓好以下工作。" + "".join(
            f"{cn_numeral(i)}是{p.rstrip('。；')}。" for i, p in enumerate(points, 1)
        )
        return SectionsDraft(work=work, next_steps=next_steps)


NEXT_POINTS = 3  # 下一步 in two or three points
# A notice's 专题会 is a meeting that unit held ("在专题会议上逐条讨论、主动认领"): read in
# our plan it states a meeting of ours as held. Only the sharing of responsibility is cited.
_ORGANISATION_RE = re.compile(r"第一责任人|主体责任|责任分工|挂帅")
# Our leading group is written from our profile: another unit's group, teams or task force
# (洪江区工委's 两个督导组 over its units) are never cited, nor a plan to write a plan.
_GROUP_RE = re.compile(r"领导小组|组长|办公室设在|督导组|督查组|工作组|专班|组建|研究制定|制定《")
_IMPERATIVE_RE = re.compile(r"要|确保|必须|严格|坚决|务必|切实|坚持")
_REQUIREMENTS_RE = re.compile(r"台账|销号|督导|督查|督办|问责|长效机制|清单|时限|对账")
_NEXT_RE = re.compile(r"持续|巩固|长效|回头看|常态化|坚持|不松劲|久久为功|深化")
# a sentence of the front matter has a clause of its own after a comma, not just a label
_SENTENCE_RE = re.compile(r"[，,；;][^，,；;。]{4,}")
_OUTDATED_RE = re.compile(r"十九大|十九届|十八大|十八届|不忘初心、牢记使命|党史学习教育")


def progress_from_facts(task: ProgressTask) -> str:
    """The user's facts as a notice paragraph, measure by measure (``report_parts``)."""
    return progress_text(task.item, task.ledger)
