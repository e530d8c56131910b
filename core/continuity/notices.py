"""The notice at sign-in about paper movements due today, tomorrow or overdue: once a day per user.

The banner of the main window shows the reminders all the time; the notice is for the start of the day, so that
signing in again after lunch does not repeat it, but the next morning does while a document is still due.
"""
from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from core.context import UserContext
    from core.continuity.bcp import Reminder

ANNOUNCED_PREFIX = "bcp_reminded"


def announced_key(login: str) -> str:
    return f"{ANNOUNCED_PREFIX}|{login}"


def reminders_to_announce(context: UserContext, today: date | None = None) -> list[Reminder]:
    """The signed-in user's reminders of paper movements (soonest first), unless they were told ``today``
    (default: today on this computer's calendar) already."""
    today = today or datetime.now().astimezone().date()
    if context.setting(announced_key(context.user)) == today.isoformat():
        return []
    return context.bcp.due(today)


def mark_announced(context: UserContext, today: date | None = None) -> None:
    """Remember that the signed-in user was told on ``today``."""
    today = today or datetime.now().astimezone().date()
    with context.db.atomic():
        context.set_setting(announced_key(context.user), today.isoformat())

