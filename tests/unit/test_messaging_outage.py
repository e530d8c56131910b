"""A customs outage as the transport lives it (spec 06 §6.2): detected after a threshold, a draft incident opened
once, the queue kept, the gateway probed once per run, and when it is back everything drained in the same run,
urgent messages first, nothing lost or sent twice, the incident closed and the user told what went out.

The simulator's engine is served in the test's own event loop, on one port for the whole scenario (a gateway is
known by its address), and switched off and on with its outage switch; the clock is the test's.
"""
from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from core.errors import CannotSend
from core.logs import start_logging, stop_logging
from core.messages import QueryKind
from core.messaging.gateways import OUTAGE_THRESHOLD_SETTING, GatewayDown
from core.messaging.outbox import drain_phases
from core.messaging.service import MessagingService, SyncSummary
from core.messaging.store import Message, stamp

from messaging_shared import PAC_GRN, TableOutageLog, gateway_rows, http_gateway, incidents, outbound

RUN_EVERY = timedelta(minutes=1)  # the window's poll


@pytest.fixture
def outage_log(context, clock) -> TableOutageLog:
    return TableOutageLog(context.db, clock)


@pytest.fixture
def service(context, clock, outage_log) -> MessagingService:
    context.set_setting("query_interval_seconds", "0")
    service = context.messaging_at(clock)
    service.incidents = outage_log
    return service


@pytest.fixture
def guarantees(context, service):
    """Demo guarantees alice may ask about, all on the parameter set (and so the gateway) of the PAC guarantee."""
    demo = [g for g in context.guarantees.list() if g.grn]
    params_id = next(g.params_id for g in demo if g.grn.startswith(PAC_GRN))
    usable = [g for g in demo if g.params_id == params_id and service.query_blocker(g, QueryKind.INFO) is None]
    assert len(usable) >= 4
    return usable


def queue(service: MessagingService, guarantee, urgent: bool = False) -> Message:
    [message] = service.prepare_queries([guarantee.id], QueryKind.INFO, urgent=urgent)
    return message


async def runs(service: MessagingService, clock, count: int, ignore_backoff: bool = False) -> list[SyncSummary]:
    """``count`` send and receives a minute apart, as the window polls (respecting the retry delays)."""
    summaries = []
    for _ in range(count):
        summaries.append(await service.sync(ignore_backoff=ignore_backoff))
        clock.advance(seconds=RUN_EVERY.total_seconds())
    return summaries


def test_a_gateway_is_down_after_three_runs_without_an_answer_and_one_draft_incident_is_opened(
        service, engine, context, clock, guarantees, outage_log):
    messages = [queue(service, g) for g in guarantees[:3]]
    started = stamp(clock())

    async def scenario():
        async with http_gateway(engine, context) as url:
            engine.set_switches(outage=True)
            first = await runs(service, clock, 2)
            rows_before, opened_before = gateway_rows(context.db), list(outage_log.opened)
            third, fourth = await runs(service, clock, 2)
            return url, first, rows_before, opened_before, third, fourth

    url, first, rows_before, opened_before, third, fourth = asyncio.run(scenario())

    # three messages and several fetches failed in each run: each run counts once, for each mailbox on the gateway
    assert len(rows_before) >= 1 and {row["gateway"] for row in rows_before} == {url}
    assert all((row["failures"], row["down_since"], row["incident"]) == (2, started, None) for row in rows_before)
    assert all(s.gateways_down == [] and s.recovered == [] for s in first)
    assert first[0].retry_later == 3 and opened_before == []

    [down] = third.gateways_down
    assert down["gateway"] == url and down["since"] == started and down["queued_count"] == 3
    assert down["failures"] == 3 and "HTTP 503" in down["last_error"]
    assert down["incident_id"] == outage_log.opened[0]
    assert any(f"The gateway {url} is down since {started}" in p and "3 messages wait for it" in p
               for p in third.problems)
    assert fourth.gateways_down[0]["incident_id"] == down["incident_id"]
    assert len(outage_log.opened) == 1  # opened once, however long the outage lasts
    [incident] = incidents(context.db)
    assert incident["kind"] == "customs-unplanned" and incident["state"] == "draft"
    assert incident["start"] == started and incident["end"] is None and incident["gateway"] == url
    assert incident["administration"] == "CZ"

    [banner] = service.gateways_down()
    assert isinstance(banner, GatewayDown) and banner.gateway == url and banner.queued_count == 3
    assert all(outbound(service, m.id).state == "queued" for m in messages)
    assert engine.register.received_count() == 0


def test_an_answer_ends_the_streak_before_the_threshold_without_an_incident(service, engine, context, clock,
                                                                           guarantees, outage_log):
    context.set_setting(OUTAGE_THRESHOLD_SETTING, "3")
    message = queue(service, guarantees[0])

    async def scenario():
        async with http_gateway(engine, context):
            engine.set_switches(outage=True)
            await runs(service, clock, 2, ignore_backoff=True)
            engine.set_switches(outage=False)
            return await service.sync()

    back = asyncio.run(scenario())
    assert back.sent == 1 and back.recovered == [] and back.gateways_down == []
    assert all((row["failures"], row["down_since"], row["incident"]) == (0, None, None)
               for row in gateway_rows(context.db))
    assert outage_log.opened == [] and incidents(context.db) == []
    assert outbound(service, message.id).state == "answered"


def test_while_down_each_run_asks_the_gateway_once_and_backs_nothing_off(service, engine, context, clock,
                                                                         guarantees):
    context.set_setting(OUTAGE_THRESHOLD_SETTING, "1")
    early = queue(service, guarantees[0])
    requests: list[tuple[str, str]] = []

    async def scenario():
        async with http_gateway(engine, context, requests):
            engine.set_switches(outage=True)
            await runs(service, clock, 1)  # found down: the message was tried like any other and backs off
            later = [queue(service, g) for g in guarantees[1:4]]
            tried = outbound(service, early.id)
            per_run = []
            for _ in range(3):
                requests.clear()
                await runs(service, clock, 1, ignore_backoff=True)  # even "send now" probes only
                per_run.append(sorted(requests))
            return later, tried, per_run

    later, tried, per_run = asyncio.run(scenario())
    assert tried.attempts == 1
    mailboxes = len(gateway_rows(context.db))  # each participant's mailbox on the gateway has its listing
    for made in per_run:  # the first message as the probe; the other mailboxes' listings once (the probed one
        # failed this run, so its listing waits for the next)
        assert made == [("GET", "/api/messages")] * (mailboxes - 1) + [("POST", "/api/messages")]
    probe = outbound(service, early.id)
    assert (probe.attempts, probe.next_attempt_at) == (tried.attempts, tried.next_attempt_at)
    assert "HTTP 503" in probe.error_text
    for message in later:  # never tried: no attempt, no delay, no history beyond being stored
        waiting = outbound(service, message.id)
        assert (waiting.state, waiting.attempts, waiting.next_attempt_at) == ("queued", 0, message.next_attempt_at)
        assert [e.detail for e in service.store.events(message.id)] == ["stored"]
    assert service.gateways_down()[0].queued_count == 4


def test_back_after_an_outage_the_queue_drains_in_one_run_urgent_first_each_message_once(
        service, engine, context, clock, guarantees, outage_log, tmp_path):
    context.set_setting(OUTAGE_THRESHOLD_SETTING, "2")
    first, second = queue(service, guarantees[0]), queue(service, guarantees[1])
    started = stamp(clock())

    async def scenario():
        async with http_gateway(engine, context) as url:
            engine.set_switches(outage=True)
            await runs(service, clock, 2)  # down: both were tried twice and wait 30 s for their third attempt
            remarks = queue(service, guarantees[2], urgent=True)  # "send immediately after resumption"
            later = queue(service, guarantees[3])
            service.flag_urgent(later.id)
            await runs(service, clock, 3)
            engine.set_switches(outage=False)
            clock.advance(seconds=1)  # back long before the delays the failures had set
            back = await service.sync(ignore_backoff=False)
            again = await service.sync()
            return url, remarks, later, back, again

    path = start_logging(tmp_path / "log home")
    try:
        url, remarks, later, back, again = asyncio.run(scenario())
    finally:
        stop_logging()

    assert [outbound(service, m.id).attempts for m in (first, second)] == [3, 3]  # two failures, then sent
    assert [outbound(service, m.id).attempts for m in (remarks, later)] == [1, 1]  # the probes left no trace
    received = [message_id for message_id, _ in engine.register.received_in_order()]
    assert set(received[:2]) == {remarks.message_id, later.message_id}  # urgent first
    assert set(received[2:]) == {first.message_id, second.message_id}
    assert len(received) == 4  # each once
    assert back.sent == 4 and back.retry_later == 0 and back.gateways_down == [] and back.problems == []
    assert all(outbound(service, m.id).state == "answered" for m in (first, second, remarks, later))

    [recovered] = back.recovered
    assert recovered["gateway"] == url and recovered["down_since"] == started
    assert recovered["back_at"] == stamp(clock()) and recovered["incident_id"] == outage_log.opened[0]
    assert (recovered["sent"], recovered["urgent_sent"], recovered["still_queued"]) == (4, 2, 0)
    text = f"The gateway {url} answers again (down since {started}): 4 messages went out, the 2 urgent ones first."
    assert recovered["text"] == text
    assert text in path.read_text(encoding="utf-8")

    [incident] = incidents(context.db)
    assert outage_log.closed == [(incident["id"], stamp(clock()))] and incident["end"] == stamp(clock())
    assert all((row["failures"], row["down_since"], row["incident"]) == (0, None, None)
               for row in gateway_rows(context.db))
    assert service.gateways_down() == []
    assert again.sent == 0 and again.recovered == [] and engine.register.received_count() == 4


def test_urgent_messages_go_with_what_they_follow_and_before_the_rest():
    def message(row_id: int, grn: str, urgent: bool = False) -> Message:
        return Message(id=row_id, direction="out", state="queued", created_at="", updated_at="", urgent=urgent,
                       grns=[grn])

    arrival, other, remarks, after, unrelated = (message(1, "A"), message(2, "B"), message(3, "A", urgent=True),
                                                 message(4, "A"), message(5, "C"))
    first, then = drain_phases([unrelated, remarks, after, other, arrival])
    assert [m.id for m in first] == [arrival.id, remarks.id]  # the arrival notification still goes before its remarks
    assert [m.id for m in then] == [other.id, after.id, unrelated.id]


def test_due_messages_list_urgent_ones_first_and_only_a_waiting_message_can_be_flagged(service, engine, context,
                                                                                          clock, guarantees):
    plain, flagged, urgent = (queue(service, guarantees[0]), queue(service, guarantees[1]),
                              queue(service, guarantees[2], urgent=True))
    assert service.flag_urgent(flagged.id).urgent is True
    assert [e.detail for e in service.store.events(flagged.id)][-1] == "alice flagged it urgent: it is sent before the others"
    assert [m.id for m in service.store.due_outbound()] == [flagged.id, urgent.id, plain.id]
    assert outbound(service, urgent.id).as_dict()["urgent"] is True

    async def send() -> None:
        async with http_gateway(engine, context):
            await service.sync()

    asyncio.run(send())
    with pytest.raises(CannotSend, match="only a message waiting to be sent"):
        service.flag_urgent(plain.id)


def test_a_gateways_last_error_is_kept_in_english_and_read_in_the_readers_language(
        service, engine, context, clock, guarantees):
    from core import i18n
    from languages import install_language

    queue(service, guarantees[0])

    async def scenario():
        async with http_gateway(engine, context):
            engine.set_switches(outage=True)
            await runs(service, clock, 3)

    asyncio.run(scenario())
    [english_reader] = service.gateways_down()
    assert "HTTP 503" in english_reader.last_error and english_reader.last_error_shown == english_reader.last_error
    install_language("de")
    try:
        [german_reader] = service.gateways_down()
        shown = german_reader.last_error_shown
        unavailable = i18n.translate("Messaging", "The gateway {gateway} is not available now (HTTP {status}); the "
                                                  "message stays queued.").split("{")[0]
    finally:
        install_language("en")
    assert german_reader.last_error == english_reader.last_error  # the record is unchanged
    assert shown.startswith(unavailable) and "(HTTP 503)" in shown and unavailable != "The gateway "
