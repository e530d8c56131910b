"""eIDAS checks of participant certificates: real public certificates and ones the tests make."""
from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from asn1crypto import algos as asn1_algos
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from qualified_certificates import NOW, make_certificate, qc_statements
from unit_shared import SHARED

from core.errors import ValidationError
from core.transport.certificate_files import read_certificate_file
from core.transport.qualified import inspect_certificate, inspection_json

CERTS = SHARED / "test-data" / "certs"
def verdict(certificate) -> dict:
    return inspection_json(inspect_certificate(certificate, at=NOW))


def test_a_qualified_seal_certificate_is_suitable():
    certificate, _ = make_certificate(qc=qc_statements())
    result = verdict(certificate)
    assert result["suitable_for_signing"] is True and result["problems"] == []
    assert (result["qc_compliance"], result["qc_types"], result["qc_sscd"]) == (True, ["eseal"], True)
    assert result["verdict"].startswith("Suitable for signing customs messages: yes")
    trusted_list = next(c for c in result["checks"] if c["name"] == "EU trusted list")
    assert trusted_list["passed"] is None and "cannot be read from the certificate" in trusted_list["why"]


@pytest.mark.parametrize("qc, problem", [
    (None, "not an EU qualified certificate"),
    (qc_statements(compliance=False), "not an EU qualified certificate"),
    (qc_statements(types=("esign",)), "QcType esign, not eseal"),
    (qc_statements(types=("web",)), "a website certificate signs nothing"),
    (qc_statements(types=()), "no QcType"),
    (qc_statements(legislation=("ZZ",)), "qualified only under the law of ZZ"),
])
def test_what_is_not_an_eu_qualified_seal_is_refused_with_the_reason(qc, problem):
    result = verdict(make_certificate(qc=qc)[0])
    assert result["suitable_for_signing"] is False
    assert any(problem in p for p in result["problems"]), result["problems"]
    assert problem in result["verdict"]


def test_each_qc_type_and_the_legislation_are_read():
    result = verdict(make_certificate(qc=qc_statements(types=("esign", "eseal", "web"), legislation=("CH", "TC")))[0])
    assert result["qc_types"] == ["esign", "eseal", "web"]
    assert result["qc_cc_legislation"] == ["CH", "TC"]


def test_a_seal_without_a_qualified_device_is_an_advanced_seal_and_still_suitable():
    result = verdict(make_certificate(qc=qc_statements(sscd=False))[0])
    assert result["qc_sscd"] is False and result["suitable_for_signing"] is True
    device = next(c for c in result["checks"] if c["name"].startswith("Key in a qualified device"))
    assert device["passed"] is None and "advanced seal" in device["why"]


@pytest.mark.parametrize("flags, missing", [
    ({"non_repudiation": False}, "lacks nonRepudiation"),
    ({"digital_signature": False}, "lacks digitalSignature"),
    ({"digital_signature": False, "non_repudiation": False}, "lacks digitalSignature and nonRepudiation"),
])
def test_the_key_usage_must_allow_signing_and_non_repudiation(flags, missing):
    result = verdict(make_certificate(qc=qc_statements(), **flags)[0])
    assert result["suitable_for_signing"] is False
    assert any(missing in p for p in result["problems"])
    assert (result["digital_signature"], result["non_repudiation"]) == (
        flags.get("digital_signature", True), flags.get("non_repudiation", True))


def test_small_keys_are_refused_and_strong_ones_named():
    small = verdict(make_certificate(qc=qc_statements(), key=rsa.generate_private_key(65537, 1024))[0])
    assert any("1024 bits, fewer than 2048" in p for p in small["problems"])
    weak_curve = verdict(make_certificate(qc=qc_statements(), key=ec.generate_private_key(ec.SECP192R1()))[0])
    assert (weak_curve["key_type"], weak_curve["key_size"]) == ("EC", 192)
    assert any("192 bits, fewer than 256" in p for p in weak_curve["problems"])
    strong = verdict(make_certificate(qc=qc_statements(), key=ec.generate_private_key(ec.SECP384R1()))[0])
    assert (strong["key_type"], strong["key_size"], strong["suitable_for_signing"]) == ("EC", 384, True)


def _signed_with_sha1(certificate: x509.Certificate, key) -> x509.Certificate:
    """cryptography no longer signs certificates with SHA-1: re-sign the same TBS structure by hand."""
    parsed = asn1_x509.Certificate.load(certificate.public_bytes(serialization.Encoding.DER))
    tbs = parsed["tbs_certificate"]
    tbs["signature"] = asn1_algos.SignedDigestAlgorithm({"algorithm": "sha1_rsa"})
    parsed["signature_algorithm"] = asn1_algos.SignedDigestAlgorithm({"algorithm": "sha1_rsa"})
    parsed["signature_value"] = key.sign(tbs.dump(force=True), padding.PKCS1v15(), hashes.SHA1())
    return x509.load_der_x509_certificate(parsed.dump(force=True))


def test_a_sha1_signature_is_refused():
    certificate = _signed_with_sha1(*make_certificate(qc=qc_statements()))
    assert certificate.signature_hash_algorithm.name == "sha1"
    result = verdict(certificate)
    assert any("SHA1, weaker than SHA-256" in p for p in result["problems"])
    legacy = read_certificate_file(CERTS / "qc_legacy_ec_digit_quovadis_2013.pem").certificate
    assert any("SHA1" in p for p in verdict(legacy)["problems"])


def test_expired_and_not_yet_valid_certificates_are_refused():
    expired = verdict(make_certificate(qc=qc_statements(), not_before=NOW - timedelta(days=400))[0])
    assert any(p.startswith("it expired on") for p in expired["problems"])
    early = verdict(make_certificate(qc=qc_statements(), not_before=NOW + timedelta(days=2))[0])
    assert any(p.startswith("it is not valid yet") for p in early["problems"])


# --- real public certificates (pinned to a date within their validity) ---------------------------------------

@pytest.mark.parametrize("file, types, sscd, legislation, suitable", [
    ("qc_eseal_ec_digit_quovadis_2018.pem", ["eseal"], True, [], True),
    ("qc_eseal_cz_szr_postsignum_qca4_2020.pem", ["eseal"], False, [], True),
    ("qc_esign_dss_test_john_doe_zz.der", ["esign"], True, ["ZZ"], False),
    ("qc_web_qwac_harica_www_harica_gr.pem", ["web"], False, [], False),
    ("qc_multi_type_zlint_limit_value.pem", ["esign", "eseal", "web"], True, [], True),
    ("qc_no_compliance_zlint_missing_mandatory.pem", ["web"], False, [], False),
    ("noqc_tls_dv_nowina_lu_letsencrypt.pem", [], False, [], False),
])
def test_real_certificates(file, types, sscd, legislation, suitable):
    certificate = read_certificate_file(CERTS / file).certificate
    result = inspection_json(inspect_certificate(certificate, at=certificate.not_valid_before_utc + timedelta(days=1)))
    assert (result["qc_types"], result["qc_sscd"], result["qc_cc_legislation"]) == (types, sscd, legislation)
    assert result["suitable_for_signing"] is suitable, result["problems"]


# --- reading files ----------------------------------------------------------------------------------------------

def _write_pkcs12(path: Path, password: bytes | None) -> x509.Certificate:
    certificate, key = make_certificate(qc=qc_statements())
    encryption = serialization.BestAvailableEncryption(password) if password else serialization.NoEncryption()
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"seal", key, certificate, None, encryption))
    return certificate


def test_pkcs12_opens_with_its_password_and_gives_the_key(tmp_path):
    certificate = _write_pkcs12(tmp_path / "seal.p12", b"pfx password")
    read = read_certificate_file(tmp_path / "seal.p12", "pfx password")
    assert read.certificate == certificate and read.private_key is not None and read.format == "PKCS#12"
    assert "pfx password" not in repr(read)


@pytest.mark.parametrize("password, field, text", [
    ("wrong password", "password", "does not open seal.pfx"),
    (None, "password", "protected by a password"),
])
def test_pkcs12_with_a_wrong_or_missing_password_is_a_clear_error(tmp_path, password, field, text):
    _write_pkcs12(tmp_path / "seal.pfx", b"pfx password")
    with pytest.raises(ValidationError) as error:
        read_certificate_file(tmp_path / "seal.pfx", password)
    assert error.value.errors[0].field == field and text in error.value.errors[0].message
    assert "pfx password" not in str(error.value)


def test_pem_and_der_are_read(tmp_path):
    certificate, _ = make_certificate(qc=qc_statements())
    (tmp_path / "seal.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "seal.cer").write_bytes(certificate.public_bytes(serialization.Encoding.DER))
    assert read_certificate_file(tmp_path / "seal.pem").format == "PEM"
    assert read_certificate_file(tmp_path / "seal.cer").certificate == certificate


@pytest.mark.parametrize("content", [b"-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n",
                                     b"\x30\x82\x01\x00 truncated", b""])
def test_a_corrupt_file_is_a_clear_error(tmp_path, content):
    (tmp_path / "broken.pem").write_bytes(content)
    with pytest.raises(ValidationError) as error:
        read_certificate_file(tmp_path / "broken.pem")
    assert error.value.errors[0].field == "file" and "broken.pem" in error.value.errors[0].message
