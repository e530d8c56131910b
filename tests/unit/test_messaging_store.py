"""The message archive: states with history, filters, full-text search, throttle and alert queries."""
from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from unit_shared import FixedClock

from core.errors import NotFound
from core.messaging.store import (
    MessageFilter,
    MessageStore,
    backoff_delay,
    parse_stamp,
    stamp,
)

GATEWAY = "http://127.0.0.1:8720/|CDTRAIN01"


@pytest.fixture
def clock():
    return FixedClock(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))


@pytest.fixture
def store(workspace, clock):
    return MessageStore(workspace.db, workspace.box, workspace.access, clock)


def _out(store, message_id="CD1", grns=("25CZ5201010000113",), message_type="CC034C", org_id=None, text=""):
    return store.add_outbound(message_type=message_type, kind="balance query", message_id=message_id,
                              xml=b"<CC034C/>", params_id=None, org_id=org_id, created_by="alice",
                              records=[(None, g) for g in grns], search_text=text)


def test_outbound_is_stored_queued_with_its_records_and_history(store, workspace):
    message = _out(store, grns=("25CZ5201010000113", "25DE0046000003198"))
    assert message.state == "queued" and message.direction == "out"
    assert message.grns == ["25CZ5201010000113", "25DE0046000003198"]
    assert store.content(message.id) == (b"<CC034C/>", None)
    stored = workspace.db.execute("SELECT xml FROM messages WHERE id = ?", [message.id]).fetchone()[0]
    assert b"CC034C" not in stored  # sealed: outgoing XML carries access codes
    assert [(e.state, e.detail) for e in store.events(message.id)] == [("queued", "stored")]


@pytest.mark.sqlite_file
def test_message_identification_is_unique_for_outbound(store):
    _out(store, "CD1")
    with pytest.raises(sqlite3.IntegrityError):
        _out(store, "CD1")
    assert store.count() == 1


def test_state_changes_are_recorded_with_time(store, workspace, clock):
    message = _out(store)
    clock.advance(seconds=5)
    with workspace.db.atomic():
        store.update(message.id, state="sent", detail="accepted", sent_at=store.now())
    events = store.events(message.id)
    assert [e.state for e in events] == ["queued", "sent"]
    assert events[1].at == "2026-11-21T09:00:05Z"
    assert store.get(message.id).sent_at == "2026-11-21T09:00:05Z"


def test_inbound_stored_once_per_gateway_id(store):
    first = store.add_inbound(gateway_id="g-1", envelope=b"sealed", params_id=None, source=GATEWAY)
    again = store.add_inbound(gateway_id="g-1", envelope=b"sealed", params_id=None, source=GATEWAY)
    assert first is not None and again is None
    assert store.pending_inbound() == [first]


def test_due_outbound_respects_backoff_unless_told_not_to(store, workspace, clock):
    message = _out(store)
    with workspace.db.atomic():
        store.update(message.id, attempts=1, next_attempt_at=stamp(clock() + timedelta(seconds=10)))
    assert store.due_outbound() == []
    assert [m.id for m in store.due_outbound(ignore_backoff=True)] == [message.id]
    clock.advance(seconds=10)
    assert [m.id for m in store.due_outbound()] == [message.id]


def test_backoff_grows_and_is_capped():
    delays = [backoff_delay(n).total_seconds() for n in range(1, 9)]
    assert delays == sorted(delays)
    assert delays[0] == 10 and delays[-1] == 900


def test_last_query_time_per_grn_ignores_failed_messages(store, workspace, clock):
    assert store.last_query_at("25CZ5201010000113") is None
    message = _out(store)
    assert store.last_query_at("25CZ5201010000113") == clock()
    with workspace.db.atomic():
        store.update(message.id, state="failed")
    assert store.last_query_at("25CZ5201010000113") is None


def test_waiting_for_answer_since(store, workspace, clock):
    message = _out(store)
    with workspace.db.atomic():
        store.update(message.id, state="sent", sent_at=store.now())
    clock.advance(hours=5)
    assert [m.id for m in store.waiting_since(clock() - timedelta(hours=4))] == [message.id]
    assert store.waiting_since(clock() - timedelta(hours=6)) == []


def test_filters_by_direction_type_state_grn_and_date(store, workspace, clock):
    a = _out(store, "CD1", ("25CZ5201010000113",))
    clock.advance(days=2)
    b = _out(store, "CD2", ("25DE0046000003198",), message_type="E_ACC_COD")
    inbound = store.add_inbound(gateway_id="g-1", envelope=b"x", params_id=None, source=GATEWAY)
    assert store.count(MessageFilter(direction="out")) == 2
    assert store.count(MessageFilter(direction="in")) == 1
    assert [m.id for m in store.list(MessageFilter(message_type="E_ACC_COD"))] == [b.id]
    assert [m.id for m in store.list(MessageFilter(grn="25cz5201010000113 "))] == [a.id]
    assert [m.id for m in store.list(MessageFilter(state="received"))] == [inbound]
    assert [m.id for m in store.list(MessageFilter(date_from="2026-11-22"))] == [inbound, b.id]
    assert [m.id for m in store.list(MessageFilter(date_to="2026-11-21"))] == [a.id]


def test_full_text_search_finds_words_and_prefixes_and_ignores_operators(store):
    a = _out(store, "CD1", text="CC034C balance query Spedice Brno 25CZ5201010000113")
    _out(store, "CD2", text="CC034C usage query Hafen Logistik 25DE0046000003198")
    assert [m.id for m in store.list(MessageFilter(text="spedice"))] == [a.id]
    assert [m.id for m in store.list(MessageFilter(text="Sped brno"))] == [a.id]
    assert store.count(MessageFilter(text="query")) == 2
    assert store.count(MessageFilter(text='"OR NEAR(')) == 0  # no FTS syntax error from user input


def test_search_ignores_accents_both_ways(store):
    czech = _out(store, "CD1", text="CC034C balance query Železná Ruda Spedice 25CZ5201010000113")
    german = _out(store, "CD2", text="CC034C usage query Müller Spedition Lübeck 25DE0046000003198")
    assert [m.id for m in store.list(MessageFilter(text="zelezna"))] == [czech.id]
    assert [m.id for m in store.list(MessageFilter(text="ŽELEZ"))] == [czech.id]
    assert [m.id for m in store.list(MessageFilter(text="muller lub"))] == [german.id]
    assert [m.id for m in store.list(MessageFilter(text="Mülle"))] == [german.id]


@pytest.mark.sqlite_file
def test_search_follows_a_changed_text_and_a_change_of_state_leaves_the_index_alone(store, workspace):
    message = _out(store, "CD1", text="CC034C balance query Spedice Brno")
    index_writes = []
    workspace.db.conn.set_trace_callback(lambda sql: index_writes.append(sql) if "messages_fts" in sql else None)
    try:
        with workspace.db.atomic():
            store.update(message.id, state="sent", sent_at=store.now())
        assert index_writes == []
        with workspace.db.atomic():
            store.update(message.id, search_text="CC034C balance query Spedice Brno accepted")
        assert index_writes != []
    finally:
        workspace.db.conn.set_trace_callback(None)
    assert [m.id for m in store.list(MessageFilter(text="accepted"))] == [message.id]
    assert [m.id for m in store.list(MessageFilter(text="spedice", state="sent"))] == [message.id]

def test_newest_first_and_paging(store, clock):
    ids = []
    for n in range(5):
        clock.advance(minutes=1)
        ids.append(_out(store, f"CD{n}").id)
    assert [m.id for m in store.list(limit=2)] == ids[::-1][:2]
    assert [m.id for m in store.list(offset=2, limit=2)] == ids[::-1][2:4]


def test_missing_message_is_reported(store):
    with pytest.raises(NotFound):
        store.get(999)


def test_stamps_round_trip():
    moment = datetime(2026, 11, 21, 9, 0, 5, tzinfo=UTC)
    assert parse_stamp(stamp(moment)) == moment


@pytest.mark.sqlite_file
def test_an_answers_identification_is_looked_up_by_its_own_index(workspace):
    plan = workspace.db.execute(
        "EXPLAIN QUERY PLAN SELECT 1 FROM messages WHERE direction = 'in' AND message_id = ? AND id != ? "
        "AND state IN ('applied', 'unmatched')", ["CD1", 1]).fetchall()
    assert any("messages_in_id" in row[3] for row in plan), plan
