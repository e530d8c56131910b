"""Warnings ahead of certificate expiry (spec 03 §3.1): a new participant certificate takes 8–10 weeks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from core.formatting import day
from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.transport.certificates import StoredCertificate

CERTIFICATES_PLACE = QT_TRANSLATE_NOOP("Transport", "Settings ▸ Certificates")
# (days left at most, name): the first that applies is the warning's threshold.
WARNING_DAYS = 70  # the provisioning lead time: 10 weeks
THRESHOLDS = ((-1, "expired"), (7, "7 days"), (14, "14 days"), (30, "30 days"), (WARNING_DAYS, "10 weeks"))


@dataclass(frozen=True)
class ExpiryWarning:
    certificate: StoredCertificate
    days_left: int
    threshold: str
    text: str

    @property
    def expired(self) -> bool:
        return self.threshold == "expired"


def threshold_for(days_left: int) -> str | None:
    for most, name in THRESHOLDS:
        if days_left <= most:
            return name
    return None


def expiry_warnings(
    participants: list[StoredCertificate], customs: list[StoredCertificate], at: datetime
) -> list[ExpiryWarning]:
    """Warnings for the active participant certificates and for customs certificates without a successor."""
    found = [_participant_warning(row, at) for row in participants]
    found += [_customs_warning(row, at) for row in customs if not _has_successor(row, customs)]
    return sorted((w for w in found if w is not None), key=lambda w: (w.days_left, w.certificate.id))


def _participant_warning(row: StoredCertificate, at: datetime) -> ExpiryWarning | None:
    days = row.days_left(at)
    threshold = threshold_for(days)
    if threshold is None:
        return None
    fields = {"eori": row.eori, "subject": row.subject, "date": day(row.not_after.date()), "days": days,
              "place": translate("Transport", CERTIFICATES_PLACE)}
    if threshold == "expired":
        text = translate("Transport", "The participant certificate of EORI {eori} ({subject}) expired on {date}: "
                                      "messages of {eori} cannot be sent until the renewed certificate is imported "
                                      "in {place}.")
    elif threshold == "10 weeks":
        text = translate("Transport", "The participant certificate of EORI {eori} ({subject}) expires on {date}, "
                                      "in {days} days: order the renewal now, a new certificate takes 8–10 weeks to "
                                      "arrive.")
    else:
        text = translate("Transport", "The participant certificate of EORI {eori} ({subject}) expires on {date}, "
                                      "in {days} days: after that no message of {eori} can be sent. Import the "
                                      "renewed certificate in {place} as soon as it arrives.")
    text = text.format(**fields)
    return ExpiryWarning(row, days, threshold, text)


def _customs_warning(row: StoredCertificate, at: datetime) -> ExpiryWarning | None:
    days = row.days_left(at)
    threshold = threshold_for(days)
    if threshold is None:
        return None
    from core.administrations import channel_label

    fields = {"channel": channel_label(row.administration, row.environment), "subject": row.subject,
              "date": day(row.not_after.date()), "days": days, "place": translate("Transport", CERTIFICATES_PLACE)}
    if threshold == "expired":
        text = translate("Transport", "The customs encryption certificate of {channel} ({subject}) expired on "
                                      "{date} and no successor is stored: import the new certificate the "
                                      "administration publishes in {place}.")
    else:
        text = translate("Transport", "The customs encryption certificate of {channel} ({subject}) expires on "
                                      "{date}, in {days} days, and no successor is stored: import the new certificate "
                                      "the administration publishes in {place}.")
    return ExpiryWarning(row, days, threshold, text.format(**fields))


def _has_successor(row: StoredCertificate, customs: list[StoredCertificate]) -> bool:
    return any(
        other.id != row.id and (other.administration, other.environment) == (row.administration, row.environment)
        and other.not_after > row.not_after
        for other in customs
    )
