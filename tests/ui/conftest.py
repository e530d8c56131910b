"""Fixtures for the UI tests: real workspaces on SQLite files in tmp_path, real widgets offscreen.

Modal dialogs (QMessageBox.question, dialog.exec()) are answered by ``modal``: it looks for the
active modal widget from a timer inside the nested event loop, and a watchdog closes any modal
still open after a while, so that no test can hang.
"""
from __future__ import annotations

import gc
from pathlib import Path

import pytest
from colleagues import add_colleague
from PySide6.QtCore import QSettings
from ui_helpers import ModalAnswerer, close_modals, start_watchdog, window_factory

from core.installation import open_context
from core.organisations import Organisation
from simulator.demo import load_demo


@pytest.fixture(scope="session", autouse=True)
def _private_qsettings(tmp_path_factory):
    """The main window keeps its geometry in QSettings: keep it out of the user's home."""
    folder = tmp_path_factory.mktemp("qsettings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
        QSettings.setPath(fmt, QSettings.Scope.SystemScope, str(folder))


@pytest.fixture
def data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def context(data_dir):
    workspace = open_context(data_dir, user="alice")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(context):
    assert load_demo(context)["loaded"]
    return context


@pytest.fixture
def bob_ws(context, org):
    """A second user on the same data folder: a guarantee officer with extended rights for ``org``."""
    workspace = add_colleague(context, "bob", role="officer", org_ids=[org.id])
    yield workspace
    workspace.close()


@pytest.fixture
def org(context) -> Organisation:
    return context.organisations.add(Organisation(name="Spedice Test s.r.o.", eori="CZ25596641", country="CZ"))


@pytest.fixture(scope="session", autouse=True)
def _cycles_collected_on_the_window_thread(qapp):
    """As the application does (ui.garbage): no background thread of a test destroys the window thread's objects."""
    from ui.garbage import WindowThreadCollector

    collector = qapp.findChild(WindowThreadCollector) or WindowThreadCollector(qapp)
    yield collector
    collector.stop()


@pytest.fixture(autouse=True)
def _each_tests_cycles_collected_after_it(_cycles_collected_on_the_window_thread):
    """What a test left in cycles (connections, windows) is freed before the next starts, on this thread."""
    yield
    gc.collect()


@pytest.fixture(autouse=True)
def _no_test_hangs_on_a_modal(qapp):
    watchdog = start_watchdog()
    yield
    watchdog.stop()
    close_modals()


@pytest.fixture
def modal(qapp):
    """Answers the modal dialogs a test expects (see ModalAnswerer.answer)."""
    return ModalAnswerer()


@pytest.fixture
def window(qtbot):
    """Factory: a shown MainWindow over a workspace."""
    from ui.main_window import MainWindow

    return window_factory(qtbot, MainWindow)


@pytest.fixture
def simulator(data_dir):
    """The customs simulator as its own process over the data folder (start it after loading the demo)."""
    import json
    import subprocess
    import sys

    project = Path(__file__).resolve().parents[2]
    started: list[subprocess.Popen] = []

    def start() -> str:
        process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "simulator", "--port", "0"],
                                   cwd=project, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        started.append(process)
        line = process.stdout.readline()
        if not line:
            raise RuntimeError("the simulator did not start: " + process.stderr.read())
        return json.loads(line)["listening"]

    yield start
    for process in started:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        process.stdout.close()
        process.stderr.close()
