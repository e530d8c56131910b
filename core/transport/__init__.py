"""Envelopes (CMS sign + encrypt, decrypt + verify), XML signatures and the certificates they use; no Qt."""
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
from core.transport.xmldsig import sign_xml, verify_xml

__all__ = [
    "CertificateStore", "Credentials", "EnvelopeError", "Opened", "StoredCertificate", "TrustedSigners",
    "open_sealed", "seal", "sign", "sign_xml", "subject_of", "verify", "verify_xml",
]
