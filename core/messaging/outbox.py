"""Sending what is due: claimed in batches, several in flight at once, each batch recorded in one transaction.

A message is claimed before it goes and recorded as sent after the gateway took it. A run killed in
between leaves it queued: it is sent again under the same identification, which customs take once.
Messages about the same guarantee keep their order (one after the other on one lane); others travel
side by side, so the gateway's work and ours overlap.

Urgent messages ("send immediately after resumption", such as unloading remarks) go first: they, and the
messages queued before them about the same records, are sent and recorded before any other.

A gateway known down (:mod:`core.messaging.gateways`) is not hammered: each send and receive tries only its
first message, as a probe, and leaves the others alone — neither tried nor backed off, and the probe that fails
is not backed off either, so nothing waits longer than the outage itself. When the probe (or the fetching) finds
the gateway back, everything queued for it goes in the same run, whatever delays the failures before had set.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.errors import UserError
from core.i18n import QT_TRANSLATE_NOOP
from core.messaging import faults
from core.messaging.channels import (
    Channel,
    ChannelError,
    PermanentChannelError,
    channel_for,
    recorded,
    said,
)
from core.messaging.gateways import GatewayWatch, gateway_source
from core.messaging.store import Message, backoff_delay, stamp
from core.wording import Phrase, Value, WordedError, english, shown

if TYPE_CHECKING:
    from collections.abc import Callable

    from core.communication import CommParams, CommParamsService
    from core.messaging.apply import AnswerApplier
    from core.messaging.store import MessageStore
    from core.store.connection import Database

CLAIM_BATCH = 50  # messages claimed and recorded at once: few transactions, and each claim far from lapsing
LANES = 8  # messages in flight at once


class HeldBack(WordedError):
    """The message cannot go yet (a certificate is missing, expired or changed); it stays queued."""


@dataclass
class Attempt:
    """One message on its way: what happened to it, recorded with the others of its batch."""

    message: Message
    params: CommParams | None = None
    envelope: bytes | None = None
    outcome: str = ""  # sent / retry / failed / held
    reason: Value = ""  # why it did not go (a wording: core.wording)
    probe: bool = False  # the one message tried on a gateway known down
    reached: bool | None = None  # whether the gateway answered (None: not asked)
    receipt: bytes | None = None
    receipt_detail: Phrase | None = None


@dataclass
class Outbox:
    db: Database
    store: MessageStore
    params: CommParamsService
    applier: AnswerApplier
    envelope_for: Callable[[Message, CommParams], bytes]  # raises HeldBack when it cannot be sealed now
    participant: Callable[[CommParams], str]
    watch: GatewayWatch
    channels: dict[int, Channel] = field(default_factory=dict)
    sources: dict[int | None, str | None] = field(default_factory=dict)

    async def send_due(self, summary, ignore_backoff: bool = False, recovered_only: bool = False) -> None:
        """Probe each gateway known down, then send what is due (and all that waited for a gateway found back).
        ``recovered_only``: only what waits for a gateway found back in this run and not tried yet."""
        try:
            if not recovered_only:
                await self._send_all(self._probes(), summary, ignore_backoff, probe=True)
                await self._send_all(self._plan(ignore_backoff), summary, ignore_backoff)
            # a gateway the fetching found back meanwhile: what waited for it goes now
            await self._send_all(self._plan(ignore_backoff, recovered_only=True), summary, ignore_backoff)
        finally:
            for channel in self.channels.values():
                await channel.close()
            self.channels.clear()

    def _plan(self, ignore_backoff: bool, recovered_only: bool = False) -> list[Message]:
        """What goes now: the messages due, except those waiting for a gateway known down; all those of a gateway
        found back in this run, whatever their delays."""
        return [m for m in self.store.due_outbound(ignore_backoff=True)
                if m.id not in self.watch.handled and self._planned(m, ignore_backoff, recovered_only)]

    def _planned(self, message: Message, ignore_backoff: bool, recovered_only: bool) -> bool:
        source = self._source(message)
        if source is not None and source in self.watch.recovered:
            return True
        return not recovered_only and not self.watch.is_down(source) and (ignore_backoff or self._due(message))

    def _probes(self) -> list[Message]:
        """The first message (in the order of :func:`drain_order`) of each gateway known down and not already found
        still down in this run."""
        first: dict[str, Message] = {}
        waiting = [m for m in self.store.due_outbound(ignore_backoff=True) if m.id not in self.watch.handled]
        for message in drain_order(waiting):
            source = self._source(message)
            if source is not None and self.watch.is_down(source) and not self.watch.skips(source):
                first.setdefault(source, message)
        return list(first.values())

    async def _send_all(self, messages: list[Message], summary, ignore_backoff: bool, probe: bool = False) -> None:
        """In batches, urgent messages (and those before them about the same records) before the others."""
        urgent, others = drain_phases(messages)
        for phase in (urgent, others):
            ids = [m.id for m in phase]
            for start in range(0, len(ids), CLAIM_BATCH):
                batch = ids[start:start + CLAIM_BATCH]
                self.watch.handled.update(batch)
                mine = self.store.claim_many(batch, "queued")
                try:
                    messages = [self.store.get(row_id) for row_id in mine]
                    attempts = [Attempt(m, probe=probe) for m in messages if probe or self._goes(m, ignore_backoff)]
                    await self._send(attempts)
                    self._record(attempts, summary)
                    self._note_gateways(attempts)
                finally:
                    self.store.release_many(mine)

    def _goes(self, message: Message, ignore_backoff: bool) -> bool:
        """Still to be sent now that it is claimed: not tried by another run a moment ago, and its gateway not found
        down since it was planned."""
        source = self._source(message)
        if source is not None and source in self.watch.recovered:
            return True
        if self.watch.is_down(source):
            return False
        return ignore_backoff or self._due(message)

    def _source(self, message: Message) -> str | None:
        """The gateway the message goes to (None: it has no parameter set with a gateway)."""
        if message.params_id not in self.sources:
            try:
                params = self.params.get(message.params_id) if message.params_id is not None else None
            except UserError:
                params = None
            self.sources[message.params_id] = gateway_source(params) if params is not None and params.gateway else None
        return self.sources[message.params_id]

    def _note_gateways(self, attempts: list[Attempt]) -> None:
        """What the batch showed of each gateway: one answer is enough to know it works."""
        answered: dict[str, CommParams] = {}
        failed: dict[str, tuple[CommParams, Value]] = {}
        for attempt in attempts:
            if attempt.reached is True:
                answered[gateway_source(attempt.params)] = attempt.params
            elif attempt.reached is False:
                failed[gateway_source(attempt.params)] = (attempt.params, attempt.reason)
        for params in answered.values():
            self.watch.answered(params)
        for source, (params, reason) in failed.items():
            if source not in answered:
                self.watch.failed(params, reason)
        for attempt in attempts:
            if attempt.outcome == "sent":
                self.watch.note_sent(gateway_source(attempt.params), attempt.message.urgent)

    def _due(self, message: Message) -> bool:
        """Not tried by another run a moment ago."""
        return message.next_attempt_at is None or message.next_attempt_at <= self.store.now()

    # -- on the way ------------------------------------------------------------------------------
    async def _send(self, attempts: list[Attempt]) -> None:
        gate = asyncio.Semaphore(LANES)

        async def lane(queue: list[Attempt]) -> None:
            async with gate:
                for attempt in queue:
                    await self._send_one(attempt)

        await asyncio.gather(*(lane(queue) for queue in lanes(attempts)))

    async def _send_one(self, attempt: Attempt) -> None:
        message = attempt.message
        try:
            attempt.params = self.params.get(message.params_id)
            attempt.envelope = self.envelope_for(message, attempt.params)
        except HeldBack as exc:
            attempt.outcome, attempt.reason = "held", recorded(exc)
            return
        except UserError as exc:
            attempt.outcome, attempt.reason = "failed", recorded(exc)
            return
        faults.crash_point("before-send")
        try:
            attempt.receipt = await self._channel(attempt.params).send(message.message_id, attempt.envelope)
        except PermanentChannelError as exc:
            attempt.outcome, attempt.reason, attempt.reached = "failed", recorded(exc), True
            return
        except ChannelError as exc:
            attempt.outcome, attempt.reason, attempt.reached = "retry", recorded(exc), False
            return
        faults.crash_point("after-send")
        attempt.outcome, attempt.reached = "sent", True
        if attempt.receipt:
            attempt.receipt_detail = self.applier.receipt_detail(attempt.receipt, attempt.params, message.message_id)

    def _channel(self, params: CommParams) -> Channel:
        if params.id not in self.channels:
            self.channels[params.id] = channel_for(params.gateway, self.participant(params))
        return self.channels[params.id]

    # -- recording -------------------------------------------------------------------------------
    def _record(self, attempts: list[Attempt], summary) -> None:
        """What happened to the batch, in one transaction."""
        with self.db.atomic():
            for attempt in attempts:
                RECORDERS[attempt.outcome](self, attempt, summary)

    def _record_sent(self, attempt: Attempt, summary) -> None:
        message, params = attempt.message, attempt.params
        summary.sent += 1
        accepted = said(QT_TRANSLATE_NOOP("Messaging", "accepted by the gateway {gateway}"), gateway=params.gateway)
        if self.store.get_state(message.id) != "queued":  # answered meanwhile (another run fetched the answer)
            self.store.update(message.id, detail=accepted, sent_at=self.store.now(), attempts=message.attempts + 1,
                              next_attempt_at=None)
            return
        self.store.update(message.id, state="sent", detail=accepted, sent_at=self.store.now(),
                          attempts=message.attempts + 1, next_attempt_at=None)
        if attempt.receipt is None:
            return
        if attempt.receipt_detail is None:
            self.store.update(message.id, detail=said(QT_TRANSLATE_NOOP(
                "Messaging", "the gateway's receipt could not be verified; waiting for the answer")))
        else:
            self.store.update(message.id, state="delivered", detail=attempt.receipt_detail,
                              delivered_at=self.store.now(), receipt=attempt.receipt)
            summary.delivered += 1

    def _record_retry(self, attempt: Attempt, summary) -> None:
        message, reason = attempt.message, attempt.reason
        if attempt.probe:  # the gateway's failure, recorded on the gateway: the message keeps its place and delay
            self.store.update(message.id, error_text=english(reason))
            summary.problems.append(shown(reason))
            return
        attempts = message.attempts + 1
        retry_at = self.store.clock() + backoff_delay(attempts)
        self.store.update(message.id, detail=said(QT_TRANSLATE_NOOP(
            "Messaging", "attempt {attempt} failed: {reason} Next attempt {next}."), attempt=attempts, reason=reason,
            next=stamp(retry_at)), attempts=attempts, next_attempt_at=stamp(retry_at), error_text=english(reason))
        summary.retry_later += 1
        summary.problems.append(shown(reason))

    def _record_held(self, attempt: Attempt, summary) -> None:
        """Kept queued: it goes at a send and receive once the reason is put right."""
        self.store.update(attempt.message.id, detail=said(QT_TRANSLATE_NOOP("Messaging", "waiting: {reason}"),
                                                          reason=attempt.reason),
                          error_text=english(attempt.reason))
        summary.held += 1
        summary.problems.append(shown(attempt.reason))

    def _record_failed(self, attempt: Attempt, summary) -> None:
        fail(self.store, attempt.message, attempt.reason, summary)


RECORDERS = {"sent": Outbox._record_sent, "retry": Outbox._record_retry, "held": Outbox._record_held,
             "failed": Outbox._record_failed}


def fail(store: MessageStore, message: Message, reason: Value, summary) -> None:
    """Inside a transaction: the message failed for good, for ``reason`` (a wording: core.wording)."""
    store.update(message.id, state="failed", detail=reason, error_text=english(reason),
                 result=said(QT_TRANSLATE_NOOP("Messaging", "Failed: {reason}"), reason=reason))
    summary.failed += 1
    summary.problems.append(shown(reason))


def lanes(attempts: list[Attempt]) -> list[list[Attempt]]:
    """The attempts in lanes: those about a common guarantee in one lane, in their order."""
    lane_of: dict[str, list[Attempt]] = {}
    result: list[list[Attempt]] = []
    for attempt in attempts:
        keys = attempt.message.grns or [f"message {attempt.message.id}"]
        joined = list({id(lane): lane for key in keys if (lane := lane_of.get(key)) is not None}.values())
        if not joined:
            lane = []
            result.append(lane)
        else:
            lane = joined[0]
            for other in joined[1:]:  # a message about guarantees of several lanes waits for all of them
                lane.extend(other)
                result.remove(other)
                for queued in other:
                    for key in queued.message.grns or [f"message {queued.message.id}"]:
                        lane_of[key] = lane
        lane.append(attempt)
        for key in keys:
            lane_of[key] = lane
    return result



def _keys(message: Message) -> list[str]:
    """What a message is about, for keeping the order: its guarantees (or itself alone)."""
    return message.grns or [f"message {message.id}"]


def drain_phases(messages: list[Message]) -> tuple[list[Message], list[Message]]:
    """(first, then): the urgent messages with those queued before them about the same records (an urgent message
    never overtakes what it follows, such as the unloading remarks their arrival notification), then the others;
    each in the order queued."""
    ordered = sorted(messages, key=lambda m: m.id)
    needed: set[str] = set()
    first: set[int] = set()
    for message in reversed(ordered):
        keys = _keys(message)
        if message.urgent or needed.intersection(keys):
            first.add(message.id)
            needed.update(keys)
    return [m for m in ordered if m.id in first], [m for m in ordered if m.id not in first]


def drain_order(messages: list[Message]) -> list[Message]:
    urgent, others = drain_phases(messages)
    return urgent + others
