"""Envelopes (CMS sign + encrypt, decrypt + verify) and the certificates they use; no Qt."""
from core.transport.certificates import (
    CertificateStore,
    IssuedBy,
    StoredCertificate,
    TrainingPki,
    create_training_pki,
    load_simulator_credentials,
)
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
    "CertificateStore", "Credentials", "EnvelopeError", "IssuedBy", "Opened", "StoredCertificate",
    "TrainingPki", "TrustedSigners", "create_training_pki", "load_simulator_credentials", "open_sealed",
    "seal", "sign", "subject_of", "verify",
]
