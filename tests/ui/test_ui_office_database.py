"""Settings ▸ Office database, with the tests' own PostgreSQL server: the connection test names the server's
version, the choice applies at the next start, and only an administrator makes it."""
from __future__ import annotations

import pytest
from colleagues import add_colleague

from core.installation import Installation
from core.store.office import (
    chosen_office_url,
    libpq_url,
    office_status,
    open_office_store,
)
from core.store.passwords import SERVICE, account_of
from tools.postgres_server import PASSWORD
from ui.dialogs.settings_dialog import SettingsDialog


def _settings(qtbot, context) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.tabs.setCurrentWidget(dialog.office)
    return dialog


@pytest.mark.sqlite_file
def test_the_connection_is_tested_and_the_office_database_used_at_the_next_start(qtbot, context, data_dir,
                                                                                   office_url):
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    assert page.own.isChecked() and not page.url.isEnabled()
    page.office.setChecked(True)
    page.url.setText(office_url)
    page.test_connection()
    qtbot.waitUntil(lambda: "Connected" in page.result.text(), timeout=10_000)
    assert "PostgreSQL 1" in page.result.text() and "empty" in page.result.text()
    assert "not encrypted" in page.result.text()  # the tests' server offers no TLS
    assert page.use_choice()
    assert chosen_office_url(data_dir) == office_url

    installation = Installation.open(data_dir)  # the next start: on the office database
    try:
        assert not installation.db.is_sqlite
    finally:
        installation.close()


def test_a_server_that_does_not_answer_is_said_in_the_page(qtbot, context):
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    page.office.setChecked(True)
    page.url.setText("postgresql://clerk@127.0.0.1:1/office")
    page.test_connection()
    qtbot.waitUntil(lambda: "cannot be reached" in page.result.text(), timeout=15_000)
    assert page.test.isEnabled()


def test_a_password_typed_is_kept_in_the_system_keyring_once_the_server_takes_it(qtbot, context, file_keyring,
                                                                                  server_account):
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    page.office.setChecked(True)
    page.url.setText(server_account)
    page.password.setText("not-the-password")
    page.test_connection()
    qtbot.waitUntil(lambda: "did not accept the password" in page.result.text(), timeout=15_000)
    assert "not-the-password" not in page.result.text() and page.password.text() == ""
    assert file_keyring.get_password(SERVICE, account_of(libpq_url(server_account))) is None

    page.password.setText(PASSWORD)
    page.test_connection()
    qtbot.waitUntil(lambda: "Connected" in page.result.text(), timeout=15_000)
    assert "system keyring" in page.result.text() and page.password.text() == ""
    assert file_keyring.get_password(SERVICE, account_of(libpq_url(server_account))) == PASSWORD
    assert office_status(server_account).schema_version == 0  # connections now find the password by themselves


def test_a_server_refusing_a_question_is_said_in_the_page(qtbot, context, postgres_server, office_url):
    open_office_store(office_url).close()  # set up by its owner
    postgres_server.add_role("stranger")  # may connect, may read nothing of the office's
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    page.office.setChecked(True)
    page.url.setText(postgres_server.url(office_url.rsplit("/", 1)[1], "stranger"))
    page.test_connection()
    qtbot.waitUntil(lambda: "does not let" in page.result.text(), timeout=15_000)
    assert "permission denied" in page.result.text() and "db-grant" in page.result.text() and page.test.isEnabled()


def test_a_password_typed_is_not_dropped_by_using_the_choice_untested(qtbot, context, data_dir, office_url):
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    page.office.setChecked(True)
    page.url.setText(office_url)
    page.password.setText("typed but not tested")
    assert not page.use_choice()
    assert "Test the connection first" in page.result.text() and page.password.text() == "typed but not tested"


@pytest.mark.sqlite_file
def test_a_password_in_the_url_is_not_kept(qtbot, context, data_dir):
    dialog = _settings(qtbot, context)  # the page lives as long as its dialog
    page = dialog.office
    page.office.setChecked(True)
    page.url.setText("postgresql://clerk:secret@server/office")
    assert not page.use_choice()
    assert "password" in page.result.text() and "secret" not in page.result.text()
    assert chosen_office_url(data_dir) is None


def test_only_an_administrator_chooses_the_database(qtbot, context, org):
    clerk = add_colleague(context, "bob", role="officer", org_ids=[org.id])
    try:
        dialog = _settings(qtbot, clerk)  # the page lives as long as its dialog
        page = dialog.office
        assert not page.office.isEnabled() and not page.save.isEnabled()
        assert "administrator" in page.result.text()
    finally:
        clerk.close()


def _another_workstation_adds_an_organisation(data_dir, office_url) -> None:
    from core.organisations.model import Organisation

    there = Installation.open(data_dir, database_url=office_url).sign_in("jana", None)
    try:
        there.organisations.add(Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ"))
    finally:
        there.close()


def test_the_window_shows_what_another_workstation_adds_within_seconds(qtbot, window, tmp_path, office_url):

    here = Installation.open(tmp_path / "here", first_user="jana", database_url=office_url).sign_in("jana", None)
    win = window(here)
    try:
        assert win.office_changes.listening
        qtbot.wait(300)  # the listener has started
        before = win.org_table.source.rowCount()
        _another_workstation_adds_an_organisation(tmp_path / "here", office_url)
        qtbot.waitUntil(lambda: win.org_table.source.rowCount() == before + 1, timeout=10_000)
    finally:
        win.close()
        assert not win.office_changes.listening
        here.close()


def test_what_changed_while_the_window_was_not_listening_is_shown_once_it_listens_again(qtbot, window, tmp_path,
                                                                                         office_url, monkeypatch):
    import psycopg

    from ui import office_changes

    monkeypatch.setattr(office_changes, "RECONNECT_SECONDS", 2.0)  # the other workstation adds within the gap
    here = Installation.open(tmp_path / "here", first_user="jana", database_url=office_url).sign_in("jana", None)
    win = window(here)
    try:
        qtbot.wait(300)  # the listener has started
        before = win.org_table.source.rowCount()
        with psycopg.connect(office_url, autocommit=True) as admin:  # the listening connection drops ...
            admin.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE query LIKE 'LISTEN%' "
                          "AND datname = current_database()")
            _another_workstation_adds_an_organisation(tmp_path / "here", office_url)  # ... before it listens again
        qtbot.waitUntil(lambda: win.org_table.source.rowCount() == before + 1, timeout=10_000)
    finally:
        win.close()
        here.close()
