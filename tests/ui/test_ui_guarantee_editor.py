"""The guarantee editor: fields driven by the type, live GRN check, inline errors, saving, office picker."""
from __future__ import annotations

import string

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit

from core.guarantees.model import Guarantee
from core.refdata.importer import import_reference_files
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.office_picker import OfficePicker
from ui_helpers import COL_FILE

VALID_GRN = "23GB0000010000854"
FAILING_GRN = "01GB1234567890120"  # a published documentation example that fails the check digit


def expected_check_digit(first16: str) -> int:
    """Spec 01 §1.4, written out independently of core.guarantees.grn."""
    values = {d: int(d) for d in string.digits}
    value = 10
    for letter in string.ascii_uppercase:
        if value % 11 == 0:
            value += 1
        values[letter] = value
        value += 1
    return sum(values[c] * 2 ** i for i, c in enumerate(first16)) % 11 % 10


def guarantees_in_db(context) -> int:
    return context.db.execute("SELECT count(*) FROM guarantees").fetchone()[0]


@pytest.fixture
def editor_for(qtbot):
    def make(context, guarantee: Guarantee) -> GuaranteeEditor:
        editor = GuaranteeEditor(context, guarantee)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        return editor

    return make


@pytest.fixture
def new_editor(context, org, editor_for) -> GuaranteeEditor:
    return editor_for(context, Guarantee(org_id=org.id, type="1"))


def set_type(editor: GuaranteeEditor, code: str) -> None:
    index = editor.type.findData(code)
    assert index >= 0, f"type {code} not offered"
    editor.type.setCurrentIndex(index)
    assert editor.guarantee_type == code


def type_spk(qtbot, editor: GuaranteeEditor, code: str) -> None:
    """Add a row to the SPK list and type the code into its editor, as a user does."""
    editor.tabs.setCurrentIndex(1)
    editor.add_spk()
    row = editor.spk_view.currentIndex().row()
    line = editor.spk_view.indexWidget(editor.spk_view.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, code)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the view commits the typed code from the event loop
    qtbot.waitUntil(lambda: editor.spk_model.codes[row] != "")


def error_text(editor: GuaranteeEditor, field: str) -> str:
    label = editor.form.error_label(field)
    return label.text() if label.isVisibleTo(editor) else ""


# --- the type drives the fields --------------------------------------------------------------

def test_type_8_disables_the_grn_and_requires_the_other_reference(new_editor):
    set_type(new_editor, "8")
    assert not new_editor.grn.isEnabled()
    assert new_editor.other_ref.isEnabled()
    assert "Required" in new_editor.other_ref_rule.text()
    assert not new_editor.tabs.isTabEnabled(1)


def test_type_8_without_other_reference_is_refused_next_to_the_field(context, new_editor):
    set_type(new_editor, "8")
    new_editor.accept()
    assert new_editor.result() != QDialog.DialogCode.Accepted and new_editor.isVisible()
    assert "C0130" in error_text(new_editor, "other_ref")
    assert guarantees_in_db(context) == 0


def test_type_3_makes_the_other_reference_optional(new_editor):
    set_type(new_editor, "3")
    assert not new_editor.grn.isEnabled()
    assert new_editor.other_ref.isEnabled()
    assert "Optional" in new_editor.other_ref_rule.text()


def test_type_1_enables_the_grn_and_disables_the_other_reference(new_editor):
    set_type(new_editor, "8")
    set_type(new_editor, "1")
    assert new_editor.grn.isEnabled()
    assert not new_editor.other_ref.isEnabled()
    assert new_editor.tabs.isTabEnabled(1)
    assert new_editor.pac.isEnabled() and new_editor.new_pac.isEnabled()


@pytest.mark.parametrize("gtype", ["2", "4"])
def test_guarantor_types_have_no_pac_and_at_most_one_spk(qtbot, new_editor, gtype):
    set_type(new_editor, gtype)
    assert new_editor.tabs.isTabEnabled(1)
    assert not new_editor.pac.isEnabled()
    assert not new_editor.new_pac.isEnabled()
    assert not new_editor.delete_pac_button.isEnabled()
    assert new_editor.spk_add.isEnabled()
    type_spk(qtbot, new_editor, "GU12")
    assert new_editor.spk_model.codes == ["GU12"]
    assert not new_editor.spk_add.isEnabled()


def test_only_grn_types_have_the_access_codes_tab(new_editor):
    offered = [new_editor.type.itemData(i) for i in range(new_editor.type.count())]
    assert {"0", "1", "2", "3", "4", "8", "9"} <= set(offered)
    for code in offered:
        set_type(new_editor, code)
        assert new_editor.tabs.isTabEnabled(1) == (code in "01249"), code
        assert new_editor.grn.isEnabled() == (code in "01249"), code


# --- live GRN check ------------------------------------------------------------------------------

def test_a_valid_grn_gets_a_tick(new_editor):
    new_editor.grn.setText(VALID_GRN.lower())
    assert new_editor.grn_status.text().startswith("✓")
    assert VALID_GRN in new_editor.grn_status.text()
    assert error_text(new_editor, "grn") == ""
    assert not new_editor.grn_override.isVisible()


def test_a_failing_check_digit_names_the_expected_digit_and_offers_the_override(new_editor):
    new_editor.grn.setText(FAILING_GRN)
    expected = expected_check_digit(FAILING_GRN[:16])
    assert str(expected) != FAILING_GRN[16]
    assert f"{expected} was expected" in error_text(new_editor, "grn")
    assert "✓" not in new_editor.grn_status.text()
    assert new_editor.grn_override.isVisible()


@pytest.mark.parametrize("grn, says", [
    ("01GB12345678901", "17 characters"),
    ("0XGB1234567890120", "Character 2"),
    ("01GB123456789012X", "Character 17"),
])
def test_a_malformed_grn_says_what_is_wrong_and_offers_no_override(new_editor, grn, says):
    new_editor.grn.setText(grn)
    assert says in error_text(new_editor, "grn")
    assert not new_editor.grn_override.isVisible()


def test_the_override_disappears_when_the_grn_is_corrected(new_editor):
    new_editor.grn.setText(FAILING_GRN)
    new_editor.grn_override.setChecked(True)
    new_editor.grn.setText(VALID_GRN)
    assert not new_editor.grn_override.isVisible()
    assert not new_editor.grn_override.isChecked()


def test_saving_a_failing_grn_with_the_override_ticked_stores_the_override(context, new_editor):
    new_editor.grn.setText(FAILING_GRN)
    new_editor.grn_override.setChecked(True)
    new_editor.accept()
    assert new_editor.result() == QDialog.DialogCode.Accepted
    assert new_editor.saved.grn_override is True
    stored = context.guarantees.get(new_editor.saved.id)
    assert stored.grn == FAILING_GRN and stored.grn_override is True


def test_saving_a_failing_grn_without_the_override_is_refused(context, new_editor):
    new_editor.grn.setText(FAILING_GRN)
    new_editor.accept()
    assert new_editor.result() != QDialog.DialogCode.Accepted and new_editor.isVisible()
    assert new_editor.saved is None
    assert "override" in error_text(new_editor, "grn")
    assert guarantees_in_db(context) == 0


def test_an_existing_overridden_guarantee_keeps_its_override_when_saved_again(context, org, editor_for):
    g = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=FAILING_GRN, grn_override=True))
    editor = editor_for(context, g)
    assert editor.grn_override.isVisible() and editor.grn_override.isChecked()
    editor.accept()
    assert editor.result() == QDialog.DialogCode.Accepted
    assert context.guarantees.get(g.id).grn_override is True


# --- saving ---------------------------------------------------------------------------------------

def test_invalid_input_keeps_the_dialog_open_with_errors_next_to_the_fields(context, new_editor):
    new_editor.office.setText("X1")
    new_editor.amount.setText("12x")
    new_editor.accept()
    assert new_editor.isVisible() and new_editor.result() != QDialog.DialogCode.Accepted
    assert new_editor.saved is None
    assert "needs a GRN" in error_text(new_editor, "grn")
    assert "not a customs office reference number" in error_text(new_editor, "office")
    assert "not an amount" in error_text(new_editor, "amount")
    assert error_text(new_editor, "description") == ""
    assert new_editor.tabs.currentIndex() == 0
    assert guarantees_in_db(context) == 0


def test_an_amount_without_currency_is_refused_under_the_currency(context, new_editor):
    new_editor.grn.setText(VALID_GRN)
    new_editor.amount.setText("1000")
    new_editor.accept()
    assert "currency" in error_text(new_editor, "currency")
    assert guarantees_in_db(context) == 0


def test_a_bad_secondary_code_is_shown_on_the_access_codes_tab_and_nothing_is_stored(qtbot, context, new_editor):
    new_editor.grn.setText(VALID_GRN)
    type_spk(qtbot, new_editor, "AB1")
    new_editor.tabs.setCurrentIndex(0)
    new_editor.accept()
    assert new_editor.result() != QDialog.DialogCode.Accepted
    assert new_editor.tabs.currentIndex() == 1
    assert "row 1" in new_editor.codes_form.error_label("spk").text()
    assert guarantees_in_db(context) == 0
    assert context.db.execute("SELECT count(*) FROM access_codes").fetchone()[0] == 0


def test_a_valid_new_guarantee_is_saved_with_its_secondary_codes(qtbot, context, org, new_editor):
    new_editor.grn.setText(" 23gb 0000010000863 ")
    new_editor.office.setText("cz520101")
    new_editor.amount.setText("150 000,50")
    new_editor.currency.setCurrentIndex(new_editor.currency.findData("CZK"))
    new_editor.description.setPlainText("Main guarantee")
    type_spk(qtbot, new_editor, "ab12")
    type_spk(qtbot, new_editor, "CD34")
    new_editor.accept()

    assert new_editor.result() == QDialog.DialogCode.Accepted
    stored = context.guarantees.get(new_editor.saved.id)
    assert (stored.org_id, stored.type, stored.grn, stored.office) == (org.id, "1", "23GB0000010000863", "CZ520101")
    assert str(stored.amount) == "150000.50" and stored.currency == "CZK"
    assert stored.description == "Main guarantee"
    codes = context.access_codes.codes_for(stored.id)
    assert [s.reveal() for s in codes.spks] == ["AB12", "CD34"]
    assert codes.pac is None


def test_codes_are_masked_until_shown(qtbot, new_editor):
    type_spk(qtbot, new_editor, "AB12")
    row = new_editor.spk_model.index(0)
    assert "AB12" not in row.data()
    new_editor.show_codes.setChecked(True)
    assert "AB12" in row.data()
    assert new_editor.pac.echoMode() == QLineEdit.EchoMode.Normal


# --- office picker ----------------------------------------------------------------------------

@pytest.fixture
def imported_ws(context):
    import_reference_files(context.db, [COL_FILE])
    return context


@pytest.fixture
def picker_for(qtbot):
    def make(catalogue, text: str = "") -> OfficePicker:
        picker = OfficePicker(catalogue, text)
        qtbot.addWidget(picker)
        picker.show()
        return picker

    return make


def shown_offices(picker: OfficePicker):
    return picker.model.offices


def test_office_picker_finds_an_office_by_its_code(imported_ws, picker_for):
    picker = picker_for(imported_ws.catalogue, "CZ5201")
    assert "CZ520101" in [o.id for o in shown_offices(picker)]
    picker.table.selectRow([o.id for o in shown_offices(picker)].index("CZ520101"))
    picker.accept()
    assert picker.result() == QDialog.DialogCode.Accepted
    assert picker.selected.id == "CZ520101"


def test_office_picker_finds_an_office_by_part_of_its_name(imported_ws, picker_for, qtbot):
    name = imported_ws.catalogue.office("CZ520101").name
    part = name[3:15]
    picker = picker_for(imported_ws.catalogue)
    picker.search.setText(part)  # the search runs after a short pause in typing
    qtbot.waitUntil(lambda: 0 < len(shown_offices(picker)) < 200)
    assert "CZ520101" in [o.id for o in shown_offices(picker)]
    assert picker.summary.text().startswith(f"{len(shown_offices(picker))} offices with role GUA")


def test_office_picker_offers_only_offices_of_guarantee(imported_ws, picker_for):
    assert not imported_ws.catalogue.office_valid_for("CZ520100", "GUA")  # a real office without GUA
    picker = picker_for(imported_ws.catalogue, "CZ5201")
    offices = shown_offices(picker)
    assert offices
    assert all("GUA" in o.roles for o in offices)
    assert "CZ520100" not in [o.id for o in offices]


def test_office_picker_works_on_the_builtin_offices(context, picker_for):
    picker = picker_for(context.catalogue, "Jihočesk")
    assert [o.id for o in shown_offices(picker)] == ["CZ520101"]


def test_choosing_an_office_from_the_editor_fills_the_field_and_shows_its_name(imported_ws, new_editor, modal):
    def choose(picker):
        picker.search.setText("CZ520101")
        picker.refresh()
        picker.accept()

    modal.answer(handle=choose)
    new_editor.office_button.click()
    assert modal.seen and modal.seen[0].widget_class == "OfficePicker"
    assert new_editor.office.text() == "CZ520101"
    assert new_editor.office_name.text() == imported_ws.catalogue.office("CZ520101").name
