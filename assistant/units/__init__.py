"""Unit profiles: who the user's unit is, and which words of a precedent fit it.

Issue 14's foundation. Everything is driven by data (``kinds.toml``, ``levels.toml``,
``regions.toml``, ``sector_words.toml`` beside this module), which a user extends from
``<RECTIFY_HOME>/rules/units/*.toml`` (tables merged key by key, lists joined, user first).

Public API::

    lexicon = load_lexicon(settings.home)              # shipped + user tables (cached)
    ours = profile_for("中共青山县农业农村局党组",
                       inspection_body="县委第三巡察组",   # → superior 县委, level county
                       inspection_kind="巡察",            # else from the body / the level
                       province=None,                    # when the name does not say
                       lexicon=lexicon)                  # -> UnitProfile (frozen pydantic)
    source = profile_for(notice.unit, inspection_body=notice.inspecting_body,
                         inspection_kind=notice.kind, lexicon=lexicon)
    mapped = map_to_ours(measure_text, source, ours, lexicon=lexicon)
    mapped.text, mapped.replacements                     # Replacement(old, new, start, end)
    for m in misfits(mapped.text, ours, lexicon=lexicon):   # Misfit(kind, word, start, end,
        ...                                              #        reason, hint) in Chinese

Integration notes:

* drafting: build ``ours`` once per feedback (the DraftingContext holds it) and a source
  profile per precedent notice; map every clause with :func:`map_to_ours` first, then drop
  (or flag) a clause whose :func:`misfits` is not empty. ``Replacement`` spans index the
  ORIGINAL text, for the review page.
* catalog: :class:`UnitProfile` is JSON-serialisable (``model_dump_json``) and can be stored
  per notice at parse time; ``kind``, ``level`` and ``sector`` are the columns worth indexing
  for "prefer precedents of the same kind/level/sector".
* review: ``Misfit.kind`` is one of role, subunit, sector, level, region, tour; ``reason`` and
  ``hint`` are finished Chinese sentences for a finding.
* errors: a broken user table raises :class:`assistant.errors.InputError` naming the file.
"""

from assistant.units.fit import Misfit, misfits
from assistant.units.lexicon import Lexicon, load_lexicon
from assistant.units.mapping import Mapped, Replacement, map_to_ours
from assistant.units.profile import (
    LEVEL_LABELS,
    UnitProfile,
    profile_for,
    with_own_head,
    with_own_subunits,
)

__all__ = [
    "LEVEL_LABELS",
    "Lexicon",
    "Mapped",
    "Misfit",
    "Replacement",
    "UnitProfile",
    "load_lexicon",
    "map_to_ours",
    "misfits",
    "profile_for",
    "with_own_head",
    "with_own_subunits",
]
