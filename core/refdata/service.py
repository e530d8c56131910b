"""The EU reference data as a user works with it: what was imported, and importing more."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from core.refdata.importer import ImportResult, import_reference_files

if TYPE_CHECKING:
    from core.store.connection import Database
    from core.users.access import Access


@dataclass(frozen=True)
class ReferenceImport:
    file_name: str
    snapshot_date: str | None
    imported_at: str
    lists: int
    offices: int


class ReferenceDataService:
    def __init__(self, db: Database, access: Access):
        self._db = db
        self._access = access

    def recent_imports(self, limit: int = 5) -> list[ReferenceImport]:
        rows = self._db.execute(
            "SELECT file_name, snapshot_date, imported_at, lists, offices FROM reference_imports "
            "ORDER BY id DESC LIMIT ?", [limit],
        ).fetchall()
        return [ReferenceImport(*row) for row in rows]

    def import_files(self, paths: list[Path]) -> ImportResult:
        """All files or none (one transaction)."""
        self._access.require_manager("import reference data")
        return import_reference_files(self._db, paths)
