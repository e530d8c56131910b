"""The audit log (spec 04 §4.2): who signed in, used or revealed an access code, changed whose rights, and when."""
from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSizePolicy,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.errors import UserError, message_of
from core.formatting import integer
from core.i18n import translate
from core.users import ACTIONS, AuditFilter
from core.users.audit import action_label, utc_stamp
from ui.actions import add_close_action, add_find_action, make_action
from ui.dialogs.dates import optional_date, optional_date_edit
from ui.file_dialogs import save_file_name
from ui.geometry import keep_geometry
from ui.models.admin import AuditTableModel
from ui.single_window import show_one
from ui.views import record_list_view

if TYPE_CHECKING:
    from core.context import UserContext

SEARCH_DELAY_MS = 250
WIDEST_COLUMN = 300
NOTE_STYLE = ("QLabel { background: #fff1b8; color: #202020; border: 1px solid #e0c040; border-radius: 3px;"
              " padding: 4px; }")


def day_start(day: date | None) -> str | None:
    """The first second of a local day, as the log's UTC stamp."""
    return utc_stamp(datetime.combine(day, time.min).astimezone()) if day else None


def day_end(day: date | None) -> str | None:
    """The last second of a local day, as the log's UTC stamp."""
    return utc_stamp(datetime.combine(day, time(23, 59, 59)).astimezone()) if day else None


def _any_date_edit() -> QDateEdit:
    edit = optional_date_edit(translate("AuditWindow", "any date"))
    edit.setToolTip(translate("AuditWindow", "The first date, shown as 'any date', means no limit"))
    return edit


def _filter_line(cells) -> QHBoxLayout:
    """Labelled filter widgets side by side: (label text, widget, stretch)."""
    line = QHBoxLayout()
    for text, widget, stretch in cells:
        label = QLabel(text)
        label.setBuddy(widget)
        label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(label.sizeHint().width() + 3)  # kerned short words measure too narrow
        line.addWidget(label)
        line.addWidget(widget, stretch)
        line.addSpacing(8)
    if not any(stretch for *_, stretch in cells):
        line.addStretch(1)
    return line


class AuditWindow(QMainWindow):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.setObjectName("AuditWindow")
        self.setWindowTitle(translate("AuditWindow", "Audit log — CustomsDesk"))
        self.model = AuditTableModel(context, self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(SEARCH_DELAY_MS)
        self.filter_timer.timeout.connect(lambda: self.apply_filters())
        self._build_actions()
        self.own_only_note = QLabel()
        self.own_only_note.setObjectName("own_only_note")
        self.own_only_note.setWordWrap(True)
        self.own_only_note.setStyleSheet(NOTE_STYLE)
        self.table = self._build_table()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self._build_filters())
        layout.addWidget(self.own_only_note)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.statusBar().addPermanentWidget(self.count_label)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(lambda *_: self._show_count())
        self.geometry_keeper = keep_geometry(self, "audit_window", QSize(1220, 720))
        self.refresh()

    @classmethod
    def show_for(cls, main_window) -> AuditWindow | None:
        """The one audit window of ``main_window``."""
        return show_one(main_window, cls)

    # --- layout ------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.export_action = make_action(
            self, translate("AuditWindow", "&Export…"), self.export_csv,
            tip=translate("AuditWindow", "Save the entries shown (all that match the filters) as a CSV file"))
        self.refresh_action = make_action(self, translate("AuditWindow", "&Refresh"), self.refresh,
                                          tip=translate("AuditWindow", "Read the log again"),
                                          shortcut=QKeySequence.StandardKey.Refresh)
        self.clear_action = make_action(self, translate("AuditWindow", "&Clear filters"), self.clear_filters,
                                        tip=translate("AuditWindow", "Show every entry again"))
        add_find_action(self, lambda: self.search.setFocus())
        add_close_action(self)
        toolbar = QToolBar(translate("AuditWindow", "Audit log"))
        toolbar.setObjectName("audit_toolbar")
        toolbar.setMovable(False)
        for action in (self.export_action, self.refresh_action, self.clear_action):
            toolbar.addAction(action)
        self.addToolBar(toolbar)

    def _build_filters(self) -> QWidget:
        self.user_filter = QComboBox()
        self.user_filter.setObjectName("user_filter")
        self.user_filter.setMinimumContentsLength(12)
        self.action_filter = QComboBox()
        self.action_filter.setObjectName("action_filter")
        self.action_filter.addItem(translate("AuditWindow", "every action"), None)
        for label, action in sorted((action_label(action), action) for action in ACTIONS):
            self.action_filter.addItem(label, action)
        self.grn = QLineEdit()
        self.grn.setObjectName("grn_filter")
        self.grn.setClearButtonEnabled(True)
        self.grn.setPlaceholderText(translate("AuditWindow", "whole GRN"))
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("AuditWindow", "Search: detail, GRN, message id, user…"))
        self.date_from, self.date_to = _any_date_edit(), _any_date_edit()
        for combo in (self.user_filter, self.action_filter):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filters())
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda *_: self.apply_filters())
        for edit in (self.grn, self.search):
            edit.textChanged.connect(lambda *_: self.filter_timer.start())
        self.action_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.action_filter.setMinimumContentsLength(30)
        self.grn.setMinimumWidth(190)
        box = QWidget()
        rows = QVBoxLayout(box)
        rows.setContentsMargins(0, 0, 0, 0)
        for cells in (((translate("AuditWindow", "&Search"), self.search, 1),
                       (translate("AuditWindow", "&User"), self.user_filter, 0),
                       (translate("AuditWindow", "&Action"), self.action_filter, 0)),
                      ((translate("AuditWindow", "&GRN"), self.grn, 0),
                       (translate("AuditWindow", "&From", "first date"), self.date_from, 0),
                       (translate("AuditWindow", "&To", "last date"), self.date_to, 0))):
            rows.addLayout(_filter_line(cells))
        return box

    def _build_table(self) -> QTableView:
        table = record_list_view(self.model, "audit")
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(40)
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self._fit_columns))
        return table

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 12, WIDEST_COLUMN))

    # --- filters -----------------------------------------------------------------------------
    @property
    def own_entries_only(self) -> bool:
        return not self.context.access.is_admin

    def refresh(self) -> None:
        self._fill_users()
        user = self.context.access.user
        self.own_only_note.setText(translate("AuditWindow", "You see only your own entries: {login} is a {role}. An "
                                                            "administrator sees everyone's.").format(
            login=user.login, role=user.role.label))
        self.own_only_note.setVisible(self.own_entries_only)
        self.apply_filters()

    def _fill_users(self) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        try:
            self.user_filter.clear()
            if self.own_entries_only:
                self.user_filter.addItem(self.context.user, None)
            else:
                self.user_filter.addItem(translate("AuditWindow", "everyone"), None)
                for login in self.context.audit.users():
                    self.user_filter.addItem(login, login)
            self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(current)) if current else 0)
        finally:
            self.user_filter.blockSignals(False)
        self.user_filter.setEnabled(not self.own_entries_only)

    def current_filter(self) -> AuditFilter:
        return AuditFilter(
            user=self.user_filter.currentData(), action=self.action_filter.currentData(),
            grn=self.grn.text().strip() or None, since=day_start(optional_date(self.date_from)),
            until=day_end(optional_date(self.date_to)), text=self.search.text().strip() or None,
        )

    def apply_filters(self) -> None:
        self.filter_timer.stop()
        self.model.set_filter(self.current_filter())

    def clear_filters(self) -> None:
        for widget in (self.user_filter, self.action_filter, self.grn, self.search, self.date_from, self.date_to):
            widget.blockSignals(True)
        try:
            self.user_filter.setCurrentIndex(0)
            self.action_filter.setCurrentIndex(0)
            self.grn.clear()
            self.search.clear()
            for edit in (self.date_from, self.date_to):
                edit.setDate(edit.minimumDate())
        finally:
            for widget in (self.user_filter, self.action_filter, self.grn, self.search, self.date_from, self.date_to):
                widget.blockSignals(False)
        self.apply_filters()

    def select_user(self, login: str) -> None:
        self.user_filter.setCurrentIndex(self.user_filter.findData(login))

    def select_action(self, action: str) -> None:
        self.action_filter.setCurrentIndex(self.action_filter.findData(action))

    def _show_count(self) -> None:
        shown, matching = self.model.rowCount(), self.model.matching
        # the plural forms of "%n entries" serve every count but 1, which has a text of its own
        entries = (translate("AuditWindow", "1 entry") if matching == 1
                   else translate("AuditWindow", "%n entries", None, matching))
        if shown < matching:
            entries = translate("AuditWindow", "showing {shown} of {entries}").format(shown=integer(shown),
                                                                                     entries=entries)
        if self.own_entries_only:
            entries = translate("AuditWindow", "{entries} (yours only)").format(entries=entries)
        self.count_label.setText(entries)

    # --- export ------------------------------------------------------------------------------
    def export_csv(self, path: Path | None = None) -> int | None:
        """Write every entry matching the filters to a CSV file; the count written, or None."""
        if path is None:
            name = save_file_name(self, translate("AuditWindow", "Export the audit log"),
                                  f"audit-log-{date.today()}.csv", translate("AuditWindow", "CSV files") + " (*.csv)")
            if not name:
                return None
            path = Path(name)
        try:
            # the file dialog has asked before replacing a file (a path given is one chosen already)
            written = self.context.audit.export_csv(Path(path), self.current_filter(), replace=True)
        except (UserError, OSError) as exc:
            QMessageBox.warning(self, translate("AuditWindow", "Export the audit log"),
                                translate("AuditWindow", "The file could not be written: {reason}").format(
                                    reason=message_of(exc)))
            return None
        self.statusBar().showMessage(
            translate("AuditWindow", "%n entries exported to {path}.", None, written).format(path=path), 10_000)
        return written
