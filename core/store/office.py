"""The office database: one PostgreSQL server shared by several workstations.

A workstation names it with a URL (``postgresql://clerk@server/customsdesk?sslmode=require``). The
password is never part of what is shown or logged: it comes from the environment (PGPASSWORD), the system
keyring (core.store.passwords), a password file (PGPASSFILE or ~/.pgpass) or the server's own authentication.
"""
from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path

from core.errors import DatabaseProblem, UserError
from core.files import write_user_file
from core.i18n import translate
from core.store import evolution
from core.store.connection import Database

CHOICE_FILE_NAME = "office-database.json"  # in the data folder: the office database this workstation uses
SCHEMES = ("postgresql", "postgres", "postgresql+psycopg")

log = logging.getLogger(__name__)


def is_office_url(location: str | Path) -> bool:
    return isinstance(location, str) and location.split("://", 1)[0].lower() in SCHEMES


def libpq_url(url: str) -> str:
    """The URL as libpq reads it (SQLAlchemy's ``postgresql+psycopg://`` names a driver libpq does not know)."""
    scheme, rest = url.split("://", 1)
    return f"postgresql://{rest}" if scheme.lower() in SCHEMES else url


_PASSWORD_PARAMETER = re.compile(r"(?i)(password=)([^&]*)")


def has_password(url: str) -> bool:
    """Whether the URL carries a password (``user:password@`` or ``password=``)."""
    user_part, at, _ = url.partition("://")[2].rpartition("@")
    return bool(at and ":" in user_part) or bool(_PASSWORD_PARAMETER.search(url))


def shown_url(url: str) -> str:
    """The URL without any password written into it, for messages and logs."""
    scheme, _, rest = url.partition("://")
    user_part, at, place = rest.rpartition("@")
    if at and ":" in user_part:
        rest = f"{user_part.split(':', 1)[0]}:***@{place}"
    return _PASSWORD_PARAMETER.sub(r"\1***", f"{scheme}://{rest}")


def chosen_office_url(data_dir: Path) -> str | None:
    """The office database chosen for this workstation (Settings ▸ Office database); None: the data folder's."""
    try:
        url = json.loads((Path(data_dir) / CHOICE_FILE_NAME).read_text(encoding="utf-8")).get("url")
    except (FileNotFoundError, NotADirectoryError):  # none chosen (or no folder: opening the database says so)
        return None
    except (OSError, ValueError, AttributeError) as exc:
        raise DatabaseProblem("choice-unreadable", Path(data_dir) / CHOICE_FILE_NAME, translate(
            "Store", "The choice of the office database in {path} cannot be read ({reason}): choose it again in "
                     "Settings ▸ Office database, or delete the file to use this workstation's own database.",
        ).format(path=Path(data_dir) / CHOICE_FILE_NAME, reason=exc)) from None
    return url if isinstance(url, str) and url else None


def choose_office_database(data_dir: Path, url: str | None) -> None:
    """Use the office database at ``url`` from the next start on; None: the data folder's own database."""
    path = Path(data_dir) / CHOICE_FILE_NAME
    if url is None:
        path.unlink(missing_ok=True)
        return
    if not is_office_url(url):
        connect(url)  # says what is wrong with it
    if has_password(url):
        raise UserError(translate("Store", "Leave the password out of the URL: type it beside the URL and test the "
                                           "connection to keep it in the system keyring, or give it in PGPASSWORD or "
                                           "a password file (~/.pgpass)."))
    write_user_file(path, json.dumps({"url": url}).encode(), replace=True, private=True)


@dataclass
class OfficeStore:
    """The owner of one connection to the office database, used only from the thread that opened it."""

    db: Database
    url: str
    backup_path: None = None  # the server's own backups keep an office database

    @property
    def path(self) -> str:
        return shown_url(self.url)

    @property
    def schema_version(self) -> int:
        return schema_version(self.db)

    def change_feed(self):
        """What other workstations change, as the server announces it (core.store.postgresql.ChangeFeed)."""
        from core.store.postgresql import ChangeFeed

        try:
            return ChangeFeed(libpq_url(self.url))
        except Exception as exc:  # psycopg's errors: the server cannot be reached
            raise unreachable(self.url, exc) from None

    def another_connection(self) -> OfficeStore:
        return OfficeStore(connect(self.url), self.url)

    def close(self) -> None:
        self.db.close()


def connect(url: str, password: str | None = None) -> Database:
    """A connection to the office database at ``url`` (see core.store.passwords for where its password comes from
    when ``password`` is None)."""
    from core.store import postgresql

    if not is_office_url(url):
        raise DatabaseProblem("not-an-office-database", url.split("://", 1)[0], translate(
            "Store", "The office database is named by a URL beginning postgresql://, e.g. "
                     "postgresql://clerk@server/customsdesk; the URL given begins otherwise.",
        ))

    try:
        return postgresql.connect(libpq_url(url), password)
    except Exception as exc:  # psycopg's errors: the server cannot be reached, refused us, ...
        if "password" in str(exc).lower():  # libpq's "no password supplied", the server's "... authentication failed"
            raise password_refused(url, exc) from None
        raise unreachable(url, exc) from None


def password_refused(url: str, exc: BaseException) -> DatabaseProblem:
    return DatabaseProblem("password-refused", shown_url(url), translate(
        "Store", "The office database {url} did not accept the password of its server account ({reason}); nothing "
                 "was changed. Give the password in Settings ▸ Office database or with db-password (both keep it in "
                 "the system keyring), in PGPASSWORD or in a password file (~/.pgpass).",
    ).format(url=shown_url(url), reason=reason_without_secrets(url, exc)))


def unreachable(url: str, exc: BaseException) -> DatabaseProblem:
    return DatabaseProblem("unreachable", shown_url(url), translate(
        "Store", "The office database {url} cannot be reached ({reason}). Check the network and that the server "
                 "runs, then try again; nothing was changed.",
    ).format(url=shown_url(url), reason=reason_without_secrets(url, exc)))


def reason_without_secrets(url: str, exc: BaseException) -> str:
    """The first line of what the driver said, without the URL's password (libpq may quote what it could not read)."""
    reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
    for secret in _passwords_in(url):
        reason = reason.replace(secret, "***")
    return reason


def _passwords_in(url: str) -> list[str]:
    """The password a URL carries, as written and as decoded (longest first, so that no part of it is left)."""
    from urllib.parse import unquote

    found = [match.group(2) for match in _PASSWORD_PARAMETER.finditer(url)]
    user_part, at, _ = url.partition("://")[2].rpartition("@")
    if at and ":" in user_part:
        found.append(user_part.split(":", 1)[1])
    found += [unquote(secret) for secret in found]
    return sorted({secret.strip("'\"") for secret in found if secret.strip("'\"")}, key=len, reverse=True)


def open_office_store(url: str) -> OfficeStore:
    """Connect to the office database and bring its schema up to date (an empty database gets the whole schema)."""
    db = connect(url)
    try:
        _migrate(db, url)
    except BaseException:
        db.close()
        raise
    return OfficeStore(db, url)


@dataclass(frozen=True)
class OfficeStatus:
    server_version: str
    schema_version: int
    tls: str | None = None  # the TLS version the connection is encrypted with; None: not encrypted


def office_status(url: str, password: str | None = None) -> OfficeStatus:
    """Whether the office database answers (DatabaseProblem when not): its server's version, its schema's, and
    whether the connection is encrypted."""
    db = connect(url, password)
    try:
        tls = db.execute("SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid() AND ssl").fetchone()
        return OfficeStatus(db.execute("SHOW server_version").fetchone()[0], schema_version(db),
                            tls[0] if tls else None)
    finally:
        db.close()


def remember_office_password(url: str, password: str) -> tuple[OfficeStatus, str]:
    """Keep the server account's password in the system keyring, once the server has taken it (DatabaseProblem
    when it does not: nothing is kept); what the server said, and the keyring's name."""
    from core.store.passwords import remember_password

    status = office_status(url, password)
    return status, remember_password(libpq_url(url), password)


def use_office_password(url: str, password: str) -> str | None:
    """The password the clerk typed for the server account, once the server has taken it (DatabaseProblem when
    not): kept in the system keyring, or where there is none, for this run of CustomsDesk only (libpq's PGPASSWORD in
    its own environment). The keyring's name, or None."""
    from core.store.passwords import remember_password

    office_status(url, password)
    try:
        return remember_password(libpq_url(url), password)
    except UserError:  # no keyring, or it refused
        os.environ["PGPASSWORD"] = password
        return None


def schema_version(db: Database) -> int:
    """Counted as a SQLite file counts its migrations; 0 for an empty database."""
    revision = evolution.current_revision(db)
    return 0 if revision is None else evolution.version_of(revision)


def _migrate(db: Database, url: str) -> None:
    current = evolution.current_revision(db)
    if not evolution.is_known(current):
        raise DatabaseProblem("newer", shown_url(url), translate(
            "Store", "The office database {url} was set up by a newer version of CustomsDesk (schema {version}). "
                     "Install the newer version on this workstation; nothing was changed.",
        ).format(url=shown_url(url), version=current))
    if current == evolution.LATEST:
        return
    from sqlalchemy.exc import DBAPIError

    from core.store.postgresql import SCHEMA_EXTRAS, connection_options

    sqlalchemy_url = f"postgresql+psycopg://{libpq_url(url).split('://', 1)[1]}"
    options = connection_options(libpq_url(url), wait_for_rows=False)  # workstations take turns at the schema
    try:
        if current is None:
            evolution.create_office_schema(sqlalchemy_url, SCHEMA_EXTRAS, options)
        evolution.upgrade(sqlalchemy_url, connect_args=options)
    except DBAPIError as exc:  # the server went away, or refused a schema change (rights, a missing extension)
        sqlstate = getattr(exc.orig, "sqlstate", None) or ""
        if not sqlstate or sqlstate.startswith("08"):  # no answer from the server, or a connection exception
            raise unreachable(url, exc.orig or exc) from None
        raise DatabaseProblem("not-set-up", shown_url(url), translate(
            "Store", "The office database {url} could not be set up or brought up to date ({reason}); nothing was "
                     "changed. The server's administrator can give this account the right to change the database's "
                     "schema (its owner's), or install PostgreSQL's standard extensions (unaccent).",
        ).format(url=shown_url(url), reason=reason_without_secrets(url, exc.orig))) from None
    log.info("the office database's schema is at %s", evolution.current_revision(db))


def grant_to_clerks(url: str, role: str) -> list[str]:
    """Let the server role ``role`` (the one the workstations sign in to the server as) work with the office
    database, but never change or remove what the audit log holds: run by the role that owns the schema (the
    first workstation's, or the database's owner). The statements run, for the record."""
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", role):
        raise UserError(translate("Store", "{role} is not a role name this command takes: use lower-case letters, "
                                           "digits and _ only.").format(role=role))
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {role}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
        f"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO {role}",
        f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON alembic_version FROM {role}",
    ]
    store = open_office_store(url)
    try:
        with store.db.atomic():
            for statement in statements:
                store.db.execute(statement)
    except UserError:
        raise
    except Exception as exc:  # the server refused: not the owner, no such role
        raise UserError(translate("Store", "The office database did not take the grants ({reason}): run this as "
                                           "the role that owns its tables.").format(
            reason=reason_without_secrets(url, exc))) from None
    finally:
        store.close()
    return statements
