"""Accounts in the window: signing in, the first administrator, changing the password, locking, signing out."""
from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QShortcutEvent
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from core.errors import LoginFailed
from core.guarantees.access_codes import AccessCodes
from core.guarantees.model import Guarantee
from core.installation import Installation, open_context
from core.secrets import Secret
from core.settings import DEMO_OFFERED_KEY
from core.users import AuditFilter, Role, User
from simulator.demo import DEMO_PASSWORD
from ui.account import IDLE_SETTING, LockedPage, is_locked, restart_idle_lock
from ui.app import run_gui, show_main_window
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.create_admin_dialog import CreateAdminDialog
from ui.dialogs.login_dialog import LAST_LOGIN_KEY, OTHER_USER, LoginDialog

ADMIN_PASSWORD = "alice keeps the keys"
JAN_PASSWORD = "jan signs declarations"
NEW_PASSWORD = "a brand new sentence"
ERROR_RED = "#c0392b"
GRN = "23GB0000010000863"


@pytest.fixture
def jan(context) -> User:
    return context.users.add_user(context.session, User(login="jan", role=Role.DECLARANT, full_name="Jan Novák"), JAN_PASSWORD)


@pytest.fixture
def admin_ws(context):
    """alice, the administrator, with a password (so that she can lock the window and sign in again)."""
    context.users.set_first_password(context.session, ADMIN_PASSWORD)
    return context


@pytest.fixture
def start(qtbot):
    """Factory: the window as ui.app shows it; its workspace is closed after the window (at teardown)."""
    windows = []

    def make(data_dir):
        win = show_main_window(data_dir)
        qtbot.addWidget(win)
        windows.append(win)
        return win

    yield make
    for win in windows:
        if win.context is not None:
            win.context.close()


def login_dialog(qtbot, context, unlock: bool = False, **options) -> LoginDialog:
    dialog = LoginDialog(context.installation, locked=context if unlock else None, **options)
    qtbot.addWidget(dialog)
    return dialog


def sign_in_with(dialog: LoginDialog, password: str, login: str | None = None) -> None:
    if login is not None:
        dialog.login.setText(login)
    dialog.password.setText(password)
    dialog.accept()


def shown(label) -> bool:
    return not label.isHidden() and bool(label.text())


def tree_organisations(win) -> list[str]:
    nav = win.navigation
    parent = nav.index_of(nav.organisations_node)
    return [nav.index(row, 0, parent).data() for row in range(nav.rowCount(parent))]


# --- the login dialog ------------------------------------------------------------------------------

def test_a_wrong_password_is_shown_in_red_cleared_and_audited(qtbot, context, jan):
    dialog = login_dialog(qtbot, context)
    sign_in_with(dialog, "not the password", login="jan")
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert shown(dialog.error) and "Wrong login name or password" in dialog.error.text()
    assert ERROR_RED in dialog.error.styleSheet()
    assert dialog.password.text() == ""
    assert context.user == "alice"
    failed = context.audit.list(AuditFilter(action="login_failed"))
    assert [(e.user, e.detail) for e in failed] == [("jan", "wrong password")]


def test_after_repeated_failures_the_dialog_says_when_to_try_again(qtbot, context, jan):
    dialog = login_dialog(qtbot, context)
    for _ in range(4):
        sign_in_with(dialog, "not the password", login="jan")
    assert "next attempt is possible at" in dialog.error.text()
    assert dialog.result() != QDialog.DialogCode.Accepted


def test_empty_fields_are_asked_for_without_counting_as_a_failed_sign_in(qtbot, context, jan):
    dialog = login_dialog(qtbot, context, login="")
    sign_in_with(dialog, "", login="jan")
    assert dialog.error.text() == "Type your password."
    sign_in_with(dialog, "whatever", login=" ")
    assert dialog.error.text() == "Type your login name."
    assert context.audit.count(AuditFilter(action="login_failed")) == 0


def test_signing_in_remembers_the_login_name_and_keeps_no_password(qtbot, context, jan):
    first = login_dialog(qtbot, context)
    assert first.login.text() == "" and first.focusWidget() is first.login
    sign_in_with(first, JAN_PASSWORD, login="jan")
    assert first.result() == QDialog.DialogCode.Accepted
    assert first.context.user == "jan" and context.setting(LAST_LOGIN_KEY) == "jan"
    assert first.password.text() == ""
    assert not [name for name, value in vars(first).items() if JAN_PASSWORD in repr(value)]

    second = login_dialog(qtbot, context)
    assert second.login.text() == "jan"
    assert second.focusWidget() is second.password


def test_the_unlock_dialog_shows_the_login_read_only_and_offers_another_user(qtbot, admin_ws):
    admin_ws.lock()
    dialog = login_dialog(qtbot, admin_ws, unlock=True)
    assert dialog.login.text() == "alice" and dialog.login.isReadOnly()
    assert dialog.other_user_button is not None
    dialog.other_user_button.click()
    assert dialog.result() == OTHER_USER
    assert admin_ws.session.locked


# --- first start and start-up ---------------------------------------------------------------------

def fill_create_admin(dialog: CreateAdminDialog) -> None:
    assert isinstance(dialog, CreateAdminDialog)
    assert dialog.login.text() != ""  # the password-less administrator's own name
    dialog.login.setText("chief")
    dialog.full_name.setText("Jana Dvořáková")
    for password, repeat in (("short", "short"), (NEW_PASSWORD, NEW_PASSWORD + "!")):
        dialog.password.setText(password)
        dialog.repeat.setText(repeat)
        dialog.accept()
        assert dialog.isVisible()
        assert dialog.password.text() == "" and dialog.repeat.text() == ""
    assert shown(dialog.form.error_label("repeat"))
    dialog.password.setText(NEW_PASSWORD)
    dialog.repeat.setText(NEW_PASSWORD)
    dialog.accept()


def test_the_first_start_creates_the_administrator_and_then_a_password_is_needed(qtbot, start, data_dir, modal):
    too_short = []

    def create(dialog):
        dialog.password.setText("short")
        dialog.repeat.setText("short")
        dialog.accept()
        too_short.append(dialog.form.error_label("password").text())
        fill_create_admin(dialog)
        modal.answer(QMessageBox.StandardButton.No)  # the demo offer that follows

    modal.answer(handle=create)
    win = start(data_dir)
    qtbot.waitUntil(lambda: len(modal.seen) == 2)
    assert "at least 10 characters" in too_short[0]
    assert modal.seen[0].widget_class == "CreateAdminDialog"
    assert modal.seen[1].title == "Welcome to CustomsDesk"
    assert win.context.user == "chief" and win.context.session.user.full_name == "Jana Dvořáková"
    assert "Jana Dvořáková (chief), administrator" in win.windowTitle()
    assert "administrator" in win.status.text()

    with pytest.raises(LoginFailed):
        open_context(data_dir)
    again = open_context(data_dir, user="chief", password=NEW_PASSWORD)
    assert again.access.is_admin
    again.close()


def test_cancelling_the_first_dialog_quits_with_exit_code_0(data_dir, modal, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs its crash handler
    modal.answer()  # Cancel (labelled Quit)
    assert run_gui(data_dir) == 0
    assert modal.seen[0].widget_class == "CreateAdminDialog"
    check = Installation.open(data_dir)
    assert check.users.needs_administrator()  # nothing was set
    check.close()


def test_a_later_start_asks_who_signs_in_and_shows_their_name_and_role(qtbot, start, data_dir, admin_ws, jan, modal):
    admin_ws.set_setting(LAST_LOGIN_KEY, "jan")
    admin_ws.set_setting(DEMO_OFFERED_KEY, "declined")
    errors = []

    def sign_in(dialog):
        assert isinstance(dialog, LoginDialog) and dialog.login.text() == "jan"
        assert dialog.cancel_button.text() == "&Quit"
        sign_in_with(dialog, "not the password")
        errors.append(dialog.error.text())
        sign_in_with(dialog, JAN_PASSWORD)

    modal.answer(handle=sign_in)
    win = start(data_dir)
    qtbot.waitUntil(lambda: win.context is not None)
    assert "Wrong login name or password" in errors[0]
    assert win.context.user == "jan"
    assert win.windowTitle() == "CustomsDesk — Jan Novák (jan), declarant"
    assert "Jan Novák (jan), declarant" in win.status.text()


def test_cancelling_the_sign_in_closes_the_window_and_the_database(qtbot, start, data_dir, admin_ws, modal):
    modal.answer()
    win = start(data_dir)
    qtbot.waitUntil(lambda: not win.isVisible())
    assert modal.seen[0].widget_class == "LoginDialog"
    assert win.context is None and win.open_problem is None


# --- password --------------------------------------------------------------------------------------

def test_changing_the_password_keeps_the_own_access_codes_readable(qtbot, data_dir, admin_ws, org, window, modal):
    g = admin_ws.guarantees.add(Guarantee(org_id=org.id, type="1", grn=GRN, office="CZ520101"))
    admin_ws.access_codes.save(g.id, AccessCodes(spks=[Secret("AC01")]))
    win = window(admin_ws)
    seen = {}

    def change(dialog):
        assert isinstance(dialog, ChangePasswordDialog)
        seen["note"] = dialog.codes_note.text()
        dialog.old_password.setText("not the password")
        dialog.new_password.setText(NEW_PASSWORD)
        dialog.repeat.setText(NEW_PASSWORD)
        dialog.accept()
        seen["old"] = dialog.form.error_label("old_password").text()
        dialog.old_password.setText(ADMIN_PASSWORD)
        dialog.new_password.setText("alice")
        dialog.repeat.setText("alice")
        dialog.accept()
        seen["new"] = dialog.form.error_label("new_password").text()
        assert dialog.old_password.text() == ADMIN_PASSWORD  # only a wrong current password is typed again
        dialog.new_password.setText(NEW_PASSWORD)
        dialog.repeat.setText(NEW_PASSWORD)
        dialog.accept()

    modal.answer(handle=change)
    dialog = win.change_password()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "stay readable" in seen["note"]
    assert "current password is not right" in seen["old"]
    assert "at least 10 characters" in seen["new"]
    assert "access codes stay readable" in win.statusBar().currentMessage()

    with pytest.raises(LoginFailed):
        open_context(data_dir, user="alice", password=ADMIN_PASSWORD)
    again = open_context(data_dir, user="alice", password=NEW_PASSWORD)
    assert [s.reveal() for s in again.access_codes.codes_for(g.id).spks] == ["AC01"]
    again.close()


def test_a_user_without_a_password_chooses_one_instead_of_changing_it(context, window, modal):
    win = window(context)
    assert not win.idle_lock.timer.isActive()  # nothing to unlock with yet

    def choose(dialog):
        assert isinstance(dialog, CreateAdminDialog)
        dialog.password.setText(NEW_PASSWORD)
        dialog.repeat.setText(NEW_PASSWORD)
        dialog.accept()

    modal.answer(handle=choose)
    dialog = win.change_password()
    assert modal.seen[0].title == "Choose your password"
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.session.user.has_password
    assert win.idle_lock.timer.isActive()


# --- locking ---------------------------------------------------------------------------------------

def test_idle_lock_hides_the_register_and_the_right_password_restores_it(qtbot, admin_ws, window, modal):
    win = window(admin_ws)
    register = win.centralWidget()
    messages = win.open_messages()
    while_locked = {}

    def unlock(dialog):
        page = win.centralWidget()
        while_locked.update(page=page, text=page.text.text(), locked=admin_ws.session.locked,
                            register=register.isVisible(), messages=messages.isVisible(),
                            menus=win.menuBar().isEnabled(), login=dialog.login.text())
        sign_in_with(dialog, "not the password")
        while_locked["error"] = dialog.error.text()
        assert dialog.isVisible()
        sign_in_with(dialog, ADMIN_PASSWORD)

    modal.answer(handle=unlock)
    admin_ws.set_setting(IDLE_SETTING, "0.002")  # 120 ms
    restart_idle_lock(win)
    qtbot.waitUntil(lambda: "error" in while_locked, timeout=5000)
    assert isinstance(while_locked["page"], LockedPage)
    assert while_locked["text"] == "Locked by alice — sign in to continue"
    assert while_locked["locked"] and while_locked["login"] == "alice"
    assert not while_locked["register"] and not while_locked["messages"] and not while_locked["menus"]
    assert "Wrong login name or password" in while_locked["error"]

    qtbot.waitUntil(lambda: not is_locked(win))
    assert win.centralWidget() is register and register.isVisible()
    assert messages.isVisible() and win.menuBar().isEnabled()
    assert not admin_ws.session.locked
    assert admin_ws.audit.count(AuditFilter(action="locked")) == 1
    assert win.idle_lock.timer.isActive()


def test_keyboard_and_mouse_input_restart_the_idle_time_and_0_means_never(qtbot, admin_ws, window):
    win = window(admin_ws)
    idle = win.idle_lock
    assert idle.timer.isActive() and idle.timer.interval() == 10 * 60_000  # the default
    admin_ws.set_setting(IDLE_SETTING, "1")
    restart_idle_lock(win)
    qtbot.wait(300)
    waited = idle.timer.remainingTime()
    assert waited <= 60_000 - 250
    qtbot.keyClick(win.tree, Qt.Key.Key_Down)
    assert idle.timer.remainingTime() > waited + 200
    qtbot.wait(300)
    waited = idle.timer.remainingTime()
    qtbot.mouseClick(win.tree.viewport(), Qt.MouseButton.LeftButton)
    assert idle.timer.remainingTime() > waited + 200

    admin_ws.set_setting(IDLE_SETTING, "0")
    restart_idle_lock(win)
    assert not idle.timer.isActive()


def test_cancelling_the_unlock_leaves_the_window_locked_until_the_password_is_given(qtbot, admin_ws, window, modal):
    win = window(admin_ws)
    modal.answer()
    win.idle_lock.timer.timeout.emit()
    assert is_locked(win) and admin_ws.session.locked
    assert not win.idle_lock.timer.isActive()
    assert not win.menuBar().isEnabled()
    new_organisation = win.actions["new_organisation"]
    with qtbot.assertNotEmitted(new_organisation.triggered, wait=0):
        QApplication.sendEvent(new_organisation, QShortcutEvent(new_organisation.shortcut(), 0))

    modal.answer(handle=lambda dialog: sign_in_with(dialog, ADMIN_PASSWORD))
    win.centralWidget().button.click()
    assert not is_locked(win) and not admin_ws.session.locked
    assert win.tree.isVisible() and win.menuBar().isEnabled()


def test_a_dialog_left_open_is_covered_while_locked_and_kept(qtbot, admin_ws, window, modal):
    from ui.dialogs.organisation_editor import OrganisationEditor

    win = window(admin_ws)
    seen = {}

    def unlock(dialog):
        editor = win.findChild(OrganisationEditor)
        cover = editor.findChild(QWidget, "lock_notice")
        seen.update(covered=cover is not None and cover.isVisible(), name_enabled=editor.name.isEnabled())
        sign_in_with(dialog, ADMIN_PASSWORD)

    def type_then_lock(editor):
        editor.name.setText("Typed before the lock")
        modal.answer(handle=unlock)
        win.lock()
        seen.update(kept=editor.name.text(), uncovered=editor.name.isEnabled(), visible=editor.isVisible())
        editor.reject()

    modal.answer(handle=type_then_lock)
    win.new_organisation()
    assert seen == {"covered": True, "name_enabled": False, "kept": "Typed before the lock", "uncovered": True,
                    "visible": True}


# --- signing out -----------------------------------------------------------------------------------

@pytest.fixture
def demo_admin_ws(demo_ws):
    demo_ws.users.set_first_password(demo_ws.session, ADMIN_PASSWORD)
    return demo_ws


def test_signing_out_and_in_as_a_declarant_shows_only_their_organisations(qtbot, demo_admin_ws, window, modal):
    context = demo_admin_ws
    win = window(context)
    messages = win.open_messages()
    assert len(tree_organisations(win)) == 4

    def sign_in_as_jan(dialog):
        assert isinstance(dialog, LoginDialog) and dialog.login.text() == ""
        assert is_locked(win) and not messages.isVisible()
        sign_in_with(dialog, DEMO_PASSWORD, login="jan")

    def confirm(box):
        assert box.text() == "Sign out alice?"
        box.button(QMessageBox.StandardButton.Yes).click()
        modal.answer(handle=sign_in_as_jan)  # after this one has gone: no race between the two answers

    modal.answer(handle=confirm)
    win.sign_out()
    assert win.context.user == "jan" and context.session.locked
    shown_names = [label.split(" (")[0] for label in tree_organisations(win)]  # Jihočeská: through Spedice Brno
    assert sorted(shown_names) == ["Jihočeská doprava a.s.", "Spedice Brno s.r.o.", "Transpol Sp. z o.o."]
    assert win.org_table.model().rowCount() == 3
    assert "jan" in win.windowTitle() and "declarant" in win.windowTitle()
    assert win.messages_window is None
    assert not is_locked(win) and win.tree.isVisible()
    logouts = [row[0] for row in context.db.execute("SELECT \"user\" FROM audit_log WHERE action = 'logout'")]
    assert logouts == ["alice"]


def test_declining_to_sign_out_keeps_the_user(qtbot, demo_admin_ws, window, modal):
    win = window(demo_admin_ws)
    modal.answer(QMessageBox.StandardButton.Cancel)
    win.sign_out()
    assert demo_admin_ws.user == "alice" and not is_locked(win) and not demo_admin_ws.session.locked


def test_the_locked_window_can_be_handed_to_another_user(qtbot, demo_admin_ws, window, modal):
    win = window(demo_admin_ws)

    def another_user(dialog):
        dialog.other_user_button.click()
        modal.answer(handle=lambda fresh: sign_in_with(fresh, DEMO_PASSWORD, login="petra"))

    modal.answer(handle=another_user)
    win.lock()
    assert win.context.user == "petra"
    assert len(tree_organisations(win)) == 3
    assert "guarantee officer" in win.windowTitle()


def test_after_loading_the_demo_the_accounts_and_password_are_shown(qtbot, admin_ws, window):
    win = window(admin_ws)
    win.load_demo()
    box = win.findChild(QMessageBox, "demo_accounts")
    assert box is not None and box.isVisible() and not box.isModal()
    for text in ("petra", "jan", "eva", DEMO_PASSWORD, "guarantee officer", "declarant"):
        assert text in box.text()
    assert "Sign out" in box.informativeText()
    box.close()


# --- screenshots -----------------------------------------------------------------------------------

def test_the_account_screenshots_are_real_images(tmp_path, monkeypatch):
    import tempfile

    from tools.screenshots import render_accounts

    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    written = render_accounts(tmp_path / "shots")
    assert sorted(p.name for p in written) == ["change-password.png", "create-administrator.png", "locked.png",
                                               "login.png", "unlock.png"]
    for path in written:
        image = QImage(str(path))
        assert not image.isNull() and image.width() > 300 and image.height() > 150, path.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 9) for y in range(0, image.height(), 9)}
        assert len(colours) > 3, path.name
    assert QApplication.activeModalWidget() is None
