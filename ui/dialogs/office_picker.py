"""Pick a customs office of guarantee: search by code or name among offices valid today."""
from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.refdata.catalogue import GUARANTEE_OFFICE_ROLE, Catalogue, CustomsOffice
from ui.geometry import fit_to_screen

SEARCH_DELAY_MS = 150


class OfficeTableModel(QAbstractTableModel):
    headers = (QT_TRANSLATE_NOOP("OfficePicker", "Code"), QT_TRANSLATE_NOOP("OfficePicker", "Name"),
               QT_TRANSLATE_NOOP("OfficePicker", "Country"), QT_TRANSLATE_NOOP("OfficePicker", "Phone"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.offices: list[CustomsOffice] = []

    def set_offices(self, offices: list[CustomsOffice]) -> None:
        self.beginResetModel()
        self.offices = offices
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.offices)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        office = self.offices[index.row()]
        return (office.id, office.name, office.country, office.phone)[index.column()]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("OfficePicker", self.headers[section])
        return None


class OfficePicker(QDialog):
    def __init__(self, catalogue: Catalogue, text: str = "", role: str = GUARANTEE_OFFICE_ROLE, parent=None):
        super().__init__(parent)
        self.setWindowTitle(translate("OfficePicker", "Customs office of guarantee"))
        self.setObjectName("OfficePicker")
        self._catalogue = catalogue
        self._role = role
        self.selected: CustomsOffice | None = None

        self.search = QLineEdit(text)
        self.search.setPlaceholderText(translate("OfficePicker",
                                                 "Search by office code or name, e.g. CZ52 or Budějovice"))
        self.search.setClearButtonEnabled(True)
        self.model = OfficeTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.doubleClicked.connect(self.accept)
        self.summary = QLabel()
        self.summary.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 90, self.fontMetrics().lineSpacing() * 24)
        fit_to_screen(self, move=False)

        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(self._timer.start)
        self.refresh()

    def refresh(self) -> None:
        offices = self._catalogue.search_offices(self.search.text(), role=self._role)
        self.model.set_offices(offices)
        summary = translate("OfficePicker", "%n offices with role {role} valid today", None,
                            len(offices)).format(role=self._role)
        if len(offices) >= 200:
            summary += " " + translate("OfficePicker", "(first 200 shown; type more to narrow)")
        self.summary.setText(summary)
        if offices:
            self.table.selectRow(0)

    def accept(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        self.selected = self.model.offices[rows[0].row()]
        super().accept()
