"""The editor of one summary declaration (spec 05 §5.3): the header form, the grid of up to 9,999 positions,
the kind and flag of the next message, its check and its sending.

The header fields customs no longer let change in the current status are read-only, greyed, with a padlock and
the reason as tooltip. The grid is a model over the store (read in batches, sorted and searched in SQL). Every
problem of a check or a paste is listed with its field, position and rule; activating one goes to that field or
cell. Sending (building, signing and queueing up to 9,999 positions) runs on a thread of its own.
"""
from __future__ import annotations

from contextlib import contextmanager
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QGuiApplication,
    QIcon,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.changes import MESSAGES, Changes
from core.errors import NotFound, UserError
from core.formatting import integer
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.suma.model import (
    CODES,
    CONTACT_FIELDS,
    HEADER,
    POSITION,
    PRESENTER_FIELDS,
    FieldSpec,
    Kind,
    Status,
    parse_value,
)
from core.suma.rules import Code, Plan, Problem, Refused, allowed, locked_header_fields
from core.suma.service import SUMA
from core.suma.store import DeclarationRow
from ui.actions import make_action
from ui.changes import ChangeHub
from ui.dialogs.form import FieldForm
from ui.geometry import keep_geometry
from ui.models.suma import (
    CONFIRMED_COLUMN,
    GRID_COLUMNS,
    PositionTableModel,
    column_of,
    copied_text,
    describe,
    header_text,
    pasted_rows,
)
from ui.tasks import BackgroundTasks
from ui.theme import text_style

if TYPE_CHECKING:
    from core.context import UserContext

# The groups of the header form, in three columns: every header field is in one of them. The titles stay English
# here (they name the group boxes' objects) and are translated where they are shown.
HEADER_GROUPS: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = (
    ((QT_TRANSLATE_NOOP("SumaEditor", "Sender"), ("sender.tin", "sender.branch")),
     (QT_TRANSLATE_NOOP("SumaEditor", "Identification"), ("identification", "reference", "transport_mode")),
     (QT_TRANSLATE_NOOP("SumaEditor", "Presentation"), ("office_of_presentation", "presentation_date")),
     (QT_TRANSLATE_NOOP("SumaEditor", "Representative"), ("representative.tin", "representative.branch"))),
    ((QT_TRANSLATE_NOOP("SumaEditor", "Manifest id"), ("transport_number", "arrival_date", "place_of_loading",
                                                       "previous_document_type", "previous_document_number")),
     (QT_TRANSLATE_NOOP("SumaEditor", "Contact person"), CONTACT_FIELDS)),
    ((QT_TRANSLATE_NOOP("SumaEditor", "Presenter"), PRESENTER_FIELDS),
     (QT_TRANSLATE_NOOP("SumaEditor", "Additional information"), ("additional_information",))),
)
LOCKED_BACKGROUND = QColor("#e4e4e4")
PROBLEM_COLUMNS = (QT_TRANSLATE_NOOP("SumaEditor", "Code"), QT_TRANSLATE_NOOP("SumaEditor", "Field"),
                   QT_TRANSLATE_NOOP("SumaEditor", "Position"), QT_TRANSLATE_NOOP("SumaEditor", "Rule"),
                   QT_TRANSLATE_NOOP("SumaEditor", "Message"))
ProblemRole = Qt.ItemDataRole.UserRole + 1
SUMMARY_STYLE = "QLabel { padding: 2px 0 4px 0; }"
OK_COLOUR = "#1e7b34"
BAD_COLOUR = "#c0392b"
FLAG_TEXTS = {#: confirmation flag: no flag
              None: QT_TRANSLATE_NOOP("SumaEditor", "none"),
              "1": QT_TRANSLATE_NOOP("SumaEditor", "1 — confirm, changing them"),
              "2": QT_TRANSLATE_NOOP("SumaEditor", "2 — confirm as they are"),
              "3": QT_TRANSLATE_NOOP("SumaEditor", "3 — create and confirm all")}
NO_MESSAGE = QT_TRANSLATE_NOOP("SumaEditor", "The declaration is final: customs take no more messages about it.")
CHECK_TIP = QT_TRANSLATE_NOOP("SumaEditor", "Check the message against the rules of the field description")
SEND_TIP = QT_TRANSLATE_NOOP("SumaEditor", "Check, then build, sign and queue the message for customs")
PASTE_TIP = QT_TRANSLATE_NOOP("SumaEditor", "Paste rows copied from a spreadsheet: each replaces the position of its "
                                            "number or is added")


def lock_icon() -> QIcon:
    """A small padlock, drawn: read-only fields show it at their right end."""
    pixmap = QPixmap(16, 16)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    colour = QColor("#6b6b6b")
    painter.setPen(QPen(colour, 1.6))
    painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)
    painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5))
    painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    painter.drawRoundedRect(QRectF(3, 7, 10, 8), 1.5, 1.5)
    painter.end()
    return QIcon(pixmap)


@contextmanager
def busy_cursor():
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def message_label(kind: Kind, flag: str | None) -> str:
    """The message as the problems and the status bar name it: its kind, and its flag when it has one."""
    if flag:
        return translate("SumaEditor", "{kind} with flag {flag}").format(kind=kind.value, flag=flag)
    return kind.value


def field_label(name: str | None) -> str:
    spec = HEADER.get(name or "") or POSITION.get(name or "")
    if spec is not None:
        return spec.label
    labels = {"kind": translate("SumaEditor", "Kind of declaration"),
              "mrn": translate("SumaEditor", "Registration number (MRN)"),
              "positions": translate("SumaEditor", "Positions"),
              "confirmed": translate("SumaEditor", "Confirmation")}
    return labels.get(name or "", name or "")


# --- the header form --------------------------------------------------------------------------------

class NotesEdit(QPlainTextEdit):
    """A few lines of text; the edit ends when the focus leaves (Tab moves on, it types no tab)."""

    editing_finished = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.editing_finished.emit()


class HeaderField:
    """One field of the header: its widget, the value stored, whether (and why) it is locked."""

    def __init__(self, spec: FieldSpec):
        self.spec = spec
        self.stored = ""
        self.locked_reason: str | None = None
        self._lock_action: QAction | None = None
        codes = CODES.get(spec.name)
        if codes is not None:
            combo = QComboBox()
            combo.addItem("", "")
            for code, meaning in codes.items():
                combo.addItem(f"{code} — {translate('Suma', meaning)}", code)
            self.widget: QWidget = combo
        elif spec.name == "additional_information":
            self.widget = NotesEdit()
        else:
            edit = QLineEdit()
            edit.setMaxLength(max(spec.max_length * 2, 40))  # longer text is refused with the reason, not cut
            if spec.kind == "date":
                edit.setPlaceholderText(translate("SumaEditor", "YYYY-MM-DD", "placeholder: how a date is typed"))
            self.widget = edit
        self.widget.setObjectName(f"header_{spec.name}")
        self.tip = f"{spec.label} — {spec.german} ({spec.name})"
        if spec.required:
            self.tip = translate("SumaEditor", "{field}: required").format(field=self.tip)
        self.widget.setToolTip(self.tip)

    def value(self) -> str:
        w = self.widget
        if isinstance(w, QComboBox):
            return str(w.currentData() or "")
        if isinstance(w, QPlainTextEdit):
            return w.toPlainText().strip()
        return w.text().strip()

    def show_value(self, value: object) -> None:
        text = "" if value is None else str(value)
        self.stored = text
        w = self.widget
        if isinstance(w, QComboBox):
            index = w.findData(text)
            if index < 0:
                w.addItem(text, text)
                index = w.count() - 1
            w.setCurrentIndex(index)
        elif isinstance(w, QPlainTextEdit):
            w.setPlainText(text)
        else:
            w.setText(text)
            w.setCursorPosition(0)

    @property
    def locked(self) -> bool:
        return self.locked_reason is not None

    def set_locked(self, reason: str | None) -> None:
        """Read-only (greyed, with a padlock) with ``reason`` as tooltip, or editable again."""
        self.locked_reason = reason
        w = self.widget
        if isinstance(w, QComboBox):
            w.setEnabled(reason is None)
        else:
            w.setReadOnly(reason is not None)
            palette = w.palette()
            base = LOCKED_BACKGROUND if reason else QApplication.palette().color(QPalette.ColorRole.Base)
            palette.setColor(QPalette.ColorRole.Base, base)
            w.setPalette(palette)
        if isinstance(w, QLineEdit):
            if reason and self._lock_action is None:
                self._lock_action = w.addAction(lock_icon(), QLineEdit.ActionPosition.TrailingPosition)
            if self._lock_action is not None:
                self._lock_action.setVisible(reason is not None)
                self._lock_action.setToolTip(reason or "")
        locked = translate("SumaEditor", "Locked: {reason}").format(reason=reason) if reason else ""
        w.setToolTip(f"{locked}\n\n{self.tip}" if reason else self.tip)


class HeaderForm(QWidget):
    """Every header field, grouped; ``edited(name)`` when the clerk finished changing one."""

    edited = Signal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.fields: dict[str, HeaderField] = {}
        self.forms: dict[str, FieldForm] = {}
        self.labels: dict[str, QLabel] = {}
        columns = QHBoxLayout(self)
        columns.setContentsMargins(4, 4, 4, 4)
        for groups in HEADER_GROUPS:
            column = QVBoxLayout()
            for title, names in groups:
                box = QGroupBox(translate("SumaEditor", title))
                box.setObjectName(f"group_{title.lower().replace(' ', '_')}")
                layout = QFormLayout(box)
                layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
                layout.setVerticalSpacing(4)
                form = FieldForm(layout)
                for name in names:
                    spec = HEADER[name]
                    field = HeaderField(spec)
                    self.fields[name] = field
                    self.forms[name] = form
                    form.add(name, spec.label + (" *" if spec.required else ""), field.widget)
                    label = layout.labelForField(field.widget.parentWidget())
                    if isinstance(label, QLabel):
                        label.setToolTip(field.tip)
                        self.labels[name] = label
                    self._connect(field)
                column.addWidget(box)
            column.addStretch(1)
            columns.addLayout(column, 1)

    def _connect(self, field: HeaderField) -> None:
        name = field.spec.name
        w = field.widget
        if isinstance(w, QComboBox):
            w.activated.connect(lambda *_: self.edited.emit(name))
        elif isinstance(w, NotesEdit):
            w.editing_finished.connect(lambda: self.edited.emit(name))
        else:
            w.editingFinished.connect(lambda: self.edited.emit(name))

    def show_values(self, header: dict[str, object], keep: str | None = None) -> None:
        """The stored values (``keep``: a field being typed in stays as typed)."""
        for name, field in self.fields.items():
            if name == keep and field.value() != field.stored:
                continue
            field.show_value(header.get(name, ""))

    def lock(self, locked: dict[str, str]) -> None:
        for name, field in self.fields.items():
            field.set_locked(locked.get(name))

    def show_error(self, name: str, message: str) -> None:
        self.forms[name].error_label(name).show_message(message)

    def error(self, name: str) -> str:
        label = self.forms[name].error_label(name)
        return "" if label.isHidden() else label.text()

    def clear_errors(self) -> None:
        for form in set(self.forms.values()):
            form.clear()


# --- the grid ----------------------------------------------------------------------------------------

class PositionGrid(QTableView):
    """The positions: Ctrl+End reads the rest first, so it goes to the true last position."""

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.MoveToEndOfDocument) and self.model() is not None:
            with busy_cursor():
                self.model().fetch_all()
        super().keyPressEvent(event)


# --- the editor ----------------------------------------------------------------------------------------

class SumaEditor(QMainWindow):
    """One summary declaration. ``hub`` carries the changes of every window (a hub of its own when alone);
    ``sync_action`` is the main window's Send and receive, triggered once a message is queued."""

    def __init__(self, context: UserContext, declaration_id: int, hub: ChangeHub | None = None,
                 sync_action: QAction | None = None, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.declaration_id = declaration_id
        self.hub = hub or ChangeHub(self)
        self.hub.changed.connect(self.apply_changes)
        self.sync_action = sync_action
        self.tasks = BackgroundTasks(self)
        self.tasks.started.connect(lambda _: self._update_actions())
        self.tasks.finished.connect(lambda _: self._update_actions())
        self.status = Status.NONE
        self.row: DeclarationRow | None = None
        self.problems_shown: list[Problem] = []
        self._quiet = False  # publishing an edit of this window: nothing to read again
        self.setObjectName("SumaEditor")

        self.model = PositionTableModel(context.suma, declaration_id, self)
        self.model.refused.connect(self._cell_refused)
        self.model.stored.connect(self._cell_stored)
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setStyleSheet(SUMMARY_STYLE)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.form = HeaderForm()
        self.form.edited.connect(self.store_header_value)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("tabs")
        header_scroll = QScrollArea()
        header_scroll.setWidgetResizable(True)
        header_scroll.setWidget(self.form)
        header_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.header_scroll = header_scroll
        self.tabs.addTab(header_scroll, translate("SumaEditor", "&Header"))
        self.tabs.addTab(self._build_positions_page(), translate("SumaEditor", "&Positions"))
        self.tabs.setCurrentIndex(1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self._build_problems())
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self._build_actions()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumWidth(120)
        self.progress.hide()
        self.statusBar().addPermanentWidget(self.progress)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        for signal in (self.model.modelReset, self.model.rowsInserted):
            signal.connect(lambda *_: self._show_count())
        self.geometry_keeper = keep_geometry(self, "suma_editor", QSize(1340, 700))
        splitter.setSizes([520, 150])
        self.refresh()
        if self.model.total == 0:
            self.tabs.setCurrentIndex(0)  # a new declaration starts with its header

    # --- layout ------------------------------------------------------------------------------
    def _build_positions_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        line = QHBoxLayout()
        label = QLabel(translate("SumaEditor", "&Search"))
        self.search = QLineEdit()
        self.search.setObjectName("position_search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("SumaEditor", "Reference, description, place of custody, custodian or "
                                                 "position number"))
        label.setBuddy(self.search)
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(250)
        self.search_timer.timeout.connect(self.apply_search)
        self.search.textChanged.connect(lambda *_: self.search_timer.start())
        self.search.returnPressed.connect(self.apply_search)
        hint = QLabel(translate("SumaEditor", "Ctrl+V in the grid pastes rows copied from a spreadsheet (a first row "
                                "of column names maps them to fields) · Ctrl+End: last position"))
        hint.setEnabled(False)
        line.addWidget(label)
        line.addWidget(self.search, 1)
        line.addSpacing(12)
        line.addWidget(hint)
        layout.addLayout(line)
        grid = PositionGrid()
        grid.setObjectName("positions")
        grid.setModel(self.model)
        grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        grid.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        grid.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        grid.setAlternatingRowColors(True)
        grid.setWordWrap(False)
        grid.setTabKeyNavigation(False)  # Tab leaves the grid; the arrows move inside it
        grid.verticalHeader().hide()
        grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        grid.verticalHeader().setDefaultSectionSize(grid.fontMetrics().height() + 8)
        header = grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        for column, spec in enumerate(GRID_COLUMNS[:-1]):  # the last error takes the room left
            needed = header.fontMetrics().horizontalAdvance(header_text(spec)) + 18  # the sort arrow too
            header.resizeSection(column, max(spec.width, needed))
        header.setSortIndicatorShown(True)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        grid.setSortingEnabled(True)  # a click on a column header sorts every position in the store
        header.sortIndicatorChanged.connect(self._keep_sort_indicator)
        self.grid = grid
        layout.addWidget(grid, 1)
        return page

    def _keep_sort_indicator(self, column: int, order: Qt.SortOrder) -> None:
        """A column the store cannot sort by (the last error): the indicator shows the order used instead."""
        if GRID_COLUMNS[column].sort is None:
            header = self.grid.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)

    def _build_problems(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(2)
        self.problems_title = QLabel(translate("SumaEditor", "Pro&blems: none checked yet — Check (F7) lists every "
                                               "rule the message would break."))
        self.problems_title.setObjectName("problems_title")
        self.problems = QTreeWidget()
        self.problems.setObjectName("problems")
        self.problems.setHeaderLabels([translate("SumaEditor", title) for title in PROBLEM_COLUMNS])
        self.problems.setRootIsDecorated(False)
        self.problems.setUniformRowHeights(True)
        self.problems.setAlternatingRowColors(True)
        self.problems.itemActivated.connect(self._problem_activated)
        self.problems_title.setBuddy(self.problems)
        for column, width in enumerate((50, 170, 62, 40)):
            self.problems.setColumnWidth(column, width)
        layout.addWidget(self.problems_title)
        layout.addWidget(self.problems, 1)
        return box

    def _build_actions(self) -> None:
        self.check_action = make_action(self, translate("SumaEditor", "&Check", "verb: check the message"), self.check,
                                        shortcut="F7", tip=translate("SumaEditor", CHECK_TIP))
        self.send_action = make_action(self, translate("SumaEditor", "&Send"), self.send, shortcut="Ctrl+Return",
                                       tip=translate("SumaEditor", SEND_TIP))
        self.refresh_action = make_action(self, translate("SumaEditor", "&Refresh"), self.refresh,
                                          shortcut=QKeySequence.StandardKey.Refresh,
                                          tip=translate("SumaEditor", "Read the declaration again"))
        self.close_action = make_action(self, translate("SumaEditor", "Cl&ose"), self.close,
                                        tip=translate("SumaEditor", "Close the declaration (Esc)"))
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")])
        self.paste_action = make_action(self.grid, translate("SumaEditor", "&Paste rows"), self.paste,
                                        tip=translate("SumaEditor", PASTE_TIP), shortcut=QKeySequence.StandardKey.Paste)
        self.copy_action = make_action(self.grid, translate("SumaEditor", "&Copy rows"), self.copy,
                                       tip=translate("SumaEditor", "Copy the selected positions with a header row"),
                                       shortcut=QKeySequence.StandardKey.Copy)
        for action in (self.paste_action, self.copy_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.grid.addAction(action)
        self.find_action = make_action(self, translate("SumaEditor", "&Find position"), self.find,
                                       shortcut=QKeySequence.StandardKey.Find,
                                       tip=translate("SumaEditor", "Search the positions"))
        self.header_action = make_action(self, translate("SumaEditor", "&Header"), lambda: self.show_page(0),
                                         shortcut="Ctrl+1")
        self.positions_action = make_action(self, translate("SumaEditor", "&Positions"), lambda: self.show_page(1),
                                            shortcut="Ctrl+2")
        self.problems_action = make_action(self, translate("SumaEditor", "Pro&blems"), lambda: self.problems.setFocus(),
                                           shortcut="Ctrl+3")
        for action in (self.check_action, self.send_action, self.refresh_action, self.close_action,
                       self.find_action, self.header_action, self.positions_action, self.problems_action):
            self.addAction(action)

        declaration = self.menuBar().addMenu(translate("SumaEditor", "&Declaration"))
        for action in (self.check_action, self.send_action, None, self.refresh_action, None, self.close_action):
            declaration.addAction(action) if action else declaration.addSeparator()
        edit = self.menuBar().addMenu(translate("SumaEditor", "&Edit"))
        for action in (self.copy_action, self.paste_action, None, self.find_action):
            edit.addAction(action) if action else edit.addSeparator()
        view = self.menuBar().addMenu(translate("SumaEditor", "&View"))
        for action in (self.header_action, self.positions_action, self.problems_action):
            view.addAction(action)
        for menu in (declaration, edit, view):
            menu.setToolTipsVisible(True)

        toolbar = QToolBar(translate("SumaEditor", "Message", "toolbar: the message sent to customs"))
        toolbar.setObjectName("suma_message_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.setMinimumContentsLength(24)
        self.kind.setToolTip(translate("SumaEditor", "Kind of declaration (Art der Anmeldung): only those allowed in "
                                       "the current status"))
        self.flag = QComboBox()
        self.flag.setObjectName("flag")
        self.flag.setMinimumContentsLength(24)
        self.flag.setToolTip(translate("SumaEditor", "Confirmation flag: only those allowed for the kind in the "
                                       "current status"))
        self.kind.currentIndexChanged.connect(lambda *_: self._fill_flags())
        self.only_selected = QCheckBox(translate("SumaEditor", "&Only the selected positions"))
        self.only_selected.setToolTip(translate("SumaEditor", "Send or confirm only the positions selected in the grid "
                                                "(otherwise: every changed one, or every unconfirmed one for a "
                                                "confirmation)"))
        for text, widget in ((translate("SumaEditor", "&Kind", "the kind of declaration") + " ", self.kind),
                             ("  " + translate("SumaEditor", "F&lag", "the confirmation flag") + " ", self.flag)):
            label = QLabel(text)
            label.setBuddy(widget)
            toolbar.addWidget(label)
            toolbar.addWidget(widget)
        toolbar.addWidget(QLabel("  "))
        toolbar.addWidget(self.only_selected)
        toolbar.addSeparator()
        toolbar.addAction(self.check_action)
        toolbar.addAction(self.send_action)
        toolbar.addSeparator()
        toolbar.addAction(self.paste_action)
        toolbar.addAction(self.refresh_action)
        self.addToolBar(toolbar)

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the declaration again: header, status and locks, the kinds allowed, the loaded positions."""
        try:
            row = self.context.suma.row(self.declaration_id)
        except NotFound:
            gone = translate("SumaEditor", "Summary declaration {number} no longer exists.").format(
                number=self.declaration_id)
            self.summary.setText(f"<span style='{text_style(BAD_COLOUR)}'>{gone}</span>")
            self.setEnabled(False)
            return
        self.row = row
        focused = next((n for n, f in self.form.fields.items() if f.widget.hasFocus()), None)
        self.form.show_values(self.context.suma.header(self.declaration_id), keep=focused)
        self._show_status(row)
        self.model.refresh()
        self._show_count()
        self._update_actions()

    def _show_status(self, row: DeclarationRow) -> None:
        changed = row.status is not self.status or self.kind.count() == 0
        self.status = row.status
        self.form.lock(locked_header_fields(row.status))
        self.model.editable = row.status is not Status.FINAL
        if changed:
            self._fill_kinds()
        self.setWindowTitle(translate("SumaEditor", "Summary declaration {reference} ({status}) — CustomsDesk").format(
            reference=row.reference or row.id, status=row.status.label))
        if row.status is not Status.NONE:
            status = translate("SumaEditor", "status <b>{status}</b> ({code})").format(status=row.status.label,
                                                                                       code=row.status.value)
        else:
            status = translate("SumaEditor", "status <b>{status}</b> (not sent yet)").format(status=row.status.label)
        parts = [translate("SumaEditor", "<b>Declaration {number}</b>").format(number=row.id), status,
                 f"MRN <b>{row.mrn or '—'}</b>",
                 translate("SumaEditor", "{confirmed} of %n positions confirmed", None, row.positions_total).format(
                     confirmed=integer(row.positions_confirmed))]
        text = " · ".join(parts)
        if row.last_error_code:
            error = translate("SumaEditor", "last error {code}: {text}").format(code=row.last_error_code,
                                                                                text=row.last_error_text or "")
            text += f" · <span style='{text_style(BAD_COLOUR)}'>{error}</span>"
        self.summary.setText(text)

    def _fill_kinds(self) -> None:
        rows = allowed(self.status)
        current = self.kind.currentData()
        self.kind.blockSignals(True)
        try:
            self.kind.clear()
            for kind in dict.fromkeys(r.kind for r in rows):
                self.kind.addItem(f"{kind.value} — {kind.label}", kind.value)
            index = self.kind.findData(current)
            self.kind.setCurrentIndex(max(index, 0))
        finally:
            self.kind.blockSignals(False)
        self.kind.setEnabled(bool(rows))
        self._fill_flags()

    def _fill_flags(self) -> None:
        kind = self.kind.currentData()
        flags = [r.flag for r in allowed(self.status) if r.kind.value == kind]
        self.flag.clear()
        for flag in flags:
            self.flag.addItem(translate("SumaEditor", FLAG_TEXTS[flag]) if flag in FLAG_TEXTS else flag, flag)
        self.flag.setEnabled(len(flags) > 1)

    def offered(self) -> list[tuple[str, str | None]]:
        """Every (kind, flag) the combo boxes offer now."""
        found = []
        for k in range(self.kind.count()):
            self.kind.setCurrentIndex(k)
            found += [(self.kind.itemData(k), self.flag.itemData(f)) for f in range(self.flag.count())]
        if self.kind.count():
            self.kind.setCurrentIndex(0)
        return found

    def select_message(self, kind: str, flag: str | None = None) -> bool:
        index = self.kind.findData(kind)
        if index < 0:
            return False
        self.kind.setCurrentIndex(index)
        flag_index = next((i for i in range(self.flag.count()) if self.flag.itemData(i) == flag), -1)
        if flag_index < 0:
            return False
        self.flag.setCurrentIndex(flag_index)
        return True

    def _show_count(self) -> None:
        total = self.model.total
        # English says "position" for one only; the plural forms of each language come from its catalogue
        if self.model.text:
            text = (translate("SumaEditor", "%n position matches the search", None, total) if total == 1
                    else translate("SumaEditor", "%n positions match the search", None, total))
        else:
            text = (translate("SumaEditor", "%n position", None, total) if total == 1
                    else translate("SumaEditor", "%n positions", None, total))
        self.count_label.setText(text)

    def _update_actions(self) -> None:
        final = self.status is Status.FINAL
        sending = self.tasks.busy
        for action, tip in ((self.check_action, CHECK_TIP), (self.send_action, SEND_TIP)):
            action.setEnabled(not final and not sending)
            action.setToolTip(translate("SumaEditor", NO_MESSAGE) if final
                              else translate("SumaEditor", "Sending: wait until the message is queued.") if sending
                              else translate("SumaEditor", tip))
        self.paste_action.setEnabled(not final)
        self.paste_action.setToolTip(translate("SumaEditor", NO_MESSAGE if final else PASTE_TIP))
        self.progress.setVisible(sending)

    # --- the change hub ------------------------------------------------------------------------
    def publish(self, changes: Changes, quiet: bool = False) -> None:
        """Tell every window; ``quiet``: this window shows the change already (one cell, one field)."""
        self._quiet = quiet
        try:
            self.hub.publish(changes)
        finally:
            self._quiet = False

    def apply_changes(self, changes: Changes) -> None:
        """Another window, or an answer from customs, changed the declaration: read it again."""
        if not changes.touches(SUMA, MESSAGES):
            return
        ids = changes.of_kind(SUMA)
        if not changes.touches(MESSAGES) and ids and self.declaration_id not in ids:
            return
        if self._quiet:
            row = self.context.suma.row(self.declaration_id)
            self._show_status(row)
            return
        self.refresh()

    # --- the header ----------------------------------------------------------------------------
    def store_header_value(self, name: str) -> bool:
        """Store the field the clerk changed; a value it does not take is shown next to it with the rule."""
        field = self.form.fields[name]
        raw = field.value()
        if field.locked or raw == field.stored:
            return False
        try:
            changes = self.context.suma.set_header_value(self.declaration_id, name, raw)
        except Refused as exc:
            self.form.show_error(name, "\n".join(describe(p) for p in exc.problems))
            return False
        except UserError as exc:
            self.form.show_error(name, str(exc))
            return False
        self.form.show_error(name, "")
        field.show_value(parse_value(field.spec, raw)[0])
        self.publish(changes, quiet=True)
        self.statusBar().showMessage(translate("SumaEditor", "{field} saved.").format(field=field.spec.label), 4000)
        return True

    # --- the grid ------------------------------------------------------------------------------
    def apply_search(self) -> None:
        self.search_timer.stop()
        if self.search.text().strip() != self.model.text:
            with busy_cursor():
                self.model.set_text(self.search.text())

    def find(self) -> None:
        self.show_page(1)
        self.search.setFocus()
        self.search.selectAll()

    def show_page(self, page: int) -> None:
        self.tabs.setCurrentIndex(page)
        (self.form.fields["sender.tin"].widget if page == 0 else self.grid).setFocus()

    def _cell_refused(self, problems: list[Problem]) -> None:
        self.show_problems(problems, translate("SumaEditor", "The change was not stored: %n problem(s)", None,
                                               len(problems)), mark=False)
        self.statusBar().showMessage(problems[0].message if problems else "", 10000)

    def _cell_stored(self, changes: Changes) -> None:
        self.publish(changes, quiet=True)

    def selected_positions(self) -> list[int]:
        rows = {index.row() for index in self.grid.selectionModel().selectedIndexes()}
        return sorted({self.model.position(r).number for r in rows})

    def copy(self) -> str:
        """The selected positions (all their fields) as tab-separated rows under a header row."""
        rows = sorted({index.row() for index in self.grid.selectionModel().selectedIndexes()})
        if not rows and self.grid.currentIndex().isValid():
            rows = [self.grid.currentIndex().row()]
        text = copied_text([self.model.position(r) for r in rows], list(POSITION))
        QGuiApplication.clipboard().setText(text)
        self.statusBar().showMessage(translate("SumaEditor", "%n position(s) copied with a header row.", None,
                                               len(rows)), 4000)
        return text

    def paste(self, text: str | None = None) -> list[Problem]:
        """Rows from a spreadsheet, stored through the service: good rows are kept, every problem of the others is
        listed with its row, position and field (and the cell marked when the position exists)."""
        if text is None:
            text = QGuiApplication.clipboard().text()
        current = self.grid.currentIndex()
        start_column = current.column() if current.isValid() else 0
        columns = [c.field for c in GRID_COLUMNS[start_column:] if c.field]
        numbers = self._numbers_from(current.row(), text.count("\n") + 1) if current.isValid() else []
        pasted = pasted_rows(text, columns, numbers)
        if not pasted.rows:
            self.statusBar().showMessage(translate("SumaEditor", "Nothing to paste: copy rows from a spreadsheet, with "
                                                   "a first row of column names."), 8000)
            return []
        try:
            with busy_cursor():
                changes, problems = self.context.suma.paste(self.declaration_id, pasted.rows)
        except Refused as exc:
            self.show_problems(exc.problems, translate("SumaEditor", "Nothing was pasted"))
            return exc.problems
        except UserError as exc:
            problem = Problem(Code.FIELD_INVALID, str(exc), "positions")
            self.show_problems([problem], translate("SumaEditor", "Nothing was pasted"))
            return [problem]
        self.publish(changes, quiet=True)
        with busy_cursor():
            self.model.refresh()
        self._show_count()
        left_out = len({p.position for p in problems})
        stored = len(pasted.rows) - left_out
        if problems:
            title = translate("SumaEditor", "Pasted %n row(s): {stored} stored, {left_out} left out with {problems} "
                              "problem(s) — put them right and paste those rows again", None, len(pasted.rows)).format(
                stored=integer(stored), left_out=integer(left_out), problems=integer(len(problems)))
        else:
            title = translate("SumaEditor", "Pasted %n row(s): {stored} stored", None, len(pasted.rows)).format(
                stored=integer(stored))
        self.show_problems(pasted.notes + problems, title)
        return pasted.notes + problems

    def _numbers_from(self, row: int, count: int) -> list[int]:
        """The position numbers of ``count`` rows of the grid from ``row`` on (as far as there are rows)."""
        while self.model.rowCount() < row + count and self.model.canFetchMore():
            self.model.fetchMore()
        return [self.model.position(r).number for r in range(row, min(row + count, self.model.rowCount()))]

    # --- check and send ------------------------------------------------------------------------
    def chosen(self) -> tuple[Kind | None, str | None, list[int] | None]:
        kind = self.kind.currentData()
        positions = self.selected_positions() if self.only_selected.isChecked() else None
        return (Kind(kind) if kind else None), self.flag.currentData(), positions

    def check(self) -> Plan | None:
        """Check the chosen message: every problem is listed (field, position, rule); None when there are any."""
        kind, flag, positions = self.chosen()
        if kind is None:
            self.show_problems([Problem(Code.KIND_NOT_ALLOWED, translate("SumaEditor", NO_MESSAGE), "kind")],
                               translate("SumaEditor", "Nothing can be sent"))
            return None
        label = message_label(kind, flag)
        try:
            with busy_cursor():
                plan = self.context.suma.check(self.declaration_id, kind, flag, positions)
        except Refused as exc:
            self.show_problems(exc.problems, translate("SumaEditor", "{message} cannot be sent: %n problem(s)", None,
                                                       len(exc.problems)).format(message=label))
            return None
        except UserError as exc:
            self.show_problems([Problem(Code.FIELD_INVALID, str(exc), None)],
                               translate("SumaEditor", "{message} cannot be sent").format(message=label))
            return None
        if plan.confirms:
            passed = translate("SumaEditor", "Check passed: {message} carries %n position(s), confirming {confirmed}; "
                               "status afterwards: {status}.", None, len(plan.positions)).format(
                message=label, confirmed=integer(len(plan.confirms)), status=plan.status_after.label)
        else:
            passed = translate("SumaEditor", "Check passed: {message} carries %n position(s); status afterwards: "
                               "{status}.", None, len(plan.positions)).format(message=label,
                                                                             status=plan.status_after.label)
        self.show_problems([], passed, ok=True)
        return plan

    def send(self) -> bool:
        """Check, then send on a thread of its own: the window stays usable while up to 9,999 positions are built,
        signed and queued."""
        if self.tasks.busy or self.check() is None:
            return False
        kind, flag, positions = self.chosen()
        context, declaration_id = self.context, self.declaration_id

        async def work():
            worker = context.on_new_connection()
            try:
                return worker.suma.send(declaration_id, kind, flag, positions)
            finally:
                worker.close()

        label = message_label(kind, flag)
        logged = kind.value + (f" with flag {flag}" if flag else "")  # the job's description goes to the log
        job = self.tasks.start(f"Sending {logged} of summary declaration {declaration_id}", work,
                               lambda result, error: self._sent(label, result, error))
        if job is None:
            return False
        self.statusBar().showMessage(translate("SumaEditor", "Building, signing and queueing {message}…").format(
            message=label))
        return True

    def _sent(self, label: str, result, error: BaseException | None) -> None:
        import asyncio

        self.statusBar().clearMessage()
        if isinstance(error, Refused):
            self.show_problems(error.problems, translate("SumaEditor", "{message} was not sent: %n problem(s)", None,
                                                         len(error.problems)).format(message=label))
        elif isinstance(error, asyncio.CancelledError):
            self.statusBar().showMessage(translate("SumaEditor", "Sending cancelled: nothing was queued."), 10000)
        elif error is not None:
            self.show_problems([Problem(Code.FIELD_INVALID, str(error) or type(error).__name__, None)],
                               translate("SumaEditor", "{message} was not sent").format(message=label))
        else:
            message_id = getattr(result, "id", result)
            self.publish(Changes.of(SUMA, self.declaration_id) | Changes.of(MESSAGES))
            self.problems_title.setText(translate("SumaEditor", "{message} queued as message {number}: it goes to "
                                                  "customs at the next send and receive.").format(message=label,
                                                                                                 number=message_id))
            self.problems_title.setStyleSheet(text_style(OK_COLOUR))
            self.statusBar().showMessage(translate("SumaEditor", "{message} queued as message {number}.").format(
                message=label, number=message_id), 10000)
            if self.sync_action is not None and self.sync_action.isEnabled():
                self.sync_action.trigger()
        self._update_actions()

    # --- problems ------------------------------------------------------------------------------
    def show_problems(self, problems: list[Problem], title: str, ok: bool = False, mark: bool = True) -> None:
        """List ``problems`` (field, position, rule, message); header fields show theirs beside them too, and
        position cells are marked."""
        self.problems_shown = list(problems)
        self.problems.clear()
        self.form.clear_errors()
        for p in problems:
            item = QTreeWidgetItem([p.code.value, field_label(p.field), "" if p.position is None else str(p.position),
                                    "" if p.rule is None else str(p.rule), p.message])
            item.setData(0, ProblemRole, p)
            item.setToolTip(4, describe(p))
            item.setToolTip(1, p.field or "")
            self.problems.addTopLevelItem(item)
            if p.field in HEADER and p.position is None:
                self.form.show_error(p.field, describe(p))
        if mark:
            self.model.set_marks(problems)
        self.problems_title.setText(translate("SumaEditor", "Pro&blems: {title}").format(
            title=title.replace("&", "&&")))
        self.statusBar().showMessage(title, 10000)
        self.problems_title.setStyleSheet(text_style(OK_COLOUR) if ok else text_style(BAD_COLOUR) if problems else "")
        if problems:
            self.problems.setCurrentItem(self.problems.topLevelItem(0))

    def _problem_activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.go_to(item.data(0, ProblemRole))

    def go_to(self, problem: Problem) -> bool:
        """Show the field or the cell ``problem`` names; False when it is not there (a row left out of a paste)."""
        if problem.field in HEADER and problem.position is None:
            self.show_page(0)
            widget = self.form.fields[problem.field].widget
            self.header_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
            return True
        if problem.field == "kind":
            self.kind.setFocus()
            return True
        if problem.field == "mrn":
            self.show_page(0)
            self.form.fields["identification"].widget.setFocus()
            return True
        if not isinstance(problem.position, int):
            self.show_page(1)
            return problem.field == "positions"
        return self.select_cell(problem.position, problem.field)

    def select_cell(self, number: int, field: str | None) -> bool:
        self.tabs.setCurrentIndex(1)
        with busy_cursor():
            row = self.model.row_of(number)
            if row is None and self.model.text:
                self.search.blockSignals(True)
                self.search.clear()
                self.search.blockSignals(False)
                self.model.set_text("")
                row = self.model.row_of(number)
        if row is None:
            self.statusBar().showMessage(translate("SumaEditor", "Position {number} is not in the declaration (a "
                                                   "pasted row left out is not stored).").format(number=number), 8000)
            return False
        index = self.model.index(row, column_of(field) if field != "confirmed" else CONFIRMED_COLUMN)
        self.grid.setCurrentIndex(index)
        self.grid.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
        self.grid.setFocus()
        return True

    # --- keys and closing ----------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
