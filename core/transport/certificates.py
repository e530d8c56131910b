"""Participant and customs certificates (spec 03 §3.1).

Private keys are serialised as unencrypted PKCS#8 PEM and sealed with the installation's SecretBox,
bound to their row (context ``certificate-key|<id>``): the database never holds a key in clear text.
An EORI has one active participant certificate, serving every administration, environment and module; a new
one replaces it and the old row stays as history, with replaced_at. Customs certificates are kept side by side
with the date each takes effect, so that a rollover can be stored in advance: customs() picks the one in effect
when sending.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from core.administrations import ADMINISTRATIONS, ENVIRONMENTS, channel_label
from core.errors import CannotSend, FieldError, NotFound, UserError, ValidationError
from core.i18n import translate
from core.organisations.model import eori_errors, normalise_eori
from core.secrets import Secret, SecretBox
from core.transport.certificate_files import CertificateFile
from core.transport.cms import (
    Credentials,
    PrivateKey,
    TrustedSigners,
    as_utc,
    subject_of,
)
from core.transport.expiry import (
    CERTIFICATES_PLACE,
    WARNING_DAYS,
    ExpiryWarning,
    expiry_warnings,
)
from core.transport.qualified import Inspection, inspect_certificate
from core.users.access import Access

if TYPE_CHECKING:
    from core.data_folder import DataFolder
    from core.store.connection import Database

ROLES = ("participant", "customs")
STRICT_ENVIRONMENTS = ("production",)  # only certificates fit for signing customs messages
CERTIFICATES_SETTING = CERTIFICATES_PLACE  # translated where it is shown, see _place()


def key_context(row_id: int) -> str:
    return f"certificate-key|{row_id}"


@dataclass(frozen=True)
class StoredCertificate:
    id: int
    role: str
    administration: str
    environment: str
    eori: str
    certificate: x509.Certificate
    has_key: bool
    is_test: bool
    added_at: datetime
    replaced_at: datetime | None
    takes_effect: datetime | None = None
    added_by: str = ""
    file_format: str = ""

    @classmethod
    def from_row(cls, row) -> StoredCertificate:
        return cls(
            id=row["id"], role=row["role"], administration=row["administration"],
            environment=row["environment"], eori=row["eori"],
            certificate=x509.load_pem_x509_certificate(row["cert_pem"].encode("ascii")),
            has_key=row["key_sealed"] is not None, is_test=bool(row["is_test"]),
            added_at=datetime.fromisoformat(row["added_at"]),
            replaced_at=_moment(row["replaced_at"]), takes_effect=_moment(row["takes_effect"]),
            added_by=row["added_by"], file_format=row["file_format"],
        )

    @property
    def subject(self) -> str:
        return subject_of(self.certificate)

    @property
    def not_before(self) -> datetime:
        return self.certificate.not_valid_before_utc

    @property
    def not_after(self) -> datetime:
        return self.certificate.not_valid_after_utc

    @property
    def effective_from(self) -> datetime:
        """When it may be used: a customs certificate from the day the administration switches to it."""
        return max(self.not_before, self.takes_effect) if self.takes_effect else self.not_before

    def valid_at(self, at: datetime) -> bool:
        return self.effective_from <= at <= self.not_after

    def days_left(self, at: datetime | None = None) -> int:
        """Whole days until it expires; negative once expired."""
        return (self.not_after - as_utc(at)).days

    def inspection(self, at: datetime | None = None) -> Inspection:
        return inspect_certificate(self.certificate, as_utc(at))


@dataclass(frozen=True)
class ImportResult:
    row: StoredCertificate
    inspection: Inspection
    replaced: StoredCertificate | None


class CertificateStore:
    """Participant certificates (one active per EORI, for every administration and environment) and the customs
    encryption certificates of each administration and environment."""

    def __init__(
        self, db: Database, box: SecretBox, access: Access, *, files: DataFolder,
        on_participant_imported: Callable[[StoredCertificate], None] | None = None,
        keys: dict[bytes, PrivateKey] | None = None,
    ):
        """``keys``: the private keys opened so far, by their sealed form; the stores of one installation share
        it (see ``Installation.private_keys``)."""
        self._db = db
        self._box = box
        self._access = access
        self._files = files
        self._on_participant_imported = on_participant_imported
        self._keys = {} if keys is None else keys  # loading an RSA key checks it: ~40 ms of a CPU for 2048 bits

    # -- importing ------------------------------------------------------------------------------
    def import_participant(self, eori: str, read: CertificateFile) -> ImportResult:
        """Make the certificate of a file the EORI's participant certificate.

        One that is not fit for signing customs messages is kept as a test certificate for the training
        environment, unless the EORI already sends in production: then it is refused with the reasons.
        """
        eori = normalise_eori(eori)
        inspection = inspect_certificate(read.certificate)
        if inspection.expired:
            raise ValidationError([FieldError("certificate", translate(
                "Transport", "{subject} expired on {date}: import the renewed certificate.",
            ).format(subject=subject_of(read.certificate), date=f"{read.certificate.not_valid_after_utc:%Y-%m-%d}"))])
        is_test = bool(inspection.lasting_problems)
        if is_test:
            self._refuse_where_customs_would(eori, inspection)
        replaced = self.participant_for(eori)
        row_id = self.add("participant", "", "training" if is_test else "production", read.certificate,
                          read.private_key, eori=eori, is_test=is_test, file_format=read.format)
        row = self.get(row_id)
        if self._on_participant_imported is not None:
            self._on_participant_imported(row)
        return ImportResult(row, inspection, replaced if replaced and replaced.id != row_id else None)

    def import_customs(
        self, administration: str, environment: str, certificate: x509.Certificate, takes_effect: date | None = None,
    ) -> StoredCertificate:
        """Store an administration's encryption certificate; with takes_effect, messages use it from that day on."""
        start = datetime.combine(takes_effect, time(), UTC) if takes_effect else None
        return self.get(self.add("customs", administration, environment, certificate, takes_effect=start))

    def add(
        self, role: str, administration: str, environment: str, certificate: x509.Certificate,
        private_key: PrivateKey | None = None, eori: str = "", is_test: bool = False, *,
        takes_effect: datetime | None = None, file_format: str = "",
    ) -> int:
        """Store a certificate (and its key, sealed); the same certificate added again keeps its row.

        A participant certificate replaces the EORI's active one (whatever it was added for).
        """
        eori = normalise_eori(eori)
        self._require_manager(role, eori)
        errors = _certificate_errors(role, administration, environment, eori, certificate, private_key)
        if is_test and environment in STRICT_ENVIRONMENTS:
            errors.append(FieldError("certificate", translate(
                "Transport", "{subject} is a test certificate and cannot be used in {environment}: import the "
                             "qualified seal certificate issued for this EORI.",
            ).format(subject=subject_of(certificate), environment=environment)))
        if errors:
            raise ValidationError(errors)
        existing = self._active_row_of(role, administration, environment, eori, certificate)
        if existing is not None:
            return existing
        with self._db.atomic():
            row_id = self._insert(role, administration, environment, eori, certificate, is_test, takes_effect, file_format)
            if private_key is not None:
                self._db.execute(
                    "UPDATE certificates SET key_sealed = ? WHERE id = ?", [self._seal_key(row_id, private_key), row_id]
                )
            if role == "participant":
                self._db.execute(
                    "UPDATE certificates SET replaced_at = ? WHERE role = 'participant' AND eori = ? AND id != ? "
                    "AND replaced_at IS NULL",
                    [_now_text(), eori, row_id],
                )
        return row_id

    def _refuse_where_customs_would(self, eori: str, inspection: Inspection) -> None:
        sets = self._db.execute(
            "SELECT name FROM comm_params WHERE eori = ? AND environment = 'production' ORDER BY name",
            [eori],
        ).fetchall()
        if sets:
            names = ", ".join(f"'{row[0]}'" for row in sets)
            #: {problems}: why the certificate is not fit, e.g. "it is not an EU qualified certificate (…)"
            raise ValidationError([FieldError("certificate", translate(
                "Transport", "EORI {eori} sends to customs with the parameter set {names}, and this certificate is not "
                             "fit for that: {problems}. Import the qualified seal certificate issued for {eori}.",
            ).format(eori=eori, names=names, problems="; ".join(inspection.lasting_problems)))])

    def export_public(self, row_id: int, path: Path, *, replace: bool = False) -> Path:
        """Write the public certificate only (DER for .cer/.der, PEM otherwise): never a key, never a password.

        An existing file is replaced only with ``replace``; the data folder's own files never are."""
        row = self.get(row_id)
        path = Path(path)
        encoding = serialization.Encoding.DER if path.suffix.lower() in (".cer", ".der") else serialization.Encoding.PEM
        return self._files.write_user_file(path, row.certificate.public_bytes(encoding), replace=replace)

    def _require_manager(self, role: str, eori: str) -> None:
        """Guarantee officers (with extended rights for an organisation of the EORI) manage certificates."""
        what = translate("Transport", "manage certificates")
        self._access.require_manager(what)
        orgs = [r[0] for r in self._db.execute("SELECT id FROM organisations WHERE eori = ?", [eori]).fetchall()]
        if role == "participant" and orgs and all(self._access.why_not_officer(o, what) for o in orgs):
            self._access.require_officer(orgs[0], translate("Transport", "manage certificates of {eori}").format(
                eori=eori))

    # -- reading --------------------------------------------------------------------------------
    def get(self, row_id: int) -> StoredCertificate:
        row = self._db.execute("SELECT * FROM certificates WHERE id = ?", [row_id]).fetchone()
        if row is None:
            raise NotFound(translate("Transport", "Certificate {id} does not exist.").format(id=row_id))
        return StoredCertificate.from_row(row)

    def participant_for(self, eori: str) -> StoredCertificate | None:
        """The EORI's active participant certificate."""
        rows = self.active("participant", eori=eori)
        return rows[-1] if rows else None

    def participants(self) -> list[StoredCertificate]:
        """The active participant certificates, one per EORI, by EORI."""
        rows = self._db.execute(
            "SELECT * FROM certificates WHERE role = 'participant' AND replaced_at IS NULL ORDER BY eori, id"
        ).fetchall()
        return [StoredCertificate.from_row(row) for row in rows]

    def history(self, eori: str) -> list[StoredCertificate]:
        """Every participant certificate the EORI has had, newest first."""
        rows = self._db.execute(
            "SELECT * FROM certificates WHERE role = 'participant' AND eori = ? ORDER BY id DESC", [normalise_eori(eori)]
        ).fetchall()
        return [StoredCertificate.from_row(row) for row in rows]

    def customs_rows(self, administration: str | None = None, environment: str | None = None) -> list[StoredCertificate]:
        """The customs certificates in use or taking effect later, by administration, environment and start."""
        rows = self._db.execute(
            "SELECT * FROM certificates WHERE role = 'customs' AND replaced_at IS NULL "
            "AND (CAST(? AS TEXT) IS NULL OR administration = ?) AND (CAST(? AS TEXT) IS NULL OR environment = ?) "
            "ORDER BY administration, environment, coalesce(takes_effect, not_before), id",
            [administration, administration, environment, environment],
        ).fetchall()
        return [StoredCertificate.from_row(row) for row in rows]

    def active(self, role: str, administration: str = "", environment: str = "", eori: str = "") -> list[StoredCertificate]:
        """The rows in use (not replaced), oldest first: a participant's by EORI, customs ones by administration."""
        if role == "participant":
            where, arguments = "eori = ?", [normalise_eori(eori)]
        else:
            where, arguments = "administration = ? AND environment = ?", [administration, environment]
        rows = self._db.execute(
            f"SELECT * FROM certificates WHERE role = ? AND {where} AND replaced_at IS NULL ORDER BY not_before, id",
            [role, *arguments],
        ).fetchall()
        return [StoredCertificate.from_row(row) for row in rows]

    def warnings(self, at: datetime | None = None) -> list[ExpiryWarning]:
        """What expires soon or has expired, most urgent first (spec 03 §3.1)."""
        at = as_utc(at)
        horizon = (at + timedelta(days=WARNING_DAYS + 1)).isoformat()
        ending = self._db.execute(
            "SELECT * FROM certificates WHERE role = 'participant' AND replaced_at IS NULL AND not_after <= ? "
            "ORDER BY eori, id", [horizon],
        ).fetchall()
        return expiry_warnings([StoredCertificate.from_row(row) for row in ending], self.customs_rows(), at)

    # -- signing and encrypting -----------------------------------------------------------------
    def participant(
        self, eori: str, administration: str, environment: str, at: datetime | None = None
    ) -> Credentials:
        """The EORI's certificate and key for signing in this administration and environment, valid at ``at``."""
        eori, at = normalise_eori(eori), as_utc(at)
        chosen = self._signing_row(eori, at)
        if chosen is None:
            raise CannotSend(translate(
                "Transport", "There is no participant certificate for EORI {eori}, so messages cannot be signed: load "
                             "the demo data, or import the participant certificate in {place}.",
            ).format(eori=eori, place=_place()))
        if not chosen.valid_at(at):
            raise CannotSend(_not_valid_for_signing(chosen, eori, at))
        if environment in STRICT_ENVIRONMENTS:
            self._require_fit_for_customs(chosen, eori, administration, environment, at)
        if not chosen.has_key:
            raise CannotSend(translate(
                "Transport", "The participant certificate {subject} of EORI {eori} has no private key: import it again "
                             "with its key (PKCS#12/PFX file) in {place}.",
            ).format(subject=chosen.subject, eori=eori, place=_place()))
        return Credentials(chosen.certificate, self._open_key(chosen))

    def _signing_row(self, eori: str, at: datetime) -> StoredCertificate | None:
        """The active certificate; until a renewal imported ahead of time starts, the one it replaced."""
        current = self.participant_for(eori)
        if current is None or at >= current.not_before:
            return current
        earlier = [row for row in self.history(eori) if row.id != current.id and row.valid_at(at) and row.has_key]
        return earlier[0] if earlier else current

    def _require_fit_for_customs(
        self, row: StoredCertificate, eori: str, administration: str, environment: str, at: datetime
    ) -> None:
        problems = row.inspection(at).lasting_problems
        if row.is_test or problems:
            why = "; ".join(problems) or translate("Transport", "it was imported as a test certificate")
            #: {channel}: administration and environment, e.g. "CZ NCTS production"; {why}: the reasons
            raise CannotSend(translate(
                "Transport", "The participant certificate {subject} of EORI {eori} is a test certificate, not fit for "
                             "{channel}: {why}. Import the qualified seal certificate issued for the EORI in {place}.",
            ).format(subject=row.subject, eori=eori, channel=channel_label(administration, environment), why=why,
                     place=_place()))

    def customs(self, administration: str, environment: str, at: datetime | None = None) -> x509.Certificate:
        """The customs encryption certificate in effect at ``at`` (now when None); the newest when several are."""
        at = as_utc(at)
        rows = self.active("customs", administration, environment)
        if not rows:
            raise CannotSend(translate(
                "Transport", "There is no customs encryption certificate for {channel}, so messages cannot be "
                             "encrypted: load the demo data, or import the customs certificate in {place}.",
            ).format(channel=channel_label(administration, environment), place=_place()))
        chosen = _valid_at(rows, at)
        if chosen is None:
            latest = max(rows, key=lambda row: (row.not_after, row.id))
            if at < latest.effective_from:
                message = translate(
                    "Transport", "No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, "
                                 "{subject}, is valid only from {start} UTC): import the current customs certificate "
                                 "in {place}.")
            else:
                message = translate(
                    "Transport", "No customs encryption certificate of {channel} is valid on {moment} UTC (the latest, "
                                 "{subject}, expired on {end}): import the current customs certificate in {place}.")
            raise CannotSend(message.format(
                channel=channel_label(administration, environment), moment=f"{at:%Y-%m-%d %H:%M}",
                subject=latest.subject, start=f"{latest.effective_from:%Y-%m-%d %H:%M}",
                end=f"{latest.not_after:%Y-%m-%d}", place=_place()))
        return chosen.certificate

    def customs_certificates(self, administration: str, environment: str) -> list[x509.Certificate]:
        """The customs certificates in use (not replaced), oldest first."""
        return [row.certificate for row in self.active("customs", administration, environment)]

    def customs_signers(self, administration: str, environment: str) -> TrustedSigners:
        """A trusted_signer for open_sealed/verify: the customs certificates of this administration."""
        return TrustedSigners(
            tuple(self.customs_certificates(administration, environment)),
            #: completes "… signed by {subject}, which is not …"
            description=translate("Transport", "the customs certificate of {channel}").format(
                channel=channel_label(administration, environment)),
        )

    # -- rows and keys --------------------------------------------------------------------------
    def _insert(
        self, role: str, administration: str, environment: str, eori: str, certificate: x509.Certificate,
        is_test: bool, takes_effect: datetime | None, file_format: str,
    ) -> int:
        return self._db.insert_returning_id(
            "INSERT INTO certificates (role, administration, environment, eori, subject, serial, not_before, "
            "not_after, cert_pem, is_test, added_at, takes_effect, added_by, file_format) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                role, administration, environment, eori, subject_of(certificate), f"{certificate.serial_number:X}",
                certificate.not_valid_before_utc.isoformat(), certificate.not_valid_after_utc.isoformat(),
                certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"), int(is_test), _now_text(),
                takes_effect.isoformat() if takes_effect else None, self._access.user.login, file_format,
            ],
        )

    def _active_row_of(
        self, role: str, administration: str, environment: str, eori: str, certificate: x509.Certificate
    ) -> int | None:
        for row in self.active(role, administration, environment, eori):
            if row.certificate == certificate:
                return row.id
        return None

    def _seal_key(self, row_id: int, private_key: PrivateKey) -> bytes:
        pem = private_key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
        return self._box.seal(Secret(pem.decode("ascii")), key_context(row_id))

    def _open_key(self, row: StoredCertificate) -> PrivateKey:
        sealed = self._db.execute("SELECT key_sealed FROM certificates WHERE id = ?", [row.id]).fetchone()[0]
        if sealed in self._keys:
            return self._keys[sealed]
        try:
            pem = self._box.open(sealed, key_context(row.id))
        except UserError:
            raise CannotSend(translate(
                "Transport", "The private key of the certificate {subject} cannot be unlocked with this installation's "
                             "key (secrets.key was replaced or the record was copied): import the certificate with its "
                             "key again in {place}.",
            ).format(subject=row.subject, place=_place())) from None
        key = serialization.load_pem_private_key(pem.reveal().encode("ascii"), password=None)
        self._keys[sealed] = key
        return key


def _certificate_errors(
    role: str, administration: str, environment: str, eori: str, certificate: x509.Certificate,
    private_key: PrivateKey | None,
) -> list[FieldError]:
    errors = []
    if role not in ROLES:
        errors.append(FieldError("role", translate("Transport", "The certificate role must be one of {roles}.").format(
            roles=", ".join(ROLES))))
    if administration not in ADMINISTRATIONS and not (role == "participant" and administration == ""):
        errors.append(FieldError("administration", translate(
            "Transport", "Administration must be one of {codes}.").format(codes=", ".join(ADMINISTRATIONS))))
    if environment not in ENVIRONMENTS:
        errors.append(FieldError("environment", translate(
            "Transport", "Environment must be one of {codes}.").format(codes=", ".join(ENVIRONMENTS))))
    if role == "participant":
        errors += eori_errors(eori)
        errors += _participant_key_errors(certificate, private_key)
    elif role == "customs":
        errors += _customs_errors(certificate, eori, private_key)
    return errors


def _participant_key_errors(certificate: x509.Certificate, private_key: PrivateKey | None) -> list[FieldError]:
    if private_key is None:
        return [FieldError("private_key", translate(
            "Transport", "A participant certificate signs messages, so it is needed with its private key: import the "
                         "PKCS#12/PFX file, or the certificate together with its key file."))]
    try:
        Credentials(certificate, private_key)
    except UserError as exc:
        return [FieldError("private_key", str(exc))]
    return []


def _customs_errors(certificate: x509.Certificate, eori: str, private_key: PrivateKey | None) -> list[FieldError]:
    errors = []
    if eori:
        errors.append(FieldError("eori", translate(
            "Transport", "A customs certificate belongs to an administration, not to an EORI: leave the EORI empty.")))
    if private_key is not None:
        errors.append(FieldError("private_key", translate(
            "Transport", "The customs certificate is stored without a private key: import only the certificate.")))
    if not isinstance(certificate.public_key(), rsa.RSAPublicKey):
        errors.append(FieldError("certificate", translate(
            "Transport", "Messages are encrypted for the customs certificate, which needs an RSA key; {subject} has "
                         "another kind. Import the customs encryption certificate published by the administration.",
        ).format(subject=subject_of(certificate))))
    return errors


def _valid_at(rows: list[StoredCertificate], at: datetime) -> StoredCertificate | None:
    valid = [row for row in rows if row.valid_at(at)]
    return max(valid, key=lambda row: (row.effective_from, row.id)) if valid else None


def _not_valid_for_signing(row: StoredCertificate, eori: str, at: datetime) -> str:
    if at < row.effective_from:
        return translate(
            "Transport", "The participant certificate {subject} of EORI {eori} is valid only from {start} UTC; "
                         "messages can be signed with it from then on.",
        ).format(subject=row.subject, eori=eori, start=f"{row.effective_from:%Y-%m-%d %H:%M}")
    return translate(
        "Transport", "The participant certificate {subject} of EORI {eori} expired on {end}, so messages cannot be "
                     "signed with it: import the renewed certificate in {place}.",
    ).format(subject=row.subject, eori=eori, end=f"{row.not_after:%Y-%m-%d}", place=_place())


def _place() -> str:
    """Where certificates are imported, as the window names it, in the user's language."""
    return translate("Transport", CERTIFICATES_SETTING)


def _moment(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def _now_text() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
