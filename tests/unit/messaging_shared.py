"""Helpers for the messaging tests: the simulator in the test's own event loop, answers made as customs make them."""
from __future__ import annotations

import asyncio
import json
import uuid
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path

from aiohttp import web
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from unit_shared import SHARED

from core.context import UserContext
from core.messages import MessageHeader, QueryAnswer, QueryKind, QueryResponse, build_cc037c, new_message_id
from core.messaging.service import MessagingService, SyncSummary
from core.messaging.store import MessageFilter
from core.transport import open_sealed
from simulator.engine import CustomsEngine, iso
from simulator.pki import load_simulator_credentials
from simulator.register import seed_from_file
from simulator.server import build_app

OFFICIAL_XSD = SHARED / "ncts-p5-xsd"
CZ_EORI, CZ_SENDER = "CZ25596641", "CDTRAIN01"
PAC_GRN = "25CZ520101000011"  # first 16 characters of the demo guarantee whose PAC alice holds
MAILBOX_WAIT_SECONDS = 15


def as_customs_receive_it(context, row_id: int) -> bytes:
    """The message as customs read it: the stored envelope, opened with the simulator's customs key."""
    customs, _ = load_simulator_credentials(context.data_dir)
    _, envelope = context.messaging.store.content(row_id)
    return open_sealed(envelope, customs, lambda certificate: True).content


# --- the simulator in this event loop ----------------------------------------------------------------


def point_gateways(context: UserContext, gateway: str) -> None:
    for params in context.params.list():
        params.gateway = gateway
        context.params.save(params)


@asynccontextmanager
async def http_gateway(engine: CustomsEngine, context: UserContext, requests: list[tuple[str, str]] | None = None):
    """The simulator's HTTP app on a free loopback port; the demo parameter sets point at it. ``requests``: each
    request that reaches the gateway is noted there as (method, path), answered or not."""
    app = build_app(engine)
    if requests is not None:
        @web.middleware
        async def note(request: web.Request, handler):
            requests.append((request.method, request.path))
            return await handler(request)

        app.middlewares.insert(0, note)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", 0).start()
    url = f"http://127.0.0.1:{runner.addresses[0][1]}/"
    point_gateways(context, url)
    try:
        yield url
    finally:
        await runner.cleanup()


def sync(service: MessagingService, engine: CustomsEngine, context: UserContext, ignore_backoff: bool = True) -> SyncSummary:
    async def run() -> SyncSummary:
        async with http_gateway(engine, context):
            return await service.sync(ignore_backoff=ignore_backoff)

    return asyncio.run(run())


def inbound(service: MessagingService) -> list:
    return service.store.list(MessageFilter(direction="in"))[::-1]


def outbound(service: MessagingService, row_id: int):
    return service.store.get(row_id)


def participant_certificate(context: UserContext) -> x509.Certificate:
    return context.certificates.participant(CZ_EORI, "CZ", "training").certificate


def deliver(engine: CustomsEngine, envelope: bytes, recipient: str = CZ_SENDER) -> None:
    """Put an envelope in the simulator's outbox as if customs had made it."""
    now = iso(engine.clock())
    with engine.register.atomic():
        engine.register.queue(uuid.uuid4().hex, recipient, "message", envelope, now, now)


def info_answer(grn: str, correlation_id: str, at: datetime) -> bytes:
    header = MessageHeader(sender="NTA.CZ", recipient=CZ_SENDER, prepared_at=at.replace(tzinfo=None),
                           message_id=new_message_id(), message_type="CC037C", correlation_id=correlation_id)
    answer = QueryAnswer(grn=grn, kind=QueryKind.INFO, accepted_at=at.replace(tzinfo=None), guarantee_type="1")
    return build_cc037c(QueryResponse(requester_tin=CZ_EORI, office="CZ520101", answers=[answer]), header)


def self_signed(name: str) -> tuple[x509.Certificate, rsa.RSAPrivateKey]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(subject).issuer_name(subject).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=1))
                   .not_valid_after(now + timedelta(days=30)).sign(key, hashes.SHA256()))
    return certificate, key


def seed(engine: CustomsEngine, tmp_path: Path, *entries: dict) -> None:
    path = tmp_path / "register.json"
    path.write_text(json.dumps(list(entries)), encoding="utf-8")
    seed_from_file(engine.register, path)


async def wait_for_files(folder: Path, count: int) -> list[Path]:
    for _ in range(MAILBOX_WAIT_SECONDS * 10):
        files = sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []
        if len(files) >= count:
            return files
        await asyncio.sleep(0.1)
    raise AssertionError(f"{folder} did not get {count} files")


class TableOutageLog:
    """The incident log reduced to what the transport calls (the continuity module keeps the real one): it writes
    the incidents table directly, and notes each call."""

    def __init__(self, db, clock):
        self.db = db
        self.clock = clock
        self.opened: list[int] = []
        self.closed: list[tuple[int, str]] = []

    def open_detected(self, source: str, gateway: str, administration: str, since: str, reason: str) -> int:
        row = self.db.execute("SELECT id FROM incidents WHERE kind = 'customs-unplanned' AND gateway = ? "
                              'AND "end" IS NULL', [gateway]).fetchone()
        if row is not None:
            return row[0]
        now = iso(self.clock())
        incident = self.db.insert_returning_id(
            "INSERT INTO incidents (kind, state, start, administration, gateway, cause, notes, created_at, updated_at) "
            "VALUES ('customs-unplanned', 'draft', ?, ?, ?, ?, ?, ?, ?)",
            [since, administration, gateway, reason, f"detected on {source}", now, now])
        self.opened.append(incident)
        return incident

    def close_detected(self, incident_id: int, end: str) -> None:
        self.db.execute('UPDATE incidents SET "end" = ?, updated_at = ? WHERE id = ?', [end, iso(self.clock()), incident_id])
        self.closed.append((incident_id, end))


def incidents(db) -> list[dict]:
    rows = db.execute('SELECT id, kind, state, start, "end", administration, gateway FROM incidents ORDER BY id')
    names = [d[0] for d in rows.description]
    return [dict(zip(names, row)) for row in rows.fetchall()]


def gateway_rows(db) -> list[dict]:
    rows = db.execute("SELECT source, gateway, failures, down_since, incident, last_error FROM gateway_status "
                      "ORDER BY source")
    names = [d[0] for d in rows.description]
    return [dict(zip(names, row)) for row in rows.fetchall()]
