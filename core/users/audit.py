"""The audit log: who used which secret and when, who signed in, who changed whose rights (spec 04 §4.2).

The table is append-only (database triggers refuse changes). Entries never hold a secret.
"""
from __future__ import annotations

import csv
import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.listing import limit_offset
from core.wording import Value, dumps, english, shown_or

if TYPE_CHECKING:
    from core.data_folder import DataFolder
    from core.store.connection import Database

log = logging.getLogger(__name__)

# action -> how the audit window names it
ACTIONS = {  # in English, translated where shown: action_label()
    "login": QT_TRANSLATE_NOOP("Audit", "signed in"),
    "login_failed": QT_TRANSLATE_NOOP("Audit", "failed sign-in"),
    "logout": QT_TRANSLATE_NOOP("Audit", "signed out"),
    "locked": QT_TRANSLATE_NOOP("Audit", "locked after inactivity"),
    "password_changed": QT_TRANSLATE_NOOP("Audit", "changed own password"),
    "password_reset": QT_TRANSLATE_NOOP("Audit", "password reset by an administrator"),
    "user_added": QT_TRANSLATE_NOOP("Audit", "user added"),
    "user_changed": QT_TRANSLATE_NOOP("Audit", "user changed"),
    "spk_used": QT_TRANSLATE_NOOP("Audit", "secondary access code used in a message"),
    "spk_changed": QT_TRANSLATE_NOOP("Audit", "secondary access codes changed"),
    "pac_stored": QT_TRANSLATE_NOOP("Audit", "primary access code stored"),
    "pac_revealed": QT_TRANSLATE_NOOP("Audit", "primary access code revealed"),
    "pac_changed": QT_TRANSLATE_NOOP("Audit", "primary access code change requested"),
    "pac_deleted": QT_TRANSLATE_NOOP("Audit", "primary access code deleted"),
    "pac_replaced": QT_TRANSLATE_NOOP("Audit", "primary access code replaced after customs confirmed the change"),
    "codes_lost": QT_TRANSLATE_NOOP("Audit", "access codes made unreadable by a password reset"),
    "representation_added": QT_TRANSLATE_NOOP("Audit", "representation added"),
    "representation_changed": QT_TRANSLATE_NOOP("Audit", "representation changed"),
    "onboarding_step": QT_TRANSLATE_NOOP("Audit", "onboarding checklist step changed"),
    "message_retried": QT_TRANSLATE_NOOP("Audit", "quarantined answer applied again"),
}
CSV_HEADINGS = (QT_TRANSLATE_NOOP("Audit", "time (UTC)"), QT_TRANSLATE_NOOP("Audit", "user"),
                QT_TRANSLATE_NOOP("Audit", "action"), "GRN", QT_TRANSLATE_NOOP("Audit", "message"),
                QT_TRANSLATE_NOOP("Audit", "organisation"), QT_TRANSLATE_NOOP("Audit", "guarantee"),
                QT_TRANSLATE_NOOP("Audit", "detail"))
# the actions also written to the log file, with the login name only (never the detail)
LOGGED_ACTIONS = {"login": logging.INFO, "logout": logging.INFO, "locked": logging.INFO,
                  "login_failed": logging.WARNING}


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    user: str
    action: str
    org_id: int | None
    guarantee_id: int | None
    grn: str
    message_id: str
    detail: str  # in English, as kept
    wording: str | None = None  # the detail's wording (core.wording), to show it in the reader's language

    @property
    def action_label(self) -> str:
        """The action in the reader's language."""
        return action_label(self.action)

    @property
    def detail_shown(self) -> str:
        return shown_or(self.wording, self.detail)

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "wording"}
        data["action_label"] = self.action_label
        data["detail_shown"] = self.detail_shown
        return data


def action_label(action: str) -> str:
    return translate("Audit", ACTIONS[action]) if action in ACTIONS else action


@dataclass
class AuditFilter:
    user: str | None = None
    action: str | None = None
    grn: str | None = None
    since: str | None = None   # ISO date or time, inclusive
    until: str | None = None   # ISO date (the whole day) or time, inclusive
    text: str | None = None

    def where(self) -> tuple[str, list]:
        clauses, params = [], []
        if self.user:
            clauses.append('"user" = ? COLLATE NOCASE')
            params.append(self.user)
        if self.action:
            clauses.append("action = ?")
            params.append(self.action)
        if self.grn:
            clauses.append("grn = ?")
            params.append(self.grn.strip().upper())
        if self.since:
            clauses.append("at >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("at <= ?")
            params.append(self.until + ("T99" if len(self.until) == 10 else ""))
        if self.text:
            clauses.append("(detail LIKE ? OR grn LIKE ? OR message_id LIKE ? OR \"user\" LIKE ?)")
            params.extend([f"%{self.text}%"] * 4)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def utc_stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class AuditLog:
    def __init__(self, db: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC),
                 only_user: str | None = None, files: DataFolder | None = None):
        self._db = db
        self._clock = clock
        self.only_user = only_user  # a viewer who may read only their own entries
        self._files = files  # where exports are written (the data folder knows which files are its own)

    def record(self, user: str, action: str, *, org_id: int | None = None, guarantee_id: int | None = None,
               grn: str = "", message_id: str = "", detail: Value = "") -> None:
        """Append one entry; call it inside the transaction of the change it describes. ``detail``: a wording
        (core.wording), kept in English and shown in each reader's language; a plain text is kept as it is."""
        if action not in ACTIONS:
            raise ValueError(f"unknown audit action {action!r}")
        wording = None if isinstance(detail, str) else dumps(detail)
        self._db.execute(
            "INSERT INTO audit_log (at, \"user\", action, org_id, guarantee_id, grn, message_id, detail, wording) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [utc_stamp(self._clock()), user, action, org_id, guarantee_id, grn, message_id, english(detail), wording],
        )
        if action in LOGGED_ACTIONS:
            log.log(LOGGED_ACTIONS[action], "%s: %s", ACTIONS[action], user)

    def count(self, flt: AuditFilter | None = None) -> int:
        where, params = self._where(flt)
        return self._db.execute(f"SELECT count(*) FROM audit_log{where}", params).fetchone()[0]

    def list(self, flt: AuditFilter | None = None, offset: int = 0, limit: int = -1) -> list[AuditEntry]:
        where, params = self._where(flt)
        rows = self._db.execute(
            'SELECT id, at, "user", action, org_id, guarantee_id, grn, message_id, detail, wording FROM audit_log'
            f"{where} ORDER BY id DESC LIMIT ? OFFSET ?", [*params, *limit_offset(limit, offset)],
        ).fetchall()
        return [AuditEntry(*row) for row in rows]

    def _where(self, flt: AuditFilter | None) -> tuple[str, list]:
        where, params = (flt or AuditFilter()).where()
        if self.only_user is None:
            return where, params
        return (where + " AND " if where else " WHERE ") + '"user" = ? COLLATE NOCASE', [*params, self.only_user]

    def users(self) -> list[str]:
        return [r[0] for r in self._db.execute('SELECT DISTINCT "user" FROM audit_log ORDER BY "user"').fetchall()]

    def export_csv(self, path: Path, flt: AuditFilter | None = None, *, replace: bool = False) -> int:
        """Write the filtered entries to ``path`` (UTF-8 with BOM, so spreadsheets read the accents); the count.

        An existing file is replaced only with ``replace``; the data folder's own files never are."""
        if self._files is None:
            raise RuntimeError("this audit log was opened without its data folder: it cannot export")
        entries = self.list(flt)
        text = io.StringIO(newline="")
        writer = csv.writer(text)
        writer.writerow([translate("Audit", heading) for heading in CSV_HEADINGS])
        for e in reversed(entries):
            writer.writerow([e.at, e.user, e.action_label, e.grn, e.message_id, e.org_id or "",
                             e.guarantee_id or "", e.detail_shown])
        self._files.write_user_file(Path(path), text.getvalue().encode("utf-8-sig"), replace=replace)
        return len(entries)
