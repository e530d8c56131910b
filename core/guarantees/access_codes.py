"""Access codes of a guarantee (spec 01 §1.5, 04 §4.2).

The primary access code (PAC) is held by one guarantee officer; secondary codes (SPKs) are kept
per user. Every code is sealed with its holder's own key, so only the holder can read it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.errors import FieldError, LoginFailed, NotFound, UserError, ValidationError
from core.guarantees import types
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.secrets import Secret
from core.secrets.contexts import code_context
from core.wording import in_context

if TYPE_CHECKING:
    from core.store.connection import Database
    from core.users import Access, AuditLog, Session

_said = in_context("Audit")

CODE_PATTERN = re.compile(r"[A-Z0-9]{4}")


@dataclass
class AccessCodes:
    """The current user's view of a guarantee's codes."""

    pac: Secret | None = None
    new_pac: Secret | None = None
    spks: list[Secret] = field(default_factory=list)
    pac_holder: str | None = None  # who stores the PAC, when somebody does
    new_pac_holder: str | None = None

    @property
    def first_spk(self) -> Secret | None:
        return self.spks[0] if self.spks else None


def normalise_code(text: str) -> str:
    return text.strip().upper()


def validate_codes(guarantee_type: str, codes: AccessCodes) -> list[FieldError]:
    errors = []
    malformed = {
        "pac": translate("Guarantees", "The primary access code must be exactly 4 letters (A–Z) or digits."),
        "new_pac": translate("Guarantees", "The new primary access code must be exactly 4 letters (A–Z) or digits."),
    }
    for name, code in (("pac", codes.pac), ("new_pac", codes.new_pac)):
        if code is None:
            continue
        if not types.has_pac(guarantee_type):
            errors.append(FieldError(name, translate(
                "Guarantees", "Guarantee type {type} has no primary access code (only types 0 and 1): clear the "
                              "field.").format(type=guarantee_type)))
        elif not CODE_PATTERN.fullmatch(code.reveal()):
            errors.append(FieldError(name, malformed[name]))
    if codes.new_pac is not None and codes.pac is None:
        errors.append(FieldError("pac", translate(
            "Guarantees", "To change the primary access code, enter the current one too.")))
    limit = types.max_spks(guarantee_type)
    if len(codes.spks) > limit:
        if limit == 0:
            errors.append(FieldError("spk", translate(
                "Guarantees", "Guarantee type {type} has no access codes.").format(type=guarantee_type)))
        elif limit == 1:
            errors.append(FieldError("spk", translate(
                "Guarantees", "Guarantee type {type} has one secondary access code, given by the guarantor: keep only "
                              "the first row.").format(type=guarantee_type)))
        else:
            errors.append(FieldError("spk", translate(
                "Guarantees", "At most {most} secondary access codes can be registered.").format(most=limit)))
    seen = set()
    for position, spk in enumerate(codes.spks, start=1):
        value = spk.reveal()
        if not CODE_PATTERN.fullmatch(value):
            errors.append(FieldError("spk", translate(
                "Guarantees", "Secondary code in row {row} is not 4 letters (A–Z) or digits.").format(row=position)))
        elif value in seen:
            errors.append(FieldError("spk", translate(
                "Guarantees", "Secondary code in row {row} repeats an earlier row: each code once.").format(
                    row=position)))
        seen.add(value)
    return errors


class AccessCodeService:
    def __init__(self, db: Database, session: Session, access: Access, audit: AuditLog):
        self._db = db
        self._session = session
        self._access = access
        self._audit = audit

    @property
    def user(self) -> str:
        return self._session.login

    @property
    def _user_id(self) -> int:
        return self._session.user.id

    def codes_for(self, guarantee_id: int) -> AccessCodes:
        """The current user's own codes, and who holds the PAC."""
        self._guarantee(guarantee_id, translate("Guarantees", "see its access codes"))
        codes = AccessCodes(pac_holder=self.pac_holder(guarantee_id), new_pac_holder=self._holder(guarantee_id, "new_pac"))
        rows = self._db.execute(
            "SELECT kind, position, sealed FROM access_codes WHERE guarantee_id = ? AND user_id = ? ORDER BY kind, position",
            [guarantee_id, self._user_id],
        ).fetchall()
        if not rows:
            return codes
        box = self._session.box
        for kind, position, sealed in rows:
            secret = box.open(sealed, code_context(guarantee_id, self._user_id, kind, position))
            if kind == "spk":
                codes.spks.append(secret)
            else:
                setattr(codes, kind, secret)
        return codes

    def pac_holder(self, guarantee_id: int) -> str | None:
        return self._holder(guarantee_id, "pac")

    def _holder(self, guarantee_id: int, kind: str) -> str | None:
        row = self._db.execute(
            "SELECT u.login FROM access_codes a JOIN users u ON u.id = a.user_id WHERE a.guarantee_id = ? AND a.kind = ?",
            [guarantee_id, kind],
        ).fetchone()
        return row[0] if row else None

    def pacs_to_delete(self) -> list[str]:
        """GRNs whose PAC the current user still holds although customs confirmed a registration with it."""
        rows = self._db.execute(
            """SELECT g.grn FROM access_codes a JOIN guarantees g ON g.id = a.guarantee_id
               WHERE a.user_id = ? AND a.kind = 'pac' AND g.codes_registered_at IS NOT NULL
                 AND (SELECT m.state FROM messages m JOIN message_records r ON r.message = m.id
                       WHERE r.guarantee_id = g.id AND m.direction = 'out' AND m.message_type = 'E_ACC_COD'
                       ORDER BY m.id DESC LIMIT 1) = 'answered'
               ORDER BY g.grn""", [self._user_id],
        ).fetchall()
        return [r[0] for r in rows]

    def pac_blocker(self, guarantee_id: int) -> str | None:
        """Why the current user may not hold, change or register with the PAC of this guarantee, or None."""
        org_id = self._guarantee(guarantee_id, translate("Guarantees", "see its access codes"))[1]
        return self._access.why_not_officer(org_id, translate("Guarantees", "hold or change the primary access code"))

    def save(self, guarantee_id: int, codes: AccessCodes) -> None:
        """Replace the current user's codes; a PAC held by someone else stays unless a new one is given."""
        guarantee_type, org_id, grn = self._guarantee(guarantee_id, translate("Guarantees", "store access codes"))
        codes.pac, codes.new_pac = _normalised(codes.pac), _normalised(codes.new_pac)
        codes.spks = [s for s in (_normalised(s) for s in codes.spks) if s is not None]
        errors = validate_codes(guarantee_type, codes)
        if errors:
            raise ValidationError(errors)
        before = self._codes_before_saving(guarantee_id)
        if (codes.pac, codes.new_pac) != (before.pac, before.new_pac) and (codes.pac or codes.new_pac):
            self._access.require_officer(org_id, translate("Guarantees", "hold or change the primary access code"))
        box = self._session.box
        with self._db.atomic():
            self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND user_id = ?", [guarantee_id, self._user_id])
            if codes.pac is not None:
                self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND kind IN ('pac', 'new_pac')", [guarantee_id])
            rows = [("pac", 0, codes.pac), ("new_pac", 0, codes.new_pac)]
            rows += [("spk", i, s) for i, s in enumerate(codes.spks)]
            for kind, position, secret in rows:
                if secret is not None:
                    self._db.execute(
                        "INSERT INTO access_codes (guarantee_id, user_id, kind, position, sealed) VALUES (?, ?, ?, ?, ?)",
                        [guarantee_id, self._user_id, kind, position,
                         box.seal(secret, code_context(guarantee_id, self._user_id, kind, position))],
                    )
            self._audit_changes(guarantee_id, org_id, grn, before, codes)

    def _codes_before_saving(self, guarantee_id: int) -> AccessCodes:
        """The user's codes now. Own rows their key does not open (sealed by a window left signed in while an
        administrator reset the password) are replaced by what the user enters, as the error message asks."""
        try:
            return self.codes_for(guarantee_id)
        except LoginFailed:
            raise
        except UserError:
            return AccessCodes(pac_holder=self.pac_holder(guarantee_id))

    def _audit_changes(self, guarantee_id: int, org_id: int, grn: str, before: AccessCodes, after: AccessCodes) -> None:
        where = {"org_id": org_id, "guarantee_id": guarantee_id, "grn": grn}
        set_up_by = self._session.set_up_by  # an administrator gives the account its codes: recorded as theirs
        who = set_up_by or self.user
        if before.spks != after.spks:
            count = _said(QT_TRANSLATE_NOOP("Audit", "own secondary codes: {before} → {after}"),
                          before=len(before.spks), after=len(after.spks))
            self._audit.record(who, "spk_changed", **where, detail=count if not set_up_by else _said(QT_TRANSLATE_NOOP(
                "Audit", "{change} of {user}, set up by the administrator"), change=count, user=self.user))
        if after.pac is not None and before.pac != after.pac:
            self._audit.record(who, "pac_stored", **where, detail=_said(QT_TRANSLATE_NOOP(
                "Audit", "of {user}, set up by the administrator"), user=self.user) if set_up_by else "")
        if before.pac is not None and after.pac is None:
            self._audit.record(self.user, "pac_deleted", **where,
                               detail=_said(QT_TRANSLATE_NOOP("Audit", "removed in the editor")))
        if after.new_pac is not None and before.new_pac != after.new_pac:
            self._audit.record(self.user, "pac_changed", **where,
                               detail=_said(QT_TRANSLATE_NOOP("Audit", "new primary access code entered")))

    def record_reveal(self, guarantee_id: int, kind: str = "pac") -> None:
        """The holder looked at the PAC (or the new PAC) in clear text."""
        _, org_id, grn = self._guarantee(guarantee_id, translate("Guarantees", "see its access codes"))
        with self._db.atomic():
            self._audit.record(self.user, "pac_revealed", org_id=org_id, guarantee_id=guarantee_id, grn=grn,
                               detail=_said(QT_TRANSLATE_NOOP("Audit", "new primary access code"))
                               if kind == "new_pac" else "")

    def delete_pac(self, guarantee_id: int) -> None:
        """The holder, or a guarantee officer for the organisation, removes the PAC from the record."""
        _, org_id, grn = self._guarantee(guarantee_id, translate("Guarantees", "delete the primary access code"))
        if self.pac_holder(guarantee_id) not in (None, self.user):
            self._access.require_officer(org_id, translate(
                "Guarantees", "delete the primary access code another user holds"))
        with self._db.atomic():
            deleted = self._db.execute(
                "DELETE FROM access_codes WHERE guarantee_id = ? AND kind IN ('pac', 'new_pac')", [guarantee_id]).rowcount
            if deleted:
                self._audit.record(self.user, "pac_deleted", org_id=org_id, guarantee_id=guarantee_id, grn=grn)

    def promote_new_pac(self, guarantee_id: int) -> None:
        """Customs confirmed the PAC change: the stored new PAC becomes the current one.

        Both are sealed under the same context, so this needs no key and works in anyone's sync.
        Call inside the transaction that applies the confirmation.
        """
        row = self._db.execute("SELECT g.org_id, g.grn FROM access_codes a JOIN guarantees g ON g.id = a.guarantee_id "
                               "WHERE a.guarantee_id = ? AND a.kind = 'new_pac'", [guarantee_id]).fetchone()
        if row is None:
            return
        self._db.execute("DELETE FROM access_codes WHERE guarantee_id = ? AND kind = 'pac'", [guarantee_id])
        self._db.execute("UPDATE access_codes SET kind = 'pac' WHERE guarantee_id = ? AND kind = 'new_pac'", [guarantee_id])
        self._audit.record(self.user, "pac_replaced", org_id=row[0], guarantee_id=guarantee_id, grn=row[1],
                           detail=_said(QT_TRANSLATE_NOOP("Audit", "applied during the sync of {user}"),
                                        user=self.user))

    def _guarantee(self, guarantee_id: int, what: str) -> tuple[str, int, str]:
        row = self._db.execute("SELECT type, org_id, grn FROM guarantees WHERE id = ?", [guarantee_id]).fetchone()
        if row is None or not self._access.can_see(row[1]):
            #: {what} is what the user wanted, e.g. "see its access codes"
            raise NotFound(translate("Guarantees", "Guarantee {id} does not exist or {login} does not represent its "
                                                   "organisation (needed to {what}).").format(
                id=guarantee_id, login=self.user, what=what))
        return row[0], row[1], row[2]


def _normalised(secret: Secret | None) -> Secret | None:
    if secret is None:
        return None
    value = normalise_code(secret.reveal())
    return Secret(value) if value else None


