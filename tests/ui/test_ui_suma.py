"""The summary declarations window: the list, the editor's header locks, the grid over 9,999 positions, pasting,
the kinds offered per status, the check and the send (spec 05 §5.3). Real data folders; the status is set in the
store as customs' answers set it."""
from __future__ import annotations

import json
import threading
import time
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QComboBox, QLineEdit, QMessageBox

from core.messaging.store import MessageFilter
from core.suma.model import CONTACT_FIELDS, HEADER_FIELDS, PRESENTER_FIELDS, Status, new_mrn
from core.suma.service import SumaService
from ui.models.suma import (
    BATCH,
    LIST_COLUMNS,
    PositionTableModel,
    column_of,
    field_for_heading,
    pasted_rows,
)
from ui.suma_editor import HEADER_GROUPS, SumaEditor
from ui.suma_window import SumaWindow

HEADER = {
    "sender": {"tin": "DE123456789012345", "branch": "0000"}, "identification": "REG", "reference": "REF-1",
    "transport_number": "LH400", "arrival_date": "2026-12-03", "place_of_loading": "JFK",
    "previous_document_type": "MAWB", "previous_document_number": "020-12345675", "transport_mode": "4",
    "presenter": {"tin": "DE123456789012345", "branch": "0000", "name": "Air Cargo Handling GmbH",
                  "street": "Cargo City Süd 5", "postcode": "60549", "city": "Frankfurt", "country": "DE"},
    "representative": {"tin": "", "branch": ""}, "office_of_presentation": "DE002601",
    "presentation_date": "2026-12-03", "contact": {"name": "Eva Klein", "position": "Clerk", "phone": "+49 69 1"},
    "additional_information": "",
}
MRN = new_mrn(2026, "DE", "000000000042")
MANY = 9999


def position(number: int, **changes) -> dict:
    values = {"number": number, "specific_reference": f"020-{number:08d}", "specific_reference_kind": "AWB",
              "custodian": {"tin": "", "branch": ""}, "custody_place": "FRA-1", "description": f"Goods {number}",
              "package_kind": "PK", "packages": number % 7 + 1, "gross_mass": f"{(number * 37) % 1000}.5",
              "customs_status": "N"}
    values.update(changes)
    return values


def declaration(context, count: int = 3, **header) -> int:
    data = {**HEADER, **header, "positions": [position(n) for n in range(1, count + 1)]}
    return context.suma.import_json(data).id


def accepted(context, declaration_id: int, status: Status, confirmed=(), error: dict[int, str] | None = None) -> None:
    """What applying customs' answer writes: every position accepted, ``confirmed`` confirmed, the status and MRN."""
    working = context.suma.working(declaration_id)
    with context.db.atomic():
        context.suma.store.record_accepted(declaration_id, working, [p.number for p in working.positions],
                                           list(confirmed), status, MRN)
        if error:
            context.suma.store.record_errors(declaration_id, "S03", "A position was refused.", error)


@pytest.fixture
def open_editor(qtbot):
    def make(context, declaration_id: int) -> SumaEditor:
        editor = SumaEditor(context, declaration_id)
        qtbot.addWidget(editor)
        editor.show()
        qtbot.waitExposed(editor)
        editor.activateWindow()  # its shortcuts work in the active window
        qtbot.waitUntil(editor.isActiveWindow)
        return editor

    return make


@pytest.fixture
def open_list(qtbot):
    def make(context) -> SumaWindow:
        window = SumaWindow(context)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # its shortcuts work in the active window
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def shown_rows(model) -> list[list[str]]:
    return [[model.index(r, c).data() for c in range(model.columnCount())] for r in range(model.rowCount())]


def numbers(model: PositionTableModel) -> list[int]:
    return [model.position(r).number for r in range(model.rowCount())]


def stored(context, declaration_id: int, number: int) -> dict:
    return next(p for p in context.suma.page(declaration_id, 0, MANY) if p.number == number).values


# --- the list ---------------------------------------------------------------------------------------

def test_the_list_shows_each_declaration_with_status_mrn_counts_and_last_error(context, open_list, qtbot):
    draft = declaration(context, 2, reference="REF-DRAFT", transport_number="LH8402")
    early = declaration(context, 3, reference="REF-EARLY")
    partial = declaration(context, 5, reference="REF-PARTIAL", office_of_presentation="DE004600")
    accepted(context, early, Status.EARLY)
    accepted(context, partial, Status.PARTIAL, confirmed=[1, 2], error={4: "S03 Gross mass differs"})

    window = open_list(context)

    headers = [c.header for c in LIST_COLUMNS]
    rows = {row[headers.index("Reference")]: dict(zip(headers, row)) for row in shown_rows(window.model)}
    assert set(rows) == {"REF-DRAFT", "REF-EARLY", "REF-PARTIAL"}
    assert (rows["REF-DRAFT"]["Status"], rows["REF-DRAFT"]["MRN"], rows["REF-DRAFT"]["Transport number"],
            rows["REF-DRAFT"]["Confirmed / positions"]) == ("none", "", "LH8402", "0 / 2")
    assert (rows["REF-EARLY"]["Status"], rows["REF-EARLY"]["MRN"], rows["REF-EARLY"]["Confirmed / positions"]) == (
        "early", MRN, "0 / 3")
    assert (rows["REF-PARTIAL"]["Status"], rows["REF-PARTIAL"]["Office"], rows["REF-PARTIAL"]["Confirmed / positions"],
            rows["REF-PARTIAL"]["Last error"]) == ("partial", "DE004600", "2 / 5", "S03 A position was refused.")
    assert window.count_label.text() == "3 declarations" and window.empty_note.isHidden()

    window.select(draft)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.editors[draft].isVisible() and window.editors[draft].declaration_id == draft


def test_new_declaration_and_import_of_a_json_file_open_the_editor(context, open_list, modal, tmp_path):
    window = open_list(context)
    assert window.empty_note.isVisible()

    editor = window.new_declaration()
    assert editor.isVisible() and editor.model.total == 0
    assert context.suma.rows()[0].id == editor.declaration_id

    good = tmp_path / "lh400.json"
    good.write_text(json.dumps({**HEADER, "reference": "REF-FILE", "positions": [position(n) for n in (1, 2)]}))
    imported = window.import_file(good)
    assert imported.model.total == 2 and window.model.rowCount() == 2
    assert window.selected_id() == imported.declaration_id

    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({**HEADER, "positions": [position(1, packages="many")]}))
    modal.answer(QMessageBox.StandardButton.Ok)
    assert window.import_file(bad) is None
    assert "nothing was stored" in modal.seen[-1].text and "position 1, packages" in modal.seen[-1].text
    assert len(context.suma.rows()) == 2


def test_the_main_window_opens_the_list_from_the_messages_menu_with_its_own_shortcut(context, window):
    win = window(context)
    action = win.actions["suma"]
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D") and action.isEnabled()
    messages_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Messages")
    assert action in messages_menu.actions()
    shortcuts = [s.toString() for a in win.actions for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts

    action.trigger()
    suma = win.findChild(SumaWindow)
    assert suma is not None and suma.isVisible() and suma.hub is win.changes

    declaration_id = declaration(context)
    win.changes.publish(context.suma.set_header_value(declaration_id, "reference", "REF-HUB"))
    assert suma.model.rowCount() == 1 and suma.model.record(0).reference == "REF-HUB"


# --- the header -----------------------------------------------------------------------------------------

def test_every_header_field_is_in_one_group():
    grouped = [name for column in HEADER_GROUPS for _, names in column for name in names]
    assert sorted(grouped) == sorted(f.name for f in HEADER_FIELDS)


def locked_fields(editor: SumaEditor) -> set[str]:
    found = set()
    for name, field in editor.form.fields.items():
        w = field.widget
        locked = not w.isEnabled() if isinstance(w, QComboBox) else w.isReadOnly()
        assert locked == field.locked, name
        if locked:
            found.add(name)
    return found


def test_at_status_early_the_presenter_is_read_only_with_the_reason_in_its_tooltip(context, open_editor):
    declaration_id = declaration(context)
    accepted(context, declaration_id, Status.EARLY)

    editor = open_editor(context, declaration_id)

    assert locked_fields(editor) == set(PRESENTER_FIELDS)
    for name in PRESENTER_FIELDS:
        assert "never change once customs hold the declaration" in editor.form.fields[name].widget.toolTip()
    assert "Locked" not in editor.form.fields["reference"].widget.toolTip()
    name_field = editor.form.fields["presenter.name"].widget
    name_field.setFocus()
    name_field.setText("Someone Else GmbH")
    name_field.editingFinished.emit()
    assert context.suma.working(declaration_id).get("presenter.name") == "Air Cargo Handling GmbH"


def test_at_status_partial_only_the_contact_person_can_change(context, open_editor):
    declaration_id = declaration(context)
    accepted(context, declaration_id, Status.PARTIAL, confirmed=[1])

    editor = open_editor(context, declaration_id)

    assert locked_fields(editor) == {f.name for f in HEADER_FIELDS} - set(CONTACT_FIELDS)
    assert "only the contact person may change" in editor.form.fields["transport_mode"].widget.toolTip()
    assert "only the contact person may change" in editor.form.fields["reference"].widget.toolTip()

    accepted(context, declaration_id, Status.FINAL, confirmed=[1, 2, 3])
    editor.refresh()
    assert locked_fields(editor) == {f.name for f in HEADER_FIELDS}


def test_a_header_edit_is_stored_and_a_value_refused_is_shown_beside_the_field(context, open_editor):
    declaration_id = declaration(context)
    editor = open_editor(context, declaration_id)
    arrival = editor.form.fields["arrival_date"].widget

    arrival.setText("2026-02-30")
    arrival.editingFinished.emit()
    assert "YYYY-MM-DD" in editor.form.error("arrival_date") and "S11" in editor.form.error("arrival_date")
    assert context.suma.working(declaration_id).get("arrival_date") == "2026-12-03"

    arrival.setText("2026-12-04")
    arrival.editingFinished.emit()
    assert editor.form.error("arrival_date") == ""
    assert context.suma.working(declaration_id).get("arrival_date") == "2026-12-04"

    mode = editor.form.fields["transport_mode"].widget
    mode.setCurrentIndex(mode.findData("1"))
    mode.activated.emit(mode.currentIndex())
    assert context.suma.working(declaration_id).get("transport_mode") == "1"


# --- the grid over 9,999 positions ------------------------------------------------------------------------

@pytest.fixture
def many(context) -> int:
    return declaration(context, MANY)


def test_the_grid_over_9999_positions_opens_scrolls_sorts_and_searches_at_once(context, many, open_editor, qtbot):
    started = time.perf_counter()
    editor = open_editor(context, many)
    grid, model = editor.grid, editor.model
    assert model.rowCount() == BATCH and model.total == MANY  # read in batches, not all at once
    assert numbers(model)[:3] == [1, 2, 3]

    grid.setFocus()
    grid.setCurrentIndex(model.index(0, 0))
    qtbot.keyClick(grid, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert model.rowCount() == MANY and model.position(grid.currentIndex().row()).number == MANY

    grid.horizontalHeader().sectionClicked.emit(0)  # the header clicked again: descending
    grid.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert numbers(model)[:2] == [MANY, MANY - 1] and model.rowCount() == BATCH
    model.fetch_all()
    assert numbers(model)[-2:] == [2, 1]

    mass = column_of("gross_mass")
    masses = sorted((Decimal(f"{(n * 37) % 1000}.5"), n) for n in range(1, MANY + 1))
    grid.sortByColumn(mass, Qt.SortOrder.AscendingOrder)
    assert model.index(0, mass).data() == str(masses[0][0]) and numbers(model)[0] == masses[0][1]
    model.fetch_all()
    assert model.index(MANY - 1, mass).data() == str(masses[-1][0])
    grid.sortByColumn(mass, Qt.SortOrder.DescendingOrder)
    assert numbers(model)[0] == max(n for m, n in masses if m == masses[-1][0])

    editor.search.setText("Goods 9998")
    editor.apply_search()
    assert numbers(model) == [9998] and editor.count_label.text() == "1 position matches the search"
    assert time.perf_counter() - started < 10  # seconds, on a busy machine: each step reads a batch, not 9,999


@pytest.mark.qt_log_level_fail("WARNING")
def test_the_position_model_passes_the_model_tester_sorted_and_searched(context, many, qtmodeltester):
    model = PositionTableModel(context.suma, many)
    model.reload()
    qtmodeltester.check(model)
    model.sort(column_of("description"), Qt.SortOrder.DescendingOrder)
    model.set_text("Goods 12")
    assert model.total == 111 and model.canFetchMore(QModelIndex()) is False
    model.set_text("")
    model.fetch_all()
    assert model.rowCount() == MANY and model.canFetchMore(QModelIndex()) is False
    model.refresh()
    assert model.rowCount() == MANY


def test_editing_a_cell_stores_it_and_a_confirmed_or_invalid_one_refuses(context, open_editor, qtbot):
    declaration_id = declaration(context, 4)
    accepted(context, declaration_id, Status.PARTIAL, confirmed=[1])
    editor = open_editor(context, declaration_id)
    model, grid = editor.model, editor.grid
    description = column_of("description")

    cell = model.index(model.row_of(2), description)
    grid.setFocus()
    grid.setCurrentIndex(cell)
    qtbot.keyClick(grid, Qt.Key.Key_F2)
    cell_editor = grid.focusWidget()
    assert isinstance(cell_editor, QLineEdit)
    cell_editor.setText("Bicycle frames")
    qtbot.keyClick(cell_editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: grid.state() != grid.State.EditingState)  # the delegate commits on the next turn
    assert stored(context, declaration_id, 2)["description"] == "Bicycle frames"
    assert cell.data() == "Bicycle frames"

    confirmed = model.index(model.row_of(1), description)
    assert not model.flags(confirmed) & Qt.ItemFlag.ItemIsEditable
    assert "confirmed by customs" in confirmed.data(Qt.ItemDataRole.ToolTipRole)
    assert model.setData(confirmed, "Changed anyway") is False
    assert stored(context, declaration_id, 1)["description"] == "Goods 1"
    assert "confirmed" in editor.problems.topLevelItem(0).text(4)

    packages = model.index(model.row_of(3), column_of("packages"))
    assert model.setData(packages, "many") is False
    assert stored(context, declaration_id, 3)["packages"] == 4
    assert "whole number" in packages.data(Qt.ItemDataRole.ToolTipRole)
    assert editor.problems.topLevelItem(0).text(1) == "Packages"


# --- pasting ----------------------------------------------------------------------------------------------

def test_headings_name_fields_by_field_name_label_or_german_name_in_any_case():
    assert [field_for_heading(h) for h in ("gross_mass", "GROSS MASS (KG)", "rohmasse", "custodian.tin",
                                           "Custodian TIN", "verwahrer (tin)", "Position", "nonsense")] == [
        "gross_mass", "gross_mass", "gross_mass", "custodian.tin", "custodian.tin", "custodian.tin", "number", None]
    pasted = pasted_rows("Position\tWarenbezeichnung\tColour\n5\tTea\tgreen\n")
    assert pasted.rows == [{"number": "5", "description": "Tea"}] and "Colour" in pasted.notes[0].message


def test_paste_with_a_header_row_stores_the_good_rows_and_lists_each_bad_cell(context, open_editor, qtbot):
    declaration_id = declaration(context, 5)
    accepted(context, declaration_id, Status.EARLY)
    editor = open_editor(context, declaration_id)
    block = ("POSITION\tgoods description\tAnzahl der Packstücke\tgross_mass\tCustoms status\n"
             "2\tTea, green\t10\t12,5\tN\n"
             "3\tCoffee\tmany\t40\tN\n"
             "4\tCocoa\t4\t30\tQ\n"
             "\tRice\t20\t500\tU\n")
    QGuiApplication.clipboard().setText(block)
    editor.show_page(1)
    qtbot.keyClick(editor.grid, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

    assert stored(context, declaration_id, 2)["description"] == "Tea, green"
    assert stored(context, declaration_id, 2)["gross_mass"] == Decimal("12.5")
    assert stored(context, declaration_id, 6)["description"] == "Rice"
    assert stored(context, declaration_id, 3)["description"] == "Goods 3"  # its row was left out
    assert stored(context, declaration_id, 4)["customs_status"] == "N"
    listed = {(editor.problems.topLevelItem(i).text(2), editor.problems.topLevelItem(i).text(1))
              for i in range(editor.problems.topLevelItemCount())}
    assert listed == {("3", "Packages"), ("4", "Customs status")}
    assert "2 left out" in editor.problems_title.text() and editor.model.total == 6
    marked = editor.model.index(editor.model.row_of(3), column_of("packages"))
    assert "whole number" in marked.data(Qt.ItemDataRole.ToolTipRole)
    background = marked.data(Qt.ItemDataRole.BackgroundRole).color()
    text = marked.data(Qt.ItemDataRole.ForegroundRole)  # readable on the light mark under any theme
    assert text is not None and background.lightness() - text.color().lightness() > 100


def test_paste_without_a_header_row_fills_the_cells_from_the_current_one(context, open_editor):
    declaration_id = declaration(context, 3)
    editor = open_editor(context, declaration_id)
    editor.grid.setCurrentIndex(editor.model.index(editor.model.row_of(2), column_of("description")))

    editor.paste("Tea\tPK\t9\nCoffee\tCT\t8\n")

    assert [stored(context, declaration_id, n)["description"] for n in (1, 2, 3)] == ["Goods 1", "Tea", "Coffee"]
    assert stored(context, declaration_id, 3)["packages"] == 8


# --- kinds, flags, check and send --------------------------------------------------------------------------

@pytest.mark.parametrize(("status", "offered"), [
    (Status.NONE, {("VSA", None), ("ESV", "3")}),
    (Status.EARLY, {("VSM", None), ("ESA", "1"), ("ESA", "2")}),
    (Status.PARTIAL, {("VSM", None), ("ESA", "1"), ("ESA", "2")}),
    (Status.FINAL, set()),
])
def test_only_the_kinds_and_flags_allowed_in_the_status_are_offered(context, open_editor, status, offered):
    declaration_id = declaration(context)
    if status is not Status.NONE:
        accepted(context, declaration_id, status, confirmed=[1, 2, 3] if status is Status.FINAL else [1])
    editor = open_editor(context, declaration_id)

    assert {editor.kind.itemData(i) for i in range(editor.kind.count())} == {kind for kind, _ in offered}
    assert set(editor.offered()) == offered
    assert editor.check_action.isEnabled() == bool(offered) == editor.send_action.isEnabled()
    if not offered:
        assert "final" in editor.send_action.toolTip() and not editor.kind.isEnabled()


def test_check_lists_every_problem_and_activating_one_selects_the_cell(context, open_editor, qtbot):
    data = {**HEADER, "arrival_date": "", "identification": "MID",
            "positions": [position(n) for n in range(1, 501)]}
    data["positions"][449]["description"] = ""
    declaration_id = context.suma.import_json(data).id
    editor = open_editor(context, declaration_id)
    assert editor.select_message("VSA")

    editor.grid.setFocus()
    qtbot.keyClick(editor, Qt.Key.Key_F7)

    rows = [[editor.problems.topLevelItem(i).text(c) for c in range(5)]
            for i in range(editor.problems.topLevelItemCount())]
    assert ["S11", "Goods description", "450", "", "Goods description (Warenbezeichnung) is required."] in rows
    assert any(r[1] == "Arrival date" and r[2] == "" for r in rows)
    assert "Goods description" not in editor.form.error("arrival_date") and editor.form.error("arrival_date")

    item = next(editor.problems.topLevelItem(i) for i, r in enumerate(rows) if r[2] == "450")
    editor.problems.setFocus()
    editor.problems.setCurrentItem(item)
    qtbot.keyClick(editor.problems, Qt.Key.Key_Return)
    current = editor.grid.currentIndex()
    assert editor.tabs.currentIndex() == 1 and editor.grid.hasFocus()
    assert editor.model.position(current.row()).number == 450 and current.column() == column_of("description")

    header_item = next(editor.problems.topLevelItem(i) for i, r in enumerate(rows) if r[1] == "Arrival date")
    editor.problems.itemActivated.emit(header_item, 0)
    assert editor.tabs.currentIndex() == 0 and editor.form.fields["arrival_date"].widget.hasFocus()


def test_check_passes_and_names_what_the_message_carries(context, open_editor):
    declaration_id = declaration(context, 3)
    accepted(context, declaration_id, Status.EARLY)
    context.suma.set_position_values(declaration_id, 2, {"description": "Tea"})
    editor = open_editor(context, declaration_id)

    assert editor.select_message("VSM")
    plan = editor.check()
    assert plan is not None and plan.positions == [2]
    assert editor.problems.topLevelItemCount() == 0 and "Check passed" in editor.problems_title.text()

    editor.select_message("ESA", "2")  # flag 2 confirms as customs hold them: position 2 changed
    assert editor.check() is None
    assert [editor.problems.topLevelItem(0).text(c) for c in (0, 2, 3)] == ["S09", "2", "6"]


def test_send_checks_first_then_queues_the_signed_message_on_a_thread_of_its_own(demo_ws, open_editor, qtbot):
    context = demo_ws
    hafen = {"tin": "DE415230871234567", "branch": "0000"}
    presenter = {**HEADER["presenter"], **hafen}
    broken = context.suma.import_json({**HEADER, "sender": hafen, "presenter": presenter,
                                       "positions": [position(1, description="")]}).id
    refused = open_editor(context, broken)
    assert refused.send() is False
    assert refused.problems.topLevelItem(0).text(1) == "Goods description"
    assert context.messaging.store.list(MessageFilter(message_type="CUSPRL")) == []

    declaration_id = declaration(context, 3, sender=hafen, presenter=presenter)
    editor = open_editor(context, declaration_id)
    assert editor.select_message("VSA")
    gui_thread = threading.get_ident()
    threads = []
    original = SumaService.send
    SumaService.send = lambda self, *args, **kwargs: (threads.append(threading.get_ident()),
                                                      original(self, *args, **kwargs))[1]
    try:
        assert editor.send() is True
        assert editor.tasks.busy and not editor.send_action.isEnabled()
        qtbot.waitUntil(lambda: not editor.tasks.busy, timeout=20000)
    finally:
        SumaService.send = original
    assert threads and threads[0] != gui_thread
    [queued] = context.messaging.store.list(MessageFilter(message_type="CUSPRL"))
    assert f"queued as message {queued.id}" in editor.problems_title.text() and editor.send_action.isEnabled()
    assert queued.state == "queued" and "VSA" in queued.kind


# --- keyboard and size -------------------------------------------------------------------------------

def test_escape_and_ctrl_w_close_and_the_windows_fit_a_small_screen(context, open_editor, open_list, qtbot):
    declaration_id = declaration(context)
    editor = open_editor(context, declaration_id)
    hint = editor.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700 and editor.width() <= 1366 and editor.height() <= 720
    for action in (editor.check_action, editor.send_action, editor.paste_action, editor.copy_action,
                   editor.find_action, editor.refresh_action, editor.close_action):
        assert not action.shortcut().isEmpty(), action.text()
    editor.grid.setFocus()
    qtbot.keyClick(editor.grid, Qt.Key.Key_Escape)
    assert not editor.isVisible()

    window = open_list(context)
    assert window.minimumSizeHint().width() <= 1366 and window.height() <= 720
    window.table.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()
