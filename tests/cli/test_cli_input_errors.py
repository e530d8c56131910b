"""Input the commands cannot use: a clear JSON error naming the option, exit 2, and never a traceback."""
from __future__ import annotations

import json
import socket

import pytest

TOO_BIG = str(2 ** 63)  # one more than SQLite's largest integer
HUGE = "9" * 30


def _refused(result, field: str) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    errors = result.json["errors"]
    assert field in {e["field"] for e in errors}, errors
    return " ".join(e["message"] for e in errors if e["field"] == field)


@pytest.mark.parametrize("args, field", [
    (["guarantee-add", "--org", TOO_BIG, "--type", "3"], "--org"),
    (["guarantee-add", "--org", HUGE, "--type", "3"], "--org"),
    (["guarantee-add", "--org", "1", "--type", "3", "--params", TOO_BIG], "--params"),
    (["guarantees", "--org", HUGE], "--org"),
    (["represent", "--agency", HUGE, "--org", "1", "--rights", "basic"], "--agency"),
    (["represent", "--user", "eva", "--org", TOO_BIG, "--rights", "basic"], "--org"),
    (["cert-export", TOO_BIG, "out.pem"], "id"),
    (["audit", "--limit", HUGE], "--limit"),
    (["audit", "--limit", "-5"], "--limit"),
    (["guarantee-add", "--org", "one", "--type", "3"], "--org"),
    (["params-set", HUGE, "--name", "Training"], "id"),
    (["suma-import", "declaration.json", "--id", TOO_BIG], "--id"),
    (["suma-send", HUGE, "--kind", "VSA"], "ID"),
    (["suma-show", TOO_BIG], "ID"),
])
def test_numbers_out_of_range_are_refused_naming_the_option(cli, args, field):
    message = _refused(cli(*args), field)
    assert "whole number" in message


def test_a_message_number_out_of_range_is_refused(cli):
    message = _refused(cli("message-show", HUGE, "--xml"), "id")
    assert HUGE in message


@pytest.mark.parametrize("option", ["--since", "--until"])
@pytest.mark.parametrize("value", ["yesterday", "2025-02-30", "2025-13-01", "31.01.2025"])
def test_audit_dates_that_are_not_dates_are_refused_with_the_format(cli, option, value):
    message = _refused(cli("audit", "--json", option, value), option)
    assert value in message and "YYYY-MM-DD" in message


def test_audit_dates_and_times_in_iso_form_are_used(cli):
    assert cli("init").returncode == 0
    assert len(cli("audit", "--json", "--since", "2000-01-01").json) >= 1
    assert cli("audit", "--json", "--since", "2999-01-01").json == []
    assert cli("audit", "--json", "--until", "2000-01-01T10:00:00Z").json == []


def test_other_usage_errors_are_json_too(cli):
    _refused(cli("org-add", "--name", "Spedice"), "--eori")
    _refused(cli("query", "23GB0000010000863", "--kind", "usage", "--from", "2025-02-30"), "--from")


# --- codes-set: what arrives on stdin -------------------------------------------------------------------------
@pytest.mark.parametrize("stdin, field", [
    ('{"spk": ' + "[" * 100_000 + "]" * 100_000 + "}", "stdin"),
    ('{"pac": ' + '{"a": ' * 100_000 + "1" + "}" * 100_000 + "}", "stdin"),
    ('{"pac": true}', "pac"),
    ('{"new_pac": ["AB12"]}', "new_pac"),
    ('{"spk": [null]}', "spk"),
    ('{"spk": [{"code": "CD34"}]}', "spk"),
    ('{"spk": "CD34"}', "stdin"),
    ("[]", "stdin"),
])
def test_codes_set_refuses_what_is_not_a_code(cli, stdin, field):
    _refused(cli("codes-set", "23GB0000010000863", stdin=stdin), field)


# --- the simulator --------------------------------------------------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize("args, field", [
    (["--port", "99999"], "--port"),
    (["--port", "-1"], "--port"),
    (["--throttle-seconds", HUGE], "--throttle-seconds"),
    (["--throttle-seconds", "-1"], "--throttle-seconds"),
    (["--answer-delay", "nan"], "--answer-delay"),
    (["--answer-delay", "-3"], "--answer-delay"),
])
def test_simulator_options_out_of_range_are_refused(cli, args, field):
    _refused(cli("simulator", *args), field)


def test_simulator_register_file_that_is_missing_or_bad_is_named(cli, tmp_path):
    port = str(_free_port())
    missing = tmp_path / "missing.json"
    assert str(missing) in _refused(cli("simulator", "--port", port, "--register", missing), "--register")
    assert str(tmp_path) in _refused(cli("simulator", "--port", port, "--register", tmp_path), "--register")
    for name, content, says in [
        ("not-json.json", "grn;type\n", "not JSON"),
        ("object.json", json.dumps({"grn": "23GB0000010000863"}), "list"),
        ("strings.json", json.dumps(["23GB0000010000863"]), "entry 1"),
        ("incomplete.json", json.dumps([{"grn": "23GB0000010000863"}]), "holder_tin"),
        ("unknown.json", json.dumps([{"grn": "1", "type": "1", "office": "CZ1", "holder_tin": "CZ1", "colour": 1}]),
         "colour"),
    ]:
        path = tmp_path / name
        path.write_text(content)
        message = _refused(cli("simulator", "--port", port, "--register", path), "--register")
        assert str(path) in message and says in message, message


def test_simulator_on_a_port_in_use_says_so(cli):
    assert cli("demo").returncode == 0  # the simulator's certificates
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        message = _refused(cli("simulator", "--port", str(port)), "--port")
    assert str(port) in message and "in use" in message


def test_simulator_host_that_cannot_be_listened_on_is_named(cli):
    assert cli("demo").returncode == 0
    _refused(cli("simulator", "--host", "256.1.1.1", "--port", str(_free_port())), "--host")


def test_simulator_schema_folder_that_does_not_exist_is_named(cli, tmp_path):
    _refused(cli("simulator", "--port", str(_free_port()), "--schemas", tmp_path / "missing"), "--schemas")


@pytest.mark.sqlite_file
def test_a_file_given_as_the_data_folder_is_named(cli, tmp_path):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("my notes\n")
    done = cli("orgs", "--json", data_dir=not_a_folder)
    assert done.returncode == 4 and "Traceback" not in done.stderr
    assert f"{not_a_folder} is a file, not a folder" in done.stderr
    assert not_a_folder.read_text() == "my notes\n"
