"""How envelopes travel: an HTTP(S) gateway or a mailbox folder, behind one interface.

Both are asyncio: the window never waits for the network.
"""
from __future__ import annotations

import asyncio
import ipaddress
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol
from urllib.parse import quote, urlsplit

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.wording import Phrase, Value, WordedError, in_context, shown

ENVELOPE_SUFFIX = ".p7m"
RECEIPT_SUFFIX = ".receipt"
REFUSAL_SUFFIX = ".refused"  # a mailbox gateway's "cannot take this envelope", named after the message
HTTP_TIMEOUT_SECONDS = 30
PARALLEL_REQUESTS = 8  # to one gateway at once
DELIVERY_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")  # never a path: no slash, no "..", no query
UNREACHABLE_SIMULATOR = QT_TRANSLATE_NOOP("Messaging", "Cannot reach the gateway {gateway}: start the customs "
                                                      "simulator (Messages ▸ Customs simulator) or check the gateway "
                                                      "address in Settings ▸ NCTS.")
UNREACHABLE_NETWORK = QT_TRANSLATE_NOOP("Messaging", "Cannot reach the gateway {gateway}: check the network "
                                                    "connection, or the gateway address in Settings ▸ NCTS.")


def is_loopback(url: str) -> bool:
    """The address is on this computer (where the training simulator runs)."""
    host = urlsplit(url).hostname or ""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def unreachable(base_url: str) -> str:
    """Why a gateway did not answer and what to do, short enough for a status bar and a list."""
    return shown(_unreachable(base_url))


def _unreachable(base_url: str) -> Phrase:
    return said(UNREACHABLE_SIMULATOR if is_loopback(base_url) else UNREACHABLE_NETWORK, gateway=base_url)


#: ``said(QT_TRANSLATE_NOOP("Messaging", "…{field}…"), field=…)``: a wording shown in the reader's language and kept in
#: English by the message history and the gateway's state (see core.wording)
said = in_context("Messaging")


def plural(translated: str, english: str) -> str:
    """A text with a count, ``translated`` by ``translate("Messaging", "… %n …(s) …", None, count)``: as the
    catalogue gives it, or ``english`` (which says the same) while no catalogue gives its forms."""
    return english if "(s)" in translated else translated


def recorded(exc: BaseException) -> Value:
    """What the message history keeps of an error: its wording when it has one, else its text."""
    return getattr(exc, "wording", None) or str(exc)


class ChannelError(WordedError):
    """The gateway could not take or give a message."""


class TransientChannelError(ChannelError):
    """Worth trying again later: no connection, a timeout, the gateway busy or down."""


class PermanentChannelError(ChannelError):
    """The gateway refused the message for good; sending it again would not help."""

    def __init__(self, wording: Value, status: int | None = None):
        super().__init__(wording)
        self.status = status


class GatewayProtocolError(TransientChannelError):
    """The gateway answered something that is not a listing of deliveries; it is asked again next time."""


@dataclass(frozen=True)
class Delivery:
    """Something the gateway holds for us: a message or a delivery receipt. ``data`` is None when it is larger
    than we take (``size`` says how large): it stays at the gateway."""

    gateway_id: str
    data: bytes | None
    is_receipt: bool = False
    is_refusal: bool = False
    size: int = 0


@dataclass
class Fetched:
    """What a gateway holds for us, and what in its listing made no sense (skipped, each with the reason)."""

    deliveries: list[Delivery] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


class Channel(Protocol):
    async def send(self, message_id: str, envelope: bytes) -> bytes | None:
        """Hand over an envelope; returns the gateway's signed receipt when it gives one at once."""

    async def fetch(self, max_bytes: int) -> Fetched:
        """Everything waiting for this participant (messages and receipts), none larger than ``max_bytes``."""

    async def acknowledge(self, gateway_id: str) -> None:
        """Tell the gateway a delivery is stored and may be forgotten."""

    async def acknowledge_all(self, gateway_ids: list[str]) -> None:
        """:meth:`acknowledge` each of them."""

    async def close(self) -> None: ...


class HttpGatewayChannel:
    """POST /api/messages, GET /api/messages?recipient=…, GET and DELETE /api/messages/{id}."""

    def __init__(self, base_url: str, participant: str, timeout: float = HTTP_TIMEOUT_SECONDS):
        self.base_url = base_url.rstrip("/")
        self.participant = participant
        self._timeout = timeout
        self._session = None

    def _client(self):
        import aiohttp  # imported on first use: start-up does not pay for it

        if self._session is None:
            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self._timeout))
        return self._session

    async def send(self, message_id: str, envelope: bytes) -> bytes | None:
        headers = {"Content-Type": "application/pkcs7-mime", "X-Message-Identification": message_id,
                   "X-Participant": self.participant}
        body = await self._request("POST", "/api/messages", data=envelope, headers=headers)
        return body or None

    async def fetch(self, max_bytes: int) -> Fetched:
        """The listing, then the deliveries it names, several at once, in the listing's order."""
        fetched = Fetched()
        entries = self._entries(await self._request("GET", f"/api/messages?recipient={quote(self.participant)}"),
                                fetched.problems)
        gate = asyncio.Semaphore(PARALLEL_REQUESTS)

        async def download(gateway_id: str, size: int, is_receipt: bool) -> Delivery | None:
            if size > max_bytes:
                return Delivery(gateway_id, None, is_receipt, size=size)
            async with gate:
                try:
                    data = await self._request("GET", f"/api/messages/{quote(gateway_id)}", max_bytes=max_bytes)
                except PermanentChannelError as exc:
                    if exc.status == 404:  # acknowledged by another run since the listing
                        return None
                    raise
            return Delivery(gateway_id, data, is_receipt, size=len(data) if data is not None else max_bytes + 1)

        downloaded = await asyncio.gather(*(download(*entry) for entry in entries))
        fetched.deliveries = [d for d in downloaded if d is not None]
        return fetched

    def _entries(self, body: bytes, problems: list[str]) -> list[tuple[str, int, bool]]:
        """(id, size, is a receipt) of each well-formed entry of the gateway's listing."""
        import json

        try:
            listing = json.loads(body)
        except (ValueError, RecursionError):
            raise GatewayProtocolError(said(QT_TRANSLATE_NOOP(
                "Messaging", "The gateway {gateway} sent a listing that is not JSON; its deliveries are fetched at "
                             "the next send and receive."), gateway=self.base_url)) from None
        if not isinstance(listing, list):
            raise GatewayProtocolError(said(QT_TRANSLATE_NOOP(
                "Messaging", "The gateway {gateway} sent a listing that is not a list of deliveries; check the "
                             "gateway address in Settings ▸ NCTS."), gateway=self.base_url))
        entries = []
        for position, item in enumerate(listing, 1):
            gateway_id = item.get("id") if isinstance(item, dict) else None
            if not isinstance(gateway_id, str) or not DELIVERY_ID.fullmatch(gateway_id):
                problems.append(translate("Messaging", "The gateway {gateway} listed a delivery (entry {entry}) "
                                                       "without a valid id ({id}); it was skipped.").format(
                    gateway=self.base_url, entry=position, id=repr(str(gateway_id)[:40])))
                continue
            size = item.get("size")
            size = size if isinstance(size, int) and not isinstance(size, bool) and size >= 0 else 0
            entries.append((gateway_id, size, item.get("kind") == "receipt"))
        return entries

    async def acknowledge(self, gateway_id: str) -> None:
        try:
            await self._request("DELETE", f"/api/messages/{quote(gateway_id, safe='')}")
        except PermanentChannelError as exc:
            if exc.status != 404:  # gone already: another run acknowledged it
                raise

    async def acknowledge_all(self, gateway_ids: list[str]) -> None:
        gate = asyncio.Semaphore(PARALLEL_REQUESTS)

        async def acknowledge(gateway_id: str) -> None:
            async with gate:
                await self.acknowledge(gateway_id)

        await asyncio.gather(*(acknowledge(gateway_id) for gateway_id in gateway_ids))

    async def _request(self, method: str, path: str, max_bytes: int | None = None, **kwargs) -> bytes | None:
        """The response body; None when it is larger than ``max_bytes``."""
        import aiohttp

        url = self.base_url + path
        try:
            async with self._client().request(method, url, **kwargs) as response:
                if max_bytes is not None and response.status < 400:
                    return await _read_capped(response, max_bytes)
                body = await response.read()
                if response.status >= 500 or response.status == 429:
                    raise TransientChannelError(said(QT_TRANSLATE_NOOP(
                        "Messaging", "The gateway {gateway} is not available now (HTTP {status}); the message stays "
                                     "queued."), gateway=self.base_url, status=response.status))
                if response.status >= 400:
                    raise PermanentChannelError(said(QT_TRANSLATE_NOOP(
                        "Messaging", "The gateway refused the message (HTTP {status}): {reason}"),
                        status=response.status, reason=_reason(body)), status=response.status)
                return body
        except (TimeoutError, aiohttp.ClientConnectionError, OSError):
            raise TransientChannelError(_unreachable(self.base_url)) from None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


async def _read_capped(response, max_bytes: int) -> bytes | None:
    """The body, or None as soon as it grows past ``max_bytes`` (the rest is not read)."""
    chunks, total = [], 0
    async for chunk in response.content.iter_chunked(1 << 16):
        total += len(chunk)
        if total > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _reason(body: bytes) -> str:
    import json

    try:
        return str(json.loads(body).get("error", ""))[:500]
    except (ValueError, AttributeError):
        return body[:500].decode("utf-8", "replace")


class MailboxChannel:
    """A VAN-style folder: we write ``out/``, customs write ``in/``.

    Files are written under a temporary name, flushed to disk and renamed, so the other side never
    sees half a file; a delivery is moved to ``in/processed/`` only after we stored it.
    """

    def __init__(self, folder: Path):
        self.folder = Path(folder)

    async def send(self, message_id: str, envelope: bytes) -> bytes | None:
        await asyncio.to_thread(self._write_out, message_id, envelope)
        return None

    def _write_out(self, message_id: str, envelope: bytes) -> None:
        try:
            write_atomically(self.folder / "out" / f"{message_id}{ENVELOPE_SUFFIX}", envelope)
        except OSError as exc:
            raise TransientChannelError(said(QT_TRANSLATE_NOOP(
                "Messaging", "Cannot write to the mailbox folder {folder} ({error}): check that the folder exists "
                             "and may be written, or the gateway address in Settings ▸ NCTS."),
                folder=self.folder / "out", error=exc.strerror or exc)) from None

    async def fetch(self, max_bytes: int) -> Fetched:
        return await asyncio.to_thread(self._read_in, max_bytes)

    def _read_in(self, max_bytes: int) -> Fetched:
        inbox = self.folder / "in"
        fetched = Fetched()
        if not inbox.is_dir():
            return fetched
        for path in sorted(inbox.iterdir()):
            if path.suffix not in (ENVELOPE_SUFFIX, RECEIPT_SUFFIX, REFUSAL_SUFFIX) or not path.is_file() \
                    or path.is_symlink() or not DELIVERY_ID.fullmatch(path.name):
                continue
            try:
                size = path.stat().st_size
                data = path.read_bytes() if size <= max_bytes else None
            except FileNotFoundError:  # taken by another run meanwhile
                continue
            fetched.deliveries.append(Delivery(path.name, data, path.suffix == RECEIPT_SUFFIX,
                                               path.suffix == REFUSAL_SUFFIX, size=size))
        return fetched

    async def acknowledge(self, gateway_id: str) -> None:
        await asyncio.to_thread(self._move_aside, gateway_id)

    async def acknowledge_all(self, gateway_ids: list[str]) -> None:
        for gateway_id in gateway_ids:
            await self.acknowledge(gateway_id)

    def _move_aside(self, gateway_id: str) -> None:
        source = self.folder / "in" / gateway_id
        target = self.folder / "in" / "processed" / gateway_id
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.exists():
            os.replace(source, target)

    async def close(self) -> None:
        return None


def write_atomically(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.part")
    with open(tmp, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def channel_for(gateway: str, participant: str) -> Channel:
    if gateway.startswith(("http://", "https://")):
        return HttpGatewayChannel(gateway, participant)
    folder = gateway.removeprefix("file:")
    return MailboxChannel(Path(folder))
