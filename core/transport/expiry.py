"""Warnings ahead of certificate expiry (spec 03 §3.1): a new participant certificate takes 8–10 weeks."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.transport.certificates import StoredCertificate

CERTIFICATES_PLACE = "Settings ▸ Certificates"
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
    whose = f"The participant certificate of EORI {row.eori} ({row.subject})"
    if threshold == "expired":
        text = (f"{whose} expired on {row.not_after:%Y-%m-%d}: messages of {row.eori} cannot be sent until the "
                f"renewed certificate is imported in {CERTIFICATES_PLACE}.")
    elif threshold == "10 weeks":
        text = (f"{whose} expires on {row.not_after:%Y-%m-%d}, in {days} days: order the renewal now, a new "
                "certificate takes 8–10 weeks to arrive.")
    else:
        text = (f"{whose} expires on {row.not_after:%Y-%m-%d}, in {days} days: after that no message of "
                f"{row.eori} can be sent. Import the renewed certificate in {CERTIFICATES_PLACE} as soon as it arrives.")
    return ExpiryWarning(row, days, threshold, text)


def _customs_warning(row: StoredCertificate, at: datetime) -> ExpiryWarning | None:
    days = row.days_left(at)
    threshold = threshold_for(days)
    if threshold is None:
        return None
    from core.administrations import channel_label

    whose = f"The customs encryption certificate of {channel_label(row.administration, row.environment)} ({row.subject})"
    when = f"expired on {row.not_after:%Y-%m-%d}" if threshold == "expired" else \
        f"expires on {row.not_after:%Y-%m-%d}, in {days} days,"
    return ExpiryWarning(row, days, threshold, f"{whose} {when} and no successor is stored: import the new "
                                               f"certificate the administration publishes in {CERTIFICATES_PLACE}.")


def _has_successor(row: StoredCertificate, customs: list[StoredCertificate]) -> bool:
    return any(
        other.id != row.id and (other.administration, other.environment) == (row.administration, row.environment)
        and other.not_after > row.not_after
        for other in customs
    )
