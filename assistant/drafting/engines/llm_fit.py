"""What the LLM engine tells the model about our unit, and the fit check on its answers.

The model gets our unit's profile (kind, organ, level, head and deputy, what its sub-units
are called, the committee above it) and the words of the retrieved precedents that do not
fit us (``units.misfits`` after ``map_to_ours``). Its answer passes the same check as a
precedent clause: a measure (or a front-matter sentence) with such a word is removed and
reported as a finding, never kept silently; the plan then leaves an item with too few
measures visibly open (``fit.MIN_FITTING``).
"""

from __future__ import annotations

from collections.abc import Iterable

from assistant.drafting.context import DraftingContext
from assistant.drafting.engines.protocol import FrontMatterDraft, ItemDraft
from assistant.drafting.fit import text_fault
from assistant.drafting.guards import strip_markers
from assistant.drafting.models import Finding, finding
from assistant.drafting.sources import sentences
from assistant.i18n import N_, _
from assistant.index.precedents import Precedent
from assistant.units import LEVEL_LABELS, UnitProfile, map_to_ours, misfits

MAX_AVOID = 40  # words listed in a prompt; more only lengthen it
REMOVED = "fit_removed"


def unit_brief(profile: UnitProfile) -> str:
    """Our unit as the prompt describes it, one line."""
    parts = [
        f"单位类型：{LEVEL_LABELS.get(profile.level or '', '')}{profile.kind_label}",
        f"党组织：{profile.organ}",
        f"上级党委：{profile.superior or '（不明）'}",
        f"主要负责人称“{profile.head}”，副职称“{profile.deputy}”",
        f"内设机构称“{'、'.join(profile.subunits) or '内设机构'}”",
        f"所属领域：{profile.sector or '（不明）'}",
        f"本次为{profile.inspection_kind}",
    ]
    return "；".join(parts)


def avoid_words(context: DraftingContext, precedents: Iterable[Precedent]) -> str:
    """The precedents' words that do not fit us, even after mapping them to our unit."""
    words: dict[str, None] = {}
    for precedent in precedents:
        record = precedent.record
        theirs = context.source_profile(record.unit, record.kind)
        for clause in record.clauses or [record.measures]:
            mapped = map_to_ours(clause, theirs, context.profile, lexicon=context.lexicon)
            for misfit in misfits(mapped.text, context.profile, lexicon=context.lexicon, own_text=context.own_text):
                words.setdefault(misfit.word, None)
                if len(words) >= MAX_AVOID:
                    return "、".join(words)
    return "、".join(words)


def _fault(context: DraftingContext, text: str) -> str | None:
    # names of other units and places are the name guard's to scrub (the plan runs it next)
    plain = context.guard.scrub(strip_markers(text)[0])[0]
    found = text_fault(context, plain)
    return found[1] if found else None


def guard_item(context: DraftingContext, key: str, draft: ItemDraft) -> tuple[ItemDraft, list[Finding]]:
    """The draft without the measures that do not fit our unit, and a finding for each."""
    kept = []
    findings: list[Finding] = []
    for i, measure in enumerate(draft.measures, 1):
        fault = _fault(context, measure.text)
        if fault is None:
            kept.append(measure)
            continue
        findings.append(
            finding(
                key,
                REMOVED,
                "warning",
                _("模型写出的第{i}条措施不适合本单位，已删去（{fault}）").format(i=i, fault=fault),
                _("结合本单位实际补写措施"),
            )
        )
    return draft.model_copy(update={"measures": kept}), findings


def guard_front(context: DraftingContext, draft: FrontMatterDraft) -> tuple[FrontMatterDraft, list[Finding]]:
    """The front matter without the sentences that do not fit our unit, and a finding each."""
    findings: list[Finding] = []
    update: dict[str, str] = {}
    for name, label in (("guiding", N_("指导思想")), ("organisation", N_("组织领导")), ("requirements", N_("工作要求"))):
        kept = []
        for sentence in sentences(getattr(draft, name)):
            fault = _fault(context, sentence)
            if fault is None:
                kept.append(sentence)
            else:
                findings.append(
                    finding(
                        None,
                        REMOVED,
                        "warning",
                        _("模型写出的{label}中有一句不适合本单位，已删去（{fault}）").format(
                            label=_(label), fault=fault),
                        _("按本单位实际补写"),
                    )
                )
        update[name] = "".join(kept)
    return draft.model_copy(update=update), findings
