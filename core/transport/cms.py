"""CMS envelopes of the Czech NCTS channel (spec 02 §2.2): sign with the participant key, then
encrypt for the customs certificate; inbound, decrypt and verify.

`cryptography` builds SignedData and EnvelopedData and decrypts them, but it has no CMS verify call:
verification reads the structure with asn1crypto and checks digests and signatures with `cryptography`.
"""
from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import cms as asn1_cms
from asn1crypto import x509 as asn1_x509
from asn1crypto.core import Void
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID

from core.errors import CannotSend, UserError

CANNOT_DECRYPT = "cannot decrypt"
SIGNATURE_FAILED = "signature verification failed"
DEFAULT_TRUST_DESCRIPTION = "a certificate this workstation trusts for these messages"
ACCEPTED_DIGESTS = {
    "sha224": hashes.SHA224, "sha256": hashes.SHA256, "sha384": hashes.SHA384, "sha512": hashes.SHA512,
}
READABLE_ATTRIBUTE_NAMES = {
    NameOID.SERIAL_NUMBER: "serialNumber", NameOID.ORGANIZATION_IDENTIFIER: "organizationIdentifier",
}
# The signed attributes are sent with an implicit [0] tag but signed as a SET OF (RFC 5652 §5.4).
SET_OF_TAG = b"\x31"

PrivateKey = rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
TrustedSigner = Callable[[x509.Certificate], bool]


class EnvelopeError(UserError):
    """An inbound message that cannot be decrypted or whose signature does not hold; it stays in quarantine."""

    def __init__(self, reason: str):
        self.reason = reason
        super().__init__(reason)


def subject_of(certificate: x509.Certificate) -> str:
    """The subject as RFC 4514 text, with the names seals use spelled out instead of bare OIDs."""
    text = certificate.subject.rfc4514_string(READABLE_ATTRIBUTE_NAMES)
    return text or f"(no subject, serial {certificate.serial_number:X})"


def as_utc(at: datetime | None) -> datetime:
    """Now when None; a time without a zone is taken as UTC."""
    if at is None:
        return datetime.now(UTC)
    return at if at.tzinfo else at.replace(tzinfo=UTC)


@dataclass(eq=False)
class Credentials:
    """A certificate with its private key. The key never appears in repr() or logs."""

    certificate: x509.Certificate
    private_key: PrivateKey = field(repr=False)

    def __post_init__(self) -> None:
        if not isinstance(self.private_key, (rsa.RSAPrivateKey, ec.EllipticCurvePrivateKey)):
            raise UserError(
                f"The private key of {subject_of(self.certificate)} is neither RSA nor EC: customs messages can "
                "only be signed with an RSA or EC key. Import a certificate with such a key."
            )
        if _public_key_der(self.private_key.public_key()) != _public_key_der(self.certificate.public_key()):
            raise UserError(
                f"The private key does not belong to the certificate {subject_of(self.certificate)}: "
                "import the key that was created together with this certificate."
            )

    def __repr__(self) -> str:
        return f"Credentials(certificate={subject_of(self.certificate)!r}, private_key=****)"


@dataclass(frozen=True)
class Opened:
    content: bytes
    signer: x509.Certificate

    def __repr__(self) -> str:
        return f"Opened({len(self.content)} bytes, signer={subject_of(self.signer)!r})"


@dataclass(frozen=True)
class TrustedSigners:
    """A trusted_signer that accepts exactly these certificates and names them when it refuses one."""

    certificates: tuple[x509.Certificate, ...]
    description: str = DEFAULT_TRUST_DESCRIPTION

    def __call__(self, certificate: x509.Certificate) -> bool:
        return any(certificate == trusted for trusted in self.certificates)


def seal(content: bytes, signer: Credentials, recipient: x509.Certificate) -> bytes:
    """SignedData (SHA-256, content and signer certificate inside) wrapped in EnvelopedData (AES-256) for recipient."""
    return _encrypt(sign(content, signer), recipient)


def sign(content: bytes, signer: Credentials) -> bytes:
    builder = pkcs7.PKCS7SignatureBuilder().set_data(content)
    builder = builder.add_signer(signer.certificate, signer.private_key, hashes.SHA256())
    return builder.sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def open_sealed(
    data: bytes, own: Credentials, trusted_signer: TrustedSigner, *, at: datetime | None = None
) -> Opened:
    """Decrypt with this workstation's key and verify the signature inside (see verify)."""
    return verify(_decrypt(data, own), trusted_signer, at=at)


def verify(signed: bytes, trusted_signer: TrustedSigner, *, at: datetime | None = None) -> Opened:
    """Check a SignedData: the content digest, the signature, that trusted_signer accepts the signer,
    and that the signer certificate is valid at ``at`` (now when None).

    A trusted_signer with a ``description`` attribute (TrustedSigners) is named when it refuses a signer.
    """
    try:
        content, certificate = _verified_content(signed)
    except (ValueError, TypeError, KeyError, IndexError):
        raise _unreadable("the signed message is damaged or is not a CMS SignedData") from None
    _check_trusted(certificate, trusted_signer)
    _check_validity(certificate, as_utc(at))
    return Opened(content=content, signer=certificate)


def _verified_content(signed: bytes) -> tuple[bytes, x509.Certificate]:
    """The content and the certificate whose key signed it; asn1crypto parses lazily, so any step may
    raise ValueError on a damaged structure."""
    info = asn1_cms.ContentInfo.load(signed, strict=True)
    if info["content_type"].native != "signed_data":
        raise _unreadable(f"the message is not signed (it holds {info['content_type'].native})")
    signed_data = info["content"]
    content = _encapsulated_content(signed_data)
    signer_info = _single_signer(signed_data)
    certificate = _signer_certificate(signed_data, signer_info)
    _check_content_digest(signer_info, content)
    _check_signature(signer_info, content, certificate)
    return content, certificate


def _encrypt(data: bytes, recipient: x509.Certificate) -> bytes:
    if not isinstance(recipient.public_key(), rsa.RSAPublicKey):
        raise CannotSend(
            f"Messages cannot be encrypted for the certificate {subject_of(recipient)}: encryption needs a "
            "certificate with an RSA key. Import the customs encryption certificate in Settings ▸ Certificates."
        )
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(data).add_recipient(recipient)
    builder = builder.set_content_encryption_algorithm(algorithms.AES256)
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def _decrypt(data: bytes, own: Credentials) -> bytes:
    own_subject = subject_of(own.certificate)
    addressed_to = _recipients_unless_ours(data, own.certificate)
    if addressed_to:
        raise EnvelopeError(
            f"{CANNOT_DECRYPT}: the message was not encrypted for this workstation's certificate {own_subject} "
            f"(it is addressed to {addressed_to})"
        )
    if not isinstance(own.private_key, rsa.RSAPrivateKey):
        raise EnvelopeError(f"{CANNOT_DECRYPT}: the certificate {own_subject} has no RSA key, which decryption needs")
    try:
        return pkcs7.pkcs7_decrypt_der(data, own.certificate, own.private_key, [])
    except (ValueError, UnsupportedAlgorithm):
        raise EnvelopeError(
            f"{CANNOT_DECRYPT}: the message is addressed to {own_subject} but its encrypted content is damaged"
        ) from None


def _recipients_unless_ours(data: bytes, own: x509.Certificate) -> str:
    """'' when the EnvelopedData is addressed to ``own``, otherwise whom it is addressed to."""
    try:
        info = asn1_cms.ContentInfo.load(data, strict=True)
        if info["content_type"].native != "enveloped_data":
            raise EnvelopeError(f"{CANNOT_DECRYPT}: the message is not encrypted (it holds {info['content_type'].native})")
        recipients = [r.chosen["rid"] for r in info["content"]["recipient_infos"] if r.name == "ktri"]
        own_certificate = asn1_x509.Certificate.load(own.public_bytes(serialization.Encoding.DER))
        if any(_identifies(rid, own_certificate) for rid in recipients):
            return ""
        return "; ".join(_describe_recipient(rid) for rid in recipients) or "no recipient this app can read"
    except (ValueError, TypeError, KeyError):
        raise EnvelopeError(f"{CANNOT_DECRYPT}: the message is not a readable encrypted message (CMS EnvelopedData)") from None


def _describe_recipient(rid: asn1_cms.RecipientIdentifier) -> str:
    if rid.name == "issuer_and_serial_number":
        return f"the certificate with serial {rid.chosen['serial_number'].native:X} issued by {rid.chosen['issuer'].human_friendly}"
    return f"the certificate with key identifier {rid.chosen.native.hex()}"


def _encapsulated_content(signed_data: asn1_cms.SignedData) -> bytes:
    encapsulated = signed_data["encap_content_info"]
    if encapsulated["content_type"].native != "data" or encapsulated["content"].native is None:
        raise _unreadable("the signed message does not carry its content inside")
    return encapsulated["content"].native


def _single_signer(signed_data: asn1_cms.SignedData) -> asn1_cms.SignerInfo:
    signer_infos = list(signed_data["signer_infos"])
    if len(signer_infos) != 1:
        raise _unreadable(f"the message has {len(signer_infos)} signatures instead of one")
    return signer_infos[0]


def _signer_certificate(signed_data: asn1_cms.SignedData, signer_info: asn1_cms.SignerInfo) -> x509.Certificate:
    sid = signer_info["sid"]
    for choice in signed_data["certificates"] or []:
        if choice.name == "certificate" and _identifies(sid, choice.chosen):
            return x509.load_der_x509_certificate(choice.chosen.dump())
    raise _unreadable("the message does not include the certificate it was signed with")


def _identifies(identifier: asn1_cms.SignerIdentifier | asn1_cms.RecipientIdentifier, certificate: asn1_x509.Certificate) -> bool:
    """Signer and recipient identifiers are both issuer + serial number or a subject key identifier."""
    if identifier.name == "issuer_and_serial_number":
        chosen = identifier.chosen
        if chosen["serial_number"].native != certificate.serial_number:
            return False
        issuer = chosen["issuer"]
        return issuer.dump() == certificate.issuer.dump() or issuer == certificate.issuer  # byte match is the fast path
    return certificate.key_identifier is not None and identifier.chosen.native == certificate.key_identifier


def _check_content_digest(signer_info: asn1_cms.SignerInfo, content: bytes) -> None:
    if isinstance(signer_info["signed_attrs"], Void):
        return  # without signed attributes the signature itself covers the content
    hash_name = _digest_name(signer_info)
    if _attribute(signer_info, "content_type") != "data":
        raise _unreadable("the signed content type does not match the content")
    if _attribute(signer_info, "message_digest") != hashlib.new(hash_name, content).digest():
        raise EnvelopeError(f"{SIGNATURE_FAILED}: the message was changed after it was signed")


def _check_signature(signer_info: asn1_cms.SignerInfo, content: bytes, certificate: x509.Certificate) -> None:
    signed_attrs = signer_info["signed_attrs"]
    signed_bytes = content if isinstance(signed_attrs, Void) else SET_OF_TAG + signed_attrs.dump()[1:]
    signature = signer_info["signature"].native
    digest = ACCEPTED_DIGESTS[_digest_name(signer_info)]()
    public_key = certificate.public_key()
    algorithm = signer_info["signature_algorithm"]
    try:
        kind = algorithm.signature_algo
        if kind in ("rsassa_pkcs1v15", "rsassa_pss") and isinstance(public_key, rsa.RSAPublicKey):
            public_key.verify(signature, signed_bytes, _rsa_padding(algorithm, kind), digest)
        elif kind == "ecdsa" and isinstance(public_key, ec.EllipticCurvePublicKey):
            public_key.verify(signature, signed_bytes, ec.ECDSA(digest))
        else:
            raise _unreadable(f"the signature algorithm {kind} does not fit the key of {subject_of(certificate)}")
    except InvalidSignature:
        raise EnvelopeError(
            f"{SIGNATURE_FAILED}: the signature does not match the certificate {subject_of(certificate)} "
            "(the message was changed after it was signed, or signed with another key)"
        ) from None


def _rsa_padding(algorithm: asn1_cms.SignedDigestAlgorithm, kind: str) -> padding.AsymmetricPadding:
    if kind == "rsassa_pkcs1v15":
        return padding.PKCS1v15()
    params = algorithm["parameters"]
    mgf_hash = ACCEPTED_DIGESTS[_accepted_digest(params["mask_gen_algorithm"]["parameters"]["algorithm"].native)]()
    return padding.PSS(mgf=padding.MGF1(mgf_hash), salt_length=params["salt_length"].native)


def _check_trusted(certificate: x509.Certificate, trusted_signer: TrustedSigner) -> None:
    if not trusted_signer(certificate):
        described = getattr(trusted_signer, "description", DEFAULT_TRUST_DESCRIPTION)
        raise EnvelopeError(f"{SIGNATURE_FAILED}: signed by {subject_of(certificate)}, which is not {described}")


def _check_validity(certificate: x509.Certificate, at: datetime) -> None:
    subject = subject_of(certificate)
    if at < certificate.not_valid_before_utc:
        raise EnvelopeError(
            f"{SIGNATURE_FAILED}: the signer certificate {subject} is valid only from "
            f"{certificate.not_valid_before_utc:%Y-%m-%d %H:%M} UTC"
        )
    if at > certificate.not_valid_after_utc:
        raise EnvelopeError(
            f"{SIGNATURE_FAILED}: the signer certificate {subject} expired on {certificate.not_valid_after_utc:%Y-%m-%d}"
        )


def _digest_name(signer_info: asn1_cms.SignerInfo) -> str:
    return _accepted_digest(signer_info["digest_algorithm"]["algorithm"].native)


def _accepted_digest(name: str) -> str:
    if name not in ACCEPTED_DIGESTS:
        raise EnvelopeError(
            f"{SIGNATURE_FAILED}: the message was signed with the digest {name}, which is not accepted "
            f"(accepted: {', '.join(ACCEPTED_DIGESTS)})"
        )
    return name


def _attribute(signer_info: asn1_cms.SignerInfo, name: str):
    values = [attribute["values"] for attribute in signer_info["signed_attrs"] if attribute["type"].native == name]
    if len(values) != 1 or len(values[0]) != 1:
        raise _unreadable(f"the signature has {'no' if not values else 'more than one'} {name.replace('_', ' ')} attribute")
    return values[0][0].native


def _unreadable(detail: str) -> EnvelopeError:
    return EnvelopeError(f"{SIGNATURE_FAILED}: {detail}")


def _public_key_der(public_key) -> bytes:
    return public_key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
