"""The durable message archive: every message in and out, its states and the records it concerns.

Nothing is ever deleted here. Outbound messages are stored before they are sent; inbound ones
are stored before the gateway is told it may forget them.
"""
from __future__ import annotations

import contextlib
import os
import secrets
import socket
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, fields
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from core.errors import NotFound
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.secrets import Secret, SecretBox
from core.store.listing import limit_offset
from core.store.rows import insert_row, insert_row_if_new, insert_rows, update_row
from core.store.transactions import when_not_busy
from core.users.access import Access
from core.wording import Value, dumps, english, in_context, shown_or

if TYPE_CHECKING:
    from core.store.connection import Database, Engine

Clock = Callable[[], datetime]
_said = in_context("Messaging")

OUTBOUND_STATES = ("draft", "queued", "sent", "delivered", "answered", "rejected", "failed")
INBOUND_STATES = ("received", "applied", "unmatched", "quarantined", "duplicate")
WAITING_FOR_ANSWER = ("sent", "delivered")
STATE_LABELS = {  # in English, translated where shown: state_label()
    "draft": QT_TRANSLATE_NOOP("Messaging", "Draft"), "queued": QT_TRANSLATE_NOOP("Messaging", "Waiting to be sent"),
    "sent": QT_TRANSLATE_NOOP("Messaging", "Sent"), "delivered": QT_TRANSLATE_NOOP("Messaging", "Delivered (receipt)"),
    "answered": QT_TRANSLATE_NOOP("Messaging", "Answered"), "rejected": QT_TRANSLATE_NOOP("Messaging", "Rejected"),
    "failed": QT_TRANSLATE_NOOP("Messaging", "Failed"), "received": QT_TRANSLATE_NOOP("Messaging", "Received"),
    "applied": QT_TRANSLATE_NOOP("Messaging", "Applied to the records"),
    "unmatched": QT_TRANSLATE_NOOP("Messaging", "Unmatched answer"),
    "quarantined": QT_TRANSLATE_NOOP("Messaging", "Quarantined"),
    "duplicate": QT_TRANSLATE_NOOP("Messaging", "Duplicate (ignored)"),
}


def state_label(state: str) -> str:
    """A message's state in the user's language (the state itself when it has no label)."""
    return translate("Messaging", STATE_LABELS[state]) if state in STATE_LABELS else state


CLAIM_SECONDS = 180  # longer than a gateway may take to answer; a run killed meanwhile loses its claim then


def new_worker_name() -> str:
    """Who holds a claim: this computer, this process and this run."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"


def _process_gone(worker: str) -> bool:
    """The claim's process ran on this computer and has ended (killed, say): its claim counts no more."""
    host, _, rest = worker.partition(":")
    pid_text = rest.partition(":")[0]
    if host != socket.gethostname() or not pid_text.isdigit() or sys.platform == "win32":
        return False  # another computer's process, or no safe way to ask: wait for the claim to lapse
    pid = int(pid_text)
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0)


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def parse_stamp(text: str | None) -> datetime | None:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) if text else None


@dataclass
class Message:
    id: int
    direction: str
    state: str
    created_at: str
    updated_at: str
    message_id: str | None = None
    gateway_id: str | None = None
    message_type: str = ""
    kind: str = ""
    params_id: int | None = None
    org_id: int | None = None
    created_by: str = ""
    correlation_id: str | None = None
    answer_to: int | None = None
    attempts: int = 0
    next_attempt_at: str | None = None
    sent_at: str | None = None
    delivered_at: str | None = None
    answered_at: str | None = None
    result: str = ""
    error_code: str | None = None
    error_text: str | None = None
    alerted_at: str | None = None
    sealed_for: str | None = None
    urgent: bool = False  # "send immediately after resumption": goes before the others
    result_wording: str | None = None  # the result's wording (core.wording), to show it in the reader's language
    grns: list[str] = field(default_factory=list)

    @classmethod
    def from_row(cls, row, grns: list[str]) -> Message:
        names = {f.name for f in fields(cls)} - {"grns"}
        values = {n: row[n] for n in names}
        values["urgent"] = bool(values["urgent"])
        return cls(**values, grns=grns)

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def result_shown(self) -> str:
        """The result in the reader's language (in English as it was kept when it has no wording)."""
        return shown_or(self.result_wording, self.result)

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self) if f.name not in ("sealed_for", "result_wording")}
        data["state_label"] = self.state_label
        data["result_shown"] = self.result_shown
        return data


@dataclass(frozen=True)
class Event:
    at: str
    state: str
    detail: str  # in English, as kept
    wording: str | None = None

    @property
    def shown(self) -> str:
        """The step in the reader's language."""
        return shown_or(self.wording, self.detail)


@dataclass
class MessageFilter:
    direction: str | None = None
    message_type: str | None = None
    state: str | None = None
    org_id: int | None = None
    guarantee_id: int | None = None
    grn: str | None = None
    date_from: str | None = None  # ISO date, inclusive
    date_to: str | None = None
    text: str | None = None

    def where(self, db_engine: Engine) -> tuple[str, list]:
        clauses, params = [], []
        for column in ("direction", "message_type", "state", "org_id"):
            value = getattr(self, column)
            if value not in (None, ""):
                clauses.append(f"m.{column} = ?")
                params.append(value)
        if self.guarantee_id is not None:
            clauses.append("m.id IN (SELECT message FROM message_records WHERE guarantee_id = ?)")
            params.append(self.guarantee_id)
        if self.grn:
            clauses.append("m.id IN (SELECT message FROM message_records WHERE grn = ?)")
            params.append(self.grn.strip().upper())
        if self.date_from:
            clauses.append("m.created_at >= ?")
            params.append(self.date_from)
        if self.date_to:
            clauses.append("m.created_at < ?")
            params.append((date.fromisoformat(self.date_to) + timedelta(days=1)).isoformat())
        if self.text and self.text.strip():
            condition, words = db_engine.message_search(self.text.split())
            clauses.append(condition)
            params.append(words)
        return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


class MessageStore:
    def __init__(self, db: Database, box: SecretBox, access: Access, clock: Clock = utc_now):
        """``box`` seals the stored XML; ``access`` limits the listings to the user's organisations.

        Outgoing messages are stored as sent — signed and encrypted for customs — and, for reading,
        as XML with the access codes masked.
        """
        self._db = db
        self.clock = clock
        self._box = box
        self._access = access
        self.worker = new_worker_name()

    # -- claims ----------------------------------------------------------------------------------
    def claim(self, row_id: int, state: str) -> bool:
        """Take the message in ``state`` for this run, unless another run holds it: only the run holding a
        message sends or applies it. The claim ends when released or when it lapses."""
        return bool(self.claim_many([row_id], state))

    def claim_many(self, row_ids: list[int], state: str) -> list[int]:
        """Claim those of the messages that are in ``state`` and free, in one transaction; their ids in order."""
        return when_not_busy(lambda: self._claim_many(row_ids, state)) if row_ids else []

    def _claim_many(self, row_ids: list[int], state: str) -> list[int]:
        now = self.clock()
        marks = ", ".join("?" * len(row_ids))
        with self._db.atomic():
            rows = self._db.execute(f"SELECT id, state, claimed_by, claimed_until FROM messages WHERE id IN ({marks})"
                                    f"{self._db.engine.skip_locked}", row_ids).fetchall()
            mine = sorted(row[0] for row in rows if row[1] == state and self._free(row[2], row[3], now))
            until = stamp(now + timedelta(seconds=CLAIM_SECONDS))
            self._db.executemany("UPDATE messages SET claimed_by = ?, claimed_until = ? WHERE id = ?",
                                      [(self.worker, until, row_id) for row_id in mine])
        return mine

    def _free(self, holder: str | None, until: str | None, now: datetime) -> bool:
        lapses = parse_stamp(until)
        return not holder or holder == self.worker or lapses is None or lapses <= now or _process_gone(holder)

    def release(self, row_id: int) -> None:
        self.release_many([row_id])

    def release_many(self, row_ids: list[int]) -> None:
        if not row_ids:
            return
        marks = ", ".join("?" * len(row_ids))
        when_not_busy(lambda: self._db.execute(
            f"UPDATE messages SET claimed_by = NULL, claimed_until = NULL WHERE id IN ({marks}) AND claimed_by = ?",
            [*row_ids, self.worker]))

    @contextlib.contextmanager
    def claimed(self, row_id: int, state: str) -> Iterator[bool]:
        """``with store.claimed(id, "queued") as mine:`` — work on the message only when ``mine``."""
        mine = self.claim(row_id, state)
        try:
            yield mine
        finally:
            if mine:
                self.release(row_id)

    def holds(self, row_id: int, state: str) -> bool:
        """Inside a transaction: the message is still in ``state`` and claimed by this run."""
        row = self._db.execute("SELECT state, claimed_by FROM messages WHERE id = ?", [row_id]).fetchone()
        return row is not None and row[0] == state and row[1] == self.worker

    def now(self) -> str:
        return stamp(self.clock())

    # -- writing ---------------------------------------------------------------------------------
    def add_outbound(self, *, message_type: str, kind: str, message_id: str, xml: bytes, params_id: int | None,
                     org_id: int | None, created_by: str, records: list[tuple[int | None, str]],
                     search_text: str = "", state: str = "queued", envelope: bytes | None = None,
                     sealed_for: str | None = None, content_sealed: bytes | None = None,
                     urgent: bool = False) -> Message:
        now = self.now()
        with self._db.atomic():
            row_id = insert_row(self._db, "messages", {
                "direction": "out", "message_id": message_id, "message_type": message_type, "kind": kind,
                "state": state, "params_id": params_id, "org_id": org_id, "created_by": created_by,
                "created_at": now, "updated_at": now, "xml": self._seal(xml, message_id), "next_attempt_at": now,
                "search_text": search_text, "envelope": envelope, "sealed_for": sealed_for,
                "content_sealed": content_sealed, "urgent": int(urgent),
            })
            self._add_records(row_id, records)
            self._event(row_id, state, _said(QT_TRANSLATE_NOOP("Messaging", "stored, urgent: sent before the others"))
                        if urgent else _said(QT_TRANSLATE_NOOP("Messaging", "stored")))
        return self.get(row_id)

    def add_inbound(self, *, gateway_id: str, envelope: bytes | None, params_id: int | None, source: str,
                    refused: Value | None = None) -> int | None:
        """Store what the gateway ``source`` delivered as ``gateway_id``; None when it was stored before (the
        gateway resent it, or another run fetched it at the same time). ``refused``: why it is quarantined
        unread (its content is not kept)."""
        now = self.now()
        with self._db.atomic():
            state = "quarantined" if refused else "received"
            result = _said(QT_TRANSLATE_NOOP("Messaging", "Quarantined: {reason}"), reason=refused) if refused else ""
            row_id = insert_row_if_new(self._db, "messages", {
                "direction": "in", "gateway_id": gateway_id, "source": source, "state": state,
                "params_id": params_id, "created_at": now, "updated_at": now, "envelope": envelope,
                "error_text": english(refused) if refused else None, "result": english(result)[:500],
                "result_wording": dumps(result) if refused else None,
            })
            if row_id is None:
                return None
            self._event(row_id, "received", _said(QT_TRANSLATE_NOOP("Messaging", "fetched from the gateway as {id}"),
                                                  id=gateway_id))
            if refused:
                self._event(row_id, state, refused)
        return row_id

    def delivery_row(self, source: str, gateway_id: str) -> tuple[int, str, bool] | None:
        """(id, state, whether its content is kept) of the delivery ``gateway_id`` from ``source``, if stored."""
        row = self._db.execute(
            "SELECT id, state, envelope IS NOT NULL FROM messages WHERE direction = 'in' AND source = ? "
            "AND gateway_id = ?", [source, gateway_id]).fetchone()
        return (row[0], row[1], bool(row[2])) if row else None

    def keep_refused_delivery(self, row_id: int, envelope: bytes) -> None:
        """A delivery quarantined unread (too large) is fetched again now that it may be kept: apply it."""
        with self._db.atomic():
            self.update(row_id, state="received", envelope=envelope, error_text=None, result="",
                        detail=_said(QT_TRANSLATE_NOOP("Messaging", "fetched again within the size limit")))

    def update(self, row_id: int, *, state: str | None = None, detail: Value = "", **columns) -> None:
        """Change columns and, when ``state`` is given, record the state change. Call inside db.atomic().
        ``detail`` and a ``result`` may be wordings (core.wording): kept in English and as wording."""
        if "result" in columns and not isinstance(columns["result"], str):
            columns["result_wording"] = dumps(columns["result"])
            columns["result"] = english(columns["result"])[:500]
        elif "result" in columns:
            columns["result_wording"] = None
        columns["updated_at"] = self.now()
        if state is not None:
            columns["state"] = state
        update_row(self._db, "messages", row_id, columns)
        if state is not None or detail:
            self._event(row_id, state or self.get_state(row_id), detail)

    def set_records(self, row_id: int, records: list[tuple[int | None, str]]) -> None:
        self._db.execute("DELETE FROM message_records WHERE message = ?", [row_id])
        self._add_records(row_id, records)

    def _add_records(self, row_id: int, records: list[tuple[int | None, str]]) -> None:
        insert_rows(self._db, "message_records", [{"message": row_id, "guarantee_id": gid, "grn": grn, "position": i}
                                                  for i, (gid, grn) in enumerate(records)])

    def _event(self, row_id: int, state: str, detail: Value) -> None:
        wording = None if isinstance(detail, str) else dumps(detail)
        insert_row(self._db, "message_events", {"message": row_id, "at": self.now(), "state": state,
                                                "detail": english(detail), "wording": wording})

    # -- reading ---------------------------------------------------------------------------------
    def get(self, row_id: int) -> Message:
        rows = self._select("WHERE m.id = ?", [row_id])
        if not rows:
            raise NotFound(translate("Messaging", "Message {id} does not exist.").format(id=row_id))
        return rows[0]

    def get_state(self, row_id: int) -> str:
        return self._db.execute("SELECT state FROM messages WHERE id = ?", [row_id]).fetchone()[0]

    def content(self, row_id: int) -> tuple[bytes | None, bytes | None]:
        """(xml, envelope) as built or received."""
        row = self._db.execute("SELECT xml, envelope, direction, message_id FROM messages WHERE id = ?",
                               [row_id]).fetchone()
        if row is None:
            raise NotFound(translate("Messaging", "Message {id} does not exist.").format(id=row_id))
        xml, envelope, direction, message_id = row
        return (self._open(xml, message_id) if direction == "out" else xml), envelope

    def has_content(self, row_id: int) -> bool:
        row = self._db.execute("SELECT envelope IS NOT NULL OR xml IS NOT NULL FROM messages WHERE id = ?",
                               [row_id]).fetchone()
        return bool(row and row[0])

    def content_sealed(self, row_id: int) -> bytes | None:
        """The content as queued, sealed with the key of the user who queued it."""
        row = self._db.execute("SELECT content_sealed FROM messages WHERE id = ?", [row_id]).fetchone()
        return row[0] if row else None

    def _seal(self, xml: bytes, message_id: str) -> bytes:
        return self._box.seal(Secret(xml.decode("utf-8")), f"message|{message_id}")

    def _open(self, stored: bytes | None, message_id: str) -> bytes | None:
        if stored is None:
            return None
        return self._box.open(stored, f"message|{message_id}").reveal().encode("utf-8")

    def find_id(self, message_id: str) -> int | None:
        """The newest message, in or out, with this message identification."""
        row = self._db.execute("SELECT id FROM messages WHERE message_id = ? ORDER BY id DESC LIMIT 1",
                               [message_id]).fetchone()
        return row[0] if row else None

    def records(self, row_id: int) -> list[tuple[int | None, str]]:
        rows = self._db.execute(
            "SELECT guarantee_id, grn FROM message_records WHERE message = ? ORDER BY position", [row_id]
        ).fetchall()
        return [(r[0], r[1]) for r in rows]

    def events(self, row_id: int) -> list[Event]:
        rows = self._db.execute("SELECT at, state, detail, wording FROM message_events WHERE message = ? ORDER BY id",
                                [row_id])
        return [Event(*r) for r in rows.fetchall()]

    def search_text(self, row_id: int) -> str:
        return self._db.execute("SELECT search_text FROM messages WHERE id = ?", [row_id]).fetchone()[0]

    def last_event_id(self) -> int:
        return self._db.execute("SELECT max(id) FROM message_events").fetchone()[0] or 0

    def guarantees_touched_since(self, event_id: int) -> set[int]:
        """The guarantees of the messages whose history grew after ``event_id``."""
        rows = self._db.execute(
            "SELECT DISTINCT r.guarantee_id FROM message_events e JOIN message_records r ON r.message = e.message "
            "WHERE e.id > ? AND r.guarantee_id IS NOT NULL", [event_id],
        ).fetchall()
        return {r[0] for r in rows}

    def find_outbound(self, message_id: str | None) -> Message | None:
        if not message_id:
            return None
        rows = self._select("WHERE m.direction = 'out' AND m.message_id = ?", [message_id])
        return rows[0] if rows else None

    def inbound_already_processed(self, message_id: str, except_row: int) -> bool:
        return self._db.execute(
            "SELECT 1 FROM messages WHERE direction = 'in' AND message_id = ? AND id != ? "
            "AND state IN ('applied', 'unmatched')", [message_id, except_row],
        ).fetchone() is not None

    def answers_to(self, row_id: int) -> list[Message]:
        return self._select("WHERE m.answer_to = ?", [row_id])

    def due_outbound(self, params_id: int | None = None, ignore_backoff: bool = False) -> list[Message]:
        """The queued messages to send, urgent ones first, then in the order they were queued."""
        clauses = ["m.direction = 'out'", "m.state = 'queued'"]
        params: list = []
        if not ignore_backoff:
            clauses.append("(m.next_attempt_at IS NULL OR m.next_attempt_at <= ?)")
            params.append(self.now())
        if params_id is not None:
            clauses.append("m.params_id = ?")
            params.append(params_id)
        return self._select("WHERE " + " AND ".join(clauses), params, order="m.urgent DESC, m.id")

    def queued_count(self, params_ids: list[int]) -> int:
        """How many outbound messages of these parameter sets wait to be sent."""
        if not params_ids:
            return 0
        marks = ", ".join("?" * len(params_ids))
        return self._db.execute(f"SELECT count(*) FROM messages WHERE direction = 'out' AND state = 'queued' "
                                f"AND params_id IN ({marks})", params_ids).fetchone()[0]

    def pending_inbound(self) -> list[int]:
        rows = self._db.execute("SELECT id FROM messages WHERE direction = 'in' AND state = 'received' ORDER BY id")
        return [r[0] for r in rows.fetchall()]

    def last_query_at(self, grn: str) -> datetime | None:
        row = self._db.execute(
            """SELECT max(m.created_at) FROM messages m JOIN message_records r ON r.message = m.id
               WHERE r.grn = ? AND m.direction = 'out' AND m.message_type = 'CC034C'
               AND m.state NOT IN ('draft', 'failed')""", [grn],
        ).fetchone()
        return parse_stamp(row[0]) if row and row[0] else None

    def latest_outbound_state(self, guarantee_id: int, message_type: str) -> str | None:
        """The state of the newest message of ``message_type`` sent about the guarantee, or None."""
        row = self._db.execute(
            """SELECT m.state FROM messages m JOIN message_records r ON r.message = m.id
               WHERE r.guarantee_id = ? AND m.direction = 'out' AND m.message_type = ?
               ORDER BY m.id DESC LIMIT 1""", [guarantee_id, message_type],
        ).fetchone()
        return row[0] if row else None

    def waiting_since(self, before: datetime) -> list[Message]:
        """Sent messages still without an answer since before ``before`` and not yet alerted."""
        return self._select(
            "WHERE m.direction = 'out' AND m.state IN ('sent', 'delivered') AND m.sent_at <= ? AND m.alerted_at IS NULL",
            [stamp(before)], order="m.id",
        )

    def overdue(self) -> list[Message]:
        return self._select("WHERE m.direction = 'out' AND m.state IN ('sent', 'delivered') AND m.alerted_at IS NOT NULL", [])

    def count(self, flt: MessageFilter | None = None) -> int:
        where, params = self._visible_where(flt)
        return self._db.execute(f"SELECT count(*) FROM messages m{where}", params).fetchone()[0]

    def list(self, flt: MessageFilter | None = None, offset: int = 0, limit: int = -1) -> list[Message]:
        where, params = self._visible_where(flt)
        return self._select(where, params, order="m.created_at DESC, m.id DESC", limit=limit, offset=offset)

    def _visible_where(self, flt: MessageFilter | None) -> tuple[str, list]:
        where, params = (flt or MessageFilter()).where(self._db.engine)
        visible, more = self._access.org_filter("m.org_id")
        if not more:
            return where, params
        return (where + " AND " if where else " WHERE ") + visible, [*params, *more]

    def require_visible(self, row_id: int) -> Message:
        """The message, when the user may read it (it concerns an organisation they represent)."""
        message = self.get(row_id)
        if not self._access.is_admin and not self._access.can_see(message.org_id):
            raise NotFound(translate("Messaging", "Message {id} does not exist or concerns an organisation {user} does "
                                                  "not represent.").format(id=row_id, user=self._access.user.login))
        return message

    def message_types(self) -> list[str]:
        rows = self._db.execute("SELECT DISTINCT message_type FROM messages WHERE message_type != '' ORDER BY 1")
        return [r[0] for r in rows.fetchall()]

    def _select(self, where: str, params: list, order: str = "m.id", limit: int = -1, offset: int = 0) -> list[Message]:
        columns = ", ".join(f"m.{f.name}" for f in fields(Message) if f.name != "grns")
        grns = self._db.engine.joined_text("grn", "FROM message_records WHERE message = m.id", "position")
        rows = self._db.execute(
            f"SELECT {columns}, {grns} AS grn_list "
            f"FROM messages m {where} ORDER BY {order} LIMIT ? OFFSET ?", [*params, *limit_offset(limit, offset)],
        )
        names = [d[0] for d in rows.description]
        result = []
        for values in rows.fetchall():
            row = dict(zip(names, values))
            result.append(Message.from_row(row, (row["grn_list"] or "").split()))
        return result


def backoff_delay(attempts: int) -> timedelta:
    """10 s, 30 s, 1 min, 2 min, 5 min, then every 15 min."""
    steps = [10, 30, 60, 120, 300]
    return timedelta(seconds=steps[attempts - 1] if 0 < attempts <= len(steps) else 900)
