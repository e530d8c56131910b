"""The certificate tables (participant certificates per EORI, their history, customs certificates) and the
one-line descriptions the communication parameter sets show."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar

from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from core import formatting
from core.communication import ADMINISTRATIONS, ENVIRONMENTS
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import normalise_eori
from core.transport.cms import as_utc
from core.transport.expiry import CERTIFICATES_PLACE, threshold_for
from ui.expiry_banner import severity_of_threshold
from ui.models.admin import ListTableModel
from ui.models.tables import Column
from ui.theme import readable

if TYPE_CHECKING:
    from core.context import UserContext
    from core.transport.certificates import StoredCertificate

SUITABLE = QT_TRANSLATE_NOOP("CertificatesModel", "Suitable for customs")
TEST_ONLY = QT_TRANSLATE_NOOP("CertificatesModel", "Test certificate — training only")
EXPIRED = QT_TRANSLATE_NOOP("CertificatesModel", "Expired — sending blocked")
NO_CERTIFICATE = QT_TRANSLATE_NOOP("CertificatesModel", "No certificate — import one")
STATUS_COLOURS = {  # severity -> (text, background)
    "critical": ("#7b1a12", "#f9d6d2"),
    "warning": ("#5c4300", "#ffe7a3"),
    "test": ("#1f4e79", None),
    "missing": ("#7b1a12", None),
    "ok": ("#1e6b3a", None),
}


def short_subject(row: StoredCertificate) -> str:
    """'CN=…' as clerks name a certificate; the whole subject when it has no common name."""
    names = row.certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return f"CN={names[0].value}" if names else row.subject


def day(moment: datetime | None) -> str:
    return formatting.day(moment.date()) if moment else ""


def local_moment(moment: datetime | None) -> str:
    return formatting.moment(moment.astimezone()) if moment else ""


def days_text(days: int) -> str:
    if days <= 0:
        return translate("CertificatesModel", "Expires within a day")
    if days == 1:  # the plural forms of "Expires in %n days" serve every other count
        return translate("CertificatesModel", "Expires in 1 day")
    return translate("CertificatesModel", "Expires in %n days", None, days)


# --- participant certificates -------------------------------------------------------------------------

@dataclass(frozen=True)
class ParticipantRow:
    """An EORI with its active participant certificate, or without one yet."""

    eori: str
    organisations: tuple[str, ...]
    certificate: StoredCertificate | None

    @property
    def id(self) -> int | None:
        return self.certificate.id if self.certificate else None

    def status(self, at: datetime | None = None) -> str:
        certificate = self.certificate
        if certificate is None:
            return translate("CertificatesModel", NO_CERTIFICATE)
        at = as_utc(at)
        if certificate.not_after < at:
            return translate("CertificatesModel", EXPIRED)
        if at < certificate.not_before:
            return translate("CertificatesModel", "Takes effect on {date}").format(date=day(certificate.not_before))
        days = certificate.days_left(at)
        if threshold_for(days) and certificate.is_test:
            return translate("CertificatesModel", "{expiry} · test certificate").format(expiry=days_text(days))
        if threshold_for(days):
            return days_text(days)
        return translate("CertificatesModel", TEST_ONLY if certificate.is_test else SUITABLE)

    def severity(self, at: datetime | None = None) -> str:
        """critical / warning (the expiry thresholds), test, missing or ok."""
        certificate = self.certificate
        if certificate is None:
            return "missing"
        expiry = severity_of_threshold(threshold_for(certificate.days_left(at)))
        return expiry or ("test" if certificate.is_test else "ok")


def known_eoris(context: UserContext) -> dict[str, list[str]]:
    """EORI -> names of the organisations with it (that the user sees), for every EORI of an organisation or
    parameter set."""
    names: dict[str, list[str]] = {}
    for org in context.organisations.list():
        if org.eori:
            names.setdefault(normalise_eori(org.eori), []).append(org.name)
    for params in context.params.list():
        if params.eori:
            names.setdefault(normalise_eori(params.eori), [])
    return names


def participant_rows(context: UserContext) -> list[ParticipantRow]:
    """The active certificate of each EORI, and the EORIs of organisations and parameter sets without one."""
    names = known_eoris(context)
    certificates = {row.eori: row for row in context.certificates.participants()}
    return [ParticipantRow(eori, tuple(names.get(eori, ())), certificates.get(eori))
            for eori in sorted(set(names) | set(certificates))]


def _status_data(severity: str, role: int):
    text, background = STATUS_COLOURS[severity]
    if role == Qt.ItemDataRole.ForegroundRole:  # on its own light background, or readable on the palette's
        return QBrush(QColor(text) if background else readable(text))
    if role == Qt.ItemDataRole.BackgroundRole and background:
        return QBrush(QColor(background))
    if role == Qt.ItemDataRole.FontRole and severity in ("critical", "missing"):
        font = QFont()
        font.setBold(True)
        return font
    return None


def _days_left(row: ParticipantRow) -> str:
    return str(row.certificate.days_left()) if row.certificate else ""


class ParticipantTableModel(ListTableModel):
    STATUS_COLUMN = 5
    SUBJECT_COLUMN = 2
    translation_context = "CertificatesModel"
    columns: ClassVar[list[Column]] = [
        Column("EORI", lambda r: r.eori),  # a customs code: the same in every language
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Organisation"), lambda r: ", ".join(r.organisations)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Subject"),
               lambda r: r.certificate.subject if r.certificate else ""),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Valid until"),
               lambda r: day(r.certificate.not_after) if r.certificate else ""),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Days left"), _days_left, align_right=True),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Status"), lambda r: r.status()),
    ]

    def extra_data(self, row: ParticipantRow, column: int, role: int):
        if column == self.STATUS_COLUMN:
            return _status_data(row.severity(), role)
        if role == Qt.ItemDataRole.ToolTipRole and row.certificate is not None:
            added = translate("CertificatesModel", "added {time} by {user}").format(
                time=local_moment(row.certificate.added_at), user=row.certificate.added_by or "—")
            return f"{row.certificate.subject}\n{added}"
        return None

    def row_of_eori(self, eori: str) -> int | None:
        return next((i for i, r in enumerate(self._rows) if r.eori == eori), None)


def _replaced_on(c: StoredCertificate) -> str:
    return local_moment(c.replaced_at) or translate("CertificatesModel", "in use", "not replaced yet")


def _kind(c: StoredCertificate) -> str:
    if c.is_test:
        return translate("CertificatesModel", "test certificate")
    return translate("CertificatesModel", "qualified seal")


class HistoryTableModel(ListTableModel):
    translation_context = "CertificatesModel"
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Subject"), lambda c: c.subject),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Valid"),
               lambda c: f"{day(c.not_before)} – {day(c.not_after)}"),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Added on"), lambda c: local_moment(c.added_at)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "By"), lambda c: c.added_by or "—"),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Replaced on"), _replaced_on),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Kind"), _kind),
    ]

    def extra_data(self, row: StoredCertificate, column: int, role: int):
        if role == Qt.ItemDataRole.ForegroundRole and row.replaced_at is not None:
            return QBrush(readable("#707070"))
        return None


# --- customs certificates ------------------------------------------------------------------------------

def in_effect(rows: list[StoredCertificate], at: datetime | None = None) -> StoredCertificate | None:
    """The customs certificate messages are encrypted for at ``at``: the newest in effect."""
    at = as_utc(at)
    valid = [row for row in rows if row.valid_at(at)]
    return max(valid, key=lambda row: (row.effective_from, row.id)) if valid else None


def customs_state(row: StoredCertificate, rows: list[StoredCertificate], at: datetime | None = None,
                  ) -> tuple[str, str]:
    """The state of a customs certificate at ``at`` (expired, upcoming, in_use or superseded) and its text."""
    at = as_utc(at)
    if row.not_after < at:
        return "expired", translate("CertificatesModel", "Expired")
    if at < row.effective_from:
        return "upcoming", translate("CertificatesModel", "Takes effect on {date}").format(date=day(row.effective_from))
    same_channel = [r for r in rows if (r.administration, r.environment) == (row.administration, row.environment)]
    current = in_effect(same_channel, at)
    if current is None or current.id == row.id:
        return "in_use", translate("CertificatesModel", "In use")
    return "superseded", translate("CertificatesModel", "Superseded since {date}").format(
        date=day(current.effective_from))


def customs_status(row: StoredCertificate, rows: list[StoredCertificate], at: datetime | None = None) -> str:
    return customs_state(row, rows, at)[1]


@dataclass(frozen=True)
class CustomsRow:
    certificate: StoredCertificate
    status: str  # as the user reads it
    state: str = ""  # expired, upcoming, in_use or superseded (see customs_state)

    @property
    def id(self) -> int:
        return self.certificate.id


def customs_table_rows(rows: list[StoredCertificate], at: datetime | None = None) -> list[CustomsRow]:
    table = []
    for row in rows:
        state, status = customs_state(row, rows, at)
        table.append(CustomsRow(row, status, state))
    return table


def _customs_severity(row: CustomsRow) -> str | None:
    if row.state == "expired":
        return "critical"
    if row.state == "in_use":
        return severity_of_threshold(threshold_for(row.certificate.days_left())) or "ok"
    return "test" if row.state == "upcoming" else None


class CustomsTableModel(ListTableModel):
    STATUS_COLUMN = 5
    SUBJECT_COLUMN = 2
    translation_context = "CertificatesModel"
    columns: ClassVar[list[Column]] = [
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Administration"),
               lambda r: ADMINISTRATIONS.get(r.certificate.administration, r.certificate.administration)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Environment"),
               lambda r: ENVIRONMENTS.get(r.certificate.environment, r.certificate.environment)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Subject"), lambda r: r.certificate.subject),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Takes effect"), lambda r: day(r.certificate.effective_from)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Valid until"), lambda r: day(r.certificate.not_after)),
        Column(QT_TRANSLATE_NOOP("CertificatesModel", "Status"), lambda r: r.status),
    ]

    def extra_data(self, row: CustomsRow, column: int, role: int):
        severity = _customs_severity(row) if column == self.STATUS_COLUMN else None
        return _status_data(severity, role) if severity else None


# --- lines of a communication parameter set ------------------------------------------------------------

@dataclass(frozen=True)
class CertificateLine:
    text: str
    problem: bool = False


def participant_line(row: StoredCertificate | None, eori: str, environment: str,
                     at: datetime | None = None) -> CertificateLine:
    """The EORI's participant certificate as the parameter set uses it."""
    if not eori.strip():
        return CertificateLine(translate("CertificatesModel", "none: fill in the participant EORI"), True)
    if row is None:
        return CertificateLine(translate("CertificatesModel", "none: import it in {place}").format(
            place=CERTIFICATES_PLACE), True)
    at = as_utc(at)
    name = short_subject(row)
    if row.not_after < at:
        return CertificateLine(translate(
            "CertificatesModel", "{certificate} expired on {date} — sending blocked: import the renewed certificate "
            "in {place}").format(certificate=name, date=day(row.not_after), place=CERTIFICATES_PLACE), True)
    if not row.is_test:
        text = translate("CertificatesModel", "{certificate} valid until {date} — suitable")
    elif environment == "production":
        text = translate("CertificatesModel", "{certificate} valid until {date} — test certificate: a production set "
                                              "cannot send with a test certificate")
    else:
        text = translate("CertificatesModel", "{certificate} valid until {date} — test certificate — training only")
    problem = row.is_test and environment == "production"
    return CertificateLine(text.format(certificate=name, date=day(row.not_after)), problem)


def customs_line(rows: list[StoredCertificate], at: datetime | None = None) -> CertificateLine:
    """The administration's encryption certificate in effect, and the next one stored ahead of its date."""
    at = as_utc(at)
    current = in_effect(rows, at)
    upcoming = sorted((r for r in rows if at < r.effective_from), key=lambda r: r.effective_from)
    following = translate("CertificatesModel", "next: {certificate} from {date}").format(
        certificate=short_subject(upcoming[0]), date=day(upcoming[0].effective_from)) if upcoming else ""
    if current is not None:
        text = translate("CertificatesModel", "{certificate} in effect since {date}").format(
            certificate=short_subject(current), date=day(current.effective_from))
        return CertificateLine(translate("CertificatesModel", "{current}, {next}").format(current=text, next=following)
                               if following else text)
    if following:
        return CertificateLine(translate("CertificatesModel", "none in effect now; {next}").format(next=following),
                               True)
    if rows:
        latest = max(rows, key=lambda r: r.not_after)
        return CertificateLine(translate(
            "CertificatesModel", "{certificate} expired on {date}: import the current one in {place}").format(
                certificate=short_subject(latest), date=day(latest.not_after), place=CERTIFICATES_PLACE), True)
    return CertificateLine(translate("CertificatesModel", "none: import the administration's encryption certificate "
                                                          "in {place}").format(place=CERTIFICATES_PLACE), True)
