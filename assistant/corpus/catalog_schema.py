"""The catalog's schema as named migrations: each runs once, in order, and is recorded in
``migrations`` (``assistant.migrations.migrate``). Append; never edit one that has shipped."""

from __future__ import annotations

from assistant.corpus import unit_profiles

MIGRATIONS: list[tuple[str, str]] = [
    (
        "001_notices_items_sources",
        """
        CREATE TABLE notices (
            id TEXT PRIMARY KEY,
            title TEXT, unit TEXT, kind TEXT, level TEXT, sector TEXT,
            inspecting_body TEXT, round TEXT,
            publication_date TEXT, feedback_date TEXT, year INTEGER,
            item_count INTEGER NOT NULL,
            data TEXT NOT NULL,
            added_at TEXT NOT NULL
        );
        CREATE TABLE items (
            notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            section TEXT NOT NULL,
            path TEXT NOT NULL,
            problem TEXT NOT NULL,
            measures TEXT NOT NULL,
            clauses TEXT NOT NULL,
            PRIMARY KEY (notice_id, key)
        );
        CREATE TABLE sources (
            notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            file TEXT NOT NULL,
            start_line INTEGER NOT NULL,
            end_line INTEGER NOT NULL,
            added_at TEXT NOT NULL,
            PRIMARY KEY (notice_id, file, start_line)
        );
        CREATE INDEX items_notice ON items(notice_id);
        CREATE INDEX sources_file ON sources(file);
        """,
    ),
    (
        # Corpus refresh: a source row says how its text relates to the notice (its own
        # text, an exact or near duplicate, an older version) and where a page came from;
        # MinHash signatures let `corpus add` find near-duplicates without re-reading texts.
        # Rows of catalogs made before: the first source of a notice is its original, the
        # others were exact duplicates ('new source').
        "002_source_relations_and_signatures",
        """
        ALTER TABLE sources ADD COLUMN relation TEXT NOT NULL DEFAULT 'original';
        ALTER TABLE sources ADD COLUMN parsed_id TEXT;
        ALTER TABLE sources ADD COLUMN similarity REAL;
        ALTER TABLE sources ADD COLUMN url TEXT;
        ALTER TABLE sources ADD COLUMN fetched_at TEXT;
        UPDATE sources SET parsed_id = notice_id;
        UPDATE sources SET relation = 'exact', similarity = 1.0
            WHERE rowid NOT IN (SELECT MIN(rowid) FROM sources GROUP BY notice_id);
        CREATE TABLE signatures (
            notice_id TEXT PRIMARY KEY REFERENCES notices(id) ON DELETE CASCADE,
            params TEXT NOT NULL,
            minhash BLOB NOT NULL
        );
        CREATE INDEX sources_span ON sources(file, start_line);
        """,
    ),
    (
        # Further-rectification entries (unfinished problems with reason and deadline) are
        # kept apart from items: they are not measures and never become precedents.
        # Catalogs made before hold none until `corpus rebuild` re-parses their sources.
        "003_further_entries",
        """
        CREATE TABLE further (
            notice_id TEXT NOT NULL REFERENCES notices(id) ON DELETE CASCADE,
            key TEXT NOT NULL,
            path TEXT NOT NULL,
            problem TEXT NOT NULL,
            reason TEXT NOT NULL,
            deadline TEXT NOT NULL,
            PRIMARY KEY (notice_id, key)
        );
        CREATE INDEX further_notice ON further(notice_id);
        """,
    ),
    unit_profiles.MIGRATION,
]
