"""The schema as a single workstation's SQLite file has it at migration 010, on an office's PostgreSQL server.

Made per engine beside the tables (core.store.schema lists them): case-insensitive ordering and a unique
login (a case-insensitive ICU collation named like SQLite's NOCASE, so queries read the same on both
engines), the message search (a tsvector kept by the server, with a GIN index) and the append-only audit log.
"""
from alembic import op

from core.store.schema import metadata

revision = "010"
down_revision = None
branch_labels = None
depends_on = None

LEGACY_ONLY = {"access_codes_legacy"}  # codes from before user accounts: never on a server


def upgrade() -> None:
    op.execute("CREATE COLLATION IF NOT EXISTS nocase (provider = icu, locale = 'und-u-ks-level2', "
               "deterministic = false)")
    metadata.create_all(op.get_bind(), tables=[t for t in metadata.sorted_tables if t.name not in LEGACY_ONLY])
    op.execute("CREATE UNIQUE INDEX users_login ON users (login COLLATE nocase)")
    op.execute("CREATE INDEX organisations_name ON organisations (name COLLATE nocase)")
    op.execute("ALTER TABLE messages ADD COLUMN search_vector tsvector "
               "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED")
    op.execute("CREATE INDEX messages_search ON messages USING gin (search_vector)")
    op.execute("""
        CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN RAISE EXCEPTION 'the audit log cannot be changed'; END $$""")
    op.execute("CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log "
               "FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()")
    op.execute("CREATE TRIGGER audit_log_not_emptied BEFORE TRUNCATE ON audit_log "
               "FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()")
