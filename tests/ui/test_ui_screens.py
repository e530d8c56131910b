"""Windows on a small screen: none opens larger than the screen, each opens as it was left, none needs more width
than a small laptop has."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from ui.admin_window import AdministrationWindow
from ui.audit_window import AuditWindow
from ui.certificate_window import CertificateWindow
from ui.dialogs.settings_dialog import SettingsDialog
from ui.geometry import settings_key
from ui.main_window import MainWindow
from ui.messages_window import MessagesWindow
from ui.suma_window import SumaWindow

WINDOWS = {"main_window": MainWindow, "messages_window": MessagesWindow, "certificate_window": CertificateWindow,
           "audit_window": AuditWindow, "administration_window": AdministrationWindow, "suma_window": SumaWindow,
           "settings_dialog": SettingsDialog}
SMALL_SCREEN_WIDTH = 1024  # what a window needs at least must fit a small screen, let alone a 1366×768 laptop


@pytest.fixture
def fresh_geometry():
    """No window's geometry kept by an earlier test, and none left for a later one."""
    settings = QSettings()
    for name in WINDOWS:
        settings.remove(settings_key(name))
    yield settings
    for name in WINDOWS:
        settings.remove(settings_key(name))


def opened(qtbot, cls, context) -> QWidget:
    window = cls(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("name", list(WINDOWS))
def test_no_window_opens_larger_than_the_screen(demo_ws, qtbot, fresh_geometry, name):
    window = opened(qtbot, WINDOWS[name], demo_ws)
    room = window.screen().availableGeometry()
    assert window.width() <= room.width() and window.height() <= room.height(), (window.size(), room)
    assert window.minimumSizeHint().width() <= SMALL_SCREEN_WIDTH - 16


def test_each_window_opens_as_large_as_it_was_left(demo_ws, qtbot, fresh_geometry):
    audit = opened(qtbot, AuditWindow, demo_ws)
    audit.resize(700, 450)
    audit.close()
    again = opened(qtbot, AuditWindow, demo_ws)
    assert (again.width(), again.height()) == (700, 450)
    other = opened(qtbot, AdministrationWindow, demo_ws)
    assert (other.width(), other.height()) != (700, 450)  # each window keeps its own


def test_a_window_left_on_a_larger_screen_comes_back_within_this_one(demo_ws, qtbot, fresh_geometry):
    big = QWidget()
    qtbot.addWidget(big)
    big.resize(2400, 1500)
    big.move(3000, 200)
    fresh_geometry.setValue(settings_key("certificate_window"), big.saveGeometry())
    window = opened(qtbot, CertificateWindow, demo_ws)
    room = window.screen().availableGeometry()
    assert room.contains(window.geometry()), (window.geometry(), room)
    assert QApplication.primaryScreen().availableGeometry().width() < 2400
