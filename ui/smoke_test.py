"""The smoke test of a built bundle: ``customsdesk --smoke-test --data-dir NEW_FOLDER`` (installer/build.py runs it).

The window starts as for a clerk: application, crash handler, the window shown and painted, the log, then, on the
next turn of the event loop (qasync, as every start), the database. Here the database in NEW_FOLDER is created and
its administrator signed in without the first-start dialog (a new folder's administrator has no password yet); the
register is shown and painted once, the program's data and libraries are checked (core/self_check.py), the user
manual opened with its screenshots, and the window closes. Prints one JSON line and exits 0; anything wrong prints
why on stderr and exits 1. Offscreen (QT_QPA_PLATFORM=offscreen) it needs no display.
"""
from __future__ import annotations

import json
import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer, qVersion
from PySide6.QtWidgets import QApplication

from ui.app import _run_until_closed, _start_log, start_gui
from ui.main_window import MainWindow

EXIT_PASSED, EXIT_FAILED = 0, 1
TIMEOUT_S = 120


class SmokeTestFailed(Exception):
    pass


class SmokeTest:
    def __init__(self) -> None:
        self.report: dict = {}
        self.failures: list[str] = []

    def fail(self, why: str) -> None:
        self.failures.append(why)

    def open_and_check(self, window: MainWindow, data_dir: Path) -> None:
        """In place of MainWindow.open_data: open, sign in, paint, check; then close the window, whatever happened."""
        try:
            self.report.update(_open_and_check(window, data_dir))
        except SmokeTestFailed as exc:
            self.fail(str(exc))
        except Exception as exc:
            traceback.print_exc()
            self.fail(f"{type(exc).__name__}: {exc}")
        finally:
            window.close()


def run_smoke_test(data_dir: Path | None) -> int:
    import qasync

    from core.logs import stop_logging

    if data_dir is None:
        print("The smoke test needs a new data folder: --smoke-test --data-dir FOLDER.", file=sys.stderr)
        return EXIT_FAILED
    started = time.perf_counter()
    test = SmokeTest()
    window = start_gui(data_dir, open_data=test.open_and_check)  # shown and painted, as every start
    _end_on_uncaught_exceptions(test, window)
    log_file = _start_log(data_dir)
    try:
        qasync.run(_run_until_closed(window))  # the database opens on the loop's first turn
    finally:
        window.session_controller.close()
        stop_logging()
    if test.failures:
        print("Smoke test failed: " + "; ".join(test.failures), file=sys.stderr)
        return EXIT_FAILED
    report = {"smoke_test": "passed", **test.report, "log_file": str(log_file) if log_file else None,
              "seconds": round(time.perf_counter() - started, 3)}
    print(json.dumps(report), flush=True)
    return EXIT_PASSED


def _open_and_check(window: MainWindow, data_dir: Path) -> dict:
    import PySide6

    from core.errors import LoginFailed
    from core.installation import Installation
    from core.logs import app_version
    from core.self_check import run_checks

    installation = Installation.open(data_dir)
    try:
        context = installation.sign_in(None, None)
    except LoginFailed:
        installation.close()
        raise SmokeTestFailed(f"{data_dir} has an administrator with a password, and the smoke test signs in as a new "
                              "data folder's administrator, who has none yet: give it a new data folder") from None
    except Exception:
        installation.close()
        raise
    window.session_controller.begin(context)  # the register tree and list, as after signing in
    QApplication.processEvents()
    image = window.grab().toImage()
    if image.isNull() or image.width() < 200 or image.height() < 200:
        raise SmokeTestFailed(f"the main window was not painted ({image.width()}x{image.height()})")
    navigation = window.navigation
    if navigation is None or navigation.rowCount() == 0:
        raise SmokeTestFailed("the register tree is empty after signing in")
    checks = run_checks()
    failed = [f"{check.name}: {check.detail}" for check in checks if not check.passed]
    manual = window.open_manual()  # Help ▸ User manual: the page and its screenshots from the bundle
    headings, images = manual.headings(), manual.images()
    missing_images = [name for name, found in images.items() if not found]
    if len(headings) < 2 or not images or missing_images:
        failed.append(f"user manual: {len(headings)} headings, images not found: {', '.join(missing_images) or 'all'}")
    manual.close()
    if failed:
        raise SmokeTestFailed("; ".join(failed))
    return {
        "version": app_version(),
        "qt": qVersion(),
        "pyside6": PySide6.__version__,
        "platform": QApplication.platformName(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "data_dir": str(data_dir),
        "database": str(context.store.path),
        "user": context.user,
        "window": [image.width(), image.height()],
        "register_rows": navigation.rowCount(),
        "status": window.status.text(),
        "checks": [check.as_dict() for check in checks],
        "manual": {"headings": len(headings), "images": len(images)},
    }


def _end_on_uncaught_exceptions(test: SmokeTest, window: MainWindow) -> None:
    """An error in a slot ends the test (the crash dialog would wait for a click nobody gives); so does a hang."""
    app = QApplication.instance()

    def end(why: str) -> None:
        test.fail(why)
        modal = QApplication.activeModalWidget()
        if modal is not None:  # a dialog's own event loop would keep the window's from ending
            modal.close()
        window.close()

    def hook(kind, exc, tb) -> None:
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        end(f"{kind.__name__}: {exc}")

    sys.excepthook = hook
    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(lambda: end(f"not finished after {TIMEOUT_S} s"))
    watchdog.start(TIMEOUT_S * 1000)
