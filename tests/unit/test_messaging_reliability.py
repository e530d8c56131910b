"""Nothing lost, nothing twice: concurrent runs, a busy database, several gateways and hostile ones.

Real parts only: demo data folders, the simulator's engine over loopback HTTP or its mailbox folder, two
send-and-receive runs on two connections to one database file, and another connection writing meanwhile.
"""
from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from contextlib import asynccontextmanager
from datetime import datetime

import pytest
from aiohttp import web
from messaging_shared import (
    CZ_EORI,
    CZ_SENDER,
    PAC_GRN,
    deliver,
    http_gateway,
    inbound,
    info_answer,
    outbound,
    participant_certificate,
    point_gateways,
    sync,
)

from core.errors import CannotSend
from core.installation import open_context
from core.messages import MessageHeader, QueryAnswer, QueryKind, QueryResponse, build_cc037c, new_message_id
from core.messaging.channels import REFUSAL_SUFFIX, write_atomically
from core.messaging.service import INBOUND_LIMIT_SETTING, MessagingService, SyncSummary
from core.messaging.store import MessageFilter
from core.store import transactions
from core.store.database import DATABASE_FILE_NAME
from core.transport import seal
from simulator.pki import TRAINING_HOOKS


@pytest.fixture
def service(context, clock) -> MessagingService:
    return context.messaging_at(clock)


@pytest.fixture
def demo(context):
    return {g.grn[:16]: g for g in context.guarantees.list() if g.grn}


@pytest.fixture
def second(demo_dir):
    """Alice again, on a second connection to the same database: another run of send and receive."""
    other = open_context(demo_dir, user="alice", hooks=TRAINING_HOOKS)
    yield other
    other.close()


def queryable(service: MessagingService, context) -> list[int]:
    return [g.id for g in context.guarantees.list() if g.grn and service.query_blocker(g, QueryKind.BALANCE) is None]


def send_and_fetch(service: MessagingService, engine, context) -> None:
    """Send what is queued and store what customs answer, without applying it yet."""
    async def run() -> None:
        async with http_gateway(engine, context):
            await service.send_due(SyncSummary())
            await service.fetch(SyncSummary())

    asyncio.run(run())


def states_of(db, row_id: int) -> list[str]:
    return [r[0] for r in db.execute("SELECT state FROM message_events WHERE message = ? ORDER BY id", [row_id])]


class Writer:
    """Another program committing tiny writes to the database as fast as it can."""

    def __init__(self, path):
        self.path = path
        self.commits = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> Writer:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        conn = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        try:
            while not self._stop.is_set():
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('writer', ?)", [str(self.commits)])
                conn.execute("COMMIT")
                self.commits += 1
                time.sleep(0.002)
        finally:
            conn.close()


# --- two runs at once -----------------------------------------------------------------------------


def test_two_runs_at_once_send_each_message_once_and_apply_each_answer_once(service, second, engine, context,
                                                                           clock):
    other = second.messaging_at(clock)
    queued = []
    for _ in range(4):  # customs take one query per GRN a minute
        queued += service.prepare_queries(queryable(service, context), QueryKind.BALANCE)
        clock.advance(minutes=2)
    assert len(queued) >= 8

    async def both() -> list[SyncSummary]:
        async with http_gateway(engine, context):
            first = await asyncio.gather(service.sync(), other.sync())
            return [*first, await service.sync(), await other.sync()]

    summaries = asyncio.run(both())

    answers = inbound(service)
    assert sum(s.sent for s in summaries) == len(queued)
    assert sum(s.received for s in summaries) == sum(s.applied for s in summaries) == len(answers) >= len(queued)
    assert sum(s.quarantined + s.duplicates for s in summaries) == 0
    assert engine.status()["received"] == len(queued)
    db = context.db
    for message in queued:
        assert states_of(db, message.id).count("sent") == 1, f"message {message.id} was sent twice"
        assert outbound(service, message.id).state in ("answered", "rejected")
    assert {a.correlation_id for a in answers} == {m.message_id for m in queued}
    for answer in answers:
        assert states_of(db, answer.id).count("applied") == 1, f"answer {answer.id} was applied twice"


def test_an_answer_claimed_by_a_live_run_is_left_to_it_and_taken_over_once_the_claim_lapses(
        service, second, engine, context, demo, clock):
    service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)

    send_and_fetch(service, engine, context)
    [row_id] = service.store.pending_inbound()
    other = second.messaging_at(clock)
    assert other.store.claim(row_id, "received")  # the other run is busy with it

    summary = SyncSummary()
    service.process_inbound(summary)
    assert summary.applied == 0 and service.store.get(row_id).state == "received"

    clock.advance(minutes=10)  # the other run never finished: its claim lapses
    service.process_inbound(summary)
    assert summary.applied == 1 and states_of(context.db, row_id).count("applied") == 1


# --- a busy database ---------------------------------------------------------------------------------------


@pytest.mark.sqlite_file
def test_answers_are_applied_while_another_program_keeps_writing(service, engine, context, clock, demo_dir):
    queued = []
    for _ in range(3):
        queued += service.prepare_queries(queryable(service, context), QueryKind.BALANCE)
        clock.advance(minutes=2)

    send_and_fetch(service, engine, context)
    pending = len(service.store.pending_inbound())
    assert pending >= len(queued)

    summary = SyncSummary()
    with Writer(demo_dir / DATABASE_FILE_NAME) as writer:
        while writer.commits < 5:
            time.sleep(0.01)
        before = writer.commits
        service.process_inbound(summary)
        during = writer.commits - before
    assert during > 2  # it really wrote meanwhile
    assert (summary.applied, summary.quarantined, summary.deferred) == (pending, 0, 0), summary.problems


@pytest.mark.sqlite_file
def test_a_database_that_stays_busy_defers_the_answers_and_never_quarantines_them(
        service, engine, context, demo, demo_dir, monkeypatch):
    service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)

    send_and_fetch(service, engine, context)
    [row_id] = service.store.pending_inbound()
    monkeypatch.setattr(transactions, "RETRY_WAIT_SECONDS", 0.5)
    context.db.execute("PRAGMA busy_timeout = 100")
    holder = sqlite3.connect(demo_dir / DATABASE_FILE_NAME, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock for longer than we wait
    try:
        summary = SyncSummary()
        service.process_inbound(summary)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert (summary.applied, summary.quarantined, summary.deferred) == (0, 0, 1)
    assert "busy" in summary.problems[0]
    assert service.store.get(row_id).state == "received"

    later = SyncSummary()
    service.process_inbound(later)  # the lock is gone: applied now, and its claim did not outlive the wait
    assert later.applied == 1 and service.store.get(row_id).state == "applied"


@pytest.mark.sqlite_file
def test_a_clerks_query_waits_for_a_writer_instead_of_failing(service, context, demo, demo_dir):
    holder = sqlite3.connect(demo_dir / DATABASE_FILE_NAME, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    threading.Timer(2.5, lambda: (holder.execute("ROLLBACK"), holder.close())).start()  # a long write elsewhere
    started = time.monotonic()
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    assert time.monotonic() - started >= 2.4  # it waited for the lock rather than being refused
    assert outbound(service, query.id).state == "queued"


# --- several gateways, hostile ones ------------------------------------------------------------------------


def test_deliveries_with_the_same_id_from_two_gateways_are_both_kept(service, context, tmp_path):
    sets = context.params.list()
    assert len(sets) >= 2
    for number, params in enumerate(sets[:2]):
        mailbox = tmp_path / f"mailbox-{number}"
        params.gateway = str(mailbox)
        context.params.save(params)
        write_atomically(mailbox / "in" / "0001.p7m", f"delivery from gateway {number}".encode())

    summary = SyncSummary()
    asyncio.run(service.fetch(summary))
    assert summary.received == 2
    stored = inbound(service)
    assert sorted(service.store.content(m.id)[1] for m in stored) == [b"delivery from gateway 0",
                                                                      b"delivery from gateway 1"]

    again = SyncSummary()
    write_atomically(tmp_path / "mailbox-0" / "in" / "0001.p7m", b"delivery from gateway 0")
    asyncio.run(service.fetch(again))  # the same delivery again: stored once
    assert again.received == 0 and len(inbound(service)) == 2


@asynccontextmanager
async def hostile_gateway(listing: bytes):
    """A gateway that lists ``listing`` and records every path it was asked for."""
    asked: list[str] = []

    async def anything(request: web.Request) -> web.Response:
        asked.append(f"{request.method} {request.path}")
        if request.path == "/api/messages":
            return web.Response(body=listing, content_type="application/json")
        return web.Response(body=b"not an envelope")

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", anything)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    try:
        yield f"http://127.0.0.1:{runner.addresses[0][1]}/", asked
    finally:
        await runner.cleanup()


@pytest.mark.parametrize("listing, problem", [
    (b"<html>busy</html>", "not JSON"),
    (b'{"id": "0001"}', "not a list"),
    (b'[{"kind": "message"}]', "without a valid id"),
    (b'[{"id": "../../control"}]', "without a valid id"),
    (b'[{"id": "ok/../../control"}]', "without a valid id"),
    (b'[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]', "without a valid id"),
])
def test_a_hostile_listing_is_a_problem_line_and_the_other_gateways_carry_on(service, context, tmp_path,
                                                                               listing, problem):
    hostile_params, good_params = context.params.list()[:2]
    mailbox = tmp_path / "mailbox"
    good_params.gateway = str(mailbox)
    context.params.save(good_params)
    write_atomically(mailbox / "in" / "0001.p7m", b"a delivery from the good gateway")

    async def scenario():
        async with hostile_gateway(listing) as (url, asked):
            hostile_params.gateway = url
            context.params.save(hostile_params)
            summary = SyncSummary()
            await service.fetch(summary)
            return summary, asked

    summary, asked = asyncio.run(scenario())
    assert summary.received == 1
    assert any(problem in p for p in summary.problems), summary.problems
    assert all(path.startswith("GET /api/messages") and "control" not in path for path in asked), asked


def test_an_unsigned_refusal_in_the_mailbox_is_only_a_notice(service, context, demo, tmp_path):
    mailbox = tmp_path / "mailbox"
    point_gateways(context, str(mailbox))
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    asyncio.run(service.send_due(SyncSummary()))
    assert outbound(service, query.id).state == "sent"
    write_atomically(mailbox / "in" / f"{query.message_id}{REFUSAL_SUFFIX}", b"REFUSED: pay 100 EUR to IBAN X")

    summary = SyncSummary()
    asyncio.run(service.fetch(summary))
    message = outbound(service, query.id)
    assert message.state == "sent" and summary.failed == 0
    assert any("unverified refusal" in p for p in summary.problems)
    assert "unverified refusal" in service.store.events(query.id)[-1].detail


# --- limits and answers that ask for care ------------------------------------------------------------------


def test_a_delivery_over_the_size_limit_is_quarantined_unread_until_the_limit_is_raised(
        service, engine, context, demo, clock):
    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.INFO)
    engine.set_switches(answer_delay=3600)
    answer = seal(info_answer(g.grn, query.message_id, clock()), engine.credentials, participant_certificate(context))
    context.set_setting(INBOUND_LIMIT_SETTING, str(len(answer) / 2 / 1e6))

    async def scenario() -> tuple[SyncSummary, ...]:
        async with http_gateway(engine, context):
            assert (await service.sync()).sent == 1
            deliver(engine, answer)
            too_large = await service.sync()
            again = await service.sync()
            row = inbound(service)[0]
            assert not service.store.has_content(row.id)
            with pytest.raises(CannotSend, match="Raise the limit"):
                service.retry(row.id)
            context.set_setting(INBOUND_LIMIT_SETTING, "25")
            return too_large, again, await service.sync()

    too_large, again, raised = asyncio.run(scenario())
    assert too_large.quarantined == 1 and too_large.received == 0
    assert "larger than" in too_large.problems[0]
    assert again.quarantined == 0  # noted once, still waiting at the gateway
    assert raised.received == 1 and raised.applied == 1
    assert [m.state for m in inbound(service)] == ["applied"]
    assert context.guarantees.get(g.id).answered_at is not None


def test_an_answer_about_a_grn_the_query_did_not_ask_about_is_unmatched_for_that_grn(
        service, engine, context, demo, clock):
    asked, other = demo[PAC_GRN], demo["25CZ510101000027"]
    [query] = service.prepare_queries([asked.id], QueryKind.INFO)
    engine.set_switches(answer_delay=3600)
    sync(service, engine, context)

    def response(*grns: str) -> bytes:
        at = clock().replace(tzinfo=None)
        header = MessageHeader(sender="NTA.CZ", recipient=CZ_SENDER, prepared_at=at, message_id=new_message_id(),
                               message_type="CC037C", correlation_id=query.message_id)
        answers = [QueryAnswer(grn=grn, kind=QueryKind.INFO, accepted_at=at, guarantee_type="1") for grn in grns]
        xml = build_cc037c(QueryResponse(requester_tin=CZ_EORI, office="CZ520101", answers=answers), header)
        return seal(xml, engine.credentials, participant_certificate(context))

    deliver(engine, response(other.grn))
    only_other = sync(service, engine, context)
    assert only_other.unmatched == 1 and only_other.applied == 0
    assert context.guarantees.get(other.id).answered_at is None
    assert outbound(service, query.id).state != "answered"

    clock.advance(seconds=1)
    deliver(engine, response(asked.grn, other.grn))
    both = sync(service, engine, context)
    assert both.applied == 1
    applied = service.store.list(MessageFilter(state="applied"))[0]
    assert f"{other.grn}: unmatched" in applied.result
    assert dict((grn, gid) for gid, grn in service.store.records(applied.id)) == {asked.grn: asked.id, other.grn: None}
    assert context.guarantees.get(asked.id).answered_at is not None
    assert context.guarantees.get(other.id).answered_at is None


def test_a_quarantined_answer_can_be_retried_once_its_fault_is_put_right(service, engine, context, demo):
    g = demo[PAC_GRN]
    service.prepare_queries([g.id], QueryKind.BALANCE)

    send_and_fetch(service, engine, context)
    [row_id] = service.store.pending_inbound()
    _, envelope = service.store.content(row_id)
    damaged = bytearray(envelope)
    damaged[-40] ^= 0x01
    context.db.execute("UPDATE messages SET envelope = ? WHERE id = ?", [bytes(damaged), row_id])
    quarantined = SyncSummary()
    service.process_inbound(quarantined)
    assert quarantined.quarantined == 1

    context.db.execute("UPDATE messages SET envelope = ? WHERE id = ?", [envelope, row_id])  # delivered again intact
    retried = service.retry(row_id)
    assert retried.state == "received"
    summary = SyncSummary()
    service.process_inbound(summary)
    assert summary.applied == 1 and service.store.get(row_id).state == "applied"
    assert context.audit.count() >= 1
    with pytest.raises(CannotSend, match="only a quarantined answer"):
        service.retry(row_id)


def test_claims_name_the_computer_and_the_process(service, context, demo):
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    with service.store.claimed(query.id, "queued") as mine:
        assert mine
        holder, until = context.db.execute("SELECT claimed_by, claimed_until FROM messages WHERE id = ?",
                                           [query.id]).fetchone()
        import os
        import socket
        assert holder.startswith(f"{socket.gethostname()}:{os.getpid()}:")
        assert datetime.fromisoformat(until.replace("Z", "+00:00")) > service.clock()
    assert context.db.execute("SELECT claimed_by FROM messages WHERE id = ?", [query.id]).fetchone()[0] is None


def test_an_answer_applied_before_the_sending_is_recorded_is_not_undone(service, context, demo):
    """Run A sends; run B fetches and applies customs' answer before A records its sending."""
    from core.messaging.outbox import Attempt, Outbox

    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    with context.db.atomic():
        service.store.update(query.id, state="answered", detail="answer: applied by another run")
    outbox = Outbox(db=context.db, store=service.store, params=context.params, applier=service.applier,
                    envelope_for=lambda message, params: b"", participant=lambda params: "", watch=service._watch())
    attempt = Attempt(service.store.get(query.id), params=context.params.get(query.params_id), outcome="sent")
    summary = SyncSummary()
    outbox._record([attempt], summary)
    message = service.store.get(query.id)
    assert message.state == "answered" and message.sent_at is not None and summary.sent == 1
