"""The account side of the main window: signing in at start, the password, locking and signing out.

While the window is locked or nobody is signed in, a notice page stands in for the register, the
menus and the command shortcuts are off, other windows are hidden (modal dialogs left open are
covered instead, so that nothing typed in them is lost) and sending and receiving carries on.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.errors import LoginFailed
from core.i18n import translate

if TYPE_CHECKING:
    from core.context import UserContext
    from core.installation import Installation
    from ui.main_window import MainWindow

IDLE_SETTING = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
STILL_AVAILABLE = ("quit", "about")  # commands that work while the window is locked
NOT_WINDOWS = (Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen)


def window_title(context: UserContext) -> str:
    user = context.session.user
    return translate("Account", "CustomsDesk — {user}, {role}").format(user=user.label, role=user.role.label)


def idle_minutes(context: UserContext) -> float:
    """Minutes without keyboard or mouse input before the window locks (0: never)."""
    try:
        minutes = float(context.setting(IDLE_SETTING, str(DEFAULT_IDLE_MINUTES)))
    except ValueError:
        minutes = DEFAULT_IDLE_MINUTES
    return max(minutes, 0.0)


# --- start-up --------------------------------------------------------------------------------------

def sign_in_at_start(window: MainWindow, installation: Installation) -> UserContext | None:
    """The first start creates the administrator; later starts ask who signs in. None: the user quit."""
    dialog = _start_dialog(window, installation)
    dialog.cancel_button.setText(translate("Account", "&Quit"))
    try:
        return dialog.context if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


def _start_dialog(window: MainWindow, installation: Installation) -> QDialog:
    from ui.dialogs.create_admin_dialog import CreateAdminDialog
    from ui.dialogs.login_dialog import LoginDialog

    if installation.users.needs_administrator():
        try:
            first = installation.sign_in(None, None)
        except LoginFailed:  # no password-less administrator left: somebody with a password signs in
            return LoginDialog(installation, window)
        return CreateAdminDialog(first, window)
    return LoginDialog(installation, window)


def show_demo_accounts(window: MainWindow, result: dict) -> QMessageBox | None:
    """After loading the demo: who its users are and their password (a window that does not block)."""
    users = result.get("users") or []
    if not users:
        return None
    from html import escape

    from core.users import Level, Role

    access = translate("Account", "{role}, {level} access")
    rows = "".join(f"<tr><td><b>{escape(u['login'])}</b></td><td>{escape(u['full_name'])}</td>"
                   f"<td>{access.format(role=Role(u['role']).label, level=Level(u['level']).label)}</td></tr>"
                   for u in users)
    added = translate("Account", "The demo added these users:")
    password = translate("Account", "Each signs in with the password <b>{password}</b>").format(
        password=escape(result["demo_password"]))
    box = QMessageBox(QMessageBox.Icon.Information, translate("Account", "Demo accounts"),
                      f"<p>{added}</p><table cellspacing='6'>{rows}</table><p>{password}</p>",
                      QMessageBox.StandardButton.Ok, window)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 460px; }")
    box.setObjectName("demo_accounts")
    box.setInformativeText(translate(
        "Account", "You stay signed in as {user}. To see the register as one of them, use Account ▸ Sign out: each "
        "sees only the organisations they represent.").format(user=window.context.session.user.label))
    box.setWindowModality(Qt.WindowModality.NonModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


# --- password --------------------------------------------------------------------------------------

def change_password(window: MainWindow) -> QDialog | None:
    """Change the own password; a user without one yet (a single-user installation) chooses one."""
    from ui.dialogs.change_password_dialog import ChangePasswordDialog
    from ui.dialogs.create_admin_dialog import CreateAdminDialog

    context = window.context
    if context is None or is_locked(window):
        return None
    first = not context.session.user.has_password
    dialog = CreateAdminDialog(context, window) if first else ChangePasswordDialog(context, window)
    if first:
        dialog.setWindowTitle(translate("Account", "Choose your password"))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return dialog
    if first:
        window.setWindowTitle(window_title(context))
        window.refresh_status(translate("Account", "{user} now signs in with a password.").format(
            user=context.session.user.label))
        restart_idle_lock(window)
    else:
        window.refresh_status(translate("Account", "Password changed. Your access codes stay readable."))
    return dialog


def _has_password_or_chooses_one(window: MainWindow, what: str) -> bool:
    user = window.context.session.user
    if user.has_password:
        return True
    box = QMessageBox(QMessageBox.Icon.Information, what,
                      translate("Account", "{login} has no password yet, so could not sign in again. Choose a "
                                           "password first.").format(login=user.login),
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel, window)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Account", "&Choose a password…"))
    window.last_question = box
    if box.exec() != QMessageBox.StandardButton.Ok:
        return False
    dialog = change_password(window)
    return dialog is not None and dialog.result() == QDialog.DialogCode.Accepted


# --- idle lock -------------------------------------------------------------------------------------

def restart_idle_lock(window: MainWindow) -> None:
    """Count the idle time from now; a user without a password could not unlock, so is not locked."""
    user = window.context.session.user
    window.idle_lock.start(idle_minutes(window.context) if user.has_password else 0)


def lock_when_idle(window: MainWindow) -> None:
    if window.context is not None and not is_locked(window):
        lock_window(window)


# --- the notice that stands in for hidden content ---------------------------------------------------

class LockNotice(QWidget):
    """The text "Locked by … — sign in to continue" and the button that asks for the password."""

    def __init__(self, text: str, button_text: str, on_sign_in, parent=None):
        super().__init__(parent)
        self.setObjectName("lock_notice")
        self.setAutoFillBackground(True)
        self.text = QLabel(text)
        self.text.setObjectName("lock_text")
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setWordWrap(True)
        font = self.text.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        self.text.setFont(font)
        self.button = QPushButton(button_text)
        self.button.setObjectName("lock_sign_in")
        self._on_sign_in = on_sign_in
        self.button.clicked.connect(lambda: self._on_sign_in())
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(self.text)
        layout.addSpacing(12)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)

    def change(self, text: str, button_text: str, on_sign_in) -> None:
        self.text.setText(text)
        self.button.setText(button_text)
        self._on_sign_in = on_sign_in


class Cover(LockNotice):
    """Lies over a modal dialog left open when the window was locked, and keeps its content out of reach."""

    def __init__(self, dialog: QWidget, text: str, button_text: str, on_sign_in):
        super().__init__(text, button_text, on_sign_in, dialog)
        self.dialog = dialog
        self.disabled = [w for w in dialog.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
                         if w is not self and not w.isWindow() and w.isEnabled()]
        for widget in self.disabled:
            widget.setEnabled(False)
        self.setGeometry(dialog.rect())
        dialog.installEventFilter(self)
        self.raise_()
        self.show()
        self.button.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.dialog and event.type() == QEvent.Type.Resize:
            self.setGeometry(self.dialog.rect())
        return False

    def remove(self) -> None:
        self.dialog.removeEventFilter(self)
        for widget in self.disabled:
            widget.setEnabled(True)
        self.hide()
        self.deleteLater()


class LockedPage(LockNotice):
    """The window's central widget while locked; keeps what it hides, to give it back on unlocking."""

    def __init__(self, window: MainWindow, text: str, button_text: str, on_sign_in):
        super().__init__(text, button_text, on_sign_in)
        self.setObjectName("locked_page")
        self.setAutoFillBackground(False)
        self.main_window = window
        self.blocked = {a for a in window.actions if a.objectName() not in STILL_AVAILABLE}
        own_bars = window.findChildren(QToolBar, options=Qt.FindChildOption.FindDirectChildrenOnly)
        self.bars = [w for w in [window.menuBar(), *own_bars] if w.isEnabled()]
        others = secondary_windows(window)
        self.hidden_windows = [w for w in others if not w.isModal()]
        self.covers = [Cover(w, text, button_text, on_sign_in) for w in others if w.isModal()]
        for bar in self.bars:
            bar.setEnabled(False)
        for widget in self.hidden_windows:
            widget.hide()
        window.detail_guarantee_id = None  # its page is not redrawn while the key is gone
        window.detail.clear()
        self.register = window.takeCentralWidget()
        window.setCentralWidget(self)
        QApplication.instance().installEventFilter(self)

    def change(self, text: str, button_text: str, on_sign_in) -> None:
        super().change(text, button_text, on_sign_in)
        for cover in self.covers:
            cover.change(text, button_text, on_sign_in)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The window's command shortcuts do nothing while locked."""
        return event.type() == QEvent.Type.Shortcut and isinstance(watched, QAction) and watched in self.blocked

    def give_back(self) -> None:
        QApplication.instance().removeEventFilter(self)
        for cover in self.covers:
            cover.remove()
        self.main_window.takeCentralWidget()
        self.main_window.setCentralWidget(self.register)
        self.register.show()  # taking it out of the window hid it
        for bar in self.bars:
            bar.setEnabled(True)
        for widget in self.hidden_windows:
            if shiboken6.isValid(widget):  # not closed for good meanwhile
                widget.show()
        self.deleteLater()

    def close_secondary_windows(self) -> None:
        """Signing out: what was hidden or covered belongs to the user who left."""
        for cover in self.covers:
            cover.remove()
            cover.dialog.close()
        for widget in self.hidden_windows:
            if shiboken6.isValid(widget):
                widget.close()
        self.hidden_windows, self.covers = [], []


def secondary_windows(window: MainWindow) -> list[QWidget]:
    """The other windows on screen (dialogs, the messages window, administration…)."""
    return [w for w in QApplication.topLevelWidgets()
            if w is not window and w.isVisible() and w.windowType() not in NOT_WINDOWS]


def locked_page(window: MainWindow) -> LockedPage | None:
    page = window.centralWidget()
    return page if isinstance(page, LockedPage) else None


def is_locked(window: MainWindow) -> bool:
    """Locked, or signed out with nobody signed in yet."""
    return locked_page(window) is not None


def _hide_register(window: MainWindow, text: str, button_text: str, on_sign_in) -> LockedPage:
    page = locked_page(window)
    if page is None:
        page = LockedPage(window, text, button_text, on_sign_in)
    else:
        page.change(text, button_text, on_sign_in)
    window.idle_lock.stop()
    return page


def _show_register(window: MainWindow) -> None:
    page = locked_page(window)
    if page is not None:
        page.give_back()


# --- locking ---------------------------------------------------------------------------------------

def lock_window(window: MainWindow) -> None:
    """Forget the user's key and hide the register until the same user types the password again."""
    if window.context is None or is_locked(window) or not _has_password_or_chooses_one(
            window, translate("Account", "Lock", "verb: lock the window")):
        return
    context = window.context
    window.sync.cancel()  # a send and receive in progress ends before the key it may use is forgotten
    context.lock()
    _hide_register(window, translate("Account", "Locked by {user} — sign in to continue").format(
        user=context.session.user.label), translate("Account", "&Unlock…"), lambda: ask_to_unlock(window))
    window.statusBar().showMessage(translate("Account", "Locked by {login}.").format(login=context.user))
    ask_to_unlock(window)


def ask_to_unlock(window: MainWindow) -> int:
    """The password of the locked session; or, on request, somebody else signs in."""
    from ui.dialogs.login_dialog import OTHER_USER, LoginDialog

    dialog = LoginDialog(window.context.installation, window, locked=window.context)
    result = dialog.exec()
    dialog.deleteLater()
    if result == QDialog.DialogCode.Accepted:
        _show_register(window)
        window._refresh_page()
        window.refresh_status(translate("Account", "Unlocked: welcome back, {user}.").format(
            user=window.context.session.user.label))
        restart_idle_lock(window)
    elif result == OTHER_USER:
        switch_user(window)
    return result


# --- signing out -----------------------------------------------------------------------------------

def sign_out(window: MainWindow) -> None:
    context = window.context
    if context is None or not _has_password_or_chooses_one(window, translate("Account", "Sign out")):
        return
    box = QMessageBox(QMessageBox.Icon.Question, translate("Account", "Sign out"),
                      translate("Account", "Sign out {user}?").format(user=context.session.user.label),
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, window)
    box.setInformativeText(translate("Account", "Another user can then sign in. Open windows are closed; messages "
                                                "keep being sent and received meanwhile."))
    box.button(QMessageBox.StandardButton.Yes).setText(translate("Account", "Sign &out"))
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    window.last_question = box
    if box.exec() == QMessageBox.StandardButton.Yes:
        switch_user(window)


def switch_user(window: MainWindow) -> None:
    """End the session (its key is forgotten), close what it showed, and let somebody sign in."""
    login = window.context.user
    page = _hide_register(window, translate("Account", "Signed out — sign in to continue"),
                          translate("Account", "&Sign in…"), lambda: ask_to_sign_in(window))
    page.close_secondary_windows()
    for widget in secondary_windows(window):
        widget.close()
    window.session_controller.end()
    window.statusBar().showMessage(translate("Account", "{login} signed out.").format(login=login))
    ask_to_sign_in(window)


def ask_to_sign_in(window: MainWindow) -> int:
    from ui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(window.session_controller.installation, window, login="")
    result = dialog.exec()
    dialog.deleteLater()
    if result == QDialog.DialogCode.Accepted:
        _show_register(window)
        window.session_controller.begin(dialog.context)
        window.refresh_status(
            translate("Account", "Signed in as {user}.").format(user=window.context.session.user.label))
    return result
