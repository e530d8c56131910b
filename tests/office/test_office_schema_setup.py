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
