"""The unit lexicon: the shipped TOML tables merged with the user's own.

The shipped tables live beside this module (``kinds.toml``, ``levels.toml``, ``regions.toml``,
``sector_words.toml``). A user adds or overrides entries in ``<home>/rules/units/*.toml``
(any of the same top-level keys): tables are merged key by key, lists are joined with the
user's items first (so a user's ``[[detect]]`` rule wins over a shipped one).
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

from assistant.errors import InputError
from assistant.i18n import _

SHIPPED = ("kinds.toml", "levels.toml", "regions.toml", "sector_words.toml")
USER_DIR = Path("rules") / "units"
LEVELS = ("central", "province", "city", "county", "township")


@dataclass(frozen=True)
class KindSpec:
    key: str
    label: str
    organ: str
    head: str
    deputy: str
    short: str | None
    heads: dict[str, str]
    shorts: dict[str, str]
    organs: dict[str, str]
    subunits: dict[str, tuple[str, ...]]
    words: tuple[str, ...]
    # words a unit of this kind says only of itself (全院, 院内, 科教科): a unit of its
    # sector that is not of this kind (a blood centre, a CDC) speaks of hospitals, not as one
    self_words: tuple[str, ...] = ()
    # sub-units by how the name ends, whatever the level: a city's 职业技术学院 has 二级学院
    # and 处室, not a middle school's 年级组
    named_subunits: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words that a unit whose name ends so never says of itself (初三 and 中考 in a 小学)
    named_misfits: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # offices that units of this kind name differently (财管办, 财政所, 财政办): one fits only
    # when our own feedback names it
    own_offices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Power:
    """A body or power that only fits some kinds/levels: those a ``fits`` token names (kind,
    @level, kind@level; "" = every unit) and no ``unfit`` token names."""

    pattern: re.Pattern[str]
    fits: tuple[str, ...]
    why: str
    unfit: tuple[str, ...] = ()


@dataclass(frozen=True)
class Province:
    name: str
    names: tuple[str, ...]
    abbr: str
    abbr_ambiguous: bool
    context: tuple[str, ...]
    cities: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    detect: tuple[tuple[str, re.Pattern[str]], ...]
    kinds: dict[str, KindSpec]
    subunit_words: tuple[str, ...]
    shorts_compounds: tuple[str, ...]
    committees: dict[str, str]
    divisions: dict[str, str]
    discipline: dict[str, tuple[str, ...]]
    powers: tuple[Power, ...]
    provinces: dict[str, Province]
    abbr_context: tuple[str, ...]
    unit_suffixes: tuple[str, ...]
    county_level_cities: frozenset[str]
    sector_words: dict[str, frozenset[str]]
    sector_notes: dict[str, str]
    any_sector_kinds: frozenset[str]
    kind_sectors: dict[str, frozenset[str]]  # the sectors a kind of unit works in besides its own
    allow: tuple[str, ...]
    sector_kinds: dict[str, frozenset[str]]  # a sector's units speak of these kinds ("*" = all)
    body_organs: tuple[str, ...] = ()  # another unit's organ after its name ([bodies])
    areas: tuple[str, ...] = ()  # names ending in a division word that are no division (保护区)
    body_kinds: frozenset[str] = frozenset()

    @cached_property
    def detect_at_end(self) -> tuple[tuple[str, re.Pattern[str]], ...]:
        """The [[detect]] rules of [bodies] kinds, matching a name that ends the text."""
        return tuple(
            (key, re.compile(f"(?:{pattern.pattern})$"))
            for key, pattern in self.detect
            if key in self.body_kinds
        )

    @cached_property
    def role_owners(self) -> dict[str, frozenset[str]]:
        """Each kind-bound role or body word, with the kinds it belongs to."""
        owners: dict[str, set[str]] = {}
        for spec in self.kinds.values():
            for word in (*spec.words, *spec.self_words):
                owners.setdefault(word, set()).add(spec.key)
        return {w: frozenset(k) for w, k in owners.items()}

    @cached_property
    def self_words(self) -> frozenset[str]:
        """Role words no unit of another kind says, whatever its sector."""
        return frozenset(w for spec in self.kinds.values() for w in spec.self_words)

    @cached_property
    def region_owners(self) -> dict[str, str]:
        """Each region word (name, slogan, city, 来陕…), with its province ("" = unknown)."""
        owner: dict[str, str] = {}
        for province in self.provinces.values():
            words = [*province.names, *province.context, *province.cities]
            if not province.abbr_ambiguous:
                words += [c.format(a=province.abbr) for c in self.abbr_context]
            for word in words:
                owner.setdefault(word, province.name)
        for city in self.county_level_cities:
            for suffix in self.unit_suffixes:
                if suffix.startswith("市"):
                    owner.setdefault(city + suffix, self.province_of(city) or "")
        return owner

    @cached_property
    def place_words(self) -> tuple[str, ...]:
        words = set(self.county_level_cities)
        for province in self.provinces.values():
            words |= {*province.names, *province.cities}
        return tuple(sorted(words, key=len, reverse=True))

    def kind(self, key: str) -> KindSpec:
        return self.kinds.get(key) or self.kinds["other"]

    def province_of(self, place: str) -> str | None:
        """The province a place stem or name belongs to, if the tables know it."""
        for province in self.provinces.values():
            if place in province.names or place == province.name:
                return province.name
            if any(place == c or place.startswith(c) for c in province.cities):
                return province.name
        return None


@lru_cache(maxsize=512)
def word_pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """One regular expression finding any of ``words``, the longest first at each position."""
    ordered = sorted((w for w in words if w), key=len, reverse=True)
    return re.compile("|".join(re.escape(w) for w in ordered)) if ordered else None


def merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    """Tables merged key by key; lists joined, extra's items first and no duplicates."""
    out = dict(base)
    for key, value in extra.items():
        old = out.get(key)
        if isinstance(old, dict) and isinstance(value, dict):
            out[key] = merge(old, value)
        elif isinstance(old, list) and isinstance(value, list):
            joined: list[Any] = []
            for item in [*value, *old]:
                if item not in joined:
                    joined.append(item)
            out[key] = joined
        else:
            out[key] = value
    return out


def read_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(
            _("无法读取词表文件：{error}").format(error=exc), where=path, hint=_("检查文件是否存在、是否为 UTF-8 编码")
        ) from exc
    except tomllib.TOMLDecodeError as exc:
        raise InputError(
            _("词表文件不是合法的 TOML：{error}").format(error=exc),
            where=path,
            hint=_("按 assistant/units/*.toml 的格式改正后重试"),
        ) from exc


def user_files(home: Path | None, folder_name: Path = USER_DIR) -> tuple[Path, ...]:
    """The user's own rule files under ``home`` (``rules/units`` unless told)."""
    if home is None:
        return ()
    folder = home / folder_name
    return tuple(sorted(folder.glob("*.toml"))) if folder.is_dir() else ()


Stamp = tuple[tuple[str, int], ...]
T = TypeVar("T")


def files_stamp(home: Path | None, folder_name: Path = USER_DIR) -> Stamp:
    """The user's rule files under ``home`` with their modification times: the key of a
    cache that must change when one of them does."""
    return tuple((str(p), p.stat().st_mtime_ns) for p in user_files(home, folder_name))


def with_user_tables(raw: dict[str, Any], stamp: Stamp) -> dict[str, Any]:
    """The shipped tables ``raw`` with the user's files of ``stamp`` merged in (``merge``)."""
    for path, _mtime in stamp:
        raw = merge(raw, read_toml(Path(path)))
    return raw


def built_rules(make: Callable[[dict[str, Any]], T], raw: dict[str, Any], *, where: Path | str, error: str, hint: str) -> T:
    """``make(raw)``, a table that does not make rules (a key missing, a pattern that does not
    compile) turned into an ``InputError`` naming ``where``; ``error`` has an ``{error}`` field."""
    try:
        return make(raw)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise InputError(error.format(error=repr(exc)), where=where, hint=hint) from exc


def shipped_rules(
    make: Callable[[dict[str, Any]], T],
    package: str,
    name: str,
    home: str | None,
    user_dir: Path,
    stamp: Stamp,
    *,
    error: str,
    hint: str,
) -> T:
    """``make`` of the data file ``name`` shipped in ``package`` with the user's files of
    ``stamp`` (under ``<home>/<user_dir>``) merged in; an error names the user's folder, or
    the shipped file when there is no home."""
    shipped = resources.files(package).joinpath(name).read_text("utf-8")
    where = Path(home) / user_dir if home else f"{package.replace('.', '/')}/{name}"
    return built_rules(make, with_user_tables(tomllib.loads(shipped), stamp), where=where, error=error, hint=hint)


def raw_tables(home: Path | None = None) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for name in SHIPPED:
        text = resources.files("assistant.units").joinpath(name).read_text("utf-8")
        data = merge(data, tomllib.loads(text))
    for path in user_files(home):
        data = merge(data, read_toml(path))
    return data


def load_lexicon(home: Path | None = None) -> Lexicon:
    """The lexicon for a home folder (``None`` = shipped tables only); cached per file state."""
    return _load(str(home) if home else None, files_stamp(home))


@lru_cache(maxsize=8)
def _load(home: str | None, stamp: Stamp) -> Lexicon:
    return built_rules(
        build,
        raw_tables(Path(home) if home else None),
        where=Path(home) / USER_DIR if home else "assistant/units",
        error=_("词表内容有误：{error}"),
        hint=_("每个 [kinds.X] 需要 label/organ/head/deputy；[[detect]] 需要 kind 与 pattern；[[powers]] 需要 pattern、why 以及 fits 或 unfit"),
    )


def _power(entry: dict[str, Any]) -> Power:
    """A [[powers]] entry; one with ``unfit`` alone fits every other unit (KeyError: neither)."""
    fits = _strs(entry["fits"]) if "fits" in entry or "unfit" not in entry else ("",)
    return Power(re.compile(str(entry["pattern"])), fits, str(entry["why"]), _strs(entry.get("unfit")))


def _strs(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or []))


def _kind(key: str, raw: dict[str, Any]) -> KindSpec:
    return KindSpec(
        key=key,
        label=str(raw["label"]),
        organ=str(raw["organ"]),
        head=str(raw["head"]),
        deputy=str(raw["deputy"]),
        short=raw.get("short"),
        heads={str(k): str(v) for k, v in raw.get("heads", {}).items()},
        shorts={str(k): str(v) for k, v in raw.get("shorts", {}).items()},
        organs={str(k): str(v) for k, v in raw.get("organs", {}).items()},
        subunits={lvl: _strs(v) for lvl, v in raw.get("subunits", {}).items()},
        words=_strs(raw.get("words")),
        self_words=_strs(raw.get("self_words")),
        named_subunits={str(k): _strs(v) for k, v in raw.get("named_subunits", {}).items()},
        named_misfits={str(k): _strs(v) for k, v in raw.get("named_misfits", {}).items()},
        own_offices=_strs(raw.get("own_offices")),
    )


def build(data: dict[str, Any]) -> Lexicon:
    kinds = {key: _kind(key, raw) for key, raw in data["kinds"].items()}
    detect = tuple((str(r["kind"]), re.compile(str(r["pattern"]))) for r in data["detect"])
    for key, _pattern in detect:
        if key not in kinds:
            raise ValueError(f"[[detect]] names unknown kind {key!r}")
    sector_words: dict[str, set[str]] = {}
    notes: dict[str, str] = {}
    for sector, raw in data.get("sectors", {}).items():
        for word in _strs(raw.get("words")):
            sector_words.setdefault(word, set()).add(str(sector))
        notes.update({str(k): str(v) for k, v in raw.get("notes", {}).items()})
    provinces = {
        str(name): Province(
            name=str(name),
            names=_strs(raw.get("names")),
            abbr=str(raw.get("abbr", "")),
            abbr_ambiguous=bool(raw.get("abbr_ambiguous", False)),
            context=_strs(raw.get("context")),
            cities=_strs(raw.get("cities")),
        )
        for name, raw in data.get("provinces", {}).items()
    }
    return Lexicon(
        detect=detect,
        kinds=kinds,
        subunit_words=_strs(data.get("subunit_words", {}).get("words")),
        shorts_compounds=_strs(data.get("shorts_compounds", {}).get("words")),
        committees={str(k): str(v) for k, v in data.get("committees", {}).items()},
        divisions={str(k): str(v) for k, v in data.get("divisions", {}).items()},
        discipline={str(k): _strs(v) for k, v in data.get("discipline", {}).items()},
        powers=tuple(_power(p) for p in data.get("powers", [])),
        provinces=provinces,
        abbr_context=_strs(data.get("abbr_context")),
        unit_suffixes=_strs(data.get("unit_suffixes")),
        county_level_cities=frozenset(_strs(data.get("county_level_cities"))),
        sector_words={w: frozenset(s) for w, s in sector_words.items()},
        sector_notes=notes,
        any_sector_kinds=frozenset(_strs(data.get("any_sector_kinds"))),
        kind_sectors={str(k): frozenset(_strs(v)) for k, v in data.get("kind_sectors", {}).items()},
        allow=_strs(data.get("allow")),
        sector_kinds={str(k): frozenset(_strs(v)) for k, v in data.get("sector_kinds", {}).items()},
        body_organs=_strs(data.get("bodies", {}).get("organs")),
        body_kinds=frozenset(_strs(data.get("bodies", {}).get("kinds"))),
        areas=_strs(data.get("areas", {}).get("words")),
    )
