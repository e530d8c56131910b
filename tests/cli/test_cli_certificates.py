"""cert-inspect: the certificate checks as JSON, for scripting and support."""
from __future__ import annotations

from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
CERTS = SHARED / "test-data" / "certs"
INSPECT_KEYS = {"subject", "issuer", "serial", "not_before", "not_after", "key_type", "key_size", "digital_signature",
                "non_repudiation", "qc_compliance", "qc_types", "qc_sscd", "qc_cc_legislation", "suitable_for_signing",
                "problems"}


def test_inspecting_a_real_qualified_seal(cli):
    result = cli("cert-inspect", CERTS / "qc_eseal_ec_digit_quovadis_2018.pem")
    assert result.returncode == 0, result.stderr
    data = result.json
    assert INSPECT_KEYS <= set(data)
    assert (data["key_type"], data["key_size"], data["qc_types"], data["qc_sscd"]) == ("RSA", 2048, ["eseal"], True)
    assert data["subject"].startswith("CN=EC_DIGIT") and data["serial"] == "1AEA9EF691E0E9421A22D039FFD14261ED234B72"
    assert data["suitable_for_signing"] is False and data["problems"] == ["it expired on 2021-03-07"]


def test_inspecting_a_website_certificate_says_why_it_cannot_sign(cli):
    data = cli("cert-inspect", CERTS / "qc_web_qwac_harica_www_harica_gr.pem").json
    assert data["qc_types"] == ["web"] and data["suitable_for_signing"] is False
    assert any("not eseal" in p for p in data["problems"])


def _pkcs12(tmp_path, password: bytes) -> Path:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test seal")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(7).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    path = tmp_path / "seal.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"seal", key, certificate, None,
                                                           serialization.BestAvailableEncryption(password)))
    return path


def test_a_pkcs12_file_reads_its_password_from_stdin(cli, tmp_path):
    path = _pkcs12(tmp_path, b"the pfx password")
    data = cli("cert-inspect", path, "--password-stdin", stdin="the pfx password\n").json
    assert (data["key_type"], data["key_size"], data["has_private_key"]) == ("EC", 256, True)
    wrong = cli("cert-inspect", path, "--password-stdin", stdin="guess\n")
    assert wrong.returncode == 2 and wrong.error_fields() == {"password"}
    assert "the pfx password" not in wrong.stdout + wrong.stderr


def test_a_corrupt_file_exits_2_naming_the_file(cli, tmp_path):
    path = tmp_path / "broken.der"
    path.write_bytes(b"\x30\x03\x02\x01")
    result = cli("cert-inspect", path)
    assert result.returncode == 2 and result.error_fields() == {"file"}
    assert "broken.der" in result.json["errors"][0]["message"]


CERT_KEYS = {"id", "role", "eori", "administration", "environment", "subject", "not_after", "suitable_for_signing",
             "problems", "test_certificate", "active", "takes_effect", "days_left", "warning", "warning_threshold"}


def _customs_pem(tmp_path) -> Path:
    from datetime import UTC, datetime, timedelta

    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Customs 2027")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(9).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=400))
                   .sign(key, hashes.SHA256()))
    path = tmp_path / "customs.cer"
    path.write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    return path


def test_cert_import_makes_it_the_eoris_certificate_and_certs_lists_it(cli, tmp_path):
    cli("init")
    path = _pkcs12(tmp_path, b"the pfx password")

    imported = cli("cert-import", path, "--eori", "cz25596641", "--password-stdin", stdin="the pfx password\n")

    assert imported.returncode == 0, imported.stderr
    data = imported.json
    assert CERT_KEYS <= set(data)
    assert (data["eori"], data["role"], data["test_certificate"], data["replaced"]) == ("CZ25596641", "participant", True, None)
    assert data["verdict"].startswith("Suitable for signing customs messages: no — because")
    assert data["warning_threshold"] == "30 days" and "in 29 days" in data["warning"]
    [listed] = cli("certs", "--json").json
    assert listed["id"] == data["id"] and listed["active"] is True


def test_cert_import_again_replaces_and_all_shows_the_history(cli, tmp_path):
    cli("init")
    first = cli("cert-import", _pkcs12(tmp_path, b"pw"), "--eori", "CZ25596641", "--password-stdin", stdin="pw\n").json
    (tmp_path / "seal.p12").unlink()
    second = cli("cert-import", _pkcs12(tmp_path, b"pw"), "--eori", "CZ25596641", "--password-stdin", stdin="pw\n").json

    assert second["replaced"]["id"] == first["id"]
    assert [c["id"] for c in cli("certs", "--json").json] == [second["id"]]
    history = cli("certs", "--json", "--all").json
    assert [(c["id"], c["active"]) for c in history] == [(second["id"], True), (first["id"], False)]


def test_cert_import_with_a_wrong_password_or_a_bad_eori_imports_nothing(cli, tmp_path):
    cli("init")
    path = _pkcs12(tmp_path, b"pw")
    wrong = cli("cert-import", path, "--eori", "CZ25596641", "--password-stdin", stdin="guess\n")
    assert wrong.returncode == 2 and wrong.error_fields() == {"password"}
    bad_eori = cli("cert-import", path, "--eori", "25596641", "--password-stdin", stdin="pw\n")
    assert bad_eori.returncode == 2 and "eori" in bad_eori.error_fields()
    assert cli("certs", "--json").json == []


def test_customs_certificate_with_the_day_it_takes_effect(cli, tmp_path):
    cli("init")
    data = cli("cert-import", _customs_pem(tmp_path), "--customs", "de", "--environment", "production",
               "--takes-effect", "2027-01-15").json
    assert (data["role"], data["administration"], data["environment"], data["takes_effect"]) == \
        ("customs", "DE", "production", "2027-01-15")


def test_cert_export_writes_only_the_public_certificate(cli, tmp_path):
    cli("init")
    data = cli("cert-import", _pkcs12(tmp_path, b"pw"), "--eori", "CZ25596641", "--password-stdin", stdin="pw\n").json
    out = tmp_path / "public.pem"
    assert cli("cert-export", str(data["id"]), out).json == {"id": data["id"], "path": str(out)}
    text = out.read_text()
    assert "BEGIN CERTIFICATE" in text and "PRIVATE" not in text


def test_a_declarant_cannot_import(cli, tmp_path):
    cli("init")
    password_file = tmp_path / "pw"
    password_file.write_text("declarant-password-1\n")
    assert cli("user-add", "jan", "--role", "declarant", "--password-file", password_file).returncode == 0
    refused = cli("--user", "jan", "--password-file", password_file, "cert-import", _pkcs12(tmp_path, b"pw"),
                  "--eori", "CZ25596641", "--password-stdin", stdin="pw\n")
    assert refused.returncode == 3 and "manage certificates" in refused.stderr
