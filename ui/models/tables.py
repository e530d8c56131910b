"""Lazy table models over the store: rows are read in batches as the view scrolls.

Sorting and searching cover every record, loaded or not: the store sorts and searches (the models
ask the core services for a sorted, filtered page), and the model reads its first batch again.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QBrush

from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.amounts import format_amount
from ui.theme import readable

if TYPE_CHECKING:
    from core.context import UserContext
    from core.guarantees.model import Guarantee
    from core.organisations import Organisation

BATCH = 200
RecordIdRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column:
    header: str  # English, marked with QT_TRANSLATE_NOOP in the model's translation_context; translated when shown
    value: Callable[[Any], Any]
    align_right: bool = False
    sort: str | None = None  # what the core service calls this order; None: the column cannot be sorted by


class LazyTableModel(QAbstractTableModel):
    columns: list[Column] = []
    translation_context = "TableModels"  # where the column headers are marked: a subclass elsewhere names its own

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total: int | None = None
        self._changing = False  # no fetching while rows are being inserted or reset
        self.sort_column = -1  # -1: the store's usual order
        self.descending = False

    # subclasses: how many records there are, and a batch of them
    def count_records(self) -> int:
        raise NotImplementedError

    def load_records(self, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def reload(self) -> None:
        self._changing = True
        try:
            self.beginResetModel()
            self._rows, self._total = [], None
            self.endResetModel()
        finally:
            self._changing = False
        self.fetchMore(QModelIndex())

    @property
    def sort_key(self) -> str | None:
        """The order the records are read in, as the core service names it (None: its usual order)."""
        return self.columns[self.sort_column].sort if self.sort_column >= 0 else None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every record, loaded or not: the store sorts them, and the first batch is read again."""
        sortable = 0 <= column < len(self.columns) and self.columns[column].sort is not None
        self.sort_column = column if sortable else -1
        self.descending = sortable and order == Qt.SortOrder.DescendingOrder
        self.reload()

    def record(self, row: int):
        return self._rows[row]

    def row_of(self, record_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def canFetchMore(self, parent: QModelIndex) -> bool:
        if parent.isValid() or self._changing:
            return False
        return self._total is None or len(self._rows) < self._total

    def fetchMore(self, parent: QModelIndex) -> None:
        if not self.canFetchMore(parent):
            return
        if self._total is None:
            self._total = self.count_records()
        batch = self.load_records(len(self._rows), BATCH)
        if not batch:
            self._total = len(self._rows)
            return
        first = len(self._rows)
        self._changing = True
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(batch) - 1)
            self._rows.extend(batch)
            self.endInsertRows()
        finally:
            self._changing = False

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate(self.translation_context, self.columns[section].header)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(record)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == RecordIdRole:
            return record.id
        return self.extra_data(record, index.column(), role)

    def extra_data(self, record, column: int, role: int):
        return None


def _amount(value, currency: str | None) -> str:
    return format_amount(value, currency)


class SearchableTableModel(LazyTableModel):
    """A register table the store searches: only the records with ``text`` in a listed column."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self._context = context
        self.text = ""

    def set_text(self, text: str) -> None:
        self.text = text.strip()
        self.reload()


class OrganisationTableModel(SearchableTableModel):
    columns = [
        Column(QT_TRANSLATE_NOOP("TableModels", "Name"), lambda o: o.name, sort="name"),
        Column(QT_TRANSLATE_NOOP("TableModels", "EORI / TIN"), lambda o: o.eori, sort="eori"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Branch"), lambda o: o.branch, sort="branch"),
        Column(QT_TRANSLATE_NOOP("TableModels", "City"), lambda o: o.city, sort="city"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Country"), lambda o: o.country, sort="country"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Contact"), lambda o: o.contact, sort="contact"),
    ]

    def count_records(self) -> int:
        return self._context.organisations.count(text=self.text)

    def load_records(self, offset: int, limit: int) -> list[Organisation]:
        return self._context.organisations.page(offset, limit, sort=self.sort_key or "name", descending=self.descending,
                                           text=self.text)


class GuaranteeTableModel(SearchableTableModel):
    columns = [
        Column(QT_TRANSLATE_NOOP("TableModels", "GRN / reference"), lambda g: g.reference, sort="reference"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Type"), lambda g: g.type, sort="type"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Office"), lambda g: g.office, sort="office"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Amount"), lambda g: _amount(g.amount, g.currency), align_right=True,
               sort="amount"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Balance"), lambda g: _amount(g.balance, g.currency_answer),
               align_right=True, sort="balance"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Codes registered"),
               lambda g: (g.codes_registered_at or "")[:16].replace("T", " "), sort="codes_registered"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Last error"),
               lambda g: f"{g.last_error_code} {g.last_error_text or ''}".strip() if g.last_error_code else "",
               sort="last_error"),
        Column(QT_TRANSLATE_NOOP("TableModels", "Description"), lambda g: g.description, sort="description"),
    ]

    def __init__(self, context: UserContext, org_id: int | None = None, parent=None):
        super().__init__(context, parent)
        self.org_id = org_id

    def show_organisation(self, org_id: int | None) -> None:
        self.org_id = org_id
        self.reload()

    def count_records(self) -> int:
        return self._context.guarantees.count(org_id=self.org_id, text=self.text)

    def load_records(self, offset: int, limit: int) -> list[Guarantee]:
        return self._context.guarantees.page(self.org_id, offset, limit, sort=self.sort_key, descending=self.descending,
                                        text=self.text)

    def extra_data(self, g: Guarantee, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and column == 0 and g.grn_override:
            return QBrush(readable("#b35c00"))
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and g.grn_override:
            return translate("TableModels", "Saved despite a failing check digit (training data)")
        if role == Qt.ItemDataRole.ForegroundRole and column == 6 and g.last_error_code:
            return QBrush(readable("#c0392b"))
        return None
