"""Outages and business continuity (spec 06): the incident log with its report for the customs service desk and the
declarations pending from an outage, the movements handled on paper under the business continuity plan with their
deadlines, and the share of movements on paper per month that customs watch."""
from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from core.changes import CONTINUITY, MESSAGES, Changes
from core.continuity.bcp import ENDS_ON_PAPER, EndsOnPaper
from core.continuity.incidents import STATES
from core.errors import NotFound, UserError, message_of
from core.formatting import integer
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.actions import make_action
from ui.changes import ChangeHub
from ui.dialogs.bcp_dialogs import MovementDialog, RangesDialog, RegionsDialog
from ui.dialogs.incident_dialog import IncidentDialog, MomentDialog, now_text
from ui.models.continuity import (
    IncidentTableModel,
    MovementRow,
    MovementTableModel,
    PendingTableModel,
    ShareTableModel,
)
from ui.models.messages import local_time
from ui.share_chart import ShareChart
from ui.single_window import show_one
from ui.theme import text_style
from ui.views import fit_columns, single_record_view

if TYPE_CHECKING:
    from core.context import UserContext
    from core.continuity.incidents import Incident

INCIDENTS_TAB, MOVEMENTS_TAB, MONITORING_TAB = range(3)
TABS = {"incidents": INCIDENTS_TAB, "movements": MOVEMENTS_TAB, "monitoring": MONITORING_TAB}
WIDEST_COLUMN = 340
SEND_BLOCKED = QT_TRANSLATE_NOOP("ContinuityWindow", "A movement started on paper under the business continuity plan "
                                                    "ends on paper: it is never entered into NCTS afterwards ({rule}). "
                                                    "Present the endorsed document at the office of destination.")
WARNING_STYLE = ("QLabel#share_warning { background: #f9d6d2; color: #6e1710; border: 1px solid #c0392b; "
                 "border-radius: 3px; padding: 6px; }")
NOTE_COLOUR = "#505050"
DRAFT_COLOUR = "#8a4b00"
PENDING_NOTE = QT_TRANSLATE_NOOP("ContinuityWindow", "Declarations entered electronically during the outage and not "
                                                    "processed must be withdrawn when the movement goes on paper: a "
                                                    "movement is handled either in NCTS or on paper, never both.")
DEFAULT_MONTHS = 12
RANGES_TIP = QT_TRANSLATE_NOOP("ContinuityWindow", "The paper declaration number ranges the offices allocated")


def send_blocked() -> str:
    """Why a movement on paper is never sent electronically, in the user's language."""
    return translate("ContinuityWindow", SEND_BLOCKED).format(rule=ENDS_ON_PAPER)


def report_files() -> str:
    """The file dialog's filters of the report: PDF first, then CSV."""
    return (translate("ContinuityWindow", "PDF report") + " (*.pdf);;"
            + translate("ContinuityWindow", "CSV file") + " (*.csv)")


def _buttons(*actions: QAction) -> QHBoxLayout:
    """A row of buttons that are the window's actions (their text, state and tooltip)."""
    row = QHBoxLayout()
    for action in actions:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setObjectName(f"button_{action.objectName()}")
        row.addWidget(button)
    row.addStretch(1)
    return row


def _table(model, name: str) -> QTableView:
    view = single_record_view(model, name, model.columnCount() - 1)
    view.setSortingEnabled(False)
    return view


def _action(window: QMainWindow, name: str, text: str, handler, tip: str, shortcut=None) -> QAction:
    action = make_action(window, text, handler, tip=tip, shortcut=shortcut)
    action.setObjectName(name)
    action.setStatusTip(tip)
    window.addAction(action)
    return action


class ContinuityWindow(QMainWindow):
    def __init__(self, context: UserContext, parent=None):
        super().__init__(parent)
        self.context = context
        self.session = context.session
        self.hub = ChangeHub(self)
        self.hub.changed.connect(self.apply_changes)
        self.last_question: QMessageBox | None = None
        self.last_dialog: QDialog | None = None
        self.setObjectName("ContinuityWindow")
        self.setWindowTitle(translate("ContinuityWindow", "Outages and business continuity — CustomsDesk"))
        self.incident_model = IncidentTableModel(self)
        self.movement_model = MovementTableModel(self)
        self.share_model = ShareTableModel(self)
        self._build_actions()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("continuity_tabs")
        self.tabs.addTab(self._build_incidents_tab(), translate("ContinuityWindow", "Incidents"))
        self.tabs.addTab(self._build_movements_tab(), translate("ContinuityWindow", "Paper movements (BCP)"))
        self.tabs.addTab(self._build_monitoring_tab(), translate("ContinuityWindow", "Monitoring"))
        self.tabs.currentChanged.connect(lambda _: self._update_actions())
        self.tabs.currentChanged.connect(lambda _: self._show_count())
        self._build_menus()
        self.setCentralWidget(self.tabs)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        self.resize(1240, 700)
        self.refresh()

    @classmethod
    def show_for(cls, main_window) -> ContinuityWindow | None:
        """The one continuity window of ``main_window``: what it records reaches the banner and every view through
        the main window's change notification."""
        return show_one(main_window, cls, wire=lambda window: window.use(main_window.changes))

    def use(self, hub: ChangeHub) -> None:
        """Publish to and listen on ``hub`` (the main window's) instead of this window's own."""
        self.hub.changed.disconnect(self.apply_changes)
        self.hub = hub
        hub.changed.connect(self.apply_changes)

    # --- layout ------------------------------------------------------------------------------------------------
    def _build_actions(self) -> None:
        a = _action
        self.new_incident_action = a(self, "new_incident", translate("ContinuityWindow", "&New incident…"),
                                     self.new_incident,
                                     translate("ContinuityWindow", "Record an outage of customs, a failure of our own "
                                                                   "system or of the link"),
                                     QKeySequence.StandardKey.New)
        self.edit_incident_action = a(self, "edit_incident", translate("ContinuityWindow", "&Edit / confirm…"),
                                      self.edit_incident,
                                      translate("ContinuityWindow", "Correct the selected incident; a draft detected "
                                                                    "automatically is confirmed"),
                                      "Ctrl+E")
        self.close_incident_action = a(self, "close_incident", translate("ContinuityWindow", "&Close incident…"),
                                       self.close_incident,
                                       translate("ContinuityWindow", "The outage is over: record its end (now, or the "
                                                                     "time given)"),
                                       "Ctrl+Shift+C")
        self.report_action = a(self, "report", translate("ContinuityWindow", "&Report for the service desk…"),
                               self.save_report,
                               translate("ContinuityWindow", "Save the selected incident's report for the customs "
                                                             "service desk as PDF or CSV"),
                               "Ctrl+Shift+S")
        self.pending_action = a(self, "pending", translate("ContinuityWindow", "&Pending declarations…"),
                                self.show_pending,
                                translate("ContinuityWindow", "The messages queued or sent without an answer during "
                                                              "the selected outage: to withdraw"),
                                "Ctrl+Shift+P")
        self.new_movement_action = a(self, "new_movement", translate("ContinuityWindow", "&New movement on paper…"),
                                     self.new_movement,
                                     translate("ContinuityWindow", "Record a movement handled on paper (BCP-TAD or "
                                                                   "TAD) with its deadline"),
                                     "Ctrl+Shift+N")
        self.presented_action = a(self, "mark_presented", translate("ContinuityWindow", "&Mark presented…"),
                                  self.mark_presented,
                                  translate("ContinuityWindow", "The endorsed document was presented at the office of "
                                                                "destination"),
                                  "Ctrl+M")
        self.send_action = a(self, "send_electronically", translate("ContinuityWindow", "Send &electronically"),
                             self.send_electronically, send_blocked(), "Ctrl+Shift+E")
        self.send_action.setEnabled(False)  # never: a movement started on paper ends on paper
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Shift+E"), self)
        self.send_shortcut.activated.connect(self.send_electronically)  # the disabled action's key says why
        self.ranges_action = a(self, "ranges", translate("ContinuityWindow", "Number &ranges…"), self.edit_ranges,
                               translate("ContinuityWindow", RANGES_TIP), "Ctrl+Shift+R")
        self.regions_action = a(self, "regions", translate("ContinuityWindow", "Office re&gions…"), self.edit_regions,
                                translate("ContinuityWindow", "Which region's public holidays count for an office of "
                                                              "destination"))
        self.threshold_action = a(self, "threshold", translate("ContinuityWindow", "Warning &threshold…"),
                                  self.focus_threshold,
                                  translate("ContinuityWindow", "Warn when the share of movements on paper grows above "
                                                                "this percentage"))
        self.refresh_action = a(self, "refresh", translate("ContinuityWindow", "&Refresh"), self.refresh,
                                translate("ContinuityWindow", "Read everything again"),
                                QKeySequence.StandardKey.Refresh)
        self.close_action = a(self, "close", translate("ContinuityWindow", "&Close window"), self.close,
                              translate("ContinuityWindow", "Close this window (Esc)"))
        self.close_action.setShortcuts([QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W")])
        tabs = ((translate("ContinuityWindow", "&Incidents"), translate("ContinuityWindow", "Show the incident log")),
                (translate("ContinuityWindow", "&Paper movements (BCP)"),
                 translate("ContinuityWindow", "Show the movements handled on paper")),
                (translate("ContinuityWindow", "&Monitoring"),
                 translate("ContinuityWindow", "Show the share of movements on paper per month")))
        self.tab_actions = [
            a(self, f"tab_{index}", text, lambda index=index: self.show_tab(index), tip, f"Ctrl+{index + 1}")
            for index, (text, tip) in enumerate(tabs)]

    def _build_menus(self) -> None:
        menus = (
            (translate("ContinuityWindow", "&Incidents"), (self.new_incident_action, self.edit_incident_action,
                                                            self.close_incident_action, None, self.report_action,
                                                            self.pending_action)),
            (translate("ContinuityWindow", "&Paper movements"), (self.new_movement_action, self.presented_action,
                                                                  self.send_action, None, self.ranges_action,
                                                                  self.regions_action)),
            (translate("ContinuityWindow", "&Monitoring"), (self.threshold_action,)),
            (translate("ContinuityWindow", "&Window"), (*self.tab_actions, None, self.refresh_action,
                                                         self.close_action)),
        )
        for title, actions in menus:
            menu = self.menuBar().addMenu(title)
            menu.setToolTipsVisible(True)
            for action in actions:
                menu.addAction(action) if action is not None else menu.addSeparator()

    def _build_incidents_tab(self) -> QWidget:
        self.state_filter = QComboBox()
        self.state_filter.setObjectName("state_filter")
        self.state_filter.addItem(translate("ContinuityWindow", "All incidents"), None)
        for state, label in STATES.items():
            self.state_filter.addItem(translate("Continuity", label), state)
        self.state_filter.currentIndexChanged.connect(lambda _: self.refresh_incidents())
        self.incidents = _table(self.incident_model, "incidents")
        self.incidents.selectionModel().currentRowChanged.connect(lambda *_: self._incident_selected())
        self.incidents.activated.connect(lambda _: self.edit_incident())
        self.incident_detail = QTextBrowser()
        self.incident_detail.setObjectName("incident_detail")
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.incidents)
        splitter.addWidget(self.incident_detail)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([300, 320])
        row = _buttons(self.new_incident_action, self.edit_incident_action, self.close_incident_action,
                       self.report_action, self.pending_action)
        shown = QLabel(translate("ContinuityWindow", "&Show:", "filter: which incidents are listed"))
        shown.setBuddy(self.state_filter)
        row.addWidget(shown)
        row.addWidget(self.state_filter)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(splitter, 1)
        return tab

    def _build_movements_tab(self) -> QWidget:
        self.pending_only = QCheckBox(translate("ContinuityWindow", "Only those not &presented yet"))
        self.pending_only.toggled.connect(lambda _: self.refresh_movements())
        self.movements = _table(self.movement_model, "movements")
        self.movements.selectionModel().currentRowChanged.connect(lambda *_: self._update_actions())
        note = QLabel(translate("ContinuityWindow", "The endorsed document is presented at the office of destination "
                                "at the latest on the working day after taking over the goods. A movement started on "
                                "paper ends on paper."))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(NOTE_COLOUR))
        row = _buttons(self.new_movement_action, self.presented_action, self.send_action, self.ranges_action,
                       self.regions_action)
        row.addWidget(self.pending_only)
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(row)
        layout.addWidget(note)
        layout.addWidget(self.movements, 1)
        return tab

    def _build_monitoring_tab(self) -> QWidget:
        self.months = QSpinBox()
        self.months.setObjectName("months")
        self.months.setRange(6, 12)
        self.months.setValue(DEFAULT_MONTHS)
        self.months.setSuffix(" " + translate("ContinuityWindow", "months", "after a number of months from 6 to 12"))
        self.months.valueChanged.connect(lambda _: self.refresh_monitoring())
        self.threshold = QDoubleSpinBox()
        self.threshold.setObjectName("threshold")
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(1)
        self.threshold.setSuffix(" %")
        self.threshold_button = QPushButton(translate("ContinuityWindow", "Set", "button: set the warning threshold"))
        self.threshold_button.setObjectName("set_threshold")
        self.threshold_button.clicked.connect(self.set_threshold)
        self.chart = ShareChart()
        self.share_warning = QLabel()
        self.share_warning.setObjectName("share_warning")
        self.share_warning.setWordWrap(True)
        self.share_warning.setStyleSheet(WARNING_STYLE)
        self.share_table = _table(self.share_model, "shares")
        self.share_table.setMaximumHeight(170)
        controls = QHBoxLayout()
        last = QLabel(translate("ContinuityWindow", "&Last:", "the last 6 to 12 months"))
        last.setBuddy(self.months)
        warn = QLabel(translate("ContinuityWindow", "Warn when the share grows above:"))
        warn.setBuddy(self.threshold)
        for widget in (last, self.months, warn, self.threshold, self.threshold_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        note = QLabel(translate("ContinuityWindow", "Movements on paper by the month the goods were taken over; "
                                "electronic: the messages declared to customs (NCTS and ATLAS). Customs watch a "
                                "growing share."))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(NOTE_COLOUR))
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.addLayout(controls)
        layout.addWidget(note)
        layout.addWidget(self.share_warning)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.share_table)
        return tab

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus()
        table = {INCIDENTS_TAB: self.incidents, MOVEMENTS_TAB: self.movements}.get(index)
        if table is not None:
            table.setFocus()

    # --- reading -----------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.refresh_incidents()
        self.refresh_movements()
        self.refresh_monitoring()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(CONTINUITY):
            self.refresh()
        elif changes.touches(MESSAGES):  # pending declarations and the share of electronic ones
            self._incident_selected()
            self.refresh_monitoring()

    def publish(self, changes: Changes) -> None:
        self.hub.publish(changes)

    def refresh_incidents(self) -> None:
        keep = self.selected_incident_id()
        self.incident_model.set_rows(self.context.incidents.list(self.state_filter.currentData()))
        fit_columns(self.incidents, WIDEST_COLUMN)
        self._select(self.incidents, self.incident_model, keep)
        self._incident_selected()

    def refresh_movements(self) -> None:
        keep = self.selected_movement_id()
        bcp = self.context.bcp
        rows = [MovementRow(m, bcp.reminder(m)) for m in bcp.list(pending_only=self.pending_only.isChecked())]
        self.movement_model.set_rows(rows)
        fit_columns(self.movements, WIDEST_COLUMN)
        self._select(self.movements, self.movement_model, keep)
        self._update_actions()
        self._show_count()

    def refresh_monitoring(self) -> None:
        bcp = self.context.bcp
        threshold = bcp.share_warning_percent()
        shares = bcp.monthly_share(self.months.value())
        self.chart.set_shares(shares, threshold)
        self.share_model.set_rows(list(reversed(shares)))  # the latest month first
        fit_columns(self.share_table, WIDEST_COLUMN)
        if not self.threshold.hasFocus():
            self.threshold.setValue(threshold)
        warnings = [s.warning for s in shares if s.warning]
        self.share_warning.setText("\n".join(warnings[-2:]))  # the latest ones; the table's tooltips hold every one
        self.share_warning.setVisible(bool(warnings))
        reason = self.context.access.why_not_manager(translate(
            "ContinuityWindow", "set when the share of paper movements is warned about",
            "completes: Only a guarantee officer or an administrator may …"))
        for widget in (self.threshold, self.threshold_button):
            widget.setEnabled(reason is None)
            widget.setToolTip(reason or translate("ContinuityWindow", "Warn when the share on paper grows from one "
                                                                      "month to the next above this"))
        self.threshold_action.setEnabled(reason is None)
        self._show_count()

    @staticmethod
    def _select(view: QTableView, model, record_id: int | None) -> None:
        row = model.row_of(record_id) if record_id is not None else None
        if row is None and model.rowCount():
            row = 0
        if row is not None:
            view.setCurrentIndex(model.index(row, 0))

    def selected_incident_id(self) -> int | None:
        index = self.incidents.currentIndex()
        return self.incident_model.record(index.row()).id if index.isValid() else None

    def selected_incident(self) -> Incident | None:
        index = self.incidents.currentIndex()
        return self.incident_model.record(index.row()) if index.isValid() else None

    def selected_movement_id(self) -> int | None:
        index = self.movements.currentIndex()
        return self.movement_model.record(index.row()).id if index.isValid() else None

    def selected_movement(self) -> MovementRow | None:
        index = self.movements.currentIndex()
        return self.movement_model.record(index.row()) if index.isValid() else None

    def show_incident(self, incident_id: int) -> bool:
        """The incidents tab with ``incident_id`` selected (all incidents listed when the filter hides it)."""
        self.tabs.setCurrentIndex(INCIDENTS_TAB)
        if self.incident_model.row_of(incident_id) is None and self.state_filter.currentIndex() != 0:
            self.state_filter.setCurrentIndex(0)
        row = self.incident_model.row_of(incident_id)
        if row is None:
            return False
        self.incidents.setCurrentIndex(self.incident_model.index(row, 0))
        self.incidents.setFocus()
        return True

    def _show_count(self) -> None:
        """What the tab shown lists, in the status bar."""
        tab = self.tabs.currentIndex()
        # English says "incident", "movement" for one only; the plural forms of each language come from its catalogue
        if tab == INCIDENTS_TAB:
            total = self.incident_model.rowCount()
            text = (translate("ContinuityWindow", "%n incident", None, total) if total == 1
                    else translate("ContinuityWindow", "%n incidents", None, total))
        elif tab == MOVEMENTS_TAB:
            rows = self.movement_model.records()
            waiting = integer(sum(not row.movement.presented for row in rows))
            due = sum(row.reminder is not None for row in rows)
            text = (translate("ContinuityWindow", "%n movement on paper, {waiting} not presented yet", None, len(rows))
                    if len(rows) == 1 else
                    translate("ContinuityWindow", "%n movements on paper, {waiting} not presented yet", None, len(rows))
                    ).format(waiting=waiting)
            if due:
                text = translate("ContinuityWindow", "{movements}, {due} due or overdue").format(movements=text,
                                                                                              due=integer(due))
        else:
            text = translate("ContinuityWindow", "the last %n months", None, self.months.value())
        self.count_label.setText(text)

    def _incident_selected(self) -> None:
        incident = self.selected_incident()
        self._show_count()
        if incident is None:
            self.incident_detail.setHtml("<p>" + translate("ContinuityWindow", "No incident recorded. <b>New "
                                                           "incident</b> (Ctrl+N) records an outage of customs, a "
                                                           "failure of our own system or of the link.") + "</p>")
        else:
            self.incident_detail.setHtml(self._incident_html(incident))
        self._update_actions()

    def _incident_html(self, incident: Incident) -> str:
        try:
            rows = self.context.incidents.report_rows(incident.id)
            pending = self.context.bcp.pending_during(incident.id)
        except NotFound:
            return ""
        body = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        if pending:
            waiting = translate("ContinuityWindow", "%n message(s) queued or sent without an answer during this "
                                "outage: <b>Pending declarations</b> (Ctrl+Shift+P) lists them, to withdraw.", None,
                                len(pending))
        else:
            waiting = translate("ContinuityWindow", "No message is pending from this outage.")
        waiting = f"<p>{waiting}</p>"
        draft = ""
        if incident.state == "draft":
            draft = translate("ContinuityWindow", "<b>Detected automatically:</b> check it and confirm it (Edit / "
                              "confirm, Ctrl+E).")
            draft = f"<p style='{text_style(DRAFT_COLOUR)}'>{draft}</p>"
        return f"{draft}<table cellspacing='4'>{body}</table>{waiting}"

    def _update_actions(self) -> None:
        incident = self.selected_incident()
        chosen = incident is not None
        select_incident = translate("ContinuityWindow", "Select an incident first")
        self._enable(self.edit_incident_action, chosen, select_incident)
        if incident is not None and incident.state == "closed":
            self._enable(self.close_incident_action, False,
                         translate("ContinuityWindow", "Incident {number} is closed (end {end}); Edit corrects its "
                                   "end").format(number=incident.id, end=local_time(incident.end)))
        else:
            self._enable(self.close_incident_action, chosen, select_incident)
        self._enable(self.report_action, chosen, select_incident)
        self._enable(self.pending_action, chosen, select_incident)
        row = self.selected_movement()
        if row is not None and row.movement.presented:
            self._enable(self.presented_action, False,
                         translate("ContinuityWindow", "{movement} was presented on {when}").format(
                             movement=row.movement.label, when=local_time(row.movement.presented_at)))
        else:
            self._enable(self.presented_action, row is not None,
                         translate("ContinuityWindow", "Select a movement first"))
        reason = self.context.access.why_not_manager(translate(
            "ContinuityWindow", "keep the paper number ranges",
            "completes: Only a guarantee officer or an administrator may …"))
        if reason:
            self.ranges_action.setToolTip(translate("ContinuityWindow", "The paper declaration number ranges the "
                                                    "offices allocated (read-only: {reason})").format(reason=reason))
        else:
            self.ranges_action.setToolTip(translate("ContinuityWindow", RANGES_TIP))
        self.send_action.setEnabled(False)
        self.send_action.setToolTip(send_blocked())

    @staticmethod
    def _enable(action: QAction, enabled: bool, why_not: str) -> None:
        action.setEnabled(enabled)
        action.setToolTip(action.statusTip() if enabled else why_not)

    # --- incidents ---------------------------------------------------------------------------------------------
    def _dialog(self, dialog: QDialog) -> bool:
        self.last_dialog = dialog
        return dialog.exec() == QDialog.DialogCode.Accepted

    def new_incident(self) -> IncidentDialog:
        dialog = IncidentDialog(self.context, parent=self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            self.show_incident(dialog.saved_id)
            self.statusBar().showMessage(translate("ContinuityWindow", "Incident {number} recorded.").format(
                number=dialog.saved_id), 8000)
        return dialog

    def edit_incident(self) -> IncidentDialog | None:
        incident = self.selected_incident()
        if incident is None:
            return None
        try:
            incident = self.context.incidents.get(incident.id)
        except NotFound as exc:
            self.statusBar().showMessage(str(exc), 8000)
            self.refresh_incidents()
            return None
        dialog = IncidentDialog(self.context, incident, parent=self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            self.show_incident(incident.id)
            if incident.state == "draft":
                done = translate("ContinuityWindow", "Incident {number} confirmed.")
            else:
                done = translate("ContinuityWindow", "Incident {number} saved.")
            self.statusBar().showMessage(done.format(number=incident.id), 8000)
        return dialog

    def close_incident(self) -> MomentDialog | None:
        incident = self.selected_incident()
        if incident is None or incident.state == "closed":
            return None
        if incident.end:
            note = translate("ContinuityWindow", "Empty: the end the transport saw ({end}). Local time, e.g. "
                             "{example}; or with the time zone").format(end=local_time(incident.end),
                                                                        example=now_text())
        else:
            note = translate("ContinuityWindow", "Empty: now. Local time, e.g. {example}; or with the time "
                             "zone").format(example=now_text())
        dialog = MomentDialog(
            translate("ContinuityWindow", "Close incident {number}").format(number=incident.id),
            translate("ContinuityWindow", "{kind} since {start}: when did it end?").format(
                kind=incident.kind_label, start=local_time(incident.start)),
            translate("ContinuityWindow", "&End:", "the end of an incident"), "end",
            lambda end: self.context.incidents.close(incident.id, end),
            note=note, ok_text=translate("ContinuityWindow", "Close incident"), parent=self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            self.show_incident(incident.id)
            self.statusBar().showMessage(translate("ContinuityWindow", "Incident {number} closed.").format(
                number=incident.id), 8000)
        return dialog

    def save_report(self, path: str | Path | None = None, format: str | None = None) -> Path | None:
        """The selected incident's report for the service desk (asks where, and PDF or CSV, without ``path``)."""
        incident = self.selected_incident()
        if incident is None:
            return None
        if path is None:
            chosen, kind = QFileDialog.getSaveFileName(self, translate("ContinuityWindow",
                                                                       "Report for the service desk"),
                                                       f"incident-{incident.id}-report.pdf", report_files())
            if not chosen:
                return None
            format = "csv" if kind.endswith("(*.csv)") else "pdf"
            path = chosen if chosen.lower().endswith(f".{format}") else f"{chosen}.{format}"
        try:
            # the file dialog has asked before replacing a file (a path given is one chosen already)
            written = self.context.incidents.write_report(incident.id, Path(path), format=format, replace=True)
        except UserError as exc:
            self._refusal(translate("ContinuityWindow", "Report for the service desk"), message_of(exc))
            return None
        self.statusBar().showMessage(translate("ContinuityWindow", "Report of incident {number} saved: {path}").format(
            number=incident.id, path=written), 10_000)
        return written

    def show_pending(self) -> QDialog | None:
        incident = self.selected_incident()
        if incident is None:
            return None
        pending = self.context.bcp.pending_during(incident.id)
        dialog = QDialog(self)
        dialog.setObjectName("PendingDialog")
        until = local_time(incident.end) if incident.end else translate("ContinuityWindow", "now",
                                                                       "in place of the end of an outage going on")
        dialog.setWindowTitle(translate("ContinuityWindow", "Declarations pending from incident {number}").format(
            number=incident.id))
        model = PendingTableModel(dialog)
        model.set_rows(pending)
        table = _table(model, "pending")
        if pending:
            lead = translate("ContinuityWindow", "%n message(s) queued or sent without an answer between {start} and "
                             "{end}.", None, len(pending))
        else:
            lead = translate("ContinuityWindow", "No message was queued or left without an answer between {start} and "
                             "{end}.")
        lead = QLabel(lead.format(start=local_time(incident.start), end=until))
        lead.setObjectName("pending_lead")
        note = QLabel(translate("ContinuityWindow", PENDING_NOTE))
        note.setWordWrap(True)
        note.setStyleSheet(text_style(NOTE_COLOUR))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        for widget in (lead, note, table, buttons):
            layout.addWidget(widget)
        dialog.table = table
        dialog.resize(900, 420)
        fit_columns(table, WIDEST_COLUMN)
        self._dialog(dialog)
        return dialog

    # --- paper movements ---------------------------------------------------------------------------------------
    def new_movement(self) -> MovementDialog:
        current = self.context.incidents.current()
        dialog = MovementDialog(self.context, incident=current[0].id if current else None, parent=self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            saved = dialog.saved
            self.pending_only.setChecked(False)
            self.tabs.setCurrentIndex(MOVEMENTS_TAB)
            self.refresh_movements()
            self._select(self.movements, self.movement_model, saved.id)
            self.statusBar().showMessage(translate("ContinuityWindow", "{movement} recorded: present the endorsed "
                                                   "document at {office} by {deadline}.").format(
                movement=saved.label, office=saved.office_destination, deadline=saved.deadline), 15_000)
        return dialog

    def mark_presented(self) -> MomentDialog | None:
        row = self.selected_movement()
        if row is None or row.movement.presented:
            return None
        m = row.movement
        dialog = MomentDialog(
            translate("ContinuityWindow", "{movement} presented").format(movement=m.label),
            translate("ContinuityWindow", "When was the endorsed {document} presented at the office of destination "
                      "{office}? (Due by {deadline}.)").format(document=m.document_kind, office=m.office_destination,
                                                               deadline=m.deadline),
            translate("ContinuityWindow", "&Presented at:"), "presented_at",
            lambda at: self.context.bcp.mark_presented(m.id, at),
            note=translate("ContinuityWindow", "Empty: now. Local time, e.g. {example}; or with the time "
                           "zone").format(example=now_text()),
            ok_text=translate("ContinuityWindow", "Mark presented"), parent=self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            self.statusBar().showMessage(translate("ContinuityWindow", "{movement} marked presented.").format(
                movement=m.label), 8000)
        return dialog

    def send_electronically(self) -> str:
        """Never done: the reason, in the status bar (the action is disabled; its key still asks)."""
        row = self.selected_movement()
        reason = send_blocked()
        if row is not None:
            try:
                self.context.bcp.send_electronically(row.movement.id)
            except EndsOnPaper as exc:
                reason = str(exc)
        self.statusBar().showMessage(reason, 20_000)
        return reason

    def edit_ranges(self) -> RangesDialog:
        dialog = RangesDialog(self.context, self)
        self._dialog(dialog)
        if dialog.changes:
            self.publish(dialog.changes)
        return dialog

    def edit_regions(self) -> RegionsDialog:
        dialog = RegionsDialog(self.context, self)
        if self._dialog(dialog):
            self.publish(dialog.changes)
            self.statusBar().showMessage(translate("ContinuityWindow", "Office regions saved: they count for the "
                                                   "movements recorded from now on."), 8000)
        return dialog

    # --- monitoring --------------------------------------------------------------------------------------------
    def focus_threshold(self) -> None:
        """The threshold's field, to type the percentage in (then Set)."""
        self.tabs.setCurrentIndex(MONITORING_TAB)
        self.threshold.setFocus()
        self.threshold.selectAll()
        self.statusBar().showMessage(translate("ContinuityWindow", "Type the percentage, then Set (Tab, Space)."), 8000)

    def set_threshold(self) -> None:
        try:
            changes = self.context.bcp.set_share_warning_percent(self.threshold.value())
        except UserError as exc:
            self.statusBar().showMessage(message_of(exc), 15_000)
            return
        self.threshold.clearFocus()
        self.publish(changes)
        self.statusBar().showMessage(translate("ContinuityWindow", "Warning when the share on paper grows above "
                                               "{percent} %.").format(percent=f"{self.threshold.value():g}"), 8000)

    # --- window ------------------------------------------------------------------------------------------------
    def _refusal(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, self)
        self.last_question = box
        box.exec()

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

