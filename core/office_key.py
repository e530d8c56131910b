"""The office key: the installation key every workstation of an office shares.

What the office shares that is sealed with the installation key (participant private keys, the personal key
of an administrator without a password yet, outgoing messages) opens on every workstation only when they all
hold the same key. An administrator exports it from one workstation, locked with a passphrase (scrypt, then
AES-GCM), and imports it on the others; the key itself is never stored in the database.
"""
from __future__ import annotations

import base64
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from core.data_folder import DataFolder
from core.errors import FieldError, UserError, ValidationError
from core.files import PRIVATE_FILE_MODE, make_private_folder
from core.i18n import translate
from core.secrets.vault import KEY_BYTES, KEY_FILE_NAME, NONCE_BYTES, read_key
from core.users.access import Access

FORMAT = "customsdesk-office-key"
MIN_PASSPHRASE = 12
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
CONTEXT = FORMAT.encode()  # bound to the sealed key as associated data


def export_office_key(access: Access, data_dir: Path, path: Path, passphrase: str, *, replace: bool = False) -> Path:
    """Write this workstation's installation key to ``path``, locked with ``passphrase`` (administrators); the
    path written."""
    access.require_admin(translate("Secrets", "export the office key"))
    _check_passphrase(passphrase)
    folder = DataFolder(data_dir)
    key = read_key(Path(data_dir) / KEY_FILE_NAME, ())
    if key is None:
        raise UserError(translate("Secrets", "{folder} has no key yet: open it once (it makes one), then export it.")
                        .format(folder=data_dir))
    salt, nonce = os.urandom(16), os.urandom(NONCE_BYTES)
    sealed = AESGCM(_derive(passphrase, salt)).encrypt(nonce, key, CONTEXT)
    document = {"format": FORMAT, "version": 1, "kdf": "scrypt", "n": SCRYPT_N, "r": SCRYPT_R, "p": SCRYPT_P,
                "salt": _b64(salt), "nonce": _b64(nonce), "sealed": _b64(sealed)}
    return folder.write_user_file(path, json.dumps(document, indent=1).encode(), replace=replace, private=True)


@dataclass(frozen=True)
class KeyImport:
    """What importing the office key did: the key it replaced, kept beside it (None when there was none or the
    same), and what this workstation's own database holds locked with that key, in words."""

    previous_key_kept: Path | None = None
    locked_with_previous_key: tuple[str, ...] = ()

    @property
    def warning(self) -> str | None:
        if not self.locked_with_previous_key:
            return None
        return translate(
            "Secrets", "This workstation's own database holds secrets locked with the key just replaced: {sealed}. "
                       "The office key does not open them. They are safe: the replaced key is kept as {kept}; to work "
                       "on this workstation's own database again, put that file back as {name}.",
        ).format(sealed="; ".join(self.locked_with_previous_key), kept=self.previous_key_kept,
                 name=KEY_FILE_NAME)


def import_office_key(data_dir: Path, path: Path, passphrase: str) -> KeyImport:
    """Make the key in ``path`` this workstation's installation key. A different key it had is kept beside it
    (``secrets.key.replaced-…``), never lost, and what the workstation's own database holds locked with it is
    named."""
    key = read_office_key(path, passphrase)
    target = Path(data_dir) / KEY_FILE_NAME
    current = read_key(target, ())
    if current == key:
        return KeyImport()
    make_private_folder(Path(data_dir))
    kept = None
    if current is not None:
        kept = target.with_name(f"{KEY_FILE_NAME}.replaced-{datetime.now(UTC):%Y%m%dT%H%M%S}")
        os.link(target, kept)
    temporary = target.with_name(f".{KEY_FILE_NAME}.importing")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
        f.flush()
        os.fsync(f.fileno())
    os.replace(temporary, target)
    return KeyImport(kept, tuple(_locked_in_own_database(Path(data_dir))) if kept else ())


def _locked_in_own_database(data_dir: Path) -> list[str]:
    """What the data folder's own SQLite file holds locked with the installation key (read only; none: empty)."""
    from core.installation import sealed_with_installation_key
    from core.store.connection import Database
    from core.store.database import DATABASE_FILE_NAME

    database = data_dir / DATABASE_FILE_NAME
    if not database.is_file():
        return []
    try:
        conn = sqlite3.connect(f"{database.as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return sealed_with_installation_key(Database(conn))
    except sqlite3.Error:  # not a database, locked: opening it says so in its own words
        return []
    finally:
        conn.close()


def read_office_key(path: Path, passphrase: str) -> bytes:
    try:
        document = json.loads(Path(path).read_text(encoding="utf-8"))
        if document.get("format") != FORMAT:
            raise ValueError
        salt, nonce, sealed = (base64.b64decode(document[name]) for name in ("salt", "nonce", "sealed"))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        raise ValidationError([FieldError("file", translate(
            "Secrets", "{path} is not an office key exported by CustomsDesk.").format(path=path))]) from None
    try:
        key = AESGCM(_derive(passphrase, salt, document)).decrypt(nonce, sealed, CONTEXT)
    except (InvalidTag, ValueError, TypeError):
        raise ValidationError([FieldError("passphrase", translate(
            "Secrets", "The passphrase does not open the office key in {path}: check it with the administrator who "
                       "exported it.").format(path=path))]) from None
    if len(key) != KEY_BYTES:
        raise ValidationError([FieldError("file", translate(
            "Secrets", "{path} is not an office key exported by CustomsDesk.").format(path=path))])
    return key


def _check_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise ValidationError([FieldError("passphrase", translate(
            "Secrets", "The passphrase locking the office key must be at least {count} characters long: it is all "
                       "that protects the key on its way to the other workstations.").format(count=MIN_PASSPHRASE))])


def _derive(passphrase: str, salt: bytes, document: dict | None = None) -> bytes:
    n, r, p = (int(document[k]) for k in ("n", "r", "p")) if document else (SCRYPT_N, SCRYPT_R, SCRYPT_P)
    if (n, r, p) != (SCRYPT_N, SCRYPT_R, SCRYPT_P):  # a file asking for more memory than ours is not ours
        raise ValueError("unexpected scrypt parameters")
    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode())


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")
