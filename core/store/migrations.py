"""Versioned schema changes of a SQLite file. Never edit a released migration: add a new one."""
from __future__ import annotations

import contextlib
from collections.abc import Generator

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

from core.store import connection

MIGRATION_SET = "customsdesk"
migrations = Migrations(MIGRATION_SET)


class _MigratingDatabase(Database):
    """The file as the migrations are written against it (sqlite-utils), taking the write lock at once."""

    @contextlib.contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        with connection.Database(self.conn).atomic():
            yield self


def applied(db: connection.Database) -> list[str]:
    """The names of the migrations the file has had."""
    return [m.name for m in migrations.applied(_MigratingDatabase(db.conn))]


def pending(db: connection.Database) -> list[str]:
    return [m.name for m in migrations.pending(_MigratingDatabase(db.conn))]


def apply(db: connection.Database) -> None:
    migrations.apply(_MigratingDatabase(db.conn))


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


@migrations(name="003_messages_certificates")
def messages_certificates(db: Database) -> None:
    db.executescript(
        """
        CREATE TABLE messages (
            id INTEGER PRIMARY KEY,
            direction TEXT NOT NULL CHECK (direction IN ('out', 'in')),
            message_id TEXT,
            gateway_id TEXT,
            message_type TEXT NOT NULL DEFAULT '',
            kind TEXT NOT NULL DEFAULT '',
            state TEXT NOT NULL,
            params_id INTEGER REFERENCES comm_params(id) ON DELETE SET NULL,
            org_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            correlation_id TEXT,
            answer_to INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            xml BLOB,
            envelope BLOB,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at TEXT,
            sent_at TEXT,
            delivered_at TEXT,
            answered_at TEXT,
            receipt BLOB,
            result TEXT NOT NULL DEFAULT '',
            error_code TEXT,
            error_text TEXT,
            alerted_at TEXT,
            search_text TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX messages_out_id ON messages(message_id) WHERE direction = 'out';
        CREATE UNIQUE INDEX messages_gateway_id ON messages(gateway_id) WHERE gateway_id IS NOT NULL;
        CREATE INDEX messages_state ON messages(direction, state, next_attempt_at);
        CREATE INDEX messages_created ON messages(created_at, id);
        CREATE INDEX messages_correlation ON messages(correlation_id);

        CREATE TABLE message_records (
            message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            guarantee_id INTEGER REFERENCES guarantees(id) ON DELETE SET NULL,
            grn TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (message, position)
        );
        CREATE INDEX message_records_guarantee ON message_records(guarantee_id);
        CREATE INDEX message_records_grn ON message_records(grn);

        CREATE TABLE message_events (
            id INTEGER PRIMARY KEY,
            message INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
            at TEXT NOT NULL,
            state TEXT NOT NULL,
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX message_events_message ON message_events(message, id);

        CREATE TABLE guarantee_usages (
            guarantee_id INTEGER NOT NULL REFERENCES guarantees(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            mrn TEXT NOT NULL,
            amount TEXT NOT NULL,
            currency TEXT NOT NULL,
            lock_date TEXT NOT NULL,
            arrival TEXT,
            release_date TEXT,
            answer INTEGER REFERENCES messages(id) ON DELETE SET NULL,
            PRIMARY KEY (guarantee_id, position)
        );

        ALTER TABLE guarantees ADD COLUMN owner_answer TEXT;
        ALTER TABLE guarantees ADD COLUMN guarantee_amount_answer TEXT;
        ALTER TABLE guarantees ADD COLUMN usage_period TEXT;

        CREATE TABLE certificates (
            id INTEGER PRIMARY KEY,
            role TEXT NOT NULL CHECK (role IN ('participant', 'customs')),
            administration TEXT NOT NULL,
            environment TEXT NOT NULL,
            eori TEXT NOT NULL DEFAULT '',
            subject TEXT NOT NULL,
            serial TEXT NOT NULL,
            not_before TEXT NOT NULL,
            not_after TEXT NOT NULL,
            cert_pem TEXT NOT NULL,
            key_sealed BLOB,
            is_test INTEGER NOT NULL DEFAULT 0,
            added_at TEXT NOT NULL,
            replaced_at TEXT
        );
        CREATE INDEX certificates_lookup ON certificates(role, administration, environment, eori);
        """
    )
    db["messages"].enable_fts(["search_text"], create_triggers=True, tokenize="unicode61 remove_diacritics 2")


@migrations(name="004_users_representations_audit")
def users_representations_audit(db: Database) -> None:
    """Accounts with password-wrapped keys; access codes move to a table keyed by user (re-sealed at start)."""
    db.executescript(
        """
        CREATE TABLE users (
            id INTEGER PRIMARY KEY,
            login TEXT NOT NULL UNIQUE COLLATE NOCASE,
            full_name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            national_id TEXT NOT NULL DEFAULT '',
            role TEXT NOT NULL CHECK (role IN ('admin', 'officer', 'declarant')),
            level TEXT NOT NULL DEFAULT 'basic' CHECK (level IN ('basic', 'advanced')),
            identity_method TEXT NOT NULL DEFAULT '',
            identity_confirmed_on TEXT,
            password TEXT,
            wrapped_key BLOB NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_logins INTEGER NOT NULL DEFAULT 0,
            last_failed_at TEXT,
            created_at TEXT NOT NULL,
            password_changed_at TEXT
        );

        CREATE TABLE representations (
            id INTEGER PRIMARY KEY,
            org_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
            user_id INTEGER REFERENCES users(id) ON DELETE CASCADE,
            agency_id INTEGER REFERENCES organisations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('owner', 'employee', 'proxy')),
            basis TEXT NOT NULL DEFAULT '',
            rights TEXT NOT NULL CHECK (rights IN ('basic', 'extended')),
            valid_from TEXT NOT NULL,
            valid_to TEXT,
            changed_at TEXT NOT NULL,
            changed_by TEXT NOT NULL,
            CHECK ((user_id IS NULL) <> (agency_id IS NULL)),
            CHECK (agency_id IS NULL OR agency_id != org_id)
        );
        CREATE INDEX representations_user ON representations(user_id);
        CREATE INDEX representations_agency ON representations(agency_id);
        CREATE INDEX representations_org ON representations(org_id);

        CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL,
            user TEXT NOT NULL,
            action TEXT NOT NULL,
            org_id INTEGER,
            guarantee_id INTEGER,
            grn TEXT NOT NULL DEFAULT '',
            message_id TEXT NOT NULL DEFAULT '',
            detail TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX audit_log_at ON audit_log(at, id);
        CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;
        CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
            BEGIN SELECT RAISE(ABORT, 'the audit log cannot be changed'); END;

        ALTER TABLE access_codes RENAME TO access_codes_legacy;
        DROP INDEX access_codes_guarantee;
        CREATE TABLE access_codes (
            id INTEGER PRIMARY KEY,
            guarantee_id INTEGER NOT NULL REFERENCES guarantees(id) ON DELETE CASCADE,
            user_id INTEGER NOT NULL REFERENCES users(id) ON DELETE CASCADE,
            kind TEXT NOT NULL CHECK (kind IN ('pac', 'new_pac', 'spk')),
            position INTEGER NOT NULL DEFAULT 0,
            sealed BLOB NOT NULL
        );
        CREATE INDEX access_codes_guarantee ON access_codes(guarantee_id, user_id, kind, position);
        CREATE UNIQUE INDEX access_codes_one_pac ON access_codes(guarantee_id, kind) WHERE kind != 'spk';
        """
    )


@migrations(name="005_certificates_onboarding")
def certificates_onboarding(db: Database) -> None:
    """One active participant certificate per EORI (serving every administration and environment), customs
    certificates with the date they take effect, and the onboarding checklist per EORI and administration."""
    db.executescript(
        """
        ALTER TABLE certificates ADD COLUMN takes_effect TEXT;
        ALTER TABLE certificates ADD COLUMN added_by TEXT NOT NULL DEFAULT '';
        ALTER TABLE certificates ADD COLUMN file_format TEXT NOT NULL DEFAULT '';

        CREATE TABLE onboarding_steps (
            eori TEXT NOT NULL,
            administration TEXT NOT NULL,
            step TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'done', 'not_needed')),
            started_on TEXT,
            done_on TEXT,
            reference TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            changed_by TEXT NOT NULL DEFAULT '',
            changed_at TEXT NOT NULL,
            PRIMARY KEY (eori, administration, step)
        );

        -- What an outgoing message was sealed for, and its content sealed with its creator's key: a message
        -- waiting across a certificate change is sealed again for the certificates in effect when it is sent.
        ALTER TABLE messages ADD COLUMN sealed_for TEXT;
        ALTER TABLE messages ADD COLUMN content_sealed BLOB;
        """
    )
    # Participant certificates were kept per administration and environment: the newest of each EORI stays active.
    db.execute(
        """
        UPDATE certificates SET replaced_at = added_at
        WHERE role = 'participant' AND replaced_at IS NULL AND id NOT IN (
            SELECT max(id) FROM certificates WHERE role = 'participant' AND replaced_at IS NULL GROUP BY eori)
        """
    )
    db.execute("UPDATE certificates SET takes_effect = not_before WHERE role = 'customs'")


@migrations(name="006_message_claims_and_sources")
def message_claims_and_sources(db: Database) -> None:
    """Who is working on a message until when (so that two send-and-receive runs never send or apply it twice),
    and which gateway a delivery came from (gateways number their deliveries independently)."""
    db.executescript(
        """
        ALTER TABLE messages ADD COLUMN claimed_by TEXT;
        ALTER TABLE messages ADD COLUMN claimed_until TEXT;
        ALTER TABLE messages ADD COLUMN source TEXT;
        UPDATE messages SET source = (
            SELECT p.gateway || '|' || COALESCE(NULLIF(p.participant_code, ''), p.eori)
            FROM comm_params p WHERE p.id = messages.params_id)
        WHERE direction = 'in';
        DROP INDEX messages_gateway_id;
        CREATE UNIQUE INDEX messages_delivery ON messages(source, gateway_id)
            WHERE direction = 'in' AND gateway_id IS NOT NULL;
        """
    )


@migrations(name="007_summary_declarations")
def summary_declarations(db: Database) -> None:
    """ATLAS summary declarations: the header (the clerk's working copy and what customs accepted last, as JSON)
    and the positions of both copies as rows, so that 9,999 of them sort and filter in SQL."""
    db.executescript(
        """
        CREATE TABLE suma_declarations (
            id INTEGER PRIMARY KEY,
            params_id INTEGER REFERENCES comm_params(id) ON DELETE SET NULL,
            status TEXT NOT NULL DEFAULT 'none',
            mrn TEXT,
            working_header TEXT NOT NULL,
            accepted_header TEXT,
            manifest_key TEXT,
            last_error_code TEXT,
            last_error_text TEXT,
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX suma_declarations_manifest ON suma_declarations(manifest_key, status);

        CREATE TABLE suma_positions (
            declaration INTEGER NOT NULL REFERENCES suma_declarations(id) ON DELETE CASCADE,
            copy TEXT NOT NULL CHECK (copy IN ('working', 'accepted')),
            number INTEGER NOT NULL,
            specific_reference TEXT NOT NULL DEFAULT '',
            specific_reference_kind TEXT NOT NULL DEFAULT '',
            custodian_tin TEXT NOT NULL DEFAULT '',
            custodian_branch TEXT NOT NULL DEFAULT '',
            custody_place TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            package_kind TEXT NOT NULL DEFAULT '',
            packages INTEGER,
            gross_mass NUMERIC,
            customs_status TEXT NOT NULL DEFAULT '',
            confirmed INTEGER NOT NULL DEFAULT 0,
            error TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (declaration, copy, number)
        ) WITHOUT ROWID;

        -- Which declaration a message is about, and what it asked customs to do.
        CREATE TABLE suma_messages (
            message INTEGER PRIMARY KEY REFERENCES messages(id),
            declaration INTEGER NOT NULL REFERENCES suma_declarations(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            flag TEXT,
            positions TEXT NOT NULL,
            confirms TEXT NOT NULL,
            sent TEXT NOT NULL
        );
        CREATE INDEX suma_messages_declaration ON suma_messages(declaration);
        """
    )


@migrations(name="008_continuity")
def continuity(db: Database) -> None:
    """Outages and the business continuity plan: the incident log, the state of each gateway as the transport sees
    it, the movements handled on paper with their deadlines, the paper number ranges the office keeps, and the
    messages to send first when a gateway is back."""
    db.executescript(
        """
        CREATE TABLE incidents (
            id INTEGER PRIMARY KEY,
            kind TEXT NOT NULL CHECK (kind IN ('customs-planned', 'customs-unplanned', 'own-system', 'link')),
            state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('draft', 'open', 'closed')),
            start TEXT NOT NULL,
            expected_end TEXT,
            end TEXT,
            administration TEXT NOT NULL DEFAULT '',
            gateway TEXT NOT NULL DEFAULT '',
            eori TEXT NOT NULL DEFAULT '',
            cause TEXT NOT NULL DEFAULT '',
            ticket TEXT NOT NULL DEFAULT '',
            confirmed TEXT CHECK (confirmed IN ('yes', 'no', 'refused')),
            notes TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        );
        CREATE INDEX incidents_start ON incidents(start);

        CREATE TABLE gateway_status (
            source TEXT PRIMARY KEY,
            gateway TEXT NOT NULL,
            failures INTEGER NOT NULL DEFAULT 0,
            down_since TEXT,
            incident INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
            last_error TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        );

        CREATE TABLE bcp_number_ranges (
            id INTEGER PRIMARY KEY,
            office TEXT NOT NULL,
            prefix TEXT NOT NULL DEFAULT '',
            first INTEGER NOT NULL,
            last INTEGER NOT NULL,
            next INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            CHECK (first <= last AND next >= first)
        );

        CREATE TABLE bcp_movements (
            id INTEGER PRIMARY KEY,
            document_kind TEXT NOT NULL CHECK (document_kind IN ('TAD', 'BCP-TAD')),
            document_number TEXT NOT NULL UNIQUE,
            office_departure TEXT NOT NULL DEFAULT '',
            office_destination TEXT NOT NULL,
            country TEXT NOT NULL,
            region TEXT NOT NULL DEFAULT '',
            taken_over_at TEXT NOT NULL,
            deadline TEXT NOT NULL,
            presented_at TEXT,
            incident INTEGER REFERENCES incidents(id) ON DELETE SET NULL,
            notes TEXT NOT NULL DEFAULT '',
            created_by TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL
        );
        CREATE INDEX bcp_movements_deadline ON bcp_movements(deadline, presented_at);

        -- "Send immediately after resumption" (unloading remarks): these go first when a gateway is back.
        ALTER TABLE messages ADD COLUMN urgent INTEGER NOT NULL DEFAULT 0;
        """
    )



@migrations(name="009_message_indexes")
def message_indexes(db: Database) -> None:
    """The message search index follows changes of the searched text only, not every change of state or claim; an
    answer's message identification is found without reading all answers."""
    db.executescript(
        """
        DROP TRIGGER IF EXISTS messages_au;
        CREATE TRIGGER messages_au AFTER UPDATE OF search_text ON messages BEGIN
          INSERT INTO messages_fts (messages_fts, rowid, search_text) VALUES('delete', old.rowid, old.search_text);
          INSERT INTO messages_fts (rowid, search_text) VALUES (new.rowid, new.search_text);
        END;
        CREATE INDEX messages_in_id ON messages(message_id) WHERE direction = 'in';
        """
    )


@migrations(name="010_record_wording")
def record_wording(db: Database) -> None:
    """A message's result, each step of its history, each audit entry and a gateway's last error keep their wording
    (see core.wording) beside the English text, so that every reader sees them in their own language."""
    db.executescript(
        """
        ALTER TABLE messages ADD COLUMN result_wording TEXT;
        ALTER TABLE message_events ADD COLUMN wording TEXT;
        ALTER TABLE audit_log ADD COLUMN wording TEXT;
        ALTER TABLE gateway_status ADD COLUMN last_error_wording TEXT;
        """
    )


def migration_names() -> list[str]:
    """All migrations this version of the app knows, oldest first."""
    return [m.name for m in migrations.pending(Database(memory=True))]


def latest_version() -> int:
    """The schema's version once every migration and schema change is done (see core.store.evolution)."""
    from core.store.evolution import LATEST, version_of

    return version_of(LATEST)
