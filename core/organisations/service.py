"""Storing and listing organisations."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from core.errors import NotFound
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import Organisation, check_organisation
from core.store.listing import contains, limit_offset, order_by
from core.store.rows import insert_row, update_versioned
from core.users.access import Access
from core.users.audit import AuditLog, utc_stamp
from core.wording import Phrase

if TYPE_CHECKING:
    from core.store.connection import Database

_COLUMNS = ", ".join(
    ["id", "name", "eori", "branch", "street", "postcode", "city", "country", "contact", "email",
     "phone", "note", "is_principal", "is_representative", "version"]
)
# what the register can be sorted by: name -> SQL expression
SORTS = {
    "name": "name COLLATE NOCASE",
    "eori": "eori",
    "branch": "branch",
    "city": "city COLLATE NOCASE",
    "country": "country",
    "contact": "contact COLLATE NOCASE",
}
SEARCHED = ("name", "eori", "branch", "city", "country", "contact")


@dataclass(frozen=True)
class DeletionPreview:
    organisation: Organisation
    guarantee_labels: list[str]


class OrganisationService:
    """The organisations the signed-in user represents (an administrator: all of them)."""

    def __init__(self, db: Database, access: Access):
        self._db = db
        self._access = access

    def _where(self, text: str | None) -> tuple[str, list]:
        visible, params = self._access.org_filter("id")
        matching, more = contains(SEARCHED, text)
        return f"WHERE {visible} AND {matching}", [*params, *more]

    def count(self, text: str | None = None) -> int:
        """How many organisations the user sees (with ``text`` in one of the listed columns)."""
        where, params = self._where(text)
        return self._db.execute(f"SELECT count(*) FROM organisations {where}", params).fetchone()[0]

    def list(self, offset: int = 0, limit: int = -1) -> list[Organisation]:
        return self.page(offset, limit)

    def page(self, offset: int = 0, limit: int = -1, sort: str = "name", descending: bool = False,
             text: str | None = None) -> list[Organisation]:
        """A page of the organisations the user sees, sorted by one of ``SORTS``, those with ``text`` only."""
        where, params = self._where(text)
        rows = self._db.execute(
            f"SELECT {_COLUMNS} FROM organisations {where} {order_by(SORTS, sort, descending, 'id')} LIMIT ? OFFSET ?",
            [*params, *limit_offset(limit, offset)],
        ).fetchall()
        return [Organisation.from_row(r) for r in rows]

    def all_names(self) -> list[tuple[int, str]]:
        """Every organisation's id and name, for choosing one in a representation (administrators only)."""
        self._access.require_admin(translate("Organisations", "list every organisation"))
        return [tuple(r) for r in self._db.execute(
            "SELECT id, name FROM organisations ORDER BY name COLLATE NOCASE, id").fetchall()]

    def get(self, org_id: int) -> Organisation:
        row = self._db.execute(f"SELECT {_COLUMNS} FROM organisations WHERE id = ?", [org_id]).fetchone()
        if row is None or not self._access.can_see(org_id):
            raise NotFound(translate("Organisations", "Organisation {id} does not exist or {login} does not represent "
                                                      "it.").format(id=org_id, login=self._access.user.login))
        return Organisation.from_row(row)

    def exists(self, org_id: int) -> bool:
        """Whether the organisation is in the register and the user may see it."""
        row = self._db.execute("SELECT 1 FROM organisations WHERE id = ?", [org_id]).fetchone()
        return row is not None and self._access.can_see(org_id)

    def add(self, org: Organisation) -> Organisation:
        """Officers and administrators add organisations; an officer gets extended rights for the new one."""
        self._access.require_manager(translate("Organisations", "add organisations"))
        check_organisation(org)
        with self._db.atomic():
            org.id = insert_row(self._db, "organisations", org.columns())
            if not self._access.is_admin:
                self._represent_creator(org)
        return org

    def _represent_creator(self, org: Organisation) -> None:
        login = self._access.user.login
        insert_row(self._db, "representations", {
            "org_id": org.id, "user_id": self._access.user.id, "kind": "employee", "rights": "extended",
            "basis": "created the record", "valid_from": self._access.today().isoformat(),
            "changed_at": utc_stamp(datetime.now(UTC)), "changed_by": login,
        })
        AuditLog(self._db).record(login, "representation_added", org_id=org.id,
                                  detail=Phrase("Audit", QT_TRANSLATE_NOOP(
                                      "Audit", "{organisation} ← {login}: employee, extended rights, created the record"),
                                      {"organisation": org.name, "login": login}))

    def update(self, org: Organisation) -> Organisation:
        check_organisation(org)
        self.get(org.id)
        self._access.require_extended(org.id, translate("Organisations", "change the organisation"))
        with self._db.atomic():
            org.version = update_versioned(self._db, "organisations", org.id, org.version, org.columns(), translate(
                "Organisations", "{name} was changed by someone else after you opened it (perhaps on another "
                                 "workstation). Your changes were not saved: reload it to see theirs, then make yours "
                                 "again.").format(name=org.name))
        return org

    def deletion_preview(self, org_id: int) -> DeletionPreview:
        org = self.get(org_id)
        rows = self._db.execute(
            "SELECT type, grn, other_ref FROM guarantees WHERE org_id = ? ORDER BY id", [org_id]
        ).fetchall()
        labels = [translate("Organisations", "type {type}: {reference}").format(
            type=r[0], reference=r[1] or r[2] or translate("Organisations", "(no reference)")) for r in rows]
        return DeletionPreview(org, labels)

    def delete(self, org_id: int) -> None:
        self.get(org_id)
        self._access.require_admin(translate("Organisations", "delete organisations"))
        with self._db.atomic():
            self._db.execute("DELETE FROM organisations WHERE id = ?", [org_id])
