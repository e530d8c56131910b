"""The certificates one send and receive works with, looked up once per run instead of once per message.

A certificate imported while a run goes on counts from the next run.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from datetime import datetime

    from core.transport import Credentials, TrustedSigners
    from core.transport.certificates import CertificateStore


class RunCertificates:
    """The store's answers to participant(), customs() and customs_signers(), kept for one run (errors too)."""

    def __init__(self, certificates: CertificateStore):
        self._certificates = certificates
        self._answers: dict[tuple, object] = {}

    def participant(self, eori: str, administration: str, environment: str, at: datetime | None = None) -> Credentials:
        return self._once(("participant", eori, administration, environment),
                          lambda: self._certificates.participant(eori, administration, environment, at=at))

    def customs(self, administration: str, environment: str, at: datetime | None = None):
        return self._once(("customs", administration, environment),
                          lambda: self._certificates.customs(administration, environment, at=at))

    def customs_signers(self, administration: str, environment: str) -> TrustedSigners:
        return self._once(("signers", administration, environment),
                          lambda: self._certificates.customs_signers(administration, environment))

    def _once(self, key: tuple, look_up):
        if key not in self._answers:
            try:
                self._answers[key] = look_up()
            except Exception as exc:  # noqa: BLE001 - the same refusal for every message of the run
                self._answers[key] = exc
        answer = self._answers[key]
        if isinstance(answer, Exception):
            raise answer
        return answer
