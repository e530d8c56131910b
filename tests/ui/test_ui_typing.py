"""What happens while typing: a new secondary code stays masked, a password error goes once the password is good."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from core.guarantees.model import Guarantee
from core.users.passwords import MIN_LENGTH
from ui.dialogs.change_password_dialog import ChangePasswordDialog
from ui.dialogs.create_admin_dialog import CreateAdminDialog
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.user_editor import PasswordResetDialog, UserEditor

GOOD = "a sentence to remember"


def code_being_typed(qtbot, editor: GuaranteeEditor) -> QLineEdit:
    editor.tabs.setCurrentIndex(1)
    editor.add_spk()
    line = editor.spk_view.indexWidget(editor.spk_view.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, "QX")
    return line


def test_a_new_secondary_code_is_masked_while_typed_unless_codes_are_shown(context, org, qtbot):
    editor = GuaranteeEditor(context, Guarantee(org_id=org.id, type="1"))
    qtbot.addWidget(editor)
    editor.show()
    assert not editor.show_codes.isChecked()
    line = code_being_typed(qtbot, editor)
    assert line.echoMode() == QLineEdit.EchoMode.Password and line.displayText() != "QX"

    editor.show_codes.setChecked(True)  # while the code is typed
    assert line.echoMode() == QLineEdit.EchoMode.Normal and line.displayText() == "QX"
    qtbot.keyClick(line, Qt.Key.Key_Return)
    second = code_being_typed(qtbot, editor)
    assert second.echoMode() == QLineEdit.EchoMode.Normal


def refused_short(dialog, field_name: str, edit: QLineEdit, repeat: QLineEdit) -> None:
    edit.setText("short")
    repeat.setText("short")
    dialog.accept()
    label = dialog.form.error_label(field_name)
    assert not label.isHidden() and f"at least {MIN_LENGTH} characters" in label.text()


@pytest.mark.parametrize("which", ["create administrator", "change password", "new user", "reset password"])
def test_a_password_error_goes_as_soon_as_the_password_typed_is_good(context, qtbot, which):
    if which == "create administrator":
        dialog = CreateAdminDialog(context)
        field, edit, repeat = "password", dialog.password, dialog.repeat
    elif which == "change password":
        context.users.set_first_password(context.session, GOOD)
        dialog = ChangePasswordDialog(context)
        dialog.old_password.setText(GOOD)
        field, edit, repeat = "new_password", dialog.new_password, dialog.repeat
    elif which == "new user":
        dialog = UserEditor(context)
        dialog.login.setText("jan")
        field, edit, repeat = "password", dialog.password, dialog.password_repeat
    else:
        dialog = PasswordResetDialog(context, "alice")
        field, edit, repeat = "password", dialog.password, dialog.password_repeat
    qtbot.addWidget(dialog)
    dialog.show()
    refused_short(dialog, field, edit, repeat)
    edit.clear()
    qtbot.keyClicks(edit, GOOD[:MIN_LENGTH - 1])
    label = dialog.form.error_label(field)
    assert not label.isHidden()  # one character short: the message stays
    qtbot.keyClicks(edit, GOOD[MIN_LENGTH - 1:])
    assert label.isHidden()
