"""The commands' log file (logs/customsdesk.log in the data folder): what it holds, and never a code or password."""
from __future__ import annotations

import json

import pytest

from simulator.demo import DEMO_PAC, DEMO_PASSWORD

EXIT_OK, EXIT_INVALID, EXIT_LOGIN, EXIT_DATABASE = 0, 2, 3, 4
PAC_GRN_START = "25CZ520101000011"
CODES = {"pac": "PK7Q", "new_pac": "NW55", "spk": ["ZX93", "QQ12"]}
WRONG_PASSWORD = "jan forgot his sentence"
NEW_USER_PASSWORD = "carls own long password"


def _ok(result):
    assert result.returncode == EXIT_OK, result.stderr + result.stdout
    return result.json


def _log(data_dir) -> str:
    return (data_dir / "logs" / "customsdesk.log").read_text(encoding="utf-8")


def _password_file(tmp_path, name: str, password: str) -> str:
    path = tmp_path / name
    path.write_text(password + "\n", encoding="utf-8")
    return str(path)


def test_the_log_holds_the_commands_and_sign_ins_but_no_code_or_password(cli, cli_data_dir, tmp_path):
    _ok(cli("demo"))
    grn = next(g["grn"] for g in _ok(cli("guarantees", "--json")) if g["grn"].startswith(PAC_GRN_START))
    stored = _ok(cli("codes-set", grn, stdin=json.dumps(CODES)))
    assert (stored["pac"], stored["new_pac"], stored["spk"]) == (CODES["pac"], CODES["new_pac"], CODES["spk"])
    invalid = cli("codes-set", grn, stdin=json.dumps({"spk": ["TOOLONG7"]}))
    assert invalid.returncode == EXIT_INVALID
    assert cli("codes-set", grn, stdin='{"pac": "KL4M", "spk": [').returncode == EXIT_INVALID  # not JSON
    refused = cli("--user", "jan", "--password-file", _password_file(tmp_path, "bad", WRONG_PASSWORD), "orgs")
    assert refused.returncode == EXIT_LOGIN
    demo_password = _password_file(tmp_path, "demo", DEMO_PASSWORD)
    jan = _ok(cli("--user", "jan", "--password-file", demo_password, "codes-show", grn))
    _ok(cli("user-add", "carl", "--role", "declarant", "--password-file",
            _password_file(tmp_path, "carl", NEW_USER_PASSWORD)))

    text = _log(cli_data_dir)
    secrets = [CODES["pac"], CODES["new_pac"], *CODES["spk"], "TOOLONG7", "KL4M", DEMO_PAC, *jan["spk"],
               WRONG_PASSWORD, DEMO_PASSWORD, NEW_USER_PASSWORD]
    assert [secret for secret in secrets if secret in text] == []
    assert "INFO core.logs: CustomsDesk " in text and " started (command codes-set); data folder " in text
    assert "INFO core.users.audit: signed in: jan\n" in text
    assert "WARNING core.users.audit: failed sign-in: jan\n" in text
    assert "WARNING cli.commands: orgs refused: Wrong login name or password" in text
    assert "core.errors.LoginFailed: Wrong login name or password" in text  # with its traceback
    assert "WARNING cli.commands: codes-set refused: spk: Secondary code in row 1 is not 4 letters" in text
    assert text.count("Traceback (most recent call last)") == 3


@pytest.mark.sqlite_file
def test_a_database_that_cannot_be_opened_is_logged_with_its_traceback(cli, cli_data_dir):
    cli_data_dir.mkdir()
    (cli_data_dir / "customsdesk.sqlite").write_bytes(b"garbage, not a database\n" * 100)
    result = cli("orgs", "--json")
    assert result.returncode == EXIT_DATABASE and "Traceback" not in result.stderr
    text = _log(cli_data_dir)
    assert "ERROR cli.commands: orgs: the database cannot be opened\nTraceback (most recent call last)" in text
    assert "DatabaseProblem: " in text and "not a readable CustomsDesk database" in text


def test_a_log_folder_that_cannot_be_written_is_said_once_and_the_command_goes_on(cli, cli_data_dir):
    cli_data_dir.mkdir()
    (cli_data_dir / "logs").write_text("a file where the log folder should be", encoding="utf-8")
    result = cli("org-add", "--name", "", "--eori", "CZ25596641", "--country", "CZ")
    assert result.returncode == EXIT_INVALID and "name" in result.error_fields()
    assert result.stderr.count("CustomsDesk keeps no log file") == 1
    assert str(cli_data_dir / "logs" / "customsdesk.log") in result.stderr
    assert "Traceback" not in result.stderr and "refused" not in result.stderr
    assert _ok(cli("init"))["schema_version"] > 0
