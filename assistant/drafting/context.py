"""The drafting context: every fact a draft needs that does not change while drafting,
worked out once per command and handed to the builders and the engines.

It holds the feedback, our unit's forms and profile (``assistant.units``), the committee behind the inspection, the name guard
(built once), what the catalog contributes (``CorpusFacts``: read in one opening) and the
deadline of every problem, decided *before* an engine writes a goal that must follow it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from assistant.drafting.corpus_facts import CorpusFacts
from assistant.drafting.deadlines import deadlines_for
from assistant.drafting.hygiene import FitRules, fit_rules
from assistant.drafting.inputs.feedback.model import Feedback
from assistant.drafting.models import Deadline
from assistant.drafting.names.guard import NameGuard
from assistant.drafting.remedy_rules import RemedyRules, remedy_rules
from assistant.drafting.sources import Source
from assistant.drafting.unit_forms import UnitForms, committee_of, our_forms
from assistant.index.precedents import PrecedentIndex
from assistant.settings import Settings
from assistant.units import (
    Lexicon,
    UnitProfile,
    load_lexicon,
    profile_for,
    with_own_head,
    with_own_subunits,
)
from assistant.units.profile import office_family_named


def feedback_text(feedback: Feedback) -> str:
    """Everything the user wrote: names in here are theirs and may appear in a draft."""
    return feedback.model_dump_json(exclude={"source"})


@dataclass(frozen=True)
class DraftingContext:
    settings: Settings
    feedback: Feedback
    ours: UnitForms  # our unit, with our inspection group as its ``body``
    committee: str  # 县委: who ordered the inspection
    guard: NameGuard
    corpus: CorpusFacts
    deadlines: Mapping[str, Deadline]  # by leaf key
    lexicon: Lexicon  # the shipped unit tables merged with the user's (<home>/rules/units/)
    profile: UnitProfile  # our unit: kind, organ, level, superior, roles, sub-units, sector
    # our sub-units by our name and level alone, before the offices our feedback names
    named_subunits: tuple[str, ...] = ()
    # the family of offices our feedback makes responsible (训练科、教务科 → 科室), its defaults
    # left out: worked out once, for the profile's sub-units and the leading group's members
    office_family: str | None = None
    own_text: str = ""  # what the user wrote (``feedback_text``): its words are ours
    # the remedy classes for our own facts, with the user's (<home>/rules/remedies/)
    remedies: RemedyRules = field(default_factory=remedy_rules)
    # the fit and hygiene rules, with the user's (<home>/rules/fit/)
    fit: FitRules = field(default_factory=fit_rules)
    _profiles: dict[tuple[str, str], UnitProfile] = field(
        default_factory=dict, compare=False, repr=False
    )  # the precedent notices' profiles, worked out once per unit

    @classmethod
    def build(
        cls,
        settings: Settings,
        feedback: Feedback,
        *,
        corpus: CorpusFacts | None = None,
        index: PrecedentIndex | None = None,
        deadlines: Mapping[str, Deadline] | None = None,
    ) -> DraftingContext:
        """corpus: facts already read (an evaluation drafts many feedbacks on one corpus);
        index: loads its records in the same opening of the catalog; deadlines: decided
        already (a redraft keeps the reviewer's); the other problems' are inferred."""
        corpus = corpus or CorpusFacts.load(settings, index)
        inferred = deadlines_for(feedback, settings.draft.deadline_months)
        lexicon = load_lexicon(settings.home)
        own_text = feedback_text(feedback)
        profile = profile_for(
            feedback.unit,
            inspection_body=feedback.inspection.body,
            inspection_kind=feedback.inspection.kind,
            lexicon=lexicon,
        )
        named_subunits = profile.subunits
        leaders = [feedback.defaults.leader or "", *(leaf.problem.leader or "" for leaf in feedback.problems())]
        profile = with_own_head(profile, leaders, lexicon)
        profile = with_own_subunits(profile, feedback.departments())
        office_family = office_family_named(feedback.departments(defaults=False))
        return cls(
            settings=settings,
            feedback=feedback,
            ours=our_forms(feedback, profile),
            committee=committee_of(feedback),
            guard=NameGuard(own_text, list(corpus.units)),
            own_text=own_text,
            corpus=corpus,
            deadlines={**inferred, **(deadlines or {})},
            lexicon=lexicon,
            profile=profile,
            named_subunits=named_subunits,
            office_family=office_family,
            remedies=remedy_rules(settings.home),
            fit=fit_rules(settings.home),
        )

    @functools.cached_property
    def feedback_counts(self) -> tuple[int, int]:
        """Our feedback's areas and problems (针对反馈的3个方面7个问题), counted once."""
        return len(self.feedback.feedback), len(self.feedback.problems())

    @property
    def citable_ids(self) -> set[str]:
        """What a citation may name (a copy: the checks take a plain set)."""
        return set(self.corpus.citable_ids)

    def deadline_of(self, key: str) -> Deadline:
        return self.deadlines[key]

    def foreign_name_count(self, text: str) -> int:
        """How many names of other units and places ``text`` holds (0: none)."""
        return len(self.guard.find(text))

    def source_profile(self, unit: str, kind: str) -> UnitProfile:
        """The profile of a precedent's unit (``kind``: the notice's 巡察 / 巡视), cached."""
        key = (unit, kind)
        if key not in self._profiles:
            self._profiles[key] = profile_for(
                unit,
                inspection_kind=kind if kind in ("巡察", "巡视") else None,
                lexicon=self.lexicon,
            )
        return self._profiles[key]

    def section_sources(self, notice_ids: Sequence[str], section: str) -> list[Source]:
        return self.corpus.section_sources(notice_ids, section)
