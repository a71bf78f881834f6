"""Measure types: the kinds of action a measure takes, from a keyword table.

The table (``measure_types.toml`` beside this module) is the whole classifier, so anyone
can read why a text got a type. ``type_recall`` is the share of the published item's types
the draft also has; ``type_precision`` the share of the draft's types the published item
has (reported beside recall, since a longer draft gains recall by naming more kinds).
"""

from __future__ import annotations

import tomllib
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from assistant.drafting.guards import strip_markers
from assistant.errors import ConfigError
from assistant.i18n import _

RESOURCE = "measure_types.toml"


@dataclass(frozen=True)
class MeasureType:
    key: str
    label: str
    keywords: tuple[str, ...]


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", strip_markers(text)[0]).lower()


def parse_types(text: str, where: str) -> list[MeasureType]:
    """The types of a TOML table; a malformed table is a ConfigError naming the entry."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(_("TOML 格式有误：{error}").format(error=e), where=where,
                          hint=_("请改正语法")) from None
    types: list[MeasureType] = []
    for i, raw in enumerate(data.get("type", []), 1):
        keywords = raw.get("keywords")
        if not raw.get("key") or not raw.get("label") or not keywords or set(raw) - {
            "key", "label", "keywords"
        }:
            raise ConfigError(
                _("措施类型 {i} 须恰好有 key、label 和非空的 keywords 列表").format(i=i),
                where=where,
                hint='e.g. key = "study", label = "学习教育", keywords = ["学习"]',
            )
        types.append(MeasureType(str(raw["key"]), str(raw["label"]), tuple(map(_fold, keywords))))
    if not types or len({t.key for t in types}) != len(types):
        raise ConfigError(_("缺少措施类型，或 key 重复"), where=where,
                          hint=_("每个 [[type]] 用各自的 key"))
    return types


@lru_cache(maxsize=1)
def measure_types() -> tuple[MeasureType, ...]:
    """The shipped table."""
    resource = resources.files("assistant.evaluation").joinpath(RESOURCE)
    return tuple(parse_types(resource.read_text(encoding="utf-8"), str(resource)))


def classify(text: str, types: tuple[MeasureType, ...] | None = None) -> frozenset[str]:
    """Keys of the types whose keywords occur in ``text``."""
    folded = _fold(text)
    return frozenset(
        t.key for t in (types or measure_types()) if any(k in folded for k in t.keywords)
    )


def type_recall(draft: frozenset[str], reference: frozenset[str]) -> float | None:
    """Share of the reference's types the draft has; None when the reference has none."""
    return len(draft & reference) / len(reference) if reference else None


def type_precision(draft: frozenset[str], reference: frozenset[str]) -> float | None:
    """Share of the draft's types the reference has; None when the draft has none."""
    return len(draft & reference) / len(draft) if draft else None
