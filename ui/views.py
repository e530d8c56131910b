"""The read-only record list every window uses: whole rows selected, nothing edited in place."""
from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
)

WIDEST_COLUMN = 300


def record_list_view(model: QAbstractItemModel, object_name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    return view


def single_record_view(model: QAbstractItemModel, object_name: str, stretch: int) -> QTableView:
    """A record list where one row is chosen at a time; column ``stretch`` takes the room left."""
    view = record_list_view(model, object_name)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_columns(view: QTableView, widest: int = WIDEST_COLUMN) -> None:
    """Columns as wide as their content (with a little air), none wider than ``widest``, except the stretching one."""
    view.resizeColumnsToContents()
    header = view.horizontalHeader()
    for column in range(view.model().columnCount()):
        if header.sectionResizeMode(column) != QHeaderView.ResizeMode.Stretch:
            header.resizeSection(column, min(header.sectionSize(column) + 14, widest))


def enable_with_reason(button: QPushButton, reason: str | None, tip: str) -> None:
    """Enabled with its usual tip, or disabled with the reason as tip."""
    button.setEnabled(reason is None)
    button.setToolTip(reason or tip)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row
