"""Envelopes (CMS sign + encrypt, decrypt + verify) and the certificates they use; no Qt."""
from core.transport.certificates import CertificateStore, StoredCertificate
from core.transport.cms import (
    Credentials,
    EnvelopeError,
    Opened,
    TrustedSigners,
    open_sealed,
    seal,
    sign,
    subject_of,
    verify,
)

__all__ = [
    "CertificateStore", "Credentials", "EnvelopeError", "Opened", "StoredCertificate", "TrustedSigners",
    "open_sealed", "seal", "sign", "subject_of", "verify",
]
