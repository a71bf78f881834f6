"""Fit before filling: which precedent clauses may become sentences of OUR draft.

Every clause is first mapped from its notice's unit profile to ours (``map_to_ours``: 院长 →
局长, 全厅 → 全局, 巡视 → 巡察 …) and adapted (``adapt.py``: their name → ours, their facts →
placeholders); it is used only if, after that, it

* is a measure at all (``hygiene.py``: no heading, cut-off clause, placeholder, result, cause),
* keeps no word of another kind of unit, sector, level or region (``units.misfits``) and no
  name of another unit or place (the name guard),
* answers our problem: its precedent's problem shares our problem's subject (``subject.py``,
  at or above the floor of ``data/fit.toml``), the clause does not answer what only
  THEIR problem named (``SubjectMatcher.theirs_only``), and it deals with no matter of
  management our problem does not name (``hygiene.foreign_topic``: 个人有关事项 under 轮岗)
  and, when our problem has facts, deals with a matter or a party-building theme it does
  name (``hygiene.shares_topic``), and answers no fault in particular that our problem
  does not show (``hygiene.unmet_need``: 增强吸引力 under meetings held too rarely);
  its promises to stop a fault our problem does not name are cut (``without_their_faults``).

Both engines draft from the fitting sources only (``fitting_item``); the replacements made
are kept on the source and go into the citation, for the review page. A problem with fewer
than ``MIN_FITTING`` fitting measures is not padded: ``plan.py`` adds a visible placeholder
and a ``too_few_fitting`` finding (``abstention``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from assistant.drafting.adapt import adapt_clause, our_counts
from assistant.drafting.context import DraftingContext
from assistant.drafting.front_matter import plan_date
from assistant.drafting.hygiene import (
    FitRules,
    clause_fault,
    fit_rules,
    foreign_topic,
    measure_form,
    other_organ,
    shares_topic,
    their_sector_work,
    their_short_name,
    unmet_need,
)
from assistant.drafting.models import Finding, finding, to_fill
from assistant.drafting.names.localities import local_places
from assistant.drafting.sources import ItemSources, Source
from assistant.drafting.subject import SubjectMatcher
from assistant.i18n import _
from assistant.index.records import PrecedentRecord
from assistant.units import Replacement, map_to_ours, misfits

MIN_FITTING = 2
MISSING_MEASURE = to_fill("结合本单位业务的整改措施")
TOO_FEW = "too_few_fitting"


@dataclass(frozen=True)
class Fitted:
    """A precedent clause as our draft would use it, and why it may not (None: it fits)."""

    text: str
    adapted: tuple[Replacement, ...]
    fault: str | None


def problem_text(item: ItemSources) -> str:
    """What our problem is about: its title and its detail."""
    problem = item.leaf.problem
    return f"{problem.title}。{problem.detail}"


def fit_clause(context: DraftingContext, record: PrecedentRecord, clause: str) -> Fitted:
    """``clause`` of ``record`` mapped and adapted to our unit, with its fault if any."""
    source_profile = context.source_profile(record.unit, record.kind)
    mapped = map_to_ours(clause, source_profile, context.profile, lexicon=context.lexicon)
    text = adapt_clause(mapped.text, record.unit, context.ours)
    text = our_counts(text, *context.feedback_counts)
    fault = clause_fault(clause, text, year=plan_date(context).year, rules=context.fit)
    if fault is None:
        if context.foreign_name_count(text) or their_short_name(text, record.unit, context.feedback.unit, context.fit):
            fault = "name"
        elif their_sector_work(text, source_profile.sector, context.profile.sector, context.fit):
            fault = "misfit:sector"
        elif (found := text_fault(context, text)) is not None:
            fault = found[0]
    return Fitted(text=text, adapted=tuple(mapped.replacements), fault=fault)


def text_fault(context: DraftingContext, text: str) -> tuple[str, str] | None:
    """(fault, reason) when ``text`` does not fit our unit: another kind's, sector's, level's
    or region's word, another organ, another unit's village, not a measure. A precedent
    clause (``fit_clause``) and a model's measure (``engines/llm_fit.py``) pass the same."""
    profile = context.profile
    found = misfits(text, profile, lexicon=context.lexicon, own_text=context.own_text)
    if found:
        return f"misfit:{found[0].kind}:{found[0].word}", f"“{found[0].word}”：{found[0].reason}"
    organ = other_organ(text, profile.organ, profile.level, context.fit)
    if organ is not None:
        return "misfit:organ", _("“{word}”：本单位的党组织是{ours}").format(word=organ, ours=profile.organ)
    places = local_places(text, context.own_text)
    if places:
        return "name:place", _("“{name}”像是其他单位所在的村（社区、镇）").format(name=places[0])
    form = measure_form(text)
    if form is not None:
        return f"form:{form[0]}", _("“{words}”：不是本单位将要采取的措施").format(words=form[1])
    return None


def _fitted_source(context: DraftingContext, source: Source, n: int) -> Source | None:
    fitted = fit_clause(context, source.record, source.clause)
    if fitted.fault is not None:
        return None
    return replace(source, n=n, text=fitted.text, adapted=fitted.adapted)


def fitting_item(
    context: DraftingContext, item: ItemSources, floor: float | None = None
) -> ItemSources:
    """``item`` with only the sources that fit our unit and our problem, renumbered
    (``floor`` 0: no problem filter at all, the evaluation's lower end)."""
    rules = context.fit
    floor = rules.floor if floor is None else floor
    clause_floor = rules.clause_floor if floor > 0 else 0.0
    ours = problem_text(item)
    matcher = context.corpus.subject
    ours_said = matcher.subject_bigrams(ours)
    # the title says what the problem is; a precedent that shares nothing with it matched
    # on the detail alone, which may share a word with anything (公示 of 课后服务收费 and of
    # 干部任前): it must then match strongly (公车管理 for our 公务用车 … 公车使用登记)
    title = matcher.subject_bigrams(item.leaf.problem.title)
    # a bare title (违反中央八项规定精神) covers every matter under it; only facts say which
    detailed = bool((item.leaf.problem.detail or "").strip())

    def answers_ours(problem: str) -> float:
        score = matcher.score(ours, problem)
        if title and not title & matcher.subject_bigrams(problem) and score < rules.strong:
            return 0.0
        return score

    subject = {p.record.id: answers_ours(p.record.problem) for p in item.precedents}
    # a precedent's problem is mostly a title, ours a title and lines of facts: their cosine
    # stays small however close the subjects, so a precedent this close to our title passes
    # too (it vouches for no clause: each must still say something of our whole problem)
    admitted = {
        p.record.id: subject[p.record.id] >= floor
        or matcher.score(item.leaf.problem.title, p.record.problem) >= rules.title_floor
        for p in item.precedents
    }
    kept: list[Source] = []
    for source in item.sources:
        if not admitted.get(source.record.id, floor <= 0):
            continue
        fitted = _fitted_source(context, source, len(kept) + 1)
        if fitted is None:
            continue
        if floor > 0:
            text = without_their_faults(fitted.text, ours_said, matcher, rules)
            if text is None:
                continue  # nothing but a promise to stop their fault
            fitted = replace(fitted, text=text)
            only, shared = matcher.theirs_only(ours, source.record.problem, fitted.text)
            if only > max(shared, rules.their_own * matcher.unseen):
                continue  # it answers what their problem named and ours did not
            if detailed and (foreign_topic(fitted.text, ours, rules) is not None or not shares_topic(fitted.text, ours, rules)):
                continue  # it deals with a matter our problem's facts do not name, or none they do
            if unmet_need(fitted.text, ours, rules) is not None:
                continue  # it answers a fault in particular that our problem does not show
        if subject.get(source.record.id, 0.0) >= rules.strong or matcher.score(ours, fitted.text) >= clause_floor:
            kept.append(fitted)
    return replace(item, sources=kept)


_SEGMENT = re.compile(r"(?<=[，,；;])")


def without_their_faults(
    text: str, ours_said: frozenset[str], matcher: SubjectMatcher, rules: FitRules | None = None
) -> str | None:
    """``text`` without its promises to stop a fault our problem (``ours_said``: its subject
    bigrams) does not name (杜绝党组会议和班子会议混开 under our 三重一大: its rarest word is
    not ours, nor half of what it says), None when nothing else is left."""
    rules = rules or fit_rules()
    segments = _SEGMENT.split(text)
    kept = []
    for segment in segments:
        core = segment.strip("，,；;。 ")
        if rules.prohibition.search(core) and not rules.any_fault.search(core):
            said = matcher.subject_bigrams(rules.prohibition.sub("", core))  # what is stopped
            weight = {g: matcher.idf.get(g, matcher.unseen) for g in said}
            rarest = max(weight.values(), default=0.0)
            shared = sum(w for g, w in weight.items() if g in ours_said)
            if said and not any(weight[g] == rarest for g in said & ours_said) and shared < 0.5 * sum(weight.values()):
                continue
        kept.append(segment)
    if len(kept) == len(segments):
        return text
    out = "".join(kept).rstrip("，,；; 。")
    return out + "。" if len(out) >= 8 else None


def fitting_sentences(context: DraftingContext, sources: Sequence[Source]) -> list[Source]:
    """Section sentences (front matter, a report's next steps) that fit our unit, adapted
    and renumbered: the engines cite them, and the writer resolves, by these numbers."""
    out: list[Source] = []
    for source in sources:
        fitted = _fitted_source(context, source, len(out) + 1)
        if fitted is not None:
            out.append(fitted)
    return out


def profile_bonus(context: DraftingContext, record: PrecedentRecord) -> float:
    """A ranking bonus for a precedent of our kind of unit, level and sector (not a filter)."""
    theirs = context.source_profile(record.unit, record.kind)
    ours = context.profile
    bonus = 0.08 if theirs.kind == ours.kind else 0.0
    bonus += 0.04 if theirs.level is not None and theirs.level == ours.level else 0.0
    bonus += 0.04 if theirs.sector is not None and theirs.sector == ours.sector else 0.0
    return bonus


def corpus_kinds(context: DraftingContext) -> Counter[str]:
    """How many catalogued notices there are per kind of unit."""
    return Counter(
        context.source_profile(s.unit, s.kind).kind
        for s in context.corpus.sections.values()
        if s.unit
    )


def abstention(
    context: DraftingContext,
    key: str,
    fitting: int,
    *,
    own: int = 0,
    left: str | None = None,
    answered: bool = False,
) -> Finding:
    """The finding for an item with fewer than ``MIN_FITTING`` fitting measures; ``own``: the
    measures drafted for the feedback's own facts, ``left``: the placeholder that names the
    facts still open, where the engine left one, ``answered``: no fact is open and no
    placeholder was left (the finding says what the plan holds)."""
    profile = context.profile
    have = corpus_kinds(context).get(profile.kind, 0)
    if have == 0:
        lack = _("语料库中没有{kind}的整改通报").format(kind=profile.kind_label)
    else:
        lack = _("语料库中{kind}的整改通报只有{n}篇").format(kind=profile.kind_label, n=have)
    mark = _cut_placeholder(left) if left else MISSING_MEASURE
    if answered:
        message = _(
            "只找到{n}条贴合本单位和本问题的先例措施，未用不贴合的措施凑数；反馈的具体事实均已由{own}条针对性措施回应，未留待补充；{lack}"
        ).format(n=fitting, own=own, lack=lack)
    elif own:
        message = _(
            "只找到{n}条贴合本单位和本问题的先例措施，未用不贴合的措施凑数；另针对反馈的具体事实拟了{own}条措施，已留{mark}；{lack}"
        ).format(n=fitting, own=own, mark=mark, lack=lack)
    else:
        message = _("只找到{n}条贴合本单位和本问题的先例措施，未用不贴合的措施凑数，已留{mark}；{lack}").format(
            n=fitting, mark=mark, lack=lack)
    return finding(
        key,
        TOO_FEW,
        "warning",
        message,
        _("请结合本单位业务补写措施，或向语料库补充同类单位的整改通报"),
    )


def _cut_placeholder(text: str, most: int = 24) -> str:
    """A long placeholder as a finding names it: its opening, then ……】."""
    return text if len(text) <= most else text[: most - 1] + "……】"


def too_few_count(findings: Iterable[Finding]) -> int:
    """How many items were left with too few fitting measures."""
    return sum(1 for f in findings if f.check == TOO_FEW)
