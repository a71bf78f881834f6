"""Each catalogued notice's unit profile (``assistant.units``), stored beside the notice.

Worked out when a notice is stored, from its unit name, inspecting group and kind of
inspection (the same call the drafting context makes for our unit), so drafting and the
corpus views read it instead of guessing again. Catalogs made before the profiles existed
get theirs on first opening (:func:`backfill`), from the unit names they already hold.
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

from assistant.corpus.models import Notice
from assistant.units import Lexicon, UnitProfile, load_lexicon, profile_for

# Kept a separate, distinctly named step: other migrations may be added beside it.
MIGRATION = (
    "004_notice_unit_profiles",
    """
    CREATE TABLE unit_profiles (
        notice_id TEXT PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        level TEXT,
        sector TEXT,
        data TEXT NOT NULL
    );
    CREATE INDEX unit_profiles_kind ON unit_profiles(kind, level, sector);
    """,
)


def lexicon_for(catalog_path: Path) -> Lexicon:
    """The lexicon of the home the catalog belongs to (``<home>/vectorstore/catalog…``)."""
    return load_lexicon(catalog_path.parent.parent)


def notice_profile(
    unit: str | None, body: str | None, kind: str | None, lexicon: Lexicon
) -> UnitProfile | None:
    """The profile of a notice's unit; None when the notice names no unit."""
    if not unit:
        return None
    return profile_for(unit, inspection_body=body, inspection_kind=kind, lexicon=lexicon)


def _store(db: sqlite3.Connection, notice_id: str, profile: UnitProfile) -> None:
    db.execute(
        "INSERT OR REPLACE INTO unit_profiles VALUES (?,?,?,?,?)",
        (notice_id, profile.kind, profile.level, profile.sector, profile.model_dump_json()),
    )


def store(db: sqlite3.Connection, notice: Notice, lexicon: Lexicon) -> None:
    """Store the profile of a notice being inserted (inside the caller's transaction)."""
    profile = notice_profile(notice.unit, notice.inspecting_body, notice.kind, lexicon)
    if profile is not None:
        _store(db, notice.id, profile)


def backfill(db: sqlite3.Connection, lexicon: Lexicon) -> int:
    """Profiles for the notices that have none yet (an older catalog); how many were added."""
    rows = db.execute(
        "SELECT id, unit, inspecting_body, kind FROM notices "
        "WHERE unit IS NOT NULL AND unit != '' "
        "AND id NOT IN (SELECT notice_id FROM unit_profiles)"
    ).fetchall()
    if not rows:
        return 0
    db.execute("BEGIN IMMEDIATE")
    try:
        for notice_id, unit, body, kind in rows:
            profile = notice_profile(unit, body, kind, lexicon)
            if profile is not None:
                _store(db, notice_id, profile)
    except BaseException:
        db.execute("ROLLBACK")
        raise
    db.execute("COMMIT")
    return len(rows)


def read(db: sqlite3.Connection, notice_id: str) -> UnitProfile | None:
    row = db.execute("SELECT data FROM unit_profiles WHERE notice_id = ?", (notice_id,)).fetchone()
    return UnitProfile.model_validate_json(row[0]) if row else None


def read_all(db: sqlite3.Connection) -> dict[str, UnitProfile]:
    """Every stored profile, by notice id."""
    return {
        notice_id: UnitProfile.model_validate_json(data)
        for notice_id, data in db.execute("SELECT notice_id, data FROM unit_profiles")
    }


def counts(db: sqlite3.Connection) -> dict[str, dict[str, int]]:
    """Notices per kind of unit, level and sector of the unit (``corpus stats``)."""
    rows = db.execute("SELECT kind, level, sector FROM unit_profiles").fetchall()

    def count(i: int) -> dict[str, int]:
        return dict(Counter(r[i] or "unknown" for r in rows).most_common())

    return {"unit_kinds": count(0), "unit_levels": count(1), "unit_sectors": count(2)}
