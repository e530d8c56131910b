"""Helpers shared by the UI tests: paths to the shared test data, bulk data, shown windows, answering modal dialogs."""
from __future__ import annotations

import socket
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from core.context import UserContext
from core.store.rows import insert_rows

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
COL_FILE = SHARED / "reference-data" / "COL-Generic-20250212.json.gz"

POLL_MS = 20
POLL_TRIES = 250  # about five seconds of looking for the modal widget
WATCHDOG_MS = 15_000
SYNC_WAIT_MS = 60_000


def window_factory(qtbot, window_class: Callable[[UserContext], QWidget]) -> Callable[[UserContext], QWidget]:
    """Factory: a shown ``window_class`` over a workspace, closed with the test."""

    def make(workspace: UserContext) -> QWidget:
        win = window_class(workspace)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def add_organisations(context: UserContext, count: int) -> None:
    """Bulk insert ``count`` valid organisations straight into the store."""
    rows = [{"name": f"Org {i:05d}", "eori": f"CZ{10000000 + i}", "country": "CZ"} for i in range(count)]
    with context.db.atomic():
        insert_rows(context.db, "organisations", rows)


@dataclass
class ModalSeen:
    """What a modal widget showed when it was answered."""

    widget_class: str
    title: str
    text: str = ""
    informative: str = ""


class ModalAnswerer:
    def __init__(self):
        self.seen: list[ModalSeen] = []

    def answer(self, button: QMessageBox.StandardButton | None = None,
               handle: Callable[[QWidget], None] | None = None) -> None:
        """Answer the next modal widget: press ``button`` on a message box, or call ``handle``."""

        def attempt(tries_left: int) -> None:
            widget = QApplication.activeModalWidget()
            if widget is None:
                if tries_left:
                    QTimer.singleShot(POLL_MS, lambda: attempt(tries_left - 1))
                return
            seen = ModalSeen(type(widget).__name__, widget.windowTitle())
            if isinstance(widget, QMessageBox):
                seen.text, seen.informative = widget.text(), widget.informativeText()
            self.seen.append(seen)
            if handle is not None:
                try:
                    handle(widget)
                except BaseException:
                    close_modals()
                    raise
            elif isinstance(widget, QMessageBox) and button is not None:
                widget.button(button).click()
            elif isinstance(widget, QDialog):
                widget.reject()

        QTimer.singleShot(0, lambda: attempt(POLL_TRIES))


def start_watchdog(interval_ms: int = WATCHDOG_MS) -> QTimer:
    """A timer that closes any modal widget left open: an unanswered dialog ends the test, not the run."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.setInterval(interval_ms)
    timer.timeout.connect(close_modals)
    timer.start()
    return timer


def close_modals() -> None:
    """Close every modal widget still open (a test that went wrong must not hang the run)."""
    for _ in range(10):
        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QDialog):
            widget.reject()
        widget.close()


def closed_port_url() -> str:
    """A loopback address where nothing listens: sending fails at once and is retried later."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/"


@dataclass
class SilentGateway:
    """A loopback gateway that takes connections and never answers: a send and receive waits on it."""

    server: socket.socket
    taken: list[socket.socket] = field(default_factory=list)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.getsockname()[1]}/"

    def wait_for_request(self, timeout: float = 20.0) -> None:
        """Until a send and receive has connected (and waits for the answer that never comes)."""
        self.server.settimeout(timeout)
        connection, _ = self.server.accept()
        self.taken.append(connection)


@contextmanager
def silent_gateway() -> Iterator[SilentGateway]:
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(16)
        gateway = SilentGateway(server)
        try:
            yield gateway
        finally:
            for connection in gateway.taken:
                connection.close()


def point_gateways(context: UserContext, url: str) -> None:
    for params in context.params.list():
        if params.gateway:
            params.gateway = url
            context.params.save(params)


def wait_for_sync(qtbot, win, timeout_ms: int = SYNC_WAIT_MS) -> None:
    """Wait, processing events, until no send and receive runs and the last result was handled (message boxes it
    asked included, and the run that follows one asked for meanwhile)."""
    qtbot.waitUntil(lambda: not win.sync.busy, timeout=timeout_ms)


def sign_out_confirmed(win, modal, sign_in: Callable[[QDialog], None]) -> None:
    """Account ▸ Sign out, confirmed; ``sign_in`` gets the sign-in dialog that follows."""

    def confirm(box):
        box.button(QMessageBox.StandardButton.Yes).click()
        modal.answer(handle=sign_in)  # after this one has gone: no race between the two answers

    modal.answer(handle=confirm)
    win.sign_out()
