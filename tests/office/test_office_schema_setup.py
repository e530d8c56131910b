"""Setting up an office database whose server does not let this account do it: said plainly, nothing changed."""
from __future__ import annotations

import psycopg
import pytest

from core.errors import DatabaseProblem
from core.store.office import open_office_store


def test_an_account_without_the_right_to_set_up_the_schema_is_told_what_the_administrator_can_do(postgres_server,
                                                                                                 office_url):
    with psycopg.connect(postgres_server.url(), autocommit=True) as conn:
        conn.execute("CREATE ROLE visiting_clerk LOGIN")
    clerks_url = office_url.replace(office_url.split("//", 1)[1].split("@", 1)[0], "visiting_clerk", 1)

    with pytest.raises(DatabaseProblem) as refused:
        open_office_store(clerks_url)
    assert "could not be set up" in str(refused.value) and "permission denied" in str(refused.value)
    with psycopg.connect(office_url) as conn:  # nothing half made
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)


def test_an_office_database_set_up_before_accent_insensitive_search_gets_it(tmp_path, office_url):
    from core.installation import open_context
    from core.messaging.store import MessageFilter

    open_office_store(office_url).close()
    with psycopg.connect(office_url, autocommit=True) as conn:  # as schema 011 made it: search words as written
        conn.execute("DROP INDEX messages_search")
        conn.execute("ALTER TABLE messages DROP COLUMN search_vector")
        conn.execute("DROP TEXT SEARCH CONFIGURATION customsdesk_search")
        conn.execute("ALTER TABLE messages ADD COLUMN search_vector tsvector "
                     "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED")
        conn.execute("UPDATE alembic_version SET version_num = '011'")

    context = open_context(tmp_path / "workstation", user="jana", database_url=office_url)
    try:
        store = context.messaging.store
        with context.db.atomic():
            store.add_outbound(message_type="CC034C", kind="balance query", message_id="CD1", xml=b"<CC034C/>",
                               params_id=None, org_id=None, created_by="jana", records=[],
                               search_text="CC034C balance query Železná Ruda")
        assert store.count(MessageFilter(text="zelezna")) == 1
        assert context.db.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "012"
    finally:
        context.close()
