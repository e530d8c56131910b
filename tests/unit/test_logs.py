"""The log file: where it is, what it holds, that it rotates, that it never holds a secret or stops the app."""
from __future__ import annotations

import logging
import sys

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec

from core import logs
from core.errors import LoginFailed
from core.logs import LINE_FORMAT, RedactSecrets, log_file, start_logging, stop_logging
from core.secrets import Secret
from core.installation import open_context

PASSWORD = "correct horse battery"
PAC, NEW_PAC, SPK = "PK7Q", "NW55", "AC01"


@pytest.fixture(autouse=True)
def _log_stopped():
    yield
    stop_logging()


def _exc_info(message: str):
    try:
        raise ValueError(message)
    except ValueError:
        return sys.exc_info()


def _private_key_pem() -> str:
    key = ec.generate_private_key(ec.SECP256R1())
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


def test_the_filter_takes_secrets_out_of_the_message_its_arguments_and_the_traceback():
    pem = _private_key_pem()
    key_body = pem.splitlines()[1]
    record = logging.LogRecord(
        "customsdesk.test", logging.ERROR, __file__, 1, "key %s; codes %s; %s signs with password=%s",
        (pem, {"pac": PAC, "new_pac": NEW_PAC, "spk": [SPK]}, Secret(SPK), PASSWORD),
        _exc_info(f'cannot open {{"pac": "{PAC}"}} with password={PASSWORD}\n{pem}'))
    record.stack_info = f'Stack (most recent call last):\n  codes = {{"spk": ["{SPK}"]}}'

    assert RedactSecrets().filter(record)
    text = logging.Formatter(LINE_FORMAT).format(record)

    for secret in (PASSWORD, "horse", PAC, NEW_PAC, SPK, key_body):
        assert secret not in text
    assert "key -----BEGIN PRIVATE KEY----- **** -----END PRIVATE KEY-----\n; codes" in text
    assert "; codes {'pac': ****, 'new_pac': ****, 'spk': ****}; Secret('****') signs with password=****" in text
    assert "Traceback (most recent call last)" in text and 'ValueError: cannot open {"pac": ****}' in text
    assert 'Stack (most recent call last)' in text and '"spk": ****' in text


def test_the_filter_leaves_ordinary_text_alone():
    record = logging.LogRecord("customsdesk.test", logging.INFO, __file__, 1, "%s: %s",
                               ("signed in", "petra"), None)
    RedactSecrets().filter(record)
    assert record.getMessage() == "signed in: petra"
    for text in ("login_password_file=/tmp/pw", "pac: Primary code must be exactly 4 letters",
                 '{"grn": "25CZ520101000011", "sent": 2}'):
        assert logs.redact(text) == text


def test_a_message_that_does_not_fit_its_arguments_is_written_without_them():
    record = logging.LogRecord("customsdesk.test", logging.WARNING, __file__, 1, "code %s and %s", (PASSWORD,), None)
    assert RedactSecrets().filter(record)
    text = logging.Formatter(LINE_FORMAT).format(record)
    assert "code %s and %s (its arguments did not fit the message and were left out)" in text
    assert PASSWORD not in text


def test_the_log_is_in_the_data_folder_and_starts_with_the_version_and_folder(tmp_path):
    path = start_logging(tmp_path / "data", "command init")
    assert path == tmp_path / "data" / "logs" / "customsdesk.log" == log_file()
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert f"CustomsDesk {logs.app_version()} started (command init)" in first
    assert str(tmp_path / "data") in first and "Python 3." in first


def test_an_exception_reaches_the_file_with_its_traceback_and_without_its_secrets(tmp_path):
    path = start_logging(tmp_path)
    try:
        raise RuntimeError(f"broken while sending password={PASSWORD}")
    except RuntimeError:
        logging.getLogger("customsdesk.test").exception("send and receive failed")
    stop_logging()
    text = path.read_text(encoding="utf-8")
    assert "ERROR customsdesk.test: send and receive failed" in text
    assert "Traceback (most recent call last)" in text and 'raise RuntimeError(f"broken while sending' in text
    assert "RuntimeError: broken while sending password=****" in text and "horse" not in text


def test_the_file_rotates_and_keeps_a_few_old_ones(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = start_logging(tmp_path)
    for number in range(200):
        logging.getLogger("customsdesk.test").info("line %d %s", number, "x" * 80)
    assert path.stat().st_size <= 2000
    kept = sorted(p.name for p in path.parent.iterdir())
    assert kept == ["customsdesk.log"] + [f"customsdesk.log.{n}" for n in range(1, logs.BACKUP_COUNT + 1)]


def test_a_folder_that_cannot_be_written_means_no_file_said_once_on_stderr(tmp_path, capsys):
    not_a_folder = tmp_path / "data"
    not_a_folder.write_text("a file where the data folder should be", encoding="utf-8")
    assert start_logging(not_a_folder) is None
    assert log_file() is None
    logging.getLogger("customsdesk.test").error("this goes nowhere and stops nothing")
    err = capsys.readouterr().err
    assert err.count("CustomsDesk keeps no log file") == 1
    assert str(not_a_folder / "logs" / "customsdesk.log") in err
    assert "this goes nowhere" not in err


def test_starting_again_replaces_the_file_and_stopping_ends_it(tmp_path):
    start_logging(tmp_path / "one")
    start_logging(tmp_path / "two")
    logging.getLogger("customsdesk.test").warning("only in two")
    assert log_file() == tmp_path / "two" / "logs" / "customsdesk.log"
    assert "only in two" not in (tmp_path / "one" / "logs" / "customsdesk.log").read_text(encoding="utf-8")
    stop_logging()
    assert log_file() is None
    logging.getLogger("customsdesk.test").warning("after the end")
    assert "after the end" not in (tmp_path / "two" / "logs" / "customsdesk.log").read_text(encoding="utf-8")


def test_sign_ins_failures_and_locks_are_logged_with_the_login_name_only(workspace, data_dir):
    workspace.users.set_first_password(workspace.session, PASSWORD)
    typed_as_login = "a password typed into the login field"
    path = start_logging(data_dir)
    open_context(data_dir, user="alice", password=PASSWORD).close()
    for login, password in (("alice", "not her password"), (typed_as_login, PASSWORD)):
        with pytest.raises(LoginFailed):
            open_context(data_dir, user=login, password=password)
    workspace.lock()
    text = path.read_text(encoding="utf-8")

    assert "INFO core.users.audit: signed in: alice\n" in text
    assert "WARNING core.users.audit: failed sign-in: alice\n" in text
    assert "WARNING core.users.audit: failed sign-in: (unknown login)\n" in text
    assert "INFO core.users.audit: locked after inactivity: alice\n" in text
    for secret in (PASSWORD, "not her password", typed_as_login):
        assert secret not in text
