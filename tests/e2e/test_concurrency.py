"""Several programs on one data folder at once: nothing is sent twice, applied twice, lost or refused.

Real processes over loopback: the customs simulator, two ``sync`` commands started together, a program
committing tiny writes all the while, and a clerk's ``query`` commands meanwhile.
"""
from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import pytest

from core.installation import open_context
from core.messages import QueryKind

pytestmark = pytest.mark.slow

ROUNDS = 60  # each round queues one query per organisation and parameter set: a few hundred messages
WRITER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], timeout=30, isolation_level=None)
n = 0
while True:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES ('writer', ?)", [str(n)])
    conn.execute("COMMIT")
    n += 1
    time.sleep(0.05)
"""


def _queue_many(data_dir) -> tuple[list[str], list[str]]:
    """Queue ROUNDS rounds of balance queries as the local administrator does with ``query``; returns their
    message ids and the GRNs asked."""
    context = open_context(data_dir)
    try:
        context.set_setting("query_interval_seconds", "0")
        messaging = context.messaging
        grns = [g.grn for g in context.guarantees.list()
                if g.grn and messaging.query_blocker(g, QueryKind.BALANCE) is None]
        ids = [g.id for g in context.guarantees.list() if g.grn in grns]
        queued = []
        for _ in range(ROUNDS):
            queued += [m.message_id for m in messaging.prepare_queries(ids, QueryKind.BALANCE)]
    finally:
        context.close()
    return queued, grns


def _rows(data_dir, sql: str) -> list[tuple]:
    conn = sqlite3.connect(data_dir / "customsdesk.sqlite")
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.sqlite_file
def test_two_syncs_a_writer_and_a_clerk_at_once_lose_and_double_nothing(cli, start_simulator):
    cli.ok("init")
    cli.ok("demo")
    start_simulator("--throttle-seconds", "0")
    queued, grns = _queue_many(cli.data_dir)
    assert len(queued) >= 150

    writer = subprocess.Popen([sys.executable, "-c", WRITER, str(cli.data_dir / "customsdesk.sqlite")])
    try:
        syncs = [cli.popen("sync"), cli.popen("sync")]
        clerk = []
        while any(s.poll() is None for s in syncs):
            clerk.append(cli("query", grns[len(clerk) % len(grns)], "--kind", "info"))
        outputs = [s.communicate(timeout=300) for s in syncs]
        time.sleep(0.2)
    finally:
        writer.kill()
        writer.wait()

    for sync, (stdout, stderr) in zip(syncs, outputs, strict=True):
        assert sync.returncode == 0, stdout + stderr
        assert "Traceback" not in stderr
    assert clerk, "the clerk's queries ran while the syncs did"
    for run in clerk:
        assert run.returncode == 0, run.stdout + run.stderr  # never refused because a sync runs elsewhere

    final = cli.ok("sync")  # whatever the two left (the clerk's queries)
    assert final["quarantined"] == 0 and final["problems"] == []

    sent_twice = _rows(cli.data_dir, """SELECT message, count(*) FROM message_events WHERE state = 'sent'
                                       GROUP BY message HAVING count(*) > 1""")
    applied_twice = _rows(cli.data_dir, """SELECT message, count(*) FROM message_events WHERE state = 'applied'
                                          GROUP BY message HAVING count(*) > 1""")
    assert sent_twice == [] and applied_twice == []
    states = dict(_rows(cli.data_dir, "SELECT state, count(*) FROM messages GROUP BY state"))
    assert set(states) <= {"answered", "rejected", "applied", "unmatched"}, states
    unanswered = _rows(cli.data_dir, """SELECT message_id FROM messages m WHERE direction = 'out' AND NOT EXISTS
                                       (SELECT 1 FROM messages a WHERE a.direction = 'in'
                                        AND a.correlation_id = m.message_id)""")
    assert unanswered == []
    outbound = {r[0] for r in _rows(cli.data_dir, "SELECT message_id FROM messages WHERE direction = 'out'")}
    assert set(queued) <= outbound
