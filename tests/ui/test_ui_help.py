"""Help ▸ User manual (F1) and Help ▸ About CustomsDesk."""
from __future__ import annotations

import re
from importlib.metadata import version

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core.logs import start_logging, stop_logging
from core.resources import resource
from ui.main_window import MainWindow
from ui.manual_window import ManualWindow, manual_path

TOUR_HEADINGS = ["The main window", "Organisations and guarantees", "Access codes", "Messages to customs",
                 "Summary declarations (ATLAS)", "Certificates", "Settings"]
TOUR_IMAGES = ["main-window.png", "guarantee-editor-access-codes.png", "guarantee-editor-declarant.png",
               "receipts-and-responses.png", "certificates.png"]


def press_f1(qtbot, win: MainWindow) -> ManualWindow:
    win.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(win.tree, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: win.manual_window is not None and win.manual_window.isVisible())
    qtbot.addWidget(win.manual_window)
    return win.manual_window


def test_f1_opens_the_manual_in_its_own_window_with_the_tour_and_its_images(context, window, qtbot):
    win = window(context)
    assert win.actions["manual"].shortcut().toString() == "F1"
    manual = press_f1(qtbot, win)
    assert manual.isWindow() and manual.windowTitle() == "User manual — CustomsDesk"
    headings = manual.headings()
    assert headings[0] == "CustomsDesk — User manual"
    assert all(heading in headings for heading in TOUR_HEADINGS), headings
    images = manual.images()
    assert set(images) == set(TOUR_IMAGES) and all(images.values()), images
    assert "The register tree (left)" in manual.browser.toPlainText()
    assert press_f1(qtbot, win) is manual  # raised again, not a second window


def test_the_manual_is_in_the_help_menu_and_opens_before_anyone_signs_in(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    [help_menu] = [a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().title() == "&Help"]
    names = [a.objectName() for a in help_menu.actions() if not a.isSeparator()]
    assert names == ["manual", "about"]
    assert win.actions["manual"].isEnabled()
    win.actions["manual"].trigger()
    qtbot.addWidget(win.manual_window)
    assert win.manual_window.isVisible() and "Starting and signing in" in win.manual_window.headings()


def test_the_manuals_contents_links_lead_to_its_sections_and_find_finds(qtbot):
    manual = ManualWindow()
    qtbot.addWidget(manual)
    manual.show()
    html = manual_path().read_text(encoding="utf-8")
    anchors = set(re.findall(r'<a name="([^"]+)">', html))
    links = set(re.findall(r'<a href="#([^"]+)">', html))
    assert links and links <= anchors
    manual.search.setText("secrets.key")
    assert manual.find_next() and manual.browser.textCursor().selectedText() == "secrets.key"
    manual.search.setText("no such words in the manual")
    assert not manual.find_next()


def test_every_image_the_manual_shows_is_one_of_the_documentation_screenshots():
    html = manual_path().read_text(encoding="utf-8")
    sources = re.findall(r'<img src="([^"]+)"', html)
    assert sorted(sources) == sorted(TOUR_IMAGES)
    assert all(resource("docs", source).is_file() for source in sources)


def test_about_names_the_version_the_data_folder_the_database_and_the_log_file_and_copies_them(
        context, window, modal, data_dir):
    path = start_logging(data_dir)
    try:
        win = window(context)
        shown = {}

        def read_and_copy(dialog) -> None:
            shown.update({label: value.text() for label, value in dialog.values.items()})
            dialog.copy_button.click()
            shown["clipboard"] = QGuiApplication.clipboard().text()
            dialog.reject()

        modal.answer(handle=read_and_copy)
        dialog = win.about()
    finally:
        stop_logging()
    assert dialog.windowTitle() == "About CustomsDesk"
    assert shown["Version"] == f"CustomsDesk {version('customsdesk')}"
    assert shown["Data folder"] == str(data_dir)
    assert shown["Database"] == str(context.store.path)
    assert shown["Log file"] == str(path)
    assert "alice" in shown["Signed in as"]
    for line in (f"Version: CustomsDesk {version('customsdesk')}", f"Data folder: {data_dir}",
                 f"Database: {context.store.path}", f"Log file: {path}"):
        assert line in shown["clipboard"].splitlines()


def test_about_before_the_database_is_open_says_so(qtbot, modal):
    win = MainWindow()
    qtbot.addWidget(win)
    shown = {}

    def read(dialog) -> None:
        shown.update({label: value.text() for label, value in dialog.values.items()})
        dialog.reject()

    modal.answer(handle=read)
    win.about()
    assert shown["Data folder"] == "not open yet" and shown["Signed in as"] == "nobody"
    assert shown["Version"].startswith("CustomsDesk ")
