"""Changing one's own password: the stored access codes stay readable."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QFormLayout

from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users.passwords import MIN_LENGTH, password_problems
from ui.dialogs.form import ErrorLabel, FieldForm, dialog_buttons, password_field
from ui.dialogs.login_dialog import DIALOG_WIDTH, fit_height, lay_out

if TYPE_CHECKING:
    from core.context import UserContext

CODES_STAY = QT_TRANSLATE_NOOP("ChangePasswordDialog",
                               "Your access codes stay readable: they are sealed with your own key, and the new "
                               "password takes over protecting that key. A forgotten password cannot be recovered — "
                               "an administrator can only set a new one, and then your stored access codes are lost.")
DIFFERENT = QT_TRANSLATE_NOOP("ChangePasswordDialog",
                              "The two new passwords differ: type the new password again in both fields.")


class ChangePasswordDialog(QDialog):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.setObjectName("ChangePasswordDialog")
        self.setWindowTitle(translate("ChangePasswordDialog", "Change password"))
        self.setMinimumWidth(DIALOG_WIDTH + 40)

        self.old_password = password_field("old_password")
        self.new_password = password_field("new_password")
        self.repeat = password_field("repeat")
        self.form = FieldForm(QFormLayout())
        self.form.add("old_password", translate("ChangePasswordDialog", "&Current password:"), self.old_password)
        self.form.add("new_password", translate("ChangePasswordDialog", "&New password:"), self.new_password,
                      translate("ChangePasswordDialog", "At least %n characters", None, MIN_LENGTH))
        self.form.add("repeat", translate("ChangePasswordDialog", "&Repeat new password:"), self.repeat)
        self.general_error = ErrorLabel()
        login = context.session.user.login
        self.form.clear_when_right("new_password", self.new_password,
                                   lambda text: bool(password_problems(text, login)))
        self.form.clear_when_right("repeat", self.repeat, lambda text: text != self.new_password.text())

        title = translate("ChangePasswordDialog", "Change the password of {user}").format(
            user=context.session.user.label)
        self.codes_note = lay_out(self, title, translate("ChangePasswordDialog", CODES_STAY), self.form,
                                  self.general_error,
                                  dialog_buttons(self, translate("ChangePasswordDialog", "&Change password")))
        self.old_password.setFocus()

    def accept(self) -> None:
        if self.new_password.text() != self.repeat.text():
            self._refuse([FieldError("repeat", translate("ChangePasswordDialog", DIFFERENT))])
            return
        old, new = self.old_password.text(), self.new_password.text()
        try:
            self._context.users.change_password(self._context.session, old, new)
        except ValidationError as exc:
            self._refuse(exc.errors)
            return
        finally:
            del old, new
        self.old_password.clear()
        self._clear_new()
        super().accept()

    def _refuse(self, errors: list[FieldError]) -> None:
        """Show the errors; the current password is typed again only when it was wrong."""
        if any(e.field == "old_password" for e in errors):
            self.old_password.clear()
        self._clear_new()
        self.form.show(errors, fallback=self.general_error)
        fit_height(self)

    def _clear_new(self) -> None:
        self.new_password.clear()
        self.repeat.clear()
