"""What sending a summary declaration of 9,999 positions costs before it leaves: building the CUSPRL, validating it
against the schema and signing it (XMLDSig).

    python bench/suma_message.py [--quick] [--positions N] [--runs N]

The three steps together are compared with plain lxml serialisation (etree.tostring) of the same tree, measured in
the same process (best of the runs each). Verifying the signature and reading the message back are reported too,
without a target. --quick: 500 positions, one run.

Each step handles the whole document (4.6 MB for 9,999 positions): the build makes every element from Python (about
9x the serialisation), the validation parses and checks the message (about 8x), the signature parses it, copies it
twice, canonicalises it and serialises the result (about 10x). Measured on 2 busy cores: 24 to 29x.

Target (full run): build + validate + sign at most 40x the serialisation of the same tree. A message that is not
valid, a signature that does not verify, or a message that does not read back with every position is an error
(see benchlib).
"""
from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from lxml import etree

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed
from core.messages import MessageHeader, SchemaSet, parse_xml
from core.suma.message import build_cusprl, parse_cusprl, sign_xml, verify_xml
from core.suma.model import MAX_POSITIONS, Declaration, Kind, Position
from core.suma.rules import Context
from core.suma.rules import check as check_plan
from core.transport import Credentials, TrustedSigners

FULL = {"runs": 5, "positions": MAX_POSITIONS}
QUICK = {"runs": 1, "positions": 500}
TARGET_RATIO_MAX = 40.0
OFFICE = "DE002601"


def _declaration(count: int) -> Declaration:
    header = {"sender.tin": "DE123456789012345", "sender.branch": "0000", "identification": "REG",
              "reference": "BENCH-1", "transport_number": "LH400", "arrival_date": "2026-12-03",
              "place_of_loading": "JFK", "previous_document_type": "MAWB", "previous_document_number": "020-1",
              "transport_mode": "4", "presenter.tin": "DE123456789012345", "presenter.branch": "0000",
              "presenter.name": "Air Cargo Handling GmbH", "presenter.street": "Cargo City Süd 5",
              "presenter.postcode": "60549", "presenter.city": "Frankfurt", "presenter.country": "DE",
              "office_of_presentation": OFFICE, "presentation_date": "2026-12-03", "contact.name": "Eva Klein",
              "contact.position": "Clerk", "contact.phone": "+49 69 1234"}
    positions = [Position({
        "number": n, "specific_reference": f"020-{n:08d}", "specific_reference_kind": "AWB",
        "custodian.tin": "DE987654321000000" if n % 3 else "", "custodian.branch": "0001" if n % 3 else "",
        "custody_place": f"FRA-CARGO-{n % 7}", "description": f"Electronic parts, lot {n}", "package_kind": "PK",
        "packages": n % 40 + 1, "gross_mass": Decimal(n) / 8, "customs_status": "N" if n % 5 else "U",
    }) for n in range(1, count + 1)]
    return Declaration(header=header, positions=positions)


def _seal() -> Credentials:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    now = datetime.now(UTC)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Air Cargo Handling GmbH seal")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=30))
                   .sign(key, hashes.SHA256()))
    return Credentials(certificate, key)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"default {FULL['runs']}")
    parser.add_argument("--positions", type=int, help=f"default {FULL['positions']:,}")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, count = max(1, args.runs or sizes["runs"]), args.positions or sizes["positions"]
    check(1 <= count <= MAX_POSITIONS, f"a summary declaration has 1 to {MAX_POSITIONS:,} positions, not {count:,}")

    declaration = _declaration(count)
    plan = check_plan(None, declaration, Kind.VSA, None, None, Context(office_at_airport=lambda office: True))
    header = MessageHeader.new("CUSPRL", "DE123456789012345", "ATLAS-DE")
    seal, schemas = _seal(), SchemaSet()

    def send() -> tuple[bytes, dict[str, float]]:
        """The signed message and the time of each step."""
        start = time.perf_counter()
        data = build_cusprl(declaration, plan, header)
        built = time.perf_counter()
        problems = schemas.validate(data)
        validated = time.perf_counter()
        signed = sign_xml(data, seal)
        done = time.perf_counter()
        check(problems == [], f"the CUSPRL built is not valid: {problems[:3]}")
        return signed, {"build": built - start, "validate": validated - built, "sign": done - validated}

    send()  # compiles the schema and warms up lxml; not measured
    best: dict[str, float] | None = None
    for _ in range(runs):
        signed, steps = send()
        if best is None or sum(steps.values()) < sum(best.values()):
            best = steps
    tree = parse_xml(build_cusprl(declaration, plan, header))
    baseline = min(timed(lambda: etree.tostring(tree, xml_declaration=True, encoding="UTF-8", pretty_print=True))
                   for _ in range(max(runs, 3)))

    trusted = TrustedSigners((seal.certificate,))
    verified: list[bytes] = []
    verify_s = min(timed(lambda: verified.append(verify_xml(signed, trusted))) for _ in range(runs))
    parsed = []
    parse_s = min(timed(lambda: parsed.append(parse_cusprl(verified[-1]))) for _ in range(runs))
    check(parsed[-1].positions == list(range(1, count + 1)),
          "the verified message does not read back with every position")

    total = sum(best.values())
    result = {
        "benchmark": "suma_message", "positions": count, "runs": runs, "xml_bytes": len(signed),
        "tostring_s": round(baseline, 4), "build_s": round(best["build"], 4), "validate_s": round(best["validate"], 4),
        "sign_s": round(best["sign"], 4), "build_validate_sign_s": round(total, 4),
        "ratio_build_validate_sign_to_tostring": ratio(total, baseline),
        "ratio_per_step": {name: ratio(value, baseline) for name, value in best.items()},
        "verify_s": round(verify_s, 4), "parse_s": round(parse_s, 4),
        "measured": "best of the runs, in one process; RSA 2048 seal",
    }
    targets = Targets()
    targets.at_most("ratio_build_validate_sign_to_tostring", result["ratio_build_validate_sign_to_tostring"],
                    TARGET_RATIO_MAX)
    return finish(result, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
