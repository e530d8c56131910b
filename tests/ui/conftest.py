"""Fixtures for the UI tests: real workspaces on SQLite files in tmp_path, real widgets offscreen.

Modal dialogs (QMessageBox.question, dialog.exec()) are answered by ``modal``: it looks for the
active modal widget from a timer inside the nested event loop, and a watchdog closes any modal
still open after a while, so that no test can hang.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from core.demo import load_demo
from core.organisations import Organisation
from core.workspace import Workspace
from ui_helpers import ModalAnswerer, close_modals, start_watchdog


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
def ws(data_dir):
    workspace = Workspace.open(data_dir, user="alice")
    yield workspace
    workspace.close()


@pytest.fixture
def demo_ws(ws):
    assert load_demo(ws)["loaded"]
    return ws


@pytest.fixture
def bob_ws(data_dir, ws):
    """A second user on the same data folder (opened after alice's, so the file exists)."""
    workspace = Workspace.open(data_dir, user="bob")
    yield workspace
    workspace.close()


@pytest.fixture
def org(ws) -> Organisation:
    return ws.organisations.add(Organisation(name="Spedice Test s.r.o.", eori="CZ25596641", country="CZ"))


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

    def make(workspace: Workspace) -> MainWindow:
        win = MainWindow(workspace)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make
