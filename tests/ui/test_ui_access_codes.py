"""Access codes per user through the guarantee editor: two users on the same data folder (spec 01 §1.5)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QMessageBox

from core.guarantees.model import Guarantee
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.main_window import guarantee_html

GRN = "23GB0000010000863"


@pytest.fixture
def guarantee(context, org) -> Guarantee:
    return context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=GRN, office="CZ520101"))


@pytest.fixture
def open_editor(qtbot):
    def make(workspace, guarantee_id: int) -> GuaranteeEditor:
        editor = GuaranteeEditor(workspace, workspace.guarantees.get(guarantee_id))
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.tabs.setCurrentIndex(1)
        return editor

    return make


def type_spk(qtbot, editor: GuaranteeEditor, code: str) -> None:
    editor.add_spk()
    row = editor.spk_view.currentIndex().row()
    line = editor.spk_view.indexWidget(editor.spk_view.currentIndex())
    assert isinstance(line, QLineEdit)
    qtbot.keyClicks(line, code)
    qtbot.keyClick(line, Qt.Key.Key_Return)  # the view commits the typed code from the event loop
    qtbot.waitUntil(lambda: editor.spk_model.codes[row] != "")


def save(editor: GuaranteeEditor) -> None:
    editor.accept()
    errors = [editor.form.error_label(f).text() for f in ("grn", "office", "amount")] + [
        editor.codes_form.error_label(f).text() for f in ("pac", "new_pac", "spk")]
    assert editor.result() == QDialog.DialogCode.Accepted, errors


def reveal(codes) -> tuple[str | None, list[str]]:
    return (codes.pac.reveal() if codes.pac else None), [s.reveal() for s in codes.spks]


@pytest.fixture
def alice_saved_codes(qtbot, context, guarantee, open_editor) -> Guarantee:
    editor = open_editor(context, guarantee.id)
    qtbot.keyClicks(editor.pac, "PK7Q")
    type_spk(qtbot, editor, "al01")
    type_spk(qtbot, editor, "AL02")
    save(editor)
    return guarantee


def test_alice_saves_her_pac_and_secondary_codes_sealed(context, alice_saved_codes):
    assert reveal(context.access_codes.codes_for(alice_saved_codes.id)) == ("PK7Q", ["AL01", "AL02"])
    sealed = [row[0] for row in context.db.execute("SELECT sealed FROM access_codes").fetchall()]
    assert len(sealed) == 3
    assert not any(code in bytes(blob) for blob in sealed for code in (b"PK7Q", b"AL01", b"AL02"))


def test_a_pac_typed_in_lower_case_is_accepted_and_stored_in_upper_case(qtbot, context, guarantee, open_editor):
    editor = open_editor(context, guarantee.id)
    qtbot.keyClicks(editor.pac, "pk7q")
    editor.accept()
    assert editor.codes_form.error_label("pac").text() == ""
    assert editor.result() == QDialog.DialogCode.Accepted
    assert reveal(context.access_codes.codes_for(guarantee.id)) == ("PK7Q", [])


def test_bob_sees_neither_alices_secondary_codes_nor_her_pac(bob_ws, alice_saved_codes, open_editor):
    editor = open_editor(bob_ws, alice_saved_codes.id)
    editor.show_codes.setChecked(True)
    assert editor.spk_model.codes == []
    assert editor.spk_model.rowCount() == 0
    assert editor.pac.text() == "" and editor.new_pac.text() == ""
    assert "held by alice" in editor.pac_note.text()
    assert "bob" in editor.codes_intro.text()


def test_bob_saving_the_guarantee_keeps_alices_codes(context, bob_ws, alice_saved_codes, open_editor):
    editor = open_editor(bob_ws, alice_saved_codes.id)
    editor.description.setPlainText("checked by bob")
    save(editor)
    assert context.guarantees.get(alice_saved_codes.id).description == "checked by bob"
    assert reveal(context.access_codes.codes_for(alice_saved_codes.id)) == ("PK7Q", ["AL01", "AL02"])
    assert bob_ws.access_codes.pac_holder(alice_saved_codes.id) == "alice"


def test_bob_keeps_his_own_code_apart_from_alices(qtbot, context, bob_ws, alice_saved_codes, open_editor):
    editor = open_editor(bob_ws, alice_saved_codes.id)
    type_spk(qtbot, editor, "bo01")
    save(editor)
    assert reveal(bob_ws.access_codes.codes_for(alice_saved_codes.id)) == (None, ["BO01"])
    assert reveal(context.access_codes.codes_for(alice_saved_codes.id)) == ("PK7Q", ["AL01", "AL02"])

    again = open_editor(bob_ws, alice_saved_codes.id)
    assert again.spk_model.codes == ["BO01"]


def test_the_detail_page_tells_bob_who_holds_the_pac_without_showing_it(bob_ws, alice_saved_codes):
    g = bob_ws.guarantees.get(alice_saved_codes.id)
    html = guarantee_html(bob_ws, g, "Spedice Test s.r.o.")
    assert "held by alice" in html
    assert "none stored for you" in html
    assert "PK7Q" not in html and "AL01" not in html


def test_delete_pac_removes_it_after_confirmation(context, alice_saved_codes, open_editor, modal):
    editor = open_editor(context, alice_saved_codes.id)
    assert editor.pac.text() == "PK7Q"
    modal.answer(QMessageBox.StandardButton.Yes)
    editor.delete_pac_button.click()
    assert len(modal.seen) == 1 and "primary access code" in modal.seen[0].text
    assert context.access_codes.pac_holder(alice_saved_codes.id) is None
    assert editor.pac.text() == ""
    assert "held by" not in editor.pac_note.text()
    assert reveal(context.access_codes.codes_for(alice_saved_codes.id)) == (None, ["AL01", "AL02"])


def test_answering_no_to_delete_pac_keeps_the_pac_even_when_the_record_is_saved(context, alice_saved_codes,
                                                                                open_editor, modal):
    editor = open_editor(context, alice_saved_codes.id)
    modal.answer(QMessageBox.StandardButton.No)
    editor.delete_pac_button.click()
    assert len(modal.seen) == 1
    assert context.access_codes.pac_holder(alice_saved_codes.id) == "alice"
    save(editor)
    assert context.access_codes.pac_holder(alice_saved_codes.id) == "alice"
    assert editor.pac.text() == "PK7Q"


def test_a_guarantor_code_for_type_2_is_saved_in_the_first_row(qtbot, context, org, modal):
    editor = GuaranteeEditor(context, Guarantee(org_id=org.id, type="2"))
    qtbot.addWidget(editor)
    editor.show()
    editor.grn.setText("25CZ6101010002035")
    editor.tabs.setCurrentIndex(1)
    type_spk(qtbot, editor, "GU12")
    assert not editor.spk_add.isEnabled()
    save(editor)
    assert reveal(context.access_codes.codes_for(editor.saved.id)) == (None, ["GU12"])
