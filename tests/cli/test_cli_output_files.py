"""Files the user names on the command line: written whole, never over an existing file without --force,
never over the data folder's own files (database, key file, backups, logs) even with --force."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


def _customs_certificate(cli, tmp_path) -> int:
    """A stored customs certificate's id (the quickest certificate to import)."""
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Customs export test")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(11).not_valid_before(now - timedelta(days=1))
                   .not_valid_after(now + timedelta(days=400)).sign(key, hashes.SHA256()))
    path = tmp_path / "customs.cer"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    imported = cli("cert-import", path, "--customs", "CZ")
    assert imported.returncode == 0, imported.stderr
    return imported.json["id"]


def _state(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def _refusal(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    assert "Traceback" not in result.stderr
    [error] = result.json["errors"]
    assert error["field"] == "file"
    return error["message"]


@pytest.mark.sqlite_file
@pytest.mark.parametrize("own_file", ["customsdesk.sqlite", "secrets.key"])
@pytest.mark.parametrize("force", [False, True], ids=["plain", "force"])
def test_cert_export_never_writes_over_the_data_folders_own_files(cli, cli_data_dir, tmp_path, own_file, force):
    certificate_id = _customs_certificate(cli, tmp_path)
    database, key = cli_data_dir / "customsdesk.sqlite", cli_data_dir / "secrets.key"
    before = {path: _state(path) for path in (database, key)}

    result = cli("cert-export", certificate_id, cli_data_dir / own_file, *(["--force"] if force else []))

    message = _refusal(result)
    assert str(cli_data_dir / own_file) in message and "not even with --force" in message
    assert {path: _state(path) for path in (database, key)} == before
    assert sorted(p.name for p in cli_data_dir.iterdir() if p.name.startswith(".")) == []  # no temporary left
    assert cli("orgs", "--json").returncode == 0  # the installation still opens, with its key


def test_the_data_folders_backups_and_logs_are_never_written(cli, cli_data_dir, tmp_path):
    certificate_id = _customs_certificate(cli, tmp_path)
    backup = cli_data_dir / "customsdesk.v4.backup.sqlite"
    backup.write_bytes(b"a backup taken before a migration")
    log = cli_data_dir / "logs" / "customsdesk.log"
    backup_before, log_before = _state(backup), log.read_text()

    for target in (backup, log, cli_data_dir / "logs" / "new-report.pem", cli_data_dir / "customsdesk.sqlite-wal"):
        assert str(target) in _refusal(cli("cert-export", certificate_id, target, "--force"))

    assert _state(backup) == backup_before
    assert log.read_text().startswith(log_before)  # the commands' own lines were added to it, nothing else
    assert "BEGIN CERTIFICATE" not in log.read_text()
    assert not (cli_data_dir / "logs" / "new-report.pem").exists()


@pytest.mark.sqlite_file
def test_another_name_for_the_database_is_refused_too(cli, cli_data_dir, tmp_path):
    certificate_id = _customs_certificate(cli, tmp_path)
    database = cli_data_dir / "customsdesk.sqlite"
    link = tmp_path / "looks-harmless.pem"
    link.symlink_to(database)
    before = _state(database)

    assert "database" in _refusal(cli("cert-export", certificate_id, link, "--force"))
    assert "database" in _refusal(cli("cert-export", certificate_id, cli_data_dir / "CustomsDesk.SQLITE", "--force"))

    assert _state(database) == before and link.is_symlink()


def test_an_existing_file_is_kept_without_force_and_replaced_with_it(cli, tmp_path):
    certificate_id = _customs_certificate(cli, tmp_path)
    target = tmp_path / "export.pem"
    target.write_text("an earlier export the user wants to keep\n")

    message = _refusal(cli("cert-export", certificate_id, target))

    assert str(target) in message and "use --force to replace it" in message
    assert target.read_text() == "an earlier export the user wants to keep\n"

    replaced = cli("cert-export", certificate_id, target, "--force")

    assert replaced.returncode == 0, replaced.stderr
    assert replaced.json == {"id": certificate_id, "path": str(target)}
    assert target.read_text().startswith("-----BEGIN CERTIFICATE-----")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_a_new_file_needs_no_force_and_is_written_whole(cli, tmp_path):
    certificate_id = _customs_certificate(cli, tmp_path)
    target = tmp_path / "customs.der"

    result = cli("cert-export", certificate_id, target)

    assert result.returncode == 0, result.stderr
    assert x509.load_der_x509_certificate(target.read_bytes()).subject.rfc4514_string() == "CN=Customs export test"


def test_a_folder_that_does_not_exist_is_a_clear_error(cli, tmp_path):
    certificate_id = _customs_certificate(cli, tmp_path)
    message = _refusal(cli("cert-export", certificate_id, tmp_path / "missing" / "x.pem"))
    assert "missing" in message and not (tmp_path / "missing").exists()
