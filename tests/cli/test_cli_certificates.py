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
