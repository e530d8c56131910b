"""What certificate expiry warnings cost at start: reading and checking every stored certificate.

    python bench/certificates.py [--quick] [--runs N] [--certificates N]

The warnings over many EORIs' certificates (1,000; --quick: 50) are compared with opening the same
workspace, in the same process on the same database, since both happen once when the window starts.
Best of the runs each.

Target (full run): the warnings at most 3x opening the workspace. Certificates expiring within the
warning period that give no warning are an error (see benchlib).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from core.context import UserContext
from core.installation import open_context
from core.store.rows import insert_rows
from core.transport.expiry import WARNING_DAYS

FULL = {"runs": 5, "certificates": 1_000}
QUICK = {"runs": 2, "certificates": 50}
TARGET_WARNINGS_MAX = 3.0


def _best(fn, runs: int) -> float:
    return min(timed(fn) for _ in range(runs))


def _fill(context: UserContext, count: int) -> None:
    """``count`` EORIs with a certificate each, expiring over the next year (so some warn)."""
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC)
    rows = []
    for i in range(count):
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Seal {i:05d}")])
        certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                       .serial_number(i + 1).not_valid_before(now - timedelta(days=1))
                       .not_valid_after(now + timedelta(days=1 + i * 365 // count)).sign(key, hashes.SHA256()))
        rows.append({"role": "participant", "administration": "", "environment": "training", "eori": f"CZ{10000000 + i}",
                     "subject": f"CN=Seal {i:05d}", "serial": f"{i + 1:X}", "not_before": certificate.not_valid_before_utc.isoformat(),
                     "not_after": certificate.not_valid_after_utc.isoformat(), "is_test": 1, "added_at": now.isoformat(),
                     "cert_pem": certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")})
    with context.db.atomic():
        insert_rows(context.db, "certificates", rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"default {FULL['runs']}")
    parser.add_argument("--certificates", type=int, help=f"default {FULL['certificates']:,}")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, count = max(1, args.runs or sizes["runs"]), args.certificates or sizes["certificates"]
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        context = open_context(data_dir)
        try:
            _fill(context, count)
        finally:
            context.close()
        opened = _best(lambda: open_context(data_dir).close(), runs)
        context = open_context(data_dir)
        try:
            found = len(context.certificates.warnings())
            warnings = _best(context.certificates.warnings, runs)
        finally:
            context.close()
    expiring = sum(1 for i in range(count) if 1 + i * 365 // count <= WARNING_DAYS)
    check(found >= expiring, f"{expiring} certificates expire within {WARNING_DAYS} days but {found} warnings were given")
    result = {
        "benchmark": "certificates", "runs": runs, "certificates": count, "warnings": found,
        "open_workspace_s": round(opened, 4), "expiry_warnings_s": round(warnings, 4),
        "warnings_to_open_ratio": ratio(warnings, opened),
        "measured": "best of the runs, in one process on one database",
    }
    targets = Targets()
    targets.at_most("warnings_to_open_ratio", result["warnings_to_open_ratio"], TARGET_WARNINGS_MAX)
    return finish(result, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
