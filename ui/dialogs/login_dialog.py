"""Signing in: at start, after signing out, and to unlock the window after it was locked."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from core.errors import LoginFailed
from core.i18n import translate
from ui.dialogs.form import ErrorLabel, FieldForm, dialog_buttons, password_field

if TYPE_CHECKING:
    from core.context import UserContext
    from core.installation import Installation

LAST_LOGIN_KEY = "last_login"
OTHER_USER = 2  # the dialog's result when "Sign in as another user" was chosen (Accepted is 1)
DIALOG_WIDTH = 440


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.3)
    font.setBold(True)
    label.setFont(font)
    return label


def wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def fit_height(dialog: QDialog) -> None:
    """As high as the wrapped texts need at the dialog's width (not at their narrowest); grows for messages."""
    if dialog.isVisible():
        needed = dialog.heightForWidth(dialog.width())
        if needed > dialog.height():
            dialog.resize(dialog.width(), needed)
        return
    width = max(dialog.minimumWidth(), dialog.sizeHint().width())
    dialog.resize(width, dialog.heightForWidth(width))


def lay_out(dialog: QDialog, title: str, intro: str, form: FieldForm, error: ErrorLabel,
            buttons: QDialogButtonBox) -> QLabel:
    """The sign-in dialogs' layout: heading, intro, the form with its error under it, then the buttons;
    the dialog is fitted to its texts. Returns the intro label."""
    intro_label = wrapped(intro)
    layout = QVBoxLayout(dialog)
    layout.addWidget(heading(title))
    layout.addWidget(intro_label)
    layout.addSpacing(6)
    layout.addLayout(form.layout)
    layout.addWidget(error)
    layout.addStretch(1)
    layout.addWidget(buttons)
    fit_height(dialog)
    return intro_label


class LoginDialog(QDialog):
    """Login name and password; in unlock mode the login is the locked session's, shown read-only.

    ``login``: the name to prefill (None: the last one signed in on this installation).
    The password is read from its field only while signing in and never kept.
    """

    def __init__(self, installation: Installation, parent=None, login: str | None = None,
                 locked: UserContext | None = None):
        """``locked``: unlock this user's context instead of signing somebody in."""
        super().__init__(parent)
        self._installation = installation
        self._locked = locked
        self._unlock = unlock = locked is not None
        self.context: UserContext | None = None  # once signed in or unlocked
        self.setObjectName("LoginDialog")
        self.setWindowTitle(translate("LoginDialog", "Unlock CustomsDesk") if unlock
                            else translate("LoginDialog", "Sign in to CustomsDesk"))
        self.setMinimumWidth(DIALOG_WIDTH)

        self.login = QLineEdit()
        self.login.setObjectName("login")
        self.password = password_field("password")
        self.form = FieldForm(QFormLayout())
        self.form.add("login", translate("LoginDialog", "&Login name:"), self.login)
        self.form.add("password", translate("LoginDialog", "&Password:"), self.password)
        self.error = ErrorLabel()
        self.error.setObjectName("login_error")

        buttons = dialog_buttons(self, translate("LoginDialog", "&Unlock") if unlock
                                 else translate("LoginDialog", "&Sign in"))
        self.sign_in_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.other_user_button: QPushButton | None = None
        if unlock:
            self.other_user_button = buttons.addButton(translate("LoginDialog", "Sign in as &another user"),
                                                       QDialogButtonBox.ButtonRole.ResetRole)
            self.other_user_button.setAutoDefault(False)
            self.other_user_button.clicked.connect(lambda: self.done(OTHER_USER))

        lay_out(self, self.windowTitle(), self._intro(), self.form, self.error, buttons)
        self._prefill(login)

    def _intro(self) -> str:
        if self._unlock:
            return translate("LoginDialog", "The window was locked. {user} can continue by typing the password; "
                             "messages keep being sent and received meanwhile.").format(
                user=self._locked.session.user.label)
        return translate("LoginDialog", "Type your login name and password. Your access codes are sealed with your "
                         "password.")

    def _prefill(self, login: str | None) -> None:
        if self._unlock:
            login = self._locked.user
            self.login.setReadOnly(True)
            self.login.setStyleSheet("QLineEdit { background: palette(window); }")
            self.login.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        elif login is None:
            login = self._installation.settings.get(LAST_LOGIN_KEY, "")
        self.login.setText(login)
        (self.password if login else self.login).setFocus()

    def accept(self) -> None:
        login = self.login.text().strip()
        if not login:
            self._say(translate("LoginDialog", "Type your login name."), self.login)
            return
        if not self.password.text():
            self._say(translate("LoginDialog", "Type your password."), self.password)
            return
        if self._sign_in(login):
            super().accept()

    def _say(self, message: str, field: QLineEdit) -> None:
        self.error.show_message(message)
        fit_height(self)
        field.setFocus()

    def _sign_in(self, login: str) -> bool:
        """Sign in with the typed password, clearing the field whatever happens."""
        password = self.password.text()
        self.password.clear()
        try:
            if self._unlock:
                self._locked.unlock(password)
                self.context = self._locked
            else:
                self.context = self._installation.sign_in(login, password)
        except LoginFailed as exc:
            self._say(str(exc), self.password)
            return False
        finally:
            del password
        self._installation.settings.set(LAST_LOGIN_KEY, self.context.user)
        return True
