"""Access codes of a guarantee (spec 01 §1.5).

The primary access code (PAC) is held by one person; secondary codes (SPKs) are kept per
user name and a user only ever gets their own. All codes are stored sealed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.errors import FieldError, NotFound, ValidationError
from core.guarantees import types
from core.secrets import Secret, SecretBox

if TYPE_CHECKING:
    from sqlite_utils import Database

CODE_PATTERN = re.compile(r"[A-Z0-9]{4}")


@dataclass
class AccessCodes:
    """The current user's view of a guarantee's codes."""

    pac: Secret | None = None
    new_pac: Secret | None = None
    spks: list[Secret] = field(default_factory=list)
    pac_holder: str | None = None  # who stores the PAC, when somebody does

    @property
    def first_spk(self) -> Secret | None:
        return self.spks[0] if self.spks else None


def normalise_code(text: str) -> str:
    return text.strip().upper()


def validate_codes(guarantee_type: str, codes: AccessCodes) -> list[FieldError]:
    errors = []
    for name, title, code in (("pac", "The primary access code", codes.pac), ("new_pac", "The new primary access code", codes.new_pac)):
        if code is None:
            continue
        if not types.has_pac(guarantee_type):
            errors.append(FieldError(name, f"Guarantee type {guarantee_type} has no primary access code (only types 0 and 1): clear the field."))
        elif not CODE_PATTERN.fullmatch(code.reveal()):
            errors.append(FieldError(name, f"{title} must be exactly 4 letters (A–Z) or digits."))
    if codes.new_pac is not None and codes.pac is None:
        errors.append(FieldError("pac", "To change the primary access code, enter the current one too."))
    limit = types.max_spks(guarantee_type)
    if len(codes.spks) > limit:
        if limit == 0:
            errors.append(FieldError("spk", f"Guarantee type {guarantee_type} has no access codes."))
        elif limit == 1:
            errors.append(FieldError("spk", f"Guarantee type {guarantee_type} has one secondary access code, given by the guarantor: keep only the first row."))
        else:
            errors.append(FieldError("spk", f"At most {limit} secondary access codes can be registered."))
    seen = set()
    for position, spk in enumerate(codes.spks, start=1):
        value = spk.reveal()
        if not CODE_PATTERN.fullmatch(value):
            errors.append(FieldError("spk", f"Secondary code in row {position} is not 4 letters (A–Z) or digits."))
        elif value in seen:
            errors.append(FieldError("spk", f"Secondary code in row {position} repeats an earlier row: each code once."))
        seen.add(value)
    return errors


class AccessCodeService:
    def __init__(self, db: Database, box: SecretBox, user: str):
        self._db = db
        self._box = box
        self.user = user

    def codes_for(self, guarantee_id: int) -> AccessCodes:
        codes = AccessCodes(pac_holder=self.pac_holder(guarantee_id))
        rows = self._db.execute(
            "SELECT kind, position, sealed FROM access_codes WHERE guarantee_id = ? AND owner = ? ORDER BY kind, position",
            [guarantee_id, self.user],
        ).fetchall()
        for kind, position, sealed in rows:
            secret = self._box.open(sealed, _context(guarantee_id, self.user, kind, position))
            if kind == "spk":
                codes.spks.append(secret)
            else:
                setattr(codes, kind, secret)
        return codes

    def pac_holder(self, guarantee_id: int) -> str | None:
        row = self._db.execute(
            "SELECT owner FROM access_codes WHERE guarantee_id = ? AND kind = 'pac'", [guarantee_id]
        ).fetchone()
        return row[0] if row else None

    def save(self, guarantee_id: int, codes: AccessCodes) -> None:
        """Replace the current user's codes; a PAC held by someone else stays unless a new one is given."""
        guarantee_type = self._stored_type(guarantee_id)
        codes.pac, codes.new_pac = _normalised(codes.pac), _normalised(codes.new_pac)
        codes.spks = [s for s in (_normalised(s) for s in codes.spks) if s is not None]
        errors = validate_codes(guarantee_type, codes)
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND owner = ?", [guarantee_id, self.user])
            if codes.pac is not None:
                self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND kind IN ('pac', 'new_pac')", [guarantee_id])
            rows = [("pac", 0, codes.pac), ("new_pac", 0, codes.new_pac)]
            rows += [("spk", i, s) for i, s in enumerate(codes.spks)]
            for kind, position, secret in rows:
                if secret is not None:
                    self._insert(guarantee_id, kind, position, secret)

    def _stored_type(self, guarantee_id: int) -> str:
        row = self._db.execute("SELECT type FROM guarantees WHERE id = ?", [guarantee_id]).fetchone()
        if row is None:
            raise NotFound(f"Guarantee {guarantee_id} does not exist (it may have been deleted).")
        return row[0]

    def delete_pac(self, guarantee_id: int) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND kind IN ('pac', 'new_pac')", [guarantee_id])

    def promote_new_pac(self, guarantee_id: int) -> None:
        """Customs confirmed the PAC change: the stored new PAC becomes the current one."""
        row = self._db.execute(
            "SELECT owner, sealed FROM access_codes WHERE guarantee_id = ? AND kind = 'new_pac'", [guarantee_id]
        ).fetchone()
        if row is None:
            return
        owner, sealed = row
        secret = self._box.open(sealed, _context(guarantee_id, owner, "new_pac", 0))
        with self._db.atomic():
            self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND kind IN ('pac', 'new_pac')", [guarantee_id])
            self._db.execute(
                "INSERT INTO access_codes (guarantee_id, owner, kind, position, sealed) VALUES (?, ?, 'pac', 0, ?)",
                [guarantee_id, owner, self._box.seal(secret, _context(guarantee_id, owner, "pac", 0))],
            )

    def _insert(self, guarantee_id: int, kind: str, position: int, secret: Secret) -> None:
        sealed = self._box.seal(secret, _context(guarantee_id, self.user, kind, position))
        self._db.execute(
            "INSERT INTO access_codes (guarantee_id, owner, kind, position, sealed) VALUES (?, ?, ?, ?, ?)",
            [guarantee_id, self.user, kind, position, sealed],
        )


def _normalised(secret: Secret | None) -> Secret | None:
    if secret is None:
        return None
    value = normalise_code(secret.reveal())
    return Secret(value) if value else None


def _context(guarantee_id: int, owner: str, kind: str, position: int) -> str:
    return f"access-code|{guarantee_id}|{owner}|{kind}|{position}"
