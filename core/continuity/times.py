"""Dates and times as the continuity records keep them: moments in UTC ('YYYY-MM-DDTHH:MM:SSZ'), read from what
a clerk types (ISO 8601 with a time zone, or local time)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime

from core.errors import FieldError, ValidationError
from core.i18n import translate

STAMP_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
FIRST_YEAR, LAST_YEAR = 2000, 2099  # outside these a date is a typing mistake


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime(STAMP_FORMAT)


def parse_stamp(text: str) -> datetime:
    return datetime.strptime(text, STAMP_FORMAT).replace(tzinfo=UTC)


@dataclass(frozen=True)
class Moment:
    """A moment a clerk gave: in UTC for storing, and the calendar day as they wrote it (in the time zone they
    gave, or their local time) — the day goods were taken over is the day on the clerk's calendar."""

    utc: str
    day: date


def read_moment(value: str | datetime, field: str, what: str) -> Moment:
    """``value`` as a moment: ISO 8601 with a time zone (2026-11-02T08:30+01:00, ...Z) or without one (local
    time of this computer). Raises ValidationError on ``field``, saying how to write it."""
    problem = FieldError(field, translate(
        "Continuity", "'{value}' is not a date and time for {what}: write it as YYYY-MM-DDTHH:MM, e.g. "
                      "2026-11-02T08:30 (local time) or with the time zone, e.g. 2026-11-02T08:30+01:00 or "
                      "2026-11-02T07:30Z.").format(value=value, what=what))
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        if len(text) <= 10:  # a day alone: the time matters (the service desk asks for it)
            raise ValidationError([problem])
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise ValidationError([problem]) from None
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise ValidationError([FieldError(field, translate(
            "Continuity", "{what}: {value} is not a plausible date: give a year from {first} to {last}.").format(
            what=what[:1].upper() + what[1:], value=value, first=FIRST_YEAR, last=LAST_YEAR))])
    day = moment.date()
    try:
        utc = stamp(moment if moment.tzinfo is not None else moment.astimezone())
    except (OverflowError, OSError, ValueError):
        raise ValidationError([problem]) from None
    return Moment(utc, day)


def read_stamp(value: str, field: str, what: str) -> str:
    """A moment as the transport writes it ('YYYY-MM-DDTHH:MM:SSZ'), or any form :func:`read_moment` reads."""
    try:
        return stamp(parse_stamp(value))
    except (TypeError, ValueError):
        return read_moment(value, field, what).utc
