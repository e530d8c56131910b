"""The office database's password in the system keyring (Windows Credential Manager, macOS Keychain, the Secret
Service of a Linux desktop), through the keyring library.

Where a password comes from, first found first: the environment (PGPASSWORD), the system keyring, the password
file (PGPASSFILE or ~/.pgpass). It is never part of the URL, so never in a command line a log shows. A keyring of
keyring's lowest rank (one that keeps passwords in a plain file, say) is used only when named in
PYTHON_KEYRING_BACKEND.
"""
from __future__ import annotations

import getpass
import logging
import os

from core.errors import UserError
from core.i18n import translate

SERVICE = "CustomsDesk office database"

log = logging.getLogger(__name__)


def account_of(conninfo: str) -> str:
    """The keyring's name for the server account a libpq URL (``postgresql://``) names:
    ``user@host:port/database``, with libpq's defaults."""
    from psycopg.conninfo import conninfo_to_dict

    parts = conninfo_to_dict(conninfo)
    user = parts.get("user") or os.environ.get("PGUSER") or getpass.getuser()
    host = parts.get("host") or os.environ.get("PGHOST") or "localhost"
    port = parts.get("port") or os.environ.get("PGPORT") or "5432"
    database = parts.get("dbname") or os.environ.get("PGDATABASE") or user
    return f"{user}@{host}:{port}/{database}"


def _system_keyring():
    """The keyring this computer offers, or None."""
    import keyring
    from keyring.backends import fail

    backend = keyring.get_keyring()
    if isinstance(backend, fail.Keyring):
        return None
    if getattr(type(backend), "priority", 0) < 1 and "PYTHON_KEYRING_BACKEND" not in os.environ:
        return None
    return backend


def keyring_name() -> str | None:
    """What the system keyring is called (for the user to recognise it), or None when there is none."""
    try:
        backend = _system_keyring()
    except Exception:  # a misnamed or broken keyring: remembered_password logs why
        return None
    return getattr(type(backend), "name", type(backend).__name__) if backend is not None else None


def remembered_password(conninfo: str) -> str | None:
    """The password the system keyring keeps for this server account; None when it keeps none, or cannot be read
    (locked, absent): then libpq's own sources are asked."""
    if os.environ.get("PGPASSWORD"):
        return None
    try:
        backend = _system_keyring()
        return backend.get_password(SERVICE, account_of(conninfo)) if backend is not None else None
    except Exception as exc:  # a keyring may fail in many ways (locked, its service gone): the next source is asked
        log.warning("the system keyring could not be read: %s", exc)
        return None


def remember_password(conninfo: str, password: str) -> str:
    """Keep the password in the system keyring for this server account; the keyring's name."""
    try:
        backend = _usable_keyring()
        backend.set_password(SERVICE, account_of(conninfo), password)
    except UserError:
        raise
    except Exception as exc:  # a keyring may fail in many ways (locked, its service gone, misnamed)
        raise keyring_refused(exc) from None
    return keyring_name() or ""


def forget_password(conninfo: str) -> bool:
    """Remove the password the system keyring keeps for this server account; whether it kept one."""
    import keyring.errors

    try:
        _usable_keyring().delete_password(SERVICE, account_of(conninfo))
    except keyring.errors.PasswordDeleteError:
        return False
    except UserError:
        raise
    except Exception as exc:
        raise keyring_refused(exc) from None
    return True


def _usable_keyring():
    backend = _system_keyring()
    if backend is None:
        raise no_keyring()
    return backend


def keyring_refused(exc: BaseException) -> UserError:
    return UserError(translate(
        "Store", "The system keyring cannot be used ({reason}). Unlock it and try again, or give the password in "
                 "PGPASSWORD or a password file (~/.pgpass).").format(reason=exc))


def no_keyring() -> UserError:
    return UserError(translate(
        "Store", "This computer offers no system keyring to keep the password in. Give it in PGPASSWORD or a "
                 "password file (~/.pgpass) instead."))
