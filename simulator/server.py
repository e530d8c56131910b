"""The simulator's gateway: HTTP on loopback (and optionally a mailbox folder), over the engine."""
from __future__ import annotations

import asyncio
import errno
import json
import socket
import time
from pathlib import Path

from aiohttp import web

from core.errors import FieldError, UserError, ValidationError
from core.messages.schemas import check_schema_folder
from simulator.engine import RESPONSE_DELAY, CustomsEngine, Refused, app_database_of
from simulator.register import read_register_file, seed_entries, seed_from_app
from simulator.suma import seed_from_app as seed_declarations

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8720  # the port the demo's training parameter set points to
MAILBOX_POLL_SECONDS = 0.5

ENGINE = web.AppKey("engine", CustomsEngine)


def build_app(engine: CustomsEngine) -> web.Application:
    app = web.Application(client_max_size=64 * 1024 * 1024, middlewares=[_outage])
    app[ENGINE] = engine
    app.add_routes([
        web.post("/api/messages", post_message),
        web.get("/api/messages", list_messages),
        web.get("/api/messages/{id}", get_message),
        web.delete("/api/messages/{id}", acknowledge),
        web.get("/control", get_control),
        web.post("/control", post_control),
        web.get("/health", health),
    ])
    return app


@web.middleware
async def _outage(request: web.Request, handler):
    if request.path.startswith("/api/") and request.app[ENGINE].outage:
        return web.json_response({"error": "customs system outage (simulated)"}, status=503)
    return await handler(request)


async def post_message(request: web.Request) -> web.Response:
    engine = request.app[ENGINE]
    body = await request.read()
    try:
        received = engine.receive(body)
    except Refused as exc:
        return web.json_response({"error": exc.reason}, status=exc.status)
    delay = engine.seconds(RESPONSE_DELAY)
    if delay:
        await asyncio.sleep(delay)
    return web.Response(body=received.receipt, content_type="application/pkcs7-mime",
                        headers={"X-Duplicate": "1" if received.duplicate else "0"})


async def list_messages(request: web.Request) -> web.Response:
    recipient = request.query.get("recipient", "")
    items = request.app[ENGINE].waiting_for(recipient)
    return web.json_response([{"id": i["id"], "kind": i["kind"], "size": i["size"]} for i in items])


async def get_message(request: web.Request) -> web.Response:
    data = request.app[ENGINE].register.item(request.match_info["id"])
    if data is None:
        return web.json_response({"error": "no such message (already acknowledged?)"}, status=404)
    return web.Response(body=data, content_type="application/pkcs7-mime")


async def acknowledge(request: web.Request) -> web.Response:
    request.app[ENGINE].register.forget(request.match_info["id"])
    return web.Response(status=204)


async def get_control(request: web.Request) -> web.Response:
    return web.json_response(request.app[ENGINE].status())


async def post_control(request: web.Request) -> web.Response:
    data = await request.json()
    status = request.app[ENGINE].set_switches(
        outage=data.get("outage"), answer_delay=data.get("answer_delay_seconds"),
        response_delay=data.get("response_delay_seconds"))
    return web.json_response(status)


async def health(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})


async def serve_mailbox(engine: CustomsEngine, folder: Path) -> None:
    """Answer envelopes written to ``folder/out`` by writing receipts and answers to ``folder/in``."""
    from core.messaging.channels import (
        ENVELOPE_SUFFIX,
        RECEIPT_SUFFIX,
        REFUSAL_SUFFIX,
        write_atomically,
    )

    out_dir, in_dir, done_dir = folder / "out", folder / "in", folder / "out" / "processed"
    while True:
        for path in sorted(out_dir.glob(f"*{ENVELOPE_SUFFIX}")) if out_dir.is_dir() else []:
            try:
                received = engine.receive(path.read_bytes())
                write_atomically(in_dir / f"{received.message_id}{RECEIPT_SUFFIX}", received.receipt)
            except Refused as exc:
                write_atomically(in_dir / f"{path.stem}{REFUSAL_SUFFIX}", engine.signed_refusal(path.stem, exc.reason))
            done_dir.mkdir(parents=True, exist_ok=True)
            path.replace(done_dir / path.name)
        for item in engine.register.due_now(engine.clock):
            # the app reads in/ in name order: names that sort as written keep the answers in order
            write_atomically(in_dir / f"{time.time_ns():020d}-{item['id']}{ENVELOPE_SUFFIX}", item["data"])
            engine.register.forget(item["id"])
        await asyncio.sleep(MAILBOX_POLL_SECONDS)


def run(data_dir: Path, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT, register_file: Path | None = None,
        throttle_seconds: int = 60, schema_folder: Path | None = None, mailbox: Path | None = None,
        outage: bool = False, answer_delay: float | None = None) -> int:
    # what the options name is checked before anything is made (ValidationError naming the option)
    entries = read_register_file(register_file) if register_file else []
    if mailbox is not None and Path(mailbox).exists() and not Path(mailbox).is_dir():
        raise ValidationError([FieldError("--mailbox", f"{mailbox} is a file: give the mailbox folder (with out/ "
                                                       "and in/).")])
    if schema_folder is not None:
        try:
            check_schema_folder(schema_folder)
        except UserError as exc:
            raise ValidationError([FieldError("--schemas", str(exc))]) from None
    engine = CustomsEngine(data_dir, throttle_seconds=throttle_seconds, schema_folder=schema_folder)
    try:
        app_database = app_database_of(Path(data_dir))
        seeded = seed_from_app(engine.register, app_database) if engine.register.is_empty() else 0
        seed_declarations(engine.suma, app_database)
        seeded += seed_entries(engine.register, entries)
        engine.set_switches(outage=outage, answer_delay=answer_delay)
    except BaseException:
        engine.close()
        raise
    asyncio.run(_serve(engine, host, port, mailbox, seeded))
    return 0


async def _serve(engine: CustomsEngine, host: str, port: int, mailbox: Path | None, seeded: int) -> None:
    runner = web.AppRunner(build_app(engine), access_log=None)
    try:
        await runner.setup()
        site = web.TCPSite(runner, host, port)
        try:
            await site.start()
        except OSError as exc:
            raise _cannot_listen(host, port, exc) from None
        actual_port = runner.addresses[0][1]
        print(json.dumps({"listening": f"http://{host}:{actual_port}/", "seeded": seeded,
                          "guarantees": engine.register.count(), "mailbox": str(mailbox) if mailbox else None}),
              flush=True)
        if mailbox:
            await serve_mailbox(engine, Path(mailbox))
        else:
            await asyncio.Event().wait()
    finally:
        await runner.cleanup()
        engine.close()


def _cannot_listen(host: str, port: int, exc: OSError) -> ValidationError:
    if exc.errno == errno.EADDRINUSE:
        return ValidationError([FieldError("--port", (
            f"Port {port} on {host} is already in use (by another customs simulator?): stop that one, or choose "
            "another port with --port."))])
    if isinstance(exc, socket.gaierror) or exc.errno == errno.EADDRNOTAVAIL:
        return ValidationError([FieldError("--host", (
            f"The simulator cannot listen on {host} ({exc.strerror or exc}): give an address of this computer, e.g. "
            f"{DEFAULT_HOST}."))])
    return ValidationError([FieldError("--port", (
        f"The simulator cannot listen on {host} port {port} ({exc.strerror or exc}): choose another port with --port "
        "(ports below 1024 need administrator rights)."))])

