"""Representations: who may act for which organisation, with which rights, from when to when.

Registration happens once; later changes are updates, and ending one means setting its end date
(spec 04 §4.1). Every change is written to the audit log.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from core.errors import FieldError, NotFound, ValidationError
from core.formatting import day
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.rows import insert_row, update_versioned
from core.users.access import Access, effective_rights
from core.users.audit import AuditLog, utc_stamp
from core.users.model import Representation, RepresentationKind, Rights
from core.wording import Phrase, in_context, joined

if TYPE_CHECKING:
    from core.store.connection import Database

_SELECT = """
SELECT r.id, r.org_id, r.user_id, r.agency_id, r.kind, r.basis, r.rights, r.valid_from, r.valid_to,
       o.name, COALESCE(u.login, a.name), r.version
  FROM representations r
  JOIN organisations o ON o.id = r.org_id
  LEFT JOIN users u ON u.id = r.user_id
  LEFT JOIN organisations a ON a.id = r.agency_id
"""


_said = in_context("Audit")

@dataclass
class RepresentationFilter:
    org_id: int | None = None
    user_id: int | None = None
    agency_id: int | None = None
    in_force_on: date | None = None


class RepresentationService:
    def __init__(self, db: Database, access: Access, audit: AuditLog,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._access = access
        self._audit = audit
        self._clock = clock

    def list(self, flt: RepresentationFilter | None = None) -> list[Representation]:
        flt = flt or RepresentationFilter()
        clauses, params = [], []
        for column, value in (("r.org_id", flt.org_id), ("r.user_id", flt.user_id), ("r.agency_id", flt.agency_id)):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        if flt.in_force_on is not None:
            clauses.append("r.valid_from <= ? AND (r.valid_to IS NULL OR r.valid_to >= ?)")
            params += [flt.in_force_on.isoformat()] * 2
        if not self._access.is_admin:  # others see the representations that concern them
            clauses.append("r.user_id = ?")
            params.append(self._access.user.id)
        where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
        rows = self._db.execute(f"{_SELECT}{where} ORDER BY o.name COLLATE NOCASE, r.id", params).fetchall()
        return [_representation(r) for r in rows]

    def effective_rights(self, user_id: int, today: date) -> dict[int, Rights]:
        """Organisation id -> the rights that count for the user today (administrators, or the user themself)."""
        if user_id != self._access.user.id:
            self._access.require_admin(translate("Users", "see what another user may do"))
        return effective_rights(self._db, user_id, today)

    def get(self, rep_id: int) -> Representation:
        row = self._db.execute(f"{_SELECT} WHERE r.id = ?", [rep_id]).fetchone()
        if row is None:
            raise NotFound(translate("Users", "Representation {id} does not exist.").format(id=rep_id))
        return _representation(row)

    def find(self, org_id: int, user_id: int | None = None, agency_id: int | None = None) -> Representation | None:
        row = self._db.execute(
            f"{_SELECT} WHERE r.org_id = ? AND r.user_id IS NOT DISTINCT FROM ? "
            "AND r.agency_id IS NOT DISTINCT FROM ? ORDER BY r.id DESC LIMIT 1",
            [org_id, user_id, agency_id],
        ).fetchone()
        return _representation(row) if row else None

    def save(self, rep: Representation) -> Representation:
        """Add a representation, or update it when ``rep.id`` is set."""
        self._access.require_admin(translate("Users", "change representations"))
        self._check(rep)
        before = self.get(rep.id) if rep.id is not None else None
        columns = {
            "org_id": rep.org_id, "user_id": rep.user_id, "agency_id": rep.agency_id, "kind": rep.kind.value,
            "basis": rep.basis.strip(), "rights": rep.rights.label, "valid_from": rep.valid_from.isoformat(),
            "valid_to": rep.valid_to.isoformat() if rep.valid_to else None,
            "changed_at": utc_stamp(self._clock()), "changed_by": self._access.user.login,
        }
        with self._db.atomic():
            if before is None:
                rep.id = insert_row(self._db, "representations", columns)
            else:
                update_versioned(self._db, "representations", rep.id, rep.version, columns, _conflict(rep, before))
            saved = self.get(rep.id)
            self._audit.record(self._access.user.login,
                               "representation_added" if before is None else "representation_changed",
                               org_id=rep.org_id, detail=_describe(saved, before))
        return saved

    def end(self, rep_id: int, on: date, version: int | None = None) -> Representation:
        """``on`` is the last day in force. An end before the start is refused: it would put it in force on ``on``.
        ``version`` is that of the representation as the caller read it (None: as it is stored now)."""
        self._access.require_admin(translate("Users", "end representations"))
        rep = self.get(rep_id)
        if version is not None:
            rep = replace(rep, version=version)
        if on < rep.valid_from:
            raise ValidationError([FieldError("valid_to", translate(
                "Users", "The representation starts on {start}: it cannot end on {end}, before it starts. Choose "
                         "{start} or later.").format(start=day(rep.valid_from), end=day(on)))])
        rep.valid_to = on
        return self.save(rep)

    def _check(self, rep: Representation) -> None:
        errors = []
        if (rep.user_id is None) == (rep.agency_id is None):
            errors.append(FieldError("representative", translate(
                "Users", "Choose who represents the organisation: a person (user) or an agency (another "
                         "organisation), one of the two.")))
        if rep.agency_id is not None and rep.agency_id == rep.org_id:
            errors.append(FieldError("agency_id", translate(
                "Users", "An organisation cannot be its own agency: choose another one.")))
        if not self._exists("organisations", rep.org_id):
            errors.append(FieldError("org_id", translate(
                "Users", "Organisation {id} does not exist: choose one from the register.").format(id=rep.org_id)))
        if rep.agency_id is not None and not self._exists("organisations", rep.agency_id):
            errors.append(FieldError("agency_id", translate(
                "Users", "Organisation {id} does not exist: choose the agency from the register.").format(
                    id=rep.agency_id)))
        if rep.user_id is not None and not self._exists("users", rep.user_id):
            errors.append(FieldError("user_id", translate(
                "Users", "User {id} does not exist: add the user first.").format(id=rep.user_id)))
        if rep.valid_to is not None and rep.valid_to < rep.valid_from:
            errors.append(FieldError("valid_to", translate(
                "Users", "The representation ends ({end}) before it starts ({start}): correct one of the dates.",
            ).format(end=day(rep.valid_to), start=day(rep.valid_from))))
        if rep.kind == RepresentationKind.PROXY and not rep.basis.strip():
            errors.append(FieldError("basis", translate(
                "Users", "A proxy needs its basis: enter the power of attorney reference.")))
        if errors:
            raise ValidationError(errors)

    def _exists(self, table: str, row_id: int | None) -> bool:
        return row_id is not None and self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None


def _conflict(rep: Representation, stored: Representation) -> str:
    """The refusal to save ``rep`` over what someone else saved meanwhile, naming it as its editor knows it."""
    return translate("Users", "The representation of {organisation} by {representative} was changed by someone else "
                              "after you opened it (perhaps on another workstation). Your changes were not saved: "
                              "reload it to see theirs, then make yours again.").format(
        organisation=rep.org_name or stored.org_name, representative=rep.representative or stored.representative)


def _describe(rep: Representation, before: Representation | None) -> Phrase:
    """The audit record of a representation (core.wording)."""
    valid_to = rep.valid_to.isoformat() if rep.valid_to else _said(QT_TRANSLATE_NOOP("Audit", "open-ended"))
    text = _said(QT_TRANSLATE_NOOP("Audit", "{organisation} ← {representative}: {kind}, {rights} rights, {start} – {end}"),
                 organisation=rep.org_name, representative=rep.representative, kind=rep.kind.wording,
                 rights=rep.rights.wording, start=rep.valid_from.isoformat(), end=valid_to)
    if rep.basis:
        text = _said(QT_TRANSLATE_NOOP("Audit", "{representation}, basis {basis}"), representation=text, basis=rep.basis)
    if before is None:
        return text
    changed = [Phrase("Audit", label) for name, label in REPRESENTATION_FIELDS if getattr(before, name) != getattr(rep, name)]
    return _said(QT_TRANSLATE_NOOP("Audit", "{representation} (changed: {fields})"), representation=text,
                 fields=joined(", ", changed) if changed else _said(QT_TRANSLATE_NOOP("Audit", "nothing")))


REPRESENTATION_FIELDS = (("rights", QT_TRANSLATE_NOOP("Audit", "rights")), ("kind", QT_TRANSLATE_NOOP("Audit", "kind")),
                         ("basis", QT_TRANSLATE_NOOP("Audit", "basis")),
                         ("valid_from", QT_TRANSLATE_NOOP("Audit", "valid from")),
                         ("valid_to", QT_TRANSLATE_NOOP("Audit", "valid to")))


def _representation(row) -> Representation:
    (rep_id, org_id, user_id, agency_id, kind, basis, rights, valid_from, valid_to, org_name, representative,
     version) = row
    return Representation(
        id=rep_id, org_id=org_id, user_id=user_id, agency_id=agency_id, kind=RepresentationKind(kind), basis=basis,
        rights=Rights.from_name(rights), valid_from=date.fromisoformat(valid_from),
        valid_to=date.fromisoformat(valid_to) if valid_to else None, org_name=org_name,
        representative=representative or "", version=version,
    )
