"""Several workstations on one office database (the tests' own PostgreSQL server): two send-and-receive runs
from two workstations at once, a program committing tiny writes all the while and a clerk asking customs;
then every query is sent once, every answer applied once, nothing lost or refused.
"""
from __future__ import annotations

import signal
import subprocess
import sys
import time

import psycopg
import pytest

from core.installation import open_context
from core.messages import QueryKind

pytestmark = pytest.mark.slow

ROUNDS = 40
WRITER = """
import sys, time, psycopg
conn = psycopg.connect(sys.argv[1], autocommit=True)
n = 0
while True:
    with conn.transaction():
        conn.execute("INSERT INTO settings (key, value) VALUES ('writer', %s) "
                     "ON CONFLICT (key) DO UPDATE SET value = excluded.value", [str(n)])
    n += 1
    time.sleep(0.05)
"""


def _queue_many(data_dir, url: str) -> tuple[list[str], list[str]]:
    context = open_context(data_dir, database_url=url)
    try:
        context.set_setting("query_interval_seconds", "0")
        messaging = context.messaging
        chosen = [g for g in context.guarantees.list() if g.grn and messaging.query_blocker(g, QueryKind.BALANCE) is None]
        queued = []
        for _ in range(ROUNDS):
            queued += [m.message_id for m in messaging.prepare_queries([g.id for g in chosen], QueryKind.BALANCE)]
    finally:
        context.close()
    return queued, [g.grn for g in chosen]


def _rows(url: str, sql: str) -> list[tuple]:
    with psycopg.connect(url) as conn:
        return conn.execute(sql).fetchall()


def _two_workstations(cli, start_simulator, office_url, tmp_path):
    """The first workstation's demo moved onto the office database, a second workstation given the office key, and
    many queries queued; the second workstation, the simulator, the ids queued and their guarantees' GRNs."""
    cli.ok("init")
    cli.ok("demo")
    simulator = start_simulator("--throttle-seconds", "0")  # seeded from the first workstation's register
    cli.ok("db-copy", "--to", office_url)
    second = cli.another(tmp_path / "second")  # another workstation: its own folder, the office's key
    (tmp_path / "passphrase").write_text("correct horse battery staple\n", encoding="utf-8")
    cli.ok("office-key-export", tmp_path / "office.key", "--passphrase-file", tmp_path / "passphrase")
    second.ok("office-key-import", tmp_path / "office.key", "--passphrase-file", tmp_path / "passphrase")
    queued, grns = _queue_many(cli.data_dir, office_url)
    assert len(queued) >= 100
    return second, simulator, queued, grns


def _assert_each_sent_and_applied_once(office_url: str, queued: list[str], claims_released: bool = True) -> None:
    """Every message queued was sent and answered once, and every answer applied once; ``claims_released``: every
    claim was released (a run killed leaves its claims on messages already done, which count no more)."""
    sent_twice = _rows(office_url, """SELECT message, count(*) FROM message_events WHERE state = 'sent'
                                      GROUP BY message HAVING count(*) > 1""")
    applied_twice = _rows(office_url, """SELECT message, count(*) FROM message_events WHERE state = 'applied'
                                         GROUP BY message HAVING count(*) > 1""")
    assert sent_twice == [] and applied_twice == []
    states = dict(_rows(office_url, "SELECT state, count(*) FROM messages GROUP BY state"))
    assert set(states) <= {"answered", "rejected", "applied", "unmatched"}, states
    unanswered = _rows(office_url, """SELECT message_id FROM messages m WHERE direction = 'out' AND NOT EXISTS
                                      (SELECT 1 FROM messages a WHERE a.direction = 'in'
                                       AND a.correlation_id = m.message_id)""")
    assert unanswered == []
    outbound = {r[0] for r in _rows(office_url, "SELECT message_id FROM messages WHERE direction = 'out'")}
    assert set(queued) <= outbound
    if claims_released:
        assert _rows(office_url, "SELECT count(DISTINCT claimed_by) FROM messages") == [(0,)]


@pytest.mark.sqlite_file  # (its first workstation starts on its SQLite file, copied onto the server)
def test_two_workstations_sync_at_once_and_lose_or_double_nothing(cli, start_simulator, office_url, tmp_path):
    second, _, queued, grns = _two_workstations(cli, start_simulator, office_url, tmp_path)
    office = {"CUSTOMSDESK_DATABASE_URL": office_url}
    writer = subprocess.Popen([sys.executable, "-c", WRITER, office_url])
    try:
        syncs = [cli.popen("sync", env=office), second.popen("sync", env=office)]
        clerk = []
        while any(s.poll() is None for s in syncs):
            clerk.append(second("query", grns[len(clerk) % len(grns)], "--kind", "info", env=office))
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
        assert run.returncode == 0, run.stdout + run.stderr

    final = cli("sync", env=office)
    assert final.returncode == 0, final.stderr
    assert final.json["quarantined"] == 0 and final.json["problems"] == []
    _assert_each_sent_and_applied_once(office_url, queued)


@pytest.mark.sqlite_file  # (its first workstation starts on its SQLite file, copied onto the server)
def test_a_workstation_killed_mid_sync_leaves_nothing_lost_or_doubled(cli, start_simulator, office_url, tmp_path):
    second, simulator, queued, _ = _two_workstations(cli, start_simulator, office_url, tmp_path)
    simulator.control(response_delay_seconds=0.05)  # each exchange takes a moment: the kill lands mid-way
    office = {"CUSTOMSDESK_DATABASE_URL": office_url}
    killed, survivor = cli.popen("sync", env=office), second.popen("sync", env=office)
    deadline = time.monotonic() + 120
    while simulator.control()["received"] < len(queued) // 4:
        assert time.monotonic() < deadline and killed.poll() is None, "the syncs never got going"
        time.sleep(0.05)
    killed.send_signal(signal.SIGKILL)  # in the middle of sending: some of its messages claimed, some sent
    killed.communicate(timeout=30)
    assert killed.returncode == -signal.SIGKILL, "it had finished before it was killed"
    stdout, stderr = survivor.communicate(timeout=300)
    assert survivor.returncode == 0, stdout + stderr

    simulator.control(response_delay_seconds=0)
    restarted = cli("sync", env=office)  # the killed workstation starts again
    assert restarted.returncode == 0, restarted.stderr
    assert restarted.json["quarantined"] == 0 and restarted.json["problems"] == []
    _assert_each_sent_and_applied_once(office_url, queued, claims_released=False)
    assert simulator.control()["received"] == len(_rows(office_url, "SELECT id FROM messages WHERE direction = 'out'"))
