"""The window's log: the about box and the crash report name it; start-up, sign-ins and errors reach it."""
from __future__ import annotations

import sys
from importlib.metadata import version

import pytest
from PySide6.QtWidgets import QMessageBox

from core.errors import NotFound
from core.logs import log_file, start_logging, stop_logging
from simulator.demo import DEMO_PASSWORD
from ui_helpers import sign_out_confirmed
from ui.app import run_gui
from ui.crash import install_crash_handler
from ui.dialogs.login_dialog import LoginDialog

ADMIN_PASSWORD = "alice keeps the keys"
WRONG_PASSWORD = "jan forgot his sentence"


@pytest.fixture(autouse=True)
def _log_stopped():
    yield
    stop_logging()


@pytest.fixture
def crash_handler(monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    install_crash_handler()
    return sys.excepthook


def test_about_shows_the_version_and_the_log_file(context, window, modal, data_dir):
    path = start_logging(data_dir)
    win = window(context)
    shown = {}
    modal.answer(handle=lambda dialog: (shown.update(text=dialog.text()), dialog.reject()))
    win.about()
    [about] = modal.seen
    assert about.title == "About CustomsDesk"
    assert shown["text"].startswith(f"Version: CustomsDesk {version('customsdesk')}\n")
    assert f"\nLog file: {path}\n" in shown["text"]


def test_an_unexpected_error_is_logged_with_its_traceback_and_the_report_names_the_log(data_dir, modal,
                                                                                      crash_handler):
    path = start_logging(data_dir)
    shown = {}

    def read_report(dialog):
        shown["report"] = dialog.text.toPlainText()
        dialog.reject()

    modal.answer(handle=read_report)
    try:
        raise RuntimeError(f"the register broke while signing in with password={ADMIN_PASSWORD}")
    except RuntimeError:
        crash_handler(*sys.exc_info())

    assert modal.seen[0].widget_class == "CrashDialog"
    assert f"\nLog file: {path}\n" in shown["report"]
    assert "RuntimeError: the register broke while signing in with password=****" in shown["report"]
    text = path.read_text(encoding="utf-8")
    assert "CRITICAL ui.crash: unexpected error\nTraceback (most recent call last):" in text
    assert 'raise RuntimeError(f"the register broke' in text
    assert "RuntimeError: the register broke while signing in with password=****" in text
    assert ADMIN_PASSWORD not in text and ADMIN_PASSWORD not in shown["report"]


def test_an_error_meant_for_the_user_is_shown_and_logged_with_its_traceback(data_dir, modal, crash_handler):
    path = start_logging(data_dir)
    modal.answer(QMessageBox.StandardButton.Ok)
    try:
        raise NotFound("The guarantee was deleted meanwhile.")
    except NotFound:
        crash_handler(*sys.exc_info())
    assert modal.seen[0].text == "The guarantee was deleted meanwhile."
    text = path.read_text(encoding="utf-8")
    assert "WARNING ui.crash: The guarantee was deleted meanwhile.\nTraceback (most recent call last):" in text
    assert "core.errors.NotFound: The guarantee was deleted meanwhile." in text


def test_signing_out_and_in_again_is_logged_without_the_passwords(demo_ws, data_dir, window, modal):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    path = start_logging(data_dir)
    win = window(demo_ws)

    def sign_in_as_jan(dialog):
        assert isinstance(dialog, LoginDialog)
        for password in (WRONG_PASSWORD, DEMO_PASSWORD):
            dialog.login.setText("jan")
            dialog.password.setText(password)
            dialog.accept()

    sign_out_confirmed(win, modal, sign_in_as_jan)
    assert win.context.user == "jan"
    text = path.read_text(encoding="utf-8")
    assert "INFO core.users.audit: signed out: alice\n" in text
    assert "WARNING core.users.audit: failed sign-in: jan\n" in text
    assert "INFO core.users.audit: signed in: jan\n" in text
    for password in (ADMIN_PASSWORD, WRONG_PASSWORD, DEMO_PASSWORD):
        assert password not in text


def test_the_window_starts_the_log_in_its_data_folder_and_ends_it_when_it_closes(data_dir, modal, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its crash handler
    modal.answer()  # Quit at the first start
    assert run_gui(data_dir) == 0
    assert log_file() is None
    lines = (data_dir / "logs" / "customsdesk.log").read_text(encoding="utf-8").splitlines()
    assert f"INFO core.logs: CustomsDesk {version('customsdesk')} started (window; Qt 6." in lines[0]
    assert f"; data folder {data_dir}; Python 3." in lines[0]
    assert lines[-1].endswith("INFO ui.app: CustomsDesk closed")
