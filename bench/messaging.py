"""Messaging speed: draining 1,000 queued guarantee queries against the simulator, and the preview
of a CC037C with 9,999 usages.

    python bench/messaging.py [--quick] [--queries N] [--usages N] [--runs N] [--rounds N]

The drain (best of the rounds) is compared with the cryptography it cannot avoid (sealing and opening each query, signing and
verifying its delivery receipt, sealing and opening its answer, measured in the same process, best of as many
rounds); the preview with a plain lxml parse + XSLT of the same file and stylesheet (best of the runs each).
--quick: 10 queries, 200 usages, one run, one round.

Targets (full run): the drain at most 2x its cryptography (measured 1.7x to 1.95x on a quiet 2-core machine, from
5.9x before messages were claimed, sent and recorded in batches and before the search index stopped following
every change of state; what is left is parsing CMS in pure Python on both sides and three HTTP round trips per
message), the preview at most 1.75x the plain XSLT.
A query that is not sent, or an answer that is not applied, is an error (see benchlib).
"""
from __future__ import annotations

import argparse
import asyncio
import json
import subprocess
import sys
import tempfile
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed
from simulator.demo import load_demo
from core.guarantees.access_codes import AccessCodes
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.messages import (
    MessageHeader,
    QueryAnswer,
    QueryKind,
    QueryResponse,
    Usage,
    build_cc037c,
    render_html,
)
from core.secrets import Secret
from core.transport import open_sealed, seal, sign, verify
from core.context import UserContext
from core.installation import open_context


# ---- drain ------------------------------------------------------------------------------------
def workspace_with_guarantees(data_dir: Path, count: int) -> tuple[UserContext, list[int]]:
    """The demo and ``count`` type 1 guarantees with a secondary access code each (sync_stall.py uses it too)."""
    context = open_context(data_dir)
    load_demo(context)
    params = next(p for p in context.params.list() if p.environment == "training")
    org = next(o for o in context.organisations.list() if o.eori == params.eori)
    ids = []
    for n in range(count):
        g = context.guarantees.add(Guarantee(org_id=org.id, type="1", grn=with_check_digit(f"26CZ5201019{n:05d}"),
                                        office="CZ520101", amount=Decimal(100000), currency="CZK",
                                        params_id=params.id))
        context.access_codes.save(g.id, AccessCodes(spks=[Secret("AC01")]))
        ids.append(g.id)
    return context, ids


def start_simulator(data_dir: Path) -> tuple[subprocess.Popen, str]:
    """``main.py simulator`` on a free loopback port, answering at once; returns the process and its URL."""
    process = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(data_dir), "simulator", "--port", "0",
                                "--throttle-seconds", "0"], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        first = process.stdout.readline()
        check(first.strip() != "", f"the simulator did not start (exit {process.poll()})")
        return process, json.loads(first)["listening"]
    except BaseException:
        stop_simulator(process)
        raise


def stop_simulator(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


def measure_drain(count: int, rounds: int) -> dict:
    """The best of ``rounds`` drains of ``count`` queries, and the best of as many floors, taken in turn so that a
    busy moment of the machine affects both alike."""
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        context, ids = workspace_with_guarantees(data_dir, count)
        context.set_setting("query_interval_seconds", "0")  # the same guarantees are asked again in each round
        try:
            simulator, url = start_simulator(data_dir)
        except BaseException:
            context.close()
            raise
        try:
            for params in context.params.list():
                params.gateway = url
                context.params.save(params)
            drains, floors = [], []
            for _ in range(rounds):
                drains.append(_drain(context, ids))
                floors.append(_crypto_floor(context, count))
        finally:
            stop_simulator(simulator)
            context.close()
    drain_s, crypto_s = min(drains), min(floors)
    return {
        "queries": count, "rounds": rounds, "sent": count, "applied": count,
        "drain_s": round(drain_s, 3), "drain_s_worst_round": round(max(drains), 3),
        "messages_per_second": round(count / drain_s, 1),
        "crypto_floor_s": round(crypto_s, 3), "ratio_drain_to_crypto_floor": ratio(drain_s, crypto_s),
    }


def _drain(context: UserContext, ids: list[int]) -> float:
    """Queue a balance query for each guarantee, then time one send and receive of them all."""
    for gid in ids:
        context.messaging.prepare_queries([gid], QueryKind.BALANCE)
    summary = {}
    seconds = timed(lambda: summary.update(asyncio.run(context.messaging.sync()).as_dict()))
    check(summary["sent"] == len(ids) and summary["applied"] == len(ids),
          f"{len(ids)} queries should be sent and their answers applied: {summary}")
    return seconds


def _crypto_floor(context: UserContext, count: int) -> float:
    """What any implementation pays per query: seal it, open it; sign the delivery receipt, verify it; seal the
    answer, open it."""
    params = next(p for p in context.params.list() if p.environment == "training")
    own = context.certificates.participant(params.eori, params.administration, params.environment)
    customs_cert = context.certificates.customs(params.administration, params.environment)
    from simulator.pki import load_simulator_credentials

    customs, _ = load_simulator_credentials(context.data_dir)
    xml = context.messaging.store.content(1)[0]

    receipt = json.dumps({"messageIdentification": "CD0000000000000000000", "receivedAt": "2026-01-01T00:00:00Z"})

    def round_trip():
        for _ in range(count):
            open_sealed(seal(xml, own, customs_cert), customs, lambda c: True)
            verify(sign(receipt.encode(), customs), lambda c: True)
            open_sealed(seal(xml, customs, own.certificate), own, lambda c: True)
    return timed(round_trip)


# ---- preview ----------------------------------------------------------------------------------
def cc037c_with_usages(count: int) -> bytes:
    start = date(2026, 1, 1)
    usages = [Usage(mrn=_mrn(n), amount=Decimal("1250.50"),
                    currency="CZK", lock_date=start + timedelta(days=n % 300),
                    arrival=datetime(2026, 1, 2, 8, 0) + timedelta(days=n % 300),
                    release_date=start + timedelta(days=n % 300 + 2)) for n in range(count)]
    answer = QueryAnswer(grn=with_check_digit("26CZ520101000011"), kind=QueryKind.USAGE,
                         accepted_at=datetime(2026, 11, 21, 9, 0), guarantee_type="1", usages=usages,
                         period_from=date(2026, 1, 1), period_to=date(2026, 1, 31))
    header = MessageHeader(sender="NTA.CZ", recipient="CDTRAIN01", prepared_at=datetime(2026, 11, 21, 9, 0),
                           message_id="CDBENCH037", message_type="CC037C", correlation_id="CDBENCH034")
    return build_cc037c(QueryResponse(requester_tin="CZ25596641", office="CZ520101", answers=[answer]), header)


def _mrn(n: int) -> str:
    from core.guarantees.grn import compute_check_digit

    body = f"26CZ{n:012d}J"
    return body + str(compute_check_digit(body))


def measure_preview(count: int, runs: int) -> dict:
    from lxml import etree

    from core.messages import preview

    xml = cc037c_with_usages(count)
    plain = etree.XSLT(preview._with_common_templates(preview.stylesheet_path("CC037C").read_bytes()))
    baseline, rendered = [], []
    for _ in range(runs):  # interleaved, so that a busy moment of the machine affects both alike
        baseline.append(timed(lambda: str(plain(etree.fromstring(xml)))))
        rendered.append(timed(lambda: render_html(xml)))
    html = render_html(xml)
    return {
        "usages": count, "xml_bytes": len(xml), "html_bytes": len(html),
        "plain_parse_xslt_s": round(min(baseline), 4),
        "render_html_s": round(min(rendered), 4),
        "ratio_render_to_plain": ratio(min(rendered), min(baseline)),
    }


FULL = {"queries": 1000, "usages": 9999, "runs": 9, "rounds": 3}
QUICK = {"queries": 10, "usages": 200, "runs": 1, "rounds": 1}
TARGET_DRAIN_MAX = 2.0
TARGET_PREVIEW_MAX = 1.75


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--queries", type=int, help=f"default {FULL['queries']:,}")
    parser.add_argument("--usages", type=int, help=f"default {FULL['usages']:,}")
    parser.add_argument("--runs", type=int, help=f"preview renderings (default {FULL['runs']})")
    parser.add_argument("--rounds", type=int, help=f"drains, the best counts (default {FULL['rounds']})")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    queries, usages, runs, rounds = (getattr(args, k) or sizes[k] for k in ("queries", "usages", "runs", "rounds"))
    preview = measure_preview(usages, max(1, runs))
    drain = measure_drain(queries, max(1, rounds))
    targets = Targets()
    targets.at_most("ratio_drain_to_crypto_floor", drain["ratio_drain_to_crypto_floor"], TARGET_DRAIN_MAX)
    targets.at_most("ratio_render_to_plain", preview["ratio_render_to_plain"], TARGET_PREVIEW_MAX)
    return finish({"benchmark": "messaging", "preview": preview, "drain": drain}, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
