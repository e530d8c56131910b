"""Import of the EU CS/RD2 reference-data payloads (.json or .json.gz) and the built-in default.

All given files are read and checked first, then written in one transaction: a bad file
leaves the stored reference data as it was.
"""
from __future__ import annotations

import gzip
import json
import zlib
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from core.errors import UserError
from core.i18n import translate
from core.resources import resource

if TYPE_CHECKING:
    from core.store.connection import Database

# The field that holds the code differs per list in the RD2 payloads.
CODE_FIELDS = ("code", "currency", "documentType", "role", "qualifier", "method", "type", "unLocodeExtendedCode")
BUILTIN_VERSION_KEY = "builtin_refdata_version"


@dataclass
class ImportResult:
    lists: dict[str, int] = field(default_factory=dict)
    customs_offices: int = 0  # distinct offices
    customs_office_entries: int = 0  # entries in the payload: one per office and language

    def as_dict(self) -> dict:
        return {"lists": self.lists, "customs_offices": self.customs_offices,
                "customs_office_entries": self.customs_office_entries}


@dataclass
class _Payload:
    file_name: str
    message_id: str | None
    snapshot_date: str | None
    code_rows: list[dict]
    list_counts: dict[str, int]
    offices: list[dict]
    office_names: list[dict]
    office_entries: int = 0


def import_reference_files(db: Database, paths: list[Path]) -> ImportResult:
    payloads = [_read_payload(Path(p)) for p in paths]
    result = ImportResult()
    now = datetime.now(UTC).isoformat(timespec="seconds")
    with db.atomic():
        for payload in payloads:
            _store_payload(db, payload, now)
            for name, count in payload.list_counts.items():
                result.lists[name] = count
            if payload.offices:
                result.customs_offices = len(payload.offices)
                result.customs_office_entries = payload.office_entries
    return result


def install_builtin(db: Database) -> None:
    """Write the built-in default once per built-in version; never overrides imported texts."""
    data = json.loads(resource("refdata", "builtin.json").read_text(encoding="utf-8"))
    version = str(data["version"])
    stored = db.execute("SELECT value FROM settings WHERE key = ?", [BUILTIN_VERSION_KEY]).fetchone()
    if stored and stored[0] == version:
        return
    rows = [
        {"list_name": name, "code": code, "language": language, "description": text, "state": "valid"}
        for name, by_language in data["lists"].items()
        for language, codes in by_language.items()
        for code, text in codes.items()
    ]
    with db.atomic():
        db.executemany(
            """INSERT INTO code_lists (list_name, code, language, description, state)
               VALUES (:list_name, :code, :language, :description, :state) ON CONFLICT DO NOTHING""",
            rows,
        )
        for office in data["customs_offices"]:
            db.execute(
                "INSERT INTO customs_offices (id, country, roles, state) VALUES (?, ?, ?, 'valid') ON CONFLICT DO NOTHING",
                [office["id"], office["country"], _roles_text(office["roles"])],
            )
            for language, name in office["names"].items():
                db.execute(
                    "INSERT INTO customs_office_names (office_id, language, name) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
                    [office["id"], language, name],
                )
        db.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                   [BUILTIN_VERSION_KEY, version])


def _read_payload(path: Path) -> _Payload:
    data = _load_json(path)
    lists = data.get("lists") if isinstance(data, dict) else None
    if not isinstance(lists, dict):
        raise UserError(translate("ReferenceData", "{file}: not an EU reference-data payload (no 'lists' object). "
                                                   "Use the RD_NCTS-P5 or COL JSON files from CS/RD2.").format(
            file=path.name))
    info = data.get("messageInformation") or {}
    payload = _Payload(path.name, info.get("messageID"), info.get("snapshotDate"), [], {}, [], [])
    for key, code_list in lists.items():
        entries = (code_list or {}).get("listEntries")
        if not isinstance(entries, list):
            raise UserError(translate("ReferenceData", "{file}: list '{list}' has no listEntries array.").format(
                file=path.name, list=key))
        if key == "customsOffices":
            _collect_offices(payload, entries, path)
        else:
            name = code_list.get("listName") or key
            payload.list_counts[name] = _collect_codes(payload, name, entries)
    return payload


def _load_json(path: Path):
    try:
        raw = path.read_bytes()
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        return json.loads(raw)
    except FileNotFoundError:
        raise UserError(translate("ReferenceData", "{file}: file not found.").format(file=path)) from None
    except (OSError, EOFError, zlib.error, json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise UserError(translate("ReferenceData", "{file}: cannot be read as JSON ({reason}). Download the file again.")
                        .format(file=path.name, reason=exc)) from None


def _collect_codes(payload: _Payload, name: str, entries: list[dict]) -> int:
    codes = set()
    for entry in entries:
        code = next((entry[f] for f in CODE_FIELDS if f in entry), None)
        if code is None:
            continue
        codes.add(code)
        payload.code_rows.append({
            "list_name": name, "code": str(code), "language": "EN",
            "description": entry.get("description") or entry.get("name") or "",
            "state": entry.get("state", "valid"), "active_from": entry.get("activeFrom"),
        })
    return len(codes)


def _collect_offices(payload: _Payload, entries: list[dict], path: Path) -> None:
    offices: dict[str, dict] = {}
    roles: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        office_id = entry.get("id")
        if not office_id:
            raise UserError(translate("ReferenceData", "{file}: a customs office entry has no id.").format(file=path.name))
        office = offices.setdefault(office_id, {
            "id": office_id, "country": entry.get("countryId") or office_id[:2],
            "state": entry.get("state", "valid"), "active_from": entry.get("activeFrom"),
            "phone": entry.get("phoneNumber") or "",
        })
        roles[office_id].update(r.get("role") for r in entry.get("roles") or [] if r.get("role"))
        if entry.get("name"):
            payload.office_names.append({"office_id": office_id, "language": entry.get("languageCode") or "EN",
                                         "name": entry["name"]})
        if entry.get("activeFrom") and (office["active_from"] or "") < entry["activeFrom"]:
            office["active_from"] = entry["activeFrom"]
    for office_id, office in offices.items():
        office["roles"] = _roles_text(roles[office_id])
    payload.offices = list(offices.values())
    payload.office_entries = len(entries)


def _store_payload(db: Database, payload: _Payload, now: str) -> None:
    db.executemany(
        """INSERT INTO code_lists (list_name, code, language, description, state, active_from)
           VALUES (:list_name, :code, :language, :description, :state, :active_from)
           ON CONFLICT (list_name, code, language) DO UPDATE SET description = excluded.description,
               state = excluded.state, active_from = excluded.active_from""",
        payload.code_rows,
    )
    if payload.offices:
        db.execute("DELETE FROM customs_office_names")
        db.execute("DELETE FROM customs_offices")
        db.executemany(
            """INSERT INTO customs_offices (id, country, roles, state, active_from, phone)
               VALUES (:id, :country, :roles, :state, :active_from, :phone)""",
            payload.offices,
        )
        db.executemany(
            """INSERT INTO customs_office_names (office_id, language, name) VALUES (:office_id, :language, :name)
               ON CONFLICT (office_id, language) DO UPDATE SET name = excluded.name""",
            payload.office_names,
        )
    db.execute(
        """INSERT INTO reference_imports (file_name, snapshot_date, message_id, imported_at, lists, offices)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [payload.file_name, payload.snapshot_date, payload.message_id, now,
         len(payload.list_counts), len(payload.offices)],
    )


def _roles_text(roles) -> str:
    return "," + ",".join(sorted(roles)) + "," if roles else ""
