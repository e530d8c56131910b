"""CMS envelopes: sign + encrypt, decrypt + verify, with real keys and certificates made here."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from asn1crypto import cms as asn1_cms
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.ciphers import algorithms
from cryptography.hazmat.primitives.serialization import pkcs7
from cryptography.x509.oid import NameOID
from unit_shared import SHARED

from core.errors import CannotSend, UserError
from core.transport import (
    Credentials,
    EnvelopeError,
    TrustedSigners,
    open_sealed,
    seal,
    sign,
    subject_of,
    verify,
)

REAL_CZ_SEAL = SHARED / "test-data" / "certs" / "qc_eseal_cz_szr_postsignum_qca4_2020.pem"
CUSTOMS_OF_CZ = "the customs certificate of CZ NCTS training"
MESSAGE = "<CC034C>\n  <name>Spedice Příbram s.r.o.</name>\r\n</CC034C>\n".encode()


def make_credentials(name: str, key, *, not_before: datetime | None = None, not_after: datetime | None = None) -> Credentials:
    now = datetime.now(UTC)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or now - timedelta(days=1))
        .not_valid_after(not_after or now + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )
    return Credentials(certificate, key)


@pytest.fixture(scope="module")
def keys() -> dict:
    return {
        "participant": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "customs": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "stranger": rsa.generate_private_key(public_exponent=65537, key_size=2048),
        "ec": ec.generate_private_key(ec.SECP256R1()),
    }


@pytest.fixture
def participant(keys) -> Credentials:
    return make_credentials("Spedice Test s.r.o. CZ25596641", keys["participant"])


@pytest.fixture
def customs(keys) -> Credentials:
    return make_credentials("Customs simulator (training)", keys["customs"])


@pytest.fixture
def stranger(keys) -> Credentials:
    return make_credentials("Somebody else", keys["stranger"])


@pytest.fixture
def real_certificate() -> x509.Certificate:
    return x509.load_pem_x509_certificate(REAL_CZ_SEAL.read_bytes())


def trusting(*credentials: Credentials) -> TrustedSigners:
    return TrustedSigners(tuple(c.certificate for c in credentials), CUSTOMS_OF_CZ)


def envelope_for(recipient: x509.Certificate, inner: bytes) -> bytes:
    builder = pkcs7.PKCS7EnvelopeBuilder().set_data(inner).add_recipient(recipient)
    builder = builder.set_content_encryption_algorithm(algorithms.AES256)
    return builder.encrypt(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])


def reason_of(call) -> str:
    with pytest.raises(EnvelopeError) as caught:
        call()
    assert str(caught.value) == caught.value.reason
    return caught.value.reason


# --- Round trips -------------------------------------------------------------------------------------------


def test_sealed_message_opens_with_the_recipient_key_and_names_the_signer(participant, customs):
    sealed = seal(MESSAGE, participant, customs.certificate)

    opened = open_sealed(sealed, customs, trusting(participant))

    assert opened.content == MESSAGE
    assert opened.signer == participant.certificate


def test_envelope_is_aes256_enveloped_data_around_sha256_signed_data_with_the_content_inside(participant, customs):
    envelope = asn1_cms.ContentInfo.load(seal(MESSAGE, participant, customs.certificate))
    assert envelope["content_type"].native == "enveloped_data"
    encrypted = envelope["content"]["encrypted_content_info"]
    assert encrypted["content_encryption_algorithm"]["algorithm"].native == "aes256_cbc"
    assert MESSAGE not in envelope.dump()

    signed = asn1_cms.ContentInfo.load(pkcs7.pkcs7_decrypt_der(envelope.dump(), customs.certificate, customs.private_key, []))
    assert signed["content_type"].native == "signed_data"
    assert signed["content"]["encap_content_info"]["content"].native == MESSAGE
    assert signed["content"]["signer_infos"][0]["digest_algorithm"]["algorithm"].native == "sha256"
    assert len(signed["content"]["certificates"]) == 1


def test_ec_p256_signer_round_trip(keys, customs):
    ec_participant = make_credentials("EC participant", keys["ec"])

    opened = open_sealed(seal(MESSAGE, ec_participant, customs.certificate), customs, trusting(ec_participant))

    assert opened.content == MESSAGE
    assert opened.signer == ec_participant.certificate


def test_rsa_pss_signature_is_verified_too(participant):
    signed = (
        pkcs7.PKCS7SignatureBuilder().set_data(MESSAGE)
        .add_signer(participant.certificate, participant.private_key, hashes.SHA256(),
                    rsa_padding=padding.PSS(padding.MGF1(hashes.SHA256()), padding.PSS.DIGEST_LENGTH))
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )
    assert verify(signed, trusting(participant)).content == MESSAGE


@pytest.mark.parametrize("content", [b"", b"\x00\xff\r\n\r", bytes(range(256)) * 40])
def test_content_comes_back_byte_for_byte(participant, customs, content):
    assert open_sealed(seal(content, participant, customs.certificate), customs, trusting(participant)).content == content


def test_signed_receipt_verifies_without_an_envelope(participant, customs):
    receipt = b"<receipt><messageId>CD0123456789ABCDEFGHIJ</messageId><received>2025-03-01T10:00:00Z</received></receipt>"

    opened = verify(sign(receipt, customs), trusting(customs))

    assert opened.content == receipt
    assert opened.signer == customs.certificate


def test_verification_at_a_given_time(keys, customs):
    now = datetime.now(UTC)
    expired = make_credentials("Customs 2024", keys["customs"], not_before=now - timedelta(days=400), not_after=now - timedelta(days=30))
    signed = sign(MESSAGE, expired)

    assert verify(signed, trusting(expired), at=now - timedelta(days=40)).content == MESSAGE


# --- Cannot decrypt ----------------------------------------------------------------------------------------


def test_message_for_another_certificate_cannot_be_decrypted(participant, customs, stranger):
    sealed = seal(MESSAGE, participant, customs.certificate)

    reason = reason_of(lambda: open_sealed(sealed, stranger, trusting(participant)))

    assert reason.startswith(
        "cannot decrypt: the message was not encrypted for this workstation's certificate CN=Somebody else"
    )
    assert "issued by Common Name: Customs simulator (training)" in reason  # whom it was addressed to


def test_message_for_a_real_certificate_cannot_be_opened_here(participant, customs, real_certificate):
    sealed = seal(MESSAGE, participant, real_certificate)

    reason = reason_of(lambda: open_sealed(sealed, customs, trusting(participant)))

    assert reason.startswith("cannot decrypt: the message was not encrypted for this workstation's certificate")
    assert "PostSignum Qualified CA 4" in reason


def test_damaged_ciphertext_is_refused_wherever_it_is_damaged(participant, customs):
    sealed = seal(MESSAGE * 20, participant, customs.certificate)
    info = asn1_cms.ContentInfo.load(sealed)
    encrypted = info["content"]["encrypted_content_info"]["encrypted_content"].native
    encrypted_key = info["content"]["recipient_infos"][0].chosen["encrypted_key"].native
    start, key_start = sealed.index(encrypted), sealed.index(encrypted_key)
    positions = [start, start + len(encrypted) // 2, start + len(encrypted) - 20, start + len(encrypted) - 1, key_start + 100]

    for position in positions:
        damaged = bytearray(sealed)
        damaged[position] ^= 0x55
        reason = reason_of(lambda data=bytes(damaged): open_sealed(data, customs, trusting(participant)))
        assert reason.startswith(("cannot decrypt:", "signature verification failed:")), reason


@pytest.mark.parametrize("data", [b"", b"garbage", b"\x30\x03\x02\x01\x01", b"\x30\x82\xff\xff" + b"\x00" * 20])
def test_garbage_is_neither_decrypted_nor_verified(customs, data):
    assert reason_of(lambda: open_sealed(data, customs, trusting(customs))) == (
        "cannot decrypt: the message is not a readable encrypted message (CMS EnvelopedData)"
    )
    assert reason_of(lambda: verify(data, trusting(customs))).startswith("signature verification failed: ")


def test_signed_but_not_encrypted_message_is_refused_by_open_sealed(participant, customs):
    reason = reason_of(lambda: open_sealed(sign(MESSAGE, participant), customs, trusting(participant)))
    assert reason == "cannot decrypt: the message is not encrypted (it holds signed_data)"


def test_truncated_envelope_is_refused(participant, customs):
    sealed = seal(MESSAGE, participant, customs.certificate)
    assert reason_of(lambda: open_sealed(sealed[:-7], customs, trusting(participant))).startswith("cannot decrypt: ")


def test_encryption_needs_an_rsa_recipient(participant, keys):
    ec_recipient = make_credentials("EC customs", keys["ec"])
    with pytest.raises(CannotSend, match="encryption needs a certificate with an RSA key"):
        seal(MESSAGE, participant, ec_recipient.certificate)


# --- Signature verification failed -------------------------------------------------------------------------


def test_signature_by_an_untrusted_certificate_is_refused(stranger, customs):
    sealed = seal(MESSAGE, stranger, customs.certificate)

    reason = reason_of(lambda: open_sealed(sealed, customs, trusting(customs)))

    assert reason == (
        "signature verification failed: signed by CN=Somebody else, which is not the customs certificate of CZ NCTS training"
    )


def test_trusting_only_a_real_certificate_rejects_the_test_signer(participant, real_certificate):
    trust_real = TrustedSigners((real_certificate,))

    reason = reason_of(lambda: verify(sign(MESSAGE, participant), trust_real))

    assert reason == (
        f"signature verification failed: signed by {subject_of(participant.certificate)}, "
        "which is not a certificate this workstation trusts for these messages"
    )


def test_plain_callable_decides_trust(participant):
    assert verify(sign(MESSAGE, participant), lambda certificate: True).content == MESSAGE
    assert "which is not a certificate this workstation trusts" in reason_of(
        lambda: verify(sign(MESSAGE, participant), lambda certificate: False)
    )


def test_signature_claiming_a_real_certificate_does_not_match_it(keys, real_certificate):
    forged = (
        pkcs7.PKCS7SignatureBuilder().set_data(MESSAGE)
        .add_signer(real_certificate, keys["stranger"], hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary])
    )

    reason = reason_of(lambda: verify(forged, TrustedSigners((real_certificate,))))

    assert reason.startswith(
        "signature verification failed: the signature does not match the certificate serialNumber=S275730,"
        "CN=GG_FPSTS_TEST,O=Správa základních registrů,organizationIdentifier=NTRCZ-72054506,C=CZ "
    )


def test_content_changed_after_signing_is_detected(participant, customs):
    signed = sign(b"<amount>1000.00</amount>", participant)
    changed = signed.replace(b"<amount>1000.00</amount>", b"<amount>9000.00</amount>")
    assert changed != signed

    assert reason_of(lambda: verify(changed, trusting(participant))) == (
        "signature verification failed: the message was changed after it was signed"
    )
    sealed = envelope_for(customs.certificate, changed)
    assert reason_of(lambda: open_sealed(sealed, customs, trusting(participant))) == (
        "signature verification failed: the message was changed after it was signed"
    )


def test_signed_attributes_changed_after_signing_are_detected(participant):
    signed = sign(MESSAGE, participant)
    signer_info = asn1_cms.ContentInfo.load(signed)["content"]["signer_infos"][0]
    signing_time = next(a for a in signer_info["signed_attrs"] if a["type"].native == "signing_time")
    other_time = asn1_cms.CMSAttribute({
        "type": "signing_time",
        "values": [asn1_cms.Time({"utc_time": datetime(2001, 2, 3, 4, 5, 6, tzinfo=UTC)})],
    })
    assert len(other_time.dump()) == len(signing_time.dump())
    changed = signed.replace(signing_time.dump(), other_time.dump())

    reason = reason_of(lambda: verify(changed, trusting(participant)))

    assert reason.startswith("signature verification failed: the signature does not match the certificate CN=Spedice Test")


def test_expired_signer_certificate_is_refused(keys):
    now = datetime.now(UTC)
    expired = make_credentials("Customs 2024", keys["customs"], not_before=now - timedelta(days=400), not_after=now - timedelta(days=1))

    reason = reason_of(lambda: verify(sign(MESSAGE, expired), trusting(expired)))

    assert reason == (
        f"signature verification failed: the signer certificate CN=Customs 2024 expired on {expired.certificate.not_valid_after_utc:%Y-%m-%d}"
    )


def test_signer_certificate_not_yet_valid_is_refused(keys):
    now = datetime.now(UTC)
    future = make_credentials("Customs 2027", keys["customs"], not_before=now + timedelta(days=10), not_after=now + timedelta(days=400))

    reason = reason_of(lambda: verify(sign(MESSAGE, future), trusting(future)))

    assert reason.startswith("signature verification failed: the signer certificate CN=Customs 2027 is valid only from ")


def test_signature_without_the_signer_certificate_is_refused(participant):
    without_certificate = (
        pkcs7.PKCS7SignatureBuilder().set_data(MESSAGE)
        .add_signer(participant.certificate, participant.private_key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.NoCerts])
    )
    assert reason_of(lambda: verify(without_certificate, trusting(participant))) == (
        "signature verification failed: the message does not include the certificate it was signed with"
    )


def test_detached_signature_is_refused(participant):
    detached = (
        pkcs7.PKCS7SignatureBuilder().set_data(MESSAGE)
        .add_signer(participant.certificate, participant.private_key, hashes.SHA256())
        .sign(serialization.Encoding.DER, [pkcs7.PKCS7Options.Binary, pkcs7.PKCS7Options.DetachedSignature])
    )
    assert reason_of(lambda: verify(detached, trusting(participant))) == (
        "signature verification failed: the signed message does not carry its content inside"
    )


def test_encrypted_message_is_not_taken_for_a_signed_one(participant, customs):
    sealed = seal(MESSAGE, participant, customs.certificate)
    assert reason_of(lambda: verify(sealed, trusting(participant))) == (
        "signature verification failed: the message is not signed (it holds enveloped_data)"
    )


# --- Credentials -------------------------------------------------------------------------------------------


def test_credentials_never_show_the_private_key(participant):
    pem = participant.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    shown = repr(participant) + str(participant) + f"{participant}"

    assert "****" in shown
    assert "CN=Spedice Test s.r.o. CZ25596641" in shown
    assert "PRIVATE" not in shown and pem.splitlines()[1] not in shown
    assert "RSAPrivateKey" not in shown


def test_credentials_refuse_a_key_of_another_certificate(participant, keys):
    with pytest.raises(UserError, match="does not belong to the certificate CN=Spedice Test"):
        Credentials(participant.certificate, keys["stranger"])
