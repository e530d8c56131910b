"""An editor whose record someone else saved meanwhile says so, keeps the dialog open and offers to reload."""
from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtWidgets import QDialog

from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.installation import open_context
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.organisation_editor import OrganisationEditor


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
