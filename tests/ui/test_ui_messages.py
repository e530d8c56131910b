"""Messaging in the window: the "Receipts and responses" inbox, the message commands and their answers.

Real workspaces on SQLite, real widgets offscreen. Send and receive runs on a thread of its own (``wait_for_sync``).
"""
from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QMessageBox
from ui_helpers import closed_port_url, point_gateways, wait_for_sync

from core.guarantees.access_codes import AccessCodes
from core.messages import QueryKind, parse_cc034c
from core.messaging.store import MessageFilter
from tools.screenshots import add_sample_messages, render_messaging
from ui.amounts import format_amount
from ui.dialogs.query_period import QueryPeriodDialog
from ui.messages_window import ANY_DATE, MessagesWindow
from ui.models.messages import (
    OVERDUE_BACKGROUND,
    QUARANTINE_BACKGROUND,
    MessageTableModel,
)
from ui.models.navigation import NodeKind
from ui.tasks import BackgroundTasks

PAC_GRN = "25CZ520101000011"  # the demo guarantee whose PAC is stored (first 16 characters of the GRN)
CZ_TYPE1 = "25CZ520101000145"
CZ_TYPE0 = "25CZ510101000027"
CZ_TYPE2 = "25CZ610101000203"
PL_TYPE1 = "25PL320000000614"  # its parameter set has no NCTS permit number
BULK = 200_000


def demo_guarantee(context, grn_start: str):
    return next(g for g in context.guarantees.list() if g.grn.startswith(grn_start))


def fetch_all(model) -> None:
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())


def all_rows(model) -> list:
    fetch_all(model)
    return [model.record(row) for row in range(model.rowCount())]


def select_guarantee(win, g) -> None:
    nav = win.navigation
    for node in (nav.organisations_node, nav.ncts_node):
        fetch_all_tree(nav, nav.index_of(node))
    win.tree.setCurrentIndex(nav.index_of(nav.find(NodeKind.GUARANTEE, g.id)))
    assert win.target.guarantee_ids == [g.id]


def fetch_all_tree(model, parent) -> None:
    while model.canFetchMore(parent):
        model.fetchMore(parent)


def select_in_list(win, guarantees) -> None:
    """Several guarantees selected in the NCTS list (the table: multi-selection)."""
    nav = win.navigation
    win.tree.setCurrentIndex(nav.index_of(nav.ncts_node))
    table = win.guarantee_table
    fetch_all(table.source)
    table.clearSelection()
    from PySide6.QtCore import QItemSelectionModel

    for g in guarantees:
        table.selectionModel().select(table.source.index(table.source.row_of(g.id), 0),
                                      QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    assert sorted(win.target.guarantee_ids) == sorted(g.id for g in guarantees)


@pytest.fixture
def sample_ids(demo_ws) -> dict[str, int]:
    return add_sample_messages(demo_ws)


@pytest.fixture
def sample_ws(demo_ws, sample_ids):
    return demo_ws


@pytest.fixture
def inbox(qtbot):
    def make(context, **kwargs) -> MessagesWindow:
        win = MessagesWindow(context, **kwargs)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


# --- the table model -------------------------------------------------------------------------

@pytest.mark.qt_log_level_fail("WARNING")
def test_message_model_passes_the_model_tester(sample_ws, qtmodeltester):
    model = MessageTableModel(sample_ws)
    qtmodeltester.check(model)
    fetch_all(model)
    assert model.rowCount() == model.matching == sample_ws.messaging.store.count() == 9


@pytest.mark.qt_log_level_fail("WARNING")
def test_message_model_passes_the_model_tester_with_a_filter_and_after_reload(sample_ws, qtmodeltester):
    model = MessageTableModel(sample_ws, MessageFilter(direction="in"))
    qtmodeltester.check(model)
    model.set_filter(MessageFilter(message_type="CC034C"))
    qtmodeltester.check(model)
    assert model.rowCount() == 3


def test_rows_show_direction_type_with_plain_name_state_grn_organisation_and_result(sample_ids, sample_ws):
    model = MessageTableModel(sample_ws)
    fetch_all(model)
    rows = {model.record(r).id: r for r in range(model.rowCount())}
    row = rows[sample_ids["rejection"]]
    texts = [model.index(row, c).data() for c in range(model.columnCount())]
    assert texts[0] == "←"
    assert texts[1] == "CC906C Functional rejection"
    assert texts[2] == "2025-11-03 " + texts[2][11:] and len(texts[2]) == 16
    assert texts[3] == "Applied to the records"
    assert texts[4] == demo_guarantee(sample_ws, CZ_TYPE1).grn
    assert texts[5] == "Jihočeská doprava a.s."
    assert "G03 Access code not valid" in texts[6]
    registration = rows[sample_ids["registration"]]
    assert model.index(registration, 0).data() == "→"
    assert model.index(registration, 1).data() == "E_ACC_COD Access code registration"
    assert model.index(registration, 0).data(Qt.ItemDataRole.ToolTipRole) == "Sent to customs"


def test_overdue_and_quarantined_messages_are_highlighted_with_a_tooltip(sample_ids, sample_ws):
    model = MessageTableModel(sample_ws)
    fetch_all(model)
    rows = {model.record(r).id: r for r in range(model.rowCount())}
    overdue = rows[sample_ids["overdue"]]
    background = model.index(overdue, 2).data(Qt.ItemDataRole.BackgroundRole)
    assert background.color() == QColor(OVERDUE_BACKGROUND)
    assert "No answer since" in model.index(overdue, 4).data(Qt.ItemDataRole.ToolTipRole)
    assert "no answer yet" in model.index(overdue, 3).data()
    quarantined = rows[sample_ids["quarantined"]]
    assert model.index(quarantined, 1).data(Qt.ItemDataRole.BackgroundRole).color() == QColor(QUARANTINE_BACKGROUND)
    assert "signature verification failed" in model.index(quarantined, 1).data(Qt.ItemDataRole.ToolTipRole)
    unmatched = rows[sample_ids["unmatched"]]
    assert "Unmatched" in model.index(unmatched, 0).data(Qt.ItemDataRole.ToolTipRole)
    normal = rows[sample_ids["registration"]]
    assert model.index(normal, 1).data(Qt.ItemDataRole.BackgroundRole) is None


# --- the window: filters ---------------------------------------------------------------------

def choose(combo, value) -> None:
    index = combo.findData(value)
    assert index >= 0, f"{value!r} not offered"
    combo.setCurrentIndex(index)


def test_the_window_lists_every_message_newest_first_with_the_count(sample_ws, inbox):
    win = inbox(sample_ws)
    assert win.model.rowCount() == 9
    created = [win.model.record(r).created_at for r in range(win.model.rowCount())]
    assert created == sorted(created, reverse=True)
    assert win.count_label.text() == "9 messages"
    assert not win.chip.isVisible()


def test_each_filter_changes_the_rows_to_the_matching_messages(sample_ws, inbox):
    win = inbox(sample_ws)
    store = sample_ws.messaging.store
    choose(win.direction, "in")
    assert win.model.rowCount() == store.count(MessageFilter(direction="in")) == 5
    assert {win.model.record(r).direction for r in range(win.model.rowCount())} == {"in"}
    choose(win.direction, None)

    choose(win.message_type, "CC034C")
    assert win.model.rowCount() == 3
    assert win.count_label.text() == "3 messages match the filters"
    choose(win.message_type, None)

    choose(win.state, "answered")
    assert win.model.rowCount() == 2
    choose(win.state, None)

    brno = demo_guarantee(sample_ws, PAC_GRN).org_id
    choose(win.organisation, brno)
    assert win.model.rowCount() == 4
    choose(win.organisation, None)
    assert win.model.rowCount() == 9


def test_grn_and_full_text_search_apply_after_a_short_pause(sample_ws, inbox, qtbot):
    win = inbox(sample_ws)
    g = demo_guarantee(sample_ws, CZ_TYPE1)
    qtbot.keyClicks(win.grn, g.grn.lower())
    assert win.model.rowCount() == 9  # debounced: not yet
    qtbot.waitUntil(lambda: win.model.rowCount() == 2, timeout=3000)
    assert {m.message_type for m in (win.model.record(r) for r in range(2))} == {"CC034C", "CC906C"}
    win.grn.clear()
    win.apply_filters()

    qtbot.keyClicks(win.search, "g03")
    qtbot.waitUntil(lambda: win.model.rowCount() == 1, timeout=3000)
    assert win.model.record(0).message_type == "CC906C"
    win.search.setText("signature verif")
    win.apply_filters()
    assert [win.model.record(r).state for r in range(win.model.rowCount())] == ["quarantined"]
    win.search.setText('"quoted" AND OR (')  # FTS operators are the user's words, not syntax
    win.apply_filters()
    assert win.model.rowCount() == 0


def test_date_filters_default_to_any_date_and_limit_the_creation_day(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    assert win.date_from.date() == ANY_DATE and win.date_from.text() == "any date"
    store = sample_ws.messaging.store
    with sample_ws.db.atomic():
        store.update(sample_ids["registration"], created_at="2025-10-30T10:00:00Z")
    win.date_to.setDate(win.date_to.date().fromString("2025-10-31", "yyyy-MM-dd"))
    assert [win.model.record(r).id for r in range(win.model.rowCount())] == [sample_ids["registration"]]
    win.date_to.setDate(ANY_DATE)
    win.date_from.setDate(win.date_from.date().fromString("2025-11-03", "yyyy-MM-dd"))
    assert win.model.rowCount() == 8
    win.clear_filters()
    assert win.model.rowCount() == 9


def test_the_banner_warns_about_overdue_and_quarantined_messages(sample_ws, demo_ws, inbox):
    win = inbox(sample_ws)
    assert win.banner.isVisible()
    assert "1 message sent to customs has had no answer for more than 4 hours" in win.banner.text()
    assert "2 received messages are quarantined or unmatched" in win.banner.text()


def test_no_banner_without_overdue_or_troubled_messages(demo_ws, inbox):
    win = inbox(demo_ws)
    assert win.model.rowCount() == 0
    assert not win.banner.isVisible()


# --- the window: 200,000 messages ------------------------------------------------------------

def bulk_messages(context, count: int) -> None:
    """Insert ``count`` archived messages straight into the tables (the full-text index is rebuilt once)."""
    guarantees = [g for g in context.guarantees.list() if g.grn]
    kinds = [("out", "CC034C", "answered"), ("in", "CC037C", "applied"), ("out", "E_ACC_COD", "answered"),
             ("in", "CC906C", "applied")]

    def messages():
        for i in range(count):
            direction, message_type, state = kinds[i % 4]
            g = guarantees[i % len(guarantees)]
            moment = f"2025-{1 + i // 20000:02d}-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z"
            yield (direction, f"BULK{i:09d}", message_type, state, g.org_id, g.params_id, moment, moment,
                   f"{message_type} bulk {g.grn}", f"bulk result {i}")

    db = context.db
    triggers = db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'messages'")
    triggers = triggers.fetchall()
    with db.atomic():
        for name, _ in triggers:
            db.execute(f"DROP TRIGGER {name}")
        db.conn.executemany(
            "INSERT INTO messages (direction, message_id, message_type, state, org_id, params_id, created_at, "
            "updated_at, search_text, result) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", messages())
        first = db.execute("SELECT min(id) FROM messages WHERE message_id LIKE 'BULK%'").fetchone()[0]
        db.conn.executemany(
            "INSERT INTO message_records (message, guarantee_id, grn, position) VALUES (?, ?, ?, 0)",
            ((first + i, guarantees[i % len(guarantees)].id, guarantees[i % len(guarantees)].grn)
             for i in range(count)))
        db.execute("INSERT INTO messages_fts (messages_fts) VALUES ('rebuild')")
        for _, sql in triggers:
            db.execute(sql)


@pytest.mark.sqlite_file
def test_200000_messages_open_with_only_the_first_batch_read(demo_ws, inbox, qtbot):
    bulk_messages(demo_ws, BULK)
    win = inbox(demo_ws)
    assert win.model.matching == BULK
    assert win.model.rowCount() <= 200
    assert win.count_label.text() == "200,000 messages"

    win.table.scrollToBottom()
    qtbot.waitUntil(lambda: win.model.rowCount() > 200, timeout=3000)
    assert win.model.rowCount() <= 600

    choose(win.message_type, "CC906C")
    assert win.model.matching == BULK // 4 and win.model.rowCount() <= 200
    win.search.setText(demo_guarantee(demo_ws, CZ_TYPE2).grn)
    win.apply_filters()
    assert win.model.matching == demo_ws.messaging.store.count(win.current_filter()) > 0


@pytest.mark.sqlite_file
def test_the_full_text_search_finds_a_message_not_read_yet(demo_ws, inbox):
    bulk_messages(demo_ws, 600)
    oldest = demo_ws.db.execute("SELECT id FROM messages WHERE message_id LIKE 'BULK%' "
                                "ORDER BY created_at, id LIMIT 1").fetchone()[0]
    with demo_ws.db.atomic():
        demo_ws.db.execute("UPDATE messages SET search_text = search_text || ' Kestrel' WHERE id = ?", [oldest])
    win = inbox(demo_ws)
    assert win.model.row_of(oldest) is None and win.model.canFetchMore(QModelIndex())
    win.search.setText("kestrel")
    win.apply_filters()
    assert [m.id for m in all_rows(win.model)] == [oldest]


# --- the window: the selected message ----------------------------------------------------------

def red_fragments(document) -> list[str]:
    texts = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            colour = fragment.charFormat().foreground().color()
            if colour.red() > 150 and colour.green() < 80 and colour.blue() < 80:
                texts.append(fragment.text())
            iterator += 1
        block = block.next()
    return texts


def test_the_preview_of_a_cc906c_shows_the_error_code_and_its_meaning_in_red(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    assert win.select_message(sample_ids["rejection"])
    assert win.tabs.currentWidget() is win.preview
    text = win.preview.toPlainText()
    assert "Functional rejection" in text
    red = " ".join(red_fragments(win.preview.document()))
    assert "G03" in red and "Access code not valid" in red
    assert "Neplatný přístupový kód" in red


def test_the_preview_of_a_cc037c_shows_the_answers(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    win.select_message(sample_ids["response"])
    text = win.preview.toPlainText()
    assert "25CZ52010000D4E5F6J7" in text  # a usage MRN
    assert demo_guarantee(sample_ws, CZ_TYPE0).grn in text


def test_the_xml_tab_shows_the_message_indented_with_access_codes_masked(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    win.select_message(sample_ids["rejection"])
    xml = win.xml_view.toPlainText()
    assert xml.startswith("<?xml")
    assert "<errorReason>G03</errorReason>" in xml
    assert win.shown_message.message_id in xml
    assert win.xml_view.isReadOnly()

    win.select_message(sample_ids["registration"])
    xml = win.xml_view.toPlainText()
    assert "E_ACC_COD" in xml and "<accessCode>••••</accessCode>" in xml
    for code in ("PK7Q", "AC01", "QQ12"):
        assert code not in xml and code not in win.preview.toPlainText()


def test_the_history_tab_lists_the_state_changes(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    win.select_message(sample_ids["refused_query"])
    states = [win.history.topLevelItem(i).text(1) for i in range(win.history.topLevelItemCount())]
    assert states == ["Waiting to be sent", "Sent", "Delivered (receipt)", "Rejected"]


def test_a_quarantined_message_explains_why_it_cannot_be_shown(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    win.select_message(sample_ids["quarantined"])
    assert "signature verification failed" in win.preview.toPlainText()
    assert "no readable XML" in win.xml_view.toPlainText()


def test_apply_again_puts_a_quarantined_answer_back_in_line_and_only_that(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    win.select_message(sample_ids["refused_query"])
    assert not win.retry_action.isEnabled() and "Only a quarantined" in win.retry_action.toolTip()
    win.select_message(sample_ids["quarantined"])
    assert win.retry_action.isEnabled()

    win.retry_action.trigger()
    assert sample_ws.messaging.store.get(sample_ids["quarantined"]).state == "received"
    assert "applied again" in win.statusBar().currentMessage()
    assert not win.retry_action.isEnabled()  # the message shown is waiting now, not quarantined


def test_export_to_pdf_writes_the_preview(sample_ids, sample_ws, inbox, tmp_path):
    win = inbox(sample_ws)
    assert not win.pdf_action.isEnabled() and "Select a message" in win.pdf_action.toolTip()
    win.select_message(sample_ids["rejection"])
    assert win.pdf_action.isEnabled() and win.print_action.isEnabled()
    path = win.export_pdf(tmp_path / "rejection.pdf")
    data = path.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 1000


@pytest.mark.sqlite_file
def test_export_to_pdf_never_writes_the_data_folders_database(sample_ids, sample_ws, inbox, modal):
    win = inbox(sample_ws)
    win.select_message(sample_ids["rejection"])
    database = sample_ws.data_dir / "customsdesk.sqlite"
    before = database.read_bytes(), database.stat().st_mtime_ns
    modal.answer(QMessageBox.StandardButton.Ok)

    assert win.export_pdf(database) is None

    assert [seen.title for seen in modal.seen] == ["Export to PDF"]
    assert str(database) in modal.seen[0].text and "CustomsDesk's database" in modal.seen[0].text
    assert (database.read_bytes(), database.stat().st_mtime_ns) == before


def test_print_opens_the_print_dialog_and_cancel_prints_nothing(sample_ids, sample_ws, inbox, modal):
    win = inbox(sample_ws)
    win.select_message(sample_ids["rejection"])
    modal.answer()  # rejects the dialog
    win.print_message()
    assert [seen.widget_class for seen in modal.seen] == ["QPrintDialog"]


def test_a_message_stays_selected_when_the_list_is_read_again(sample_ids, sample_ws, inbox):
    win = inbox(sample_ws)
    message_id = sample_ids["response"]
    win.select_message(message_id)
    win.refresh()
    assert win.shown_message.id == message_id
    assert win.model.record(win.table.currentIndex().row()).id == message_id


# --- main window: menus, actions and their reasons ------------------------------------------------

def test_the_messages_menu_has_the_inbox_and_the_toolbar_a_button_for_it(demo_ws, window):
    win = window(demo_ws)
    bar = next(a.menu() for a in win.menuBar().actions() if a.menu() and a.menu().title() == "&Messages")
    names = [a.objectName() for a in bar.actions() if a.objectName()]
    assert names[:2] == ["msg_inbox", "msg_sync"]
    assert win.actions["msg_inbox"].shortcut().toString() == "Ctrl+R"
    toolbar = win.findChild(type(win.addToolBar("x")), "main_toolbar")
    assert win.actions["msg_inbox"] in toolbar.actions()


def test_a_type_2_guarantee_cannot_be_asked_for_its_balance_rule_r261(demo_ws, window):
    win = window(demo_ws)
    select_guarantee(win, demo_guarantee(demo_ws, CZ_TYPE2))
    win.context_menu()
    balance = win.actions["msg_query_balance"]
    assert not balance.isEnabled()
    assert "R261" in balance.toolTip()
    assert win.actions["msg_query_usage"].isEnabled()
    assert win.actions["msg_query_info"].isEnabled()
    assert not win.actions["msg_register_codes"].isEnabled()
    assert "only guarantee types 0 and 1" in win.actions["msg_register_codes"].toolTip()


def test_a_guarantee_without_your_secondary_code_cannot_be_queried(demo_ws, window):
    g = demo_guarantee(demo_ws, CZ_TYPE1)
    demo_ws.access_codes.save(g.id, AccessCodes())
    win = window(demo_ws)
    select_guarantee(win, g)
    for name in ("msg_query_usage", "msg_query_balance", "msg_query_info"):
        action = win.actions[name]
        assert not action.isEnabled(), name
        assert "needs your secondary access code" in action.toolTip(), name


def test_a_guarantee_whose_parameters_have_no_permit_cannot_be_sent_anything(demo_ws, window):
    win = window(demo_ws)
    select_guarantee(win, demo_guarantee(demo_ws, PL_TYPE1))
    for name in ("msg_register_codes", "msg_query_usage", "msg_query_balance", "msg_query_info"):
        action = win.actions[name]
        assert not action.isEnabled(), name
        assert "no NCTS permit number" in action.toolTip(), name
    assert win.actions["msg_for_record"].isEnabled()


def test_registration_is_enabled_for_the_guarantee_whose_pac_you_hold(demo_ws, window):
    win = window(demo_ws)
    select_guarantee(win, demo_guarantee(demo_ws, PAC_GRN))
    assert win.actions["msg_register_codes"].isEnabled()
    select_guarantee(win, demo_guarantee(demo_ws, CZ_TYPE1))
    assert not win.actions["msg_register_codes"].isEnabled()
    assert "needs the primary access code" in win.actions["msg_register_codes"].toolTip()


def test_message_commands_need_a_selected_guarantee(demo_ws, window):
    win = window(demo_ws)
    for name in ("msg_register_codes", "msg_query_balance", "msg_for_record"):
        assert not win.actions[name].isEnabled()
        assert "Select a guarantee" in win.actions[name].toolTip()
    assert win.actions["msg_inbox"].isEnabled()


def test_a_query_just_sent_disables_the_next_one_until_the_minute_is_over(demo_ws, window):
    win = window(demo_ws)
    g = demo_guarantee(demo_ws, CZ_TYPE1)
    demo_ws.messaging.prepare_queries([g.id], QueryKind.INFO)
    select_guarantee(win, g)
    assert not win.actions["msg_query_balance"].isEnabled()
    assert "must wait" in win.actions["msg_query_balance"].toolTip()


def test_with_several_selected_an_action_is_enabled_when_one_can_be_sent(demo_ws, window):
    win = window(demo_ws)
    select_in_list(win, [demo_guarantee(demo_ws, CZ_TYPE2), demo_guarantee(demo_ws, CZ_TYPE1)])
    assert win.actions["msg_query_balance"].isEnabled()
    assert not win.actions["msg_for_record"].isEnabled()
    select_in_list(win, [demo_guarantee(demo_ws, CZ_TYPE2), demo_guarantee(demo_ws, PL_TYPE1)])
    balance = win.actions["msg_query_balance"]
    assert not balance.isEnabled()
    assert balance.toolTip().startswith("None of the 2 selected guarantees can be sent.")


# --- main window: queuing and sending --------------------------------------------------------------

def test_balance_on_a_selected_guarantee_queues_a_cc034c_and_sends_in_the_background(demo_ws, window, qtbot):
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    g = demo_guarantee(demo_ws, CZ_TYPE1)
    select_guarantee(win, g)
    inbox = win.open_messages()
    assert inbox.model.rowCount() == 0
    win.actions["msg_query_balance"].trigger()  # returns with the send still running: the window never waits
    queued = demo_ws.messaging.store.list(MessageFilter(message_type="CC034C"))
    assert len(queued) == 1 and queued[0].state == "queued" and queued[0].grns == [g.grn]
    _, query = parse_cc034c(demo_ws.messaging.store.content(queued[0].id)[0])
    assert [(i.grn, i.kind) for i in query.items] == [(g.grn, QueryKind.BALANCE)]
    assert [m.state for m in all_rows(inbox.model)] == ["queued"]
    assert win.tasks.current is not None and win.sync.busy
    assert win.sync_progress.isVisibleTo(win) and not win.actions["msg_sync"].isEnabled()

    wait_for_sync(qtbot, win)
    assert not win.sync_progress.isVisibleTo(win)
    assert "to be sent again later" in win.statusBar().currentMessage()
    assert demo_ws.messaging.store.get(queued[0].id).attempts == 1
    assert win.actions["msg_sync"].isEnabled()


def test_usage_asks_for_the_period_last_30_days_by_default(demo_ws, window, qtbot, modal):
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    g = demo_guarantee(demo_ws, CZ_TYPE1)
    select_guarantee(win, g)
    seen = {}

    def accept(dialog):
        seen["from"], seen["to"] = dialog.period()
        seen["note"] = dialog.note.text()
        dialog.accept()

    modal.answer(handle=accept)
    messages = win.send_query("usage")
    assert seen["to"] == date.today() and seen["from"] == date.today() - timedelta(days=30)
    assert "only the operations not yet released" in seen["note"]
    _, query = parse_cc034c(demo_ws.messaging.store.content(messages[0].id)[0])
    assert (query.items[0].period_from, query.items[0].period_to) == (seen["from"], seen["to"])
    wait_for_sync(qtbot, win)


def test_cancelling_the_period_queues_nothing(demo_ws, window, modal):
    win = window(demo_ws)
    select_guarantee(win, demo_guarantee(demo_ws, CZ_TYPE1))
    modal.answer()
    assert win.send_query("usage") == []
    assert demo_ws.messaging.store.count() == 0


def test_the_period_dialog_refuses_a_start_after_the_end_and_flags_long_periods(qtbot):
    dialog = QueryPeriodDialog(2, today=date(2025, 11, 3))
    qtbot.addWidget(dialog)
    assert dialog.period() == (date(2025, 10, 4), date(2025, 11, 3))
    dialog.date_from.setDate(dialog.date_from.date().addDays(60))
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "swap the dates" in dialog.error.text()
    dialog.date_from.setDate(dialog.date_to.date().addDays(-45))
    assert dialog.is_long() and dialog.note.styleSheet()
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_blocked_guarantees_are_listed_and_the_others_sent_when_confirmed(demo_ws, window, qtbot, modal):
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    allowed, blocked = demo_guarantee(demo_ws, CZ_TYPE1), demo_guarantee(demo_ws, CZ_TYPE2)
    select_in_list(win, [blocked, allowed])
    modal.answer(QMessageBox.StandardButton.Cancel)
    assert win.send_query("balance") == []
    assert "R261" in modal.seen[0].informative and "1 of the 2 selected" in modal.seen[0].text
    assert demo_ws.messaging.store.count() == 0

    modal.answer(QMessageBox.StandardButton.Yes)
    messages = win.send_query("balance")
    assert [m.grns for m in messages] == [[allowed.grn]]
    wait_for_sync(qtbot, win)


def test_only_blocked_guarantees_selected_explains_and_queues_nothing(demo_ws, window, modal):
    win = window(demo_ws)
    select_in_list(win, [demo_guarantee(demo_ws, CZ_TYPE2), demo_guarantee(demo_ws, PL_TYPE1)])
    modal.answer(QMessageBox.StandardButton.Ok)
    assert win.send_registration() == []
    assert "only guarantee types 0 and 1" in modal.seen[0].text
    assert demo_ws.messaging.store.count() == 0


def test_registration_says_what_it_sends_and_enter_on_the_question_queues_nothing(demo_ws, window, modal):
    win = window(demo_ws)
    pac_g = demo_guarantee(demo_ws, PAC_GRN)
    select_guarantee(win, pac_g)
    pressed = {}

    def press_enter(box):
        pressed["default"] = box.defaultButton().text()
        box.defaultButton().click()

    modal.answer(handle=press_enter)
    assert win.send_registration() == []
    assert pressed["default"] == "Cancel"
    assert modal.seen[0].title == "Register the access codes with customs?"
    assert pac_g.grn in modal.seen[0].text
    shown = modal.seen[0].informative
    assert f"GRN {pac_g.grn}: 3 secondary codes; the primary access code stays the same" in shown
    assert "replace every secondary code registered before" in shown
    assert demo_ws.messaging.store.count() == 0


def test_a_pac_change_is_said_before_it_is_queued(demo_ws, window, modal, qtbot):
    from core.secrets import Secret

    point_gateways(demo_ws, closed_port_url())
    pac_g = demo_guarantee(demo_ws, PAC_GRN)
    codes = demo_ws.access_codes.codes_for(pac_g.id)
    demo_ws.access_codes.save(pac_g.id, AccessCodes(pac=codes.pac, new_pac=Secret("NW12"), spks=codes.spks[:1]))
    win = window(demo_ws)
    select_guarantee(win, pac_g)
    modal.answer(QMessageBox.StandardButton.Yes)
    [message] = win.send_registration()
    assert message.kind == "PAC change"
    assert modal.seen[0].title == "Change the primary access code?"
    assert f"GRN {pac_g.grn}: 1 secondary code; a new primary access code" in modal.seen[0].informative
    assert "only the new primary access code works" in modal.seen[0].informative
    wait_for_sync(qtbot, win)


def test_never_two_syncs_at_once_a_second_request_runs_after_the_first(demo_ws, window, qtbot):
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    started = []
    win.tasks.started.connect(started.append)
    first = win.start_sync()
    assert win.start_sync() is first and win.poll() is None
    assert len(started) == 1
    wait_for_sync(qtbot, win)
    assert len(started) == 2  # the request made meanwhile ran after the first one
    assert win.tasks.current is None


def test_polling_runs_only_when_a_parameter_set_has_a_gateway(demo_ws, window, qtbot):
    demo_ws.set_setting("poll_seconds", "5")
    point_gateways(demo_ws, closed_port_url())
    win = window(demo_ws)
    assert win.poll_timer.isActive() and win.poll_timer.interval() == 5000
    task = win.poll()
    assert task is not None
    wait_for_sync(qtbot, win)
    point_gateways(demo_ws, "")
    assert win.poll() is None
    win._update_actions()
    assert not win.actions["msg_sync"].isEnabled()
    assert "No communication parameter set has a gateway" in win.actions["msg_sync"].toolTip()


def test_spare_references_keep_true_far_from_zero(qapp):
    import sys

    from ui.tasks import TRUE_REFERENCES_LOW, keep_true_referenced

    keep_true_referenced()
    assert sys.getrefcount(True) >= TRUE_REFERENCES_LOW


def test_a_background_job_runs_on_a_thread_of_its_own_without_an_event_loop_here(qtbot):
    import asyncio
    import threading

    asyncio.set_event_loop(None)  # the window's thread needs no asyncio loop
    tasks = BackgroundTasks()
    done = []

    async def job():
        await asyncio.sleep(0)
        return threading.get_ident(), asyncio.get_running_loop()

    with qtbot.waitSignal(tasks.finished, timeout=10_000):
        started = tasks.start("job", job, lambda *outcome: done.append(outcome))
        assert started is not None and tasks.busy
        assert tasks.start("another", job, lambda *outcome: None) is None  # one at a time
    [((thread_id, loop), error)] = done
    assert error is None and thread_id == started.thread_id != threading.get_ident()
    assert loop.is_closed() and not started.running and not tasks.busy


def test_stopping_a_background_job_cancels_it_and_waits_for_its_thread(qtbot):
    import asyncio
    import threading

    tasks = BackgroundTasks()
    done, began = [], threading.Event()

    async def job():
        began.set()
        await asyncio.sleep(60)

    started = tasks.start("job", job, lambda *outcome: done.append(outcome))
    assert began.wait(10)
    assert tasks.stop(timeout=10) and not started.running  # at once, not after the minute
    with qtbot.waitSignal(tasks.finished, timeout=10_000):
        pass
    [(result, error)] = done
    assert result is None and isinstance(error, asyncio.CancelledError) and not tasks.busy


# --- main window: opening the inbox --------------------------------------------------------------

def test_messages_for_this_record_opens_the_window_filtered_with_a_removable_chip(sample_ws, window):
    win = window(sample_ws)
    g = demo_guarantee(sample_ws, PAC_GRN)
    select_guarantee(win, g)
    win.actions["msg_for_record"].trigger()
    inbox = win.messages_window
    assert inbox is not None and inbox.isVisible()
    assert inbox.chip.isVisible() and inbox.chip_label.text() == f"Only messages for {g.grn}"
    rows = all_rows(inbox.model)
    assert len(rows) == 4 and all(g.grn in m.grns for m in rows)
    inbox.chip_remove.click()
    assert not inbox.chip.isVisible()
    assert inbox.model.rowCount() == 9


def test_receipts_and_responses_is_one_window_raised_again(sample_ws, window):
    win = window(sample_ws)
    win.actions["msg_inbox"].trigger()
    first = win.messages_window
    first.close()
    win.actions["msg_inbox"].trigger()
    assert win.messages_window is first and first.isVisible()
    assert not first.chip.isVisible() and first.model.rowCount() == 9


# --- main window: the guarantee page --------------------------------------------------------------

def test_the_guarantee_page_shows_the_answers_the_usages_and_the_last_error_in_red(sample_ws, window):
    win = window(sample_ws)
    select_guarantee(win, demo_guarantee(sample_ws, PAC_GRN))
    text = win.detail.toPlainText()
    assert format_amount("2373100.00", "CZK") in text and format_amount("126900.00", "CZK") in text
    assert "3 operations" in text and "25CZ52010000D4E5F6J7" in text and "not yet" in text
    assert "A primary access code is stored (held by alice) — delete it after registration" in text

    select_guarantee(win, demo_guarantee(sample_ws, CZ_TYPE0))
    text = win.detail.toPlainText()
    assert "Spedice Brno s.r.o. (CZ25596641)" in text and "not valid in AD, SM" in text
    assert "2024-03-01 – no end date" in text

    select_guarantee(win, demo_guarantee(sample_ws, CZ_TYPE1))
    red = " ".join(red_fragments(win.detail.document()))
    assert "G03" in red and "Access code not valid" in red and "Neplatný přístupový kód" in red


# --- screenshots ---------------------------------------------------------------------------------

def test_the_messaging_screenshots_are_rendered(demo_ws, tmp_path):
    from PySide6.QtGui import QImage

    written = render_messaging(tmp_path / "shots", demo_ws)
    names = {path.name for path in written}
    assert {"messages-window-cc906c.png", "messages-window-cc037c.png", "guarantee-detail-error.png"} <= names
    for path in written:
        image = QImage(str(path))
        assert image.width() > 400 and image.height() > 150, path.name
        colours = {image.pixel(x, y) for x in range(0, image.width(), 11) for y in range(0, image.height(), 11)}
        assert len(colours) > 10, f"{path.name} is nearly blank"


# --- end to end: the real simulator ------------------------------------------------------------------

@pytest.mark.slow
def test_registration_and_balance_through_the_simulator_from_the_context_menu(demo_ws, window, simulator, qtbot,
                                                                               modal):
    url = simulator()
    point_gateways(demo_ws, url)
    win = window(demo_ws)
    pac_g, other = demo_guarantee(demo_ws, PAC_GRN), demo_guarantee(demo_ws, CZ_TYPE1)
    assert demo_ws.access_codes.pac_holder(pac_g.id) == "alice"
    before = pac_g.codes_registered_at

    select_guarantee(win, pac_g)
    menu = win.context_menu()
    register = win.actions["msg_register_codes"]
    assert register in _all_actions(menu) and register.isEnabled()

    def register_then_delete_the_pac(box):
        box.button(QMessageBox.StandardButton.Yes).click()
        modal.answer(QMessageBox.StandardButton.Yes)  # Delete the PAC when asked

    modal.answer(handle=register_then_delete_the_pac)
    register.trigger()
    assert win.tasks.busy
    wait_for_sync(qtbot, win)

    assert [seen.title for seen in modal.seen] == ["Register the access codes with customs?",
                                                   "Delete the primary access code?"]
    assert f"Registration confirmed for GRN {pac_g.grn}" in modal.seen[1].text
    assert demo_ws.access_codes.pac_holder(pac_g.id) is None
    registered = demo_ws.guarantees.get(pac_g.id)
    assert registered.codes_registered_at and registered.codes_registered_at != before
    assert "A primary access code is stored" not in win.detail.toPlainText()
    assert "Primary access code\tnot stored" in win.detail.toPlainText() or "not stored" in win.detail.toPlainText()

    select_guarantee(win, other)
    menu = win.context_menu()
    balance = win.actions["msg_query_balance"]
    assert balance in _all_actions(menu) and balance.isEnabled()
    balance.trigger()
    wait_for_sync(qtbot, win)
    answered = demo_ws.guarantees.get(other.id)
    assert answered.balance is not None and answered.exposure is not None
    assert "Remaining balance" in win.detail.toPlainText()
    assert format_amount(answered.balance, answered.currency_answer) in win.detail.toPlainText()
    assert "applied to the records" in win.statusBar().currentMessage()

    inbox = win.open_messages()
    rows = {(m.message_type, m.state) for m in all_rows(inbox.model)}
    assert rows == {("E_ACC_COD", "answered"), ("E_ACC_RSP", "applied"), ("CC034C", "answered"),
                    ("CC037C", "applied")}
    assert not inbox.banner.isVisible()


def _all_actions(menu) -> list:
    found = []
    for action in menu.actions():
        found.append(action)
        if action.menu() is not None:
            found += _all_actions(action.menu())
    return found


def test_the_calendar_of_an_any_date_filter_opens_on_this_month(demo_ws, inbox, qtbot):
    from PySide6.QtCore import QDate, QPoint

    win = inbox(demo_ws)
    edit = win.date_from
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=QPoint(edit.width() - 8, edit.height() // 2))
    calendar = edit.calendarWidget()
    assert calendar.isVisible()
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    assert edit.date() == ANY_DATE
    calendar.window().close()
