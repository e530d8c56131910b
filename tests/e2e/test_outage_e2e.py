"""A customs outage lived through with the real commands and a real simulator process (spec 06 §6.2): the queue
keeps growing while the gateway is down, ``sync`` says so (exit code 1), and the first ``sync`` after it is back
sends everything once, the urgent message first, and says what went out."""
from __future__ import annotations

import sqlite3

import pytest
from data_folders import records_of

from core.installation import open_context
from core.messages import QueryKind
from simulator.pki import SIMULATOR_FOLDER
from simulator.register import REGISTER_FILE

pytestmark = pytest.mark.slow

EXIT_CHECK_FAILED = 1
THRESHOLD = 3  # the default: send and receives without an answer before a gateway counts as down


def _rows(path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def _records(data_dir, sql: str) -> list[tuple]:
    with records_of(data_dir) as db:
        return [tuple(row) for row in db.execute(sql).fetchall()]


def _askable(data_dir) -> tuple[list[str], bool]:
    """GRNs of one parameter set the local administrator may ask about, and whether the app wires an incident log."""
    context = open_context(data_dir)
    try:
        demo = [g for g in context.guarantees.list() if g.grn]
        params_id = demo[0].params_id
        grns = [g.grn for g in demo
                if g.params_id == params_id and context.messaging.query_blocker(g, QueryKind.INFO) is None]
        return grns, context.messaging.incidents is not None
    finally:
        context.close()


def test_an_outage_keeps_the_queue_and_the_return_sends_it_once_urgent_first(cli, start_simulator):
    cli.ok("init")
    cli.ok("demo")
    simulator = start_simulator("--throttle-seconds", "0")
    grns, incident_log = _askable(cli.data_dir)
    assert len(grns) >= 4
    register = cli.data_dir / SIMULATOR_FOLDER / REGISTER_FILE

    before = [cli.ok("query", grn, "--kind", "info")["queued"][0] for grn in grns[:2]]
    simulator.control(outage=True)
    down = [cli("sync") for _ in range(THRESHOLD)]
    assert [run.returncode for run in down] == [EXIT_CHECK_FAILED] * THRESHOLD
    assert [run.json["gateways_down"] for run in down[:-1]] == [[], []]
    [gateway] = down[-1].json["gateways_down"]
    assert gateway["gateway"] == simulator.url and gateway["queued_count"] == 2 and "HTTP 503" in gateway["last_error"]
    since = gateway["since"]
    assert any(f"is down since {since}" in problem for problem in down[-1].json["problems"])

    # the clerk goes on working: queued as always, one of them to go first
    urgent = cli.ok("query", grns[2], "--kind", "info", "--urgent")["queued"][0]
    after = cli.ok("query", grns[3], "--kind", "info")["queued"][0]
    assert urgent["urgent"] is True and after["urgent"] is False and urgent["state"] == "queued"
    still = cli("sync")
    assert still.returncode == EXIT_CHECK_FAILED and still.json["sent"] == 0
    assert still.json["gateways_down"][0]["queued_count"] == 4 and still.json["gateways_down"][0]["since"] == since
    assert simulator.control()["received"] == 0

    simulator.control(outage=False)
    back = cli.ok("sync")
    assert back["gateways_down"] == [] and back["problems"] == [] and back["sent"] == 4
    [recovered] = back["recovered"]
    assert recovered["gateway"] == simulator.url and recovered["down_since"] == since
    assert (recovered["sent"], recovered["urgent_sent"], recovered["still_queued"]) == (4, 1, 0)
    assert recovered["text"] == (f"The gateway {simulator.url} answers again (down since {since}): 4 messages went "
                                 "out, the 1 urgent one first.")

    queued = [m["message_id"] for m in (*before, urgent, after)]
    received = [row[0] for row in _rows(register, "SELECT message_id FROM received ORDER BY rowid")]
    assert received[0] == urgent["message_id"] and sorted(received) == sorted(queued)  # each once, urgent first
    states = {m["message_id"]: m["state"] for m in cli.messages("--direction", "out")}
    assert {states[message_id] for message_id in queued} == {"answered"}
    assert cli.ok("sync")["sent"] == 0 and simulator.control()["received"] == 4

    assert _records(cli.data_dir, "SELECT count(*) FROM gateway_status WHERE failures > 0 OR down_since IS NOT NULL "
                           "OR incident IS NOT NULL") == [(0,)]
    incidents = _records(cli.data_dir, 'SELECT kind, start, "end", gateway FROM incidents')
    if incident_log:  # opened when the gateway was found down, closed when it answered again
        assert gateway["incident_id"] is not None
        assert incidents == [("customs-unplanned", since, recovered["back_at"], simulator.url)]
    else:  # the app does not keep an incident log yet: the gateway's state alone tells the story
        assert gateway["incident_id"] is None and incidents == []
