"""The register tables of the main window sorted by their column headers and searched: over every record in the
store, not only the rows read so far (real widgets offscreen, a real SQLite file)."""
from __future__ import annotations

import pytest
from bulk_records import (
    GUARANTEE_KEYS,
    ORGANISATION_KEYS,
    add_varied_guarantees,
    add_varied_organisations,
    sorted_like_the_store,
)
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QApplication
from ui_helpers import add_organisations

from ui.models.navigation import NodeKind
from ui.models.tables import BATCH

SCROLLS = 50  # far more than the batches of 540 rows need


@pytest.fixture
def register(context):
    org_ids = add_varied_organisations(context, 520)
    add_varied_guarantees(context, org_ids, 540)
    return context


def click_header(qtbot, table, column: int) -> Qt.SortOrder:
    """Click the column's header as the user does; the order it now shows."""
    header = table.horizontalHeader()
    table.horizontalScrollBar().setValue(0)
    while header.sectionViewportPosition(column) + header.sectionSize(column) // 2 > header.viewport().width():
        table.horizontalScrollBar().setValue(table.horizontalScrollBar().value() + 40)
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))
    assert header.sortIndicatorSection() == column
    return header.sortIndicatorOrder()


def sort_descending(qtbot, table, column: int) -> None:
    if click_header(qtbot, table, column) != Qt.SortOrder.DescendingOrder:
        assert click_header(qtbot, table, column) == Qt.SortOrder.DescendingOrder


def scroll_to_the_end(table) -> None:
    """Scroll down as the user does until the view has asked the model for every row."""
    model = table.model()
    for _ in range(SCROLLS):
        if not model.canFetchMore(QModelIndex()):
            return
        table.scrollToBottom()
        QApplication.processEvents()
    assert not model.canFetchMore(QModelIndex())


def shown_ids(table) -> list[int]:
    model = table.model()
    return [model.record(row).id for row in range(model.rowCount())]


def cell(table, row: int, column: int) -> str:
    return table.model().index(row, column).data()


def check_sorted_both_ways(qtbot, table, column: int, records: list, keys: dict) -> None:
    model = table.model()
    column_of = model.columns[column]
    key = keys[column_of.sort]
    for _ in range(2):
        order = click_header(qtbot, table, column)
        expected = sorted_like_the_store(records, key, order == Qt.SortOrder.DescendingOrder)
        assert model.rowCount() == BATCH < len(expected)
        assert cell(table, 0, column) == column_of.value(expected[0]), column_of.header
        scroll_to_the_end(table)
        assert cell(table, model.rowCount() - 1, column) == column_of.value(expected[-1]), column_of.header
        assert shown_ids(table) == [r.id for r in expected], column_of.header


def test_clicking_the_header_sorts_500_organisations_by_name_over_all_of_them(context, window, qtbot):
    add_organisations(context, 500)
    win = window(context)
    table = win.org_table
    orders = {click_header(qtbot, table, 0): cell(table, 0, 0) for _ in range(2)}
    assert orders == {Qt.SortOrder.AscendingOrder: "Org 00000", Qt.SortOrder.DescendingOrder: "Org 00499"}
    assert table.model() is win.org_table.source  # no proxy between the view and the lazy model


@pytest.mark.parametrize("column", range(6))
def test_each_organisation_column_sorts_every_record_both_ways(register, window, qtbot, column):
    win = window(register)
    assert win.pages.currentWidget() is win.org_table
    check_sorted_both_ways(qtbot, win.org_table, column, register.organisations.list(), ORGANISATION_KEYS)


@pytest.mark.parametrize("column", range(8))
def test_each_guarantee_column_sorts_every_record_both_ways(register, window, qtbot, column):
    win = window(register)
    win.tree.setCurrentIndex(win.navigation.index_of(win.navigation.ncts_node))
    assert win.pages.currentWidget() is win.guarantee_table
    check_sorted_both_ways(qtbot, win.guarantee_table, column, register.guarantees.list(), GUARANTEE_KEYS)


def test_the_order_chosen_stays_when_another_organisation_is_shown(register, window, qtbot):
    win = window(register)
    nav = win.navigation
    win.tree.setCurrentIndex(nav.index_of(nav.ncts_node))
    sort_descending(qtbot, win.guarantee_table, 3)
    org = max(register.organisations.list(), key=lambda o: register.guarantees.count(o.id))
    win.tree.expand(nav.index_of(nav.organisations_node))
    while nav.find(NodeKind.ORGANISATION, org.id) is None:
        nav.fetchMore(nav.index_of(nav.organisations_node))
    win.tree.setCurrentIndex(nav.index_of(nav.find(NodeKind.ORGANISATION, org.id)))
    expected = sorted_like_the_store(register.guarantees.list(org_id=org.id), GUARANTEE_KEYS["amount"], True)
    assert shown_ids(win.guarantee_table) == [g.id for g in expected]


def test_sorting_keeps_the_selected_organisation_selected_and_the_commands_on_it(demo_ws, window, qtbot):
    win = window(demo_ws)
    table = win.org_table
    table.selectRow(0)
    chosen = table.selected_records()[0]
    assert win.target.org_id == chosen.id
    click_header(qtbot, table, 0)
    click_header(qtbot, table, 0)
    [still] = table.selected_records()
    assert still.id == chosen.id and win.target.org_id == chosen.id
    assert table.model().record(0).id != chosen.id  # it moved


def test_a_selected_organisation_not_read_again_after_sorting_is_no_longer_the_target(context, window, qtbot):
    add_organisations(context, 500)
    win = window(context)
    table = win.org_table
    table.selectRow(0)
    assert win.target.is_organisation
    sort_descending(qtbot, table, 0)
    assert table.selected_records() == []
    assert win.target.kind is NodeKind.ORGANISATIONS and not win.target.is_organisation


def test_the_order_chosen_stays_for_the_next_user_signing_in(context, window, qtbot):
    add_organisations(context, 500)
    win = window(context)
    sort_descending(qtbot, win.org_table, 0)
    first = win.org_table.source
    win.attach(context)  # as after signing in again
    assert win.org_table.source is not first
    assert cell(win.org_table, 0, 0) == "Org 00499"
    win.org_table.selectRow(0)
    assert win.target.org_id == win.org_table.source.record(0).id


def test_sorting_keeps_the_column_widths_the_user_set(register, window, qtbot):
    win = window(register)
    table = win.org_table
    QApplication.processEvents()  # the columns fitted to the first batch
    table.setColumnWidth(1, 333)
    click_header(qtbot, table, 2)
    QApplication.processEvents()
    assert table.columnWidth(1) == 333
