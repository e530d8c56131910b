"""Summary declarations (spec 05): the list of the German ATLAS summary declarations for temporary storage
(CUSPRL), with their status at customs, and the editor of each (``ui.suma_editor``)."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from core.changes import MESSAGES, Changes
from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.suma.rules import Refused
from core.suma.service import SUMA
from ui.actions import make_action
from ui.changes import ChangeHub
from ui.file_dialogs import open_file_name
from ui.geometry import keep_geometry
from ui.models.suma import DeclarationTableModel, describe
from ui.single_window import show_one
from ui.views import record_list_view

if TYPE_CHECKING:
    from core.context import UserContext
    from ui.suma_editor import SumaEditor

SHOWN_PROBLEMS = 12
WIDEST_COLUMN = 320
EMPTY_TEXT = QT_TRANSLATE_NOOP("SumaWindow", "No summary declaration yet: New (Ctrl+N) starts an empty one, Import "
                                             "(Ctrl+I) reads one from a JSON file (as the headless command suma-import "
                                             "does).")


class SumaWindow(QMainWindow):
    """The list of summary declarations; each opens in an editor window of its own."""

    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.hub = ChangeHub(self)
        self.hub.changed.connect(self.apply_changes)
        self.sync_action: QAction | None = None
        self.editors: dict[int, SumaEditor] = {}
        self.last_question: QMessageBox | None = None
        self.setObjectName("SumaWindow")
        self.setWindowTitle(translate("SumaWindow", "Summary declarations (ATLAS) — CustomsDesk"))
        self.model = DeclarationTableModel(context.suma, self)
        self.table = self._build_table()
        self.empty_note = QLabel(translate("SumaWindow", EMPTY_TEXT))
        self.empty_note.setObjectName("empty_note")
        self.empty_note.setWordWrap(True)
        self.empty_note.setEnabled(False)
        self._build_actions()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.addWidget(self.empty_note)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.geometry_keeper = keep_geometry(self, "suma_window", QSize(1180, 600))
        self.refresh()

    @classmethod
    def show_for(cls, main_window) -> SumaWindow | None:
        """The one list of ``main_window``: its changes go through the main window's hub, and a message queued
        starts its send and receive."""
        return show_one(main_window, cls, wire=lambda window: window.use(main_window.changes,
                                                                         main_window.actions["msg_sync"]))

    def use(self, hub: ChangeHub, sync_action: QAction | None = None) -> None:
        """Publish to and listen on ``hub`` (the main window's) instead of this window's own."""
        self.hub.changed.disconnect(self.apply_changes)
        self.hub = hub
        hub.changed.connect(self.apply_changes)
        self.sync_action = sync_action

    # --- layout ------------------------------------------------------------------------------
    def _build_table(self) -> QTableView:
        table = record_list_view(self.model, "declarations")
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.horizontalHeader().setStretchLastSection(True)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.activated.connect(lambda index: self.open_declaration(self.model.record(index.row()).id))
        table.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self._fit_columns))
        return table

    def _fit_columns(self) -> None:
        if not shiboken6.isValid(self):
            return
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column) + 16, WIDEST_COLUMN))

    def _build_actions(self) -> None:
        self.new_action = make_action(self, translate("SumaWindow", "&New declaration"), self.new_declaration,
                                      tip=translate("SumaWindow", "Start an empty summary declaration"),
                                      shortcut=QKeySequence.StandardKey.New)
        self.import_action = make_action(self, translate("SumaWindow", "&Import JSON file…"), self.import_file,
                                         shortcut="Ctrl+I",
                                         tip=translate("SumaWindow", "Read a summary declaration from a JSON file (as "
                                                                     "suma-import does)"))
        self.open_action = make_action(self, translate("SumaWindow", "&Open", "verb: open the selected declaration"),
                                       self.open_selected, shortcut=QKeySequence.StandardKey.Open,
                                       tip=translate("SumaWindow", "Open the selected declaration (Enter, or a double "
                                                                   "click)"))
        self.refresh_action = make_action(self, translate("SumaWindow", "&Refresh"), self.refresh,
                                          shortcut=QKeySequence.StandardKey.Refresh,
                                          tip=translate("SumaWindow", "Read the declarations again"))
        self.close_action = make_action(self, translate("SumaWindow", "&Close"), self.close,
                                        tip=translate("SumaWindow", "Close the list (Esc); open declarations stay "
                                                                    "open"))
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")])
        menu = self.menuBar().addMenu(translate("SumaWindow", "&Declaration"))
        toolbar = QToolBar(translate("SumaWindow", "Summary declarations"))
        toolbar.setObjectName("suma_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.import_action, self.open_action, None, self.refresh_action):
            if action is None:
                menu.addSeparator()
                toolbar.addSeparator()
            else:
                menu.addAction(action)
                toolbar.addAction(action)
                self.addAction(action)
        menu.addSeparator()
        menu.addAction(self.close_action)
        self.addAction(self.close_action)
        menu.setToolTipsVisible(True)
        self.addToolBar(toolbar)

    # --- reading -----------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the list again, keeping the selected declaration."""
        keep = self.selected_id()
        self.model.reload()
        row = self.model.row_of(keep) if keep is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.table.selectRow(row)
        total = self.model.rowCount()
        # English says "declaration" for one only; the plural forms of each language come from its catalogue
        self.count_label.setText(translate("SumaWindow", "%n declaration", None, total) if total == 1
                                 else translate("SumaWindow", "%n declarations", None, total))
        self.empty_note.setVisible(total == 0)
        self._update_actions()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(SUMA, MESSAGES):
            self.refresh()

    def publish(self, changes: Changes) -> None:
        self.hub.publish(changes)

    def selected_id(self) -> int | None:
        index = self.table.currentIndex() if self.table.selectionModel().hasSelection() else QModelIndex()
        return self.model.record(index.row()).id if index.isValid() else None

    def select(self, declaration_id: int) -> bool:
        row = self.model.row_of(declaration_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _update_actions(self) -> None:
        selected = self.selected_id() is not None
        self.open_action.setEnabled(selected)
        self.open_action.setToolTip(translate("SumaWindow", "Open the selected declaration (Enter, or a double click)")
                                    if selected else translate("SumaWindow", "Select a declaration first"))

    # --- commands ----------------------------------------------------------------------------
    def new_declaration(self) -> SumaEditor | None:
        try:
            imported = self.context.suma.import_json({})
        except UserError as exc:
            QMessageBox.warning(self, translate("SumaWindow", "New summary declaration"), str(exc))
            return None
        self.publish(imported.changes)
        self.select(imported.id)
        return self.open_declaration(imported.id)

    def import_file(self, path: Path | str | None = None) -> SumaEditor | None:
        """A declaration from a JSON file (asks which when no path is given); every problem is listed when it
        cannot be read, and nothing is stored then."""
        if path is None:
            chosen = open_file_name(self, translate("SumaWindow", "Import a summary declaration"),
                                    translate("SumaWindow", "JSON files") + " (*.json);;"
                                    + translate("SumaWindow", "All files") + " (*)")
            if not chosen:
                return None
            path = chosen
        path = Path(path)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, RecursionError) as exc:
            self._refusal(translate("SumaWindow", "The file cannot be read"),
                          translate("SumaWindow", "{file} is not a JSON file that can be read: {error}").format(
                              file=path.name, error=exc))
            return None
        not_imported = translate("SumaWindow", "{file} was not imported").format(file=path.name)
        try:
            imported = self.context.suma.import_json(data)
        except Refused as exc:
            shown = "\n".join(f"• {_where(p)}{describe(p)}" for p in exc.problems[:SHOWN_PROBLEMS])
            more = ""
            if len(exc.problems) > SHOWN_PROBLEMS:
                more = "\n" + translate("SumaWindow", "… and %n more", None, len(exc.problems) - SHOWN_PROBLEMS)
            cannot = translate("SumaWindow", "%n value(s) cannot be read; nothing was stored.", None, len(exc.problems))
            self._refusal(not_imported, f"{cannot}\n\n{shown}{more}",
                          "\n".join(f"{_where(p)}{describe(p)}" for p in exc.problems))
            return None
        except UserError as exc:
            self._refusal(not_imported, str(exc))
            return None
        self.publish(imported.changes)
        self.select(imported.id)
        self.statusBar().showMessage(translate("SumaWindow", "{file} imported: %n position(s).", None,
                                               imported.positions).format(file=path.name), 8000)
        return self.open_declaration(imported.id)

    def _refusal(self, title: str, text: str, details: str = "") -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        if details:
            box.setDetailedText(details)
        self.last_question = box
        box.exec()

    def open_selected(self) -> SumaEditor | None:
        declaration_id = self.selected_id()
        return self.open_declaration(declaration_id) if declaration_id is not None else None

    def open_declaration(self, declaration_id: int) -> SumaEditor:
        """The editor of the declaration: one window each, raised when it is open already."""
        from ui.suma_editor import SumaEditor

        editor = self.editors.get(declaration_id)
        if editor is None or not shiboken6.isValid(editor):
            editor = SumaEditor(self.context, declaration_id, hub=self.hub, sync_action=self.sync_action, parent=self)
            self.editors[declaration_id] = editor
        else:
            editor.refresh()
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)


def _where(problem) -> str:
    position = translate("SumaWindow", "position {number}").format(number=problem.position)
    parts = [position if problem.position is not None else "", problem.field or ""]
    text = ", ".join(p for p in parts if p)
    return f"{text}: " if text else ""
