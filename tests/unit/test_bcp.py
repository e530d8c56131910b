"""Movements handled on paper under the business continuity plan: numbers, deadlines, reminders, the block on
sending them, the declarations to withdraw after an outage, and the share of paper movements per month."""
from __future__ import annotations

import ast
import secrets
import threading
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from colleagues import add_colleague
from unit_shared import FixedClock

from core.continuity.bcp import BcpService, EndsOnPaper
from core.continuity.incidents import IncidentService
from core.errors import NotFound, NotPermitted, ValidationError
from core.installation import open_context

CONTINUITY_PACKAGE = Path(__file__).resolve().parents[2] / "core" / "continuity"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 6, 15, 9, 0, tzinfo=UTC))


@pytest.fixture
def bcp(workspace, clock) -> BcpService:
    return BcpService(workspace.db, workspace.access, workspace.installation.settings, workspace.catalogue,
                      clock=clock)


def _fields(excinfo) -> set[str]:
    return {e.field for e in excinfo.value.errors}


def _record(bcp, taken_over="2026-06-03T10:00", office="DE004600", country="DE", **more):
    return bcp.record(country=country, office_destination=office, taken_over=taken_over, **more).record


# -- numbers ------------------------------------------------------------------------------------------------------
def test_numbers_are_taken_from_the_office_range_in_order_until_it_is_used_up(bcp):
    kept = bcp.add_range("de004600", 7, 9, prefix="hh-").record
    assert (kept.office, kept.prefix, kept.next, kept.remaining) == ("DE004600", "HH-", 7, 3)

    numbers = [_record(bcp).document_number for _ in range(3)]
    with pytest.raises(ValidationError) as used_up:
        _record(bcp)

    assert numbers == ["HH-7", "HH-8", "HH-9"]
    assert _fields(used_up) == {"document_number"}
    assert "used up (HH-7–HH-9)" in used_up.value.errors[0].message
    assert "bcp-range-add --office DE004600" in used_up.value.errors[0].message
    assert bcp.ranges("DE004600")[0].remaining == 0 and len(bcp.list()) == 3


def test_the_next_range_follows_and_numbers_keep_the_width_of_the_last(bcp):
    bcp.add_range("DE004600", 1, 1, prefix="A")
    bcp.add_range("DE004600", 1, 100, prefix="B")
    assert [_record(bcp).document_number for _ in range(3)] == ["A1", "B001", "B002"]


def test_without_a_range_the_error_says_how_to_add_one(bcp):
    bcp.add_range("CZ510101", 1, 10)  # another office's range is not taken
    with pytest.raises(ValidationError) as none:
        _record(bcp)
    assert _fields(none) == {"document_number"}
    assert "No paper number range is kept for office DE004600" in none.value.errors[0].message
    assert "bcp-range-add" in none.value.errors[0].message


def test_a_typed_number_is_used_once_and_the_range_skips_it(bcp):
    bcp.add_range("DE004600", 1, 3, prefix="N")
    typed = _record(bcp, document_number=" n2 ")
    with pytest.raises(ValidationError) as again:
        _record(bcp, document_number="N2")

    assert typed.document_number == "N2"
    assert _fields(again) == {"document_number"} and f"movement {typed.id}" in again.value.errors[0].message
    assert [_record(bcp).document_number for _ in range(2)] == ["N1", "N3"]


def test_an_mrn_is_no_paper_declaration_number(bcp):
    with pytest.raises(ValidationError) as mrn:
        _record(bcp, document_number="26DE004600123456J7")
    assert _fields(mrn) == {"document_number"} and "ends in NCTS" in mrn.value.errors[0].message


def test_overlapping_and_wrong_ranges_are_refused(bcp):
    bcp.add_range("DE004600", 100, 199)
    with pytest.raises(ValidationError) as overlap:
        bcp.add_range("DE004600", 150, 250)
    with pytest.raises(ValidationError) as backwards:
        bcp.add_range("DE004600", 300, 250)
    with pytest.raises(ValidationError) as office:
        bcp.add_range("Hamburg", 1, 2)
    bcp.add_range("DE004600", 150, 250, prefix="X")  # another prefix: other numbers
    assert (_fields(overlap), _fields(backwards), _fields(office)) == ({"first"}, {"last"}, {"office"})
    assert len(bcp.ranges()) == 2


def test_only_officers_and_administrators_keep_the_ranges(workspace):
    declarant = add_colleague(workspace, "dana", role="declarant")
    try:
        with pytest.raises(NotPermitted):
            declarant.bcp.add_range("DE004600", 1, 10)
        with pytest.raises(NotPermitted):
            declarant.bcp.set_office_regions("DE004600=HH")
        declarant.bcp.record(country="DE", office_destination="DE004600", taken_over="2026-06-03T10:00",
                             document_number="P-1")  # but records movements
    finally:
        declarant.close()
    assert [m.created_by for m in workspace.bcp.list()] == ["dana"]


def test_two_workstations_never_take_the_same_number(workspace, data_dir):
    workspace.bcp.add_range("DE004600", 1, 20)
    taken, failures = [], []

    def clerk():
        context = open_context(data_dir, user="alice")
        try:
            for _ in range(10):
                taken.append(context.bcp.record(country="DE", office_destination="DE004600",
                                                taken_over="2026-06-03T10:00").record.document_number)
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)
        finally:
            context.close()

    threads = [threading.Thread(target=clerk) for _ in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert failures == []
    assert sorted(taken) == [f"{n:02d}" for n in range(1, 21)]


# -- what is checked ------------------------------------------------------------------------------------------------
def test_wrong_country_office_and_time_name_their_fields(bcp):
    with pytest.raises(ValidationError) as country:
        _record(bcp, country="XX", document_number="1")
    with pytest.raises(ValidationError) as office:
        _record(bcp, office="DE46", document_number="1")
    with pytest.raises(ValidationError) as mismatch:
        _record(bcp, country="PL", document_number="1")
    with pytest.raises(ValidationError) as moment:
        _record(bcp, taken_over="03.06.2026 10:00", document_number="1")
    with pytest.raises(ValidationError) as kind:
        _record(bcp, document_kind="T1", document_number="1")
    assert _fields(country) == {"country"} and "No public holiday calendar" in country.value.errors[0].message
    assert _fields(office) == {"office_destination"}
    assert _fields(mismatch) == {"country"} and "is in DE, not PL" in mismatch.value.errors[0].message
    assert _fields(moment) == {"taken_over"}
    assert _fields(kind) == {"document_kind"}
    assert bcp.list() == []


def test_offices_are_checked_against_an_imported_office_list_only(imported_workspace, workspace):
    bcp = imported_workspace.bcp
    with pytest.raises(ValidationError) as unknown:
        bcp.record(country="DE", office_destination="DE999999", taken_over="2026-06-03T10:00", document_number="1")
    with pytest.raises(ValidationError) as departure:
        bcp.record(country="DE", office_destination="DE004600", office_departure="CZ999999",
                   taken_over="2026-06-03T10:00", document_number="1")
    known = bcp.record(country="DE", office_destination="DE002601", office_departure="CZ510101",
                       taken_over="2026-06-03T10:00", document_number="1").record
    assert _fields(unknown) == {"office_destination"} and "not in the customs office list" in \
        unknown.value.errors[0].message
    assert _fields(departure) == {"office_departure"}
    assert known.office_departure == "CZ510101"
    # with the built-in examples only, an office that is not among them is taken as typed
    assert workspace.bcp.record(country="DE", office_destination="DE999999", taken_over="2026-06-03T10:00",
                                document_number="1").record.office_destination == "DE999999"


# -- deadlines with the office's region -----------------------------------------------------------------------------
def test_the_office_region_setting_brings_in_the_regional_holidays(bcp):
    bcp.set_office_regions("DE002601=nw; DE004600=HH")
    assert bcp.office_regions() == {"DE002601": "NW", "DE004600": "HH"}

    # Wed 3 June 2026, the day before Corpus Christi (kept in North Rhine-Westphalia, not in Hamburg)
    dusseldorf = _record(bcp, office="DE002601", document_number="1")
    hamburg = _record(bcp, office="DE004600", document_number="2")
    # Thu 30 Oct 2025, the day before Reformation Day (kept in Hamburg, not in North Rhine-Westphalia)
    hamburg_october = _record(bcp, office="DE004600", taken_over="2025-10-30T16:00+01:00", document_number="3")
    dusseldorf_october = _record(bcp, office="DE002601", taken_over="2025-10-30T16:00+01:00", document_number="4")

    assert (dusseldorf.region, dusseldorf.deadline) == ("NW", "2026-06-05")
    assert (hamburg.region, hamburg.deadline) == ("HH", "2026-06-04")
    assert hamburg_october.deadline == "2025-11-03"
    assert dusseldorf_october.deadline == "2025-10-31"


def test_the_deadline_follows_the_day_as_written(bcp):
    # Friday 9 October 2026 at 23:30 in Prague is Friday there, whatever it is in UTC: Monday 12 October
    late = _record(bcp, office="CZ510101", country="CZ", taken_over="2026-10-09T23:30+02:00", document_number="1")
    # Polish national days: Tue 10 Nov 2026 -> 11 Nov (Wed) -> Thu 12 Nov
    warsaw = _record(bcp, office="PL300000", country="PL", taken_over="2026-11-10T08:00Z", document_number="2")
    assert (late.taken_over_at, late.deadline) == ("2026-10-09T21:30:00Z", "2026-10-12")
    assert warsaw.deadline == "2026-11-12"


def test_regions_are_checked_when_set(bcp):
    for text in ("DE004600=XX", "DE004600", "CZ510101=NW", "Hamburg=HH"):
        with pytest.raises(ValidationError) as wrong:
            bcp.set_office_regions(text)
        assert _fields(wrong) == {"office_regions"}, text
    assert bcp.office_regions() == {}


# -- reminders ------------------------------------------------------------------------------------------------------
def test_reminders_today_tomorrow_and_overdue_until_presented(bcp):
    overdue = _record(bcp, taken_over="2026-06-01T10:00Z", document_number="1")  # Mon -> Tue 2 June
    today = _record(bcp, taken_over="2026-06-09T10:00Z", document_number="2")  # Tue -> Wed 10 June
    tomorrow = _record(bcp, taken_over="2026-06-10T10:00Z", document_number="3")  # Wed -> Thu 11 June
    _record(bcp, taken_over="2026-06-11T10:00Z", document_number="4")  # Thu -> Fri 12 June: not yet

    due = bcp.due(date(2026, 6, 10))

    assert [(r.movement.id, r.days_left, r.overdue) for r in due] == [
        (overdue.id, -8, True), (today.id, 0, False), (tomorrow.id, 1, False)]
    assert "was due at the office of destination DE004600 on 2026-06-02" in due[0].text
    assert "today (2026-06-10)" in due[1].text and "by tomorrow, 2026-06-11" in due[2].text

    bcp.mark_presented(overdue.id, "2026-06-10T08:00Z")
    assert [r.movement.id for r in bcp.due(date(2026, 6, 10))] == [today.id, tomorrow.id]
    assert bcp.get(overdue.id).presented_at == "2026-06-10T08:00:00Z"
    with pytest.raises(ValidationError, match="presented already"):
        bcp.mark_presented(overdue.id)
    with pytest.raises(ValidationError) as early:
        bcp.mark_presented(today.id, "2026-06-08T08:00Z")
    assert _fields(early) == {"presented_at"}
    assert [m.id for m in bcp.list(pending_only=True)] == [4, tomorrow.id, today.id]


# -- the hard block -------------------------------------------------------------------------------------------------
def test_a_paper_movement_is_never_sent_electronically(bcp, workspace):
    movement = _record(bcp, document_number="BCP-1")

    with pytest.raises(EndsOnPaper) as refused:
        bcp.send_electronically(movement.id)

    assert "never entered into NCTS" in str(refused.value) and "EU Transit Manual, part V" in str(refused.value)
    assert not isinstance(refused.value, NotPermitted)  # not a question of rights: nobody may
    assert workspace.db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert bcp.get(movement.id) == movement
    with pytest.raises(NotFound):
        bcp.send_electronically(999)


def test_the_continuity_package_has_no_way_to_the_outbox():
    """Nothing here may queue a message: no import of the messaging services, and no SQL writing messages."""
    for source in CONTINUITY_PACKAGE.glob("*.py"):
        tree = ast.parse(source.read_text(encoding="utf-8"))
        imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)] + \
            [a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names]
        assert not [m for m in imported if m and m.startswith(("core.messaging", "core.messages"))], source.name
        text = source.read_text(encoding="utf-8").upper()
        assert "INTO MESSAGES" not in text and "UPDATE MESSAGES" not in text, source.name


# -- pending declarations and the share on paper --------------------------------------------------------------------
def _outbound(workspace, clock, at: datetime, state: str, message_type: str = "CC034C") -> int:
    clock.moment = at
    store = workspace.messaging_at(clock).store
    return store.add_outbound(message_type=message_type, kind="test", message_id=secrets.token_hex(8), xml=b"<x/>",
                              params_id=None, org_id=None, created_by="alice", records=[], state=state).id


def test_pending_during_lists_what_waits_or_went_unanswered_in_the_outage(workspace, bcp, clock):
    incidents = IncidentService(workspace.db, workspace.access, clock=clock)
    outage = incidents.open("customs-unplanned", "2026-06-15T10:00Z", end="2026-06-15T12:00Z").record
    at = lambda hh, mm: datetime(2026, 6, 15, hh, mm, tzinfo=UTC)
    _outbound(workspace, clock, at(9, 0), "queued")  # before
    queued = _outbound(workspace, clock, at(10, 30), "queued")
    sent = _outbound(workspace, clock, at(11, 0), "sent", "CUSPRL")
    delivered = _outbound(workspace, clock, at(11, 15), "delivered")
    _outbound(workspace, clock, at(11, 30), "answered")
    _outbound(workspace, clock, at(11, 45), "failed")
    late = _outbound(workspace, clock, at(13, 0), "queued")  # after the end

    pending = bcp.pending_during(outage.id)

    assert [(m.id, m.state) for m in pending] == [(queued, "queued"), (sent, "sent"), (delivered, "delivered")]
    assert pending[1].message_type == "CUSPRL"
    still_going = incidents.open("link", "2026-06-15T12:30Z").record
    clock.moment = at(14, 0)
    assert [m.id for m in bcp.pending_during(still_going.id)] == [late]
    with pytest.raises(NotFound):
        bcp.pending_during(999)


def test_the_monthly_share_warns_when_it_grows_above_the_threshold(workspace, bcp, clock):
    electronic = {(2026, 4): 19, (2026, 5): 18, (2026, 6): 23}
    for (year, month), count in electronic.items():
        for n in range(count):
            _outbound(workspace, clock, datetime(year, month, 2, 8, n, tzinfo=UTC), "answered")
    _outbound(workspace, clock, datetime(2026, 6, 3, 8, 0, tzinfo=UTC), "draft")  # never declared
    _outbound(workspace, clock, datetime(2026, 6, 3, 8, 1, tzinfo=UTC), "failed")
    paper = {"2026-04-08T10:00Z": "1", "2026-05-06T10:00Z": "2", "2026-05-07T10:00Z": "3",
             "2026-06-03T10:00Z": "4", "2026-06-04T10:00Z": "5"}
    for taken_over, number in paper.items():
        _record(bcp, taken_over=taken_over, document_number=number)

    shares = bcp.monthly_share(3, at=date(2026, 6, 20))

    # April 1 of 20 = 5 % (not above 5 %), May 2 of 20 = 10 % (up, above), June 2 of 25 = 8 % (above, but down)
    assert [(s.month, s.paper, s.electronic, s.share) for s in shares] == [
        ("2026-04", 1, 19, 5.0), ("2026-05", 2, 18, 10.0), ("2026-06", 2, 23, 8.0)]
    assert [s.warning is not None for s in shares] == [False, True, False]
    assert "up from 5 %" in shares[1].warning and "above 5 %" in shares[1].warning

    bcp.set_share_warning_percent(12)
    assert [s.warning for s in bcp.monthly_share(3, at=date(2026, 6, 20))] == [None, None, None]
    assert [s.share for s in bcp.monthly_share(2, at=date(2026, 8, 1))] == [None, None]  # July, August: nothing
    with pytest.raises(ValidationError) as months:
        bcp.monthly_share(0)
    assert _fields(months) == {"months"}
