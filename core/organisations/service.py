"""Storing and listing organisations."""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from core.errors import NotFound
from core.organisations.model import Organisation, check_organisation

if TYPE_CHECKING:
    from sqlite_utils import Database

_COLUMNS = ", ".join(
    ["id", "name", "eori", "branch", "street", "postcode", "city", "country", "contact", "email",
     "phone", "note", "is_principal", "is_representative"]
)


@dataclass(frozen=True)
class DeletionPreview:
    organisation: Organisation
    guarantee_labels: list[str]


class OrganisationService:
    def __init__(self, db: Database):
        self._db = db

    def count(self) -> int:
        return self._db.execute("SELECT count(*) FROM organisations").fetchone()[0]

    def list(self, offset: int = 0, limit: int = -1) -> list[Organisation]:
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM organisations ORDER BY name COLLATE NOCASE, id LIMIT ? OFFSET ?",
            [limit, offset],
        ).fetchall()
        return [Organisation.from_row(r) for r in rows]

    def get(self, org_id: int) -> Organisation:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM organisations WHERE id = ?", [org_id]).fetchone()
        if row is None:
            raise NotFound(f"Organisation {org_id} does not exist (it may have been deleted).")
        return Organisation.from_row(row)

    def add(self, org: Organisation) -> Organisation:
        check_organisation(org)
        with self._db.atomic():
            org.id = self._db["organisations"].insert(org.columns()).last_pk
        return org

    def update(self, org: Organisation) -> Organisation:
        check_organisation(org)
        self.get(org.id)
        with self._db.atomic():
            self._db["organisations"].update(org.id, org.columns())
        return org

    def deletion_preview(self, org_id: int) -> DeletionPreview:
        org = self.get(org_id)
        rows = self._db.execute(
            "SELECT type, grn, other_ref FROM guarantees WHERE org_id = ? ORDER BY id", [org_id]
        ).fetchall()
        labels = [f"type {r[0]}: {r[1] or r[2] or '(no reference)'}" for r in rows]
        return DeletionPreview(org, labels)

    def delete(self, org_id: int) -> None:
        self.get(org_id)
        with self._db.atomic():
            self._db.execute("DELETE FROM organisations WHERE id = ?", [org_id])
