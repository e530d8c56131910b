"""Adding and editing a user account, and an administrator's password reset (spec 04 §4.1)."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from core.errors import EditConflict, FieldError, UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.users import Level, ResetImpact, Role, User
from core.users.passwords import MIN_LENGTH, password_problems
from ui.dialogs.dates import optional_date, optional_date_edit, set_optional_date
from ui.dialogs.form import (
    ErrorLabel,
    FieldForm,
    add_reload_button,
    dialog_buttons,
    password_field,
    show_errors,
    show_refusal,
)

if TYPE_CHECKING:
    from core.context import UserContext

LEVEL_TEXTS = {
    Level.BASIC: QT_TRANSLATE_NOOP("UserEditor", "basic — acts in their own name only"),
    Level.ADVANCED: QT_TRANSLATE_NOOP("UserEditor", "advanced — acts for organisations (identity confirmed)"),
}
IDENTITY_METHODS = [QT_TRANSLATE_NOOP("UserEditor", "in person, identity card"),
                    QT_TRANSLATE_NOOP("UserEditor", "in person, passport"),
                    QT_TRANSLATE_NOOP("UserEditor", "qualified signature certificate"),
                    QT_TRANSLATE_NOOP("UserEditor", "bank identity")]
MISMATCH = QT_TRANSLATE_NOOP("UserEditor", "The two passwords differ: type the same password twice.")


def password_note() -> str:
    return translate("UserEditor", "At least %n characters, and not the login name.", None, MIN_LENGTH)


def password_errors(password: str, repeat: str, login: str) -> list[FieldError]:
    """What is wrong with a new password typed twice, before anything is saved."""
    errors = [FieldError("password", p) for p in password_problems(password, login)]
    if password != repeat:
        errors.append(FieldError("password_repeat", translate("UserEditor", MISMATCH)))
    return errors


class UserEditor(QDialog):
    """A new account (with its first password) or the profile, role and access level of an existing one."""

    def __init__(self, context: UserContext, user: User | None = None, parent=None):
        super().__init__(parent)
        self._context = context
        self._original = user
        self.saved: User | None = None
        self.setObjectName("UserEditor")
        self.setWindowTitle(translate("UserEditor", "Edit user {login}").format(login=user.login) if user
                            else translate("UserEditor", "New user"))
        self.form = FieldForm(QFormLayout())
        self._build_fields(with_password=user is None)
        self.general_error = ErrorLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        buttons = dialog_buttons(self, translate("UserEditor", "Save") if user else translate("UserEditor", "Add user"))
        self.reload_button = add_reload_button(buttons, translate("UserEditor", "&Reload"),
                                               translate("UserEditor", "Show the user as saved now"), self.reload)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
        self._fill(user or User(login="", role=Role.DECLARANT))

    def _build_fields(self, with_password: bool) -> None:
        self.login = QLineEdit()
        self.login.setPlaceholderText(translate("UserEditor", "e.g. jan.novak"))
        self.full_name, self.email, self.national_id = QLineEdit(), QLineEdit(), QLineEdit()
        self.national_id.setPlaceholderText(translate("UserEditor", "optional"))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role.label, role.value)
        self.level = QComboBox()
        for level, text in LEVEL_TEXTS.items():
            self.level.addItem(translate("UserEditor", text), level.value)
        self.form.add("login", translate("UserEditor", "&Login name:"), self.login)
        self.form.add("full_name", translate("UserEditor", "&Full name:"), self.full_name)
        self.form.add("email", translate("UserEditor", "&E-mail:"), self.email)
        self.form.add("national_id", translate("UserEditor", "&National id:"), self.national_id)
        self.form.add("role", translate("UserEditor", "&Role:"), self.role)
        self.form.add("level", translate("UserEditor", "Access &level:"), self.level)
        self.form.add("identity_method", translate("UserEditor", "&Identity confirmed:"), self._identity_row(),
                      translate("UserEditor", "How and when the identity was checked; required for advanced access."),
                      also=("identity_confirmed_on",))
        if with_password:
            self.password, self.password_repeat = password_field(), password_field()
            self.form.add("password", translate("UserEditor", "&Password:"), self.password, password_note())
            self.form.add("password_repeat", translate("UserEditor", "Re&peat password:"), self.password_repeat)
            self.form.clear_when_right("password", self.password,
                                       lambda text: bool(password_problems(text, self.login.text().strip())))
            self.form.clear_when_right("password_repeat", self.password_repeat,
                                       lambda text: text != self.password.text())

    def _identity_row(self) -> QWidget:
        self.identity_method = QComboBox()
        self.identity_method.setEditable(True)
        self.identity_method.addItems(["", *(translate("UserEditor", method) for method in IDENTITY_METHODS)])
        self.identity_method.lineEdit().setPlaceholderText(translate("UserEditor",
                                                                     "how, e.g. in person, identity card"))
        self.identity_date = optional_date_edit(translate("UserEditor", "no date"))
        self.identity_date.setToolTip(translate("UserEditor", "The day the identity was confirmed"))
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.identity_method, 1)
        line.addWidget(QLabel(translate("UserEditor", "on", "confirmed on <date>")))
        line.addWidget(self.identity_date)
        return row

    def _fill(self, user: User) -> None:
        self.login.setText(user.login)
        self.login.setReadOnly(user.id is not None)
        (self.full_name if user.id is not None else self.login).setFocus()
        self.full_name.setText(user.full_name)
        self.email.setText(user.email)
        self.national_id.setText(user.national_id)
        self.role.setCurrentIndex(self.role.findData(user.role.value))
        self.level.setCurrentIndex(self.level.findData(user.level.value))
        self.identity_method.setCurrentText(user.identity_method)
        confirmed = user.identity_confirmed_on
        set_optional_date(self.identity_date, date.fromisoformat(confirmed) if confirmed else None)

    def user(self) -> User:
        base = self._original or User(login="", role=Role.DECLARANT)
        confirmed = optional_date(self.identity_date)
        return replace(
            base, login=self.login.text().strip(), full_name=self.full_name.text().strip(),
            email=self.email.text().strip(), national_id=self.national_id.text().strip(),
            role=Role(self.role.currentData()), level=Level(self.level.currentData()),
            identity_method=self.identity_method.currentText().strip(),
            identity_confirmed_on=confirmed.isoformat() if confirmed else None,
        )

    def _errors_before_saving(self, user: User) -> list[FieldError]:
        errors = []
        if user.level == Level.ADVANCED and not user.identity_method:
            errors.append(FieldError("identity_method", translate(
                "UserEditor", "Advanced access acts for organisations: record how the identity was confirmed (e.g. in "
                "person, identity card).")))
        if user.level == Level.ADVANCED and user.identity_confirmed_on is None:
            errors.append(FieldError("identity_confirmed_on", translate(
                "UserEditor", "Advanced access needs the day the identity was confirmed: choose the date.")))
        if user.identity_confirmed_on and date.fromisoformat(user.identity_confirmed_on) > date.today():
            errors.append(FieldError("identity_confirmed_on", translate(
                "UserEditor", "The identity cannot be confirmed in the future: choose today or an earlier day.")))
        if self._original is None:
            errors += password_errors(self.password.text(), self.password_repeat.text(), user.login)
        return errors

    def accept(self) -> None:
        user = self.user()
        errors = self._errors_before_saving(user)
        if errors:
            show_errors(self, self.form, errors, self.general_error)
            return
        try:
            self.saved = self._save(user)
        except EditConflict as exc:
            show_refusal(self, self.form, exc, self.general_error)
            self.reload_button.show()
            return
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error)
            return
        super().accept()

    def _save(self, user: User) -> User:
        if self._original is None:
            return self._context.users.add_user(self._context.session, user, self.password.text())
        return self._context.users.update_user(self._context.session, user)

    def reload(self) -> None:
        """Someone else saved the user meanwhile: show the user as saved now (this dialog's changes are dropped)."""
        self._original = self._context.users.get_by_id(self._original.id)
        self._fill(self._original)
        self.general_error.show_message("")
        self.reload_button.hide()


class PasswordResetDialog(QDialog):
    """The administrator types a new password twice for another user; their stored codes are then lost."""

    def __init__(self, context: UserContext, login: str, parent=None):
        super().__init__(parent)
        self._context = context
        self.login = login
        self.impact: ResetImpact | None = None
        self.setObjectName("PasswordResetDialog")
        self.setWindowTitle(translate("UserEditor", "Reset the password of {login}").format(login=login))
        self.password, self.password_repeat = password_field(), password_field()
        self.form = FieldForm(QFormLayout())
        self.form.add("password", translate("UserEditor", "New &password:"), self.password, password_note())
        self.form.add("password_repeat", translate("UserEditor", "Re&peat it:"), self.password_repeat)
        self.form.clear_when_right("password", self.password, lambda text: bool(password_problems(text, login)))
        self.form.clear_when_right("password_repeat", self.password_repeat, lambda text: text != self.password.text())
        self.general_error = ErrorLabel()
        note = QLabel(translate("UserEditor", "Tell {login} the new password in person; they can change it afterwards "
                                "(Account ▸ Change password).").format(login=login))
        note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(self.form.layout)
        layout.addWidget(self.general_error)
        layout.addWidget(dialog_buttons(self, translate("UserEditor", "Reset password")))
        self.setMinimumWidth(440)

    def accept(self) -> None:
        password = self.password.text()
        errors = password_errors(password, self.password_repeat.text(), self.login)
        if errors:
            show_errors(self, self.form, errors, self.general_error)
            return
        try:
            self.impact = self._context.users.reset_password(self._context.session, self.login, password)
        except UserError as exc:
            show_refusal(self, self.form, exc, self.general_error, clear_fields=False)
            return
        super().accept()
