"""Reading certificate files as brokers get them: PKCS#12/PFX (with a password), PEM or DER."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives.serialization import load_pem_private_key, pkcs12

from core.errors import FieldError, ValidationError
from core.transport.cms import PrivateKey

PKCS12_SUFFIXES = (".p12", ".pfx")


@dataclass
class CertificateFile:
    certificate: x509.Certificate
    private_key: PrivateKey | None
    format: str  # "PKCS#12", "PEM" or "DER"

    def __repr__(self) -> str:
        return f"CertificateFile({self.format}, key={'yes' if self.private_key else 'no'})"


def read_certificate_file(path: Path, password: str | None = None) -> CertificateFile:
    """The certificate (and private key, when the file has one). Errors name the file and the fix."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _invalid("file", f"Cannot read {path}: {exc.strerror or exc}.") from None
    if path.suffix.lower() in PKCS12_SUFFIXES or not _looks_like_pem(data) and not _is_der_certificate(data):
        return _read_pkcs12(path, data, password)
    if _looks_like_pem(data):
        return _read_pem(path, data, password)
    return CertificateFile(x509.load_der_x509_certificate(data), None, "DER")


def _looks_like_pem(data: bytes) -> bool:
    return b"-----BEGIN" in data


def _is_der_certificate(data: bytes) -> bool:
    try:
        x509.load_der_x509_certificate(data)
    except ValueError:
        return False
    return True


def _read_pkcs12(path: Path, data: bytes, password: str | None) -> CertificateFile:
    secret = password.encode("utf-8") if password else None
    try:
        key, certificate, _ = pkcs12.load_key_and_certificates(data, secret)
    except ValueError:
        if password is None and path.suffix.lower() in PKCS12_SUFFIXES:
            raise _invalid("password", f"{path.name} is protected by a password: give it (--password-stdin).") from None
        if path.suffix.lower() in PKCS12_SUFFIXES or password is not None:
            raise _invalid("password", f"The password does not open {path.name}, or the file is damaged: type the "
                                       "password again (it is case-sensitive) or ask the issuer for the file.") from None
        raise _invalid("file", f"{path.name} is neither a certificate (PEM or DER) nor a PKCS#12/PFX file: choose "
                               "the certificate file you got from the trust service provider.") from None
    if certificate is None:
        raise _invalid("file", f"{path.name} holds no certificate, only a key: export it again with the certificate.")
    return CertificateFile(certificate, key, "PKCS#12")


def _read_pem(path: Path, data: bytes, password: str | None) -> CertificateFile:
    try:
        certificate = x509.load_pem_x509_certificate(data)
    except ValueError:
        raise _invalid("file", f"{path.name} has no readable certificate in PEM form: the file is damaged or holds "
                               "something else.") from None
    key = None
    if b"PRIVATE KEY-----" in data:
        try:
            key = load_pem_private_key(data, password.encode("utf-8") if password else None)
        except (TypeError, ValueError):
            raise _invalid("password", f"The private key in {path.name} does not open with this password.") from None
    return CertificateFile(certificate, key, "PEM")


def _invalid(field: str, message: str) -> ValidationError:
    return ValidationError([FieldError(field, message)])
