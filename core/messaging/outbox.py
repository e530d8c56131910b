"""Sending what is due: claimed in batches, several in flight at once, each batch recorded in one transaction.

A message is claimed before it goes and recorded as sent after the gateway took it. A run killed in
between leaves it queued: it is sent again under the same identification, which customs take once.
Messages about the same guarantee keep their order (one after the other on one lane); others travel
side by side, so the gateway's work and ours overlap.
"""
from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from core.errors import UserError
from core.messaging import faults
from core.messaging.channels import Channel, ChannelError, PermanentChannelError, channel_for
from core.messaging.store import Message, backoff_delay, stamp

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database

    from core.communication import CommParams, CommParamsService
    from core.messaging.apply import AnswerApplier
    from core.messaging.store import MessageStore

CLAIM_BATCH = 50  # messages claimed and recorded at once: few transactions, and each claim far from lapsing
LANES = 8  # messages in flight at once


class HeldBack(UserError):
    """The message cannot go yet (a certificate is missing, expired or changed); it stays queued."""


@dataclass
class Attempt:
    """One message on its way: what happened to it, recorded with the others of its batch."""

    message: Message
    params: CommParams | None = None
    envelope: bytes | None = None
    outcome: str = ""  # sent / retry / failed / held
    reason: str = ""
    receipt: bytes | None = None
    receipt_detail: str | None = None


@dataclass
class Outbox:
    db: Database
    store: MessageStore
    params: CommParamsService
    applier: AnswerApplier
    envelope_for: Callable[[Message, CommParams], bytes]  # raises HeldBack when it cannot be sealed now
    participant: Callable[[CommParams], str]
    channels: dict[int, Channel] = field(default_factory=dict)

    async def send_due(self, summary, ignore_backoff: bool = False) -> None:
        try:
            due = [m.id for m in self.store.due_outbound(ignore_backoff=ignore_backoff)]
            for start in range(0, len(due), CLAIM_BATCH):
                mine = self.store.claim_many(due[start:start + CLAIM_BATCH], "queued")
                try:
                    messages = [self.store.get(row_id) for row_id in mine]
                    attempts = [Attempt(m) for m in messages if ignore_backoff or self._due(m)]
                    await self._send(attempts)
                    self._record(attempts, summary)
                finally:
                    self.store.release_many(mine)
        finally:
            for channel in self.channels.values():
                await channel.close()
            self.channels.clear()

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
            attempt.outcome, attempt.reason = "held", str(exc)
            return
        except UserError as exc:
            attempt.outcome, attempt.reason = "failed", str(exc)
            return
        faults.crash_point("before-send")
        try:
            attempt.receipt = await self._channel(attempt.params).send(message.message_id, attempt.envelope)
        except PermanentChannelError as exc:
            attempt.outcome, attempt.reason = "failed", str(exc)
            return
        except ChannelError as exc:
            attempt.outcome, attempt.reason = "retry", str(exc)
            return
        faults.crash_point("after-send")
        attempt.outcome = "sent"
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
        if self.store.get_state(message.id) != "queued":  # answered meanwhile (another run fetched the answer)
            self.store.update(message.id, detail=f"accepted by the gateway {params.gateway}",
                              sent_at=self.store.now(), attempts=message.attempts + 1, next_attempt_at=None)
            return
        self.store.update(message.id, state="sent", detail=f"accepted by the gateway {params.gateway}",
                          sent_at=self.store.now(), attempts=message.attempts + 1, next_attempt_at=None)
        if attempt.receipt is None:
            return
        if attempt.receipt_detail is None:
            self.store.update(message.id, detail="the gateway's receipt could not be verified; waiting for the answer")
        else:
            self.store.update(message.id, state="delivered", detail=attempt.receipt_detail,
                              delivered_at=self.store.now(), receipt=attempt.receipt)
            summary.delivered += 1

    def _record_retry(self, attempt: Attempt, summary) -> None:
        message, reason = attempt.message, attempt.reason
        attempts = message.attempts + 1
        retry_at = self.store.clock() + backoff_delay(attempts)
        self.store.update(message.id, detail=f"attempt {attempts} failed: {reason} Next attempt {stamp(retry_at)}.",
                          attempts=attempts, next_attempt_at=stamp(retry_at), error_text=reason)
        summary.retry_later += 1
        summary.problems.append(reason)

    def _record_held(self, attempt: Attempt, summary) -> None:
        """Kept queued: it goes at a send and receive once the reason is put right."""
        self.store.update(attempt.message.id, detail=f"waiting: {attempt.reason}", error_text=attempt.reason)
        summary.held += 1
        summary.problems.append(attempt.reason)

    def _record_failed(self, attempt: Attempt, summary) -> None:
        fail(self.store, attempt.message, attempt.reason, summary)


RECORDERS = {"sent": Outbox._record_sent, "retry": Outbox._record_retry, "held": Outbox._record_held,
             "failed": Outbox._record_failed}


def fail(store: MessageStore, message: Message, reason: str, summary) -> None:
    """Inside a transaction: the message failed for good."""
    store.update(message.id, state="failed", detail=reason, error_text=reason, result="Failed: " + reason[:200])
    summary.failed += 1
    summary.problems.append(reason)


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

