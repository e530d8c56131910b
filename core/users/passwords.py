"""Password hashing and key derivation with scrypt, a memory-hard KDF (spec 04 §4.2).

One scrypt run gives 64 bytes: the first half is only ever stored as a SHA-256 verifier,
the second half is the key that wraps the user's own secret key. Knowing the stored record
therefore never yields the wrapping key.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from core.i18n import translate

SCHEME = "scrypt"
SALT_BYTES = 16
MIN_LENGTH = 10


@dataclass(frozen=True)
class KdfCost:
    log2_n: int = 15  # 2**15 * 128 * r bytes = 32 MiB per derivation
    r: int = 8
    p: int = 1


DEFAULT_COST = KdfCost()


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _derive(password: str, salt: bytes, cost: KdfCost) -> tuple[bytes, bytes]:
    out = Scrypt(salt=salt, length=64, n=2 ** cost.log2_n, r=cost.r, p=cost.p).derive(password.encode("utf-8"))
    return hashlib.sha256(out[:32]).digest(), out[32:]


def new_password_record(password: str, cost: KdfCost = DEFAULT_COST) -> tuple[str, bytes]:
    """The record to store and the key-wrapping key for ``password``."""
    salt = os.urandom(SALT_BYTES)
    verifier, wrapping_key = _derive(password, salt, cost)
    record = "$".join([SCHEME, str(cost.log2_n), str(cost.r), str(cost.p), _b64(salt), _b64(verifier)])
    return record, wrapping_key


def check_password(record: str, password: str) -> bytes | None:
    """The key-wrapping key when ``password`` matches ``record``, else None."""
    scheme, log2_n, r, p, salt, verifier = record.split("$")
    if scheme != SCHEME:
        raise ValueError(f"unknown password scheme {scheme!r}")
    cost = KdfCost(int(log2_n), int(r), int(p))
    computed, wrapping_key = _derive(password, base64.b64decode(salt), cost)
    return wrapping_key if hmac.compare_digest(computed, base64.b64decode(verifier)) else None


def burn_time_like_a_check(password: str) -> None:
    """The same work as a real check, so an unknown login name takes as long as a wrong password."""
    _derive(password, b"\0" * SALT_BYTES, DEFAULT_COST)


def password_problems(password: str, login: str) -> list[str]:
    problems = []
    if len(password) < MIN_LENGTH:
        problems.append(translate("Users", "The password must have at least {least} characters (it has {length}): a "
                                           "short sentence is easy to remember.").format(
            least=MIN_LENGTH, length=len(password)))
    if password.strip().lower() == login.strip().lower():
        problems.append(translate("Users", "The password must not be the login name."))
    if password != password.strip():
        problems.append(translate("Users", "The password must not start or end with a space."))
    return problems
