"""What the program needs besides its code, each used once as the program uses it (the bundle's smoke test).

PyInstaller follows imports. It does not see what is read or imported by name at run time: the project's resources
(message schemas, one XSL stylesheet per message type, the built-in code lists), signxml's XML Signature schemas, the
countries of the ``holidays`` library. A bundle without one of them starts and fails later, in front of a clerk;
``run_checks`` finds it at once and says which.
"""
from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta


@dataclass(frozen=True)
class Check:
    name: str
    passed: bool
    detail: str  # what was found, or why it failed
    seconds: float

    def as_dict(self) -> dict:
        return {"name": self.name, "passed": self.passed, "detail": self.detail, "seconds": round(self.seconds, 3)}


def _resources() -> str:
    from core.resources import resources_dir

    folder = resources_dir()
    counts = {sub: len(list((folder / sub).glob("*"))) for sub in ("schemas", "xsl", "refdata", "icons", "docs")}
    empty = [sub for sub, count in counts.items() if not count]
    if empty:
        raise FileNotFoundError(f"{folder}: nothing in {', '.join(empty)}")
    return f"{folder}: " + ", ".join(f"{count} in {sub}" for sub, count in counts.items())


def _message_schemas() -> str:
    from core.messages.schemas import OWN_SCHEMAS, compiled_schema
    from core.resources import resource

    files = sorted({schema for schema, _namespace in OWN_SCHEMAS.values()})
    for name in files:
        compiled_schema(resource("schemas", name))
    return f"{len(files)} schemas compiled: {', '.join(files)}"


def _previews() -> str:
    from core.messages.preview import TYPES_WITH_STYLESHEET, render_html

    types = sorted(TYPES_WITH_STYLESHEET) + ["UNKNOWN"]  # the last one takes fallback.xsl
    for message_type in types:
        render_html(f"<{message_type}/>".encode())
    return f"{len(types)} stylesheets applied (CUSPRL and CUSPRR among them)"


def _code_lists() -> str:
    from core.resources import resource

    lists = json.loads(resource("refdata", "builtin.json").read_text(encoding="utf-8"))["lists"]
    return f"{len(lists)} built-in code lists"


def _working_days() -> str:
    from core.continuity.working_days import holiday_name, working_day_after

    corpus_christi = date(2025, 6, 19)  # a public holiday in North Rhine-Westphalia, not in Hamburg
    after = working_day_after(corpus_christi - timedelta(days=1), "DE", "NW")
    if after != corpus_christi + timedelta(days=1) or holiday_name(corpus_christi, "DE", "HH"):
        raise ValueError(f"the holiday calendar is wrong: the working day after 18 June 2025 in DE-NW is {after}")
    for country in ("CZ", "PL"):
        working_day_after(corpus_christi, country)
    return f"{holiday_name(corpus_christi, 'DE', 'NW')} 2025 is a holiday in DE-NW, not in DE-HH; CZ and PL calendars read"


def _pdf() -> str:
    from core.continuity.report import pdf_bytes

    data = pdf_bytes("Self-check", [("EORI", "CZ12345678"), ("Cause", "Příliš žluťoučký kůň")], "CustomsDesk")
    if not data.startswith(b"%PDF-"):
        raise ValueError("the report is not a PDF")
    return f"a {len(data):,}-byte PDF report"


def _credentials():
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from core.transport.cms import Credentials

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CustomsDesk self-check")])
    now = datetime.now(UTC)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(minutes=5))
                   .not_valid_after(now + timedelta(days=1)).sign(key, hashes.SHA256()))
    return Credentials(certificate, key)


def _signatures() -> str:
    from core.transport.cms import TrustedSigners, sign, verify
    from core.transport.xmldsig import sign_xml, verify_xml

    credentials = _credentials()
    trusted = TrustedSigners((credentials.certificate,))
    document = b'<?xml version="1.0" encoding="UTF-8"?><CUSPRL xmlns="urn:self-check"><Reference>1</Reference></CUSPRL>'
    signed_part = verify_xml(sign_xml(document, credentials), trusted)  # signxml, with its XML Signature schemas
    if b"<Reference>1</Reference>" not in signed_part:
        raise ValueError("the XML signature did not return the signed document")
    if verify(sign(b"self-check", credentials), trusted).content != b"self-check":  # CMS with asn1crypto
        raise ValueError("the CMS signature did not return the signed content")
    return "XMLDSig and CMS signed and verified"


CHECKS: tuple[tuple[str, Callable[[], str]], ...] = (
    ("resources", _resources),
    ("message schemas", _message_schemas),
    ("message previews", _previews),
    ("code lists", _code_lists),
    ("working days", _working_days),
    ("PDF reports", _pdf),
    ("signatures", _signatures),
)


def run_checks() -> list[Check]:
    """Every check, each run whatever the others found."""
    results = []
    for name, check in CHECKS:
        started = time.perf_counter()
        try:
            results.append(Check(name, True, check(), time.perf_counter() - started))
        except Exception as exc:  # a missing file or module shows as any kind of error: report it, go on
            results.append(Check(name, False, f"{type(exc).__name__}: {exc}", time.perf_counter() - started))
    return results
