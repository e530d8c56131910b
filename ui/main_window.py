"""The main window: register tree on the left, list or detail on the right, status bar below."""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QModelIndex,
    QPoint,
    QSettings,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core.communication import ensure_can_send
from core.errors import CannotSend, UserError
from core.guarantees.model import Guarantee
from ui.actions import Actions
from ui.models.navigation import NavigationModel, Node, NodeKind
from ui.models.tables import GuaranteeTableModel, LazyTableModel, OrganisationTableModel

if TYPE_CHECKING:
    from core.workspace import Workspace
    from ui.dialogs.guarantee_editor import GuaranteeEditor
    from ui.dialogs.settings_dialog import SettingsDialog

# Dialogs are imported when first opened: start-up shows the window before anything else loads.

CONTEXT_MENU_KEYS = ("Shift+F10", "Menu")
FIT_SAMPLE_ROWS = 40
FETCH_AHEAD_ROWS = 20


@dataclass
class Target:
    """What the user's commands act on: the selection in the view that has focus."""

    kind: NodeKind = NodeKind.ORGANISATIONS
    org_id: int | None = None
    guarantee_ids: list[int] = field(default_factory=list)

    @property
    def is_organisation(self) -> bool:
        return self.kind is NodeKind.ORGANISATION and self.org_id is not None

    @property
    def is_guarantee(self) -> bool:
        return self.kind is NodeKind.GUARANTEE and bool(self.guarantee_ids)


class RecordTable(QTableView):
    """A table over a lazy model, sortable through a proxy, with keyboard context menus."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: LazyTableModel | None = None
        self.proxy = QSortFilterProxyModel(self)
        self.setModel(self.proxy)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)

    def set_source(self, model: LazyTableModel) -> None:
        self.source = model
        self.proxy.setSourceModel(model)
        model.modelReset.connect(self._fit_columns_later)

    def _fit_columns_later(self) -> None:
        # after the first batch has arrived; widths from a sample of rows, not all of them
        QTimer.singleShot(0, self.resizeColumnsToContents)

    def selected_records(self) -> list:
        rows = sorted({self.proxy.mapToSource(i).row() for i in self.selectionModel().selectedRows()})
        return [self.source.record(r) for r in rows]


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, ws: Workspace | None = None, parent=None):
        """The window shell; the register appears once a workspace is attached (see ``open_data``)."""
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.navigation: NavigationModel | None = None
        self.guarantee_model: GuaranteeTableModel | None = None
        self.open_problem: str | None = None
        self.target = Target()
        self.setObjectName("MainWindow")
        self.setWindowTitle("CustomsDesk")
        self.actions = Actions(self)

        self.tree = QTreeView()
        self.tree.setObjectName("navigation")
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(lambda pos: self.show_context_menu(self.tree, pos))
        self.tree.doubleClicked.connect(self._tree_double_clicked)
        self.tree.verticalScrollBar().valueChanged.connect(self._fetch_ahead)

        self.org_table = RecordTable()
        self.org_table.setObjectName("organisations")
        self.guarantee_table = RecordTable()
        self.guarantee_table.setObjectName("guarantees")
        for table in (self.org_table, self.guarantee_table):
            table.customContextMenuRequested.connect(lambda pos, t=table: self.show_context_menu(t, pos))
            table.selectionModel().selectionChanged.connect(lambda *_, t=table: self._table_selection_changed(t))
            table.doubleClicked.connect(lambda *_: self.edit_selected())
        self.list_title = QLabel()
        self.list_title.setObjectName("list_title")
        font = self.list_title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.list_title.setFont(font)
        self.detail = QTextBrowser()
        self.detail.setObjectName("guarantee_detail")
        self.detail.setOpenLinks(False)
        self.pages = QStackedWidget()
        for widget in (self.org_table, self.guarantee_table, self.detail):
            self.pages.addWidget(widget)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.list_title)
        right_layout.addWidget(self.pages)

        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([320, 900])
        self.setCentralWidget(splitter)
        self._build_menus()
        self._connect_actions()
        for view in (self.tree, self.org_table, self.guarantee_table):
            for key in CONTEXT_MENU_KEYS:
                shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda v=view: self.show_context_menu(v, self._current_item_point(v)))
        self.status = QLabel("Opening the database…")
        self.statusBar().addPermanentWidget(self.status)
        self.resize(1200, 760)
        self._restore_geometry()
        if ws is not None:
            self.attach(ws)

    def open_data(self, data_dir: Path | None) -> bool:
        """Open the database and show the register; explain and close when it cannot be used."""
        from core.store import DatabaseProblem
        from core.workspace import Workspace

        try:
            ws = Workspace.open(data_dir)
        except DatabaseProblem as exc:
            self.open_problem = str(exc)
            QMessageBox.critical(self, "CustomsDesk cannot open its database", str(exc))
            self.close()
            return False
        self.attach(ws)
        if ws.should_offer_demo():
            QTimer.singleShot(0, self.offer_demo)
        return True

    def attach(self, ws: Workspace) -> None:
        self.ws = ws
        self.navigation = NavigationModel(ws, self)
        self.tree.setModel(self.navigation)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.org_table.set_source(OrganisationTableModel(ws, self))
        self.guarantee_model = GuaranteeTableModel(ws, parent=self)
        self.guarantee_table.set_source(self.guarantee_model)
        organisations = self.navigation.index_of(self.navigation.organisations_node)
        self.tree.expand(organisations)
        self.tree.setCurrentIndex(organisations)
        self._update_actions()
        self.refresh_status()

    def _fetch_ahead(self) -> None:
        """Read the next batch of a branch once its last loaded row is about to scroll into view.

        QTreeView fetches more on its own only for top-level rows; the register's big
        branches (Organisations, NCTS, an organisation's guarantees) sit one level down.
        """
        if self.navigation is None:
            return
        nav = self.navigation
        branches = [nav.organisations_node, nav.ncts_node]
        branches += [n for n in nav.organisations_node.children if n.children and n.can_fetch_more]
        height = self.tree.viewport().height()
        for node in branches:
            index = nav.index_of(node)
            if not node.children or not self.tree.isExpanded(index) or not nav.canFetchMore(index):
                continue
            last = self.tree.visualRect(nav.index(len(node.children) - 1, 0, index))
            if last.isValid() and last.top() < height + FETCH_AHEAD_ROWS * last.height():
                nav.fetchMore(index)

    # --- layout ------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a = self.actions
        file_menu = self.menuBar().addMenu("&File")
        for name in ("import_reference", "load_demo", "settings"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        register = self.menuBar().addMenu("&Register")
        for name in ("new_organisation", "new_guarantee", "customs_guarantees", None, "edit", "delete", None, "refresh"):
            register.addAction(a[name]) if name else register.addSeparator()
        self.menuBar().addMenu(self._messages_menu())
        self.menuBar().addMenu("&Help").addAction(a["about"])
        toolbar = QToolBar("Main")
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new_organisation", "new_guarantee", "edit", "delete", "refresh"):
            toolbar.addAction(a[name])
        self.addToolBar(toolbar)

    def _messages_menu(self) -> QMenu:
        menu = QMenu("&Messages", self)
        generate = menu.addMenu("&Generate message")
        for name in ("msg_register_codes", "msg_query_usage", "msg_query_balance", "msg_query_info"):
            generate.addAction(self.actions[name])
        generate.setToolTipsVisible(True)
        menu.addAction(self.actions["msg_for_record"])
        menu.setToolTipsVisible(True)
        return menu

    def _connect_actions(self) -> None:
        handlers = {
            "new_organisation": self.new_organisation, "new_guarantee": self.new_guarantee,
            "customs_guarantees": self.show_customs_guarantees, "edit": self.edit_selected,
            "delete": self.delete_selected, "refresh": self.refresh_all, "settings": self.open_settings,
            "import_reference": self.import_reference, "load_demo": self.load_demo, "quit": self.close,
            "about": self.about,
        }
        for name, handler in handlers.items():
            self.actions[name].triggered.connect(handler)
        self._update_actions()

    def context_menu(self) -> QMenu:
        """The right-click menu for the current target (same actions as the menu bar)."""
        a = self.actions
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        if self.target.is_organisation:
            names = ["customs_guarantees", "new_guarantee", None, "edit", "delete"]
        elif self.target.is_guarantee:
            names = ["edit", "delete", None]
        elif self.target.kind is NodeKind.ORGANISATIONS:
            names = ["new_organisation", None, "refresh"]
        else:
            names = ["refresh"]
        for name in names:
            menu.addAction(a[name]) if name else menu.addSeparator()
        if self.target.is_guarantee:
            menu.addMenu(self._messages_menu())
        return menu

    def show_context_menu(self, view: QAbstractItemView, pos: QPoint) -> QMenu:
        menu = self.context_menu()
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    @staticmethod
    def _current_item_point(view: QAbstractItemView) -> QPoint:
        rect = view.visualRect(view.currentIndex())
        return rect.center() if rect.isValid() else QPoint(8, 8)

    # --- selection -----------------------------------------------------------------------
    def _tree_selection_changed(self) -> None:
        nodes = [self.navigation.node(i) for i in self.tree.selectionModel().selectedIndexes()]
        if not nodes:
            return
        node = self.navigation.node(self.tree.currentIndex()) if self.tree.currentIndex().isValid() else nodes[0]
        self._show_node(node, nodes)

    def _target_for(self, node: Node, nodes: list[Node]) -> Target:
        if node.kind is NodeKind.ORGANISATION:
            return Target(NodeKind.ORGANISATION, org_id=node.record_id)
        if node.kind is NodeKind.GUARANTEE:
            ids = [n.record_id for n in nodes if n.kind is NodeKind.GUARANTEE]
            org_id = self.ws.guarantees.get(node.record_id).org_id
            return Target(NodeKind.GUARANTEE, org_id=org_id, guarantee_ids=ids)
        return Target(node.kind)

    def _show_page_for(self, node: Node) -> None:
        if node.kind is NodeKind.ORGANISATIONS:
            self.list_title.setText(f"Organisations ({self.ws.organisations.count()})")
            self.pages.setCurrentWidget(self.org_table)
            if self.org_table.source.rowCount() == 0:
                self.org_table.source.reload()
        elif node.kind is NodeKind.NCTS:
            self._show_guarantees(None, "NCTS — all guarantees")
        elif node.kind is NodeKind.ORGANISATION:
            self._show_guarantees(node.record_id, f"Customs guarantees of {node.label}")
        else:
            self._show_guarantee_detail(self.ws.guarantees.get(node.record_id))

    def _show_guarantees(self, org_id: int | None, title: str) -> None:
        self.list_title.setText(f"{title} ({self.ws.guarantees.count(org_id)})")
        self.guarantee_model.show_organisation(org_id)
        self.pages.setCurrentWidget(self.guarantee_table)

    def _show_guarantee_detail(self, g: Guarantee) -> None:
        org = self.ws.organisations.get(g.org_id)
        self.list_title.setText(f"Guarantee {g.reference}")
        self.detail.setHtml(guarantee_html(self.ws, g, org.label))
        self.pages.setCurrentWidget(self.detail)

    def _table_selection_changed(self, table: RecordTable) -> None:
        records = table.selected_records()
        if table is self.org_table:
            self.target = Target(NodeKind.ORGANISATION, org_id=records[0].id) if records else Target()
        elif records:
            self.target = Target(NodeKind.GUARANTEE, org_id=records[0].org_id, guarantee_ids=[g.id for g in records])
        else:
            org_id = self.guarantee_model.org_id
            self.target = Target(NodeKind.ORGANISATION, org_id=org_id) if org_id else Target(NodeKind.NCTS)
        self._update_actions()

    def _update_actions(self) -> None:
        t, a = self.target, self.actions
        ready = self.ws is not None
        for name in ("new_organisation", "refresh", "settings", "import_reference", "load_demo"):
            a.enable(name, ready, "The database is not open yet")
        a.enable("new_guarantee", ready and t.org_id is not None, "Select an organisation first: a guarantee belongs to its user")
        a.enable("customs_guarantees", ready and t.is_organisation, "Select an organisation")
        a.enable("edit", ready and (t.is_organisation or len(t.guarantee_ids) == 1), "Select one organisation or guarantee")
        a.enable("delete", ready and (t.is_organisation or t.is_guarantee), "Select an organisation or guarantees")

    # --- commands ------------------------------------------------------------------------
    def new_organisation(self) -> None:
        from ui.dialogs.organisation_editor import OrganisationEditor

        editor = OrganisationEditor(self.ws, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.navigation.reload_children(self.navigation.organisations_node)
            self.org_table.source.reload()
            self._refresh_page()
            self.refresh_status(f"Organisation {editor.saved.name} added.")

    def new_guarantee(self) -> None:
        if self.target.org_id is None:
            return
        self._edit_guarantee(Guarantee(org_id=self.target.org_id, type="1"))

    def show_customs_guarantees(self) -> None:
        if not self.target.is_organisation:
            return
        node = self.navigation.find(NodeKind.ORGANISATION, self.target.org_id)
        if node is not None:
            index = self.navigation.index_of(node)
            self.tree.setCurrentIndex(index)
            self.tree.expand(index)
        else:
            org = self.ws.organisations.get(self.target.org_id)
            self._show_guarantees(org.id, f"Customs guarantees of {org.label}")

    def edit_selected(self) -> None:
        from ui.dialogs.organisation_editor import OrganisationEditor

        if self.target.is_organisation:
            editor = OrganisationEditor(self.ws, self.ws.organisations.get(self.target.org_id), parent=self)
            if editor.exec() == QDialog.DialogCode.Accepted:
                self.navigation.update_organisation(editor.saved.id)
                self.org_table.source.reload()
                self.refresh_status(f"Organisation {editor.saved.name} saved.")
        elif len(self.target.guarantee_ids) == 1:
            self._edit_guarantee(self.ws.guarantees.get(self.target.guarantee_ids[0]))

    def _edit_guarantee(self, g: Guarantee) -> GuaranteeEditor:
        from ui.dialogs.guarantee_editor import GuaranteeEditor

        editor = GuaranteeEditor(self.ws, g, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self._guarantees_changed(editor.saved.org_id)
            self.refresh_status(f"Guarantee {editor.saved.reference} saved.")
        return editor

    def delete_selected(self) -> None:
        if self.target.is_organisation:
            self._delete_organisation(self.target.org_id)
        elif self.target.is_guarantee:
            self._delete_guarantees(self.target.guarantee_ids)

    def _delete_organisation(self, org_id: int) -> None:
        preview = self.ws.organisations.deletion_preview(org_id)
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete organisation",
                          f"Delete {preview.organisation.label}?", parent=self)
        if preview.guarantee_labels:
            count = len(preview.guarantee_labels)
            box.setInformativeText(f"Its {count} guarantee(s) and their access codes will be deleted too:\n"
                                   + "\n".join(preview.guarantee_labels[:15]) + ("\n…" if count > 15 else ""))
            box.setDetailedText("\n".join(preview.guarantee_labels))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.last_question = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.ws.organisations.delete(org_id)
        self.navigation.reload_children(self.navigation.organisations_node)
        self.navigation.reload_children(self.navigation.ncts_node)
        self.org_table.source.reload()
        self.tree.setCurrentIndex(self.navigation.index_of(self.navigation.organisations_node))
        self.refresh_status(f"Organisation {preview.organisation.name} deleted.")

    def _delete_guarantees(self, ids: list[int]) -> None:
        guarantees = [self.ws.guarantees.get(i) for i in ids]
        text = "\n".join(g.label for g in guarantees[:15])
        answer = QMessageBox.question(self, "Delete guarantees", f"Delete {len(ids)} guarantee(s) with their access codes?\n\n{text}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self.ws.db.atomic():
            for g in guarantees:
                self.ws.guarantees.delete(g.id)
        self._guarantees_changed(guarantees[0].org_id)
        self.refresh_status(f"{len(ids)} guarantee(s) deleted.")

    def _guarantees_changed(self, org_id: int) -> None:
        node = self.navigation.find(NodeKind.ORGANISATION, org_id)
        if node is not None:
            self.navigation.reload_children(node)
        self.navigation.reload_children(self.navigation.ncts_node)
        self.guarantee_model.reload()
        # the selected guarantee may be gone: commands act on the list shown, or the organisation's list
        current = self.tree.currentIndex()
        shown = self.navigation.node(current) if current.isValid() else None
        if shown is None or shown.kind is NodeKind.GUARANTEE:
            shown = node
        if shown is not None:
            self.tree.setCurrentIndex(self.navigation.index_of(shown))
            self._show_node(shown)
        else:
            self.target = Target(NodeKind.ORGANISATION, org_id=org_id)
            self._show_guarantees(org_id, f"Customs guarantees of {self.ws.organisations.get(org_id).label}")
            self._update_actions()

    def _show_node(self, node: Node, selected: list[Node] | None = None) -> None:
        self.target = self._target_for(node, selected or [node])
        self._show_page_for(node)
        self._update_actions()

    def _refresh_page(self) -> None:
        """Show the current tree node's page again (titles and counts)."""
        index = self.tree.currentIndex()
        if index.isValid():
            self._show_page_for(self.navigation.node(index))

    def refresh_all(self) -> None:
        for node in (self.navigation.organisations_node, self.navigation.ncts_node):
            self.navigation.reload_children(node)
        self.org_table.source.reload()
        self.guarantee_model.reload()
        self._refresh_page()
        self.refresh_status("Register read again.")

    def open_settings(self, tab: int = 0) -> SettingsDialog:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ws, self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.reference.changed.connect(lambda: self.refresh_status("Reference data imported."))
        dialog.exec()
        return dialog

    def import_reference(self) -> None:
        self.open_settings(tab=1)

    def load_demo(self) -> None:
        from core.demo import load_demo

        try:
            result = load_demo(self.ws)
        except UserError as exc:
            QMessageBox.warning(self, "Demo data", str(exc))
            return
        self.refresh_all()
        message = (f"Demo data loaded: {result['organisations']} organisations, {result['guarantees']} guarantees."
                   if result["loaded"] else "The demo data is already loaded.")
        self.refresh_status(message)

    def offer_demo(self) -> None:
        """First start on an empty database: offer the demo data."""
        from core.workspace import DEMO_OFFERED_KEY

        answer = QMessageBox.question(
            self, "Welcome to CustomsDesk",
            "The register is empty.\n\nLoad demo data? It adds Czech, German and Polish organisations with "
            "guarantees of several types and training communication parameters, so you can try everything "
            "at once. You can delete them later.",
        )
        self.ws.set_setting(DEMO_OFFERED_KEY, "declined")
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()

    def about(self) -> None:
        QMessageBox.about(self, "About CustomsDesk",
                          f"CustomsDesk\n\nDatabase: {self.ws.store.path}\nSchema version: {self.ws.store.schema_version}"
                          f"\nUser: {self.ws.user}")

    def refresh_status(self, message: str = "") -> None:
        self.status.setText(f"{self.ws.organisations.count()} organisations · {self.ws.guarantees.count()} guarantees"
                            f" · user {self.ws.user} · {self.ws.store.path}")
        if message:
            self.statusBar().showMessage(message, 8000)

    def _tree_double_clicked(self, index: QModelIndex) -> None:
        if self.navigation.node(index).kind is NodeKind.GUARANTEE:
            self.edit_selected()

    # --- window state ----------------------------------------------------------------------
    def _restore_geometry(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)

    def closeEvent(self, event) -> None:
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        super().closeEvent(event)
        self.closed.emit()


def guarantee_html(ws: Workspace, g: Guarantee, org_label: str) -> str:
    type_text = ws.catalogue.describe("GuaranteeType", g.type) or ""
    office = ws.catalogue.office(g.office) if g.office else None
    params = ws.params.get(g.params_id) if g.params_id else None
    codes = ws.access_codes.codes_for(g.id)
    rows = [
        ("Guarantee user", org_label),
        ("Type", f"{g.type} — {type_text}"),
        ("GRN", g.grn + (" (saved despite a failing check digit: training data)" if g.grn_override else "")),
        ("Other reference", g.other_ref),
        ("Customs office", f"{g.office} — {office.name}" if office else g.office),
        ("Amount", f"{g.amount} {g.currency}" if g.amount is not None else ""),
        ("Communication parameters", params.label if params else "none — messages cannot be sent"),
        ("Your secondary codes", f"{len(codes.spks)} stored" if codes.spks else "none stored for you"),
        ("Primary access code", f"stored (held by {codes.pac_holder})" if codes.pac_holder else "not stored"),
        ("Codes registered", g.codes_registered_at or "never (or the last registration failed)"),
        ("Remaining balance", f"{g.balance} {g.currency_answer or ''}" if g.balance else "not asked yet"),
        ("Description", g.description),
    ]
    body = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows if v)
    error = ""
    try:
        ensure_can_send(params, f"Guarantee {g.reference}")
    except CannotSend as exc:
        error += f"<p style='color:#b35c00'>{escape(str(exc))}</p>"
    if g.last_error_code:
        error += (f"<p style='color:#c0392b'><b>Last error {escape(g.last_error_code)}</b>: "
                 f"{escape(g.last_error_text or '')}</p>")
    return f"<table cellspacing='6'>{body}</table>{error}"
