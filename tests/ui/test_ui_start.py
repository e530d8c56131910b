"""First start (demo offer), opening the window from ui.app, and the screenshot renderer."""
from __future__ import annotations

import os
import socket
import tempfile
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QLabel, QMessageBox

from core.settings import DEMO_OFFERED_KEY
from core.store.database import DATABASE_FILE_NAME
from tools.screenshots import render_all
from ui.app import show_main_window
from ui.main_window import MainWindow

SCREENSHOTS = [
    "guarantee-editor-access-codes.png", "guarantee-editor-check-digit.png", "guarantee-editor.png",
    "main-window-status-message.png", "main-window.png", "office-picker.png", "organisation-editor-errors.png",
    "settings-appearance.png", "settings-ncts.png", "settings-office-database.png", "settings-reference-data.png",
]


def tree_organisations(win) -> int:
    nav = win.navigation
    return nav.rowCount(nav.index_of(nav.organisations_node))


def test_an_empty_database_offers_the_demo_data(context):
    assert context.should_offer_demo()


def test_accepting_the_demo_offer_loads_it_into_the_tree_and_starts_the_simulator(context, window, modal, qtbot):
    win = window(context)
    assert tree_organisations(win) == 0
    modal.answer(QMessageBox.StandardButton.Yes)
    win.offer_demo()
    assert len(modal.seen) == 1 and "Load demo data" in modal.seen[0].text
    assert context.organisations.count() == 4 and context.guarantees.count() == 10
    assert tree_organisations(win) == 4
    assert not context.should_offer_demo()
    assert "4 organisations · 10 guarantees" in win.status.text()
    assert win.actions["msg_simulator"].isChecked()
    qtbot.waitUntil(lambda: win.simulator.address is not None or not win.simulator.running, timeout=20000)
    if win.simulator.address is None:  # the training port is taken on this machine: said in the status bar
        assert "simulator" in win.statusBar().currentMessage()
    else:
        assert win.simulator.address.startswith("http://127.0.0.1:")
    win.stop_simulator()
    assert not win.simulator.running and not win.actions["msg_simulator"].isChecked()


def test_after_accepting_the_demo_offer_the_list_title_counts_the_organisations(context, window, modal):
    win = window(context)
    modal.answer(QMessageBox.StandardButton.Yes)
    win.offer_demo()
    assert win.org_table.model().rowCount() == 4
    assert win.list_title.text() == "Organisations (4)"


def test_declining_the_demo_offer_loads_nothing_and_does_not_ask_again(context, window, modal):
    win = window(context)
    modal.answer(QMessageBox.StandardButton.No)
    win.offer_demo()
    assert len(modal.seen) == 1
    assert context.organisations.count() == 0 and tree_organisations(win) == 0
    assert context.setting(DEMO_OFFERED_KEY) == "declined"
    assert not context.should_offer_demo()


def test_a_database_with_organisations_is_not_offered_the_demo(demo_ws):
    demo_ws.db.execute("DELETE FROM settings WHERE key = ?", [DEMO_OFFERED_KEY])
    assert not demo_ws.should_offer_demo()


def test_before_the_database_is_open_register_commands_are_disabled_saying_why(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    for name in ("new_organisation", "new_guarantee", "refresh", "settings", "load_demo"):
        assert not win.actions[name].isEnabled(), name
    assert "not open yet" in win.actions["new_organisation"].toolTip()


@pytest.mark.sqlite_file
def test_the_window_shows_first_then_opens_a_new_data_folder_and_offers_the_demo(qtbot, data_dir, modal):
    def create_administrator(dialog):
        dialog.password.setText("a first password")
        dialog.repeat.setText("a first password")
        dialog.accept()
        modal.answer(QMessageBox.StandardButton.No)

    modal.answer(handle=create_administrator)
    win = show_main_window(data_dir)
    qtbot.addWidget(win)
    assert win.isVisible()
    qtbot.waitUntil(lambda: len(modal.seen) == 2)
    assert modal.seen[0].title == "Create the administrator"
    assert modal.seen[1].title == "Welcome to CustomsDesk"
    assert win.context is not None and win.context.data_dir == data_dir
    assert (data_dir / DATABASE_FILE_NAME).exists()
    assert win.actions["new_organisation"].isEnabled()
    assert tree_organisations(win) == 0


@pytest.mark.sqlite_file
def test_a_damaged_database_is_explained_and_left_alone(qtbot, data_dir, modal):
    data_dir.mkdir()
    damaged = data_dir / DATABASE_FILE_NAME
    damaged.write_bytes(b"not a database at all" * 50)
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    modal.answer(QMessageBox.StandardButton.Ok)
    assert not win.open_data(data_dir)
    assert len(modal.seen) == 1
    assert modal.seen[0].title == "CustomsDesk cannot open its database"
    assert "not a readable CustomsDesk database" in modal.seen[0].text
    assert win.open_problem == modal.seen[0].text
    assert not win.isVisible() and win.context is None
    assert damaged.read_bytes() == b"not a database at all" * 50


def test_a_lost_key_file_is_explained_and_not_made_again(qtbot, context, modal):
    data_dir = context.data_dir  # its administrator has no password yet: the installation key seals his key
    context.close()
    key = data_dir / "secrets.key"
    key.unlink()
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    modal.answer(QMessageBox.StandardButton.Ok)

    assert not win.open_data(data_dir)

    assert [seen.title for seen in modal.seen] == ["CustomsDesk cannot open its database"]
    assert f"The key file {key} is missing" in modal.seen[0].text and "Restore secrets.key" in modal.seen[0].text
    assert win.open_problem == modal.seen[0].text and win.context is None
    assert not key.exists()


def test_screenshots_are_rendered_as_real_images(tmp_path, monkeypatch):
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # render_all's own data folder lands here
    out = tmp_path / "shots"
    written = render_all(out)
    assert sorted(p.name for p in written) == SCREENSHOTS
    for path in written:
        image = QImage(str(path))
        assert not image.isNull(), path.name
        assert image.width() > 300 and image.height() > 150, path.name
        blank = QImage(image)
        blank.fill(image.pixel(0, 0))
        assert image != blank, f"{path.name} is a single colour"
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 3, path.name


def test_what_the_window_imports_before_its_first_paint_leaves_the_database_and_the_messages_out():
    """main.py's way to the painted window (bench/startup.py's first paint): no store, no sqlite_utils, no XML."""
    import subprocess
    import sys
    from pathlib import Path

    script = ("import sys\n"
              "from cli import window_options\n"
              "window_options([])\n"
              "import ui.system_libraries, ui.app\n"
              "heavy = ('sqlite_utils', 'sqlite3', 'lxml', 'cryptography', 'aiohttp', 'qasync', 'core.store',\n"
              "         'core.messaging', 'core.context')\n"
              "print(sorted(m for m in sys.modules if m.startswith(heavy)))\n")
    result = subprocess.run([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def _office_database_chosen(data_dir, url) -> None:
    from core.store.office import choose_office_database

    data_dir.mkdir(exist_ok=True)
    choose_office_database(data_dir, url)


def test_an_office_database_that_does_not_answer_keeps_the_window_alive_and_is_said(qtbot, data_dir, modal):
    from PySide6.QtCore import QTimer

    silent = socket.socket()  # takes the connection, never answers: as a server behind a broken link
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:
        _office_database_chosen(data_dir, f"postgresql://clerk@127.0.0.1:{silent.getsockname()[1]}/office"
                                          "?connect_timeout=2")
        win = MainWindow()
        qtbot.addWidget(win)
        win.show()
        ticks = []
        timer = QTimer()
        timer.timeout.connect(lambda: ticks.append(1))
        timer.start(100)
        modal.answer(QMessageBox.StandardButton.Close)
        assert not win.open_data(data_dir)
        timer.stop()
    finally:
        silent.close()
    assert len(ticks) >= 10, "the window's event loop stood still while the server was asked"
    assert [seen.title for seen in modal.seen] == ["The office database cannot be reached"]
    assert "cannot be reached" in modal.seen[0].text and "Outages and paper movements" in modal.seen[0].informative
    assert win.open_problem == modal.seen[0].text and win.context is None


def test_trying_again_reaches_an_office_database_that_is_back(qtbot, data_dir, modal, office_url):
    _office_database_chosen(data_dir, "postgresql://clerk@127.0.0.1:1/office")  # nothing listens there

    def server_back(box) -> None:  # meanwhile the network is mended: the same choice now reaches the server
        _office_database_chosen(data_dir, office_url)
        box.button(QMessageBox.StandardButton.Retry).click()

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    modal.answer(handle=server_back)
    modal.answer()  # the first start's administrator: left for later
    win.open_data(data_dir)
    assert [seen.title for seen in modal.seen][:2] == ["The office database cannot be reached",
                                                       "Create the administrator"]


def test_a_refused_password_is_asked_for_at_start_and_kept_once_the_server_takes_it(qtbot, data_dir, modal,
                                                                                    file_keyring, server_account):
    from core.store.office import libpq_url
    from core.store.passwords import SERVICE, account_of
    from tools.postgres_server import PASSWORD

    _office_database_chosen(data_dir, server_account)
    typed = []

    def type_password(password):
        def handle(dialog) -> None:
            typed.append(dialog.findChild(QLabel).text())  # what the dialog says first: the server's refusal
            dialog.password.setText(password)
            dialog.accept()
        return handle

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    modal.answer(handle=type_password("not-the-password"))
    modal.answer(handle=type_password(PASSWORD))
    modal.answer()  # the first start's administrator: left for later
    win.open_data(data_dir)
    assert [seen.title for seen in modal.seen] == ["The office database asks for its password"] * 2 + [
        "Create the administrator"]
    assert all("did not accept the password" in said for said in typed)
    assert file_keyring.get_password(SERVICE, account_of(libpq_url(server_account))) == PASSWORD


def test_an_account_without_rights_is_told_at_start(qtbot, data_dir, modal, postgres_server, office_url):
    from core.store.office import open_office_store

    open_office_store(office_url).close()  # set up by its owner
    postgres_server.add_role("stranger")
    _office_database_chosen(data_dir, postgres_server.url(office_url.rsplit("/", 1)[1], "stranger"))
    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    modal.answer(QMessageBox.StandardButton.Ok)
    assert not win.open_data(data_dir)
    assert [seen.title for seen in modal.seen] == ["CustomsDesk cannot open its database"]
    assert "does not let" in modal.seen[0].text and win.open_problem == modal.seen[0].text


QUITTING_WHILE_REACHING = """
import sys, threading
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from core.store.office import choose_office_database
from ui.main_window import MainWindow
app = QApplication([])
data_dir = Path(sys.argv[1])
data_dir.mkdir()
choose_office_database(data_dir, f"postgresql://clerk@127.0.0.1:{sys.argv[2]}/office?connect_timeout=60")
win = MainWindow()
win.show()
outcome = []

def start() -> None:
    outcome.append(win.open_data(data_dir))
    outcome.append(any(t.name == "CustomsDesk: waiting beside the window" and t.is_alive()
                       for t in threading.enumerate()))

QTimer.singleShot(0, start)
QTimer.singleShot(300, win.close)  # the application ends with its last window
app.exec()
print(*outcome, flush=True)
"""


def test_closing_the_window_while_the_office_database_is_reached_does_not_wait_for_it(tmp_path):
    import subprocess
    import sys

    silent = socket.socket()  # takes the connection, never answers
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    try:  # a program of its own: the application's end cannot be undone for the tests after it
        done = subprocess.run([sys.executable, "-c", QUITTING_WHILE_REACHING, str(tmp_path / "data"),
                               str(silent.getsockname()[1])], capture_output=True, text=True, timeout=50,
                              cwd=Path(__file__).resolve().parents[2],
                              env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    finally:
        silent.close()
    assert done.stdout.split() == ["False", "True"], done.stdout + done.stderr  # returned, the server still asked
