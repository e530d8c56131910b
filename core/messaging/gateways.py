"""Whether each gateway answers, as the transport sees it (spec 06 §6.2, detection).

A gateway that did not answer (unreachable, timed out, "not available") in N send and receives in a row is
down — N is the setting ``outage_threshold``, 3 unless set. Its row in ``gateway_status`` says since when (the
first failure of the streak) and the last error, and a draft incident is opened in the incident log. Any answer
ends the streak; a gateway that was down and answers again is back: its incident is closed, and what waited for
it is sent at once, urgent messages first (see :mod:`core.messaging.outbox`).

A send and receive counts at most one failure per gateway, however many of its requests failed: a run in which
the network blinked is not an outage, and a long queue is not N failures. A refusal (HTTP 4xx) is an answer:
the gateway works, it only refused that request.

A gateway is known by :func:`gateway_source`: its address and the participant whose mailbox it keeps.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Protocol

from core.i18n import translate
from core.messaging.channels import plural
from core.messaging.store import stamp
from core.store.transactions import is_busy
from core.wording import Value, dumps, english, shown_or

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from core.communication import CommParams
    from core.store.connection import Database

log = logging.getLogger(__name__)

OUTAGE_THRESHOLD_SETTING = "outage_threshold"
DEFAULT_OUTAGE_THRESHOLD = 3


def participant_id(params: CommParams) -> str:
    return params.participant_code or params.eori


def gateway_source(params: CommParams) -> str:
    """Which gateway mailbox a delivery came from: each numbers its deliveries on its own."""
    return f"{params.gateway}|{participant_id(params)}"


class OutageLog(Protocol):
    """The incident log, as far as the transport writes to it (the continuity module keeps it).

    Both are called inside the transaction that records the gateway's state, on the same database connection."""

    def open_detected(self, source: str, gateway: str, administration: str, since: str, reason: str) -> int:
        """Open — or give the one already open — the draft customs-unplanned incident of ``gateway``, started at
        ``since`` (UTC, YYYY-MM-DDTHH:MM:SSZ); its id."""

    def close_detected(self, incident_id: int, end: str) -> None:
        """The gateway answers again since ``end`` (UTC, YYYY-MM-DDTHH:MM:SSZ)."""


@dataclass(frozen=True)
class GatewayDown:
    """A gateway known down, for the window's banner and the send and receive summary: one per address, whichever
    participants' mailboxes it keeps."""

    gateway: str
    since: str  # the first failure of the streak, UTC
    queued_count: int  # outbound messages waiting for it
    incident_id: int | None
    last_error: str  # in English, as kept
    failures: int = 0  # send and receives in a row without an answer
    sources: tuple[str, ...] = ()
    last_error_wording: str | None = None  # core.wording

    @property
    def last_error_shown(self) -> str:
        """The last error in the reader's language."""
        return shown_or(self.last_error_wording, self.last_error)

    def as_dict(self) -> dict:
        data = asdict(self)
        data["sources"] = list(self.sources)
        del data["last_error_wording"]
        data["last_error_shown"] = self.last_error_shown
        return data


def gateways_down(rows: list[_Row], queued: Callable[[str], int]) -> list[GatewayDown]:
    """The rows of the sources down, one entry per gateway address, longest down first; ``queued``: how many
    messages wait for a source."""
    by_gateway: dict[str, list[_Row]] = {}
    for row in rows:
        by_gateway.setdefault(row.gateway, []).append(row)
    result = []
    for gateway, group in by_gateway.items():
        group.sort(key=lambda row: (row.down_since or "", row.source))
        incident = next((row.incident for row in group if row.incident is not None), None)
        result.append(GatewayDown(gateway=gateway, since=group[0].down_since or "", incident_id=incident,
                                  queued_count=sum(queued(row.source) for row in group),
                                  last_error=group[-1].last_error, failures=max(row.failures for row in group),
                                  sources=tuple(row.source for row in group),
                                  last_error_wording=group[-1].last_error_wording))
    return sorted(result, key=lambda down: (down.since, down.gateway))


def merged(recoveries: list[Recovery]) -> list[Recovery]:
    """One recovery per gateway address: its mailboxes answered again in the same run."""
    by_gateway: dict[str, Recovery] = {}
    for recovery in recoveries:
        known = by_gateway.get(recovery.gateway)
        if known is None:
            by_gateway[recovery.gateway] = Recovery(**asdict(recovery))
            continue
        known.down_since = min(known.down_since, recovery.down_since)
        known.back_at = max(known.back_at, recovery.back_at)
        known.incident_id = known.incident_id if known.incident_id is not None else recovery.incident_id
        known.sent += recovery.sent
        known.urgent_sent += recovery.urgent_sent
        known.still_queued += recovery.still_queued
    return list(by_gateway.values())


@dataclass
class Recovery:
    """A gateway that was down and answered again in this send and receive, and what then went out to it."""

    gateway: str
    source: str
    down_since: str
    back_at: str
    incident_id: int | None
    sent: int = 0
    urgent_sent: int = 0
    still_queued: int = 0

    @property
    def text(self) -> str:
        went = plural(translate("Messaging", "%n message(s) went out", None, self.sent),
                      f"{self.sent} message{'' if self.sent == 1 else 's'} went out")
        if self.urgent_sent:
            went = plural(translate("Messaging", "{went}, the %n urgent one(s) first", None, self.urgent_sent),
                          f"{{went}}, the {self.urgent_sent} urgent one{'' if self.urgent_sent == 1 else 's'} first"
                          ).format(went=went)
        if self.still_queued:
            went = plural(translate("Messaging", "{went}; %n still wait(s)", None, self.still_queued),
                          f"{{went}}; {self.still_queued} still wait{'s' if self.still_queued == 1 else ''}"
                          ).format(went=went)
        return translate("Messaging", "The gateway {gateway} answers again (down since {since}): {went}.").format(
            gateway=self.gateway, since=self.down_since, went=went)

    def as_dict(self) -> dict:
        data = {**asdict(self), "text": self.text}
        del data["source"]  # one of the gateway's mailboxes: merged, it says nothing
        return data


@dataclass
class _Row:
    source: str
    gateway: str
    failures: int = 0
    down_since: str | None = None
    incident: int | None = None
    last_error: str = ""
    last_error_wording: str | None = None


def _read(db: Database, source: str | None = None) -> list[_Row]:
    where, params = ("WHERE source = ?", [source]) if source is not None else ("", [])
    rows = db.execute("SELECT source, gateway, failures, down_since, incident, last_error, last_error_wording "
                      f"FROM gateway_status {where}", params).fetchall()
    return [_Row(*row) for row in rows]


def read_down(db: Database, threshold: int) -> list[_Row]:
    return [row for row in _read(db) if row.failures >= threshold]


def threshold_from(text: str | None) -> int:
    try:
        return max(1, int(text or DEFAULT_OUTAGE_THRESHOLD))
    except ValueError:
        return DEFAULT_OUTAGE_THRESHOLD


@dataclass
class GatewayWatch:
    """The gateways' state during one send and receive: read once when it starts, kept up to date as requests
    succeed or fail, and written to ``gateway_status`` at each change (each change its own short transaction)."""

    db: Database
    threshold: int
    clock: Callable[[], datetime]
    incidents: OutageLog | None = None
    recovered: dict[str, Recovery] = field(default_factory=dict)  # by source
    handled: set[int] = field(default_factory=set)  # outbound messages this run took up (sent, or claimed elsewhere)
    _rows: dict[str, _Row] = field(default_factory=dict)
    _failed: set[str] = field(default_factory=set)  # failure counted in this run since the last answer

    def __post_init__(self) -> None:
        self._rows = {row.source: row for row in _read(self.db)}

    # -- what the senders ask ------------------------------------------------------------------------
    def is_down(self, source: str | None) -> bool:
        row = self._rows.get(source) if source is not None else None
        return row is not None and row.failures >= self.threshold

    def skips(self, source: str | None) -> bool:
        """Known down and it failed again in this run: not asked again before the next send and receive."""
        return self.is_down(source) and source in self._failed

    # -- what happened --------------------------------------------------------------------------------
    def answered(self, params: CommParams) -> Recovery | None:
        """The gateway answered: its streak of failures ends; when it was down, it is back (and returned)."""
        source = gateway_source(params)
        self._failed.discard(source)
        row = self._rows.get(source)
        if row is None or (row.failures == 0 and row.incident is None):
            return None  # nothing to put right (as far as this run knows)
        return self._guarded(lambda: self._reset(source, params))

    def failed(self, params: CommParams, reason: Value) -> None:
        """The gateway could not be reached or said it is not available."""
        source = gateway_source(params)
        self._guarded(lambda: self._count(source, params, reason))

    def note_sent(self, source: str | None, urgent: bool) -> None:
        recovery = self.recovered.get(source) if source is not None else None
        if recovery is not None:
            recovery.sent += 1
            recovery.urgent_sent += bool(urgent)

    def _guarded(self, work):
        """The gateway's state is the transport's opinion: a database kept busy by another program leaves it as it
        was (the next send and receive counts again) rather than stopping the sending."""
        try:
            return work()
        except Exception as exc:
            if not is_busy(exc):
                raise
            log.warning("the state of a gateway was not recorded (the database stayed busy): %s", exc)
            return None

    def _count(self, source: str, params: CommParams, reason: Value) -> None:
        now = stamp(self.clock())
        with self.db.atomic():
            [row] = _read(self.db, source) or [_Row(source, params.gateway)]
            was_down = row.failures >= self.threshold
            if source not in self._failed or row.failures == 0:
                self._failed.add(source)
                row.failures += 1
                if row.failures == 1 or not row.down_since:
                    row.down_since = now
            row.gateway, row.last_error = params.gateway, english(reason)
            row.last_error_wording = None if isinstance(reason, str) else dumps(reason)
            if row.failures >= self.threshold and row.incident is None:
                row.incident = self._open(row, params)
            self.db.execute(
                "INSERT INTO gateway_status (source, gateway, failures, down_since, incident, last_error, "
                "last_error_wording, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (source) DO UPDATE SET "
                "gateway = excluded.gateway, failures = excluded.failures, down_since = excluded.down_since, "
                "incident = excluded.incident, last_error = excluded.last_error, "
                "last_error_wording = excluded.last_error_wording, updated_at = excluded.updated_at",
                [source, row.gateway, row.failures, row.down_since, row.incident, row.last_error,
                 row.last_error_wording, now])
        self._rows[source] = row
        if not was_down and row.failures >= self.threshold:
            if any(other.gateway == row.gateway and other.source != source and other.failures >= self.threshold
                   for other in self._rows.values()):
                return  # said already for another mailbox on the same gateway
            log.warning("The gateway %s is down since %s: no answer in %d send and receives; %s. Last error: %s",
                        row.gateway, row.down_since, row.failures,
                        f"draft incident {row.incident} opened" if row.incident is not None else "no incident opened",
                        row.last_error)

    def _reset(self, source: str, params: CommParams) -> Recovery | None:
        now = stamp(self.clock())
        with self.db.atomic():
            rows = _read(self.db, source)
            if not rows or (rows[0].failures == 0 and rows[0].incident is None):
                self._rows[source] = rows[0] if rows else _Row(source, params.gateway)
                return None  # put right by another run meanwhile
            row = rows[0]
            self.db.execute("UPDATE gateway_status SET failures = 0, down_since = NULL, incident = NULL, "
                            "updated_at = ? WHERE source = ?", [now, source])
            if row.incident is not None and not self._still_down_elsewhere(row.incident):
                self._close(row.incident, now)
        was_down = row.failures >= self.threshold or row.incident is not None
        self._rows[source] = _Row(source, row.gateway, last_error=row.last_error,
                                  last_error_wording=row.last_error_wording)
        if not was_down:
            return None
        recovery = Recovery(gateway=row.gateway, source=source, down_since=row.down_since or now, back_at=now,
                            incident_id=row.incident)
        self.recovered[source] = recovery
        return recovery

    def _still_down_elsewhere(self, incident: int) -> bool:
        """Another participant's mailbox on the same gateway still has not answered: the incident stays open."""
        return self.db.execute("SELECT 1 FROM gateway_status WHERE incident = ?", [incident]).fetchone() is not None

    def _open(self, row: _Row, params: CommParams) -> int | None:
        if self.incidents is None:
            return None
        try:
            with self.db.atomic():  # a savepoint: an incident log that fails leaves the gateway's state recorded
                return self.incidents.open_detected(row.source, params.gateway, params.administration,
                                                    row.down_since, row.last_error)
        except Exception:
            log.exception("the draft incident for the gateway %s could not be opened", params.gateway)
            return None

    def _close(self, incident: int, end: str) -> None:
        if self.incidents is None:
            return
        try:
            with self.db.atomic():
                self.incidents.close_detected(incident, end)
        except Exception:
            log.exception("the incident %s could not be closed", incident)
