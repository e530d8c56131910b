"""A session's lifetime in the window: every window and connection of the user who leaves goes with them."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox

from simulator.demo import DEMO_PASSWORD
from ui.main_window import NOBODY_STATUS, NOBODY_TITLE

ADMIN_PASSWORD = "alice-admin-2024"


def closed_port_url() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


def open_every_window(win) -> list:
    return [win.open_messages(), win.open_administration(), win.open_certificates(), win.open_audit_log()]


def sign_out_then_in(win, modal, login: str, seen: dict) -> None:
    """Sign out, and while the sign-in dialog waits note what the window shows, then sign in as ``login``."""

    def sign_in(dialog):
        seen.update(title=win.windowTitle(), status=win.status.text(),
                    windows=[w.objectName() for w in QApplication.topLevelWidgets()
                             if w.isVisible() and w is not win and w is not dialog])
        dialog.login.setText(login)
        dialog.password.setText(DEMO_PASSWORD)
        dialog.accept()

    def confirm(box):
        box.button(QMessageBox.StandardButton.Yes).click()
        modal.answer(handle=sign_in)

    modal.answer(handle=confirm)
    win.sign_out()


def test_windows_of_the_last_user_close_at_sign_out_and_send_and_receive_works_after(
        qtbot, demo_ws, window, modal, qloop):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    for params in demo_ws.params.list():
        if params.gateway:
            params.gateway = closed_port_url()
            demo_ws.params.save(params)
    win = window(demo_ws)
    opened = open_every_window(win)
    assert all(w.isVisible() for w in opened)
    seen: dict = {}

    sign_out_then_in(win, modal, "jan", seen)

    assert seen["title"] == NOBODY_TITLE and seen["status"] == NOBODY_STATUS
    assert seen["windows"] == []  # nothing of alice's on screen while the sign-in dialog waits
    assert win.ws.user == "jan" and "jan" in win.windowTitle() and "alice" not in win.windowTitle()
    assert win.messages_window is None
    qtbot.waitUntil(lambda: not any(w in QApplication.topLevelWidgets() for w in opened))
    for _ in range(2):  # F9 twice, and the messages window of jan: no error from a window that is gone
        win.actions["msg_sync"].trigger()
        qloop.run_until_complete(win.tasks.idle())
    messages = win.open_messages()
    win.actions["msg_sync"].trigger()
    qloop.run_until_complete(win.tasks.idle())
    assert messages.ws is win.ws and "Send and receive" in win.statusBar().currentMessage()


def test_a_query_sent_after_switching_users_is_sent_as_the_new_user(qtbot, demo_ws, window, modal, qloop):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    win = window(demo_ws)
    win.open_messages()
    sign_out_then_in(win, modal, "petra", {})
    assert win.ws.user == "petra" and win.sync.context is win.ws
    assert win.ws.messaging is not demo_ws.messaging
