"""Summary declarations end to end: the headless commands, the outbox and the training customs over loopback."""
from __future__ import annotations

import json

import pytest
from data_folders import records_of

from core.suma.model import mrn_errors

pytestmark = pytest.mark.slow
HAFEN = "DE415230871234567"  # the demo's German organisation, the presenter of the demo declarations


def _declaration(positions: int, **header) -> dict:
    data = {
        "sender": {"tin": HAFEN, "branch": "0000"}, "identification": "REG", "reference": "E2E-1",
        "transport_number": "LH400", "arrival_date": "2026-12-03", "place_of_loading": "JFK",
        "previous_document_type": "MAWB", "previous_document_number": "020-1", "transport_mode": "4",
        "presenter": {"tin": HAFEN, "branch": "0000", "name": "Hafen Logistik GmbH", "street": "Am Sandtorkai 5",
                      "postcode": "20457", "city": "Hamburg", "country": "DE"},
        "office_of_presentation": "DE004600", "presentation_date": "2026-12-03",
        "contact": {"name": "Anna Schulz", "position": "Clerk", "phone": "+49 40 1"},
        "positions": [{"number": n, "specific_reference": f"020-{n:08d}", "specific_reference_kind": "AWB",
                       "description": "Machine parts", "package_kind": "PK", "packages": 2, "gross_mass": "80.5",
                       "customs_status": "N"} for n in range(1, positions + 1)],
    }
    data.update(header)
    return data


@pytest.fixture
def desk(cli, start_simulator, tmp_path):
    cli.ok("init")
    cli.ok("demo")
    start_simulator()

    def new(positions: int = 3, **header) -> int:
        path = tmp_path / f"declaration-{positions}.json"
        path.write_text(json.dumps(_declaration(positions, **header)), encoding="utf-8")
        return cli.ok("suma-import", str(path))["id"]

    return new


def _show(cli, declaration_id: int) -> dict:
    return cli.ok("suma-show", str(declaration_id), "--json")


def test_the_demo_declarations_are_held_by_customs_too(cli, desk):
    listed = cli.ok("suma", "--json")
    assert sorted((d["status"], d["positions_total"], d["positions_confirmed"]) for d in listed) == [
        ("Teilweise", 300, 120), ("Vorzeitig", 3, 0)]
    early = next(d for d in listed if d["status"] == "Vorzeitig")
    changed = dict(_show(cli, early["id"]))
    assert mrn_errors(changed["mrn"]) == []
    sent = cli.ok("suma-send", str(early["id"]), "--kind", "ESA", "--flag", "2", "--positions", "1,2,3")
    assert sent["queued"]["message_type"] == "CUSPRL"
    assert cli.ok("sync")["applied"] == 1
    assert _show(cli, early["id"])["status"] == "Endgültig"


def test_create_confirm_in_two_steps_and_a_second_confirmation_is_refused(cli, desk):
    declaration_id = desk(3)
    cli.ok("suma-send", str(declaration_id), "--kind", "VSA")
    again = cli("suma-send", str(declaration_id), "--kind", "VSM")
    assert again.returncode == 2 and "waits for customs' answer" in again.json["errors"][0]["message"]
    assert cli.ok("sync")["applied"] == 1
    created = _show(cli, declaration_id)
    assert created["status"] == "Vorzeitig" and mrn_errors(created["mrn"]) == []

    cli.ok("suma-send", str(declaration_id), "--kind", "ESA", "--flag", "2", "--positions", "1")
    cli.ok("sync")
    partial = _show(cli, declaration_id)
    assert partial["status"] == "Teilweise" and [p["confirmed"] for p in partial["positions"]] == [True, False, False]

    refused = cli("suma-send", str(declaration_id), "--kind", "ESA", "--flag", "2", "--positions", "1")
    assert refused.returncode == 2
    [error] = refused.json["errors"]
    assert (error["code"], error["position"], error["rule"]) == ("S04", 1, 7)

    cli.ok("suma-send", str(declaration_id), "--kind", "ESA", "--flag", "1")
    cli.ok("sync")
    final = _show(cli, declaration_id)
    assert final["status"] == "Endgültig" and final["positions_confirmed"] == 3
    closed = cli("suma-send", str(declaration_id), "--kind", "VSM")
    assert closed.returncode == 2 and closed.json["errors"][0]["code"] == "S01"


def test_customs_refusal_is_recorded_with_its_code(cli, desk):
    """The app takes the office for an airport (a setting); customs' office list says it is not one."""
    declaration_id = desk(2, identification="MID")
    with records_of(cli.data_dir) as db, db.atomic():
        db.execute("INSERT INTO settings (key, value) VALUES ('suma_airport_offices', '+DE004600') "
                   "ON CONFLICT (key) DO UPDATE SET value = excluded.value")
    cli.ok("suma-send", str(declaration_id), "--kind", "VSA")
    summary = cli.ok("sync")
    assert summary["applied"] == 1
    [row] = [d for d in cli.ok("suma", "--json") if d["id"] == declaration_id]
    assert row["status"] == "none" and row["last_error_code"] == "S05" and row["mrn"] is None
    [message] = cli.messages("--type", "CUSPRL")
    assert message["state"] == "rejected" and "S05" in message["result"]
