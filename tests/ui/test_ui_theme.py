"""Settings ▸ Appearance: System, Light or Dark, and colours that stay readable in a dark palette."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from tools.screenshots import add_sample_messages
from ui.dialogs.settings_dialog import SettingsDialog
from ui.messages_window import MessagesWindow
from ui.models.navigation import NodeKind
from ui.theme import THEME_KEY, apply_theme, dark_palette, is_dark, readable, saved_theme

DARK_HEADER = dark_palette().color(QPalette.ColorRole.Button).name()


@pytest.fixture
def system_theme_after(qapp):
    window_colour = qapp.palette().color(QPalette.ColorRole.Window)
    yield window_colour
    apply_theme("system")
    QSettings().remove(THEME_KEY)
    assert qapp.palette().color(QPalette.ColorRole.Window) == window_colour


def test_dark_in_settings_applies_fusion_dark_at_once_is_kept_and_system_gives_the_desktop_back(
        demo_ws, qtbot, system_theme_after):
    dialog = SettingsDialog(demo_ws)
    qtbot.addWidget(dialog)
    tabs = [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    assert "&Appearance" in tabs
    combo = dialog.appearance.theme
    assert combo.currentData() == "system" and not is_dark()

    combo.setCurrentIndex(combo.findData("dark"))
    app = QApplication.instance()
    assert is_dark() and app.style().name().lower() == "fusion" and saved_theme() == "dark"
    assert app.palette().color(QPalette.ColorRole.Window).lightness() < 80

    combo.setCurrentIndex(combo.findData("light"))
    assert not is_dark() and saved_theme() == "light"
    combo.setCurrentIndex(combo.findData("system"))
    assert app.palette().color(QPalette.ColorRole.Window) == system_theme_after


def test_a_status_colour_is_lightened_on_a_dark_palette_only():
    light, dark = QPalette(QColor("#efefef")), dark_palette()
    light.setColor(QPalette.ColorRole.Base, QColor("#ffffff"))
    light.setColor(QPalette.ColorRole.Text, QColor("#000000"))
    assert readable("#b00000", light).name() == "#b00000"
    lightened = readable("#b00000", dark)
    assert lightened.lightness() >= 175 and lightened.hue() == QColor("#b00000").hue()


def test_the_preview_follows_the_palette_and_paper_stays_light(demo_ws, qtbot, system_theme_after):
    ids = add_sample_messages(demo_ws)
    inbox = MessagesWindow(demo_ws)
    qtbot.addWidget(inbox)
    inbox.show()
    inbox.select_message(ids["rejection"])
    assert 'bgcolor="#eeeeee"' in inbox.preview.toHtml()

    apply_theme("dark")  # while the message is shown: the preview is drawn again
    qtbot.waitUntil(lambda: DARK_HEADER in inbox.preview.toHtml())
    html = inbox.preview.toHtml()
    assert f'bgcolor="{DARK_HEADER}"' in html and "#eeeeee" not in html
    assert readable("#b00000").name() in html and "#b00000" not in html
    printed = inbox.printed_document().toHtml()
    assert 'bgcolor="#eeeeee"' in printed and "#b00000" in printed

    model = inbox.model
    row = model.row_of(ids["refused_query"])
    colour = model.data(model.index(row, model.columnCount() - 1), Qt.ItemDataRole.ForegroundRole).color()
    assert colour.lightness() >= 175  # the red of a refused message, readable on the dark list


def test_the_guarantee_page_follows_the_palette(demo_ws, window, qtbot, system_theme_after):
    ids = add_sample_messages(demo_ws)
    assert ids
    win = window(demo_ws)
    g = next(g for g in demo_ws.guarantees.list() if g.grn.startswith("25CZ520101000011"))
    nav = win.navigation
    for node in (nav.organisations_node, nav.ncts_node):
        while nav.canFetchMore(nav.index_of(node)):
            nav.fetchMore(nav.index_of(node))
    win.tree.setCurrentIndex(nav.index_of(nav.find(NodeKind.GUARANTEE, g.id)))
    assert 'bgcolor="#eeeeee"' in win.detail.toHtml()  # the usages table's header
    apply_theme("dark")
    qtbot.waitUntil(lambda: f'bgcolor="{DARK_HEADER}"' in win.detail.toHtml())


def test_the_continuity_windows_notes_are_readable_on_dark(context, qtbot, system_theme_after):
    from PySide6.QtWidgets import QLabel

    from ui.continuity_window import ContinuityWindow

    apply_theme("dark")
    window = ContinuityWindow(context)
    qtbot.addWidget(window)
    notes = [label for label in window.findChildren(QLabel) if "color" in label.styleSheet()
             and "share_warning" not in label.objectName()]
    assert notes
    background = window.palette().color(QPalette.ColorRole.Window).lightness()
    for note in notes:
        colour = QColor(note.styleSheet().split("color:")[1].strip(" ;"))
        assert colour.lightness() - background > 80, note.text()
