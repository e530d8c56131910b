"""A session's lifetime in the window: every window and connection of the user who leaves goes with them."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication

from core.messages import QueryKind
from simulator.demo import DEMO_PASSWORD
from ui.main_window import NOBODY_STATUS, NOBODY_TITLE
from ui_helpers import closed_port_url, point_gateways, sign_out_confirmed, wait_for_sync

ADMIN_PASSWORD = "alice-admin-2024"


def sign_out_then_in(win, modal, login: str, seen: dict) -> None:
    """Sign out, and while the sign-in dialog waits note what the window shows, then sign in as ``login``."""

    def sign_in(dialog):
        seen.update(title=win.windowTitle(), status=win.status.text(),
                    windows=[w.objectName() for w in QApplication.topLevelWidgets()
                             if w.isVisible() and w is not win and w is not dialog])
        dialog.login.setText(login)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.accept()

    sign_out_confirmed(win, modal, sign_in)


def test_windows_of_the_last_user_close_at_sign_out_and_send_and_receive_works_after(
        qtbot, demo_ws, window, modal):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    opened = [win.open_messages(), win.open_administration(), win.open_certificates(), win.open_audit_log()]
    assert all(w.isVisible() for w in opened)
    seen: dict = {}

    sign_out_then_in(win, modal, "jan", seen)

    assert seen["title"] == NOBODY_TITLE and seen["status"] == NOBODY_STATUS
    assert seen["windows"] == []  # nothing of alice's on screen while the sign-in dialog waits
    assert win.context.user == "jan" and "jan" in win.windowTitle() and "alice" not in win.windowTitle()
    assert win.messages_window is None
    qtbot.waitUntil(lambda: not any(w in QApplication.topLevelWidgets() for w in opened))
    for _ in range(2):  # F9 twice, and the messages window of jan: no error from a window that is gone
        win.actions["msg_sync"].trigger()
        wait_for_sync(qtbot, win)
    messages = win.open_messages()
    win.actions["msg_sync"].trigger()
    wait_for_sync(qtbot, win)
    assert messages.context is win.context and "Send and receive" in win.statusBar().currentMessage()


def test_after_switching_users_messages_are_queued_and_sent_as_the_new_user(qtbot, demo_ws, window, modal):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    win.open_messages()
    sign_out_then_in(win, modal, "petra", {})

    petra = win.context
    own = [g for g in petra.guarantees.list() if g.grn and petra.access_codes.codes_for(g.id).first_spk]
    [message] = petra.messaging.prepare_queries([own[0].id], QueryKind.INFO)
    win.start_sync()
    wait_for_sync(qtbot, win)

    assert message.created_by == "petra" and win.sync.context is petra
    events = petra.messaging.store.events(message.id)
    assert any("attempt 1 failed" in e.detail for e in events)  # sent (to a closed port) by petra's schedule
