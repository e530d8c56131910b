"""The organisation editor and the settings dialog (communication parameters, reference data)."""
from __future__ import annotations

import gzip

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from core.organisations import Organisation
from ui.dialogs.organisation_editor import OrganisationEditor
from ui.dialogs.settings_dialog import SettingsDialog
from ui_helpers import COL_FILE


def shown_error(dialog, form, field: str) -> str:
    label = form.error_label(field)
    return label.text() if label.isVisibleTo(dialog) else ""


# --- organisation editor ----------------------------------------------------------------------

@pytest.fixture
def org_editor(qtbot, context):
    def make(org: Organisation | None = None) -> OrganisationEditor:
        editor = OrganisationEditor(context, org)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


def fill_organisation(editor: OrganisationEditor, eori: str) -> None:
    editor.name.setText("Spedice Brno s.r.o.")
    editor.eori.setText(eori)
    editor.country.setText("cz")
    editor.city.setText(" Brno ")
    editor.email.setText("clo@spedicebrno.cz")


@pytest.mark.parametrize("eori, rule", [
    ("C25596641", "2-letter country prefix"),
    ("CZ2559-6641", "only letters A–Z and digits"),
    ("", "is required"),
])
def test_invalid_eori_shows_the_rule_under_the_field_and_saves_nothing(context, org_editor, eori, rule):
    editor = org_editor()
    fill_organisation(editor, eori)
    editor.accept()
    assert editor.isVisible() and editor.result() != QDialog.DialogCode.Accepted
    assert editor.saved is None
    assert rule in shown_error(editor, editor.form, "eori")
    assert shown_error(editor, editor.form, "name") == ""
    assert editor.general_error.text() == ""
    assert context.organisations.count() == 0


def test_several_invalid_fields_each_get_their_own_message(context, org_editor):
    editor = org_editor()
    editor.branch.setText("12")
    editor.email.setText("nobody")
    editor.accept()
    assert "name is required" in shown_error(editor, editor.form, "name")
    assert "4 digits" in shown_error(editor, editor.form, "branch")
    assert "e-mail" in shown_error(editor, editor.form, "email")
    assert "ISO 3166" in shown_error(editor, editor.form, "country")
    assert context.organisations.count() == 0


def test_valid_organisation_is_saved(context, org_editor):
    editor = org_editor()
    fill_organisation(editor, "cz 25596641")
    editor.is_representative.setChecked(True)
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    stored = context.organisations.get(editor.saved.id)
    assert (stored.name, stored.eori, stored.country, stored.city) == ("Spedice Brno s.r.o.", "CZ25596641", "CZ", "Brno")
    assert stored.branch == "0000" and stored.is_representative
    assert context.organisations.count() == 1


def test_editing_an_organisation_updates_it_and_clears_old_errors(context, org, org_editor):
    editor = org_editor(org)
    assert editor.eori.text() == org.eori
    editor.eori.setText("X")
    editor.accept()
    assert shown_error(editor, editor.form, "eori")
    editor.eori.setText("CZ60826843")
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert context.organisations.get(org.id).eori == "CZ60826843"
    assert context.organisations.count() == 1


# --- settings: communication parameters -----------------------------------------------------------

@pytest.fixture
def settings(qtbot, context) -> SettingsDialog:
    dialog = SettingsDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_a_new_parameter_set_is_saved_and_listed(context, settings):
    page = settings.ncts
    assert page.model.rowCount() == 0
    page.new_set()
    page.name.setText("CZ NCTS production")
    page.environment.setCurrentIndex(page.environment.findData("production"))
    page.eori.setText("cz25596641")
    page.participant_code.setText("CDPROD01")
    page.ncts_permit_number.setText("NCTS-CZ-2025-0999")
    page.gateway.setText("https://gateway.example/ncts")
    assert page.save()

    stored = context.params.list()
    assert len(stored) == 1
    p = stored[0]
    assert (p.name, p.administration, p.environment, p.eori) == ("CZ NCTS production", "CZ", "production", "CZ25596641")
    assert (p.participant_code, p.ncts_permit_number) == ("CDPROD01", "NCTS-CZ-2025-0999")
    assert [page.model.index(r).data() for r in range(page.model.rowCount())] == [p.label]
    assert page.list.currentIndex().row() == 0
    assert "Saved" in page.saved_label.text()


def test_a_parameter_set_with_an_invalid_eori_is_refused_under_the_field(context, settings):
    page = settings.ncts
    page.name.setText("Broken")
    page.eori.setText("1234")
    assert not page.save()
    assert "country prefix" in shown_error(settings, page.form, "eori")
    assert context.params.list() == []
    assert page.model.rowCount() == 0


def test_a_parameter_set_without_permit_number_warns_in_the_list(context, settings):
    page = settings.ncts
    page.name.setText("PL test")
    assert page.save()
    assert "permit number" in page.model.index(0).data(Qt.ItemDataRole.ToolTipRole)


def test_deleting_a_parameter_set_asks_and_removes_it(context, settings, modal):
    page = settings.ncts
    page.name.setText("To delete")
    assert page.save()
    modal.answer(QMessageBox.StandardButton.Yes)
    page.delete_button.click()
    assert len(modal.seen) == 1 and "To delete" in modal.seen[0].text
    assert context.params.list() == []
    assert page.model.rowCount() == 0


# --- settings: reference data ------------------------------------------------------------------

def test_importing_the_eu_customs_office_list_raises_the_office_count(context, settings):
    page = settings.reference
    settings.tabs.setCurrentWidget(page)
    before = context.catalogue.office_count()
    assert f"Customs offices known: {before}" in page.summary.text()
    assert page.import_files([str(COL_FILE)])
    after = context.catalogue.office_count()
    assert after > before + 1000
    assert f"Customs offices known: {after}" in page.summary.text()
    assert COL_FILE.name in page.summary.text()
    assert page.error.text() == ""


def test_a_garbage_file_shows_an_error_and_imports_nothing(context, settings, tmp_path):
    garbage = tmp_path / "garbage.json.gz"
    garbage.write_bytes(gzip.compress(b"this is not json"))
    page = settings.reference
    settings.tabs.setCurrentWidget(page)
    before = context.catalogue.office_count()
    assert not page.import_files([str(garbage)])
    assert "Nothing was imported" in page.error.text() and page.error.isVisibleTo(settings)
    assert "garbage.json.gz" in page.error.text()
    assert context.catalogue.office_count() == before
    assert context.db.execute("SELECT count(*) FROM reference_imports").fetchone()[0] == 0


def test_a_garbage_file_next_to_a_good_one_imports_neither(context, settings, tmp_path):
    garbage = tmp_path / "garbage.json"
    garbage.write_text('{"lists": {"x": {"listEntries": 5}}}')
    before = context.catalogue.office_count()
    assert not settings.reference.import_files([str(COL_FILE), str(garbage)])
    assert context.catalogue.office_count() == before


def test_the_reference_data_page_says_where_the_eu_files_come_from(settings):
    settings.tabs.setCurrentWidget(settings.reference)
    source = settings.reference.source
    assert source.isVisibleTo(settings)
    text = source.text()
    for said in ("European Commission (DG TAXUD)", "CS/RD2", "RD_NCTS-P5-", "COL-Generic-", "Import reference data"):
        assert said in text, said
    assert "http" not in text  # no address that could not be checked
