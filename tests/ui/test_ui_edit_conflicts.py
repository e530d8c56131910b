"""An editor whose record someone else saved meanwhile says so, keeps the dialog open and offers to reload."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QDialog, QMessageBox
from ui_helpers import window_factory

from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.installation import open_context
from core.users import Representation, Rights, Role, User
from ui.admin_window import AdministrationWindow
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.organisation_editor import OrganisationEditor
from ui.dialogs.representation_editor import (
    EndRepresentationDialog,
    RepresentationEditor,
)
from ui.dialogs.user_editor import UserEditor

PASSWORD = "a long enough password"


def test_the_organisation_editor_offers_to_reload_what_another_workstation_saved(qtbot, context, data_dir, org):
    editor = OrganisationEditor(context, context.organisations.get(org.id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert not editor.reload_button.isVisible()
    elsewhere = open_context(data_dir, user="alice")
    try:
        elsewhere.organisations.update(replace(elsewhere.organisations.get(org.id), city="Brno"))
    finally:
        elsewhere.close()

    editor.phone.setText("+420 123 456 789")
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted and editor.isVisible()
    assert "changed by someone else" in editor.general_error.text() and editor.reload_button.isVisible()
    assert context.organisations.get(org.id).phone == ""

    editor.reload_button.click()
    assert editor.city.text() == "Brno" and not editor.reload_button.isVisible()
    editor.phone.setText("+420 123 456 789")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = context.organisations.get(org.id)
    assert (saved.city, saved.phone) == ("Brno", "+420 123 456 789")


def test_the_guarantee_editor_offers_to_reload_too(qtbot, context, data_dir, org):
    g = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=with_check_digit("26CZ520101000011"),
                                         office="CZ520101", amount=Decimal(1000), currency="CZK"))
    editor = GuaranteeEditor(context, context.guarantees.get(g.id))
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    elsewhere = open_context(data_dir, user="alice")
    try:
        elsewhere.guarantees.update(replace(elsewhere.guarantees.get(g.id), description="saved elsewhere"))
    finally:
        elsewhere.close()
    editor.accept()
    assert "changed by someone else" in editor.general_error.text() and editor.reload_button.isVisible()
    editor.reload_button.click()
    assert editor.description.toPlainText() == "saved elsewhere"
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted


def saved_elsewhere(data_dir, change: Callable) -> None:
    """``change`` done by the administrator on another workstation."""
    elsewhere = open_context(data_dir, user="alice")
    try:
        change(elsewhere)
    finally:
        elsewhere.close()


def shown(qtbot, dialog: QDialog) -> QDialog:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def add_karel(context) -> User:
    return context.users.add_user(context.session, User(login="karel", role=Role.DECLARANT), PASSWORD)


def rename_karel(context) -> None:
    context.users.update_user(context.session, replace(context.users.get("karel"), full_name="Karel Dvořák"))


def test_the_user_editor_offers_to_reload_what_another_administrator_saved(qtbot, context, data_dir):
    add_karel(context)
    editor = shown(qtbot, UserEditor(context, context.users.get("karel")))
    assert not editor.reload_button.isVisible()
    saved_elsewhere(data_dir, rename_karel)

    editor.email.setText("karel@example.com")
    editor.accept()
    assert editor.result() != QDialog.DialogCode.Accepted and editor.isVisible()
    assert "karel was changed by someone else" in editor.general_error.text() and editor.reload_button.isVisible()
    assert context.users.get("karel").email == ""

    editor.reload_button.click()
    assert editor.full_name.text() == "Karel Dvořák" and not editor.reload_button.isVisible()
    editor.email.setText("karel@example.com")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = context.users.get("karel")
    assert (saved.full_name, saved.email) == ("Karel Dvořák", "karel@example.com")


def test_deactivating_a_user_saved_elsewhere_says_so_and_shows_the_user_as_saved(qtbot, context, data_dir, modal):
    add_karel(context)
    win = window_factory(qtbot, AdministrationWindow)(context)
    win.select_user("karel")
    saved_elsewhere(data_dir, rename_karel)

    def confirm(box):
        modal.answer(QMessageBox.StandardButton.Ok)
        box.button(QMessageBox.StandardButton.Yes).click()

    modal.answer(handle=confirm)
    win.toggle_active()
    assert "karel was changed by someone else" in modal.seen[1].text
    assert context.users.get("karel").active
    assert win.selected_user().full_name == "Karel Dvořák"
    modal.answer(QMessageBox.StandardButton.Yes)
    win.toggle_active()  # the user as saved now: deactivated
    assert not context.users.get("karel").active


def represent_karel(context, org) -> Representation:
    return context.representations.save(Representation(org_id=org.id, user_id=add_karel(context).id,
                                                       rights=Rights.BASIC, valid_from=date(2020, 1, 1)))


def test_the_representation_editor_offers_to_reload_too(qtbot, context, data_dir, org):
    rep = represent_karel(context, org)
    editor = shown(qtbot, RepresentationEditor(context, context.representations.get(rep.id)))
    saved_elsewhere(data_dir, lambda elsewhere: elsewhere.representations.save(
        replace(elsewhere.representations.get(rep.id), basis="employment contract")))

    editor.rights.setCurrentIndex(editor.rights.findData(Rights.EXTENDED.label))
    editor.accept()
    assert "changed by someone else" in editor.general_error.text() and editor.reload_button.isVisible()
    assert context.representations.get(rep.id).rights == Rights.BASIC

    editor.reload_button.click()
    assert editor.basis.text() == "employment contract"
    editor.rights.setCurrentIndex(editor.rights.findData(Rights.EXTENDED.label))
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    saved = context.representations.get(rep.id)
    assert (saved.rights, saved.basis) == (Rights.EXTENDED, "employment contract")


def test_ending_a_representation_changed_elsewhere_offers_to_reload(qtbot, context, data_dir, org):
    rep = represent_karel(context, org)
    dialog = shown(qtbot, EndRepresentationDialog(context, context.representations.get(rep.id)))
    saved_elsewhere(data_dir, lambda elsewhere: elsewhere.representations.save(
        replace(elsewhere.representations.get(rep.id), rights=Rights.EXTENDED)))

    dialog.accept()
    assert "changed by someone else" in dialog.general_error.text() and dialog.reload_button.isVisible()
    assert context.representations.get(rep.id).valid_to is None

    dialog.reload_button.click()
    assert "extended rights" in dialog.what.text() and not dialog.reload_button.isVisible()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert context.representations.get(rep.id).valid_to is not None
