"""Starting the window: Qt application, qasync event loop, first-start offers."""
from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

import qasync  # after PySide6, so qasync binds to it

from core.store import DatabaseProblem
from core.workspace import APP_NAME, Workspace
from ui.crash import install_crash_handler
from ui.main_window import MainWindow

EXIT_DATABASE = 4


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("customsdesk")
    app.setQuitOnLastWindowClosed(False)  # the app-owned stop event ends the loop
    return app


def open_main_window(data_dir: Path | None) -> MainWindow | None:
    """Open the database and show the main window; explain and return None when the database is unusable."""
    try:
        ws = Workspace.open(data_dir)
    except DatabaseProblem as exc:
        QMessageBox.critical(None, "CustomsDesk cannot open its database", str(exc))
        return None
    window = MainWindow(ws)
    window.show()
    if ws.should_offer_demo():
        QTimer.singleShot(0, window.offer_demo)
    return window


async def _run_until_closed(window: MainWindow) -> None:
    stop = asyncio.Event()
    window.closed.connect(stop.set)
    await stop.wait()


def run_gui(data_dir: Path | None = None) -> int:
    create_application()
    install_crash_handler()
    window = open_main_window(data_dir)
    if window is None:
        return EXIT_DATABASE
    try:
        qasync.run(_run_until_closed(window))
    finally:
        window.ws.close()
    return 0
