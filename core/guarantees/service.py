"""Storing, checking and listing guarantees."""
from __future__ import annotations

from typing import TYPE_CHECKING

from core.errors import FieldError, NotFound, ValidationError
from core.guarantees.model import OFFICE_PATTERN, Guarantee, field_errors, normalise
from core.i18n import translate
from core.refdata.catalogue import (
    CURRENCIES,
    GUARANTEE_OFFICE_ROLE,
    GUARANTEE_TYPES,
    Catalogue,
)
from core.store.listing import contains, limit_offset, order_by
from core.store.rows import insert_row, insert_rows, update_row, update_versioned
from core.users.access import Access

if TYPE_CHECKING:
    from core.store.connection import Database

_ORDER = "ORDER BY g.grn, g.other_ref, g.id"
# What a customs answer may write on a guarantee: the answer's own columns, never what the clerk entered.
ANSWER_COLUMNS = frozenset({
    "codes_registered_at", "answered_at", "last_error_code", "last_error_text", "exposure", "usage_count",
    "currency_answer", "balance", "reference_amount", "guarantee_amount_answer", "valid_from", "valid_to",
    "restrictions", "owner_answer", "usage_period",
})
# what guarantee lists can be sorted by: name -> SQL expression
SORTS = {
    "reference": "coalesce(nullif(g.grn, ''), g.other_ref) COLLATE NOCASE",
    "type": "g.type",
    "office": "g.office",
    "amount": "CAST(g.amount AS REAL)",
    "balance": "CAST(g.balance AS REAL)",
    "codes_registered": "g.codes_registered_at",
    "last_error": "g.last_error_code",
    "description": "g.description COLLATE NOCASE",
}
SEARCHED = ("g.grn", "g.other_ref", "g.office", "g.description")


class GuaranteeService:
    """The guarantees of the organisations the signed-in user represents."""

    def __init__(self, db: Database, access: Access):
        self._db = db
        self._access = access
        self.catalogue = Catalogue(db)

    def _where(self, org_id: int | None, text: str | None = None) -> tuple[str, list]:
        visible, params = self._access.org_filter("g.org_id")
        matching, more = contains(SEARCHED, text)
        if org_id is None:
            return f"WHERE {visible} AND {matching}", [*params, *more]
        return f"WHERE g.org_id = ? AND {visible} AND {matching}", [org_id, *params, *more]

    def count(self, org_id: int | None = None, text: str | None = None) -> int:
        """How many guarantees the user sees (of one organisation; with ``text`` in the reference, office or
        description)."""
        where, params = self._where(org_id, text)
        return self._db.execute(f"SELECT count(*) FROM guarantees g {where}", params).fetchone()[0]

    def counts_by_org(self, org_ids: list[int]) -> dict[int, int]:
        if not org_ids:
            return {}
        marks = ",".join("?" * len(org_ids))
        visible, params = self._access.org_filter("org_id")
        rows = self._db.execute(
            f"SELECT org_id, count(*) FROM guarantees WHERE org_id IN ({marks}) AND {visible} GROUP BY org_id",
            [*org_ids, *params],
        ).fetchall()
        return {org_id: count for org_id, count in rows}

    def list(self, org_id: int | None = None, offset: int = 0, limit: int = -1) -> list[Guarantee]:
        return self.page(org_id, offset, limit)

    def page(self, org_id: int | None = None, offset: int = 0, limit: int = -1, sort: str | None = None,
             descending: bool = False, text: str | None = None) -> list[Guarantee]:
        """A page of the guarantees the user sees, sorted by one of ``SORTS`` (None: by GRN, then other
        reference), those with ``text`` only."""
        where, params = self._where(org_id, text)
        order = _ORDER if sort is None else order_by(SORTS, sort, descending, "g.id")
        rows = self._db.execute(
            f"SELECT g.* FROM guarantees g {where} {order} LIMIT ? OFFSET ?", [*params, *limit_offset(limit, offset)]
        ).fetchall()
        return [Guarantee.from_row(r) for r in rows]

    def get(self, guarantee_id: int) -> Guarantee:
        row = self._db.execute("SELECT * FROM guarantees WHERE id = ?", [guarantee_id]).fetchone()
        if row is None or not self._access.can_see(row["org_id"]):
            raise NotFound(translate("Guarantees", "Guarantee {id} does not exist or {login} does not represent its "
                                                   "organisation.").format(
                id=guarantee_id, login=self._access.user.login))
        return Guarantee.from_row(row)

    def exists(self, guarantee_id: int) -> bool:
        """Whether the guarantee is in the register and the user may see it."""
        row = self._db.execute("SELECT org_id FROM guarantees WHERE id = ?", [guarantee_id]).fetchone()
        return row is not None and self._access.can_see(row[0])

    def usages(self, guarantee_id: int) -> list[tuple]:
        """The transit operations of the last usage answer: (MRN, amount, currency, lock date, arrival, release)."""
        return [tuple(r) for r in self._db.execute(
            "SELECT mrn, amount, currency, lock_date, arrival, release_date FROM guarantee_usages "
            "WHERE guarantee_id = ? ORDER BY position", [guarantee_id],
        ).fetchall()]

    def find_by_grn(self, grn: str) -> list[Guarantee]:
        visible, params = self._access.org_filter("org_id")
        rows = self._db.execute(f"SELECT * FROM guarantees WHERE grn = ? AND {visible} ORDER BY id", [grn, *params]).fetchall()
        return [Guarantee.from_row(r) for r in rows]

    def validate(self, g: Guarantee) -> list[FieldError]:
        normalise(g)
        return [*self._reference_errors(g), *field_errors(g)]

    def add(self, g: Guarantee) -> Guarantee:
        self._access.require_extended(g.org_id, translate("Guarantees", "add guarantees to the organisation"))
        self._check(g)
        with self._db.atomic():
            g.id = insert_row(self._db, "guarantees", g.editable_columns())
        return g

    def update(self, g: Guarantee) -> Guarantee:
        before = self.get(g.id)
        self._access.require_extended(before.org_id, translate("Guarantees", "change the guarantee"))
        if g.org_id != before.org_id:
            self._access.require_extended(g.org_id, translate("Guarantees", "move the guarantee to that organisation"))
        self._check(g)
        with self._db.atomic():
            g.version = update_versioned(self._db, "guarantees", g.id, g.version, g.editable_columns(), translate(
                "Guarantees", "The guarantee {reference} was changed by someone else after you opened it (perhaps on "
                              "another workstation). Your changes were not saved: reload it to see theirs, then make "
                              "yours again.").format(reference=g.reference or g.id))
        return g

    def delete(self, guarantee_id: int) -> None:
        self._access.require_extended(self.get(guarantee_id).org_id, translate("Guarantees", "delete the guarantee"))
        with self._db.atomic():
            self._db.execute("DELETE FROM guarantees WHERE id = ?", [guarantee_id])

    # -- what customs answered (applied with system access, inside the answer's transaction) ----------
    def record_customs_answer(self, guarantee_id: int, **answer) -> None:
        self._access.require_system(translate("Guarantees", "record customs answers"))
        unknown = set(answer) - ANSWER_COLUMNS
        if unknown:
            raise ValueError(f"not columns of a customs answer: {sorted(unknown)}")
        update_row(self._db, "guarantees", guarantee_id, answer)

    def replace_usages(self, guarantee_id: int, usages: list[dict]) -> None:
        """The transit operations of the newest usage answer replace the earlier ones."""
        self._access.require_system(translate("Guarantees", "record customs answers"))
        self._db.execute("DELETE FROM guarantee_usages WHERE guarantee_id = ?", [guarantee_id])
        insert_rows(self._db, "guarantee_usages",
                    [{"guarantee_id": guarantee_id, "position": i, **usage} for i, usage in enumerate(usages)])

    def _check(self, g: Guarantee) -> None:
        errors = self.validate(g)
        if errors:
            raise ValidationError(errors)

    def _reference_errors(self, g: Guarantee) -> list[FieldError]:
        """Rules that look at other records and the code lists."""
        errors = []
        if not self._exists("organisations", g.org_id):
            errors.append(FieldError("org_id", translate(
                "Guarantees", "Organisation {id} does not exist: choose the guarantee user from the organisation "
                              "register.").format(id=g.org_id)))
        if not self.catalogue.has_code(GUARANTEE_TYPES, g.type):
            codes = ", ".join(c.code for c in self.catalogue.codes(GUARANTEE_TYPES))
            errors.append(FieldError("type", translate(
                "Guarantees", "'{type}' is not a guarantee type (code list CL251: {codes}).").format(
                    type=g.type, codes=codes)))
        if g.currency and not self.catalogue.has_code(CURRENCIES, g.currency):
            errors.append(FieldError("currency", translate(
                "Guarantees", "'{currency}' is not in the currency code list: choose one from the list.").format(
                    currency=g.currency)))
        if g.params_id is not None and not self._exists("comm_params", g.params_id):
            errors.append(FieldError("params_id", translate(
                "Guarantees", "Communication parameter set {id} does not exist: choose one in Settings ▸ "
                              "Communication parameters.").format(id=g.params_id)))
        if OFFICE_PATTERN.fullmatch(g.office) and not self.catalogue.office_valid_for(g.office, GUARANTEE_OFFICE_ROLE):
            if self.catalogue.office(g.office) is not None:
                message = translate("Guarantees", "Customs office {office} is not an office of guarantee (role GUA) "
                                                  "valid today: pick the office of guarantee from the list (import the "
                                                  "EU customs office list for all offices).")
            else:
                message = translate("Guarantees", "Customs office {office} is not in the customs office list: pick "
                                                  "the office of guarantee from the list (import the EU customs office "
                                                  "list for all offices).")
            errors.append(FieldError("office", message.format(office=g.office)))
        return errors

    def _exists(self, table: str, row_id) -> bool:
        return self._db.execute(f"SELECT 1 FROM {table} WHERE id = ?", [row_id]).fetchone() is not None
