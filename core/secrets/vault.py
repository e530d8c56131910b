"""Sealing of secrets stored in the database.

Each sealed value is bound (as AES-GCM associated data) to where it belongs — guarantee,
owner and kind — so a value copied into another user's row does not open.
The installation key lives in a file beside the database, readable only by its owner.
"""
from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import DatabaseProblem, UserError
from core.files import PRIVATE_FILE_MODE, out_of_space
from core.i18n import QT_TRANSLATE_NOOP, translate

KEY_FILE_NAME = "secrets.key"
KEY_TEMPORARY_SUFFIX = ".tmp"  # the key file while it is written
NONCE_BYTES = 12


class Secret:
    """A secret string that never shows itself in repr(), str() or logs."""

    __slots__ = ("_value",)

    def __init__(self, value: str):
        self._value = value

    def reveal(self) -> str:
        return self._value

    def __repr__(self) -> str:
        return "Secret('****')"

    __str__ = __repr__

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Secret) and other._value == self._value

    def __hash__(self) -> int:
        return hash(self._value)


#: completes "A stored secret cannot be unlocked with …"
_INSTALLATION_KEY_NAME = QT_TRANSLATE_NOOP("Secrets", "this installation's key")


class SecretBox:
    def __init__(self, key: bytes, key_name: str | None = None):
        """``key_name`` names the key in messages, in the user's language (None: the installation's key)."""
        self._aead = AESGCM(key)
        self._key_name = key_name

    @classmethod
    def for_data_dir(cls, data_dir: Path, sealed: Sequence[str] = ()) -> "SecretBox":
        """The installation key of ``data_dir``; a missing key file is made anew only while ``sealed`` (what the
        database holds locked with the key, in words) is empty. Problems with the file raise DatabaseProblem."""
        return cls(_load_or_create_key(Path(data_dir) / KEY_FILE_NAME, sealed))

    def seal(self, secret: Secret, context: str) -> bytes:
        return self.seal_bytes(secret.reveal().encode(), context)

    def open(self, sealed: bytes, context: str) -> Secret:
        return Secret(self.open_bytes(sealed, context).decode())

    def seal_bytes(self, data: bytes, context: str) -> bytes:
        """AES-GCM with a fresh nonce; ``context`` is bound as associated data."""
        nonce = os.urandom(NONCE_BYTES)
        return nonce + self._aead.encrypt(nonce, data, context.encode())

    def open_bytes(self, sealed: bytes, context: str) -> bytes:
        try:
            return self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], context.encode())
        except InvalidTag:
            #: {key}: whose key it is, e.g. "this installation's key" or "the key of jan"
            raise UserError(translate(
                "Secrets", "A stored secret cannot be unlocked with {key} (the key was replaced or the record was "
                           "copied from elsewhere). Enter the code again.",
            ).format(key=self._key_name or translate("Secrets", _INSTALLATION_KEY_NAME))) from None

    def __repr__(self) -> str:
        return "SecretBox(****)"


KEY_BYTES = 32


def _load_or_create_key(path: Path, sealed: Sequence[str] = ()) -> bytes:
    """The installation key; a new one only while nothing is sealed with the old (``sealed`` says what is)."""
    key = read_key(path, sealed)
    if key is not None:
        return key
    if sealed:
        #: {sealed}: what is locked with the key, e.g. "3 outgoing message(s); 1 access code(s) stored before …"
        raise DatabaseProblem("key-missing", path, translate(
            "Secrets", "The key file {path} is missing, and the database beside it holds secrets locked with that "
                       "key: {sealed}. A new key would not open them, so none is made. Restore {name} from this "
                       "computer's backup into {folder} (CustomsDesk's own database backups, *.backup.sqlite, do not "
                       "hold the key) and start CustomsDesk again; nothing was changed.",
        ).format(path=path, sealed="; ".join(sealed), name=path.name, folder=path.parent))
    key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
    tmp = path.with_suffix(KEY_TEMPORARY_SUFFIX)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as f:
            f.write(key)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        if out_of_space(exc):
            raise DatabaseProblem("disk-full", path, translate(
                "Secrets", "The disk holding {folder} is full: CustomsDesk cannot write its key file {path}. Free "
                           "some space on that disk and try again; nothing was changed.",
            ).format(folder=path.parent, path=path)) from None
        raise DatabaseProblem("key-unwritable", path, translate(
            "Secrets", "The key file {path} cannot be written ({reason}). Give your user permission to write to "
                       "{folder} and try again; nothing was changed.",
        ).format(path=path, reason=exc.strerror or exc, folder=path.parent)) from None
    return key


def read_key(path: Path, sealed: Sequence[str]) -> bytes | None:
    """The key in ``path``; None when there is no file."""
    if sealed:
        without_it = translate("Secrets", "Without a copy, what it locks cannot be read again: {sealed}.").format(
            sealed="; ".join(sealed))
    else:
        without_it = translate("Secrets", "Nothing in the database is locked with it yet: if you have no copy, move "
                                          "it aside and a new key is made.")
    if path.is_dir():
        #: {without_it}: a sentence on what the key locks
        raise DatabaseProblem("key-not-a-file", path, translate(
            "Secrets", "{path} is a folder, not CustomsDesk's key file. Move the folder out of {folder} and restore "
                       "{name} from this computer's backup. {without_it} Nothing was changed.",
        ).format(path=path, folder=path.parent, name=path.name, without_it=without_it))
    try:
        key = path.read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise DatabaseProblem("key-unreadable", path, translate(
            "Secrets", "The key file {path} cannot be read ({reason}). It must belong to the user who runs "
                       "CustomsDesk and be readable by that user only: give it to that user (chown) and run chmod "
                       "600 {path}. Nothing was changed.",
        ).format(path=path, reason=exc.strerror or exc)) from None
    if len(key) != KEY_BYTES:
        #: {without_it}: a sentence on what the key locks
        raise DatabaseProblem("key-damaged", path, translate(
            "Secrets", "The key file {path} is damaged ({size} bytes instead of {expected}). Restore it from this "
                       "computer's backup. {without_it} Nothing was changed.",
        ).format(path=path, size=len(key), expected=KEY_BYTES, without_it=without_it))
    return key
