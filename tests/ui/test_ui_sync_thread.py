"""Send and receive works on a thread of its own: the window keeps answering, and a sign-out or closing the
window stops it cleanly. Real workspaces on SQLite files, real widgets offscreen, gateways on loopback."""
from __future__ import annotations

import logging
import threading
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from core.context import UserContext
from core.messages import QueryKind
from core.messaging.service import MessagingService
from core.messaging.store import MessageFilter
from core.users import Session
from simulator.demo import DEMO_PASSWORD
from ui_helpers import closed_port_url, point_gateways, sign_out_confirmed, silent_gateway, wait_for_sync

ADMIN_PASSWORD = "alice-admin-2024"
CZ_TYPE1 = "25CZ520101000145"
BLOCKING_STEP_S = 1.0


def demo_guarantee(context, grn_start: str):
    return next(g for g in context.guarantees.list() if g.grn.startswith(grn_start))


def sync_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("CustomsDesk:") and t.is_alive()]


def test_send_and_receive_runs_on_another_thread_over_a_connection_of_its_own(qtbot, demo_ws, window, monkeypatch):
    point_gateways(demo_ws, closed_port_url())
    [message] = demo_ws.messaging.prepare_queries([demo_guarantee(demo_ws, CZ_TYPE1).id], QueryKind.BALANCE)
    seen = {}
    on_new_connection, sync, close = UserContext.on_new_connection, MessagingService.sync, UserContext.close

    def opening(context):
        seen["opened_on"] = threading.get_ident()
        seen["worker"] = on_new_connection(context)
        return seen["worker"]

    async def syncing(service, **kwargs):
        seen["synced_on"], seen["service"] = threading.get_ident(), service
        return await sync(service, **kwargs)

    def closing(context):
        if context is seen.get("worker"):
            seen["closed_on"] = threading.get_ident()
        close(context)

    monkeypatch.setattr(UserContext, "on_new_connection", opening)
    monkeypatch.setattr(MessagingService, "sync", syncing)
    monkeypatch.setattr(UserContext, "close", closing)
    win = window(demo_ws)

    job = win.start_sync()
    wait_for_sync(qtbot, win)

    gui = threading.get_ident()
    assert seen["opened_on"] == seen["synced_on"] == seen["closed_on"] == job.thread_id != gui
    worker = seen["worker"]
    assert seen["service"] is worker.messaging and worker.messaging is not demo_ws.messaging
    assert worker.db.conn is not demo_ws.db.conn and worker.session is demo_ws.session
    assert demo_ws.messaging.store.get(message.id).attempts == 1  # written by the worker, read here
    assert "to be sent again later" in win.statusBar().currentMessage()
    assert not job.running and sync_threads() == []


def test_the_window_keeps_handling_events_while_a_step_of_the_sync_blocks(qtbot, demo_ws, window, monkeypatch):
    """A step that holds its thread for a second (as applying a backlog of answers can) does not hold the window."""
    point_gateways(demo_ws, closed_port_url())
    raise_alerts = MessagingService.raise_alerts
    blocked = {}

    def slow_alerts(service, summary):
        blocked["start"] = time.perf_counter()
        time.sleep(BLOCKING_STEP_S)  # no await: the thread is held
        blocked["end"] = time.perf_counter()
        raise_alerts(service, summary)

    monkeypatch.setattr(MessagingService, "raise_alerts", slow_alerts)
    win = window(demo_ws)
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start()
    try:
        win.start_sync()
        wait_for_sync(qtbot, win)
    finally:
        timer.stop()

    during = [t for t in ticks if blocked["start"] <= t <= blocked["end"]]
    assert len(during) >= 20, f"{len(during)} ticks of a 10 ms timer during a {BLOCKING_STEP_S} s step"
    gaps = [b - a for a, b in zip(during, during[1:])]
    assert max(gaps) < 0.25


def test_signing_out_during_a_sync_stops_it_before_the_key_is_forgotten_and_shows_no_error(
        qtbot, demo_ws, window, modal, monkeypatch, caplog):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    lock = Session.lock
    at_lock = []

    def locking(session):
        at_lock.append([t.name for t in sync_threads()])
        lock(session)

    monkeypatch.setattr(Session, "lock", locking)
    with silent_gateway() as gateway:
        point_gateways(demo_ws, gateway.url)
        [message] = demo_ws.messaging.prepare_queries([demo_guarantee(demo_ws, CZ_TYPE1).id], QueryKind.BALANCE)
        win = window(demo_ws)
        finished = []
        win.sync.finished.connect(lambda *outcome: finished.append(outcome))
        job = win.start_sync()
        gateway.wait_for_request()  # the sync waits for the gateway's answer (30 s at most)
        assert job.running
        seen = []

        def sign_in(dialog):
            seen.append((job.running, [w.objectName() for w in QApplication.topLevelWidgets()
                                       if w.isVisible() and w is not win and w is not dialog]))
            dialog.login.setText("jan")
            dialog.password.setText(DEMO_PASSWORD)
            dialog.accept()

        caplog.set_level(logging.WARNING)
        started = time.perf_counter()
        sign_out_confirmed(win, modal, sign_in)
        wait_for_sync(qtbot, win)

    assert time.perf_counter() - started < 10  # not the gateway's 30 s timeout
    assert at_lock and at_lock[0] == []  # no sync thread ran when alice's key was forgotten
    assert seen == [(False, [])]
    assert [s.title for s in modal.seen] == ["Sign out", "Sign in to CustomsDesk"]  # and no error box
    [(summary, error, _changes)] = finished
    assert summary is None and type(error).__name__ == "CancelledError"
    assert "stopped" not in win.statusBar().currentMessage()
    assert [r for r in caplog.records if r.levelno >= logging.ERROR] == []
    assert win.context.user == "jan" and sync_threads() == []
    assert demo_ws.messaging.store.get(message.id).state == "queued"  # sent at a later send and receive


def test_closing_the_window_during_a_sync_leaves_no_thread_running(qtbot, demo_ws, window):
    with silent_gateway() as gateway:
        point_gateways(demo_ws, gateway.url)
        demo_ws.messaging.prepare_queries([demo_guarantee(demo_ws, CZ_TYPE1).id], QueryKind.BALANCE)
        win = window(demo_ws)
        job = win.start_sync()
        gateway.wait_for_request()
        assert job.running and sync_threads() != []

        started = time.perf_counter()
        win.close()

    assert time.perf_counter() - started < 10
    assert not job.running and sync_threads() == []
    assert demo_ws.messaging.store.list(MessageFilter(message_type="CC034C"))[0].state == "queued"


def test_the_idle_lock_stops_a_running_sync_before_the_key_is_forgotten_and_polling_goes_on(
        qtbot, demo_ws, window, modal, monkeypatch):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    lock = Session.lock
    at_lock = []

    def locking(session):
        at_lock.append([t.name for t in sync_threads()])
        lock(session)

    monkeypatch.setattr(Session, "lock", locking)
    with silent_gateway() as gateway:
        point_gateways(demo_ws, gateway.url)
        [message] = demo_ws.messaging.prepare_queries([demo_guarantee(demo_ws, CZ_TYPE1).id], QueryKind.BALANCE)
        win = window(demo_ws)
        job = win.start_sync()
        gateway.wait_for_request()
        modal.answer()  # the unlock dialog that follows: left for later
        win.idle_lock.timer.timeout.emit()
        wait_for_sync(qtbot, win)

    assert at_lock == [[]] and demo_ws.session.locked and not job.running
    assert isinstance(job.error, BaseException) and type(job.error).__name__ == "CancelledError"
    assert win.poll_timer.isActive() and win.sync.context is demo_ws
    assert demo_ws.messaging.store.get(message.id).state == "queued"
