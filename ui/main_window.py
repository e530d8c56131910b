"""The main window: register tree on the left, list or detail on the right, status bar below."""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPoint,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTextBrowser,
    QToolBar,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from core import formatting
from core.changes import CERTIFICATES, GUARANTEES, MESSAGES, ORGANISATIONS, Changes
from core.errors import CannotSend, NotFound, UserError
from core.guarantees import types
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.actions import GENERATE_ACTIONS, QUERY_ACTIONS, Actions
from ui.amounts import format_amount
from ui.changes import ChangeHub
from ui.continuity_banner import ContinuityBanner
from ui.expiry_banner import ExpiryBanner
from ui.geometry import keep_geometry
from ui.idle_lock import IdleLock
from ui.models.navigation import NavigationModel, Node, NodeKind
from ui.models.tables import GuaranteeTableModel, LazyTableModel, OrganisationTableModel
from ui.office_changes import OfficeChanges
from ui.session import SessionController
from ui.shortcut_notice import DisabledShortcutNotice
from ui.status_line import PermanentStatus
from ui.sync_scheduler import SyncScheduler, sync_text
from ui.theme import preview_colours, readable

if TYPE_CHECKING:
    from core.context import UserContext
    from core.guarantees.model import Guarantee
    from core.messaging.service import RegistrationPreview, SyncSummary
    from core.messaging.store import Message
    from ui.continuity_window import ContinuityWindow
    from ui.dialogs.about_dialog import AboutDialog
    from ui.dialogs.guarantee_editor import GuaranteeEditor
    from ui.dialogs.settings_dialog import SettingsDialog
    from ui.manual_window import ManualWindow
    from ui.messages_window import MessagesWindow
    from ui.tasks import BackgroundJob

# Dialogs are imported when first opened: start-up shows the window before anything else loads.

CONTEXT_MENU_KEYS = ("Shift+F10", "Menu")
OPEN_KEYS = ("Return", "Enter")  # on a record in the tree or a list: open it, as a double click does
FOCUS_FRAME = ("#{name} {{ border: 1px solid palette(mid); padding: 1px; }}"
               " #{name}:focus {{ border: 2px solid palette(highlight); padding: 0px; }}")
FIT_SAMPLE_ROWS = 40
FETCH_AHEAD_ROWS = 20
NOBODY_TITLE = QT_TRANSLATE_NOOP("MainWindow", "CustomsDesk — nobody signed in")
NOBODY_STATUS = QT_TRANSLATE_NOOP("MainWindow", "Nobody is signed in: sign in to open the register.")
NO_GATEWAY = QT_TRANSLATE_NOOP("MainWindow", "No communication parameter set has a gateway: fill one in Settings ▸ "
                                             "Communication parameters to exchange messages with customs.")
NOT_OPEN = QT_TRANSLATE_NOOP("MainWindow", "The database is not open yet")
SHOWN_USAGES = 200
SHOWN_REASONS = 10
CHECKED_SELECTION = 200  # larger selections are checked guarantee by guarantee only when a message is sent


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
    """A table over a lazy model, sorted by clicking a column header, with keyboard context menus.

    The model sorts: the store sorts every record, loaded or not, and the model reads its first batch again.
    """

    selection_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: LazyTableModel | None = None
        self._sorting = False
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.horizontalHeader()
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        header.sortIndicatorChanged.connect(self._sort)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setStretchLastSection(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.setWordWrap(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.horizontalHeader().setResizeContentsPrecision(FIT_SAMPLE_ROWS)

    def set_source(self, model: LazyTableModel | None) -> None:
        """Show ``model`` (None: nothing, while nobody is signed in)."""
        old_selection = self.selectionModel()
        self.source = model
        self.setModel(model)
        if old_selection is not None:
            old_selection.deleteLater()
        if model is None:
            return
        self.selectionModel().selectionChanged.connect(self.selection_changed)
        model.modelReset.connect(self._fit_columns_later)
        header = self.horizontalHeader()
        if header.sortIndicatorSection() >= 0:  # the order chosen stays (another user signing in, say)
            model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        """Sort every record; the selected ones stay selected when they are among the rows read again."""
        if self.source is None:
            return
        chosen = {record.id for record in self.selected_records()}
        self._sorting = True
        try:
            self.source.sort(column, order)
        finally:
            self._sorting = False
        again = QItemSelection()
        for row in range(self.source.rowCount()):
            if self.source.record(row).id in chosen:
                again.select(self.source.index(row, 0), self.source.index(row, self.source.columnCount() - 1))
        self.selectionModel().select(again, QItemSelectionModel.SelectionFlag.Select)
        self.selection_changed.emit()

    def _fit_columns_later(self) -> None:
        # after the first batch has arrived; widths from a sample of rows, not all of them; sorting keeps the widths
        if not self._sorting:
            QTimer.singleShot(0, self.resizeColumnsToContents)

    def selected_records(self) -> list:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [self.source.record(r) for r in rows]


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, context: UserContext | None = None, parent=None):
        """The window shell; the register appears once a user has signed in (see ``open_data``)."""
        super().__init__(parent)
        self.session_controller = SessionController(self)
        self.session_controller.signed_in.connect(self.attach)
        self.session_controller.signed_out.connect(self._detach)
        self.changes = ChangeHub(self)
        self.changes.changed.connect(self._apply_changes)
        self.office_changes = OfficeChanges(self)  # what other workstations change, on an office database
        self.office_changes.arrived.connect(self.changes.publish)
        self.idle_lock = IdleLock(self)
        self.idle_lock.idle.connect(self._lock_when_idle)
        self.closed.connect(self.idle_lock.stop)
        self.closed.connect(lambda: self.office_changes.stop())
        self.navigation: NavigationModel | None = None
        self.guarantee_model: GuaranteeTableModel | None = None
        self.open_problem: str | None = None
        self.target = Target()
        self.detail_guarantee_id: int | None = None
        self.simulator = None  # the customs simulator child process, once started from here
        self.messages_window: MessagesWindow | None = None
        self.manual_window: ManualWindow | None = None
        self.last_question: QMessageBox | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle("CustomsDesk")
        self.actions = Actions(self)
        self.sync = SyncScheduler(self)
        self.sync.started.connect(self._sync_started)
        self.sync.finished.connect(self._sync_finished)
        self.sync.tasks.finished.connect(lambda _: self._update_message_actions())
        self.session_controller.ending.connect(self._stop_sending_as)
        self.tasks, self.poll_timer = self.sync.tasks, self.sync.timer

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
            table.selection_changed.connect(lambda t=table: self._table_selection_changed(t))
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
        self.expiry_banner = ExpiryBanner()
        self.expiry_banner.open_certificates.connect(self.open_certificates)
        self.changes.changed.connect(self.expiry_banner.apply_changes)
        self.continuity_banner = ContinuityBanner()
        self.continuity_banner.open_incident.connect(lambda incident_id: self.open_continuity(incident_id))
        self.continuity_banner.open_movements.connect(lambda: self.open_continuity(tab="movements"))
        self.changes.changed.connect(self.continuity_banner.apply_changes)
        register = QWidget()
        register_layout = QVBoxLayout(register)
        register_layout.setContentsMargins(0, 0, 0, 0)
        register_layout.addWidget(self.continuity_banner)
        register_layout.addWidget(self.expiry_banner)
        register_layout.addWidget(splitter, 1)
        self.setCentralWidget(register)
        self._build_menus()
        self._connect_actions()
        for view in (self.tree, self.org_table, self.guarantee_table):
            for key in CONTEXT_MENU_KEYS:
                shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda v=view: self.show_context_menu(v, self._current_item_point(v)))
            for key in OPEN_KEYS:
                shortcut = QShortcut(QKeySequence(key), view, context=Qt.ShortcutContext.WidgetShortcut)
                shortcut.activated.connect(lambda v=view: self.open_current(v))
        for widget in (self.tree, self.org_table, self.guarantee_table, self.detail):
            show_focus(widget)
        self.shortcut_notice = DisabledShortcutNotice(self, quiet=self._locked)
        self.status = PermanentStatus(translate("MainWindow", "Opening the database…"))
        self.sync_progress = QProgressBar()
        self.sync_progress.setObjectName("sync_progress")
        self.sync_progress.setRange(0, 0)  # busy: how long customs take is not known
        self.sync_progress.setMaximumWidth(120)
        self.sync_progress.setToolTip(sync_text())
        self.sync_progress.hide()
        self.statusBar().addPermanentWidget(self.sync_progress)
        self.status.attach(self.statusBar(), beside=(self.sync_progress,))
        self.geometry_keeper = keep_geometry(self, "main_window", QSize(1200, 760))
        if context is not None:
            self.session_controller.begin(context)

    @property
    def context(self) -> UserContext | None:
        """The signed-in user's context; None while nobody is signed in."""
        return self.session_controller.context

    def open_data(self, data_dir: Path | None) -> bool:
        """Open the database, let the user sign in, show the register; close when it cannot be used or they quit."""
        from ui.account import sign_in_at_start
        from ui.tasks import WaitAbandoned

        while True:
            try:
                installation = self._open_installation(data_dir)
                break
            except WaitAbandoned:  # closed while the office database was being reached
                return False
            except UserError as exc:  # the database cannot be used (DatabaseProblem), or the server refused us
                kind = getattr(exc, "kind", None)
                if kind == "unreachable" and self._try_reaching_again(str(exc)):
                    continue
                if kind == "password-refused" and self._ask_for_the_password(str(exc), data_dir):
                    continue
                self.open_problem = str(exc)
                if kind not in ("unreachable", "password-refused"):  # those asked already
                    QMessageBox.critical(self, translate("MainWindow", "CustomsDesk cannot open its database"),
                                         str(exc))
                self.close()
                return False
        self.status.setText(translate("MainWindow", "Sign in to open the register."))
        context = sign_in_at_start(self, installation)
        if context is None:
            installation.close()
            self.close()
            return False
        self.session_controller.begin(context)
        if context.should_offer_demo() and context.access.is_admin:
            QTimer.singleShot(0, self.offer_demo)
        else:
            QTimer.singleShot(0, self.start_simulator_again)
        return True

    def _open_installation(self, data_dir: Path | None):
        """The data folder's installation. An office database is reached on a thread of its own, the window
        responsive meanwhile: a server far away may take seconds to answer, or not answer at all."""
        from core.installation import Hooks, Installation, default_data_dir
        from core.store.office import chosen_office_url, shown_url
        from ui.tasks import wait_beside_the_window

        def open_installation():
            return Installation.open(data_dir, hooks=Hooks(participant_imported=_register_with_simulator))

        url = chosen_office_url(data_dir or default_data_dir())
        if url is None:
            return open_installation()
        self.status.setText(translate("MainWindow", "Connecting to the office database {url}…").format(
            url=shown_url(url)))
        return wait_beside_the_window(open_installation)

    def _try_reaching_again(self, problem: str) -> bool:
        """The office database did not answer: whether the clerk wants to try again (else CustomsDesk closes)."""
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "The office database cannot be reached"),
                          problem, QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Close, self)
        box.setInformativeText(translate(
            "MainWindow", "Until the network or the server is back, the paper procedures of the manual's chapter "
                          "“Outages and paper movements” apply."))
        box.button(QMessageBox.StandardButton.Retry).setText(translate("MainWindow", "&Try again"))
        box.button(QMessageBox.StandardButton.Close).setText(translate("MainWindow", "&Close CustomsDesk"))
        box.setDefaultButton(QMessageBox.StandardButton.Retry)
        return box.exec() == QMessageBox.StandardButton.Retry

    def _ask_for_the_password(self, problem: str, data_dir: Path | None) -> bool:
        """The office database refused the server account's password: whether the clerk typed one it takes (kept
        in the system keyring) to try again with (else CustomsDesk closes)."""
        from core.installation import default_data_dir
        from core.store.office import chosen_office_url, use_office_password
        from ui.dialogs.office_database import OfficePasswordDialog
        from ui.tasks import WaitAbandoned, wait_beside_the_window

        url = chosen_office_url(data_dir or default_data_dir())
        while True:
            dialog = OfficePasswordDialog(problem, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            password = dialog.password.text()
            try:
                wait_beside_the_window(lambda: use_office_password(url, password))
                return True
            except WaitAbandoned:
                return False
            except UserError as exc:
                problem = str(exc)

    def attach(self, context: UserContext) -> None:
        """Show the register of the signed-in user (again after another user signed in)."""
        from ui.account import restart_idle_lock, window_title

        self._drop_models()
        self.sync.use(context)
        if not self.office_changes.listening:
            self.office_changes.follow(context.installation.store)
        self.target = Target()
        self.detail_guarantee_id = None
        self.navigation = NavigationModel(context, self)
        self.tree.setModel(self.navigation)
        self.tree.selectionModel().selectionChanged.connect(self._tree_selection_changed)
        self.org_table.set_source(OrganisationTableModel(context, self))
        self.guarantee_model = GuaranteeTableModel(context, parent=self)
        self.guarantee_table.set_source(self.guarantee_model)
        organisations = self.navigation.index_of(self.navigation.organisations_node)
        self.tree.expand(organisations)
        self.tree.setCurrentIndex(organisations)
        self._update_actions()
        self.setWindowTitle(window_title(context))
        self.refresh_status()
        restart_idle_lock(self)
        self._remind_of_pacs_to_delete()
        self.expiry_banner.set_context(context)
        QTimer.singleShot(0, self.expiry_banner.announce)  # once the window is on screen
        self.continuity_banner.set_context(context)
        QTimer.singleShot(0, self.continuity_banner.announce)

    def _detach(self, ended: UserContext) -> None:
        """Nobody is signed in: nothing of the user who left stays on screen; sending and receiving goes on
        for what is queued (``ended`` can still send it, without its key)."""
        self._drop_models()
        self.detail.clear()
        self.list_title.clear()
        self.target = Target()
        self.detail_guarantee_id = None
        self.messages_window = None
        self.expiry_banner.clear()
        self.continuity_banner.clear()
        self.setWindowTitle(translate("MainWindow", NOBODY_TITLE))
        self.status.setText(translate("MainWindow", NOBODY_STATUS))
        self.sync.use(ended)

    def _drop_models(self) -> None:
        old_models = (self.navigation, self.org_table.source, self.guarantee_model)
        self.tree.setModel(None)
        self.org_table.set_source(None)
        self.guarantee_table.set_source(None)
        for old in old_models:
            if old is not None:
                old.deleteLater()
        self.navigation = self.guarantee_model = None

    def _remind_of_pacs_to_delete(self) -> None:
        """A PAC whose registration customs confirmed while its holder was away: say so at sign-in."""
        grns = self.context.access_codes.pacs_to_delete()
        if grns:
            self.refresh_status(translate("MainWindow", "You still hold the primary access code of {grns}, although "
                                                        "customs confirmed the registration: open the guarantee and "
                                                        "delete it (Delete PAC).").format(grns=", ".join(grns)))

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
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        for name in ("import_reference", "load_demo"):
            file_menu.addAction(a[name])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        register = self.menuBar().addMenu(translate("MainWindow", "&Register", "menu: the organisation register"))
        for name in ("new_organisation", "new_guarantee", "customs_guarantees", None, "edit", "delete", None, "refresh"):
            register.addAction(a[name]) if name else register.addSeparator()
        self.menuBar().addMenu(self._messages_menu(with_inbox=True))
        settings = self.menuBar().addMenu(translate("MainWindow", "&Settings"))
        for name in ("settings", "certificates"):
            settings.addAction(a[name])
        account = self.menuBar().addMenu(translate("MainWindow", "&Account"))
        for name in ("change_password", "lock", "sign_out"):
            account.addAction(a[name])
        administration = self.menuBar().addMenu(translate("MainWindow", "A&dministration"))
        for name in ("admin_users", "audit_log"):
            administration.addAction(a[name])
        administration.setToolTipsVisible(True)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        help_menu.addAction(a["manual"])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])
        toolbar = QToolBar(translate("MainWindow", "Main", "name of the main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for name in ("new_organisation", "new_guarantee", "edit", "delete", "refresh", None, "msg_inbox", "msg_sync"):
            toolbar.addAction(a[name]) if name else toolbar.addSeparator()
        self.addToolBar(toolbar)

    def _messages_menu(self, with_inbox: bool = False) -> QMenu:
        menu = QMenu(translate("MainWindow", "&Messages"), self)
        if with_inbox:
            menu.addAction(self.actions["msg_inbox"])
            menu.addAction(self.actions["msg_sync"])
            menu.addAction(self.actions["msg_simulator"])
            menu.addSeparator()
            menu.addAction(self.actions["suma"])
            menu.addAction(self.actions["continuity"])
            menu.addSeparator()
            menu.aboutToShow.connect(self._update_actions)  # a query a minute ago may be possible now
        generate = menu.addMenu(translate("MainWindow", "&Generate message"))
        for name in GENERATE_ACTIONS:
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
            "certificates": self.open_certificates,
            "import_reference": self.import_reference, "load_demo": self.load_demo, "quit": self.close,
            "manual": self.open_manual, "about": self.about, "msg_register_codes": self.send_registration,
            "msg_simulator": self.toggle_simulator,
            "msg_for_record": self.open_messages_for_record, "msg_inbox": lambda: self.open_messages(),
            "msg_sync": lambda: self.start_sync(),
            "change_password": self.change_password, "lock": self.lock, "sign_out": self.sign_out,
            "admin_users": self.open_administration, "audit_log": self.open_audit_log,
            "suma": self.open_summary_declarations, "continuity": lambda: self.open_continuity(),
        }
        for name, kind in QUERY_ACTIONS.items():
            handlers[name] = lambda _=False, kind=kind: self.send_query(kind)
        for name, handler in handlers.items():
            self.actions[name].triggered.connect(handler)
        self._update_actions()

    def context_menu(self) -> QMenu:
        """The right-click menu for the current target (same actions as the menu bar)."""
        a = self.actions
        self._update_actions()
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
            org_id = self.context.guarantees.get(node.record_id).org_id
            return Target(NodeKind.GUARANTEE, org_id=org_id, guarantee_ids=ids)
        return Target(node.kind)

    def _show_page_for(self, node: Node) -> None:
        if node.kind is NodeKind.ORGANISATIONS:
            self.list_title.setText(self._list_title(node))
            self.pages.setCurrentWidget(self.org_table)
            if self.org_table.source.rowCount() == 0:
                self.org_table.source.reload()
        elif node.kind is NodeKind.NCTS:
            self._show_guarantees(None, self._list_title(node))
        elif node.kind is NodeKind.ORGANISATION:
            self._show_guarantees(node.record_id, self._list_title(node))
        else:
            self._show_guarantee_detail(self.context.guarantees.get(node.record_id))

    def _list_title(self, node: Node) -> str:
        """The title of a list page with its count."""
        if node.kind is NodeKind.ORGANISATIONS:
            return translate("MainWindow", "Organisations ({count})").format(count=self.context.organisations.count())
        if node.kind is NodeKind.ORGANISATION:
            return self._guarantees_title(node.record_id, node.label)
        return self._guarantees_title(None)

    def _guarantees_title(self, org_id: int | None, org_label: str = "") -> str:
        count = self.context.guarantees.count(org_id)
        if org_id:
            return translate("MainWindow", "Customs guarantees of {organisation} ({count})").format(
                organisation=org_label, count=count)
        return translate("MainWindow", "NCTS — all guarantees ({count})").format(count=count)

    def _show_guarantees(self, org_id: int | None, title: str) -> None:
        self.guarantee_model.show_organisation(org_id)
        self.list_title.setText(title)
        self.pages.setCurrentWidget(self.guarantee_table)

    def _show_guarantee_detail(self, g: Guarantee) -> None:
        self.detail_guarantee_id = g.id
        org = self.context.organisations.get(g.org_id)
        self.list_title.setText(translate("MainWindow", "Guarantee {reference}").format(reference=g.reference))
        self.detail.setHtml(guarantee_html(self.context, g, org.label, preview_colours(self.palette())))
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
        if self.context is None or self.context.access is None:
            for name in ("new_organisation", "refresh", "settings", "certificates", "import_reference", "load_demo",
                         "new_guarantee", "customs_guarantees", "edit", "delete", "change_password", "lock", "sign_out",
                         "admin_users", "audit_log"):
                a.enable(name, False, translate("MainWindow", NOT_OPEN))
            self._update_message_actions()
            return
        access = self.context.access
        for name in ("refresh", "settings", "certificates", "change_password", "lock", "sign_out", "admin_users",
                     "audit_log"):
            a.enable(name, True)
        # what the user may not do, as it completes the reason: "Only an administrator may …", "To … you need …"
        self._enable_unless("new_organisation", access.why_not_manager(
            translate("MainWindow", "add organisations", "completes: Only … may")))
        self._enable_unless("import_reference", access.why_not_manager(
            translate("MainWindow", "import reference data", "completes: Only … may")))
        self._enable_unless("load_demo", access.why_not_admin(
            translate("MainWindow", "load the demo data", "completes: Only … may")))
        if t.org_id is None:
            a.enable("new_guarantee", False,
                     translate("MainWindow", "Select an organisation first: a guarantee belongs to its user"))
        else:
            self._enable_unless("new_guarantee", access.why_not_extended(
                t.org_id, translate("MainWindow", "add guarantees to it", "completes: To … you need")))
        a.enable("customs_guarantees", t.is_organisation, translate("MainWindow", "Select an organisation"))
        a.enable("edit", t.is_organisation or len(t.guarantee_ids) == 1,
                 translate("MainWindow", "Select one organisation or guarantee"))
        if t.is_organisation:
            self._enable_unless("delete", access.why_not_admin(
                translate("MainWindow", "delete organisations", "completes: Only … may")))
        elif t.is_guarantee:
            self._enable_unless("delete", access.why_not_extended(
                t.org_id, translate("MainWindow", "delete its guarantees", "completes: To … you need")))
        else:
            a.enable("delete", False, translate("MainWindow", "Select an organisation or guarantees"))
        self._update_message_actions()

    def _enable_unless(self, name: str, reason: str | None) -> None:
        self.actions.enable(name, reason is None, reason or "")

    def _update_message_actions(self) -> None:
        """Each message command is enabled only when it can be sent; otherwise its tooltip says why."""
        t, a = self.target, self.actions
        ready = self.context is not None
        not_open = translate("MainWindow", NOT_OPEN)
        a.enable("msg_inbox", ready, not_open)
        a.enable("suma", ready, not_open)
        a.enable("continuity", ready, not_open)
        a.enable("msg_simulator", ready, not_open)
        if not ready:
            a.enable("msg_sync", False, not_open)
        elif self.tasks.busy:
            a.enable("msg_sync", False, translate("MainWindow", "Sending and receiving already: wait until it has "
                                                                "finished."))
        else:
            a.enable("msg_sync", self.sync.has_gateway(), translate("MainWindow", NO_GATEWAY))
        guarantees = self._target_guarantees(CHECKED_SELECTION) if ready and t.is_guarantee else []
        if not guarantees:
            for name in GENERATE_ACTIONS:
                a.enable(name, False, translate("MainWindow", "Select a guarantee first (or several in the list)"))
            a.enable("msg_for_record", False, translate("MainWindow", "Select a guarantee first"))
            return
        a.enable("msg_for_record", len(t.guarantee_ids) == 1,
                 translate("MainWindow", "Select one guarantee: its messages are shown"))
        if len(t.guarantee_ids) > CHECKED_SELECTION:
            for name in GENERATE_ACTIONS:  # too many to check each time the selection changes: checked when sent
                a.enable(name, True)
            return
        from core.messages import QueryKind

        service = self.context.messaging
        self._enable_if_any("msg_register_codes", guarantees, service.registration_blocker)
        for name, kind_name in QUERY_ACTIONS.items():
            kind = QueryKind.from_name(kind_name)
            self._enable_if_any(name, guarantees, lambda g, kind=kind: service.query_blocker(g, kind))

    def _enable_if_any(self, name: str, guarantees: list[Guarantee], blocker) -> None:
        """Enabled when at least one of ``guarantees`` can be sent; else the (first) reason why not."""
        first_reason = None
        for g in guarantees:
            reason = blocker(g)
            if reason is None:
                self.actions.enable(name, True)
                return
            first_reason = first_reason or reason
        if len(guarantees) > 1:
            first_reason = translate("MainWindow", "None of the %n selected guarantees can be sent. {reason}", None,
                                     len(guarantees)).format(reason=first_reason)
        self.actions.enable(name, False, first_reason or "")

    def _target_guarantees(self, limit: int | None = None) -> list[Guarantee]:
        found = []
        for gid in self.target.guarantee_ids[:limit]:
            try:
                found.append(self.context.guarantees.get(gid))
            except NotFound:
                continue
        return found

    # --- commands ------------------------------------------------------------------------
    def new_organisation(self) -> None:
        from ui.dialogs.organisation_editor import OrganisationEditor

        editor = OrganisationEditor(self.context, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.changes.publish(editor.changes)
            added = translate("MainWindow", "Organisation {name} added.")
            self.refresh_status(added.format(name=editor.saved.name))

    def new_guarantee(self) -> None:
        if self.target.org_id is None:
            return
        from core.guarantees.model import Guarantee

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
            org = self.context.organisations.get(self.target.org_id)
            self._show_guarantees(org.id, self._guarantees_title(org.id, org.label))

    def edit_selected(self) -> None:
        from ui.dialogs.organisation_editor import OrganisationEditor

        if self.target.is_organisation:
            editor = OrganisationEditor(self.context, self.context.organisations.get(self.target.org_id), parent=self)
            if editor.exec() == QDialog.DialogCode.Accepted:
                self.changes.publish(editor.changes)
                saved = translate("MainWindow", "Organisation {name} saved.")
                self.refresh_status(saved.format(name=editor.saved.name))
        elif len(self.target.guarantee_ids) == 1:
            self._edit_guarantee(self.context.guarantees.get(self.target.guarantee_ids[0]))

    def _edit_guarantee(self, g: Guarantee) -> GuaranteeEditor:
        from ui.dialogs.guarantee_editor import GuaranteeEditor

        editor = GuaranteeEditor(self.context, g, parent=self)
        if editor.exec() == QDialog.DialogCode.Accepted:
            self.changes.publish(editor.changes)
            self._show_current_or(editor.saved.org_id)
            self.refresh_status(translate("MainWindow", "Guarantee {reference} saved.").format(
                reference=editor.saved.reference))
        return editor

    def delete_selected(self) -> None:
        if self.target.is_organisation:
            self._delete_organisation(self.target.org_id)
        elif self.target.is_guarantee:
            self._delete_guarantees(self.target.guarantee_ids)

    def _delete_organisation(self, org_id: int) -> None:
        preview = self.context.organisations.deletion_preview(org_id)
        box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "Delete organisation"),
                          translate("MainWindow", "Delete {organisation}?").format(
                              organisation=preview.organisation.label), parent=self)
        if preview.guarantee_labels:
            count = len(preview.guarantee_labels)
            box.setInformativeText(translate("MainWindow", "Its %n guarantee(s) and their access codes will be deleted "
                                                           "too:", None, count) + "\n"
                                   + "\n".join(preview.guarantee_labels[:15]) + ("\n…" if count > 15 else ""))
            box.setDetailedText("\n".join(preview.guarantee_labels))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        self.last_question = box
        if box.exec() != QMessageBox.StandardButton.Yes:
            return
        self.changes.publish(self.context.actions.delete_organisation(org_id))
        self.tree.setCurrentIndex(self.navigation.index_of(self.navigation.organisations_node))
        self.refresh_status(translate("MainWindow", "Organisation {name} deleted.").format(
            name=preview.organisation.name))

    def _delete_guarantees(self, ids: list[int]) -> None:
        guarantees = [self.context.guarantees.get(i) for i in ids]
        text = "\n".join(g.label for g in guarantees[:15])
        question = translate("MainWindow", "Delete %n guarantee(s) with their access codes?", None, len(ids))
        answer = QMessageBox.question(self, translate("MainWindow", "Delete guarantees"), f"{question}\n\n{text}",
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.changes.publish(self.context.actions.delete_guarantees([g.id for g in guarantees]))
        self._show_current_or(guarantees[0].org_id)
        self.refresh_status(translate("MainWindow", "%n guarantee(s) deleted.", None, len(ids)))

    def _show_current_or(self, org_id: int) -> None:
        """After guarantees of ``org_id`` changed: the selected guarantee may be gone, so commands act on the
        list shown, or the organisation's list."""
        node = self.navigation.find(NodeKind.ORGANISATION, org_id)
        current = self.tree.currentIndex()
        shown = self.navigation.node(current) if current.isValid() else None
        if shown is None or shown.kind is NodeKind.GUARANTEE:
            shown = node
        if shown is not None:
            self.tree.setCurrentIndex(self.navigation.index_of(shown))
            self._show_node(shown)
        else:
            self.target = Target(NodeKind.ORGANISATION, org_id=org_id)
            label = self.context.organisations.get(org_id).label
            self._show_guarantees(org_id, self._guarantees_title(org_id, label))
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
        self.changes.publish(Changes.of(ORGANISATIONS) | Changes.of(GUARANTEES) | Changes.of(CERTIFICATES))
        self._refresh_page()
        self.refresh_status(translate("MainWindow", "Register read again."))

    def open_settings(self, tab: int = 0) -> SettingsDialog:
        from ui.dialogs.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.context, self)
        dialog.tabs.setCurrentIndex(tab)
        dialog.reference.changed.connect(
            lambda: self.refresh_status(translate("MainWindow", "Reference data imported.")))
        dialog.exec()
        self.changes.publish(Changes.of(CERTIFICATES))  # they may have been imported from the parameter set page
        return dialog

    def import_reference(self) -> None:
        self.open_settings(tab=1)

    # --- account and administration ----------------------------------------------------------
    def change_password(self):
        from ui.account import change_password

        return change_password(self)

    def lock(self) -> None:
        from ui.account import lock_window

        lock_window(self)

    def _lock_when_idle(self) -> None:
        from ui.account import lock_when_idle

        lock_when_idle(self)

    def sign_out(self) -> None:
        from ui.account import sign_out

        sign_out(self)

    def open_administration(self):
        from ui.admin_window import AdministrationWindow

        return AdministrationWindow.show_for(self)

    def open_certificates(self):
        from ui.certificate_window import CertificateWindow

        return CertificateWindow.show_for(self)

    def open_audit_log(self):
        from ui.audit_window import AuditWindow

        return AuditWindow.show_for(self)

    def load_demo(self) -> None:
        from simulator.demo import load_demo

        try:
            result = load_demo(self.context)
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Demo data"), str(exc))
            return
        from ui.account import show_demo_accounts

        self.refresh_all()
        if result["loaded"]:
            message = translate("MainWindow", "Demo data loaded: {organisations}, {guarantees}.").format(
                organisations=organisations_text(result["organisations"]),
                guarantees=guarantees_text(result["guarantees"]))
        else:
            message = translate("MainWindow", "The demo data is already loaded.")
        self.refresh_status(message)
        if result["loaded"]:
            show_demo_accounts(self, result)

    def offer_demo(self) -> None:
        """First start on an empty database: offer the demo data and the customs simulator."""
        from core.settings import DEMO_OFFERED_KEY

        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Welcome to CustomsDesk"),
                          translate("MainWindow", "The register is empty.\n\nLoad demo data? It adds Czech, German and "
                                                  "Polish organisations with guarantees of several types and training "
                                                  "communication parameters, so you can try everything at once. You "
                                                  "can delete them later."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        with_simulator = QCheckBox(translate("MainWindow", "Also start the customs simulator, so messages get answers "
                                                           "on this computer"))
        with_simulator.setChecked(True)
        box.setCheckBox(with_simulator)
        answer = box.exec()
        self.context.set_setting(DEMO_OFFERED_KEY, "declined")
        if answer == QMessageBox.StandardButton.Yes:
            self.load_demo()
            if with_simulator.isChecked():
                self.start_simulator()

    def start_simulator(self) -> None:
        from ui.simulator_control import SimulatorProcess, remember_started

        if self.simulator is None:
            self.simulator = SimulatorProcess(self.context.data_dir, self)
            self.simulator.started.connect(self._simulator_started)
            self.simulator.stopped.connect(self._simulator_stopped)
        self.simulator.start()
        self.actions["msg_simulator"].setChecked(True)
        remember_started(self.context, True)

    def stop_simulator(self) -> None:
        """The user stops it: the next launch does not start it again."""
        from ui.simulator_control import remember_started

        if self.simulator is not None:
            self.simulator.stop()
        self.actions["msg_simulator"].setChecked(False)
        if self.context is not None:
            remember_started(self.context, False)

    def start_simulator_again(self) -> bool:
        """At launch: the simulator the window ran last time starts again while a parameter set sends to it."""
        from ui.simulator_control import should_start_again

        if self.context is None or (self.simulator is not None and self.simulator.running) \
                or not should_start_again(self.context):
            return False
        self.start_simulator()
        self.refresh_status(translate("MainWindow", "Starting the customs simulator, as when CustomsDesk was last used "
                                                    "(Messages ▸ Customs simulator stops it)."))
        return True

    def toggle_simulator(self) -> None:
        if self.simulator is not None and self.simulator.running:
            self.stop_simulator()
        else:
            self.start_simulator()

    def _simulator_started(self, address: str) -> None:
        self.refresh_status(translate("MainWindow", "The customs simulator answers on {address} (training "
                                                    "environment).").format(address=address))

    def _simulator_stopped(self, why: str) -> None:
        self.actions["msg_simulator"].setChecked(False)
        self.refresh_status(why)

    def about(self) -> AboutDialog:
        """The version, the data folder, the database and the log file, with a way to copy them (modal)."""
        from ui.dialogs.about_dialog import AboutDialog

        installation = self.session_controller.installation
        dialog = AboutDialog(self.about_details(), installation.data_dir if installation else None, self)
        dialog.exec()
        dialog.deleteLater()
        return dialog

    def about_details(self) -> list[tuple[str, str]]:
        import platform

        import PySide6
        from PySide6.QtCore import qVersion

        from core.logs import app_version, log_file

        installation, context = self.session_controller.installation, self.context
        not_open = translate("MainWindow", "not open yet", "the database")
        return [
            (translate("MainWindow", "Version"), f"CustomsDesk {app_version()}"),
            (translate("MainWindow", "Data folder"), str(installation.data_dir) if installation else not_open),
            (translate("MainWindow", "Database"), str(installation.store.path) if installation else not_open),
            (translate("MainWindow", "Schema version"),
             str(installation.store.schema_version) if installation else not_open),
            (translate("MainWindow", "Log file"),
             str(log_file() or translate("MainWindow", "none (the data folder cannot be written)"))),
            (translate("MainWindow", "Signed in as"),
             f"{context.session.user.label} ({context.user})" if context else translate("MainWindow", "nobody")),
            ("Qt", translate("MainWindow", "{qt} (PySide6 {pyside}), Python {python} on {system} {release}").format(
                qt=qVersion(), pyside=PySide6.__version__, python=platform.python_version(), system=platform.system(),
                release=platform.release())),
        ]

    def open_manual(self) -> ManualWindow:
        """The user manual in a window of its own, raised when open; it stays open across sign-outs."""
        from ui.manual_window import ManualWindow

        if self.manual_window is None:
            self.manual_window = ManualWindow(self)
        self.manual_window.show()
        self.manual_window.raise_()
        self.manual_window.activateWindow()
        return self.manual_window

    def refresh_status(self, message: str = "") -> None:
        context = self.context
        self.status.setText(f"{organisations_text(context.organisations.count())}"
                            f" · {guarantees_text(context.guarantees.count())}"
                            f" · {context.session.user.label}, {context.session.user.role.label}"
                            f" · {context.store.path}")
        if message:
            self.statusBar().showMessage(message, 8000)

    def open_current(self, view: QAbstractItemView) -> None:
        """Enter on the current record: a guarantee or an organisation opens in its editor (as a double click
        does); in the tree, a folder opens or closes."""
        index = view.currentIndex()
        if self.context is None or not index.isValid():
            return
        if view is not self.tree or self.navigation.node(index).kind is NodeKind.GUARANTEE:
            self.edit_selected()
        elif self.navigation.hasChildren(index):
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    def _locked(self) -> bool:
        from ui.account import is_locked

        return is_locked(self)

    def _tree_double_clicked(self, index: QModelIndex) -> None:
        if self.navigation.node(index).kind is NodeKind.GUARANTEE:
            self.edit_selected()

    # --- messages ------------------------------------------------------------------------------
    def open_messages(self, guarantee_id: int | None = None) -> MessagesWindow:
        """The one "Receipts and responses" window, raised when open; filtered for one guarantee on request."""
        from ui.messages_window import MessagesWindow

        created = self.messages_window is None
        if created:
            self.messages_window = MessagesWindow(self.context, self.actions["msg_sync"], self.tasks, parent=self)
            self.session_controller.track(self.messages_window)
            self.changes.changed.connect(self.messages_window.apply_changes)
        window = self.messages_window
        if guarantee_id is not None:
            window.show_for_guarantee(guarantee_id)
        elif not created:
            window.show_all_records()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def open_summary_declarations(self):
        """The list of summary declarations (ATLAS CUSPRL), raised when open."""
        from ui.suma_window import SumaWindow

        return SumaWindow.show_for(self)

    def open_continuity(self, incident_id: int | None = None, tab: str | None = None) -> ContinuityWindow | None:
        """Outages and business continuity, raised when open: on ``incident_id`` in the incident log, or on the
        ``tab`` named (incidents, movements, monitoring)."""
        from ui.continuity_window import MOVEMENTS_TAB, TABS, ContinuityWindow

        window = ContinuityWindow.show_for(self)
        if window is None:
            return None
        if incident_id is not None:
            window.show_incident(incident_id)
        elif tab is not None:
            window.show_tab(TABS.get(tab, MOVEMENTS_TAB))
        return window

    def open_messages_for_record(self) -> MessagesWindow | None:
        if len(self.target.guarantee_ids) != 1:
            return None
        return self.open_messages(self.target.guarantee_ids[0])

    def send_registration(self) -> list[Message]:
        """Queue the access code registration of the selected guarantee(s) and send it in the background."""
        service = self.context.messaging
        guarantees = self._target_guarantees()
        blockers = {g.id: service.registration_blocker(g) for g in guarantees}
        reasons = [r for r in blockers.values() if r]
        allowed = [g for g in guarantees if blockers[g.id] is None]
        if not allowed:
            what = translate("MainWindow", "access code registration", "completes: The … cannot be sent")
            self._go_ahead(what, reasons, 0, len(guarantees))
            return []
        if not self._confirm_registration([service.registration_preview(g) for g in allowed], reasons):
            return []
        messages = []
        try:
            for g in allowed:
                messages.append(service.prepare_registration(g.id))
        except UserError as exc:
            QMessageBox.warning(self, translate("MainWindow", "Access code registration"), str(exc))
        self._queued(messages, translate("MainWindow", "Access code registration"))
        return messages

    def send_query(self, kind_name: str) -> list[Message]:
        """Queue a guarantee query (usage asks for the period first) and send it in the background."""
        from core.messages import QueryKind
        from ui.dialogs.query_period import QueryPeriodDialog

        kind = QueryKind.from_name(kind_name)
        ids = [g.id for g in self._target_guarantees()]
        if not ids:
            return []
        period, unreleased_only = (None, None), False
        if kind is QueryKind.USAGE:
            dialog = QueryPeriodDialog(len(ids), parent=self)
            self.last_dialog = dialog
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return []
            period, unreleased_only = dialog.period(), dialog.unreleased_only
        service = self.context.messaging
        title = translate("MainWindow", "Guarantee query: {kind}").format(kind=kind.label)
        try:
            messages = service.prepare_queries(ids, kind, *period, unreleased_only=unreleased_only)
        except CannotSend as exc:
            allowed = [gid for gid in ids if service.query_blocker(self.context.guarantees.get(gid), kind) is None]
            if len(allowed) == len(ids):  # not about the guarantees (the period, say)
                QMessageBox.warning(self, title, str(exc))
                return []
            what = translate("MainWindow", "{kind} query", "completes: The … cannot be sent").format(kind=kind.label)
            if not self._go_ahead(what, str(exc).splitlines(), len(allowed), len(ids)):
                return []
            try:
                messages = service.prepare_queries(allowed, kind, *period, unreleased_only=unreleased_only)
            except UserError as again:
                QMessageBox.warning(self, title, str(again))
                return []
        except UserError as exc:
            QMessageBox.warning(self, title, str(exc))
            return []
        self._queued(messages, translate("MainWindow", "Guarantee query ({kind})").format(kind=kind.label))
        return messages

    def _confirm_registration(self, previews: list[RegistrationPreview], reasons: list[str]) -> bool:
        """Registering changes what customs hold, for good: what is sent, and a question whose default is Cancel.

        Cancel is the default because the registration replaces every code registered before: a clerk who
        chose the command from the menu clicks Register on purpose, while an Enter typed out of habit must not
        make the codes of colleagues stop working at customs. Queries only read, so they are not asked about.
        """
        pac_change = any(p.changes_pac for p in previews)
        register = translate("MainWindow", "Register the access codes with customs?")
        if len(previews) == 1:
            title = translate("MainWindow", "Change the primary access code?") if pac_change else register
            text = translate("MainWindow", "Send the access code registration for GRN {grn} to customs?").format(
                grn=previews[0].grn)
        else:
            title = register
            text = translate("MainWindow", "Send the access code registration for %n guarantees to customs?", None,
                             len(previews))
        lines = [registration_line(p) for p in previews[:SHOWN_REASONS]]
        if len(previews) > SHOWN_REASONS:
            lines.append(translate("MainWindow", "… and %n more", None, len(previews) - SHOWN_REASONS))
        informative = "\n".join(lines) + "\n\n" + translate(
            "MainWindow", "Customs replace every secondary code registered before for the guarantee with these: a code "
                          "left out stops working, for colleagues too.")
        if pac_change:
            informative += " " + translate("MainWindow", "Once customs confirm, only the new primary access code "
                                                         "works.")
        if reasons:
            informative += ("\n\n" + translate("MainWindow", "%n of the selected guarantees cannot be registered and "
                                                               "are left out:", None, len(reasons)) + "\n"
                            + "\n".join(reasons[:3]) + ("\n…" if len(reasons) > 3 else ""))
        box = QMessageBox(QMessageBox.Icon.Warning if pac_change else QMessageBox.Icon.Question, title, text,
                          parent=self)
        box.setObjectName("confirm_registration")
        box.setStyleSheet("QLabel#qt_msgbox_label, QLabel#qt_msgbox_informativelabel { min-width: 460px; }")
        box.setInformativeText(informative)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        box.button(QMessageBox.StandardButton.Yes).setText(
            translate("MainWindow", "&Change PAC and register") if pac_change
            else translate("MainWindow", "&Register", "button: register the access codes with customs"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setEscapeButton(QMessageBox.StandardButton.Cancel)
        if len(previews) > SHOWN_REASONS or len(reasons) > 3:
            box.setDetailedText("\n".join([*(registration_line(p) for p in previews), *reasons]))
        self.last_question = box
        return box.exec() == QMessageBox.StandardButton.Yes

    def _go_ahead(self, what: str, reasons: list[str], allowed: int, selected: int) -> bool:
        """With blocked guarantees among the selected: explain, and offer to send the others."""
        if not reasons:
            return allowed > 0
        shown = "\n\n".join(reasons[:SHOWN_REASONS]) + ("\n\n…" if len(reasons) > SHOWN_REASONS else "")
        if allowed == 0:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("MainWindow", "The {what} cannot be sent").format(
                what=what), shown, parent=self)
            box.setStandardButtons(QMessageBox.StandardButton.Ok)
        else:
            box = QMessageBox(QMessageBox.Icon.Warning,
                              translate("MainWindow", "Some guarantees cannot be sent the {what}").format(what=what),
                              translate("MainWindow", "{blocked} of the %n selected guarantees cannot be sent the "
                                                      "{what}. Nothing has been queued yet.", None, selected).format(
                                  blocked=len(reasons), what=what), parent=self)
            box.setInformativeText(shown + "\n\n" + translate("MainWindow", "Send the {what} for the other %n?", None,
                                                               allowed).format(what=what))
            box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
            box.button(QMessageBox.StandardButton.Yes).setText(translate("MainWindow", "&Send for %n", None, allowed))
            box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if len(reasons) > SHOWN_REASONS:
            box.setDetailedText("\n\n".join(reasons))
        self.last_question = box
        return box.exec() == QMessageBox.StandardButton.Yes and allowed > 0

    def _queued(self, messages: list[Message], what: str) -> None:
        if not messages:
            return
        grns = list(dict.fromkeys(grn for m in messages for grn in m.grns))
        if len(grns) > 3:
            queued = translate("MainWindow", "{what} queued for {grns} and %n more; sending in the background.", None,
                               len(grns) - 3)
        else:
            queued = translate("MainWindow", "{what} queued for {grns}; sending in the background.")
        self.refresh_status(queued.format(what=what, grns=", ".join(grns[:3])))
        self._update_actions()
        self.changes.publish(Changes.of(MESSAGES))
        self.start_sync()

    def poll(self) -> BackgroundJob | None:
        return self.sync.poll()

    def start_sync(self, ignore_backoff: bool = True) -> BackgroundJob | None:
        """Send and receive in the background; asked while one runs, another follows it."""
        return self.sync.start(ignore_backoff)

    def _stop_sending_as(self, _ending: UserContext) -> None:
        """The session ends: its send and receive stops, and is waited for, before its key is forgotten."""
        self.sync.use(None)

    def _sync_started(self) -> None:
        self.sync_progress.show()
        self.statusBar().showMessage(sync_text())
        self._update_message_actions()

    def _sync_finished(self, summary: SyncSummary | None, error: BaseException | None, changes: Changes) -> None:
        import asyncio

        self.sync_progress.hide()
        if isinstance(error, asyncio.CancelledError):
            self.statusBar().showMessage(translate("MainWindow", "Send and receive cancelled."), 8000)
        elif error is not None:
            stopped = translate("MainWindow", "Send and receive stopped: {error}")
            self.statusBar().showMessage(stopped.format(error=error), 30000)
        else:
            self.statusBar().showMessage(sync_report(summary), 30000)
        if self.context is None:
            return
        self.changes.publish(changes)  # after an error or a cancel too: the answers applied before it
        if summary is not None:
            self._offer_pac_deletion(summary.pac_deletion_recommended)

    def _apply_changes(self, changes: Changes) -> None:
        """Read again what a unit of work changed, whoever did it: tree, tables, titles and counts."""
        if self.context is None or self.navigation is None:
            return
        if changes.touches(ORGANISATIONS):
            self._reload_organisations(changes.of_kind(ORGANISATIONS))
        if changes.touches(GUARANTEES):
            self._reload_guarantees(changes.of_kind(GUARANTEES))
        if changes.touches(ORGANISATIONS, GUARANTEES):
            self._refresh_titles()
            self.refresh_status()

    def _reload_organisations(self, ids: frozenset[int]) -> None:
        navigation = self.navigation
        added_or_removed = not ids
        for org_id in ids:
            if navigation.find(NodeKind.ORGANISATION, org_id) is None or not self.context.organisations.exists(org_id):
                added_or_removed = True
            else:
                navigation.update_organisation(org_id)
        if added_or_removed:
            navigation.reload_children(navigation.organisations_node)
            navigation.reload_children(navigation.ncts_node)
        self.org_table.source.reload()

    def _reload_guarantees(self, ids: frozenset[int]) -> None:
        """Rows that are listed change in place (customs answers); a guarantee added or deleted reloads the lists."""
        model = self.guarantee_model
        listed = {gid for gid in ids if model.row_of(gid) is not None}
        if not ids or listed != ids or not all(self.context.guarantees.exists(gid) for gid in ids):
            self.navigation.reload_children(self.navigation.ncts_node)
            model.reload()
        self._refresh_guarantees(set(ids))

    def _refresh_titles(self) -> None:
        """The current list's title and count, without reloading the page."""
        index = self.tree.currentIndex()
        node = self.navigation.node(index) if index.isValid() else None
        if node is not None and node.kind is not NodeKind.GUARANTEE:
            self.list_title.setText(self._list_title(node))

    def _refresh_guarantees(self, ids: set[int]) -> None:
        """Show the answers: the detail page and the listed rows of the guarantees that changed."""
        if not ids:
            return
        if self.detail_guarantee_id in ids and self.pages.currentWidget() is self.detail:
            try:
                self._show_guarantee_detail(self.context.guarantees.get(self.detail_guarantee_id))
            except NotFound:
                pass
        model = self.guarantee_model
        for gid in ids:
            row = model.row_of(gid)
            if row is None:
                continue
            try:
                fresh = self.context.guarantees.get(gid)
            except NotFound:
                continue
            model.record(row).__dict__.update(fresh.__dict__)
            model.dataChanged.emit(model.index(row, 0), model.index(row, model.columnCount() - 1))
        self._update_actions()

    def _offer_pac_deletion(self, grns: list[str]) -> None:
        """After a confirmed registration the PAC holder is advised to delete the PAC from the record."""
        from ui.account import is_locked

        if is_locked(self):  # reminded at the next sign-in instead
            return
        for grn in dict.fromkeys(grns):
            for g in self.context.guarantees.find_by_grn(grn):
                holder = self.context.access_codes.pac_holder(g.id)
                if holder is None:
                    continue
                if holder != self.context.user:
                    self.refresh_status(translate("MainWindow", "Registration confirmed for {grn}: ask {holder}, who "
                                                                "holds the primary access code, to delete it from the "
                                                                "record.").format(grn=grn, holder=holder))
                    continue
                if self._ask_delete_pac(grn):
                    self.context.access_codes.delete_pac(g.id)
                    self.changes.publish(Changes.of(GUARANTEES, g.id))
                    self.refresh_status(translate("MainWindow", "The primary access code of {grn} was deleted from "
                                                                "the record.").format(grn=grn))

    def _ask_delete_pac(self, grn: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, translate("MainWindow", "Delete the primary access code?"),
                          translate("MainWindow", "Registration confirmed for GRN {grn}. Delete the primary access "
                                                  "code from the record now? (Keeping it is like writing the PIN on "
                                                  "the card.)").format(grn=grn), parent=self)
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("MainWindow", "&Delete"))
        box.button(QMessageBox.StandardButton.No).setText(translate("MainWindow", "&Keep"))
        box.setDefaultButton(QMessageBox.StandardButton.Yes)
        self.last_question = box
        return box.exec() == QMessageBox.StandardButton.Yes

    # --- window state ----------------------------------------------------------------------
    def changeEvent(self, event) -> None:
        """Another theme: the guarantee's page is drawn again in the new palette's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and getattr(self, "detail_guarantee_id", None) is not None \
                and self.isVisible() and self.context is not None and self.pages.currentWidget() is self.detail:
            try:
                self._show_guarantee_detail(self.context.guarantees.get(self.detail_guarantee_id))
            except NotFound:
                pass

    def closeEvent(self, event) -> None:  # the geometry is kept by self.geometry_keeper
        self.sync.stop()
        self.continuity_banner.clear()
        if self.simulator is not None:
            self.simulator.stop()
        if self.messages_window is not None:
            self.messages_window.close()
        if self.manual_window is not None:
            self.manual_window.close()
        super().closeEvent(event)
        self.closed.emit()


def _register_with_simulator(data_dir: Path, row) -> None:
    """simulator.pki's hook, imported when a participant certificate is imported: the sign-in does not wait for it."""
    from simulator.pki import register_with_simulator

    register_with_simulator(data_dir, row)


def organisations_text(count: int) -> str:
    return translate("MainWindow", "%n organisations", None, count)


def guarantees_text(count: int) -> str:
    return translate("MainWindow", "%n guarantees", None, count)


def sync_report(summary: SyncSummary) -> str:
    counts = [  # how many messages
        (summary.sent, translate("MainWindow", "%n sent", "messages", summary.sent)),
        (summary.delivered, translate("MainWindow", "%n delivery receipt(s)", None, summary.delivered)),
        (summary.received, translate("MainWindow", "%n received", "messages", summary.received)),
        (summary.applied, translate("MainWindow", "%n applied to the records", "messages", summary.applied)),
        (summary.unmatched, translate("MainWindow", "%n unmatched", "messages", summary.unmatched)),
        (summary.quarantined, translate("MainWindow", "%n quarantined", "messages", summary.quarantined)),
        (summary.duplicates, translate("MainWindow", "%n duplicate(s) ignored", "messages", summary.duplicates)),
        (summary.retry_later, translate("MainWindow", "%n to be sent again later", "messages", summary.retry_later)),
        (summary.failed, translate("MainWindow", "%n failed", "messages", summary.failed)),
    ]
    parts = [text for count, text in counts if count]
    text = translate("MainWindow", "Send and receive: {results}.").format(
        results=", ".join(parts) if parts else translate("MainWindow", "nothing new"))
    if summary.no_answer:
        text += " " + translate("MainWindow", "%n message(s) still without an answer: see Messages ▸ Receipts and "
                                              "responses.", None, len(summary.no_answer))
    if summary.problems:
        if len(summary.problems) > 1:
            problem = translate("MainWindow", "Problem: {problem} (and %n more)", None, len(summary.problems) - 1)
        else:
            problem = translate("MainWindow", "Problem: {problem}")
        text += " " + problem.format(problem=summary.problems[0])
    return text


def show_focus(widget: QWidget) -> None:
    """A frame in the highlight colour around ``widget`` while it has the keyboard focus (Tab moves it)."""
    widget.setStyleSheet(FOCUS_FRAME.format(name=widget.objectName()))


def registration_line(preview: RegistrationPreview) -> str:
    codes = (translate("MainWindow", "1 secondary code") if preview.secondary_codes == 1
             else translate("MainWindow", "%n secondary codes", None, preview.secondary_codes))
    pac = (translate("MainWindow", "a new primary access code") if preview.changes_pac
           else translate("MainWindow", "the primary access code stays the same"))
    return translate("MainWindow", "GRN {grn}: {codes}; {pac}").format(grn=preview.grn, codes=codes, pac=pac)


def stored_usages(context: UserContext, guarantee_id: int) -> list[tuple]:
    return context.guarantees.usages(guarantee_id)


def _moment(text: str | None) -> str:
    """A stored time for people: UTC stamps in local time, customs' own times as they are."""
    if not text:
        return ""
    if text.endswith("Z"):
        from core.messaging.store import parse_stamp

        return formatting.moment(parse_stamp(text).astimezone())
    return text.replace("T", " ")[:16]


def _money(value: str | None, currency: str | None) -> str:
    return format_amount(value, currency)


def balance_text(g: Guarantee, currency: str | None) -> str:
    """The remaining balance customs gave, why it cannot be asked (types 2 and 4: rule R261), or not asked yet."""
    if g.balance not in (None, ""):
        return format_amount(g.balance, currency)
    reason = types.why_no_balance(g.type)
    if reason:
        return translate("MainWindow", "cannot be asked: {reason}").format(reason=reason)
    return translate("MainWindow", "not asked yet", "the balance")


def _answer_rows(g: Guarantee) -> list[tuple[str, str]]:
    currency = g.currency_answer or g.currency
    validity = ""
    if g.valid_from or g.valid_to:
        no_end = translate("MainWindow", "no end date")
        validity = f"{g.valid_from or '…'} – {g.valid_to or no_end}"
    return [
        (translate("MainWindow", "Codes registered"),
         _moment(g.codes_registered_at) or translate("MainWindow", "never (or the last registration failed)")),
        (translate("MainWindow", "Remaining balance"), balance_text(g, currency)),
        (translate("MainWindow", "Amount in use (exposure)"), _money(g.exposure, currency)),
        (translate("MainWindow", "Number of uses"), "" if g.usage_count is None else str(g.usage_count)),
        (translate("MainWindow", "Owner according to customs"), g.owner_answer or ""),
        (translate("MainWindow", "Reference amount"), _money(g.reference_amount, currency)),
        (translate("MainWindow", "Guarantee amount according to customs"), _money(g.guarantee_amount_answer, currency)),
        (translate("MainWindow", "Validity"), validity),
        (translate("MainWindow", "Restrictions"), g.restrictions or ""),
        (translate("MainWindow", "Last answer from customs"), _moment(g.answered_at)),
    ]


def _error_html(context: UserContext, g: Guarantee, colours: dict[str, str]) -> str:
    from core.messages import explain

    meaning = explain(context.catalogue, g.last_error_code)
    english = meaning.en or g.last_error_text or translate("MainWindow", "(no description of this code is known)")
    last_error = translate("MainWindow", "Last error {code}").format(code=g.last_error_code)
    lines = [f"<b>{escape(last_error)}</b> — {escape(english)}"]
    if meaning.cs:
        lines.append(f"<i>{escape(meaning.cs)}</i>")
    if g.last_error_text and g.last_error_text != english:
        lines.append(escape(g.last_error_text))
    return f"<p style='{colours['red']}'>{'<br>'.join(lines)}</p>"


def _usages_html(context: UserContext, g: Guarantee, colours: dict[str, str]) -> str:
    usages = stored_usages(context, g.id)
    if not usages and not g.usage_period:
        return ""
    period = (g.usage_period or "").replace("..", " – ")
    title = (translate("MainWindow", "Usage of the guarantee ({period})").format(period=period) if period
             else translate("MainWindow", "Usage of the guarantee"))
    if not usages:
        none_reported = translate("MainWindow", "Customs reported no transit operations.")
        return f"<h4>{escape(title)}</h4><p>{escape(none_reported)}</p>"
    headers = ("MRN", translate("MainWindow", "Amount", "column: amount of a transit operation"),
               translate("MainWindow", "Locked", "column: whether the guarantee is locked for the operation"),
               translate("MainWindow", "Arrival", "column: date and time of arrival"),
               translate("MainWindow", "Released", "column: date and time of release"))
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headers)
    not_yet = translate("MainWindow", "not yet", "not released yet")
    rows = "".join(
        f"<tr><td>{escape(mrn)}</td><td align='right'>{escape(_money(amount, currency))}</td><td>{escape(lock)}</td>"
        f"<td>{escape(_moment(arrival))}</td><td>{escape(release or not_yet)}</td></tr>"
        for mrn, amount, currency, lock, arrival, release in usages[:SHOWN_USAGES]
    )
    more = ""
    if len(usages) > SHOWN_USAGES:
        more_operations = translate("MainWindow", "… and %n more operations.", None, len(usages) - SHOWN_USAGES)
        more = f"<p>{escape(more_operations)}</p>"
    operations = translate("MainWindow", "{title}: %n operation(s)", None, len(usages)).format(title=title)
    return (f"<h4>{escape(operations)}</h4>"
            f"<table cellspacing='0' cellpadding='3' border='1'><tr bgcolor='{colours['header']}'>{head}</tr>{rows}"
            f"</table>{more}")


def _rights_text(context: UserContext, org_id: int) -> str:
    if context.access.is_admin:
        return translate("MainWindow", "administrator: all organisations")
    rights = context.access.rights(org_id)
    return f"{rights.label} ({context.session.user.role.label})" if rights else ""


def guarantee_html(context: UserContext, g: Guarantee, org_label: str, colours: dict[str, str] | None = None) -> str:
    """The guarantee's page, in the colours of the application's palette unless ``colours`` are given."""
    from core.communication import ensure_can_send

    colours = colours or preview_colours()
    warning = f"color:{readable('#b35c00').name()}"

    type_text = context.catalogue.describe("GuaranteeType", g.type) or ""
    office = context.catalogue.office(g.office) if g.office else None
    params = context.params.get(g.params_id) if g.params_id else None
    codes = context.access_codes.codes_for(g.id)
    overridden = translate("MainWindow", "(saved despite a failing check digit: training data)")
    if codes.pac_holder:
        pac = translate("MainWindow", "stored (held by {holder})", "the primary access code").format(
            holder=codes.pac_holder)
    else:
        pac = translate("MainWindow", "not stored", "the primary access code")
    rows = [
        (translate("MainWindow", "Guarantee user"), org_label),
        (translate("MainWindow", "Type", "of the guarantee"), f"{g.type} — {type_text}"),
        ("GRN", g.grn + (" " + overridden if g.grn_override else "")),
        (translate("MainWindow", "Other reference"), g.other_ref),
        (translate("MainWindow", "Customs office"), f"{g.office} — {office.name}" if office else g.office),
        (translate("MainWindow", "Amount", "of the guarantee"), format_amount(g.amount, g.currency)),
        (translate("MainWindow", "Communication parameters"),
         params.label if params else translate("MainWindow", "none — messages cannot be sent")),
        (translate("MainWindow", "Your secondary codes"),
         translate("MainWindow", "%n stored", "secondary codes", len(codes.spks)) if codes.spks
         else translate("MainWindow", "none stored for you", "secondary codes")),
        (translate("MainWindow", "Primary access code"), pac),
        (translate("MainWindow", "Your rights"), _rights_text(context, g.org_id)),
        *_answer_rows(g),
        (translate("MainWindow", "Description"), g.description),
    ]
    body = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(str(v))}</td></tr>" for k, v in rows if v)
    error = ""
    try:
        ensure_can_send(params, translate("MainWindow", "Guarantee {reference}").format(reference=g.reference))
    except CannotSend as exc:
        error += f"<p style='{warning}'>{escape(str(exc))}</p>"
    if codes.pac_holder and types.has_pac(g.type):
        stored = translate("MainWindow", "A primary access code is stored (held by {holder}) — delete it after "
                                         "registration: keeping it is like writing the PIN on the card.")
        error += f"<p style='{warning}'>{escape(stored.format(holder=codes.pac_holder))}</p>"
    if g.last_error_code:
        error += _error_html(context, g, colours)
    return f"<table cellspacing='6'>{body}</table>{error}{_usages_html(context, g, colours)}"
