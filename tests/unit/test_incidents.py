"""The incident log: recording outages, the transport's automatic drafts, and the report for the service desk."""
from __future__ import annotations

import csv
import io
import re
import time
import zlib
from datetime import UTC, datetime

import pytest
from unit_shared import FixedClock

from core.changes import CONTINUITY
from core.continuity.incidents import REPORT_COLUMNS, IncidentService
from core.errors import NotFound, ValidationError

EORI = "DE123456789012345"


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 2, 12, 0, tzinfo=UTC))


@pytest.fixture
def incidents(workspace, clock) -> IncidentService:
    return IncidentService(workspace.db, workspace.access, files=workspace.installation.folder, clock=clock)


def _fields(excinfo) -> set[str]:
    return {e.field for e in excinfo.value.errors}


def test_an_own_system_failure_is_recorded_as_the_service_desk_asks(incidents):
    saved = incidents.open("own-system", "2026-11-02T08:30+01:00", eori="de 1234567890 12345", cause="disk full",
                           ticket="SD-4711", confirmed="yes", notes="reported by phone")

    i = saved.record
    assert (i.kind, i.state, i.start, i.eori, i.cause, i.ticket, i.confirmed) == (
        "own-system", "open", "2026-11-02T07:30:00Z", EORI, "disk full", "SD-4711", "yes")
    assert i.created_by == "alice" and i.end is None
    assert saved.changes.of_kind(CONTINUITY) == {i.id}
    assert incidents.get(i.id) == i


def test_an_incident_on_the_context_is_the_same_log(workspace):
    opened = workspace.incidents.open("link", "2026-11-02T10:00Z").record
    assert [i.id for i in workspace.incidents.list()] == [opened.id]


def test_local_time_is_converted_to_utc(incidents, monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Prague")
    time.tzset()
    try:
        winter = incidents.open("link", "2026-11-02T08:30").record  # CET, UTC+1
        summer = incidents.open("link", "2026-07-02 08:30").record  # CEST, UTC+2
    finally:
        monkeypatch.undo()
        time.tzset()
    assert (winter.start, summer.start) == ("2026-11-02T07:30:00Z", "2026-07-02T06:30:00Z")


def test_the_start_defaults_to_now(incidents):
    assert incidents.open("customs-unplanned").record.start == "2026-11-02T12:00:00Z"


def test_an_own_system_failure_needs_the_eori(incidents):
    with pytest.raises(ValidationError) as missing:
        incidents.open("own-system", "2026-11-02T08:30Z")
    with pytest.raises(ValidationError) as wrong:
        incidents.open("own-system", "2026-11-02T08:30Z", eori="1234567")
    assert _fields(missing) == {"eori"} and "EORI" in missing.value.errors[0].message
    assert _fields(wrong) == {"eori"} and "country prefix" in wrong.value.errors[0].message


def test_wrong_kind_dates_and_order_name_their_fields(incidents):
    with pytest.raises(ValidationError) as kind:
        incidents.open("outage", "2026-11-02T08:30Z")
    with pytest.raises(ValidationError) as dates:
        incidents.open("link", "2026-11-31T08:30Z", end="yesterday")
    with pytest.raises(ValidationError) as day_only:
        incidents.open("link", "2026-11-02")
    with pytest.raises(ValidationError) as order:
        incidents.open("customs-planned", "2026-11-02T08:30Z", expected_end="2026-11-02T08:00Z",
                       end="2026-11-02T09:30+02:00")
    assert _fields(kind) == {"kind"}
    assert _fields(dates) == {"start", "end"}
    assert _fields(day_only) == {"start"} and "YYYY-MM-DDTHH:MM" in day_only.value.errors[0].message
    assert _fields(order) == {"expected_end", "end"}  # 09:30+02:00 is 07:30 UTC, before the start
    assert incidents.list() == []


def test_customs_may_refuse_the_confirmation(incidents):
    i = incidents.open("own-system", "2026-11-02T08:30Z", eori=EORI, confirmed="refused").record
    assert (i.confirmed, i.confirmed_label) == ("refused", "Confirmation refused by customs")


def test_a_confirmation_comes_with_a_ticket_and_only_for_our_own_system(incidents):
    with pytest.raises(ValidationError) as no_ticket:
        incidents.open("own-system", "2026-11-02T08:30Z", eori=EORI, confirmed="yes")
    with pytest.raises(ValidationError) as not_own:
        incidents.open("customs-planned", "2026-11-02T08:30Z", ticket="T1", confirmed="no")
    with pytest.raises(ValidationError) as unknown:
        incidents.open("own-system", "2026-11-02T08:30Z", eori=EORI, confirmed="maybe")
    assert (_fields(no_ticket), _fields(not_own), _fields(unknown)) == ({"ticket"}, {"confirmed"}, {"confirmed"})


def test_an_incident_is_opened_completed_and_closed(incidents, clock):
    planned = incidents.open("customs-planned", "2026-11-02T18:00+01:00", expected_end="2026-11-02T22:00+01:00",
                             ticket="INC-77", administration="de").record
    assert (planned.state, planned.expected_end, planned.administration) == ("open", "2026-11-02T21:00:00Z", "DE")

    changes = incidents.update(planned.id, notes="announced by e-mail", cause="maintenance")
    clock.advance(hours=10)
    incidents.close(planned.id)

    closed = incidents.get(planned.id)
    assert changes.of_kind(CONTINUITY) == {planned.id}
    assert (closed.state, closed.end, closed.notes, closed.cause) == (
        "closed", "2026-11-02T22:00:00Z", "announced by e-mail", "maintenance")
    with pytest.raises(ValidationError, match="closed already"):
        incidents.close(planned.id)
    incidents.close(planned.id, "2026-11-02T21:30Z")  # a correction
    assert incidents.get(planned.id).end == "2026-11-02T21:30:00Z"
    with pytest.raises(ValidationError) as before_start:
        incidents.close(planned.id, "2026-11-02T16:00Z")
    assert _fields(before_start) == {"end"}


def test_one_with_an_end_is_recorded_closed_and_listed_newest_first(incidents):
    old = incidents.open("link", "2026-10-01T08:00Z", end="2026-10-01T09:00Z").record
    new = incidents.open("link", "2026-11-01T08:00Z").record
    assert old.state == "closed"
    assert [i.id for i in incidents.list()] == [new.id, old.id]
    assert [i.id for i in incidents.list("closed")] == [old.id]
    assert [i.id for i in incidents.current()] == [new.id]


def test_unknown_fields_and_incidents_are_refused(incidents):
    i = incidents.open("link", "2026-11-02T08:00Z").record
    with pytest.raises(ValidationError) as unknown:
        incidents.update(i.id, colour="red")
    assert _fields(unknown) == {"colour"}
    with pytest.raises(NotFound):
        incidents.close(999)


# -- the transport's automatic detection ------------------------------------------------------------------------
def test_detection_opens_one_draft_per_gateway(incidents):
    first = incidents.open_detected("https://gw.cz|P1", "https://gw.cz", "cz", "2026-11-02T09:00:00Z", "3 timeouts")
    again = incidents.open_detected("https://gw.cz|P1", "https://gw.cz", "CZ", "2026-11-02T09:05:00Z", "still down")
    other = incidents.open_detected("https://gw.pl|P2", "https://gw.pl", "PL", "2026-11-02T09:10:00Z", "HTTP 503")

    assert first == again != other
    draft = incidents.get(first)
    assert (draft.kind, draft.state, draft.start, draft.administration, draft.cause, draft.created_by) == (
        "customs-unplanned", "draft", "2026-11-02T09:00:00Z", "CZ", "3 timeouts", "system")
    assert draft.end is None and "https://gw.cz|P1" in draft.notes


def test_close_detected_sets_the_end_and_a_clerk_confirms_the_draft(incidents):
    draft_id = incidents.open_detected("src", "https://gw.cz", "CZ", "2026-11-02T09:00:00Z", "timeouts")

    incidents.close_detected(draft_id, "2026-11-02T10:15:00Z")

    ended = incidents.get(draft_id)
    assert (ended.state, ended.end) == ("draft", "2026-11-02T10:15:00Z")
    assert incidents.open_detected("src", "https://gw.cz", "CZ", "2026-11-02T11:00:00Z", "again") != draft_id

    incidents.update(draft_id, ticket="CZ-991")
    confirmed = incidents.get(draft_id)
    assert (confirmed.state, confirmed.ticket, confirmed.created_by) == ("closed", "CZ-991", "alice")


def test_closing_a_detected_draft_keeps_the_end_the_transport_saw(incidents, clock):
    draft_id = incidents.open_detected("src", "https://gw.cz", "CZ", "2026-11-02T09:00:00Z", "timeouts")
    incidents.close_detected(draft_id, "2026-11-02T10:15:00Z")
    clock.advance(hours=3)

    incidents.close(draft_id)

    closed = incidents.get(draft_id)
    assert (closed.state, closed.end, closed.created_by) == ("closed", "2026-11-02T10:15:00Z", "alice")


def test_close_detected_never_overwrites_a_clerks_end(incidents):
    draft_id = incidents.open_detected("src", "https://gw.cz", "CZ", "2026-11-02T09:00:00Z", "timeouts")
    incidents.close(draft_id, "2026-11-02T09:30Z")
    incidents.close_detected(draft_id, "2026-11-02T10:15:00Z")
    assert incidents.get(draft_id).end == "2026-11-02T09:30:00Z"


def test_detection_refuses_a_moment_it_cannot_read(incidents):
    with pytest.raises(ValidationError) as bad:
        incidents.open_detected("src", "https://gw.cz", "CZ", "2 Nov 2026", "timeouts")
    assert _fields(bad) == {"since"} and incidents.list() == []


# -- the report for the service desk ----------------------------------------------------------------------------
def _own_system_failure(incidents) -> int:
    return incidents.open("own-system", "2026-11-02T08:30+01:00", end="2026-11-02T11:00+01:00", eori=EORI,
                          cause="Přerov: server room flooded", ticket="SD-4711", confirmed="yes",
                          notes="Łódź branch unaffected").record.id


def test_the_csv_report_holds_the_fields_the_service_desk_needs(incidents):
    incident_id = _own_system_failure(incidents)

    data = incidents.report_csv(incident_id)

    assert data.startswith(b"\xef\xbb\xbf")  # spreadsheets read the accents
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert tuple(rows[0]) == REPORT_COLUMNS == (
        "incident", "kind", "state", "eori", "start", "end", "expected_end", "cause", "ticket", "confirmed",
        "administration", "gateway", "notes", "recorded_by", "recorded_at", "updated_at")
    assert len(rows) == 1
    assert {k: rows[0][k] for k in ("kind", "eori", "start", "end", "cause", "ticket", "confirmed", "recorded_by")} \
        == {"kind": "own-system", "eori": EORI, "start": "2026-11-02T07:30:00Z", "end": "2026-11-02T10:00:00Z",
            "cause": "Přerov: server room flooded", "ticket": "SD-4711", "confirmed": "yes", "recorded_by": "alice"}


def _pdf_text(data: bytes) -> bytes:
    """The page contents of a PDF, unpacked (the built-in font writes Latin-1: ł, ř become l, r; ó stays)."""
    text = b""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            text += zlib.decompress(stream)
        except zlib.error:
            text += stream
    return text


def test_the_pdf_report_holds_the_eori_ticket_and_times(incidents):
    incident_id = _own_system_failure(incidents)

    data = incidents.report_pdf(incident_id)

    assert data.startswith(b"%PDF")
    text = _pdf_text(data)
    for expected in (EORI.encode(), b"SD-4711", b"2026-11-02 07:30 UTC", b"2026-11-02 10:00 UTC",
                     b"Confirmed by the service desk", b"Prerov: server room flooded", "Lódz branch".encode("latin-1"), b"alice"):
        assert expected in text, expected


@pytest.mark.sqlite_file
def test_the_report_is_written_where_the_user_says_never_over_the_data_folder(incidents, workspace, tmp_path):
    incident_id = _own_system_failure(incidents)
    database = workspace.store.path
    before = database.read_bytes()

    pdf = incidents.write_report(incident_id, tmp_path / "incident.pdf")
    spreadsheet = incidents.write_report(incident_id, tmp_path / "incident.csv")
    with pytest.raises(ValidationError, match="already exists"):
        incidents.write_report(incident_id, tmp_path / "incident.pdf")
    with pytest.raises(ValidationError, match="never writes"):
        incidents.write_report(incident_id, database, format="csv", replace=True)
    with pytest.raises(ValidationError) as wrong_format:
        incidents.write_report(incident_id, tmp_path / "incident.txt", format="docx")

    assert pdf.read_bytes().startswith(b"%PDF") and spreadsheet.read_bytes().startswith(b"\xef\xbb\xbfincident,")
    incidents.write_report(incident_id, tmp_path / "incident.pdf", format="csv", replace=True)
    assert (tmp_path / "incident.pdf").read_bytes().startswith(b"\xef\xbb\xbf")
    assert _fields(wrong_format) == {"format"}
    assert database.read_bytes()[:100] == before[:100]
