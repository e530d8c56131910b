"""Versioned schema changes. Never edit a released migration: add a new one."""
from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

MIGRATION_SET = "customsdesk"
migrations = Migrations(MIGRATION_SET)


@migrations(name="001_organisations_guarantees")
def initial_schema(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE organisations (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            eori TEXT NOT NULL,
            branch TEXT NOT NULL DEFAULT '0000',
            street TEXT NOT NULL DEFAULT '',
            postcode TEXT NOT NULL DEFAULT '',
            city TEXT NOT NULL DEFAULT '',
            country TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            is_principal INTEGER NOT NULL DEFAULT 1,
            is_representative INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX organisations_name ON organisations(name COLLATE NOCASE);

        CREATE TABLE comm_params (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            administration TEXT NOT NULL,
            environment TEXT NOT NULL,
            eori TEXT NOT NULL DEFAULT '',
            ncts_permit_number TEXT NOT NULL DEFAULT '',
            gateway TEXT NOT NULL DEFAULT ''
        );

        CREATE TABLE guarantees (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            type TEXT NOT NULL,
            grn TEXT NOT NULL DEFAULT '',
            grn_override INTEGER NOT NULL DEFAULT 0,
            other_ref TEXT NOT NULL DEFAULT '',
            office TEXT NOT NULL DEFAULT '',
            amount TEXT,
            currency TEXT NOT NULL DEFAULT '',
            params_id INTEGER REFERENCES comm_params(id) ON DELETE SET NULL,
            description TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX guarantees_org ON guarantees(org_id);
        CREATE INDEX guarantees_grn ON guarantees(grn);

        CREATE TABLE code_lists (
            list_name TEXT NOT NULL,
            code TEXT NOT NULL,
            language TEXT NOT NULL DEFAULT 'EN',
            description TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'valid',
            active_from TEXT,
            PRIMARY KEY (list_name, code, language)
        );

        CREATE TABLE customs_offices (
            id TEXT PRIMARY KEY,
            country TEXT NOT NULL,
            roles TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL DEFAULT 'valid',
            active_from TEXT,
            phone TEXT NOT NULL DEFAULT ''
        );
        CREATE TABLE customs_office_names (
            office_id TEXT NOT NULL REFERENCES customs_offices(id) ON DELETE CASCADE,
            language TEXT NOT NULL,
            name TEXT NOT NULL,
            PRIMARY KEY (office_id, language)
        );
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


@migrations(name="002_access_codes_answers_imports")
def access_codes_answers_imports(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE access_codes (
            id INTEGER PRIMARY KEY,
            guarantee_id INTEGER NOT NULL REFERENCES guarantees(id) ON DELETE CASCADE,
            owner TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('pac', 'new_pac', 'spk')),
            position INTEGER NOT NULL DEFAULT 0,
            sealed BLOB NOT NULL
        );
        CREATE INDEX access_codes_guarantee ON access_codes(guarantee_id, owner, kind, position);

        ALTER TABLE guarantees ADD COLUMN codes_registered_at TEXT;
        ALTER TABLE guarantees ADD COLUMN reference_amount TEXT;
        ALTER TABLE guarantees ADD COLUMN exposure TEXT;
        ALTER TABLE guarantees ADD COLUMN balance TEXT;
        ALTER TABLE guarantees ADD COLUMN usage_count INTEGER;
        ALTER TABLE guarantees ADD COLUMN currency_answer TEXT;
        ALTER TABLE guarantees ADD COLUMN valid_from TEXT;
        ALTER TABLE guarantees ADD COLUMN valid_to TEXT;
        ALTER TABLE guarantees ADD COLUMN restrictions TEXT;
        ALTER TABLE guarantees ADD COLUMN answered_at TEXT;
        ALTER TABLE guarantees ADD COLUMN last_error_code TEXT;
        ALTER TABLE guarantees ADD COLUMN last_error_text TEXT;

        ALTER TABLE comm_params ADD COLUMN branch TEXT NOT NULL DEFAULT '0000';
        ALTER TABLE comm_params ADD COLUMN participant_code TEXT NOT NULL DEFAULT '';

        CREATE TABLE reference_imports (
            id INTEGER PRIMARY KEY,
            file_name TEXT NOT NULL,
            snapshot_date TEXT,
            message_id TEXT,
            imported_at TEXT NOT NULL,
            lists INTEGER NOT NULL,
            offices INTEGER NOT NULL
        );
        """
    )


def migration_names() -> list[str]:
    """All migrations this version of the app knows, oldest first."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def latest_version() -> int:
    return len(migration_names())
