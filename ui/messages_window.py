"""Receipts and responses (spec 02 §2.5): every message in and out, filtered, previewed, printed."""
from __future__ import annotations

import re
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QEvent, QModelIndex, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QFontDatabase, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.changes import MESSAGES, Changes
from core.errors import NotFound, UserError, message_of
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.messaging.store import (
    INBOUND_STATES,
    OUTBOUND_STATES,
    Message,
    MessageFilter,
    state_label,
)
from ui.actions import add_close_action, add_find_action, make_action
from ui.combos import refill_combo
from ui.file_dialogs import save_file_name
from ui.geometry import keep_geometry
from ui.models.messages import MessageTableModel, local_time, plain_name
from ui.shortcut_notice import DisabledShortcutNotice
from ui.theme import PRINT_COLOURS, preview_colours
from ui.views import record_list_view

if TYPE_CHECKING:
    from core.context import UserContext
    from ui.tasks import BackgroundTasks

SEARCH_DELAY_MS = 250
COMBO_CHARACTERS = 10  # a filter's drop-down shrinks to this on a small screen
ANY_DATE = QDate(2000, 1, 1)  # the first date of the date filters, shown as "any date"
MASK = "\u2022" * 4
ACCESS_CODE = re.compile(r"(<(?:\w+:)?accessCode>)[^<]*(</(?:\w+:)?accessCode>)")
BANNER_STYLE = ("QLabel { background: #fde2b8; color: #202020; border: 1px solid #e0a040; border-radius: 3px;"
                " padding: 6px; }")
CHIP_STYLE = ("QFrame#guarantee_chip { background: #dbe9f8; border: 1px solid #8fb3dc; border-radius: 10px; }"
              " QFrame#guarantee_chip QLabel { color: #15395f; }")
RETRY_TIP = QT_TRANSLATE_NOOP("MessagesWindow", "Apply the quarantined answer again, once its fault is put right "
                                                 "(e.g. a certificate imported)")
DIRECTIONS = [(QT_TRANSLATE_NOOP("MessagesWindow", "All directions"), None),
              (QT_TRANSLATE_NOOP("MessagesWindow", "→ Sent to customs"), "out"),
              (QT_TRANSLATE_NOOP("MessagesWindow", "← Received from customs"), "in")]


def readable_xml(xml: bytes) -> str:
    """The message as XML, indented, with every access code masked."""
    from lxml import etree

    from core.messages import parse_xml

    try:
        root = parse_xml(xml)
    except UserError:
        return ACCESS_CODE.sub(rf"\g<1>{MASK}\g<2>", xml.decode("utf-8", "replace"))
    for element in root.iter("{*}accessCode"):
        element.text = MASK
    etree.indent(root, space="  ")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True).decode("utf-8")


class DateFilter(QDateEdit):
    """A date edit whose first date means "any date"; its calendar then opens on today's month, not 2000."""

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if self.date() == ANY_DATE and self.calendarWidget().isVisible():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def _date_filter() -> QDateEdit:
    edit = DateFilter()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(ANY_DATE)
    edit.setSpecialValueText(translate("MessagesWindow", "any date"))
    edit.setDate(ANY_DATE)
    edit.setToolTip(translate("MessagesWindow", "The first date in the list, shown as 'any date', means no limit"))
    return edit


def _iso(edit: QDateEdit) -> str | None:
    return None if edit.date() == ANY_DATE else edit.date().toString("yyyy-MM-dd")


class MessagesWindow(QMainWindow):
    def __init__(self, context: UserContext, sync_action: QAction | None = None, tasks: BackgroundTasks | None = None,
                 parent=None):
        super().__init__(parent)
        self.context = context
        self.guarantee_id: int | None = None
        self.shown_message: Message | None = None
        self.shown_xml: bytes | None = None
        self.setObjectName("MessagesWindow")
        self.setWindowTitle(translate("MessagesWindow", "Receipts and responses — CustomsDesk"))
        self.model = MessageTableModel(context, parent=self)
        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(SEARCH_DELAY_MS)
        self.filter_timer.timeout.connect(lambda: self.apply_filters())

        self._build_actions(sync_action)
        self.shortcut_notice = DisabledShortcutNotice(self)
        filters = self._build_filters()
        self.chip = self._build_chip()
        self.banner = QLabel()
        self.banner.setObjectName("overdue_banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.hide()
        self.table = self._build_table()
        self.tabs = self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.tabs)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        self.splitter = splitter
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 0)
        for widget in (filters, self.chip, self.banner):
            layout.addWidget(widget)
        layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        self.count_label = QLabel()
        self.statusBar().addPermanentWidget(self.count_label)
        if tasks is not None:  # bound methods: Qt disconnects them when this window is deleted
            tasks.started.connect(self.statusBar().showMessage)
            tasks.finished.connect(self._task_finished)
        self.geometry_keeper = keep_geometry(self, "messages_window", QSize(1180, 780))
        self.refresh()

    # --- layout ------------------------------------------------------------------------------
    def _build_actions(self, sync_action: QAction | None) -> None:
        self.print_action = make_action(self, translate("MessagesWindow", "&Print…"), self.print_message,
                                        tip=translate("MessagesWindow", "Print the preview of the selected message"),
                                        shortcut=QKeySequence.StandardKey.Print)
        self.pdf_action = make_action(self, translate("MessagesWindow", "Export to P&DF…"), self.export_pdf,
                                      tip=translate("MessagesWindow",
                                                    "Save the preview of the selected message as a PDF file"),
                                      shortcut="Ctrl+Shift+E")
        self.refresh_action = make_action(self, translate("MessagesWindow", "&Refresh"), self.refresh,
                                          tip=translate("MessagesWindow", "Read the messages again from the database"),
                                          shortcut=QKeySequence.StandardKey.Refresh)
        self.clear_action = make_action(self, translate("MessagesWindow", "&Clear filters"), self.clear_filters,
                                        tip=translate("MessagesWindow", "Show every message again"))
        self.retry_action = make_action(self, translate("MessagesWindow", "&Apply again"), self.retry_message,
                                        tip=translate("MessagesWindow", RETRY_TIP), shortcut="Ctrl+Shift+R")
        self._sync_action = sync_action
        add_find_action(self, lambda: self.search.setFocus())
        toolbar = QToolBar(translate("MessagesWindow", "Messages"))
        toolbar.setObjectName("messages_toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        toolbar.setMovable(False)
        menu = self.menuBar().addMenu(translate("MessagesWindow", "&Message"))
        for action in (sync_action, None, self.print_action, self.pdf_action, self.retry_action, None,
                       self.refresh_action, self.clear_action):
            if action is None:
                toolbar.addSeparator()
                menu.addSeparator()
            else:
                toolbar.addAction(action)
                menu.addAction(action)
        menu.addSeparator()
        menu.addAction(add_close_action(self, translate("MessagesWindow", "Clos&e")))
        menu.setToolTipsVisible(True)
        self.addToolBar(toolbar)
        self._enable_message_actions(False)

    def _build_filters(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(translate("MessagesWindow", "Search: GRN, message id, error code, result text…"))
        self.direction = QComboBox()
        for label, value in DIRECTIONS:
            self.direction.addItem(translate("MessagesWindow", label), value)
        self.message_type = QComboBox()
        self.state = QComboBox()
        self.state.addItem(translate("MessagesWindow", "All states"), None)
        for state in (*OUTBOUND_STATES, *INBOUND_STATES):
            self.state.addItem(state_label(state), state)
        self.organisation = QComboBox()
        self.organisation.setMinimumContentsLength(COMBO_CHARACTERS)
        self.organisation.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.grn = QLineEdit()
        self.grn.setObjectName("grn_filter")
        self.grn.setClearButtonEnabled(True)
        self.grn.setPlaceholderText(translate("MessagesWindow", "GRN (whole number)"))
        self.date_from = _date_filter()
        self.date_to = _date_filter()
        for combo in (self.direction, self.message_type, self.state, self.organisation):
            combo.currentIndexChanged.connect(lambda *_: self.apply_filters())
            if combo is not self.organisation:  # as wide as their texts when there is room, narrower on a small screen
                combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
                combo.setMinimumContentsLength(COMBO_CHARACTERS)
                combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        for edit in (self.date_from, self.date_to):
            edit.dateChanged.connect(lambda *_: self.apply_filters())
        for edit in (self.search, self.grn):
            edit.textChanged.connect(lambda *_: self.filter_timer.start())

        box = QWidget()
        grid = QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        self.grn.setMinimumWidth(self.grn.fontMetrics().horizontalAdvance("25CZ5201010000117") + 24)
        cells = [
            [(translate("MessagesWindow", "&Search"), self.search, 1),
             (translate("MessagesWindow", "&Direction"), self.direction, 0),
             (translate("MessagesWindow", "&Type", "filter: the type of message"), self.message_type, 0),
             (translate("MessagesWindow", "&From", "filter: the earliest date"), self.date_from, 0),
             (translate("MessagesWindow", "&To", "filter: the latest date"), self.date_to, 0)],
            [(translate("MessagesWindow", "Stat&e", "filter: the state of a message"), self.state, 0),
             (translate("MessagesWindow", "&Organisation"), self.organisation, 1), ("&GRN", self.grn, 0)],
        ]
        for row, entries in enumerate(cells):
            line = QHBoxLayout()
            for text, widget, stretch in entries:
                label = QLabel(text)
                label.setBuddy(widget)
                label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
                label.setMinimumWidth(label.sizeHint().width() + 3)  # kerned short words measure too narrow
                line.addWidget(label)
                line.addWidget(widget, stretch)
                line.addSpacing(8)
            grid.addLayout(line, row, 0)
        return box

    def _build_chip(self) -> QFrame:
        chip = QFrame()
        chip.setObjectName("guarantee_chip")
        chip.setStyleSheet(CHIP_STYLE)
        self.chip_label = QLabel()
        self.chip_label.setObjectName("guarantee_chip_label")
        remove = QToolButton()
        remove.setObjectName("guarantee_chip_remove")
        remove.setText("✕")
        remove.setAutoRaise(True)
        remove.setToolTip(translate("MessagesWindow", "Show the messages of every record"))
        remove.clicked.connect(self.show_all_records)
        self.chip_remove = remove
        line = QHBoxLayout(chip)
        line.setContentsMargins(10, 2, 4, 2)
        line.addWidget(self.chip_label)
        line.addWidget(remove)
        wrapper = QFrame()
        outer = QHBoxLayout(wrapper)
        outer.setContentsMargins(0, 4, 0, 0)
        outer.addWidget(chip)
        outer.addStretch(1)
        wrapper.hide()
        return wrapper

    def _build_table(self) -> QTableView:
        table = record_list_view(self.model, "messages")
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.horizontalHeader().setStretchLastSection(True)
        table.horizontalHeader().setResizeContentsPrecision(40)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(lambda: QTimer.singleShot(0, self._fit_columns))
        return table

    def _fit_columns(self) -> None:
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        for column in range(self.model.columnCount() - 1):
            header.resizeSection(column, min(header.sectionSize(column), 260))

    def _build_detail(self) -> QTabWidget:
        self.preview = QTextBrowser()
        self.preview.setObjectName("preview")
        self.preview.setOpenLinks(False)
        self.xml_view = QPlainTextEdit()
        self.xml_view.setObjectName("xml")
        self.xml_view.setReadOnly(True)
        self.xml_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.xml_view.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setHeaderLabels([translate("MessagesWindow", "When"),
                                       translate("MessagesWindow", "State", "the state a message reached"),
                                       translate("MessagesWindow", "What happened")])
        self.history.setRootIsDecorated(False)
        self.history.setUniformRowHeights(True)
        tabs = QTabWidget()
        tabs.addTab(self.preview, translate("MessagesWindow", "Pre&view"))
        tabs.addTab(self.xml_view, "&XML")
        tabs.addTab(self.history, translate("MessagesWindow", "&History"))
        return tabs

    # --- filters -----------------------------------------------------------------------------
    def fill_choices(self) -> None:
        """Message types and organisations present now; the current choices are kept."""
        refill_combo(self.message_type, translate("MessagesWindow", "All types"),
                     [(f"{t} {plain_name(t)}".strip(), t) for t in self.context.messaging.store.message_types()])
        refill_combo(self.organisation, translate("MessagesWindow", "All organisations"),
                     [(o.name, o.id) for o in self.context.organisations.list()])

    def current_filter(self) -> MessageFilter:
        return MessageFilter(
            direction=self.direction.currentData(), message_type=self.message_type.currentData(),
            state=self.state.currentData(), org_id=self.organisation.currentData(), guarantee_id=self.guarantee_id,
            grn=self.grn.text().strip() or None, date_from=_iso(self.date_from), date_to=_iso(self.date_to),
            text=self.search.text().strip() or None,
        )

    def apply_filters(self, rows_to_load: int = 0) -> None:
        """Read the matching messages again: the first batch, or as many as ``rows_to_load``."""
        self.filter_timer.stop()
        keep = self.shown_message.id if self.shown_message else None
        self.model.set_filter(self.current_filter())
        while self.model.rowCount() < rows_to_load and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        self._select(keep)
        self._show_count()

    def clear_filters(self) -> None:
        widgets = (self.direction, self.message_type, self.state, self.organisation, self.date_from, self.date_to,
                   self.search, self.grn)
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for combo in (self.direction, self.message_type, self.state, self.organisation):
                combo.setCurrentIndex(0)
            self.date_from.setDate(ANY_DATE)
            self.date_to.setDate(ANY_DATE)
            self.search.clear()
            self.grn.clear()
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.guarantee_id = None
        self.chip.hide()
        self.apply_filters()

    def show_for_guarantee(self, guarantee_id: int) -> None:
        """Only the messages about one guarantee, with a removable chip saying so."""
        g = self.context.guarantees.get(guarantee_id)
        self.guarantee_id = guarantee_id
        if g.reference:
            chip = translate("MessagesWindow", "Only messages for {reference}").format(reference=g.reference)
        else:
            chip = translate("MessagesWindow", "Only messages for guarantee {number}").format(number=g.id)
        self.chip_label.setText(chip)
        self.chip.show()
        self.refresh()

    def show_all_records(self) -> None:
        self.guarantee_id = None
        self.chip.hide()
        self.refresh()

    def _show_count(self) -> None:
        total = self.model.matching
        # English says "message" for one only; the plural forms of each language come from its catalogue
        if self.guarantee_id is None and self.current_filter() == MessageFilter():
            text = (translate("MessagesWindow", "%n message", None, total) if total == 1
                    else translate("MessagesWindow", "%n messages", None, total))
        else:
            text = (translate("MessagesWindow", "%n message matches the filters", None, total) if total == 1
                    else translate("MessagesWindow", "%n messages match the filters", None, total))
        self.count_label.setText(text)

    def refresh_banner(self) -> None:
        store = self.context.messaging.store
        overdue = len(store.overdue())
        troubled = sum(store.count(MessageFilter(state=state)) for state in ("quarantined", "unmatched"))
        lines = []
        if overdue:
            hours = self.context.messaging.no_answer_after.total_seconds() / 3600
            lines.append(translate("MessagesWindow", "⚠ %n message(s) sent to customs have had no answer for more "
                                   "than {hours} hours (highlighted in orange). Check the gateway, or ask customs "
                                   "whether they arrived.", None, overdue).format(hours=f"{hours:g}"))
        if troubled:
            lines.append(translate("MessagesWindow", "⚠ %n received message(s) are quarantined or unmatched "
                                   "(highlighted): they were not applied to the records. Open one to see why.",
                                   None, troubled))
        self.banner.setText("\n".join(lines))
        self.banner.setVisible(bool(lines))

    # --- refreshing ----------------------------------------------------------------------------
    def _task_finished(self, _description: str) -> None:
        self.statusBar().clearMessage()

    def apply_changes(self, changes: Changes) -> None:
        """Messages were queued, sent or answered: read them again if the window is shown."""
        if changes.touches(MESSAGES) and self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read everything again (after a send and receive), keeping the filters, the rows read and the selection."""
        scrolled = self.table.verticalScrollBar().value()
        self.fill_choices()
        self.apply_filters(rows_to_load=self.model.rowCount())
        self.refresh_banner()
        if self.shown_message is not None:
            self.show_message(self.shown_message.id)
        self.table.verticalScrollBar().setValue(scrolled)

    def _select(self, message_id: int | None) -> None:
        row = self.model.row_of(message_id) if message_id is not None else None
        if row is None:
            self.table.clearSelection()
            self.table.setCurrentIndex(QModelIndex())
            self.show_message(None)
            return
        self.table.selectRow(row)

    # --- the selected message ------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.show_message(self.model.record(current.row()).id if current.isValid() else None)

    def select_message(self, message_id: int) -> bool:
        """Select a message among the loaded rows (reading further batches until it is found)."""
        while self.model.row_of(message_id) is None and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())
        if self.model.row_of(message_id) is None:
            return False
        self._select(message_id)
        return True

    def show_message(self, message_id: int | None) -> None:
        if message_id is None:
            self.shown_message, self.shown_xml = None, None
            hint = escape(translate("MessagesWindow", "Select a message to see it here."))
            self.preview.setHtml(f"<p style='{preview_colours(self.palette())['muted']}'>{hint}</p>")
            self.xml_view.clear()
            self.history.clear()
            self._enable_message_actions(False)
            return
        try:
            message, xml = self.context.messaging.message_for_display(message_id)
        except NotFound as exc:
            self.preview.setHtml(f"<p style='{preview_colours(self.palette())['red']}'>{escape(str(exc))}</p>")
            return
        self.shown_message, self.shown_xml = message, xml
        self.preview.setHtml(self.preview_html(message, xml))
        self.xml_view.setPlainText(readable_xml(xml) if xml else translate("MessagesWindow",
                                                                            "(This message has no readable XML.)"))
        self._show_history(message.id)
        self._enable_message_actions(True)

    def preview_html(self, message: Message, xml: bytes | None, colours: dict[str, str] | None = None) -> str:
        """The message as HTML, in the colours of the window's palette unless ``colours`` are given (print)."""
        from core.messages import explain, render_html

        colours = colours or preview_colours(self.palette())
        if not xml:
            reason = ((message.result_shown if message.result_wording else message.error_text or message.result)
                      or translate("MessagesWindow", "it has not been opened yet"))
            cannot = translate("MessagesWindow", "<b>This message cannot be shown:</b> {reason}").format(
                reason=escape(reason))
            kept = escape(translate("MessagesWindow", "It was never applied to the records. The envelope as received "
                                    "is kept in the archive."))
            return f"<h2>{escape(message.state_label)}</h2><p style='{colours['red']}'>{cannot}</p><p>{kept}</p>"
        try:
            return render_html(xml, lambda code: explain(self.context.catalogue, code), colours)
        except UserError as exc:
            cannot = translate("MessagesWindow", "<b>The preview cannot be made:</b> {error}").format(
                error=escape(str(exc)))
            see = escape(translate("MessagesWindow", "See the XML tab for the message as it is."))
            return f"<p style='{colours['red']}'>{cannot}</p><p>{see}</p>"

    def printed_document(self) -> QTextDocument:
        """The preview for paper and PDF: dark text on white, whatever the window's theme."""
        document = QTextDocument(self)
        document.setDefaultFont(self.preview.document().defaultFont())
        document.setHtml(self.preview_html(self.shown_message, self.shown_xml, PRINT_COLOURS))
        return document

    def changeEvent(self, event) -> None:
        """Another theme: the preview is drawn again in the new palette's colours."""
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "preview") and self.isVisible():
            self.show_message(self.shown_message.id if self.shown_message is not None else None)

    def _show_history(self, message_id: int) -> None:
        self.history.clear()
        for event in self.context.messaging.store.events(message_id):
            item = QTreeWidgetItem([local_time(event.at, seconds=True), state_label(event.state), event.shown])
            item.setToolTip(2, event.shown)
            self.history.addTopLevelItem(item)
        for column in range(2):
            self.history.resizeColumnToContents(column)

    def _enable_message_actions(self, enabled: bool) -> None:
        tips = (translate("MessagesWindow", "Print the preview of the selected message"),
                translate("MessagesWindow", "Save the preview of the selected message as a PDF file"))
        for action, tip in zip((self.print_action, self.pdf_action), tips):
            action.setEnabled(enabled)
            action.setToolTip(tip if enabled else translate("MessagesWindow", "Select a message first"))
        message = self.shown_message if enabled else None
        quarantined = message is not None and message.direction == "in" and message.state == "quarantined"
        self.retry_action.setEnabled(quarantined)
        self.retry_action.setToolTip(translate("MessagesWindow", RETRY_TIP) if quarantined
                                     else translate("MessagesWindow", "Only a quarantined answer can be applied again"))

    def retry_message(self) -> None:
        """Put a quarantined answer back in line (its fault put right, say a certificate imported) and send and
        receive at once, so that it is applied now."""
        if self.shown_message is None:
            return
        try:
            message = self.context.messaging.retry(self.shown_message.id)
        except UserError as exc:
            self.statusBar().showMessage(str(exc), 15000)
            return
        self.statusBar().showMessage(translate("MessagesWindow", "Message {number} is applied again at this send and "
                                               "receive.").format(number=message.id), 8000)
        self.refresh()
        if self._sync_action is not None and self._sync_action.isEnabled():
            self._sync_action.trigger()

    # --- printing ------------------------------------------------------------------------------
    def print_message(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        if self.shown_message is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._document_name())
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(translate("MessagesWindow", "Print message"))
        if dialog.exec() == QPrintDialog.DialogCode.Accepted:
            self.printed_document().print_(printer)
            self.statusBar().showMessage(translate("MessagesWindow", "Sent to the printer."), 5000)

    def export_pdf(self, path: str | Path | None = None) -> Path | None:
        """Write the preview of the selected message to a PDF file (asks where when no path is given)."""
        from PySide6.QtCore import QBuffer, QIODevice
        from PySide6.QtGui import QPdfWriter

        if self.shown_message is None:
            return None
        if path is None:
            chosen = save_file_name(self, translate("MessagesWindow", "Export to PDF"), f"{self._document_name()}.pdf",
                                    translate("MessagesWindow", "PDF files") + " (*.pdf)")
            if not chosen:
                return None
            path = chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf"
        buffer = QBuffer()
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        writer = QPdfWriter(buffer)
        writer.setTitle(self._document_name())
        writer.setCreator("CustomsDesk")
        self.printed_document().print_(writer)  # the document's painter ends the PDF
        try:
            # the file dialog has asked before replacing a file (a path given is one chosen already)
            written = self.context.write_user_file(Path(path), bytes(buffer.data()), replace=True)
        except UserError as exc:
            QMessageBox.warning(self, translate("MessagesWindow", "Export to PDF"), message_of(exc))
            return None
        self.statusBar().showMessage(translate("MessagesWindow", "Saved {path}").format(path=written), 8000)
        return written

    def _document_name(self) -> str:
        m = self.shown_message
        name = f"{m.message_type or 'message'}-{m.message_id or m.id}"
        return re.sub(r"[^A-Za-z0-9_.-]", "_", name)
