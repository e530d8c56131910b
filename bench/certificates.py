"""What certificate expiry warnings cost at start: reading and checking every stored certificate.

Prints JSON. The warnings over many EORIs' certificates are compared with opening the same workspace,
in the same process on the same database, since both happen once when the window starts.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from core.context import UserContext
from core.installation import open_context


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _median(fn, runs: int) -> float:
    return statistics.median(_timed(fn) for _ in range(runs))


def _fill(ws: UserContext, count: int) -> None:
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
    with ws.db.atomic():
        ws.db["certificates"].insert_all(rows, batch_size=1000)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--certificates", type=int, default=1_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp)
        ws = open_context(data_dir)
        _fill(ws, args.certificates)
        ws.close()
        opened = _median(lambda: open_context(data_dir).close(), args.runs)
        ws = open_context(data_dir)
        found = len(ws.certificates.warnings())
        warnings = _median(ws.certificates.warnings, args.runs)
        ws.close()
    print(json.dumps({
        "certificates": args.certificates, "warnings": found,
        "open_workspace_s": round(opened, 4), "expiry_warnings_s": round(warnings, 4),
        "warnings_to_open_ratio": round(warnings / opened, 2),
    }, indent=2))


if __name__ == "__main__":
    main()
