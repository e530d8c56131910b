"""Accounts: signing in, passwords, and the per-user key that seals the user's own access codes.

Each user has a random 256-bit key. It is stored only wrapped (AES-GCM) with a key derived from
the user's password, so neither a copy of the database nor an administrator can unwrap it.
The single exception is a user without a password yet — the local administrator of a fresh
single-user installation — whose key is wrapped with the installation key until a password is set.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from core.errors import FieldError, LoginFailed, NotFound, NotPermitted, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.secrets import SecretBox
from core.store.rows import insert_row, update_versioned
from core.users.access import only_an_administrator
from core.users.audit import AuditLog, utc_stamp
from core.users.model import ROLE_LABELS, Level, Role, User
from core.users.passwords import (
    burn_time_like_a_check,
    check_password,
    new_password_record,
    password_problems,
)
from core.wording import Phrase, Value, in_context, joined, shown

if TYPE_CHECKING:
    from core.store.connection import Database

KEY_BYTES = 32
FREE_ATTEMPTS = 3
FIRST_DELAY = timedelta(seconds=5)
LONGEST_DELAY = timedelta(minutes=15)
LOGIN_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{1,39}")
UNKNOWN_LOGIN = "(unknown login)"
_said = in_context("Audit")
PROFILE_FIELDS = (("role", QT_TRANSLATE_NOOP("Audit", "role")), ("level", QT_TRANSLATE_NOOP("Audit", "level")),
                  ("active", QT_TRANSLATE_NOOP("Audit", "active")), ("full_name", QT_TRANSLATE_NOOP("Audit", "full name")),
                  ("email", QT_TRANSLATE_NOOP("Audit", "e-mail")),
                  ("identity_method", QT_TRANSLATE_NOOP("Audit", "identity check")))
WRONG_PASSWORD = QT_TRANSLATE_NOOP("Users", "Wrong login name or password. Check the Caps Lock key and try again.")

_USER_COLUMNS = ("id, login, full_name, email, national_id, role, level, identity_method, identity_confirmed_on, "
                 "active, password IS NOT NULL, created_at, password_changed_at, version")


class Session:
    """The signed-in user and, while unlocked, their key. Never shows the key."""

    def __init__(self, user: User, key: bytes | None, set_up_by: str | None = None):
        self.user = user
        self._key = key
        self.set_up_by = set_up_by  # the administrator who opened this key to set the account up; not a sign-in

    @property
    def login(self) -> str:
        return self.user.login

    @property
    def locked(self) -> bool:
        return self._key is None

    @property
    def box(self) -> SecretBox:
        """Seals and opens this user's own secrets (the key is read once: another thread may lock meanwhile)."""
        key = self._key
        if key is None:
            raise LoginFailed(translate("Users", "The workstation is locked: {login} must sign in again to use access "
                                                 "codes.").format(login=self.user.login))
        #: completes "A stored secret cannot be unlocked with …"
        return SecretBox(key, key_name=translate("Users", "the key of {login}").format(login=self.user.login))

    def lock(self) -> None:
        self._key = None

    def unlock_with(self, key: bytes) -> None:
        self._key = key

    def __repr__(self) -> str:
        return f"Session(user={self.user.login!r}, key=****)"


@dataclass(frozen=True)
class ResetImpact:
    """What an administrator's password reset would make unreadable."""

    login: str
    spk_count: int
    pac_grns: list[str]

    @property
    def loses_codes(self) -> bool:
        return bool(self.spk_count or self.pac_grns)

    def warning(self) -> str:
        """What the administrator reads before resetting the password, in their language."""
        if not self.loses_codes:
            return translate("Users", "{login} has no stored access codes: nothing is lost.").format(login=self.login)
        _mark_plural_for_the_catalogues(self.spk_count)
        return shown(self.audit_detail())

    def audit_detail(self) -> Phrase:
        """The codes lost, as the warning says it and the audit log keeps it (core.wording)."""
        spks = Phrase("Users", "%n secondary access code(s)", count=self.spk_count)
        pac = Phrase("Users", QT_TRANSLATE_NOOP("Users", "the primary access code of {grns}"),
                     {"grns": ", ".join(self.pac_grns)})
        if self.spk_count and self.pac_grns:
            #: {codes} and {pac}: "2 secondary access code(s)" and "the primary access code of 25CZ…"
            lost = Phrase("Users", QT_TRANSLATE_NOOP("Users", "{codes} and {pac}"), {"codes": spks, "pac": pac})
        else:
            lost = spks if self.spk_count else pac
        #: {codes}: what becomes unreadable, e.g. "2 secondary access code(s)"
        return Phrase("Users", QT_TRANSLATE_NOOP("Users", "Resetting the password of {login} makes {codes} unreadable: "
                                                          "they are sealed with a key only {login}'s old password "
                                                          "opens, and nobody can recover them. {login} will have to "
                                                          "enter them again."), {"login": self.login, "codes": lost})


def _mark_plural_for_the_catalogues(count: int) -> None:
    """pyside6-lupdate gives a text plural forms only where it sees it translated with a count; audit_detail()
    keeps this one in a wording, translated when read."""
    translate("Users", "%n secondary access code(s)", None, count)


def _key_context(user_id: int) -> str:
    return f"user-key|{user_id}"


class UserService:
    def __init__(self, db: Database, installation_box: SecretBox, audit: AuditLog,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._installation = installation_box
        self._audit = audit
        self._clock = clock

    # -- reading ----------------------------------------------------------------------------------
    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM users").fetchone()[0]

    def list(self) -> list[User]:
        rows = self._db.execute(f"SELECT {_USER_COLUMNS} FROM users ORDER BY login COLLATE NOCASE").fetchall()
        return [_user(r) for r in rows]

    def find(self, login: str) -> User | None:
        row = self._db.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE login = ?", [login.strip()]).fetchone()
        return _user(row) if row else None

    def get(self, login: str) -> User:
        user = self.find(login)
        if user is None:
            raise NotFound(translate("Users", "There is no user '{login}': see the list of users (Administration ▸ "
                                              "Users).").format(login=login))
        return user

    def get_by_id(self, user_id: int) -> User:
        row = self._db.execute(f"SELECT {_USER_COLUMNS} FROM users WHERE id = ?", [user_id]).fetchone()
        if row is None:
            raise NotFound(translate("Users", "User {id} does not exist.").format(id=user_id))
        return _user(row)

    def needs_administrator(self) -> bool:
        """True until an administrator has a password: the window's first start then creates one.

        Until then the installation is single-user: commands without --user act as the administrator.
        """
        return self._db.execute(
            "SELECT 1 FROM users WHERE password IS NOT NULL AND active = 1 AND role = 'admin'").fetchone() is None

    # -- first start ------------------------------------------------------------------------------
    def bootstrap(self, login: str) -> None:
        """Create the local administrator of a new installation (no password yet); move old access codes."""
        with self._db.atomic():
            if self.count() == 0:
                self._insert(User(login=_safe_login(login), role=Role.ADMIN, level=Level.ADVANCED,
                                  identity_method="local administrator of this workstation",
                                  identity_confirmed_on=self._today().isoformat()), password=None)
            self._adopt_legacy_codes()

    def _adopt_legacy_codes(self) -> None:
        """Codes stored before accounts existed were sealed with the installation key under an owner name."""
        if not self._db.has_table("access_codes_legacy"):
            return
        from core.secrets.contexts import code_context

        rows = self._db.execute(
            "SELECT guarantee_id, owner, kind, position, sealed FROM access_codes_legacy ORDER BY id").fetchall()
        owners: dict[str, User] = {}
        for guarantee_id, owner, kind, position, sealed in rows:
            if owner not in owners:  # an owner without an account gets one, inactive until given a password
                owners[owner] = self.find(owner) or self._insert(
                    User(login=_safe_login(owner), role=Role.DECLARANT, active=False), password=None)
            user = owners[owner]
            secret = self._installation.open(sealed, f"access-code|{guarantee_id}|{owner}|{kind}|{position}")
            box = SecretBox(self._unwrap_without_password(user.id))
            self._db.execute(
                "INSERT INTO access_codes (guarantee_id, user_id, kind, position, sealed) VALUES (?, ?, ?, ?, ?)",
                [guarantee_id, user.id, kind, position, box.seal(secret, code_context(guarantee_id, user.id, kind, position))],
            )
        self._db.execute("DROP TABLE access_codes_legacy")

    # -- signing in -------------------------------------------------------------------------------
    def authenticate(self, login: str, password: str) -> Session:
        row = self._db.execute(
            "SELECT id, password, wrapped_key, active, failed_logins, last_failed_at FROM users WHERE login = ?",
            [login.strip()],
        ).fetchone()
        if row is None:
            burn_time_like_a_check(password)
            # not the typed text: a password typed into the login field must not land in the log
            self._record_failure(None, UNKNOWN_LOGIN, _said(QT_TRANSLATE_NOOP(
                "Audit", "unknown login name ({count} characters)"), count=len(login.strip())))
            raise LoginFailed(translate("Users", WRONG_PASSWORD))
        user_id, record, wrapped, active, failures, last_failed = row
        wait_until = self._wait_until(failures, last_failed)
        if wait_until is not None and self._clock() < wait_until:
            raise LoginFailed(translate("Users", "Too many failed sign-ins for {login}: the next attempt is possible "
                                                 "at {time}.").format(
                login=login, time=wait_until.astimezone().strftime("%H:%M:%S")))
        if record is None:
            raise LoginFailed(translate("Users", "{login} has no password yet: the administrator sets one "
                                                 "(Administration ▸ Users), or on a single-user installation sign in "
                                                 "without a password.").format(login=login))
        wrapping_key = check_password(record, password)
        if wrapping_key is None:
            self._record_failure(user_id, login, _said(QT_TRANSLATE_NOOP("Audit", "wrong password")))
            raise LoginFailed(self._wrong_password(failures + 1))
        if not active:
            raise LoginFailed(translate("Users", "The account {login} is deactivated: ask the administrator.").format(
                login=login))
        key = SecretBox(wrapping_key).open_bytes(wrapped, _key_context(user_id))
        with self._db.atomic():
            self._db.execute("UPDATE users SET failed_logins = 0, last_failed_at = NULL WHERE id = ?", [user_id])
            user = self.get_by_id(user_id)
            self._audit.record(user.login, "login")
        return Session(user, key)

    def sign_in_without_password(self, login: str | None = None) -> Session:
        """The local administrator of a single-user installation, who has no password yet."""
        if login is None:
            row = self._db.execute(
                "SELECT id FROM users WHERE password IS NULL AND active = 1 AND role = 'admin' ORDER BY id LIMIT 1"
            ).fetchone()
            if row is None or not self.needs_administrator():
                raise LoginFailed(translate("Users", "This installation has user accounts with passwords: sign in with "
                                                     "--user NAME --password-file FILE."))
            user = self.get_by_id(row[0])
        else:
            user = self.find(login)
            if user is None or not user.active:
                raise LoginFailed(translate("Users", WRONG_PASSWORD))
            if user.has_password:
                raise LoginFailed(translate("Users", "{login} has a password: give it (--password-file FILE).").format(
                    login=user.login))
            if not self.needs_administrator():
                raise LoginFailed(translate("Users", "{login} has no password yet and this installation has "
                                                     "administrators with passwords: ask one of them to set a password "
                                                     "(Administration ▸ Users).").format(login=user.login))
        with self._db.atomic():
            self._audit.record(user.login, "login", detail=_said(QT_TRANSLATE_NOOP(
                "Audit", "single-user installation, no password set")))
        return Session(user, self._unwrap_without_password(user.id))

    def open_for_setup(self, actor: Session, login: str, password: str) -> Session:
        """The key of ``login``, opened by an administrator who knows the account's password (just chosen for it),
        to give the account its first access codes; the user does not sign in, so no sign-in is recorded and
        what is stored is recorded as done by ``actor``."""
        _require_admin(actor, translate("Users", "set up another user's access codes"))
        row = self._db.execute("SELECT id, password, wrapped_key FROM users WHERE login = ?", [login.strip()]).fetchone()
        wrapping_key = check_password(row[1], password) if row is not None and row[1] is not None else None
        if wrapping_key is None:
            raise LoginFailed(translate("Users", "The password given for {login} does not open the account's "
                                                 "key.").format(login=login))
        key = SecretBox(wrapping_key).open_bytes(row[2], _key_context(row[0]))
        return Session(self.get_by_id(row[0]), key, set_up_by=actor.login)

    def unlock(self, session: Session, password: str) -> None:
        """After an idle lock: the same user signs in again and gets their key back."""
        fresh = self.authenticate(session.login, password)
        session.unlock_with(fresh._key)

    def _wait_until(self, failures: int, last_failed: str | None) -> datetime | None:
        if failures < FREE_ATTEMPTS or last_failed is None:
            return None
        delay = min(FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS), LONGEST_DELAY)
        return datetime.fromisoformat(last_failed.replace("Z", "+00:00")) + delay

    def _wrong_password(self, failures: int) -> str:
        """The refusal of a wrong password, with the wait before the next attempt once there is one."""
        if failures < FREE_ATTEMPTS:
            return translate("Users", WRONG_PASSWORD)
        delay = min(FIRST_DELAY * 2 ** (failures - FREE_ATTEMPTS), LONGEST_DELAY)
        return translate("Users", "Wrong login name or password. Check the Caps Lock key and try again. After {count} "
                                  "failed attempts the next one is possible in {seconds} s.").format(
            count=failures, seconds=int(delay.total_seconds()))

    def _record_failure(self, user_id: int | None, login: str, why: Phrase) -> None:
        with self._db.atomic():
            if user_id is not None:
                self._db.execute("UPDATE users SET failed_logins = failed_logins + 1, last_failed_at = ? WHERE id = ?",
                                 [utc_stamp(self._clock()), user_id])
            self._audit.record(login.strip()[:80] or "(empty)", "login_failed", detail=why)

    # -- passwords --------------------------------------------------------------------------------
    def set_first_password(self, session: Session, password: str, login: str | None = None,
                           full_name: str | None = None) -> User:
        """The first start: the password-less local administrator chooses a name and a password."""
        user = self.get_by_id(session.user.id)
        if user.has_password:
            raise LoginFailed(translate("Users", "{login} already has a password: use Change password.").format(
                login=user.login))
        new_login = _safe_login(login) if login else user.login
        self._check_login(new_login, except_id=user.id)
        _check_password(password, new_login)
        key = self._unwrap_without_password(user.id)
        with self._db.atomic():
            self._store_password(user.id, key, password)
            # the name is part of the record an administrator edits: an editor opened before must not write it back
            self._db.execute("UPDATE users SET login = ?, full_name = ?, version = version + 1 WHERE id = ?",
                             [new_login, full_name if full_name is not None else user.full_name, user.id])
            self._audit.record(new_login, "password_changed", detail=_said(QT_TRANSLATE_NOOP(
                "Audit", "first password of the administrator")))
        session.user = self.get_by_id(user.id)
        return session.user

    def change_password(self, session: Session, old_password: str, new_password: str) -> None:
        """Re-wraps the user's key: the stored access codes stay readable."""
        row = self._db.execute("SELECT password, wrapped_key FROM users WHERE id = ?", [session.user.id]).fetchone()
        wrapping_key = check_password(row[0], old_password) if row[0] else None
        if wrapping_key is None:
            raise ValidationError([FieldError("old_password", translate(
                "Users", "The current password is not right: type it again."))])
        _check_password(new_password, session.login, field="new_password")
        key = SecretBox(wrapping_key).open_bytes(row[1], _key_context(session.user.id))
        with self._db.atomic():
            self._store_password(session.user.id, key, new_password)
            self._audit.record(session.login, "password_changed")

    def reset_impact(self, login: str) -> ResetImpact:
        user = self.get(login)
        spks = self._db.execute("SELECT count(*) FROM access_codes WHERE user_id = ? AND kind = 'spk'",
                                [user.id]).fetchone()[0]
        grns = [r[0] or f"guarantee {r[1]}" for r in self._db.execute(
            "SELECT g.grn, g.id FROM access_codes a JOIN guarantees g ON g.id = a.guarantee_id "
            "WHERE a.user_id = ? AND a.kind != 'spk' GROUP BY g.id ORDER BY g.grn", [user.id]).fetchall()]
        return ResetImpact(user.login, spks if user.has_password else 0, grns if user.has_password else [])

    def reset_password(self, actor: Session, login: str, new_password: str) -> ResetImpact:
        """An administrator sets a new password. The user's codes become unreadable and are removed."""
        _require_admin(actor, translate("Users", "reset another user's password"))
        user = self.get(login)
        _check_password(new_password, user.login)
        impact = self.reset_impact(login)
        key = os.urandom(KEY_BYTES) if user.has_password else self._unwrap_without_password(user.id)
        with self._db.atomic():
            if user.has_password:
                self._db.execute("DELETE FROM access_codes WHERE user_id = ?", [user.id])
            self._store_password(user.id, key, new_password)
            self._db.execute("UPDATE users SET failed_logins = 0, last_failed_at = NULL WHERE id = ?", [user.id])
            self._audit.record(actor.login, "password_reset", detail=_said(QT_TRANSLATE_NOOP(
                "Audit", "password of {login} reset"), login=user.login))
            if impact.loses_codes:
                self._audit.record(actor.login, "codes_lost", detail=impact.audit_detail())
        return impact

    def _store_password(self, user_id: int, key: bytes, password: str) -> None:
        record, wrapping_key = new_password_record(password)
        self._db.execute(
            "UPDATE users SET password = ?, wrapped_key = ?, password_changed_at = ? WHERE id = ?",
            [record, SecretBox(wrapping_key).seal_bytes(key, _key_context(user_id)), utc_stamp(self._clock()), user_id],
        )

    def _unwrap_without_password(self, user_id: int) -> bytes:
        row = self._db.execute("SELECT password, wrapped_key FROM users WHERE id = ?", [user_id]).fetchone()
        if row[0] is not None:
            raise LoginFailed(translate("Users", "This account has a password: sign in with it."))
        return self._installation.open_bytes(row[1], _key_context(user_id))

    # -- administration ---------------------------------------------------------------------------
    def add_user(self, actor: Session, user: User, password: str) -> User:
        _require_admin(actor, translate("Users", "add users"))
        user.login = user.login.strip()
        self._check_login(user.login)
        errors = _profile_errors(user)
        errors += [FieldError("password", p) for p in password_problems(password, user.login)]
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            created = self._insert(user, password)
            self._audit.record(actor.login, "user_added", detail=_said(QT_TRANSLATE_NOOP(
                "Audit", "{login}: {role}, {level} access"), login=created.login,
                role=Phrase("Users", ROLE_LABELS[created.role.value]), level=created.level.wording))
        return created

    def update_user(self, actor: Session, user: User) -> User:
        """Profile, role, level and active flag; the password is changed separately."""
        _require_admin(actor, translate("Users", "change users"))
        before = self.get_by_id(user.id)
        errors = _profile_errors(user)
        if errors:
            raise ValidationError(errors)
        if before.role == Role.ADMIN and (user.role != Role.ADMIN or not user.active) and self._active_admins() <= 1:
            raise ValidationError([FieldError("role", translate(
                "Users", "{login} is the only active administrator: make somebody else an administrator first.",
            ).format(login=before.login))])
        changes = [_said(QT_TRANSLATE_NOOP("Audit", "{field} {before} → {after}"), field=Phrase("Audit", label),
                         before=_worded(getattr(before, name)), after=_worded(getattr(user, name)))
                   for name, label in PROFILE_FIELDS if getattr(before, name) != getattr(user, name)]
        with self._db.atomic():
            update_versioned(self._db, "users", user.id, user.version, {
                "full_name": user.full_name, "email": user.email, "national_id": user.national_id,
                "role": user.role.value, "level": user.level.value, "identity_method": user.identity_method,
                "identity_confirmed_on": user.identity_confirmed_on, "active": int(user.active),
            }, translate("Users", "The user {login} was changed by someone else after you opened it (perhaps on "
                                  "another workstation). Your changes were not saved: reload it to see theirs, then "
                                  "make yours again.").format(login=before.login))
            self._audit.record(actor.login, "user_changed", detail=_said(
                QT_TRANSLATE_NOOP("Audit", "{login}: {changes}"), login=before.login,
                changes=joined("; ", changes) if changes else _said(QT_TRANSLATE_NOOP("Audit", "no change"))))
        return self.get_by_id(user.id)

    def _active_admins(self) -> int:
        return self._db.execute("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1").fetchone()[0]

    def _check_login(self, login: str, except_id: int | None = None) -> None:
        if not LOGIN_PATTERN.fullmatch(login):
            raise ValidationError([FieldError("login", translate(
                "Users", "A login name has 2–40 letters, digits, dots, dashes or underscores, starting with a letter "
                         "or digit (e.g. jan.novak)."))])
        other = self.find(login)
        if other is not None and other.id != except_id:
            raise ValidationError([FieldError("login", translate(
                "Users", "The login name {login} is taken: choose another.").format(login=other.login))])

    def _insert(self, user: User, password: str | None) -> User:
        user.created_at = utc_stamp(self._clock())
        user.id = insert_row(self._db, "users", {
            "login": user.login, "full_name": user.full_name, "email": user.email, "national_id": user.national_id,
            "role": user.role.value, "level": user.level.value, "identity_method": user.identity_method,
            "identity_confirmed_on": user.identity_confirmed_on, "active": int(user.active),
            "wrapped_key": b"", "created_at": user.created_at,
        })
        key = os.urandom(KEY_BYTES)
        if password is None:
            self._db.execute("UPDATE users SET wrapped_key = ? WHERE id = ?",
                             [self._installation.seal_bytes(key, _key_context(user.id)), user.id])
        else:
            self._store_password(user.id, key, password)
        return self.get_by_id(user.id)

    def _today(self) -> date:
        return self._clock().astimezone().date()


def _require_admin(actor: Session, what: str) -> None:
    if actor.user.role != Role.ADMIN:
        raise NotPermitted(only_an_administrator(actor.user, what))


def _check_password(password: str, login: str, field: str = "password") -> None:
    problems = password_problems(password, login)
    if problems:
        raise ValidationError([FieldError(field, p) for p in problems])


def _profile_errors(user: User) -> list[FieldError]:
    errors = []
    if user.level == Level.ADVANCED and not user.identity_method.strip():
        errors.append(FieldError("identity_method", translate(
            "Users", "Advanced access acts for organisations: record how the identity was confirmed (e.g. in person, "
                     "signature certificate).")))
    if user.email and "@" not in user.email:
        errors.append(FieldError("email", translate("Users", "'{email}' is not an e-mail address.").format(
            email=user.email)))
    return errors


def _worded(value) -> Value:
    """A profile value as the audit log keeps it: roles and levels translatable, the rest as it is."""
    if isinstance(value, Role):
        return Phrase("Users", ROLE_LABELS[value.value])
    if isinstance(value, Level):
        return value.wording
    if isinstance(value, bool):
        return _said(QT_TRANSLATE_NOOP("Audit", "yes")) if value else _said(QT_TRANSLATE_NOOP("Audit", "no"))
    return str(value)


def _safe_login(name: str) -> str:
    cleaned = re.sub(r"[^A-Za-z0-9._-]", "", name.strip())[:40]
    return cleaned if LOGIN_PATTERN.fullmatch(cleaned) else "admin"


def _user(row) -> User:
    (user_id, login, full_name, email, national_id, role, level, identity_method, identity_confirmed_on,
     active, has_password, created_at, password_changed_at, version) = row
    return User(id=user_id, login=login, full_name=full_name, email=email, national_id=national_id, role=Role(role),
                level=Level(level), identity_method=identity_method, identity_confirmed_on=identity_confirmed_on,
                active=bool(active), has_password=bool(has_password), created_at=created_at,
                password_changed_at=password_changed_at, version=version)
