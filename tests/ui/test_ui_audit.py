"""The audit log window (spec 04 §4.2): filters, local times, CSV export, and non-administrators' own entries."""
from __future__ import annotations

import csv
import time
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QModelIndex

from simulator.demo import DEMO_PASSWORD
from core.errors import LoginFailed
from core.users import ACTIONS, AuditFilter
from core.installation import open_context
from ui.audit_window import AuditWindow
from ui.dialogs.dates import to_qdate
from ui.models.tables import BATCH
from ui_helpers import window_factory


@pytest.fixture
def audit(qtbot):
    """Factory: a shown audit window over a context."""
    return window_factory(qtbot, AuditWindow)


@pytest.fixture
def jan_ws(demo_ws, data_dir):
    context = open_context(data_dir, user="jan", password=DEMO_PASSWORD)
    yield context
    context.close()


@pytest.fixture
def prague_time(monkeypatch):
    """The local time zone is Prague's, so that local time and UTC differ."""
    monkeypatch.setenv("TZ", "Europe/Prague")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def shown(win: AuditWindow) -> list:
    fetch_all(win.model)
    return [win.model.record(row) for row in range(win.model.rowCount())]


def cell(win: AuditWindow, row: int, column: int) -> str:
    return win.model.data(win.model.index(row, column))


def test_filtering_by_user_and_action_shows_only_those_entries(demo_ws, jan_ws, audit):
    win = audit(demo_ws)  # jan has signed in once (loading the demo signed nobody in)
    assert win.own_only_note.isHidden()
    assert {e.user for e in shown(win)} == {"alice", "jan"}
    win.select_user("jan")
    jans = shown(win)
    assert jans and {e.user for e in jans} == {"jan"}
    assert len(jans) == demo_ws.audit.count(AuditFilter(user="jan"))
    win.select_action("login")
    assert [e.action for e in shown(win)] == ["login"]
    assert cell(win, 0, 2) == ACTIONS["login"] == "signed in"
    assert win.count_label.text() == "1 entry"


def test_entries_are_newest_first_and_times_are_local(context, audit, prague_time):
    with context.db.atomic():
        context.audit.record("alice", "user_changed", detail="older")
        context.audit.record("alice", "user_changed", detail="newer")
    win = audit(context)
    entries = shown(win)
    assert [e.detail for e in entries[:2]] == ["newer", "older"]
    stamp = datetime.strptime(entries[0].at, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    assert cell(win, 0, 0) == stamp.astimezone().strftime("%Y-%m-%d %H:%M:%S")
    assert cell(win, 0, 0) != stamp.strftime("%Y-%m-%d %H:%M:%S")  # Prague is never at UTC


def test_grn_text_and_date_filters(demo_ws, audit):
    with pytest.raises(LoginFailed):
        demo_ws.users.authenticate("eva", "not her password")
    win = audit(demo_ws)
    win.search.setText("wrong password")
    win.apply_filters()
    assert [(e.user, e.action) for e in shown(win)] == [("eva", "login_failed")]
    win.clear_filters()
    grn = next(e.grn for e in shown(win) if e.grn)
    win.grn.setText(grn.lower())
    win.apply_filters()
    assert shown(win) and {e.grn for e in shown(win)} == {grn}
    win.clear_filters()
    everything = len(shown(win))
    win.date_from.setDate(to_qdate(date.today() + timedelta(days=1)))
    assert shown(win) == []
    win.date_from.setDate(to_qdate(date.today()))
    win.date_to.setDate(to_qdate(date.today()))
    assert len(shown(win)) == everything


def test_export_writes_the_filtered_entries_to_csv(demo_ws, audit, tmp_path):
    win = audit(demo_ws)
    win.select_user("alice")
    win.select_action("spk_changed")
    expected = shown(win)
    path = tmp_path / "audit.csv"
    assert win.export_csv(path) == len(expected) > 0
    with path.open(encoding="utf-8-sig", newline="") as f:
        header, *rows = list(csv.reader(f))
    assert header[:4] == ["time (UTC)", "user", "action", "GRN"]
    assert len(rows) == len(expected)
    assert {(r[1], r[2]) for r in rows} == {("alice", ACTIONS["spk_changed"])}
    assert sorted(r[3] for r in rows) == sorted(e.grn for e in expected)
    assert f"{len(expected)} entries exported" in win.statusBar().currentMessage()


def test_a_declarant_sees_only_their_own_entries_and_is_told_so(jan_ws, demo_ws, audit, tmp_path):
    win = audit(jan_ws)
    assert not win.own_only_note.isHidden() and "only your own entries" in win.own_only_note.text()
    assert not win.user_filter.isEnabled()
    entries = shown(win)
    assert entries and {e.user for e in entries} == {"jan"}
    assert len(entries) == demo_ws.audit.count(AuditFilter(user="jan"))
    assert win.count_label.text().endswith("(yours only)")
    path = tmp_path / "jan.csv"
    win.export_csv(path)
    with path.open(encoding="utf-8-sig", newline="") as f:
        assert {row[1] for row in list(csv.reader(f))[1:]} == {"jan"}


def test_a_long_log_is_read_in_batches_and_says_how_much_is_shown(context, audit):
    with context.db.atomic():
        for i in range(BATCH * 2 + 50):
            context.audit.record("alice", "user_changed", detail=f"change {i}")
    win = audit(context)
    total = context.audit.count()
    assert win.model.rowCount() == BATCH
    assert win.count_label.text() == f"showing {BATCH} of {total} entries"
    fetch_all(win.model)
    assert win.count_label.text() == f"{total} entries"


def test_the_search_finds_an_entry_not_read_yet(context, audit):
    with context.db.atomic():
        context.audit.record("alice", "user_changed", detail="the oldest change: Kestrel")
        for i in range(BATCH * 2 + 50):
            context.audit.record("alice", "user_changed", detail=f"change {i}")
    win = audit(context)
    assert "Kestrel" not in {e.detail.split()[-1] for e in (win.model.record(r) for r in range(win.model.rowCount()))}
    assert win.model.canFetchMore(QModelIndex())
    win.search.setText("kestrel")
    win.apply_filters()
    assert [e.detail for e in shown(win)] == ["the oldest change: Kestrel"]


def test_the_main_window_keeps_one_audit_window_and_reads_the_log_again(context, window):
    main = window(context)
    first = main.open_audit_log()
    before = first.model.matching
    with context.db.atomic():
        context.audit.record("alice", "user_changed", detail="after opening")
    second = main.open_audit_log()
    assert second is first and second.model.matching == before + 1
    assert len(main.findChildren(AuditWindow)) == 1
