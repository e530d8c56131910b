"""The training PKI of the customs simulator: its CA, its customs certificate, test participant certificates,
and the participant certificates registered with it (the training counterpart of onboarding step 2)."""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID

from core.errors import CannotSend, UserError
from core.installation import Hooks
from core.organisations.model import normalise_eori
from core.transport.certificates import CertificateStore, StoredCertificate
from core.transport.cms import Credentials, subject_of

SIMULATOR_FOLDER = "simulator"
REGISTERED_FOLDER = "registered"
CA_FILE, CA_KEY_FILE = "ca.pem", "ca.key"
CUSTOMS_FILE, CUSTOMS_KEY_FILE = "customs.pem", "customs.key"
CA_NAME = "CustomsDesk training CA"
CUSTOMS_NAME = "Customs simulator (training)"
TRAINING_ORGANISATION = "CustomsDesk training"
# 2048 bits meets spec 03 (RSA >= 2048) and keeps the demo set-up and the tests quick.
TRAINING_KEY_BITS = 2048
CA_DAYS, CUSTOMS_DAYS, PARTICIPANT_DAYS = 10 * 365, 5 * 365, 2 * 365
CLOCK_SKEW = timedelta(minutes=5)


def simulator_folder(data_dir: Path) -> Path:
    return Path(data_dir) / SIMULATOR_FOLDER


def register_with_simulator(data_dir: Path, row: StoredCertificate) -> None:
    """The training counterpart of registering a participant certificate with customs (spec 03 §3.3 step 2).

    Only where the simulator of this data folder has been set up (its folder exists)."""
    folder = simulator_folder(data_dir)
    if not folder.is_dir():
        return
    name = row.certificate.fingerprint(hashes.SHA256()).hex()[:32]
    _write_atomically(folder / REGISTERED_FOLDER / f"{row.eori}-{name}.pem",
                      row.certificate.public_bytes(serialization.Encoding.PEM), 0o644)


@dataclass(frozen=True)
class TrainingPki:
    folder: Path
    ca: x509.Certificate
    customs: x509.Certificate


def create_training_pki(
    data_dir: Path, store: CertificateStore, participants: Iterable[tuple[str, ...]]
) -> TrainingPki:
    """Make (or reuse) the training CA and the simulator's customs certificate in data_dir/simulator, and
    give each (eori, administration, environment[, organisation name]) a test participant certificate.

    Idempotent: valid files and certificates are reused, and nothing is stored twice.
    """
    participants = [tuple(entry) for entry in participants]
    folder = simulator_folder(data_dir)
    ca = _training_ca(folder)
    customs = _training_customs(folder, ca)
    for administration, environment in sorted({(entry[1], entry[2]) for entry in participants}):
        store.add("customs", administration, environment, customs.certificate, is_test=True)
    for eori, administration, environment, *name in participants:
        _ensure_participant(store, ca, normalise_eori(eori), administration, environment, name[0] if name else "")
    return TrainingPki(folder=folder, ca=ca.certificate, customs=customs.certificate)


def load_simulator_credentials(data_dir: Path) -> tuple[Credentials, x509.Certificate]:
    """The simulator's customs credentials and the training CA certificate."""
    folder = simulator_folder(data_dir)
    try:
        ca = x509.load_pem_x509_certificate((folder / CA_FILE).read_bytes())
        customs = _load_credentials(folder / CUSTOMS_FILE, folder / CUSTOMS_KEY_FILE)
    except FileNotFoundError:
        raise UserError(
            f"The customs simulator has no certificates in {folder}: load the demo data (it creates them) and start "
            "the simulator again."
        ) from None
    except (ValueError, UserError):
        raise UserError(
            f"The customs simulator's certificate files in {folder} are damaged: delete the folder and load the "
            "demo data again to make new ones."
        ) from None
    return customs, ca


@dataclass(frozen=True)
class IssuedBy:
    """A trusted_signer that accepts any certificate the CA signed directly (the simulator's participants)."""

    ca: x509.Certificate

    @property
    def description(self) -> str:
        return f"a certificate issued by {subject_of(self.ca)}"

    def __call__(self, certificate: x509.Certificate) -> bool:
        try:
            certificate.verify_directly_issued_by(self.ca)
        except (ValueError, TypeError, InvalidSignature):
            return False
        return True


# The training side plugged into an installation: certificates imported there are registered with the simulator.
TRAINING_HOOKS = Hooks(participant_imported=register_with_simulator)


def _training_ca(folder: Path) -> Credentials:
    existing = _reusable(folder / CA_FILE, folder / CA_KEY_FILE, ca=None)
    if existing is not None:
        return existing
    key = _new_key()
    name = _name(CA_NAME)
    certificate = _issue(name, key.public_key(), name, key, CA_DAYS, _key_usage(key_cert_sign=True, crl_sign=True), is_ca=True)
    return _write_credentials(folder / CA_FILE, folder / CA_KEY_FILE, Credentials(certificate, key))


def _training_customs(folder: Path, ca: Credentials) -> Credentials:
    existing = _reusable(folder / CUSTOMS_FILE, folder / CUSTOMS_KEY_FILE, ca=ca.certificate)
    if existing is not None:
        return existing
    key = _new_key()
    usage = _key_usage(digital_signature=True, key_encipherment=True)
    certificate = _issue(_name(CUSTOMS_NAME), key.public_key(), ca.certificate.subject, ca.private_key, CUSTOMS_DAYS, usage)
    return _write_credentials(folder / CUSTOMS_FILE, folder / CUSTOMS_KEY_FILE, Credentials(certificate, key))


def _ensure_participant(
    store: CertificateStore, ca: Credentials, eori: str, administration: str, environment: str, organisation: str
) -> None:
    try:
        current = store.participant(eori, administration, environment)
    except CannotSend:
        current = None
    if current is not None and not _from_earlier_training_ca(current.certificate, ca.certificate):
        return
    key = _new_key()
    usage = _key_usage(digital_signature=True, content_commitment=True, key_encipherment=True)
    certificate = _issue(
        _participant_name(eori, organisation), key.public_key(), ca.certificate.subject, ca.private_key,
        PARTICIPANT_DAYS, usage,
    )
    store.add("participant", administration, environment, certificate, key, eori=eori, is_test=True)


def _from_earlier_training_ca(certificate: x509.Certificate, ca: x509.Certificate) -> bool:
    """A test certificate of a training CA that was made again since; a real imported certificate is kept."""
    issuer_names = certificate.issuer.get_attributes_for_oid(NameOID.COMMON_NAME)
    return bool(issuer_names) and issuer_names[0].value == CA_NAME and not IssuedBy(ca)(certificate)


def _participant_name(eori: str, organisation: str) -> x509.Name:
    attributes = [
        x509.NameAttribute(NameOID.COMMON_NAME, (organisation or eori)[:64]),
        x509.NameAttribute(NameOID.SERIAL_NUMBER, eori),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, (organisation or TRAINING_ORGANISATION)[:64]),
    ]
    if eori[:2].isalpha() and eori[:2].isascii():
        attributes.append(x509.NameAttribute(NameOID.COUNTRY_NAME, eori[:2]))
    return x509.Name(attributes)


def _name(common_name: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, common_name),
        x509.NameAttribute(NameOID.ORGANIZATION_NAME, TRAINING_ORGANISATION),
    ])


def _new_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=TRAINING_KEY_BITS)


def _key_usage(**allowed: bool) -> x509.KeyUsage:
    flags = dict.fromkeys((
        "digital_signature", "content_commitment", "key_encipherment", "data_encipherment", "key_agreement",
        "key_cert_sign", "crl_sign", "encipher_only", "decipher_only",
    ), False)
    return x509.KeyUsage(**(flags | allowed))


def _issue(
    subject: x509.Name, public_key: rsa.RSAPublicKey, issuer: x509.Name, issuer_key: rsa.RSAPrivateKey,
    days: int, usage: x509.KeyUsage, is_ca: bool = False,
) -> x509.Certificate:
    now = datetime.now(UTC)
    builder = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - CLOCK_SKEW)
        .not_valid_after(now + timedelta(days=days))
        .add_extension(x509.BasicConstraints(ca=is_ca, path_length=0 if is_ca else None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()), critical=False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


def _reusable(certificate_path: Path, key_path: Path, ca: x509.Certificate | None) -> Credentials | None:
    """The credentials in these files when they are readable, valid now and (given ca) issued by ca."""
    try:
        credentials = _load_credentials(certificate_path, key_path)
    except (OSError, ValueError, TypeError, UserError):
        return None
    now = datetime.now(UTC)
    certificate = credentials.certificate
    if not certificate.not_valid_before_utc <= now <= certificate.not_valid_after_utc:
        return None
    if ca is not None and not IssuedBy(ca)(certificate):
        return None
    return credentials


def _load_credentials(certificate_path: Path, key_path: Path) -> Credentials:
    certificate = x509.load_pem_x509_certificate(certificate_path.read_bytes())
    key = serialization.load_pem_private_key(key_path.read_bytes(), password=None)
    return Credentials(certificate, key)


def _write_credentials(certificate_path: Path, key_path: Path, credentials: Credentials) -> Credentials:
    """The key first: a crash in between leaves a key without its certificate, which is simply made again."""
    key_pem = credentials.private_key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    _write_atomically(key_path, key_pem, 0o600)
    _write_atomically(certificate_path, credentials.certificate.public_bytes(serialization.Encoding.PEM), 0o644)
    return credentials


def _write_atomically(path: Path, data: bytes, mode: int) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, mode)
    with os.fdopen(descriptor, "wb") as file:
        os.chmod(temporary, mode)  # a temporary file left by a crash keeps its old mode otherwise
        file.write(data)
        file.flush()
        os.fsync(file.fileno())
    os.replace(temporary, path)


def registered_certificates(simulator_folder: Path) -> list[x509.Certificate]:
    """Participant certificates registered with the simulator, as customs would after onboarding step 2."""
    found = []
    for path in sorted((Path(simulator_folder) / REGISTERED_FOLDER).glob("*.pem")):
        try:
            found.append(x509.load_pem_x509_certificate(path.read_bytes()))
        except (OSError, ValueError):
            continue
    return found
