"""Outages and business continuity in the window: the incident log with its dialogs and its report, the movements
handled on paper with their deadlines, the share on paper per month, the banner of the main window and the notice
at sign-in.

Real workspaces on SQLite, real widgets offscreen; send and receive runs on a thread of its own (``wait_for_sync``).
"""
from __future__ import annotations

import csv
import io
import secrets
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QMessageBox, QToolButton
from ui_helpers import closed_port_url, point_gateways, wait_for_sync

from core.changes import CONTINUITY
from core.continuity.bcp import MonthShare
from core.continuity.notices import reminders_to_announce
from core.messaging.gateways import OUTAGE_THRESHOLD_SETTING
from core.messaging.store import MessageFilter
from ui.continuity_window import (
    INCIDENTS_TAB,
    MONITORING_TAB,
    MOVEMENTS_TAB,
    ContinuityWindow,
)
from ui.models.continuity import (
    OVERDUE_BACKGROUND,
    MovementTableModel,
    chart_bars,
    chart_scale,
)

SCREEN = (1366, 768)
CZ_TYPE1 = "25CZ520101000145"  # demo guarantees that can be asked for their balance
CZ_TYPE0 = "25CZ510101000027"
EORI = "DE1234567890123"
WHIT_FRIDAY = "2026-05-22 16:30"  # the Friday before Whit Monday (Pentecost Monday), 25 May 2026


@pytest.fixture
def continuity(qtbot):
    """Factory: the continuity window over a workspace, shown."""

    def make(context) -> ContinuityWindow:
        win = ContinuityWindow(context)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        return win

    return make


def cell(model, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def row_texts(model, row: int) -> list[str]:
    return [cell(model, row, column) for column in range(model.columnCount())]


def error_of(dialog, field: str) -> str:
    label = dialog.form.error_label(field)
    return "" if label.isHidden() else label.text()


def local(text: str) -> str:
    """A moment typed as local time, as the log keeps it (UTC)."""
    return datetime.fromisoformat(text).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def overdue_movement(context, number: str, days_ago: int = 10):
    """A paper movement taken over ``days_ago`` days ago, so its document is overdue."""
    taken_over = (datetime.now().astimezone() - timedelta(days=days_ago)).replace(microsecond=0)
    return context.bcp.record(country="DE", office_destination="DE004600", taken_over=taken_over,
                              document_number=number).record


def outbound(context, at: datetime, state: str = "answered") -> int:
    """A message declared to customs at ``at`` (as the monitoring counts them)."""
    store = context.messaging_at(lambda: at).store
    return store.add_outbound(message_type="CC034C", kind="test", message_id=secrets.token_hex(8), xml=b"<x/>",
                              params_id=None, org_id=None, created_by=context.user, records=[], state=state).id


def activate(qtbot, win) -> None:
    win.activateWindow()  # its shortcuts work in the active window
    qtbot.waitUntil(win.isActiveWindow)


# --- the window, from the main window ---------------------------------------------------------------------------

def test_the_messages_menu_opens_the_window_with_a_shortcut_of_its_own_and_esc_closes_it(context, window, qtbot):
    win = window(context)
    action = win.actions["continuity"]
    messages_menu = next(a.menu() for a in win.menuBar().actions() if a.text() == "&Messages")
    assert action in messages_menu.actions() and action.isEnabled()
    assert action.shortcut() == QKeySequence("Ctrl+Shift+O")
    shortcuts = [s.toString() for a in win.actions for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), shortcuts

    action.trigger()
    continuity = win.findChild(ContinuityWindow)
    assert continuity is not None and continuity.isVisible() and continuity.hub is win.changes
    hint = continuity.minimumSizeHint()
    assert hint.width() <= SCREEN[0] and hint.height() <= SCREEN[1]
    assert continuity.width() <= SCREEN[0] and continuity.height() <= SCREEN[1]
    own = [s.toString() for a in continuity.actions() for s in a.shortcuts()]
    assert len(own) == len(set(own)), own

    activate(qtbot, continuity)
    qtbot.keyClick(continuity, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert continuity.tabs.currentIndex() == MOVEMENTS_TAB
    qtbot.keyClick(continuity, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert continuity.tabs.currentIndex() == MONITORING_TAB
    qtbot.keyClick(continuity, Qt.Key.Key_Escape)
    assert not continuity.isVisible()

    action.trigger()
    again = win.findChild(ContinuityWindow)
    assert again.isVisible()
    activate(qtbot, again)
    qtbot.keyClick(again, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not again.isVisible()


def test_every_command_is_in_a_menu_of_the_window(context, continuity):
    win = continuity(context)
    in_menus = {a.objectName() for menu in win.menuBar().actions() for a in menu.menu().actions()
                if not a.isSeparator()}
    commands = {"new_incident", "edit_incident", "close_incident", "report", "pending", "new_movement",
                "mark_presented", "send_electronically", "ranges", "regions", "threshold", "refresh", "close",
                "tab_0", "tab_1", "tab_2"}
    assert commands <= in_menus, commands - in_menus


# --- the incident log --------------------------------------------------------------------------------------------

def test_a_new_incident_shows_each_error_under_its_field_then_is_listed(context, continuity, modal):
    win = continuity(context)
    seen = {}

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("own-system"))
        seen["shown"] = {name: not dialog.form.layout.isRowVisible(getattr(dialog, name).parentWidget())
                         for name in ("eori", "ticket", "cause", "gateway")}
        dialog.start.edit.setText("yesterday at nine")
        dialog.confirmed.setCurrentIndex(dialog.confirmed.findData("yes"))
        dialog.accept()
        seen["first"] = {name: error_of(dialog, name) for name in ("eori", "start", "ticket")}
        dialog.eori.setText(EORI)
        dialog.start.edit.setText("2026-11-30 09:15")
        dialog.ticket.setText("SD-4711")
        dialog.cause.setPlainText("The server room lost power.")
        dialog.accept()

    modal.answer(handle=fill)
    dialog = win.new_incident()

    assert seen["shown"] == {"eori": False, "ticket": False, "cause": False, "gateway": True}  # hidden: not for this kind
    assert "EORI" in seen["first"]["eori"]
    assert "is not a date and time for the start" in seen["first"]["start"]
    assert "The service desk confirms with a ticket number" in seen["first"]["ticket"]
    assert dialog.result() == QDialog.DialogCode.Accepted
    [incident] = context.incidents.list()
    assert (incident.kind, incident.state, incident.eori, incident.ticket, incident.confirmed, incident.start) == (
        "own-system", "open", EORI, "SD-4711", "yes", local("2026-11-30T09:15"))
    assert win.incident_model.rowCount() == 1 and win.selected_incident_id() == incident.id
    texts = row_texts(win.incident_model, 0)
    assert texts[1:4] == ["Failure of our own system (authorised consignee)", "Open", "2026-11-30 09:15"]
    assert texts[4] == "going on" and texts[7:] == [EORI, "SD-4711", "Confirmed by the service desk"]
    assert "The server room lost power." in win.incident_detail.toPlainText()


def test_a_detected_draft_is_confirmed_then_closed_through_the_dialogs(context, continuity, modal):
    draft_id = context.incidents.open_detected("gw|CZ", "https://gateway.example/ncts", "CZ",
                                               "2026-12-01T07:40:12Z", "timed out after 30 s")
    win = continuity(context)
    assert row_texts(win.incident_model, 0)[2] == "Draft (detected automatically)"
    assert cell(win.incident_model, 0, 2, Qt.ItemDataRole.ToolTipRole).startswith("Opened automatically")
    seen = {}

    def confirm(dialog):
        seen["title"], seen["start"] = dialog.windowTitle(), dialog.start.edit.text()
        seen["cause"] = dialog.cause.toPlainText()
        dialog.notes.setPlainText("Customs confirmed the outage by phone.")
        dialog.accept()

    modal.answer(handle=confirm)
    win.edit_incident()
    confirmed = context.incidents.get(draft_id)
    assert seen["title"] == f"Confirm incident {draft_id} (detected automatically)"
    assert seen["cause"] == "timed out after 30 s"
    assert confirmed.state == "open" and confirmed.start == "2026-12-01T07:40:12Z"  # unchanged: seconds and all
    assert confirmed.created_by == context.user and row_texts(win.incident_model, 0)[2] == "Open"

    def close(dialog):
        dialog.moment.setText("2026-12-01 06:00")  # before the start
        dialog.accept()
        seen["end"] = error_of(dialog, "end")
        dialog.moment.setText("2026-12-01 11:05")
        dialog.accept()

    modal.answer(handle=close)
    win.close_incident()
    assert "must come after the start" in seen["end"]
    closed = context.incidents.get(draft_id)
    assert closed.state == "closed" and closed.end == local("2026-12-01T11:05")
    assert row_texts(win.incident_model, 0)[2:5] == ["Closed", seen["start"], "2026-12-01 11:05"]
    assert not win.close_incident_action.isEnabled() and "is closed" in win.close_incident_action.toolTip()


@pytest.mark.sqlite_file
def test_the_report_is_written_as_pdf_and_csv_and_the_database_is_refused(context, continuity, modal, tmp_path,
                                                                           data_dir):
    context.incidents.open("own-system", "2026-11-30T09:15", eori=EORI, cause="power cut", ticket="SD-4711",
                           confirmed="yes")
    win = continuity(context)
    assert win.report_action.isEnabled()

    pdf = win.save_report(tmp_path / "incident.pdf")
    written_csv = win.save_report(tmp_path / "incident.csv")

    assert pdf.read_bytes().startswith(b"%PDF")
    [row] = list(csv.DictReader(io.StringIO(written_csv.read_text(encoding="utf-8-sig"))))
    assert (row["eori"], row["ticket"], row["confirmed"], row["cause"]) == (EORI, "SD-4711", "yes", "power cut")
    assert "saved" in win.statusBar().currentMessage()

    database = data_dir / "customsdesk.sqlite"
    before = database.read_bytes()[:100]
    modal.answer(QMessageBox.StandardButton.Ok)
    assert win.save_report(database) is None
    assert "CustomsDesk's database" in modal.seen[-1].text and "nothing was written" in modal.seen[-1].text
    assert database.read_bytes()[:100] == before and context.incidents.list()  # still the database it was


# --- movements handled on paper ----------------------------------------------------------------------------------

def test_a_movement_recorded_through_the_dialog_shows_its_deadline_after_a_holiday_weekend(context, continuity,
                                                                                         modal):
    context.bcp.add_range("DE004600", 1, 100, prefix="HH-")
    win = continuity(context)
    seen = {}

    def fill(dialog):
        seen["waiting"] = dialog.deadline.text()
        dialog.office_destination.setText("XX12")
        dialog.taken_over.setText(WHIT_FRIDAY)
        dialog.accept()
        seen["errors"] = {name: error_of(dialog, name) for name in ("office_destination", "country")}
        dialog.office_destination.setText("DE004600")
        seen["country"], seen["range"] = dialog.country.text(), dialog.range_note.text()
        seen["deadline"] = dialog.deadline.text()
        dialog.accept()

    modal.answer(handle=fill)
    dialog = win.new_movement()

    assert "appears here once" in seen["waiting"]
    assert "reference number of the office of destination" in seen["errors"]["office_destination"]
    assert "No public holiday calendar is known for the country XX" in seen["errors"]["country"]
    assert seen["country"] == "DE" and seen["range"].startswith("Next: HH-001 (range HH-001–HH-100; 100 left)")
    assert seen["deadline"] == (
        "Present the endorsed document by Tuesday 2026-05-26: the working day after taking over the goods on "
        "Friday 2026-05-22 (DE); not a working day: Saturday 2026-05-23: weekend; Sunday 2026-05-24: weekend; "
        "Monday 2026-05-25: Pentecost Monday, a public holiday.")
    assert dialog.result() == QDialog.DialogCode.Accepted
    [movement] = context.bcp.list()
    assert (movement.document_number, movement.deadline, movement.office_destination) == (
        "HH-001", "2026-05-26", "DE004600")
    assert win.tabs.currentIndex() == MOVEMENTS_TAB and win.selected_movement_id() == movement.id
    texts = row_texts(win.movement_model, 0)
    assert texts[1:5] == ["BCP-TAD", "HH-001", "", "DE004600"]
    assert texts[6] == "2026-05-22 16:30" and texts[MovementTableModel.DEADLINE_COLUMN] == "Tue 2026-05-26"
    assert f"by {movement.deadline}" in win.statusBar().currentMessage()


def test_the_reminder_column_is_highlighted_while_the_document_is_overdue(context, continuity, modal):
    movement = overdue_movement(context, "P-17")
    win = continuity(context)
    column = MovementTableModel.REMINDER_COLUMN
    assert cell(win.movement_model, 0, column).startswith("overdue since ")
    assert cell(win.movement_model, 0, column, Qt.ItemDataRole.BackgroundRole).color() == OVERDUE_BACKGROUND
    assert "present the endorsed document without delay" in cell(win.movement_model, 0, column,
                                                                  Qt.ItemDataRole.ToolTipRole)

    modal.answer(handle=lambda dialog: dialog.accept())  # empty: presented now
    win.tabs.setCurrentIndex(MOVEMENTS_TAB)
    win.mark_presented()

    assert context.bcp.get(movement.id).presented
    assert cell(win.movement_model, 0, column) == ""
    assert cell(win.movement_model, 0, column, Qt.ItemDataRole.BackgroundRole) is None
    assert not win.presented_action.isEnabled() and "was presented on" in win.presented_action.toolTip()


def test_sending_electronically_is_disabled_with_the_reason_and_its_key_says_why(context, continuity, qtbot):
    movement = overdue_movement(context, "P-18")
    win = continuity(context)
    action = win.send_action
    assert not action.isEnabled()
    assert "never entered into NCTS afterwards" in action.toolTip()
    assert action in next(a.menu() for a in win.menuBar().actions() if a.text() == "&Paper movements").actions()
    button = win.findChild(QToolButton, "button_send_electronically")
    assert button is not None and not button.isEnabled()

    win.tabs.setCurrentIndex(MOVEMENTS_TAB)
    activate(qtbot, win)
    qtbot.keyClick(win, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    shown = win.statusBar().currentMessage()
    assert shown.startswith(f"{movement.label} was placed under transit on paper")
    assert "never entered into NCTS" in shown and shown.endswith("Nothing was sent.")
    assert context.messaging.store.list(MessageFilter()) == []


def test_number_ranges_are_added_in_their_dialog_with_errors_under_the_fields(context, continuity, modal):
    win = continuity(context)
    seen = {}

    def add(dialog):
        dialog.office.setText("DE004600")
        dialog.first.setText("ten")
        dialog.last.setText("5")
        dialog.add_range()
        seen["first"] = error_of(dialog, "first")
        dialog.first.setText("1")
        dialog.last.setText("50")
        dialog.prefix.setText("hh-")
        dialog.add_range()
        seen["rows"] = [row_texts(dialog.model, row) for row in range(dialog.model.rowCount())]
        dialog.reject()

    modal.answer(handle=add)
    win.edit_ranges()
    assert "whole number" in seen["first"]
    assert seen["rows"] == [["DE004600", "HH-01–HH-50", "HH-01", "50"]]


def test_office_regions_are_set_in_their_dialog(context, continuity, modal):
    win = continuity(context)
    seen = {}

    def regions(dialog):
        dialog.regions.setText("DE004600=XX")
        dialog.accept()
        seen["error"] = error_of(dialog, "office_regions")
        dialog.regions.setText("DE004600=hh")
        dialog.accept()

    modal.answer(handle=regions)
    win.edit_regions()
    assert "'XX' is not a region of DE" in seen["error"]
    assert context.bcp.office_regions() == {"DE004600": "HH"}


# --- the declarations pending from an outage, and the banner -----------------------------------------------------

def test_the_banner_tells_of_a_gateway_down_with_the_messages_waiting_and_goes_when_it_is_closed(
        demo_ws, window, qtbot, modal):
    from test_ui_messages import demo_guarantee, select_guarantee

    url = closed_port_url()
    point_gateways(demo_ws, url)
    demo_ws.set_setting(OUTAGE_THRESHOLD_SETTING, "1")  # down at the first send and receive without an answer
    win = window(demo_ws)
    banner = win.continuity_banner
    assert banner.isHidden()
    select_guarantee(win, demo_guarantee(demo_ws, CZ_TYPE1))

    win.actions["msg_query_balance"].trigger()  # queued, then sent in the background: the gateway does not answer
    wait_for_sync(qtbot, win)

    [incident] = demo_ws.incidents.current()
    assert incident.state == "draft" and incident.gateway == url
    assert banner.isVisibleTo(win) and banner.outage.severity == "critical"
    since = datetime.fromisoformat(incident.start).astimezone().strftime("%Y-%m-%d %H:%M")
    assert banner.outage.text.text() == (
        f"Customs gateway {url} unreachable since {since} — 1 message waiting; it goes out when it is back")

    win.poll_timer.stop()  # no other send and receive while the test looks
    select_guarantee(win, demo_guarantee(demo_ws, CZ_TYPE0))  # one query per GRN a minute
    win.actions["msg_query_balance"].trigger()  # a second one, during the outage: the banner counts it at once
    assert "— 2 messages waiting; they go out when it is back" in banner.outage.text.text()
    wait_for_sync(qtbot, win)

    banner.outage.button.click()
    continuity = win.findChild(ContinuityWindow)
    assert continuity.isVisible() and continuity.tabs.currentIndex() == INCIDENTS_TAB
    assert continuity.selected_incident_id() == incident.id
    seen = {}

    def pending(dialog):
        seen["rows"] = [row_texts(dialog.table.model(), row) for row in range(dialog.table.model().rowCount())]
        dialog.reject()

    modal.answer(handle=pending)
    continuity.show_pending()
    second = max(m.id for m in demo_ws.messaging.store.list(MessageFilter(message_type="CC034C")))
    # queued during the outage; the first one too when it was queued in the second the gateway first failed
    assert str(second) in [texts[0] for texts in seen["rows"]]
    assert {(texts[1], texts[3]) for texts in seen["rows"]} == {("CC034C", "Waiting to be sent")}

    def end_now(dialog):
        dialog.accept()  # empty: ended now
        seen["refused"] = dialog.general_error.text() + error_of(dialog, "end")
        if dialog.isVisible():
            dialog.reject()

    qtbot.wait(1100)  # the end comes after the start, kept to the second
    modal.answer(handle=end_now)
    continuity.close_incident()
    assert seen["refused"] == "" and demo_ws.incidents.get(incident.id).state == "closed"
    assert banner.isHidden() and demo_ws.incidents.current() == []


def test_an_incident_recorded_by_a_clerk_shows_in_the_banner_with_what_waits(demo_ws, window):
    win = window(demo_ws)
    banner = win.continuity_banner
    assert banner.isHidden()
    saved = demo_ws.incidents.open("customs-planned", datetime.now(UTC) - timedelta(minutes=5),
                                   expected_end="2099-01-01T06:00Z", administration="DE", ticket="NCTS-2026-118")
    win.changes.publish(saved.changes)
    assert not banner.isHidden()
    assert banner.outage.text.text().startswith("Planned customs outage (DE ATLAS) since ")
    assert "ticket NCTS-2026-118 — no message waiting" in banner.outage.text.text()
    win.changes.publish(demo_ws.incidents.close(saved.record.id))
    assert banner.isHidden()


def test_paper_movements_due_appear_in_the_banner_until_presented(context, window, qtbot):
    first = overdue_movement(context, "P-21", days_ago=12)
    second = overdue_movement(context, "P-22", days_ago=11)
    third = overdue_movement(context, "P-23", days_ago=10)
    win = window(context)
    qtbot.waitUntil(lambda: win.continuity_banner.notice is not None)
    win.continuity_banner.notice.close()
    banner = win.continuity_banner
    assert not banner.isHidden() and banner.outage.isHidden() and banner.due.severity == "critical"
    lines = banner.due.text.text().split("\n")
    assert lines[0].startswith("Paper movement P-21: overdue since ")
    assert f"present the endorsed BCP-TAD to DE004600 without delay (it was due by {first.deadline})" in lines[0]
    assert lines[1].startswith("Paper movement P-22") and lines[2] == "… and 1 more paper movement"
    assert "P-23" in banner.due.text.toolTip()

    banner.due.button.click()
    continuity = win.findChild(ContinuityWindow)
    assert continuity.tabs.currentIndex() == MOVEMENTS_TAB
    for movement in (first, second):
        win.changes.publish(context.bcp.mark_presented(movement.id))
    assert banner.due.text.text().startswith("Paper movement P-23") and "more" not in banner.due.text.text()
    win.changes.publish(context.bcp.mark_presented(third.id))
    assert banner.isHidden()
    assert continuity.movement_model.rowCount() == 3 and cell(continuity.movement_model, 0, 8) != "not yet"


def test_the_notice_at_sign_in_lists_the_documents_due_once_a_day(context, window, qtbot):
    overdue_movement(context, "P-31")
    first = window(context)
    qtbot.waitUntil(lambda: first.continuity_banner.notice is not None)
    notice = first.continuity_banner.notice
    assert notice.windowTitle() == "Paper movements due"
    assert "1 endorsed paper document is due at the office of destination, 1 overdue" in notice.text()
    assert "Paper movement P-31: overdue since" in notice.text()
    notice.close()

    second = window(context)
    qtbot.wait(50)
    assert second.continuity_banner.notice is None and not second.continuity_banner.isHidden()
    tomorrow = datetime.now().astimezone().date() + timedelta(days=1)
    assert [r.movement.document_number for r in reminders_to_announce(context, tomorrow)] == ["P-31"]


# --- the share on paper per month ------------------------------------------------------------------------------

def test_the_chart_has_one_bar_per_month_as_high_as_its_share():
    shares = [MonthShare("2026-07", 0, 0, None, None), MonthShare("2026-08", 1, 19, 5.0, None),
              MonthShare("2026-09", 4, 16, 20.0, "In 2026-09 20 % …")]

    bars = chart_bars(shares, 5.0)

    assert chart_scale(shares, 5.0) == 25.0  # the largest share with some room, rounded up
    assert [(b.month, b.height, b.warning, b.label) for b in bars] == [
        ("2026-07", 0.0, False, "—"), ("2026-08", 0.2, False, "5 %"), ("2026-09", 0.8, True, "20 %")]
    assert chart_scale([MonthShare("2026-09", 9, 1, 90.0, None)], 5.0) == 100.0


def test_the_monitoring_tab_charts_the_last_months_and_warns_when_the_share_grows(context, continuity, qtbot):
    this_month = date.today().replace(day=2)
    last_month = (this_month.replace(day=1) - timedelta(days=1)).replace(day=2)
    for day, paper, electronic in ((last_month, 1, 9), (this_month, 3, 3)):
        at = datetime(day.year, day.month, day.day, 8, 0, tzinfo=UTC)
        for n in range(electronic):
            outbound(context, at + timedelta(minutes=n))
        for n in range(paper):
            context.bcp.record(country="DE", office_destination="DE004600", taken_over=f"{day.isoformat()}T10:0{n}Z",
                               document_number=f"{day:%Y%m}-{n}")
    outbound(context, datetime(this_month.year, this_month.month, 2, 9, 0, tzinfo=UTC), "draft")  # not declared
    win = continuity(context)
    win.tabs.setCurrentIndex(MONITORING_TAB)
    win.resize(*SCREEN)
    qtbot.wait(10)

    bars = win.chart.bars
    assert len(bars) == win.months.value() == 12
    assert [b.share for b in bars[-2:]] == [10.0, 50.0] and all(b.share is None for b in bars[:-2])
    assert win.chart.scale == 75.0
    assert [round(b.height, 4) for b in bars[-2:]] == [round(10 / 75, 4), round(50 / 75, 4)]
    rects = win.chart.bar_rects()
    assert len(rects) == 12 and rects[-1].height() == pytest.approx(5 * rects[-2].height())
    assert rects[-1].height() == pytest.approx(win.chart.plot_area().height() * 50 / 75)
    assert [b.warning for b in bars[-2:]] == [True, True]
    assert win.share_warning.isVisibleTo(win)
    assert f"In {this_month:%Y-%m} 50 % of movements were handled on paper" in win.share_warning.text()
    assert row_texts(win.share_model, 0)[:4] == [f"{this_month:%Y-%m}", "3", "3", "50 %"]

    win.months.setValue(6)
    assert len(win.chart.bars) == 6

    win.threshold.setValue(60)
    win.threshold_button.click()
    assert context.bcp.share_warning_percent() == 60.0
    assert not any(b.warning for b in win.chart.bars) and not win.share_warning.isVisibleTo(win)


def test_a_declarant_cannot_set_the_threshold_nor_keep_the_ranges(context, continuity):
    from colleagues import add_colleague

    declarant = add_colleague(context, "carla")
    try:
        win = continuity(declarant)
        assert not win.threshold_button.isEnabled() and not win.threshold_action.isEnabled()
        assert win.threshold_button.toolTip().startswith("Only a guarantee officer or an administrator may set when")
        assert "read-only: Only a guarantee officer" in win.ranges_action.toolTip()
    finally:
        declarant.close()


def test_a_send_and_receive_tells_of_a_continuity_change_only_with_a_gateway_down_or_back():
    from types import SimpleNamespace

    from ui.sync_scheduler import _outage_changes

    assert not _outage_changes(SimpleNamespace(gateways_down=[], recovered=[])) and not _outage_changes(None)
    assert _outage_changes(SimpleNamespace(gateways_down=[{"gateway": "x"}], recovered=[])).touches(CONTINUITY)
    assert _outage_changes(SimpleNamespace(gateways_down=[], recovered=[{"gateway": "x"}])).touches(CONTINUITY)


def test_the_banner_reads_only_while_somebody_is_signed_in_and_stops_with_the_window(context, window, qtbot):
    """A closed window's banner re-reading every minute found the database closed under it (an error in Qt)."""
    win = window(context)
    banner = win.continuity_banner
    assert banner.timer.isActive()
    win.close()
    assert not banner.timer.isActive() and banner.context is None  # no more reading after the database closes
    banner.timer.timeout.emit()
    assert banner.isHidden()
