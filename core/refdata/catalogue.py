"""Look-ups in the stored code lists and customs office list."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from core.i18n import current_language

if TYPE_CHECKING:
    from core.store.connection import Database


GUARANTEE_TYPES = "GuaranteeType"
CURRENCIES = "CurrencyCodes"
INVALID_GUARANTEE_REASONS = "InvalidGuaranteeReason"
NATIONAL_PROCESSING_CODES = "NationalProcessingCode"
GUARANTEE_OFFICE_ROLE = "GUA"


@dataclass(frozen=True)
class Code:
    code: str
    description: str


@dataclass(frozen=True)
class CustomsOffice:
    id: str
    country: str
    name: str
    roles: tuple[str, ...]
    phone: str = ""

    @property
    def label(self) -> str:
        return f"{self.id} — {self.name}"


class Catalogue:
    def __init__(self, db: Database):
        self._db = db

    def codes(self, list_name: str, language: str | None = None, on: date | None = None) -> list[Code]:
        """Codes valid on ``on`` (today), with the text in ``language`` (the user's) falling back to English."""
        language = language or current_language()
        rows = self._db.execute(
            """
            SELECT code,
                   coalesce(max(CASE WHEN language = ? THEN description END),
                            max(CASE WHEN language = 'EN' THEN description END),
                            max(description)) AS description
            FROM code_lists
            WHERE list_name = ? AND state = 'valid' AND (active_from IS NULL OR active_from <= ?)
            GROUP BY code ORDER BY code
            """,
            [language.upper(), list_name, (on or date.today()).isoformat()],
        ).fetchall()
        return [Code(r[0], r[1]) for r in rows]

    def describe(self, list_name: str, code: str, language: str | None = None) -> str | None:
        """The text of ``code`` in ``language`` (the user's), else in English."""
        language = language or current_language()
        row = self._db.execute(
            """
            SELECT description FROM code_lists WHERE list_name = ? AND code = ?
            ORDER BY language = ? DESC, language = 'EN' DESC LIMIT 1
            """,
            [list_name, code, language.upper()],
        ).fetchone()
        return row[0] if row else None

    def has_code(self, list_name: str, code: str) -> bool:
        return any(c.code == code for c in self.codes(list_name))

    def office(self, office_id: str, language: str = "EN") -> CustomsOffice | None:
        rows = self._offices("o.id = ?", [office_id], language, limit=1)
        return rows[0] if rows else None

    def office_names(self, office_id: str) -> list[str]:
        """The office's name in every language the list gives."""
        rows = self._db.execute("SELECT name FROM customs_office_names WHERE office_id = ? ORDER BY language",
                                [office_id]).fetchall()
        return [r[0] for r in rows]

    def offices_named(self, words: tuple[str, ...]) -> set[str]:
        """The offices whose name, in any language, contains one of ``words`` (any case)."""
        if not words:
            return set()
        condition = " OR ".join("upper(name) LIKE ?" for _ in words)
        rows = self._db.execute(f"SELECT DISTINCT office_id FROM customs_office_names WHERE {condition}",
                                [f"%{w.upper()}%" for w in words]).fetchall()
        return {r[0] for r in rows}

    def office_valid_for(self, office_id: str, role: str, on: date | None = None) -> bool:
        row = self._db.execute(
            """SELECT 1 FROM customs_offices WHERE id = ? AND roles LIKE ? AND state = 'valid'
               AND (active_from IS NULL OR active_from <= ?)""",
            [office_id, f"%,{role},%", (on or date.today()).isoformat()],
        ).fetchone()
        return row is not None

    def search_offices(self, text: str = "", role: str | None = GUARANTEE_OFFICE_ROLE,
                       language: str = "EN", limit: int = 200, on: date | None = None) -> list[CustomsOffice]:
        """Offices valid on ``on`` with ``role``, whose code or any name contains ``text``."""
        where = ["o.state = 'valid'", "(o.active_from IS NULL OR o.active_from <= ?)"]
        params: list = [(on or date.today()).isoformat()]
        if role:
            where.append("o.roles LIKE ?")
            params.append(f"%,{role},%")
        if text.strip():
            pattern = f"%{_escape_like(text.strip().casefold())}%"
            folded = self._db.engine.casefold
            where.append(f"({folded('o.id')} LIKE ? ESCAPE '\\' OR o.id IN (SELECT office_id FROM customs_office_names"
                         f" WHERE {folded('name')} LIKE ? ESCAPE '\\'))")
            params += [pattern, pattern]
        return self._offices(" AND ".join(where), params, language, limit)

    def checks_offices_of(self, country: str) -> bool:
        """Whether the stored office list can tell that an office of ``country`` does not exist: an office list
        was imported and it holds offices of that country (the built-in list holds a few examples only)."""
        row = self._db.execute(
            """SELECT EXISTS (SELECT 1 FROM reference_imports WHERE offices > 0)
                  AND EXISTS (SELECT 1 FROM customs_offices WHERE country = ?)""",
            [country],
        ).fetchone()
        return bool(row[0])

    def office_count(self) -> int:
        return self._db.execute("SELECT count(*) FROM customs_offices").fetchone()[0]

    def _offices(self, where: str, params: list, language: str, limit: int) -> list[CustomsOffice]:
        rows = self._db.execute(
            f"""
            SELECT o.id, o.country, o.roles, o.phone,
                   coalesce((SELECT name FROM customs_office_names n WHERE n.office_id = o.id AND n.language = ?),
                            (SELECT name FROM customs_office_names n WHERE n.office_id = o.id AND n.language = 'EN'),
                            (SELECT name FROM customs_office_names n WHERE n.office_id = o.id
                             ORDER BY n.language LIMIT 1),
                            '') AS name
            FROM customs_offices o WHERE {where} ORDER BY o.id LIMIT ?
            """,
            [language.upper(), *params, limit],
        ).fetchall()
        return [
            CustomsOffice(id=r[0], country=r[1], roles=tuple(x for x in r[2].split(",") if x), phone=r[3], name=r[4])
            for r in rows
        ]


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
