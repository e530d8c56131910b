"""Certificates with QCStatements (ETSI EN 319 412-5), made for the tests."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from asn1crypto import core as asn1
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

NOW = datetime(2026, 11, 21, 12, 0, tzinfo=UTC)
OIDS = {"compliance": "0.4.0.1862.1.1", "sscd": "0.4.0.1862.1.4", "type": "0.4.0.1862.1.6",
        "legislation": "0.4.0.1862.1.7"}
TYPE_OIDS = {"esign": "0.4.0.1862.1.6.1", "eseal": "0.4.0.1862.1.6.2", "web": "0.4.0.1862.1.6.3"}


class _Statement(asn1.Sequence):
    _fields = [("id", asn1.ObjectIdentifier), ("info", asn1.Any, {"optional": True})]


class _Statements(asn1.SequenceOf):
    _child_spec = _Statement


class _Oids(asn1.SequenceOf):
    _child_spec = asn1.ObjectIdentifier


class _Countries(asn1.SequenceOf):
    _child_spec = asn1.PrintableString


def qc_statements(compliance=True, types=("eseal",), sscd=True, legislation=()) -> x509.UnrecognizedExtension:
    statements = []
    if compliance:
        statements.append({"id": OIDS["compliance"]})
    if sscd:
        statements.append({"id": OIDS["sscd"]})
    if types:
        info = _Oids([TYPE_OIDS[t] for t in types]).dump()
        statements.append({"id": OIDS["type"], "info": asn1.Any.load(info)})
    if legislation:
        statements.append({"id": OIDS["legislation"], "info": asn1.Any.load(_Countries(list(legislation)).dump())})
    return x509.UnrecognizedExtension(x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3"), _Statements(statements).dump())


def make_certificate(*, qc=None, digital_signature=True, non_repudiation=True, key=None,
                     not_before=NOW - timedelta(days=30), days=365, name="Spedice Brno seal"):
    key = key or rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name),
                      x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Spedice Brno s.r.o.")])
    builder = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
               .serial_number(x509.random_serial_number()).not_valid_before(not_before)
               .not_valid_after(not_before + timedelta(days=days))
               .add_extension(x509.KeyUsage(digital_signature=digital_signature, content_commitment=non_repudiation,
                                            key_encipherment=False, data_encipherment=False, key_agreement=False,
                                            key_cert_sign=False, crl_sign=False, encipher_only=False,
                                            decipher_only=False), critical=True))
    if qc is not None:
        builder = builder.add_extension(qc, critical=False)
    return builder.sign(key, hashes.SHA256()), key
