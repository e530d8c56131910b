"""Starting the window: Qt application, main window shown at once, then the database, then qasync."""
from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Callable

import PySide6
from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication

from core import APP_NAME
from ui.garbage import WindowThreadCollector
from ui.language import start_in_language
from ui.main_window import MainWindow
from ui.theme import apply_theme, saved_theme

EXIT_DATABASE = 4

log = logging.getLogger(__name__)


def create_application(argv: list[str] | None = None, language: str | None = None) -> QApplication:
    """The application in the user's theme and language (``language``: from --lang, else the settings')."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName("customsdesk")
    app.setQuitOnLastWindowClosed(False)  # the app-owned stop event ends the loop
    if app.findChild(WindowThreadCollector) is None:
        WindowThreadCollector(app)  # cycles collected on this thread only, never on a background one
    apply_theme(saved_theme(), app)  # Settings ▸ Appearance: the desktop's, or Fusion light or dark
    start_in_language(app, language)  # before any window is built: each takes its texts when made
    return app


def show_main_window(data_dir: Path | None, open_data: Callable[[MainWindow, Path | None], object] | None = None,
                     ) -> MainWindow:
    """Show and paint the window first, then open the database on the next turn of the event loop.

    ``open_data`` opens it instead of ``MainWindow.open_data`` (the smoke test signs in without the dialog).
    """
    window = MainWindow()
    window.show()
    QApplication.processEvents()
    if open_data is None:
        QTimer.singleShot(0, lambda: window.open_data(data_dir))
    else:
        QTimer.singleShot(0, lambda: open_data(window, data_dir))
    return window


async def _run_until_closed(window: MainWindow) -> None:
    import asyncio

    stop = asyncio.Event()
    window.closed.connect(stop.set)
    if not window.isVisible():
        stop.set()
    await stop.wait()


def _start_log(data_dir: Path | None) -> Path | None:
    """The log file in the data folder the window opens (see MainWindow.open_data)."""
    from core.installation import default_data_dir
    from core.logs import start_logging

    return start_logging(data_dir or default_data_dir(), f"window; Qt {qVersion()}, PySide6 {PySide6.__version__}")


def start_gui(data_dir: Path | None = None,
              open_data: Callable[[MainWindow, Path | None], object] | None = None,
              language: str | None = None) -> MainWindow:
    """The application, its crash handler and the window shown and painted; the database follows."""
    from ui.crash import install_crash_handler

    create_application(language=language)
    install_crash_handler()
    return show_main_window(data_dir, open_data)


def run_gui(data_dir: Path | None = None, language: str | None = None) -> int:
    from core.logs import stop_logging

    window = start_gui(data_dir, language=language)
    _start_log(data_dir)  # once the window is painted: the data folder's default comes with the core
    import qasync  # after PySide6 (qasync binds to the Qt already imported) and after the window is up

    try:
        qasync.run(_run_until_closed(window))
    finally:
        window.session_controller.close()
        if window.open_problem:
            log.error("the database could not be opened: %s", window.open_problem)
        log.info("CustomsDesk closed")
        stop_logging()
    return EXIT_DATABASE if window.open_problem else 0
