"""First start: the local administrator, who has no password yet, chooses a login name and a password."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLineEdit

from core.errors import FieldError, LoginFailed, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users.passwords import MIN_LENGTH, password_problems
from ui.dialogs.form import ErrorLabel, FieldForm, dialog_buttons, password_field
from ui.dialogs.login_dialog import DIALOG_WIDTH, LAST_LOGIN_KEY, fit_height, lay_out

if TYPE_CHECKING:
    from core.context import UserContext

INTRO = QT_TRANSLATE_NOOP("CreateAdminDialog",
                          "This is the first start of CustomsDesk on this computer. Create the administrator: the "
                          "account that adds the other users, decides who represents which organisation and can "
                          "reset passwords.")
DIFFERENT = QT_TRANSLATE_NOOP("CreateAdminDialog", "The two passwords differ: type the password again in both fields.")


def password_note() -> str:
    return translate("CreateAdminDialog", "At least %n characters; a short sentence is easy to remember. It also seals "
                     "the access codes you store: nobody can read them without it, and a forgotten password cannot "
                     "be recovered.", None, MIN_LENGTH)


class CreateAdminDialog(QDialog):
    """Sets the first password of the password-less administrator signed in as ``first.session``; ``context`` is
    then the administrator signed in with it."""

    def __init__(self, first: UserContext, parent=None):
        super().__init__(parent)
        self._first = first
        self.context: UserContext | None = None
        self.setObjectName("CreateAdminDialog")
        self.setWindowTitle(translate("CreateAdminDialog", "Create the administrator"))
        self.setMinimumWidth(DIALOG_WIDTH + 80)

        user = first.session.user
        self.login = QLineEdit(user.login)
        self.login.setObjectName("login")
        self.full_name = QLineEdit(user.full_name)
        self.full_name.setObjectName("full_name")
        self.full_name.setPlaceholderText(translate("CreateAdminDialog", "e.g. Jana Dvořáková"))
        self.password = password_field("password")
        self.repeat = password_field("repeat")
        self.form = FieldForm(QFormLayout())
        self.form.add("login", translate("CreateAdminDialog", "&Login name:"), self.login,
                      translate("CreateAdminDialog", "Letters, digits, dots, dashes or underscores"))
        self.form.add("full_name", translate("CreateAdminDialog", "&Full name:"), self.full_name)
        self.form.add("password", translate("CreateAdminDialog", "&Password:"), self.password, password_note())
        self.form.add("repeat", translate("CreateAdminDialog", "&Repeat password:"), self.repeat)
        self.general_error = ErrorLabel()
        self.form.clear_when_right("password", self.password,
                                   lambda text: bool(password_problems(text, self.login.text().strip())))
        self.form.clear_when_right("repeat", self.repeat, lambda text: text != self.password.text())

        buttons = dialog_buttons(self, translate("CreateAdminDialog", "&Create administrator"))
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        lay_out(self, self.windowTitle(), translate("CreateAdminDialog", INTRO), self.form, self.general_error,
                buttons)
        self.password.setFocus()

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self._refuse([FieldError("repeat", translate("CreateAdminDialog", DIFFERENT))])
            return
        if self._create():
            super().accept()

    def _create(self) -> bool:
        """Set the first password, then sign in with it; the password fields are cleared either way."""
        password = self.password.text()
        self._clear_passwords()
        try:
            user = self._first.users.set_first_password(self._first.session, password, self.login.text().strip(),
                                                     self.full_name.text().strip())
            self.context = self._first.installation.sign_in(user.login, password)
        except ValidationError as exc:
            self._refuse(exc.errors)
            return False
        except LoginFailed as exc:
            self.general_error.show_message(str(exc))
            fit_height(self)
            return False
        finally:
            del password
        self._first.set_setting(LAST_LOGIN_KEY, self.context.user)
        return True

    def _refuse(self, errors: list[FieldError]) -> None:
        self._clear_passwords()
        self.form.show(errors, fallback=self.general_error)
        fit_height(self)
        if not any(e.field == "login" for e in errors):
            self.password.setFocus()

    def _clear_passwords(self) -> None:
        self.password.clear()
        self.repeat.clear()
