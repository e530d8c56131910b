"""The summary declarations' tables: the list of declarations, and the grid of one declaration's positions.

The grid reads its positions from the store in batches as the view scrolls; sorting and searching cover all
of them (the store sorts and filters in SQL) and read the first batch again. Edits go through the service.
Rows pasted from a spreadsheet are read here: a header row names the fields (field name, English label or
German name, in any case).
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.suma.model import POSITION, POSITION_FIELDS, parse_value
from core.suma.rules import Code, Problem, Refused
from ui.models.messages import local_time
from ui.theme import readable

if TYPE_CHECKING:
    from core.suma.service import SumaService
    from core.suma.store import DeclarationRow, PositionRow

BATCH = 200
ERROR_TEXT = QColor("#c0392b")
MARKED_BACKGROUND = QColor("#f8d0cc")
CONFIRMED_BACKGROUND = QColor("#e6efe3")
CONFIRMED_TEXT = QColor("#3d5a35")
CHECK_MARK = "\u2713"

CODE_NAMES = {code: code.name.lower().replace("_", " ") for code in Code}


def describe(problem: Problem) -> str:
    """A problem for people: its message, then the code and the rule of the field description it breaks."""
    values = {"message": problem.message, "code": problem.code.value, "code_name": CODE_NAMES.get(problem.code, "")}
    if problem.rule:
        return translate("SumaModel", "{message} ({code} {code_name}, rule {rule})").format(rule=problem.rule, **values)
    return "{message} ({code} {code_name})".format(**values)


def confirmed_reason(number: int) -> str:
    return translate("SumaModel", "Position {number} is confirmed by customs: it can no longer change (rules 3, 5 and "
                     "7 of the field description).").format(number=number)


# --- the list of declarations -----------------------------------------------------------------

@dataclass(frozen=True)
class ListColumn:
    header: str
    value: object  # callable DeclarationRow -> str
    align_right: bool = False


def _positions_text(row: DeclarationRow) -> str:
    return f"{row.positions_confirmed:,} / {row.positions_total:,}"


def _error_text(row: DeclarationRow) -> str:
    return f"{row.last_error_code} {row.last_error_text or ''}".strip() if row.last_error_code else ""


# headers in English (the keys the tests and other code use), translated where they are shown (headerData)
LIST_COLUMNS = (
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Status"), lambda r: r.status.label),
    ListColumn("MRN", lambda r: r.mrn or ""),
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Reference"), lambda r: r.reference),
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Transport number"), lambda r: r.transport_number),
    #: column header: the customs office of presentation
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Office"), lambda r: r.office),
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Confirmed / positions"), _positions_text, align_right=True),
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Changed"), lambda r: local_time(r.updated_at)),
    ListColumn(QT_TRANSLATE_NOOP("SumaModel", "Last error"), _error_text),
)
ERROR_COLUMN = 7


class DeclarationTableModel(QAbstractTableModel):
    """Every summary declaration, the last changed first (a clerk holds hundreds, not thousands)."""

    def __init__(self, service: SumaService, parent=None):
        super().__init__(parent)
        self._service = service
        self._rows: list[DeclarationRow] = []

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = self._service.rows()
        self.endResetModel()

    def record(self, row: int) -> DeclarationRow:
        return self._rows[row]

    def row_of(self, declaration_id: int) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.id == declaration_id), None)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(LIST_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return translate("SumaModel", LIST_COLUMNS[section].header)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], LIST_COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.value(record)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == ERROR_COLUMN and record.last_error_code:
            return QBrush(readable(ERROR_TEXT))
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == ERROR_COLUMN and record.last_error_code:
            return _error_text(record)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return translate("SumaModel", "Status of processing at customs: {status}").format(
                status=record.status.value)
        return None


# --- the grid of positions --------------------------------------------------------------------

@dataclass(frozen=True)
class GridColumn:
    header: str
    field: str | None  # the position field; None for the confirmed flag and the last error
    sort: str | None  # the store's name of the order; None: not sortable
    tip: str
    width: int = 90


def _grid_columns() -> tuple[GridColumn, ...]:
    widths = {"number": 50, "specific_reference": 125, "specific_reference_kind": 70, "custodian.tin": 150,
              "custodian.branch": 58, "custody_place": 112, "description": 160, "package_kind": 70,
              "packages": 70, "gross_mass": 106, "customs_status": 82}
    short = {"specific_reference_kind": QT_TRANSLATE_NOOP("SumaModel", "Ref. kind"),
             #: column header, short: the custodian's branch number (a branch of a company)
             "custodian.branch": QT_TRANSLATE_NOOP("SumaModel", "Branch"),
             "package_kind": QT_TRANSLATE_NOOP("SumaModel", "Pack. kind"),
             "customs_status": QT_TRANSLATE_NOOP("SumaModel", "Cust. status")}
    columns = [GridColumn(QT_TRANSLATE_NOOP("SumaModel", "Pos."), "number", "number",
                          QT_TRANSLATE_NOOP("SumaModel", "Positionsnummer (number): the position's own number"), 50),
               GridColumn(CHECK_MARK, None, "confirmed",
                          QT_TRANSLATE_NOOP("SumaModel", "Confirmed by customs (Bestätigung der Gestellung)"), 28)]
    for spec in POSITION_FIELDS[1:]:
        columns.append(GridColumn(short.get(spec.name, spec.english_label), spec.name, spec.column,
                                  f"{spec.english_label} — {spec.german} ({spec.name})", widths[spec.name]))
    columns.append(GridColumn(QT_TRANSLATE_NOOP("SumaModel", "Last error"), None, None,
                              QT_TRANSLATE_NOOP("SumaModel", "The last error customs gave for the position"), 200))
    return tuple(columns)


def header_text(column: GridColumn) -> str:
    """A grid column's header as shown: in the user's language (``header`` stays English, a key of pasted headings);
    a field's full name is translated with the field (core's catalogue context)."""
    shown = translate("SumaModel", column.header)
    return shown if shown != column.header else translate("Suma", column.header)


GRID_COLUMNS = _grid_columns()
NUMBER_COLUMN, CONFIRMED_COLUMN, LAST_ERROR_COLUMN = 0, 1, len(GRID_COLUMNS) - 1
FIELD_COLUMNS = {c.field: i for i, c in enumerate(GRID_COLUMNS) if c.field}
NUMBER_KINDS = ("integer", "decimal")


def column_of(field: str | None) -> int:
    """The grid column that shows ``field`` (the number for anything else about a position)."""
    if field == "confirmed":
        return CONFIRMED_COLUMN
    return FIELD_COLUMNS.get(field or "", NUMBER_COLUMN)


def shown(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


class PositionTableModel(QAbstractTableModel):
    """The working copy's positions of one declaration, read in batches; edits go through the service.

    ``refused`` carries the problems of an edit that was not stored; ``stored`` the changes of one that was."""

    refused = Signal(object)
    stored = Signal(object)

    def __init__(self, service: SumaService, declaration_id: int, parent=None):
        super().__init__(parent)
        self._service = service
        self.declaration_id = declaration_id
        self._rows: list[PositionRow] = []
        self._total: int | None = None
        self._changing = False  # no fetching while rows are inserted or reset
        self.text = ""
        self.sort_column = NUMBER_COLUMN
        self.descending = False
        self.editable = True  # False once the declaration is final
        self.marks: dict[tuple[int, str], str] = {}  # (position, field) -> why the cell is marked

    # -- reading --------------------------------------------------------------------------------
    @property
    def sort_key(self) -> str:
        return GRID_COLUMNS[self.sort_column].sort or "number"

    @property
    def total(self) -> int:
        """How many positions match the search (all of them without one)."""
        if self._total is None:
            self._total = self._service.count_positions(self.declaration_id, self.text)
        return self._total

    def _read(self, offset: int, limit: int) -> list[PositionRow]:
        return self._service.page(self.declaration_id, offset, limit, self.sort_key, self.descending, self.text)

    def reload(self, rows_to_load: int = BATCH) -> None:
        """Read again from the first position: at least one batch, or as many rows as ``rows_to_load``."""
        self._changing = True
        try:
            self.beginResetModel()
            self._total = None
            self._rows = self._read(0, max(rows_to_load, BATCH))
            self.endResetModel()
        finally:
            self._changing = False

    def refresh(self) -> None:
        """Read the loaded rows again (customs answered, rows were pasted): in place when the same positions are
        shown in the same places, so that the view keeps its scroll position and selection."""
        before = [r.number for r in self._rows]
        total_before = self._total
        self._total = None
        fresh = self._read(0, max(len(before), BATCH))
        if [r.number for r in fresh[:len(before)]] == before and self.total == total_before:
            self._rows[:] = fresh[:len(before)]
            if before:
                self.dataChanged.emit(self.index(0, 0), self.index(len(before) - 1, len(GRID_COLUMNS) - 1))
            return
        self._changing = True
        try:
            self.beginResetModel()
            self._rows = fresh
            self.endResetModel()
        finally:
            self._changing = False

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort every position, loaded or not: the store sorts them, and the first batch is read again."""
        sortable = 0 <= column < len(GRID_COLUMNS) and GRID_COLUMNS[column].sort is not None
        self.sort_column = column if sortable else NUMBER_COLUMN
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def set_text(self, text: str) -> None:
        """Only the positions with ``text`` in the reference, description, place of custody or custodian, or
        with that number."""
        self.text = text.strip()
        self.reload()

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:
        if parent.isValid() or self._changing:
            return False
        return len(self._rows) < self.total

    def fetchMore(self, parent: QModelIndex = QModelIndex(), limit: int = BATCH) -> None:
        if not self.canFetchMore(parent):
            return
        batch = self._read(len(self._rows), limit)
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

    def fetch_all(self) -> None:
        """Every matching position, the rest in one read (to go to the last one)."""
        if self.canFetchMore():
            self.fetchMore(limit=self.total - len(self._rows))

    def position(self, row: int) -> PositionRow:
        return self._rows[row]

    def row_of(self, number: int, fetch: bool = True) -> int | None:
        """The row of position ``number`` among those shown, reading further batches until it is found."""
        while True:
            found = next((i for i, r in enumerate(self._rows) if r.number == number), None)
            if found is not None or not fetch or not self.canFetchMore():
                return found
            self.fetchMore()

    # -- the model ------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(GRID_COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(GRID_COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return header_text(GRID_COLUMNS[section])
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("SumaModel", GRID_COLUMNS[section].tip)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        record, column = self._rows[index.row()], GRID_COLUMNS[index.column()]
        spec = POSITION.get(column.field or "")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            if index.column() == CONFIRMED_COLUMN:
                return CHECK_MARK if record.confirmed else ""
            if index.column() == LAST_ERROR_COLUMN:
                return record.error or ""
            return shown(record.values.get(column.field))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.column() == CONFIRMED_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
            if spec is not None and spec.kind in NUMBER_KINDS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        mark = self.marks.get((record.number, column.field or "")) if column.field else None
        if role == Qt.ItemDataRole.BackgroundRole:
            if mark:
                return QBrush(MARKED_BACKGROUND)
            return QBrush(CONFIRMED_BACKGROUND) if record.confirmed else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if mark:  # dark text on the light mark, whatever the theme
                return QBrush(ERROR_TEXT)
            if index.column() == LAST_ERROR_COLUMN or (index.column() == NUMBER_COLUMN and record.error):
                on_light = mark or record.confirmed  # a light background of its own: the dark red stays
                return QBrush(ERROR_TEXT if on_light else readable(ERROR_TEXT))
            return QBrush(CONFIRMED_TEXT) if record.confirmed else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if mark:
                return mark
            if index.column() == LAST_ERROR_COLUMN or (index.column() == NUMBER_COLUMN and record.error):
                return record.error or None
            if record.confirmed:
                return confirmed_reason(record.number)
            if index.column() == NUMBER_COLUMN:
                return translate("SumaModel", "The position number identifies the position: paste a row to add a "
                                 "position.")
            if not self.editable:
                return translate("SumaModel", "The declaration is final: customs accept no more changes.")
            return None
        return None

    def is_editable(self, index: QModelIndex) -> bool:
        if not index.isValid() or not self.editable:
            return False
        field = GRID_COLUMNS[index.column()].field
        return field not in (None, "number") and not self._rows[index.row()].confirmed

    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if self.is_editable(index) else flags

    def setData(self, index: QModelIndex, value, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Store one cell through the service; a confirmed position, or a value the field does not take, is
        refused (``refused`` says why) and nothing changes."""
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        record, field = self._rows[index.row()], GRID_COLUMNS[index.column()].field
        if field is None or field == "number":
            return False
        raw = "" if value is None else str(value)
        if raw.strip() == shown(record.values.get(field)).strip() and (record.number, field) not in self.marks:
            return False
        if not self.is_editable(index):
            why = confirmed_reason(record.number) if record.confirmed else translate("SumaModel",
                                                                                     "The declaration is final.")
            self.refused.emit([Problem(Code.CONFIRMED_POSITION_CHANGED, why, field, record.number)])
            return False
        try:
            changes = self._service.set_position_values(self.declaration_id, record.number, {field: raw})
        except Refused as exc:
            self.marks.update({(p.position or record.number, p.field or field): describe(p) for p in exc.problems})
            self.dataChanged.emit(index, index)
            self.refused.emit(exc.problems)
            return False
        except UserError as exc:
            self.refused.emit([Problem(Code.FIELD_INVALID, str(exc), field, record.number)])
            return False
        record.values[field] = parse_value(POSITION[field], raw)[0]
        self.marks.pop((record.number, field), None)
        self.dataChanged.emit(index, index)
        self.stored.emit(changes)
        return True

    def set_marks(self, problems: list[Problem]) -> None:
        """Mark the cells these problems name (those of positions and position fields)."""
        self.marks = {}
        for p in problems:
            if isinstance(p.position, int) and (p.field in POSITION or p.field in (None, "confirmed")):
                key = (p.position, p.field if p.field in POSITION else "number")
                self.marks[key] = "\n".join(filter(None, [self.marks.get(key), describe(p)]))
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, len(GRID_COLUMNS) - 1))


# --- rows pasted from a spreadsheet ----------------------------------------------------------------

def _key(text: str) -> str:
    return " ".join(str(text).replace("_", " ").replace(".", " ").split()).casefold()


HEADINGS: dict[str, str] = {}
for _spec in POSITION_FIELDS:
    for _name in (_spec.name, _spec.column, _spec.english_label, _spec.english_label.split(" (")[0], _spec.german):
        HEADINGS[_key(_name)] = _spec.name
for _column in GRID_COLUMNS:
    if _column.field:
        HEADINGS.setdefault(_key(_column.header), _column.field)
READ_ONLY_HEADINGS = {_key(CHECK_MARK), _key("Confirmed"), _key("Last error")}


def field_for_heading(text: str) -> str | None:
    """The position field a column heading names: its field name, its label in English or in the user's language,
    its grid header, or its German (ATLAS) name, in any case."""
    key = _key(text)
    if key in HEADINGS:
        return HEADINGS[key]
    for spec in POSITION_FIELDS:
        if key in (_key(spec.label), _key(spec.label.split(" (")[0])):
            return spec.name
    return next((c.field for c in GRID_COLUMNS if c.field and _key(header_text(c)) == key), None)


def read_cells(text: str) -> list[list[str]]:
    """Tab-separated rows as a spreadsheet copies them (cells with line breaks come quoted); empty rows dropped."""
    rows = list(csv.reader(io.StringIO(text.replace("\r\n", "\n").replace("\r", "\n")), delimiter="\t"))
    return [row for row in rows if any(cell.strip() for cell in row)]


@dataclass
class Pasted:
    """Rows ready for the service, and what could not be used of the pasted block."""

    rows: list[dict[str, object]]
    notes: list[Problem]
    with_header: bool


def pasted_rows(text: str, columns: list[str] | None = None, numbers: list[int] | None = None) -> Pasted:
    """The positions in a pasted block. With a header row naming fields, each row is a position (replacing the one
    with its number, or appended). Without one, the cells fill ``columns`` (the grid's fields from the current cell
    on) of the positions ``numbers`` (from the current row on; appended when they run out)."""
    cells = read_cells(text)
    if not cells:
        return Pasted([], [], False)
    heading = [field_for_heading(c) for c in cells[0]]
    notes: list[Problem] = []
    if any(heading):
        fields: list[str | None] = []
        for text_, field in zip(cells[0], heading):
            if field is None and text_.strip() and _key(text_) not in READ_ONLY_HEADINGS:
                why = translate("SumaModel", "The column “{column}” names no field of a position: it was "
                                "left out.").format(column=text_.strip())
                notes.append(Problem(Code.FIELD_INVALID, why, None))
            if field in fields:
                why = translate("SumaModel", "Two columns name {field}: the second was left out.").format(
                    field=POSITION[field].label)
                notes.append(Problem(Code.FIELD_INVALID, why, field))
                field = None
            fields.append(field)
        body = cells[1:]
        rows = [{f: row[i] for i, f in enumerate(fields) if f and i < len(row)} for row in body]
        return Pasted(rows, notes, True)
    fields = list(columns or [])
    numbers = list(numbers or [])
    rows = []
    for index, row in enumerate(cells):
        values: dict[str, object] = {f: row[i] for i, f in enumerate(fields) if i < len(row)}
        if len(row) > len(fields):
            why = translate("SumaModel", "Row {row} has more cells than the grid has columns to the right: the "
                            "extra ones were left out.").format(row=index + 1)
            notes.append(Problem(Code.FIELD_INVALID, why, None))
        if "number" not in values and index < len(numbers):
            values["number"] = numbers[index]
        rows.append(values)
    return Pasted(rows, notes, False)


def copied_text(positions: list[PositionRow], fields: list[str]) -> str:
    """Positions as tab-separated rows under a header row of the fields' labels (pasted back as they are)."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter="\t", lineterminator="\n")
    writer.writerow([POSITION[f].label for f in fields])
    for p in positions:
        writer.writerow([shown(p.values.get(f)) for f in fields])
    return out.getvalue()
