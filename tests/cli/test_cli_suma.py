"""The headless summary-declaration commands: suma-import, suma, suma-show (the contract scripts rely on)."""
from __future__ import annotations

import json

HEADER = {
    "sender": {"tin": "DE123456789012345", "branch": "0000"}, "identification": "REG", "reference": "REF-1",
    "transport_number": "LH400", "arrival_date": "2026-12-03", "place_of_loading": "JFK",
    "previous_document_type": "MAWB", "previous_document_number": "020-12345675", "transport_mode": "4",
    "presenter": {"tin": "DE123456789012345", "branch": "0000", "name": "Air Cargo Handling GmbH",
                  "street": "Cargo City Süd 5", "postcode": "60549", "city": "Frankfurt", "country": "DE"},
    "representative": {"tin": "", "branch": ""}, "office_of_presentation": "DE002601",
    "presentation_date": "2026-12-03", "contact": {"name": "Eva Klein", "position": "Clerk", "phone": "+49 69 1"},
    "additional_information": "",
}


def position(number: int, **changes) -> dict:
    values = {"number": number, "specific_reference": f"020-{number:08d}", "specific_reference_kind": "AWB",
              "custodian": {"tin": "", "branch": ""}, "custody_place": "FRA-1", "description": "Electronic parts",
              "package_kind": "PK", "packages": 3, "gross_mass": "125.5", "customs_status": "N"}
    values.update(changes)
    return values


def write(tmp_path, name: str, data) -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_import_list_and_show_a_declaration(cli, tmp_path):
    created = cli("suma-import", write(tmp_path, "d.json", {**HEADER, "positions": [position(n) for n in (1, 2, 3)]}))
    assert created.returncode == 0, created.stdout + created.stderr
    assert created.json == {"id": created.json["id"], "positions": 3}

    [listed] = cli("suma", "--json").json
    assert {k: listed[k] for k in ("id", "status", "mrn", "positions_total", "positions_confirmed",
                                   "last_error_code")} == {"id": created.json["id"], "status": "none", "mrn": None,
                                                           "positions_total": 3, "positions_confirmed": 0,
                                                           "last_error_code": None}
    shown = cli("suma-show", str(created.json["id"]), "--json").json
    assert shown["presenter"]["name"] == "Air Cargo Handling GmbH" and shown["sender"]["tin"] == "DE123456789012345"
    assert [(p["number"], p["confirmed"], p["gross_mass"]) for p in shown["positions"]] == [
        (1, False, "125.5"), (2, False, "125.5"), (3, False, "125.5")]


def test_import_with_id_replaces_the_working_copy(cli, tmp_path):
    first = cli("suma-import", write(tmp_path, "a.json", {**HEADER, "positions": [position(1)]})).json
    again = cli("suma-import", write(tmp_path, "b.json", {**HEADER, "reference": "REF-2",
                                                          "positions": [position(1), position(2)]}),
                "--id", str(first["id"]))
    assert again.returncode == 0 and again.json == {"id": first["id"], "positions": 2}
    assert len(cli("suma", "--json").json) == 1
    assert cli("suma-show", str(first["id"]), "--json").json["reference"] == "REF-2"


def test_invalid_input_names_field_and_position_and_stores_nothing(cli, tmp_path):
    bad = {**HEADER, "arrival_date": "2026-02-30",
           "positions": [position(1), position(2, packages="many", customs_status="Q")]}
    refused = cli("suma-import", write(tmp_path, "bad.json", bad))
    assert refused.returncode == 2 and "Traceback" not in refused.stderr
    errors = {(e["field"], e["position"]) for e in refused.json["errors"]}
    assert errors == {("arrival_date", None), ("packages", 2), ("customs_status", 2)}
    assert all(e["message"] for e in refused.json["errors"])
    assert cli("suma", "--json").json == []


def test_not_json_and_too_many_positions_are_clear_errors(cli, tmp_path):
    path = tmp_path / "broken.json"
    path.write_text("{not json", encoding="utf-8")
    broken = cli("suma-import", str(path))
    assert broken.returncode == 2 and broken.json["errors"][0]["field"] == "file"
    many = cli("suma-import", write(tmp_path, "many.json", {**HEADER, "positions": [position(1)] * 10_000}))
    assert many.returncode == 2 and many.json["errors"][0]["field"] == "positions"
    missing = cli("suma-show", "77", "--json")
    assert missing.returncode == 2 and "does not exist" in missing.json["errors"][0]["message"]
