"""Which expiry warnings a user is told about at sign-in: each threshold of each certificate once per user.

The banner of the main window shows every warning all the time; the message at sign-in is for what is new to
the user, so that the 30-day warning is not repeated at every start but the 14-day one still is.
"""
from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from core.transport.expiry import ExpiryWarning

if TYPE_CHECKING:
    from core.context import UserContext

ANNOUNCED_PREFIX = "expiry_warned"


def announced_key(login: str, warning: ExpiryWarning) -> str:
    return f"{ANNOUNCED_PREFIX}|{login}|{warning.certificate.id}|{warning.threshold}"


def warnings_to_announce(context: UserContext, at: datetime | None = None) -> list[ExpiryWarning]:
    """The signed-in user's warnings whose threshold they have not been told about yet, most urgent first."""
    return [w for w in context.certificates.warnings(at) if context.setting(announced_key(context.user, w)) is None]


def mark_announced(context: UserContext, warnings: list[ExpiryWarning]) -> None:
    """Remember that the signed-in user was told, with when."""
    told_at = datetime.now(UTC).isoformat(timespec="seconds")
    with context.db.atomic():
        for warning in warnings:
            context.set_setting(announced_key(context.user, warning), told_at)
