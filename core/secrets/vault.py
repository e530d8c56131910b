"""Sealing of secrets stored in the database.

Each sealed value is bound (as AES-GCM associated data) to where it belongs — guarantee,
owner and kind — so a value copied into another user's row does not open.
The installation key lives in a file beside the database, readable only by its owner.
"""
from __future__ import annotations

import os
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from core.errors import UserError

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


class SecretBox:
    def __init__(self, key: bytes, key_name: str = "this installation's key"):
        self._aead = AESGCM(key)
        self._key_name = key_name

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> "SecretBox":
        return cls(_load_or_create_key(Path(data_dir) / KEY_FILE_NAME))

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
            raise UserError(
                f"A stored secret cannot be unlocked with {self._key_name} (the key was replaced or the record "
                "was copied from elsewhere). Enter the code again."
            ) from None

    def __repr__(self) -> str:
        return "SecretBox(****)"


KEY_BYTES = 32


def _load_or_create_key(path: Path) -> bytes:
    if path.exists():
        key = path.read_bytes()
        if len(key) != KEY_BYTES:
            raise UserError(
                f"The key file {path} is damaged ({len(key)} bytes instead of {KEY_BYTES}). Restore it from a "
                "backup; if you cannot, move it aside: a new key is made and everyone re-enters their access codes."
            )
        return key
    key = AESGCM.generate_key(bit_length=KEY_BYTES * 8)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(KEY_TEMPORARY_SUFFIX)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)
    return key
