"""MessagingService against the customs simulator served in the test's own event loop (spec 02 §2.3–2.4).

Real parts only: a copy of a demo data folder, the simulator's engine behind its aiohttp app on a free
loopback port (or its mailbox loop on a folder), and a clock the test controls for the service and the
engine alike. There is no pytest-asyncio: each test runs its network steps with asyncio.run.
"""
from __future__ import annotations

import asyncio
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from colleagues import add_colleague
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.x509.oid import NameOID
from messaging_shared import (
    CZ_EORI,
    CZ_SENDER,
    OFFICIAL_XSD,
    PAC_GRN,
    as_customs_receive_it,
    deliver,
    http_gateway,
    inbound,
    info_answer,
    outbound,
    participant_certificate,
    point_gateways,
    seed,
    self_signed,
    sync,
    wait_for_files,
)

from core.context import UserContext
from core.errors import CannotSend
from core.guarantees.access_codes import AccessCodes
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.logs import start_logging, stop_logging
from core.messages import (
    QueryKind,
    SchemaSet,
    parse_cc034c,
    parse_xml,
    read_header,
)
from core.messages.xml import ACCESS_CODE_MASK
from core.messaging.channels import channel_for
from core.messaging.service import MessagingService, SyncSummary
from core.messaging.store import MessageFilter, stamp
from core.organisations import Organisation
from core.secrets import Secret
from core.store.database import DATABASE_FILE_NAME
from core.store.rows import update_row
from core.transport import Credentials, open_sealed, seal
from core.transport.certificate_files import read_certificate_file
from simulator.demo import DEMO_PAC
from simulator.server import serve_mailbox


@pytest.fixture
def bob(context):
    workspace = add_colleague(context, "bob", role="officer")
    yield workspace
    workspace.close()


@pytest.fixture
def service(context, clock) -> MessagingService:
    return context.messaging_at(clock)


@pytest.fixture
def demo(context) -> dict[str, Guarantee]:
    """The demo guarantees by the first 16 characters of their GRN."""
    return {g.grn[:16]: g for g in context.guarantees.list() if g.grn}


# --- inbound trust: quarantine, unmatched, duplicates -----------------------------------------------------


def test_answer_whose_envelope_was_tampered_with_is_quarantined_and_not_applied(service, engine, context, demo):
    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.BALANCE)

    async def send_and_fetch() -> SyncSummary:
        summary = SyncSummary()
        async with http_gateway(engine, context):
            await service.send_due(summary)
            await service.fetch(summary)
        return summary

    assert asyncio.run(send_and_fetch()).received == 1
    [row_id] = service.store.pending_inbound()
    _, envelope = service.store.content(row_id)
    tampered = bytearray(envelope)
    tampered[-40] ^= 0x01
    with context.db.atomic():
        context.db.execute("UPDATE messages SET envelope = ? WHERE id = ?", [bytes(tampered), row_id])

    summary = SyncSummary()
    service.process_inbound(summary)
    assert summary.quarantined == 1 and summary.applied == 0
    quarantined = service.store.get(row_id)
    assert quarantined.state == "quarantined"
    assert "cannot decrypt" in quarantined.error_text or "signature" in quarantined.error_text
    assert [m.id for m in service.store.list(MessageFilter(state="quarantined"))] == [row_id]
    assert outbound(service, query.id).state == "delivered"
    assert context.guarantees.get(g.id).balance is None and context.guarantees.get(g.id).answered_at is None
    from core import i18n
    from languages import install_language

    install_language("cs")
    try:
        in_czech = service.store.get(row_id).result_shown
        quarantined_word = i18n.translate("Messaging", "Quarantined: {reason}").split("{")[0]
    finally:
        install_language("en")
    assert quarantined.result.startswith("Quarantined: ") and quarantined_word != "Quarantined: "
    assert in_czech.startswith(quarantined_word)


def test_answer_signed_by_a_certificate_other_than_the_customs_one_is_quarantined(service, engine, context, demo, clock):
    g = demo[PAC_GRN]
    engine.set_switches(answer_delay=3600)  # the real answer stays with customs
    [query] = service.prepare_queries([g.id], QueryKind.INFO)
    assert sync(service, engine, context).delivered == 1

    impostor = context.certificates.participant("DE415230871234567", "DE", "test")  # issued by the same CA
    forged = info_answer(g.grn, query.message_id, clock())
    deliver(engine, seal(forged, impostor, participant_certificate(context)))
    summary = sync(service, engine, context)
    assert summary.quarantined == 1 and summary.applied == 0
    [row] = inbound(service)
    assert row.state == "quarantined" and row.error_text.startswith("signature verification failed")
    assert "the customs certificate of" in row.error_text
    assert outbound(service, query.id).state == "delivered"
    assert context.guarantees.get(g.id).answered_at is None


def test_answer_to_no_message_sent_from_here_is_kept_as_unmatched(service, engine, context, demo, clock):
    g = demo[PAC_GRN]
    answer = info_answer(g.grn, "CDNEVERSENTFROMHERE0001", clock())
    deliver(engine, seal(answer, engine.credentials, participant_certificate(context)))
    summary = sync(service, engine, context)
    assert summary.unmatched == 1 and summary.applied == 0 and summary.received == 1
    [row] = service.store.list(MessageFilter(state="unmatched"))
    assert row.direction == "in" and row.message_type == "CC037C" and row.answer_to is None
    assert row.correlation_id == "CDNEVERSENTFROMHERE0001" and row.grns == [g.grn]
    assert service.store.content(row.id)[0] == answer
    unchanged = context.guarantees.get(g.id)
    assert unchanged.answered_at is None and unchanged.guarantee_amount_answer is None


def test_the_same_answer_under_another_gateway_id_is_a_duplicate_applied_once(service, engine, context, demo):
    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.BALANCE)
    first = sync(service, engine, context)
    assert first.applied == 1 and outbound(service, query.id).state == "answered"
    [applied] = inbound(service)
    with context.db.atomic():  # a mark that a second application would overwrite
        update_row(context.db, "guarantees", g.id, {"balance": "1.00"})

    xml, _ = service.store.content(applied.id)
    deliver(engine, seal(xml, engine.credentials, participant_certificate(context)))
    again = sync(service, engine, context)
    assert again.received == 1 and again.duplicates == 1 and again.applied == 0
    assert [(m.state, m.message_id) for m in inbound(service)] == [("applied", applied.message_id),
                                                                    ("duplicate", applied.message_id)]
    assert context.guarantees.get(g.id).balance == "1.00"


# --- alerts and sending failures ---------------------------------------------------------------------------


def test_no_answer_alert_after_the_configured_time(service, engine, context, demo, clock):
    context.set_setting("no_answer_hours", "2")
    engine.set_switches(answer_delay=10 * 3600)
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    assert sync(service, engine, context).no_answer == []

    clock.advance(hours=1, minutes=59)
    assert sync(service, engine, context).no_answer == []
    clock.advance(minutes=1)
    assert sync(service, engine, context).no_answer == [query.id]
    alerted = outbound(service, query.id)
    assert alerted.alerted_at == stamp(clock()) and alerted.state == "delivered"
    assert "no answer after" in service.store.events(query.id)[-1].detail

    clock.advance(hours=9)
    answered = sync(service, engine, context)
    assert answered.applied == 1 and answered.no_answer == []
    assert outbound(service, query.id).state == "answered"


def test_envelope_the_gateway_refuses_fails_for_good_with_the_reason(service, engine, context, demo):
    certificate, _ = self_signed("Somebody else's encryption certificate")
    context.certificates.add("customs", "CZ", "training", certificate, is_test=True)  # newer: used for sending
    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.BALANCE)

    summary = sync(service, engine, context)
    assert summary.failed == 1 and summary.sent == 0
    failed = outbound(service, query.id)
    assert failed.state == "failed" and "HTTP 400" in failed.error_text and "cannot decrypt" in failed.error_text
    assert failed.result.startswith("Failed:")
    assert engine.register.received_count() == 0
    assert service.query_blocker(g, QueryKind.INFO) is None  # a failed query does not throttle


def test_unreachable_gateway_keeps_the_message_queued_and_backs_off(service, engine, context, demo, clock):
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)

    async def scenario() -> tuple[SyncSummary, ...]:
        async with http_gateway(engine, context):
            pass  # the gateway stopped: the parameter sets point at a closed port
        down = await service.sync(ignore_backoff=False)
        waiting = outbound(service, query.id)
        assert (waiting.state, waiting.attempts) == ("queued", 1)
        assert waiting.next_attempt_at == stamp(clock() + timedelta(seconds=10))
        async with http_gateway(engine, context):
            clock.advance(seconds=9)
            too_early = await service.sync(ignore_backoff=False)
            clock.advance(seconds=1)
            due = await service.sync(ignore_backoff=False)
        return down, too_early, due

    down, too_early, due = asyncio.run(scenario())
    assert down.retry_later == 1 and down.sent == 0 and "Cannot reach the gateway" in down.problems[0]
    assert "start the customs simulator" in down.problems[0] and "Settings ▸ NCTS" in down.problems[0]
    assert len(down.problems) == len(set(down.problems))  # each mailbox on the gateway failed alike: said once
    assert len({p.participant_code for p in context.params.list() if p.gateway}) > 1
    assert too_early.sent == 0 and too_early.retry_later == 0
    assert due.sent == 1 and due.applied == 1
    assert engine.register.received_count() == 1
    sent = outbound(service, query.id)
    assert sent.state == "answered" and sent.message_id == query.message_id and sent.attempts == 2


def test_send_and_receive_is_summed_up_in_the_log_with_its_problems(service, engine, context, demo, tmp_path):
    service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    path = start_logging(tmp_path / "log home")

    async def scenario() -> SyncSummary:
        async with http_gateway(engine, context):
            pass  # the gateway stopped: the parameter sets point at a closed port
        await service.sync()
        async with http_gateway(engine, context):
            up = await service.sync()
            await service.sync()  # nothing left to send or fetch: not worth a line
        return up

    try:
        up = asyncio.run(scenario())
    finally:
        stop_logging()
    lines = [line.split(" ", 2)[2] for line in path.read_text(encoding="utf-8").splitlines()[1:]]

    assert up.counts() == "sent 1, delivered 1, received 1, applied 1"
    assert len(lines) == 3
    assert lines[0] == "INFO core.messaging.service: send and receive: retry later 1"
    assert lines[1].startswith("WARNING core.messaging.service: send and receive: Cannot reach the gateway http")
    assert lines[2] == "INFO core.messaging.service: send and receive: sent 1, delivered 1, received 1, applied 1"


# --- the mailbox channel ---------------------------------------------------------------------------------


def test_mailbox_folder_end_to_end_moves_deliveries_aside_only_after_storing_them(service, engine, context, demo, tmp_path):
    mailbox = tmp_path / "mailbox"
    point_gateways(context, str(mailbox))
    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.BALANCE)
    params = context.params.get(query.params_id)

    async def scenario() -> None:
        summary = SyncSummary()
        await service.send_due(summary)
        assert summary.sent == 1 and summary.failed == 0
        assert [p.name for p in (mailbox / "out").iterdir()] == [f"{query.message_id}.p7m"]  # no temporary file
        assert (mailbox / "out" / f"{query.message_id}.p7m").read_bytes() == service.store.content(query.id)[1]

        customs = asyncio.create_task(serve_mailbox(engine, mailbox))
        try:
            delivered = await wait_for_files(mailbox / "in", 2)  # the receipt and the answer
        finally:
            customs.cancel()
        assert sorted(p.suffix for p in delivered) == [".p7m", ".receipt"]
        assert not (mailbox / "out" / f"{query.message_id}.p7m").exists()

        # the store step of fetch() alone, as when the process dies before acknowledging: files stay in in/
        channel = channel_for(params.gateway, CZ_SENDER)
        for delivery in (await channel.fetch(service.inbound_limit)).deliveries:
            service._store_delivery(delivery, params, summary)
        assert sorted((mailbox / "in").glob("*.*")) == delivered
        assert len(service.store.pending_inbound()) == 1
        assert outbound(service, query.id).state == "delivered"

        await service.fetch(summary)  # fetched again: stored once, then moved aside
        assert sorted(p.name for p in (mailbox / "in" / "processed").iterdir()) == sorted(p.name for p in delivered)
        assert [p for p in (mailbox / "in").iterdir() if p.is_file()] == []
        assert len(service.store.pending_inbound()) == 1

    asyncio.run(scenario())
    summary = SyncSummary()
    service.process_inbound(summary)
    assert summary.applied == 1
    assert outbound(service, query.id).state == "answered"
    updated = context.guarantees.get(g.id)
    assert updated.balance is not None and updated.exposure is not None and updated.currency_answer == "CZK"


def test_mailbox_answers_are_applied_in_the_order_customs_made_them(service, engine, context, demo, tmp_path, clock):
    """Answers waiting together are applied oldest first, so the newest one is what the record shows."""
    mailbox = tmp_path / "mailbox"
    point_gateways(context, str(mailbox))
    g = demo[PAC_GRN]
    queries = []

    async def scenario() -> None:
        customs = asyncio.create_task(serve_mailbox(engine, mailbox))
        try:
            for round_number in range(1, 5):
                queries.extend(service.prepare_queries([g.id], QueryKind.BALANCE))
                await service.send_due(SyncSummary())
                await wait_for_files(mailbox / "in", 2 * round_number)  # customs answered this one
                clock.advance(seconds=61)
        finally:
            customs.cancel()
        await service.fetch(SyncSummary())

    asyncio.run(scenario())
    service.process_inbound(SyncSummary())
    assert [m.correlation_id for m in inbound(service)] == [q.message_id for q in queries]
    last_answer_at = (clock() - timedelta(seconds=61)).replace(tzinfo=None)  # customs write UTC
    assert context.guarantees.get(g.id).answered_at == last_answer_at.isoformat(timespec="seconds")


# --- what may be sent ------------------------------------------------------------------------------------


def test_registration_blockers(service, context, bob, demo):
    assert "only guarantee types 0 and 1" in service.registration_blocker(demo["25CZ610101000203"])
    no_pac = demo["25CZ510101000027"]
    assert "needs the primary access code: enter it" in service.registration_blocker(no_pac)

    held_by_alice = bob.messaging.registration_blocker(demo[PAC_GRN])
    assert "which alice holds" in held_by_alice

    context.access_codes.save(no_pac.id, AccessCodes(pac=Secret(DEMO_PAC), spks=[]))
    assert "at least one secondary access code" in service.registration_blocker(no_pac)
    with pytest.raises(CannotSend, match="secondary access code"):
        service.prepare_registration(no_pac.id)
    assert service.registration_blocker(demo[PAC_GRN]) is None
    assert service.store.count() == 0


@pytest.mark.parametrize("guarantee", ["25CZ610101000203", "25DE004600000517"])
def test_balance_queries_for_types_2_and_4_are_blocked_by_r261(service, demo, guarantee):
    g = demo[guarantee]
    for kind in (QueryKind.BALANCE, QueryKind.USAGE_AND_BALANCE):
        blocker = service.query_blocker(g, kind)
        assert "R261" in blocker and f"type {g.type}" in blocker
        with pytest.raises(CannotSend, match="R261"):
            service.prepare_queries([g.id], kind)
    assert service.query_blocker(g, QueryKind.USAGE) is None
    assert service.query_blocker(g, QueryKind.INFO) is None
    assert service.store.count() == 0


def test_query_blockers_for_missing_code_and_permit(service, bob, demo):
    assert "secondary access code (bob)" in bob.messaging.query_blocker(demo["25DE004600000319"], QueryKind.INFO)
    assert "no NCTS permit number" in service.query_blocker(demo["25PL320000000614"], QueryKind.BALANCE)


def test_query_throttle_says_when_the_next_query_is_possible(service, demo, clock):
    g = demo[PAC_GRN]
    asked_at = clock()
    service.prepare_queries([g.id], QueryKind.BALANCE)
    clock.advance(seconds=59)
    blocker = service.query_blocker(g, QueryKind.INFO)
    possible = (asked_at + timedelta(seconds=60)).astimezone()
    assert f"will be possible at {possible:%H:%M:%S}" in blocker
    with pytest.raises(CannotSend, match="will be possible at"):
        service.prepare_queries([g.id, demo["25CZ510101000027"].id], QueryKind.INFO)
    assert service.store.count() == 1  # all or none: the other guarantee was not queued either
    clock.advance(seconds=1)
    assert service.query_blocker(g, QueryKind.INFO) is None


# --- preparing queries -----------------------------------------------------------------------------------


def add_guarantees(context: UserContext, org_id: int, params_id: int, country_office: str, count: int) -> list[int]:
    ids = []
    for n in range(count):
        grn = with_check_digit(f"26{country_office[:2]}{country_office[2:6]}{n:08d}")
        g = context.guarantees.add(Guarantee(org_id=org_id, type="1", grn=grn, office=country_office, currency="CZK",
                                        params_id=params_id))
        context.access_codes.save(g.id, AccessCodes(spks=[Secret("AC01")]))
        ids.append(g.id)
    return ids


def items_of(service: MessagingService, message) -> list[str]:
    return [i.grn for i in parse_cc034c(service.store.content(message.id)[0])[1].items]


def test_120_guarantees_of_one_organisation_make_two_queries_of_99_and_21(service, context, demo):
    org_id, params_id = demo[PAC_GRN].org_id, demo[PAC_GRN].params_id
    ids = add_guarantees(context, org_id, params_id, "CZ520101", 120)
    messages = service.prepare_queries(ids, QueryKind.BALANCE)
    assert [len(items_of(service, m)) for m in messages] == [99, 21]
    assert [len(m.grns) for m in messages] == [99, 21]
    sent = items_of(service, messages[0]) + items_of(service, messages[1])
    assert sent == [context.guarantees.get(i).grn for i in ids]
    assert all(m.state == "queued" and m.org_id == org_id for m in messages)


def test_guarantees_of_two_organisations_make_one_query_each(service, context, demo):
    first, second = demo[PAC_GRN], demo["25CZ520101000145"]  # Spedice Brno and Jihočeská doprava
    messages = service.prepare_queries([first.id, demo["25CZ510101000027"].id, second.id], QueryKind.INFO)
    assert len(messages) == 2
    requesters = {parse_cc034c(service.store.content(m.id)[0])[1].requester_tin: m.grns for m in messages}
    assert requesters == {CZ_EORI: [first.grn, demo["25CZ510101000027"].grn], "CZ60826843": [second.grn]}


def test_every_queued_message_validates_against_its_schemas(service, context, demo):
    org = context.organisations.add(Organisation(name="Schema Test s.r.o.", eori="CZ12345679", country="CZ"))
    many = add_guarantees(context, org.id, demo[PAC_GRN].params_id, "CZ520101", 100)
    context.access_codes.save(demo[PAC_GRN].id, AccessCodes(pac=Secret(DEMO_PAC), new_pac=Secret("NW55"),
                                                       spks=[Secret("AC01"), Secret("QQ12")]))
    queued = [service.prepare_registration(demo[PAC_GRN].id)]
    queued += service.prepare_queries(many, QueryKind.BALANCE)
    queued += service.prepare_queries([demo["25CZ510101000027"].id, demo["25DE004600000517"].id], QueryKind.USAGE,
                                      date(2026, 10, 1), date(2026, 10, 31))
    queued += service.prepare_queries([demo["25CZ610101000203"].id, demo["25DE004600000319"].id], QueryKind.INFO)
    assert [m.message_type for m in queued] == ["E_ACC_COD"] + ["CC034C"] * 6
    official = SchemaSet(extra_folder=OFFICIAL_XSD)  # E_ACC_COD has no official schema: checked against ours
    for message in queued:
        xml = as_customs_receive_it(context, message.id)
        assert official.validate(xml) == [], message.kind
        assert read_header(parse_xml(xml)).message_id == message.message_id


# --- applying confirmations --------------------------------------------------------------------------------


def test_pac_change_confirmation_promotes_the_new_pac_and_recommends_deleting_it(service, engine, context, demo):
    g = demo[PAC_GRN]
    context.access_codes.save(g.id, AccessCodes(pac=Secret(DEMO_PAC), new_pac=Secret("NW55"),
                                           spks=[Secret("AC01"), Secret("QQ12")]))
    registration = service.prepare_registration(g.id)
    assert registration.kind == "PAC change"

    summary = sync(service, engine, context)
    assert summary.applied == 1 and summary.pac_deletion_recommended == [g.grn]
    codes = context.access_codes.codes_for(g.id)
    assert codes.pac.reveal() == "NW55" and codes.new_pac is None
    assert [s.reveal() for s in codes.spks] == ["AC01", "QQ12"]
    assert outbound(service, registration.id).state == "answered"
    assert context.guarantees.get(g.id).codes_registered_at is not None
    assert engine.register.get(g.grn).pac == "NW55" and engine.register.get(g.grn).spks == ["AC01", "QQ12"]


def test_the_pac_holder_is_reminded_until_the_confirmed_pac_is_deleted(service, engine, context, demo, bob):
    g = demo[PAC_GRN]
    assert context.access_codes.pacs_to_delete() == []  # registered long ago, but not confirmed from here
    service.prepare_registration(g.id)
    assert context.access_codes.pacs_to_delete() == []  # not confirmed yet
    sync(service, engine, context)
    assert context.access_codes.pacs_to_delete() == [g.grn]
    assert bob.access_codes.pacs_to_delete() == []  # only the holder is asked
    context.access_codes.delete_pac(g.id)
    assert context.access_codes.pacs_to_delete() == []
    assert [e.action for e in context.audit.list()][:1] == ["pac_deleted"]


def test_a_refused_registration_stays_on_the_record_after_a_successful_query(service, engine, context, demo, tmp_path):
    g = demo["25CZ510101000027"]
    seed(engine, tmp_path, {"grn": g.grn, "type": "0", "office": "CZ510201", "holder_tin": CZ_EORI,
                            "amount": "5000000.00", "currency": "CZK", "spks": ["AC01", "BX42"], "pac": DEMO_PAC})
    context.access_codes.save(g.id, AccessCodes(pac=Secret(DEMO_PAC), spks=[Secret("AC01"), Secret("BX42")]))
    registration = service.prepare_registration(g.id)
    service.prepare_queries([g.id], QueryKind.BALANCE)

    summary = sync(service, engine, context)
    assert summary.applied == 2
    assert outbound(service, registration.id).state == "rejected"
    record = context.guarantees.get(g.id)
    assert record.last_error_code == "P03" and record.codes_registered_at is None
    assert record.balance is not None  # the query answer itself was applied


def test_mailbox_refusal_fails_the_message_with_the_gateway_reason(service, engine, context, demo, tmp_path):
    certificate, _ = self_signed("Somebody else's encryption certificate")
    context.certificates.add("customs", "CZ", "training", certificate, is_test=True)  # customs cannot decrypt
    mailbox = tmp_path / "mailbox"
    point_gateways(context, str(mailbox))
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)

    async def scenario() -> SyncSummary:
        summary = SyncSummary()
        await service.send_due(summary)
        customs = asyncio.create_task(serve_mailbox(engine, mailbox))
        try:
            await wait_for_files(mailbox / "in", 1)
        finally:
            customs.cancel()
        await service.fetch(summary)
        return summary

    summary = asyncio.run(scenario())
    assert summary.failed == 1
    failed = outbound(service, query.id)
    assert failed.state == "failed" and "refused" in failed.error_text and "cannot decrypt" in failed.error_text
    assert [p.name for p in (mailbox / "in" / "processed").iterdir()] == [f"{query.message_id}.refused"]


def test_usage_query_defaults_to_the_last_30_days_or_sends_no_period_when_asked(service, context, demo, clock):
    first, second = demo[PAC_GRN], demo["25CZ510101000027"]
    [default] = service.prepare_queries([first.id], QueryKind.USAGE)
    [unreleased] = service.prepare_queries([second.id], QueryKind.USAGE, unreleased_only=True)
    [item] = parse_cc034c(service.store.content(default.id)[0])[1].items
    today = clock().astimezone().date()
    assert (item.period_from, item.period_to) == (today - timedelta(days=30), today)
    [item] = parse_cc034c(service.store.content(unreleased.id)[0])[1].items
    assert (item.period_from, item.period_to) == (None, None)


def test_a_message_that_breaks_the_schema_is_not_queued(service, context, demo):
    """A holder TIN longer than the schema allows is caught before anything is stored."""
    g = demo[PAC_GRN]
    org = context.organisations.get(g.org_id)
    context.db.execute("UPDATE organisations SET eori = ? WHERE id = ?", ["CZ" + "1" * 20, org.id])
    with pytest.raises(CannotSend, match="does not match the message schema"):
        service.prepare_queries([g.id], QueryKind.BALANCE)
    assert service.store.count() == 0


def test_an_answer_that_cannot_be_applied_is_quarantined_and_later_syncs_go_on(service, engine, context, demo, monkeypatch):
    def broken(*_args):
        raise ValueError("an element this version does not understand")

    monkeypatch.setitem(service.applier.handlers, "CC037C", broken)
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    summary = sync(service, engine, context)
    assert summary.quarantined == 1 and summary.applied == 0
    [answer] = inbound(service)
    assert answer.state == "quarantined" and "could not be applied" in answer.error_text
    assert service.store.content(answer.id)[0] is not None  # the answer is kept, readable
    assert context.guarantees.get(demo[PAC_GRN].id).balance is None  # nothing half-applied
    assert outbound(service, query.id).state in ("sent", "delivered")
    assert sync(service, engine, context).quarantined == 0


@pytest.mark.sqlite_file
def test_queued_messages_keep_no_access_code_in_clear_in_the_database_file(service, context, demo, demo_dir):
    g = demo[PAC_GRN]
    context.access_codes.save(g.id, AccessCodes(pac=Secret(DEMO_PAC), spks=[Secret("QZ7X"), Secret("WV3K")]))
    registration = service.prepare_registration(g.id)
    stored = service.store.content(registration.id)[0]
    assert b"QZ7X" not in stored and ACCESS_CODE_MASK.encode() in stored  # the archive shows them masked
    sent = as_customs_receive_it(context, registration.id)
    assert b"QZ7X" in sent and DEMO_PAC.encode() in sent  # customs get them, signed and encrypted
    context.db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in demo_dir.glob(DATABASE_FILE_NAME + "*"):
        raw = path.read_bytes()
        assert b"QZ7X" not in raw and b"WV3K" not in raw and DEMO_PAC.encode() not in raw, path.name


# --- certificates in effect when sending (spec 03 §3.1) -------------------------------------------------------


def reissued(credentials: Credentials, name: str, days: int = 365) -> x509.Certificate:
    """A new certificate for the same key, as after a renewal that keeps the key."""
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(credentials.private_key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=days))
            .sign(credentials.private_key, hashes.SHA256()))


def recipient_serial(envelope: bytes) -> int:
    from asn1crypto import cms as asn1_cms

    enveloped = asn1_cms.ContentInfo.load(envelope)["content"]
    return enveloped["recipient_infos"][0].chosen["rid"].chosen["serial_number"].native


def test_customs_certificate_rollover_while_queued_seals_the_message_again_for_the_new_one(service, engine, context, demo, clock):
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    old_customs = context.certificates.customs("CZ", "training")
    _, queued_envelope = service.store.content(query.id)
    assert recipient_serial(queued_envelope) == old_customs.serial_number

    new_customs = reissued(engine.credentials, "Customs simulator 2027")
    context.certificates.import_customs("CZ", "training", new_customs, takes_effect=(clock() + timedelta(days=1)).date())
    assert context.certificates.customs("CZ", "training", at=clock()) == old_customs  # not yet in effect
    clock.advance(days=2)
    engine.credentials = Credentials(new_customs, engine.credentials.private_key)

    summary = sync(service, engine, context)

    assert summary.sent == 1 and summary.held == 0
    _, sent_envelope = service.store.content(query.id)
    assert recipient_serial(sent_envelope) == new_customs.serial_number
    assert outbound(service, query.id).state in ("delivered", "answered")
    assert f"{new_customs.serial_number:X}" in outbound(service, query.id).sealed_for


def test_after_a_certificate_change_only_the_colleague_who_queued_a_message_can_seal_it_again(service, engine, context, demo, clock, bob):
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    new_customs = reissued(engine.credentials, "Customs simulator 2027")
    context.certificates.import_customs("CZ", "training", new_customs, takes_effect=(clock() + timedelta(days=1)).date())
    clock.advance(days=2)
    engine.credentials = Credentials(new_customs, engine.credentials.private_key)

    held = sync(bob.messaging_at(clock), engine, bob)

    assert (held.held, held.sent) == (1, 0), held
    waiting = outbound(service, query.id)
    assert waiting.state == "queued" and "alice queued this message" in waiting.error_text
    assert engine.register.received_count() == 0
    assert sync(service, engine, context).sent == 1


def test_an_expired_participant_certificate_blocks_sending_until_the_renewal_is_imported(service, engine, context, demo, clock, tmp_path):
    [query] = service.prepare_queries([demo[PAC_GRN].id], QueryKind.BALANCE)
    expires = context.certificates.participant_for(CZ_EORI).not_after
    clock.moment = expires + timedelta(days=1)

    held = sync(service, engine, context)

    assert (held.held, held.sent) == (1, 0)
    assert f"expired on {expires:%Y-%m-%d}" in held.problems[0] and "Settings ▸ Certificates" in held.problems[0]
    assert outbound(service, query.id).state == "queued"
    with pytest.raises(CannotSend, match=f"expired on {expires:%Y-%m-%d}"):
        service.prepare_queries([demo[PAC_GRN].id], QueryKind.INFO)

    certificate, key = self_signed("Renewed seal")  # not from the training CA: registered with the simulator on import
    renewed = tmp_path / "renewed.pem"
    renewed.write_bytes(certificate.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    clock.moment = datetime.now(UTC).replace(microsecond=0)
    result = context.certificates.import_participant(CZ_EORI, read_certificate_file(renewed))
    assert result.row.is_test and result.replaced is not None

    summary = sync(service, engine, context)

    assert summary.sent == 1, summary.problems
    assert open_sealed(service.store.content(query.id)[1], engine.credentials, lambda c: True).signer == certificate


def test_an_unreachable_gateway_says_what_to_do_for_the_simulator_or_the_network():
    from core.messaging.channels import unreachable

    local = unreachable("http://127.0.0.1:8720")
    remote = unreachable("https://gateway.example/ncts")
    assert local == ("Cannot reach the gateway http://127.0.0.1:8720: start the customs simulator (Messages ▸ "
                     "Customs simulator) or check the gateway address in Settings ▸ NCTS.")
    assert "simulator" not in remote and "network connection" in remote and "Settings ▸ NCTS" in remote
    assert "simulator" in unreachable("http://localhost:9000/")
    assert len(local) < 160  # read whole in a status bar and a list's tooltip


def test_a_result_and_its_history_are_kept_in_english_and_read_in_the_readers_language(service, engine, context,
                                                                                       demo):
    from core import i18n
    from languages import install_language

    g = demo[PAC_GRN]
    [query] = service.prepare_queries([g.id], QueryKind.BALANCE)
    assert sync(service, engine, context).applied == 1
    answered = outbound(service, query.id)
    assert answered.result.startswith(f"{g.grn}: in use ") and ", balance " in answered.result
    assert re.sub(r"(?<=\d),(?=\d{3})", "", answered.result_shown) == answered.result  # English, amounts grouped
    history = [event.detail for event in service.store.events(query.id)]
    assert history[0] == "stored" and any(d.startswith("accepted by the gateway http://") for d in history)

    install_language("cs")
    try:
        in_czech = outbound(service, query.id).as_dict()
        steps = service.store.events(query.id)
        first_step, step_shown = steps[0], steps[0].shown
        receipt_shown = next(step.shown for step in steps if step.state == "delivered")
        balance = i18n.translate("Answers", "in use {amount} {currency}, balance {balance}").split("{")[0]
        stored = i18n.translate("Messaging", "stored")
    finally:
        install_language("en")
    assert in_czech["result"] == answered.result  # the record is unchanged
    assert in_czech["result_shown"].startswith(f"{g.grn}: {balance}") and balance != "in use "
    assert re.search(r"\d,\d\d CZK", in_czech["result_shown"])  # the amount written the Czech way
    assert first_step.detail == "stored" and step_shown == stored != "stored"
    receipt_kept = next(step.detail for step in steps if step.state == "delivered")
    assert re.search(r"received by customs at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", receipt_kept)
    assert not re.search(r"\dT\d", receipt_shown) and re.search(r"\d\. \d{1,2}\. \d{4} \d\d:\d\d:\d\d$", receipt_shown)
