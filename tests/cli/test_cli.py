"""The headless CLI contract: JSON on stdout; exit 0 ok, 1 failed check, 2 invalid input, 4 unusable database."""
from __future__ import annotations

import gzip
import json
import sqlite3
from pathlib import Path

import pytest

from core.store.migrations import latest_version

PROJECT_ROOT = Path(__file__).resolve().parents[2]

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
RD_FILE = SHARED / "reference-data" / "RD_NCTS-P5-20250212.json.gz"
COL_FILE = SHARED / "reference-data" / "COL-Generic-20250212.json.gz"

ORGANISATION_KEYS = {"id", "name", "eori", "country"}
GUARANTEE_KEYS = {"id", "org_id", "type", "grn", "other_ref", "office", "amount", "currency", "params_id"}
DEMO_CODES = ("AC01", "PK7Q", "BX42", "GU12", "VO44")
EXIT_OK, EXIT_CHECK_FAILED, EXIT_INVALID, EXIT_DATABASE = 0, 1, 2, 4


def _ok(result):
    assert result.returncode == EXIT_OK, result.stderr + result.stdout
    assert "Traceback" not in result.stderr
    return result.json


def _add_org(cli, name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ") -> dict:
    return _ok(cli("org-add", "--name", name, "--eori", eori, "--country", country))


@pytest.mark.sqlite_file
def test_init_prints_schema_version_and_path(cli, cli_data_dir):
    assert _ok(cli("init")) == {"schema_version": latest_version(), "path": str(cli_data_dir / "customsdesk.sqlite")}
    assert (cli_data_dir / "customsdesk.sqlite").is_file()


def test_init_twice_keeps_the_version(cli):
    _ok(cli("init"))
    assert _ok(cli("init"))["schema_version"] == latest_version()


def test_demo_loads_once(cli):
    first = _ok(cli("demo"))
    assert {k: first[k] for k in ("loaded", "organisations", "guarantees", "parameter_sets")} == {
        "loaded": True, "organisations": 4, "guarantees": 10, "parameter_sets": 3}
    assert {u["login"]: u["role"] for u in first["users"]} == {"petra": "officer", "jan": "declarant", "eva": "declarant"}
    second = _ok(cli("demo"))
    assert second["loaded"] is False
    assert len(_ok(cli("orgs", "--json"))) == 4
    assert len(_ok(cli("guarantees", "--json"))) == 10


def test_import_reference_prints_lists_and_customs_offices(cli):
    payload = json.loads(gzip.decompress(COL_FILE.read_bytes()))
    distinct_offices = len({e["id"] for e in payload["lists"]["customsOffices"]["listEntries"]})
    result = _ok(cli("import-reference", RD_FILE, COL_FILE))
    assert result["customs_offices"] == distinct_offices
    assert result["lists"]["GuaranteeType"] == 12
    assert result["lists"]["InvalidGuaranteeReason"] == 12
    assert result["lists"]["CurrencyCodes"] == 16


def test_import_reference_refuses_a_damaged_gzip_without_traceback(cli, tmp_path):
    damaged = tmp_path / "RD_damaged.json.gz"
    damaged.write_bytes(gzip.compress(b'{"lists": {}}')[:10] + b"x" * 4096)
    result = cli("import-reference", damaged)
    assert "Traceback" not in result.stderr
    assert result.returncode == EXIT_INVALID
    assert "RD_damaged.json.gz" in result.json["errors"][0]["message"]


def test_import_reference_refuses_a_file_without_lists(cli, tmp_path):
    wrong = tmp_path / "wrong.json"
    wrong.write_text('{"something": 1}', encoding="utf-8")
    result = cli("import-reference", wrong)
    assert result.returncode == EXIT_INVALID
    assert "no 'lists' object" in result.json["errors"][0]["message"]


def test_grn_check_valid_exits_0(cli):
    assert _ok(cli("grn-check", "23gb 0000 0100 00854")) == {
        "grn": "23GB0000010000854", "valid": True, "errors": [], "expected_check_digit": 4,
    }


def test_grn_check_invalid_exits_1_with_expected_check_digit(cli):
    result = cli("grn-check", "01GB1234567890120")
    assert result.returncode == EXIT_CHECK_FAILED
    assert result.json["valid"] is False
    assert result.json["expected_check_digit"] == 7
    assert "7 was expected" in result.json["errors"][0]


def test_grn_check_uses_the_type_for_the_length(cli):
    assert _ok(cli("grn-check", "05DE3300BE0001067A001017", "--type", "4"))["valid"] is True
    result = cli("grn-check", "05DE3300BE0001067A001017", "--type", "1")
    assert result.returncode == EXIT_CHECK_FAILED
    assert result.json["errors"] == ["A GRN has 17 characters; this one has 24."]


def test_org_add_prints_the_record(cli):
    org = _add_org(cli, eori="cz 2559 6641", country="cz")
    assert ORGANISATION_KEYS <= set(org)
    assert isinstance(org["id"], int)
    assert (org["name"], org["eori"], org["country"], org["branch"]) == ("Spedice Brno s.r.o.", "CZ25596641", "CZ", "0000")


def test_invalid_org_add_exits_2_with_field_errors(cli):
    result = cli("org-add", "--name", "X", "--eori", "12", "--country", "Czechia", "--branch", "1", "--email", "nope")
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"eori", "country", "branch", "email"}
    assert all(e["message"] for e in result.json["errors"])
    assert _ok(cli("orgs", "--json")) == []


def test_guarantee_add_prints_the_record(cli):
    org = _add_org(cli)
    g = _ok(cli("guarantee-add", "--org", org["id"], "--type", "1", "--grn", "23GB0000010000863",
                "--office", "CZ520101", "--amount", "150 000,50", "--currency", "czk"))
    assert GUARANTEE_KEYS <= set(g)
    assert (g["org_id"], g["type"], g["grn"], g["office"], g["amount"], g["currency"], g["params_id"]) == \
        (org["id"], "1", "23GB0000010000863", "CZ520101", "150000.50", "CZK", None)
    assert g["grn_override"] is False


def test_invalid_guarantee_add_exits_2_with_field_errors(cli):
    org = _add_org(cli)
    result = cli("guarantee-add", "--org", org["id"], "--type", "8", "--grn", "23GB0000010000863",
                 "--office", "CZ000000", "--amount", "-5", "--params", "99")
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"grn", "other_ref", "office", "amount", "currency", "params_id"}
    assert _ok(cli("guarantees", "--json")) == []


def test_guarantee_add_unknown_organisation(cli):
    _ok(cli("init"))
    result = cli("guarantee-add", "--org", "42", "--type", "3")
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"org_id"}


def test_guarantee_add_amount_that_is_not_a_number(cli):
    org = _add_org(cli)
    result = cli("guarantee-add", "--org", org["id"], "--type", "3", "--amount", "lots", "--currency", "EUR")
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"amount"}


def test_guarantee_add_huge_amount_is_invalid_input_not_a_crash(cli):
    org = _add_org(cli)
    result = cli("guarantee-add", "--org", org["id"], "--type", "3", "--amount",
                 "123456789012345678901234567.891", "--currency", "EUR")
    assert "Traceback" not in result.stderr
    assert result.returncode == EXIT_INVALID
    assert result.error_fields() == {"amount"}


def test_failing_check_digit_needs_the_override(cli):
    org = _add_org(cli)
    refused = cli("guarantee-add", "--org", org["id"], "--type", "1", "--grn", "01GB1234567890120")
    assert refused.returncode == EXIT_INVALID
    assert refused.error_fields() == {"grn"}
    assert "7 was expected" in refused.json["errors"][0]["message"]
    kept = _ok(cli("guarantee-add", "--org", org["id"], "--type", "1", "--grn", "01GB1234567890120",
                   "--override-check-digit"))
    assert (kept["grn"], kept["grn_override"]) == ("01GB1234567890120", True)


def test_override_does_not_excuse_a_malformed_grn(cli):
    org = _add_org(cli)
    result = cli("guarantee-add", "--org", org["id"], "--type", "1", "--grn", "2AGB1234567890120",
                 "--override-check-digit")
    assert result.returncode == EXIT_INVALID
    assert "Character 2" in result.json["errors"][0]["message"]


def test_listings_have_the_contract_keys_and_no_access_codes(cli):
    _ok(cli("demo"))
    orgs = cli("orgs", "--json")
    guarantees = cli("guarantees", "--json")
    for org in _ok(orgs):
        assert ORGANISATION_KEYS <= set(org)
    for g in _ok(guarantees):
        assert GUARANTEE_KEYS <= set(g)
    plain = cli("orgs").stdout + cli("guarantees").stdout
    for text in (orgs.stdout, guarantees.stdout, plain):
        for code in DEMO_CODES:
            assert code not in text


def test_guarantees_can_be_filtered_by_organisation(cli):
    _ok(cli("demo"))
    orgs = {o["name"]: o["id"] for o in _ok(cli("orgs", "--json"))}
    mine = _ok(cli("guarantees", "--json", "--org", orgs["Hafen Logistik GmbH"]))
    assert sorted(g["type"] for g in mine) == ["1", "4", "9"]
    assert {g["org_id"] for g in mine} == {orgs["Hafen Logistik GmbH"]}


def test_orgs_plain_listing(cli):
    org = _add_org(cli)
    assert cli("orgs").stdout.split() == [str(org["id"]), "CZ25596641", "CZ", "Spedice", "Brno", "s.r.o."]


@pytest.mark.sqlite_file
def test_corrupt_database_exits_4_without_traceback(cli, cli_data_dir):
    cli_data_dir.mkdir()
    db_file = cli_data_dir / "customsdesk.sqlite"
    db_file.write_bytes(b"garbage, not a database\n" * 100)
    before = db_file.read_bytes()
    for command in (("init",), ("orgs", "--json"), ("demo",)):
        result = cli(*command)
        assert result.returncode == EXIT_DATABASE
        assert "not a readable CustomsDesk database" in result.stderr
        assert "Traceback" not in result.stderr
        assert result.stdout == ""
    assert db_file.read_bytes() == before


@pytest.mark.sqlite_file
def test_newer_database_exits_4(cli, cli_data_dir):
    _ok(cli("init"))
    conn = sqlite3.connect(cli_data_dir / "customsdesk.sqlite")
    with conn:
        conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('customsdesk', '099_future', 'x')")
    conn.close()
    result = cli("orgs", "--json")
    assert result.returncode == EXIT_DATABASE
    assert "099_future" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_reader_that_stops_early_gets_no_traceback(cli, cli_data_dir):
    """``customsdesk messages --json | head``: the pipe closes while the command writes."""
    import subprocess
    import sys

    _ok(cli("init"))
    _ok(cli("demo"))
    process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(cli_data_dir), "suma-show", "2", "--json"],
                               cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert process.stdout.read(10).startswith(b"{")
    process.stdout.close()  # the reader goes away before the rest is written
    _, stderr = process.communicate(timeout=60)
    assert "Traceback" not in stderr.decode() and "BrokenPipe" not in stderr.decode()
    assert process.returncode == 0
