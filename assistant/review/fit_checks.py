"""Context fit: words in a draft that do not fit OUR unit, and measures that barely answer
the problem they stand under (issue 14).

The same profile and lexicon the drafting guards use (``DraftingContext.profile`` /
``.lexicon``), so review flags exactly what drafting would not have written:

* ``fit_role``    another kind of unit's role or body (院长, 主任办公会, 全厅 …) (error)
* ``fit_subunit`` a sub-unit we do not have (机关各处室 in a county bureau, 派出所 …) (error)
* ``fit_sector``  another sector's work (提案, 政协云, 神经外科 …) (warning)
* ``fit_level``   another level's bodies and powers (区委常委会, 纳入巡察重点 …) (error)
* ``fit_region``  another region (来陕考察, 一次办好 …) (error)
* ``fit_tour``    巡视 in a plan answering a 巡察, or the reverse (error)
* ``fit_organ``   another organ's meetings: 党委会 in a 党组's plan, 党组会议 in a 党委's (error)
* ``fit_place``   a named village or community the user never wrote (黄荆沟社区): the name
  guard leaves those alone (no gazetteer of towns), so review asks (warning)
* ``not_a_measure`` a measure that states a problem or tells what was already done
  (``measure_form.toml``) (warning)
* ``weak_fit``    the cited precedent's problem shares little with ours (warning): the
  drafting floor (``subject_fit`` and ``fit.toml``'s floor), so review and drafting agree
* ``too_few_fitting`` drafting left an item open for want of fitting precedents: carried
  over from the plan's own findings (warning)
"""

from __future__ import annotations

from collections.abc import Sequence

from assistant.drafting.fit import TOO_FEW
from assistant.drafting.hygiene import FitRules, fit_rules, measure_form, other_organ
from assistant.drafting.models import Finding, Plan, Severity, finding
from assistant.drafting.names.localities import local_places
from assistant.drafting.subject import SubjectMatcher
from assistant.review.texts import Text
from assistant.units import Lexicon, UnitProfile, misfits

# A signing office would send these back; another sector's word may be a shared topic.
_SEVERITY: dict[str, Severity] = {
    "role": "error",
    "subunit": "error",
    "level": "error",
    "region": "error",
    "tour": "error",
    "sector": "warning",
}
_WHERE = {"title": "标题", "goal": "整改目标", "leader": "责任领导", "department": "责任部门"}


def _where(where: str) -> str:
    if where.startswith("measure "):
        return f"第{where.removeprefix('measure ')}条措施"
    return _WHERE.get(where, where)


def check_fit(
    texts: Sequence[Text],
    profile: UnitProfile,
    lexicon: Lexicon,
    own_text: str = "",
    rules: FitRules | None = None,
) -> list[Finding]:
    """One finding per word of a draft that does not fit our unit (``own_text``: the
    feedback, whose words are the unit's own)."""
    findings: list[Finding] = []
    for t in texts:
        seen: set[tuple[str, str]] = set()
        for misfit in misfits(t.text, profile, lexicon=lexicon, own_text=own_text):
            if (misfit.kind, misfit.word) in seen:
                continue  # a word said three times in one measure is one thing to change
            seen.add((misfit.kind, misfit.word))
            findings.append(
                finding(
                    t.item,
                    f"fit_{misfit.kind}",
                    _SEVERITY[misfit.kind],
                    f"{_where(t.where)}中的“{misfit.word}”：{misfit.reason}",
                    misfit.hint,
                )
            )
    return findings + check_organ(texts, profile, rules)


def check_organ(texts: Sequence[Text], profile: UnitProfile, rules: FitRules | None = None) -> list[Finding]:
    """A plan of a 党组 that speaks of its 党委 (or the reverse): another unit's organ."""
    findings: list[Finding] = []
    for t in texts:
        word = other_organ(t.text, profile.organ, profile.level, rules)
        if word is not None:
            ours = profile.organ
            findings.append(
                finding(
                    t.item,
                    "fit_organ",
                    "error",
                    f"{_where(t.where)}中的“{word}”：本单位的党组织是{ours}，不是{word}",
                    f"改为“{ours}”或删去这一句",
                )
            )
    return findings


def check_places(texts: Sequence[Text], allowed: str) -> list[Finding]:
    """Named villages and communities the user did not write (another unit's locality)."""
    findings: list[Finding] = []
    for t in texts:
        for name in local_places(t.text, allowed):
            findings.append(
                finding(
                    t.item,
                    "fit_place",
                    "warning",
                    f"{_where(t.where)}中的“{name}”像是其他单位所在的村或社区",
                    "改为本单位实际的村（社区）名称，或删去",
                )
            )
    return findings


_FORM_LABEL = {"problem": "像是问题表述", "done": "像是已做的事或他单位的结果"}


def check_measure_form(texts: Sequence[Text]) -> list[Finding]:
    """Measures that state a problem or report what was done, not what we will do."""
    findings: list[Finding] = []
    for t in texts:
        if not t.where.startswith("measure "):
            continue
        form = measure_form(t.text)
        if form is not None:
            kind, words = form
            findings.append(
                finding(
                    t.item,
                    "not_a_measure",
                    "warning",
                    f"{_where(t.where)}{_FORM_LABEL[kind]}（“{words}”），不是本单位将要采取的措施",
                    "改写为本单位的整改措施（将……、建立……），或删去",
                )
            )
    return findings


def check_weak_fit(
    plan: Plan,
    subject: SubjectMatcher | None = None,
    floor: float | None = None,
    rules: FitRules | None = None,
) -> list[Finding]:
    """A measure whose every cited precedent answered a problem unlike ours (``subject``:
    the corpus's matcher, as drafting used it; uniform weights without one)."""
    rules = rules or fit_rules()
    floor = rules.floor if floor is None else floor
    subject = subject or SubjectMatcher.uniform(rules.generic)
    findings: list[Finding] = []
    for item in plan.items:
        ours = f"{item.problem}。{item.detail}"
        for i, measure in enumerate(item.measures, 1):
            cited = [c for n in measure.citations if (c := plan.citation(n)) is not None]
            if not cited:
                continue
            best = max(cited, key=lambda c: subject.score(ours, c.problem))
            score = subject.score(ours, best.problem)
            if score < floor:
                theirs = best.problem if len(best.problem) <= 30 else best.problem[:30] + "…"
                findings.append(
                    finding(
                        item.key,
                        "weak_fit",
                        "warning",
                        f"第{i}条措施引用的先例[{best.n}]针对的是“{theirs}”，与本问题关联很弱"
                        f"（主题相似度{score:.2f}，低于{floor:.2f}）",
                        "换成针对本问题的措施，或结合本单位业务重写",
                    )
                )
    return findings


def carried_too_few(plan: Plan) -> list[Finding]:
    """Items drafting left open for want of fitting precedents: the plan's own findings,
    written with their fix already (``fit.abstention``)."""
    return [f for f in plan.findings if f.check == TOO_FEW]
