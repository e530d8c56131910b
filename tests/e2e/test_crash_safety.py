"""A sync killed at any point loses nothing and applies nothing twice (spec 02 §2.3)."""
from __future__ import annotations

import json
import signal
import time

import pytest
from data_folders import records_of

from core.messaging.faults import CRASH_ENV, POINTS

pytestmark = pytest.mark.slow
KILLED_AT_CRASH_POINT = 70


def _demo(cli) -> dict[str, str]:
    cli.ok("init")
    cli.ok("demo")
    return {g["grn"][:16]: g["grn"] for g in cli.ok("guarantees", "--json") if g["grn"]}


def _counts(cli) -> dict:
    with records_of(cli.data_dir) as db:
        out = db.execute("SELECT count(*) FROM messages WHERE direction = 'out'").fetchone()[0]
        applied = db.execute("SELECT count(*) FROM messages WHERE direction = 'in' AND state = 'applied'").fetchone()[0]
        inbound = db.execute("SELECT count(*) FROM messages WHERE direction = 'in'").fetchone()[0]
        usages = db.execute("SELECT count(*) FROM guarantee_usages").fetchone()[0]
    return {"out": out, "in": inbound, "applied": applied, "usages": usages}


@pytest.mark.parametrize("point", POINTS)
def test_sync_killed_at_each_point_recovers(cli, start_simulator, point):
    grns = _demo(cli)
    simulator = start_simulator()
    cli.ok("query", grns["25CZ510101000027"], "--kind", "usage")  # usage answer: a list that must not double
    crashed = cli("sync", env={CRASH_ENV: point})
    assert crashed.returncode == KILLED_AT_CRASH_POINT, crashed.stderr

    recovered = cli("sync")
    assert recovered.returncode == 0, recovered.stdout + recovered.stderr
    cli.ok("sync")  # and once more: still nothing doubles

    outbound = cli.messages("--direction", "out")
    assert len(outbound) == 1 and outbound[0]["state"] == "answered"
    inbound = cli.messages("--direction", "in")
    assert [m["state"] for m in inbound] == ["applied"]
    assert inbound[0]["correlation_id"] == outbound[0]["message_id"]
    assert simulator.control()["received"] == 1  # customs processed it once, whatever was resent
    counts = _counts(cli)
    guarantee = cli.guarantee(grns["25CZ510101000027"])
    assert guarantee["answered_at"] and guarantee["usage_period"]
    assert counts["usages"] == len(_usage_rows(cli)) > 0


def _usage_rows(cli) -> list:
    with records_of(cli.data_dir) as db:
        rows = db.execute("SELECT mrn FROM guarantee_usages").fetchall()
    assert len(rows) == len({r[0] for r in rows}), "an MRN was stored twice"
    return rows


def test_sync_killed_while_waiting_for_the_gateway(cli, start_simulator):
    """SIGKILL during the HTTP exchange: customs has the message, we do not know it yet."""
    grns = _demo(cli)
    simulator = start_simulator()
    simulator.control(response_delay_seconds=20)
    cli.ok("query", grns["25DE004600000319"], "--kind", "balance")
    sync = cli.popen("sync")
    deadline = time.monotonic() + 30
    while simulator.control()["received"] == 0:
        assert time.monotonic() < deadline, "the simulator never received the message"
        time.sleep(0.1)
    sync.send_signal(signal.SIGKILL)
    sync.wait(timeout=10)
    sync.stdout.close()
    sync.stderr.close()
    assert cli.messages("--direction", "out")[0]["state"] == "queued"  # we never learnt it arrived

    simulator.control(response_delay_seconds=0)
    summary = cli.ok("sync")
    assert summary["sent"] == 1 and summary["applied"] == 1
    assert simulator.control()["received"] == 1  # the resend under the same id was not processed again
    assert cli.messages("--direction", "out")[0]["state"] == "answered"
    assert len(cli.messages("--direction", "in")) == 1
    assert json.loads(json.dumps(cli.guarantee(grns["25DE004600000319"])))["balance"] is not None
