"""The headless commands of the incident log and of movements handled on paper (BCP): JSON on stdout, exit 2
with {"errors": [{"field", "message"}]} naming the field for wrong input."""
from __future__ import annotations

import csv
import io
import re
import zlib
from pathlib import Path

import pytest
from data_folders import records_of

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
COL_FILE = SHARED / "reference-data" / "COL-Generic-20250212.json.gz"

INCIDENT_KEYS = {"id", "kind", "kind_label", "state", "state_label", "start", "expected_end", "end",
                 "administration", "gateway", "eori", "cause", "ticket", "confirmed", "confirmed_label", "notes",
                 "created_by", "created_at", "updated_at"}
MOVEMENT_KEYS = {"id", "document_kind", "document_kind_label", "document_number", "office_departure",
                 "office_destination", "country", "region", "taken_over_at", "deadline", "presented_at",
                 "presented", "incident", "notes", "created_by", "created_at", "reminder"}
EORI = "DE123456789012345"


def _ok(result):
    assert result.returncode == 0, result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    return result.json


def _invalid(result) -> dict[str, str]:
    """Exit 2: the fields named, with their messages."""
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    return {e["field"]: e["message"] for e in result.json["errors"]}


# -- incidents ----------------------------------------------------------------------------------------------------
def test_an_incident_is_opened_listed_completed_and_closed(cli):
    opened = _ok(cli("incident-open", "--kind", "own-system", "--start", "2026-11-02T08:30+01:00", "--eori", EORI,
                     "--cause", "server room flooded", "--ticket", "SD-4711"))
    assert set(opened) == INCIDENT_KEYS
    assert (opened["state"], opened["start"], opened["eori"], opened["ticket"], opened["end"]) == (
        "open", "2026-11-02T07:30:00Z", EORI, "SD-4711", None)

    updated = _ok(cli("incident-update", opened["id"], "--confirmed", "refused", "--notes", "third report"))
    closed = _ok(cli("incident-close", opened["id"], "--end", "2026-11-02T11:00+01:00"))
    listed = _ok(cli("incidents", "--json"))

    assert (updated["confirmed"], updated["notes"]) == ("refused", "third report")
    assert (closed["state"], closed["end"]) == ("closed", "2026-11-02T10:00:00Z")
    assert [(i["id"], i["state"], i["confirmed"]) for i in listed] == [(opened["id"], "closed", "refused")]
    assert _ok(cli("incidents", "--json", "--state", "open")) == []


def test_a_planned_outage_with_its_ticket_and_an_end_now(cli):
    planned = _ok(cli("incident-open", "--kind", "customs-planned", "--start", "2026-11-07T18:00Z",
                      "--expected-end", "2026-11-07T22:00Z", "--ticket", "INC-77", "--administration", "CZ"))
    closed = _ok(cli("incident-close", planned["id"]))
    assert (planned["expected_end"], planned["administration"]) == ("2026-11-07T22:00:00Z", "CZ")
    assert closed["state"] == "closed" and closed["end"] > planned["start"]


def test_incident_input_errors_name_the_field(cli):
    assert "--kind" in _invalid(cli("incident-open", "--kind", "outage"))
    assert set(_invalid(cli("incident-open", "--kind", "link", "--start", "2026-11-31T08:00"))) == {"start"}
    assert set(_invalid(cli("incident-open", "--kind", "own-system", "--start", "2026-11-02T08:00Z"))) == {"eori"}
    assert set(_invalid(cli("incident-open", "--kind", "own-system", "--start", "2026-11-02T08:00Z", "--eori",
                            "12345"))) == {"eori"}
    end = _invalid(cli("incident-open", "--kind", "link", "--start", "2026-11-02T08:00Z", "--end",
                       "2026-11-02T07:00Z"))
    assert set(end) == {"end"} and "must come after the start" in end["end"]
    assert set(_invalid(cli("incident-close", "7"))) == {None}  # no such incident
    assert "ID" in _invalid(cli("incident-close", "seven"))
    assert _ok(cli("incidents", "--json")) == []


def _pdf_text(data: bytes) -> bytes:
    text = b""
    for stream in re.findall(rb"stream\r?\n(.*?)\r?\nendstream", data, re.DOTALL):
        try:
            text += zlib.decompress(stream)
        except zlib.error:
            text += stream
    return text


def test_incident_report_as_pdf_and_csv_never_over_a_file_without_force(cli, cli_data_dir, tmp_path):
    incident = _ok(cli("incident-open", "--kind", "own-system", "--start", "2026-11-02T08:30Z", "--eori", EORI,
                       "--ticket", "SD-4711", "--confirmed", "yes"))
    pdf, spreadsheet = tmp_path / "incident.pdf", tmp_path / "incident.csv"

    written = _ok(cli("incident-report", incident["id"], pdf))
    as_csv = _ok(cli("incident-report", incident["id"], spreadsheet))
    again = _invalid(cli("incident-report", incident["id"], pdf))
    forced = _ok(cli("incident-report", incident["id"], pdf, "--format", "csv", "--force"))

    assert written == {"id": incident["id"], "path": str(pdf), "format": "pdf"} and as_csv["format"] == "csv"
    assert set(again) == {"file"} and "--force" in again["file"]
    assert forced["format"] == "csv" and pdf.read_bytes().startswith(b"\xef\xbb\xbfincident,kind,state,eori,")
    [row] = csv.DictReader(io.StringIO(spreadsheet.read_bytes().decode("utf-8-sig")))
    assert (row["eori"], row["ticket"], row["confirmed"], row["start"]) == (EORI, "SD-4711", "yes",
                                                                           "2026-11-02T08:30:00Z")
    _ok(cli("incident-report", incident["id"], tmp_path / "second.pdf", "--format", "pdf"))
    data = (tmp_path / "second.pdf").read_bytes()
    assert data.startswith(b"%PDF") and EORI.encode() in _pdf_text(data) and b"SD-4711" in _pdf_text(data)


@pytest.mark.sqlite_file
def test_incident_report_never_writes_over_the_database(cli, cli_data_dir):
    incident = _ok(cli("incident-open", "--kind", "link", "--start", "2026-11-02T08:30Z"))
    database = cli_data_dir / "customsdesk.sqlite"
    before = database.read_bytes()

    refused = _invalid(cli("incident-report", incident["id"], database, "--force"))

    assert set(refused) == {"file"} and "not even with --force" in refused["file"]
    assert database.read_bytes() == before
    assert _ok(cli("incidents", "--json"))[0]["id"] == incident["id"]


# -- movements handled on paper -----------------------------------------------------------------------------------
def test_numbers_come_from_the_office_range_and_the_deadline_is_the_next_working_day(cli):
    without_range = _invalid(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600",
                                 "--taken-over", "2026-06-03T10:00"))
    kept = _ok(cli("bcp-range-add", "--office", "DE004600", "--first", "1", "--last", "2", "--prefix", "HH-"))
    first = _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600",
                    "--taken-over", "2026-12-23T10:00+01:00"))  # Wed -> Thu 24 Dec (a working day in Germany)
    second = _ok(cli("bcp-add", "--country", "de", "--office-destination", "de004600",
                     "--taken-over", "2026-12-24T10:00+01:00"))  # Thu -> 25, 26 Dec, weekend -> Mon 28 Dec
    used_up = _invalid(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600",
                           "--taken-over", "2026-06-03T10:00"))

    assert set(without_range) == {"document_number"} and "bcp-range-add --office DE004600" in \
        without_range["document_number"]
    assert (kept["office"], kept["remaining"], kept["next_number"]) == ("DE004600", 2, "HH-1")
    assert set(first) == MOVEMENT_KEYS
    assert (first["document_number"], first["document_kind"], first["deadline"]) == ("HH-1", "BCP-TAD", "2026-12-24")
    assert (second["document_number"], second["deadline"]) == ("HH-2", "2026-12-28")
    assert set(used_up) == {"document_number"} and "used up" in used_up["document_number"]
    assert [r["remaining"] for r in _ok(cli("bcp-ranges", "--json"))] == [0]


def test_czech_and_polish_holidays_and_the_office_region(cli):
    czech = _ok(cli("bcp-add", "--country", "CZ", "--office-destination", "CZ510101", "--taken-over",
                    "2026-10-27T15:00+01:00", "--document-number", "CZ-1", "--kind", "TAD"))  # Tue -> 28 Oct -> Thu
    polish = _ok(cli("bcp-add", "--country", "PL", "--office-destination", "PL300000", "--taken-over",
                     "2027-04-30T15:00+02:00", "--document-number", "PL-1"))  # Fri -> 1, 2, 3 May -> Tue 4 May
    settings = _ok(cli("bcp-settings", "--office-regions", "DE002601=NW"))
    corpus_christi = _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE002601", "--taken-over",
                             "2026-06-03T15:00", "--document-number", "NW-1"))  # Wed -> Thu 4 June (NW) -> Fri
    assert (czech["deadline"], czech["document_kind"]) == ("2026-10-29", "TAD")
    assert polish["deadline"] == "2027-05-04"
    assert settings == {"office_regions": {"DE002601": "NW"}, "share_warning_percent": 5.0}
    assert (corpus_christi["region"], corpus_christi["deadline"]) == ("NW", "2026-06-05")
    assert set(_invalid(cli("bcp-settings", "--office-regions", "DE002601=XX"))) == {"office_regions"}
    assert "--share-warning" in _invalid(cli("bcp-settings", "--share-warning", "150"))


def test_bcp_input_errors_name_the_field(cli):
    def add(*more, country="DE", office="DE004600", taken_over="2026-06-03T10:00"):
        return cli("bcp-add", "--country", country, "--office-destination", office, "--taken-over", taken_over,
                   "--document-number", "X-1", *more)

    assert set(_invalid(add(taken_over="3.6.2026 10:00"))) == {"taken_over"}
    assert set(_invalid(add(taken_over="2026-02-30T10:00"))) == {"taken_over"}
    unknown_country = _invalid(add(country="XX", office="XX123456"))
    assert set(unknown_country) == {"country"} and "No public holiday calendar" in unknown_country["country"]
    assert set(_invalid(add(office="Hamburg"))) == {"office_destination"}
    assert set(_invalid(add(country="PL"))) == {"country"}  # DE004600 is in Germany
    assert set(_invalid(add("--document-number", "26DE004600123456J7"))) == {"document_number"}  # an MRN
    assert "--first" in _invalid(cli("bcp-range-add", "--office", "DE004600", "--first", "-1", "--last", "5"))
    assert set(_invalid(cli("bcp-range-add", "--office", "DE004600", "--first", "9", "--last", "5"))) == {"last"}
    assert "--months" in _invalid(cli("bcp-share", "--months", "0"))
    _ok(add())
    assert set(_invalid(add())) == {"document_number"}  # X-1 is used once
    assert len(_ok(cli("bcp", "--json"))) == 1


def test_an_office_not_in_the_imported_list_is_refused(cli):
    _ok(cli("import-reference", COL_FILE))
    unknown = _invalid(cli("bcp-add", "--country", "DE", "--office-destination", "DE999999", "--taken-over",
                           "2026-06-03T10:00", "--document-number", "1"))
    assert set(unknown) == {"office_destination"} and "DE999999 is not in the customs office list" in \
        unknown["office_destination"]
    assert _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE002601", "--taken-over",
                   "2026-06-03T10:00", "--document-number", "1"))["office_destination"] == "DE002601"


def test_a_paper_movement_cannot_be_sent_electronically(cli, cli_data_dir):
    movement = _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600", "--taken-over",
                       "2026-06-03T10:00", "--document-number", "BCP-1"))

    refused = _invalid(cli("bcp-send", movement["id"]))

    assert set(refused) == {"id"}
    assert "never entered into NCTS" in refused["id"] and "EU Transit Manual, part V" in refused["id"]
    assert _ok(cli("messages", "--json")) == []
    with records_of(cli_data_dir) as db:
        assert db.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert set(_invalid(cli("bcp-send", "99"))) == {None}  # no such movement


def test_reminders_and_presenting_the_document(cli):
    overdue = _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600", "--taken-over",
                      "2026-06-01T10:00Z", "--document-number", "1"))  # due Tue 2 June 2026: long past
    later = _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600", "--taken-over",
                    "2099-06-01T10:00Z", "--document-number", "2"))  # Mon -> Tue 2 June 2099

    due = _ok(cli("bcp", "--json", "--due"))
    presented = _ok(cli("bcp-presented", overdue["id"], "--at", "2026-06-02T09:00Z"))

    assert [(m["id"], m["deadline"]) for m in due] == [(overdue["id"], "2026-06-02")]
    assert "was due at the office of destination DE004600 on 2026-06-02" in due[0]["reminder"]
    assert later["deadline"] == "2099-06-02" and later["reminder"] is None
    assert (presented["presented"], presented["presented_at"], presented["reminder"]) == (
        True, "2026-06-02T09:00:00Z", None)
    assert _ok(cli("bcp", "--json", "--due")) == []
    assert set(_invalid(cli("bcp-presented", overdue["id"]))) == {"presented_at"}  # presented already


def test_pending_during_an_incident_and_the_monthly_share(cli):
    incident = _ok(cli("incident-open", "--kind", "customs-unplanned", "--start", "2026-06-01T08:00Z"))
    _ok(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600", "--taken-over",
            "2026-06-01T10:00Z", "--document-number", "1", "--incident", str(incident["id"])))

    pending = _ok(cli("incident-pending", incident["id"]))
    shares = _ok(cli("bcp-share", "--months", "2", "--json"))

    assert pending["incident"]["id"] == incident["id"] and pending["pending"] == []
    assert len(shares) == 2 and set(shares[0]) == {"month", "paper", "electronic", "share", "warning"}
    assert "incident" in _invalid(cli("bcp-add", "--country", "DE", "--office-destination", "DE004600",
                                      "--taken-over", "2026-06-01T10:00Z", "--document-number", "2",
                                      "--incident", "42"))
