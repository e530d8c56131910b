"""Errors meant to be read by people: they name the field, the rule and the fix."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FieldError:
    field: str
    message: str

    def as_dict(self) -> dict[str, str]:
        return {"field": self.field, "message": self.message}


class UserError(Exception):
    """A failure the user can understand and act on; str() is the whole message."""


class ValidationError(UserError):
    """One or more fields break a rule. Nothing was stored."""

    def __init__(self, errors: list[FieldError]):
        self.errors = list(errors)
        super().__init__("; ".join(f"{e.field}: {e.message}" for e in self.errors))

    def for_field(self, field: str) -> list[str]:
        return [e.message for e in self.errors if e.field == field]


def message_of(exc: BaseException) -> str:
    """What to show a person: a ValidationError's messages without their field names, else str(exc)."""
    if isinstance(exc, ValidationError):
        return "\n".join(e.message for e in exc.errors)
    return str(exc)


class NotFound(UserError):
    pass


class EditConflict(UserError):
    """Someone else saved the record after it was read: the change was not saved, and reloading shows theirs."""


class CannotSend(UserError):
    """A message cannot be sent because a setting or a record is incomplete."""


class LoginFailed(UserError):
    """Wrong login name or password, a locked account, or too many attempts."""


class NotPermitted(UserError):
    """The signed-in user may not see or do this."""


class DatabaseProblem(UserError):
    """The data folder cannot be used: its database or its key file. The files were left untouched.

    ``kind`` names the problem for scripts and tests (corrupt, locked, read-only, newer, disk-full, key-missing, ...);
    ``path`` is the file it concerns.
    """

    def __init__(self, kind: str, path, message: str):
        self.kind = kind
        self.path = path
        super().__init__(message)
