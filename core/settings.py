"""Installation-wide settings: one key-value table, read and written in short transactions."""
from __future__ import annotations

from typing import TYPE_CHECKING

DEMO_OFFERED_KEY = "demo_offered"
SCHEMA_FOLDER_KEY = "schema_folder"

if TYPE_CHECKING:
    from core.store.connection import Database


class Settings:
    def __init__(self, db: Database):
        self._db = db

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self._db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    def set(self, key: str, value: str) -> None:
        """Store a value; inside a caller's transaction it joins that transaction."""
        with self._db.atomic():
            self._db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [key, value])

    def delete(self, key: str) -> None:
        with self._db.atomic():
            self._db.execute("DELETE FROM settings WHERE key = ?", [key])
