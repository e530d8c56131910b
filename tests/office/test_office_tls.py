"""TLS to the office database (libpq's sslmode in the URL), against a server of its own offering a certificate
from a test authority: verified and encrypted, or refused plainly when the certificate is not the expected one."""
from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from core.errors import DatabaseProblem
from core.store.office import office_status, open_office_store
from tools.postgres_server import PostgresServer


def _authority(name: str) -> tuple[ec.EllipticCurvePrivateKey, x509.Certificate]:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
                   .not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                   .sign(key, hashes.SHA256()))
    return key, certificate


def _server_certificate(authority) -> tuple[bytes, bytes]:
    authority_key, authority_certificate = authority
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder()
                   .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "office-server")]))
                   .issuer_name(authority_certificate.subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
                   .not_valid_after(now + timedelta(days=1))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                               x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .sign(authority_key, hashes.SHA256()))
    key_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                serialization.NoEncryption())
    return certificate.public_bytes(serialization.Encoding.PEM), key_pem


@pytest.fixture(scope="module")
def tls_server(tmp_path_factory):
    """A server of its own offering TLS with a certificate of the office's authority; the authority's file."""
    folder = tmp_path_factory.mktemp("tls")
    authority = _authority("Office test authority")
    (folder / "office-ca.pem").write_bytes(authority[1].public_bytes(serialization.Encoding.PEM))
    server = PostgresServer().start()
    try:
        server.use_tls(*_server_certificate(authority))
        yield server, folder / "office-ca.pem"
    finally:
        server.stop()


def test_a_verified_connection_is_encrypted_and_said_so(tls_server):
    server, authority_file = tls_server
    url = f"{server.new_database()}?sslmode=verify-full&sslrootcert={authority_file}"
    open_office_store(url).close()
    status = office_status(url)
    assert status.tls and status.tls.startswith("TLS")
    assert office_status(f"{url.split('?')[0]}?sslmode=disable").tls is None


def test_a_server_certificate_from_another_authority_is_refused_plainly(tls_server, tmp_path):
    server, _ = tls_server
    stranger = tmp_path / "other-ca.pem"
    stranger.write_bytes(_authority("Someone else")[1].public_bytes(serialization.Encoding.PEM))
    with pytest.raises(DatabaseProblem) as refused:
        office_status(f"{server.new_database()}?sslmode=verify-full&sslrootcert={stranger}")
    assert refused.value.kind == "unreachable" and "certificate verify failed" in str(refused.value)
