"""How envelopes travel: an HTTP(S) gateway or a mailbox folder, behind one interface.

Both are asyncio: the window never waits for the network.
"""
from __future__ import annotations

import asyncio
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from core.errors import UserError

ENVELOPE_SUFFIX = ".p7m"
RECEIPT_SUFFIX = ".receipt"
REFUSAL_SUFFIX = ".refused"  # a mailbox gateway's "cannot take this envelope", named after the message
HTTP_TIMEOUT_SECONDS = 30


class ChannelError(UserError):
    """The gateway could not take or give a message."""


class TransientChannelError(ChannelError):
    """Worth trying again later: no connection, a timeout, the gateway busy or down."""


class PermanentChannelError(ChannelError):
    """The gateway refused the message for good; sending it again would not help."""


@dataclass(frozen=True)
class Delivery:
    """Something the gateway holds for us: a message or a delivery receipt."""

    gateway_id: str
    data: bytes
    is_receipt: bool = False
    is_refusal: bool = False


class Channel(Protocol):
    async def send(self, message_id: str, envelope: bytes) -> bytes | None:
        """Hand over an envelope; returns the gateway's signed receipt when it gives one at once."""

    async def fetch(self) -> list[Delivery]:
        """Everything waiting for this participant (messages and receipts)."""

    async def acknowledge(self, gateway_id: str) -> None:
        """Tell the gateway a delivery is stored and may be forgotten."""

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

    async def fetch(self) -> list[Delivery]:
        import json

        listing = json.loads(await self._request("GET", f"/api/messages?recipient={quote(self.participant)}"))
        deliveries = []
        for item in listing:
            data = await self._request("GET", f"/api/messages/{quote(item['id'])}")
            deliveries.append(Delivery(item["id"], data, item.get("kind") == "receipt"))
        return deliveries

    async def acknowledge(self, gateway_id: str) -> None:
        await self._request("DELETE", f"/api/messages/{quote(gateway_id)}")

    async def _request(self, method: str, path: str, **kwargs) -> bytes:
        import aiohttp

        url = self.base_url + path
        try:
            async with self._client().request(method, url, **kwargs) as response:
                body = await response.read()
                if response.status >= 500 or response.status == 429:
                    raise TransientChannelError(f"The gateway {self.base_url} is not available now "
                                                f"(HTTP {response.status}); the message stays queued.")
                if response.status >= 400:
                    raise PermanentChannelError(f"The gateway refused the message (HTTP {response.status}): "
                                                f"{_reason(body)}")
                return body
        except (TimeoutError, aiohttp.ClientConnectionError, OSError) as exc:
            raise TransientChannelError(f"Cannot reach the gateway {self.base_url} "
                                        f"({type(exc).__name__}); the message stays queued.") from None

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None


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
            raise TransientChannelError(f"Cannot write to the mailbox folder {self.folder / 'out'}: "
                                        f"{exc.strerror or exc}; the message stays queued.") from None

    async def fetch(self) -> list[Delivery]:
        return await asyncio.to_thread(self._read_in)

    def _read_in(self) -> list[Delivery]:
        inbox = self.folder / "in"
        if not inbox.is_dir():
            return []
        deliveries = []
        for path in sorted(inbox.iterdir()):
            if path.suffix in (ENVELOPE_SUFFIX, RECEIPT_SUFFIX, REFUSAL_SUFFIX) and path.is_file():
                deliveries.append(Delivery(path.name, path.read_bytes(), path.suffix == RECEIPT_SUFFIX,
                                           path.suffix == REFUSAL_SUFFIX))
        return deliveries

    async def acknowledge(self, gateway_id: str) -> None:
        await asyncio.to_thread(self._move_aside, gateway_id)

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
