"""Certificate store (real database, sealed keys) and the simulator's training PKI."""
from __future__ import annotations

import base64
import stat
from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import NameOID
from unit_shared import SHARED

from core.data_folder import DataFolder
from core.errors import CannotSend, UserError, ValidationError
from core.secrets import SecretBox
from core.store.database import DATABASE_FILE_NAME
from core.transport import (
    CertificateStore,
    Credentials,
    EnvelopeError,
    open_sealed,
    seal,
    sign,
    subject_of,
    verify,
)
from simulator.pki import (
    CUSTOMS_KEY_FILE,
    SIMULATOR_FOLDER,
    IssuedBy,
    create_training_pki,
    load_simulator_credentials,
)

REAL_CZ_SEAL = SHARED / "test-data" / "certs" / "qc_eseal_cz_szr_postsignum_qca4_2020.pem"
EORI = "CZ25596641"
NOW = datetime.now(UTC)


def make_certificate(name: str, key, not_before: datetime | None = None, not_after: datetime | None = None) -> x509.Certificate:
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(not_before or NOW - timedelta(days=1))
        .not_valid_after(not_after or NOW + timedelta(days=365))
        .sign(key, hashes.SHA256())
    )


@pytest.fixture(scope="module")
def keys() -> list[rsa.RSAPrivateKey]:
    return [rsa.generate_private_key(public_exponent=65537, key_size=2048) for _ in range(3)]


@pytest.fixture
def box(workspace) -> SecretBox:
    return SecretBox.for_data_dir(workspace.data_dir)


@pytest.fixture
def store(workspace, box) -> CertificateStore:
    return CertificateStore(workspace.db, box, workspace.access, files=DataFolder(workspace.data_dir))


def count_rows(workspace, **where) -> int:
    clause = " AND ".join(f"{column} = ?" for column in where) or "1 = 1"
    return workspace.db.execute(f"SELECT count(*) FROM certificates WHERE {clause}", list(where.values())).fetchone()[0]


# --- Participant -------------------------------------------------------------------------------------------


def test_participant_certificate_comes_back_with_a_working_key(store, keys):
    certificate = make_certificate("Spedice Test s.r.o.", keys[0])
    store.add("participant", "CZ", "training", certificate, keys[0], eori="cz 25596641")

    credentials = store.participant(EORI, "CZ", "training")

    assert credentials.certificate == certificate
    assert verify(sign(b"<x/>", credentials), lambda signer: signer == certificate).content == b"<x/>"


def test_missing_participant_certificate_names_eori_and_fix(store):
    with pytest.raises(CannotSend) as caught:
        store.participant(EORI, "CZ", "training")
    message = str(caught.value)
    assert "There is no participant certificate for EORI CZ25596641" in message
    assert "load the demo data, or import the participant certificate in Settings ▸ Certificates" in message


def test_one_participant_certificate_serves_every_administration_of_the_eori(store, keys):
    certificate = make_certificate("Seal", keys[0])
    store.add("participant", "CZ", "training", certificate, keys[0], eori=EORI)

    assert store.participant(EORI, "DE", "training").certificate == certificate
    assert store.participant(EORI, "PL", "training").certificate == certificate
    with pytest.raises(CannotSend, match="no participant certificate for EORI CZ12345678"):
        store.participant("CZ12345678", "CZ", "training")


def test_a_test_certificate_cannot_sign_for_production(store, keys):
    store.add("participant", "CZ", "training", make_certificate("Self-made", keys[0]), keys[0], eori=EORI)

    with pytest.raises(CannotSend) as caught:
        store.participant(EORI, "DE", "production")

    assert "not fit for DE ATLAS production" in str(caught.value)
    assert "it is not an EU qualified certificate" in str(caught.value)
    assert store.participant(EORI, "DE", "test").certificate.subject.rfc4514_string() == "CN=Self-made"


def test_expired_participant_certificate_blocks_signing(store, keys):
    expired = make_certificate("Old seal", keys[0], NOW - timedelta(days=400), NOW - timedelta(days=2))
    store.add("participant", "CZ", "training", expired, keys[0], eori=EORI)

    with pytest.raises(CannotSend) as caught:
        store.participant(EORI, "CZ", "training")

    assert f"expired on {expired.not_valid_after_utc:%Y-%m-%d}" in str(caught.value)
    assert "import the renewed certificate in Settings ▸ Certificates" in str(caught.value)
    assert store.participant(EORI, "CZ", "training", at=NOW - timedelta(days=10)).certificate == expired


def test_new_participant_certificate_replaces_the_old_one_which_stays_in_history(workspace, store, keys):
    old = make_certificate("Seal 2024", keys[0])
    new = make_certificate("Seal 2025", keys[1])
    old_id = store.add("participant", "CZ", "training", old, keys[0], eori=EORI)
    new_id = store.add("participant", "CZ", "training", new, keys[1], eori=EORI)

    assert store.participant(EORI, "CZ", "training").certificate == new
    replaced = workspace.db.execute("SELECT id FROM certificates WHERE replaced_at IS NOT NULL").fetchall()
    assert [row[0] for row in replaced] == [old_id] and new_id != old_id


def test_adding_the_same_certificate_again_keeps_one_row(workspace, store, keys):
    certificate = make_certificate("Seal", keys[0])
    first = store.add("participant", "CZ", "training", certificate, keys[0], eori=EORI)
    again = store.add("participant", "CZ", "training", certificate, keys[0], eori=EORI)

    assert first == again
    assert count_rows(workspace) == 1


def test_row_records_subject_serial_and_validity(workspace, store, keys):
    certificate = make_certificate("Spedice Test s.r.o.", keys[0])
    row_id = store.add("participant", "CZ", "training", certificate, keys[0], eori=EORI, is_test=True)

    row = workspace.db.execute("SELECT * FROM certificates WHERE id = ?", [row_id]).fetchone()

    assert (row["role"], row["administration"], row["environment"], row["eori"]) == ("participant", "CZ", "training", EORI)
    assert row["subject"] == "CN=Spedice Test s.r.o."
    assert int(row["serial"], 16) == certificate.serial_number
    assert datetime.fromisoformat(row["not_after"]) == certificate.not_valid_after_utc
    assert row["is_test"] == 1 and row["replaced_at"] is None
    assert x509.load_pem_x509_certificate(row["cert_pem"].encode()) == certificate


@pytest.mark.parametrize("arguments, field", [
    ({"role": "participant", "private_key": None, "eori": EORI}, "private_key"),
    ({"role": "participant", "eori": ""}, "eori"),
    ({"role": "participant", "eori": "25596641"}, "eori"),
    ({"role": "participant", "eori": EORI, "administration": "AT"}, "administration"),
    ({"role": "participant", "eori": EORI, "environment": "staging"}, "environment"),
    ({"role": "customs", "eori": EORI, "private_key": None}, "eori"),
    ({"role": "customs"}, "private_key"),
    ({"role": "gateway", "eori": EORI}, "role"),
])
def test_each_rule_names_its_field(workspace, store, keys, arguments, field):
    certificate = make_certificate("Seal", keys[0])
    arguments = {"administration": "CZ", "environment": "training", "private_key": keys[0], **arguments}

    with pytest.raises(ValidationError) as caught:
        store.add(certificate=certificate, **arguments)

    assert [error.field for error in caught.value.errors] == [field]
    assert count_rows(workspace) == 0


def test_test_certificate_is_refused_in_production(workspace, store, keys):
    certificate = make_certificate("Self-made", keys[0])
    with pytest.raises(ValidationError, match="CN=Self-made is a test certificate and cannot be used in production"):
        store.add("participant", "CZ", "production", certificate, keys[0], eori=EORI, is_test=True)
    with pytest.raises(ValidationError, match="cannot be used in production"):
        create_training_pki(workspace.data_dir, store, [(EORI, "CZ", "production")])
    assert count_rows(workspace, environment="production") == 0


def test_key_of_another_certificate_is_refused(store, keys):
    with pytest.raises(ValidationError, match="does not belong to the certificate CN=Seal"):
        store.add("participant", "CZ", "training", make_certificate("Seal", keys[0]), keys[1], eori=EORI)


def test_customs_certificate_must_have_an_rsa_key(store):
    ec_key = ec.generate_private_key(ec.SECP256R1())
    with pytest.raises(ValidationError, match="needs an RSA key"):
        store.add("customs", "CZ", "training", make_certificate("EC customs", ec_key))


# --- Keys at rest ------------------------------------------------------------------------------------------


@pytest.mark.sqlite_file
def test_private_keys_are_never_in_clear_text_in_the_database_files(workspace, store, keys):
    certificate = make_certificate("Spedice Test s.r.o.", keys[0])
    store.add("participant", "CZ", "training", certificate, keys[0], eori=EORI)
    der = keys[0].private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    traditional = keys[0].private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.TraditionalOpenSSL, serialization.NoEncryption())
    base64_body = base64.b64encode(der)
    private_exponent = keys[0].private_numbers().d.to_bytes(256, "big")
    secrets = [der, traditional, base64_body[:64], base64_body[-64:], private_exponent[:32], b"PRIVATE KEY"]
    certificate_body = base64.b64encode(certificate.public_bytes(serialization.Encoding.DER))[:64]

    def database_bytes() -> bytes:
        return b"".join(path.read_bytes() for path in sorted(workspace.data_dir.glob(DATABASE_FILE_NAME + "*")))

    for stage in ("open", "closed"):
        stored = database_bytes()
        assert certificate_body in stored, "the scan must see what the database holds"
        assert not [secret for secret in secrets if secret in stored], stage
        workspace.close()


def test_sealed_key_only_opens_in_its_own_row(workspace, store, keys):
    store.add("participant", "CZ", "training", make_certificate("First", keys[0]), keys[0], eori=EORI)
    store.add("participant", "CZ", "training", make_certificate("Second", keys[1]), keys[1], eori="CZ12345678")
    workspace.db.execute(
        "UPDATE certificates SET key_sealed = (SELECT key_sealed FROM certificates WHERE eori = ?) WHERE eori = ?",
        [EORI, "CZ12345678"],
    )

    with pytest.raises(CannotSend, match="private key of the certificate CN=Second cannot be unlocked"):
        store.participant("CZ12345678", "CZ", "training")
    assert store.participant(EORI, "CZ", "training").certificate.subject.rfc4514_string() == "CN=First"


# --- Customs certificates ----------------------------------------------------------------------------------


def test_customs_certificate_valid_at_the_time_of_sending_is_chosen(store, keys):
    current = make_certificate("Customs 2025", keys[0], NOW - timedelta(days=300), NOW + timedelta(days=30))
    next_one = make_certificate("Customs 2026", keys[1], NOW + timedelta(days=10), NOW + timedelta(days=400))
    store.add("customs", "CZ", "production", next_one)
    store.add("customs", "CZ", "production", current)

    assert store.customs("CZ", "production") == current
    assert store.customs("CZ", "production", at=NOW + timedelta(days=5)) == current
    assert store.customs("CZ", "production", at=NOW + timedelta(days=20)) == next_one  # both valid: the newer one
    assert store.customs("CZ", "production", at=NOW + timedelta(days=100)) == next_one
    assert store.customs_certificates("CZ", "production") == [current, next_one]
    assert [row.subject for row in store.active("customs", "CZ", "production")] == ["CN=Customs 2025", "CN=Customs 2026"]


def test_no_valid_customs_certificate_names_the_dates(store, keys):
    expired = make_certificate("Customs 2023", keys[0], NOW - timedelta(days=700), NOW - timedelta(days=300))
    store.add("customs", "CZ", "production", expired)

    with pytest.raises(CannotSend) as caught:
        store.customs("CZ", "production")

    message = str(caught.value)
    assert "No customs encryption certificate of CZ NCTS production is valid on" in message
    assert f"CN=Customs 2023, expired on {expired.not_valid_after_utc:%Y-%m-%d}" in message
    assert "Settings ▸ Certificates" in message


def test_missing_customs_certificate_names_administration_and_fix(store):
    with pytest.raises(CannotSend) as caught:
        store.customs("DE", "test")
    message = str(caught.value)
    assert "no customs encryption certificate for DE ATLAS test" in message
    assert "load the demo data, or import the customs certificate in Settings ▸ Certificates" in message


def test_customs_signers_trust_only_that_administrations_customs_certificates(store, keys):
    customs_cz = make_certificate("Customs CZ", keys[0])
    store.add("customs", "CZ", "training", customs_cz)
    store.add("customs", "PL", "training", make_certificate("Customs PL", keys[1]))
    trusted = store.customs_signers("CZ", "training")

    assert trusted(customs_cz)
    assert not trusted(make_certificate("Customs PL", keys[1]))
    assert not trusted(x509.load_pem_x509_certificate(REAL_CZ_SEAL.read_bytes()))
    assert trusted.description == "the customs certificate of CZ NCTS training"


# --- Training PKI ------------------------------------------------------------------------------------------


TRAINING = [(EORI, "CZ", "training"), ("DE415230871234567", "DE", "test", "Spedition Beispiel GmbH")]


def test_training_pki_writes_the_simulator_files_with_private_keys_readable_only_by_the_owner(data_dir, store):
    pki = create_training_pki(data_dir, store, TRAINING)

    folder = data_dir / SIMULATOR_FOLDER
    assert pki.folder == folder
    assert {path.name for path in folder.iterdir()} == {"ca.pem", "ca.key", "customs.pem", "customs.key"}
    for key_file in ("ca.key", "customs.key"):
        assert stat.S_IMODE((folder / key_file).stat().st_mode) == 0o600
    assert pki.ca.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "CustomsDesk training CA"
    assert pki.customs.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value == "Customs simulator (training)"
    usage = pki.customs.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.key_encipherment and usage.digital_signature
    assert IssuedBy(pki.ca)(pki.customs)


def test_training_participants_have_seal_certificates_issued_by_the_training_ca(store, data_dir):
    pki = create_training_pki(data_dir, store, TRAINING)

    czech = store.participant(EORI, "CZ", "training").certificate
    german = store.participant("DE415230871234567", "DE", "test").certificate

    assert subject_of(czech) == "C=CZ,O=CustomsDesk training,serialNumber=CZ25596641,CN=CZ25596641"
    assert subject_of(german) == (
        "C=DE,O=Spedition Beispiel GmbH,serialNumber=DE415230871234567,CN=Spedition Beispiel GmbH"
    )
    usage = czech.extensions.get_extension_for_class(x509.KeyUsage).value
    assert usage.digital_signature and usage.content_commitment and usage.key_encipherment
    assert not czech.extensions.get_extension_for_class(x509.BasicConstraints).value.ca
    assert timedelta(days=725) < czech.not_valid_after_utc - czech.not_valid_before_utc < timedelta(days=735)
    assert IssuedBy(pki.ca)(czech) and IssuedBy(pki.ca)(german)
    assert store.customs("CZ", "training") == pki.customs == store.customs("DE", "test")


def test_training_pki_is_idempotent(workspace, data_dir, store):
    create_training_pki(data_dir, store, TRAINING)
    folder = data_dir / SIMULATOR_FOLDER
    files = {path.name: path.read_bytes() for path in folder.iterdir()}
    rows = workspace.db.execute("SELECT id, serial FROM certificates ORDER BY id").fetchall()

    create_training_pki(data_dir, store, TRAINING)

    assert {path.name: path.read_bytes() for path in folder.iterdir()} == files
    assert [tuple(row) for row in workspace.db.execute("SELECT id, serial FROM certificates ORDER BY id")] == [tuple(r) for r in rows]

    create_training_pki(data_dir, store, [*TRAINING, ("PL5260001246", "PL", "test")])

    assert count_rows(workspace) == len(rows) + 2  # the new participant and PL's customs certificate
    assert count_rows(workspace, role="participant", eori="PL5260001246") == 1


def test_damaged_simulator_key_is_made_again(data_dir, store):
    first = create_training_pki(data_dir, store, TRAINING)
    (data_dir / SIMULATOR_FOLDER / CUSTOMS_KEY_FILE).write_bytes(b"damaged")

    second = create_training_pki(data_dir, store, TRAINING)

    assert second.ca == first.ca and second.customs != first.customs
    assert store.customs("CZ", "training") == second.customs
    assert load_simulator_credentials(data_dir)[0].certificate == second.customs


def test_simulator_and_participant_exchange_sealed_messages(data_dir, store):
    create_training_pki(data_dir, store, TRAINING)
    simulator, ca = load_simulator_credentials(data_dir)
    participant = store.participant(EORI, "CZ", "training")

    request = seal(b"<CC034C/>", participant, store.customs("CZ", "training"))
    received = open_sealed(request, simulator, IssuedBy(ca))
    answer = seal(b"<CC037C/>", simulator, received.signer)
    opened = open_sealed(answer, participant, store.customs_signers("CZ", "training"))

    assert received.content == b"<CC034C/>" and opened.content == b"<CC037C/>"
    assert opened.signer == simulator.certificate


def test_simulator_refuses_a_participant_from_outside_the_training_ca(data_dir, store, keys):
    create_training_pki(data_dir, store, TRAINING)
    simulator, ca = load_simulator_credentials(data_dir)
    outsider = Credentials(make_certificate("Outsider", keys[2]), keys[2])

    with pytest.raises(EnvelopeError) as caught:
        open_sealed(seal(b"<CC034C/>", outsider, simulator.certificate), simulator, IssuedBy(ca))

    assert caught.value.reason == (
        "signature verification failed: signed by CN=Outsider, which is not a certificate issued by "
        "O=CustomsDesk training,CN=CustomsDesk training CA"
    )
    assert not IssuedBy(ca)(x509.load_pem_x509_certificate(REAL_CZ_SEAL.read_bytes()))


def test_participant_answer_signed_by_another_customs_certificate_is_refused(data_dir, store, keys):
    create_training_pki(data_dir, store, TRAINING)
    participant = store.participant(EORI, "CZ", "training")
    impostor = Credentials(make_certificate("Customs simulator (training)", keys[2]), keys[2])

    with pytest.raises(EnvelopeError) as caught:
        open_sealed(seal(b"<CC037C/>", impostor, participant.certificate), participant, store.customs_signers("CZ", "training"))

    assert caught.value.reason == (
        "signature verification failed: signed by CN=Customs simulator (training), "
        "which is not the customs certificate of CZ NCTS training"
    )


def test_simulator_credentials_missing_say_how_to_make_them(tmp_path):
    with pytest.raises(UserError, match="load the demo data"):
        load_simulator_credentials(tmp_path / "empty")
