"""What user accounts cost: signing in, and reading the register through a user's representations.

Prints JSON. Signing in is compared with opening the same workspace as the password-less
administrator (the same database work without the KDF), and a declarant's first page of the
register with the administrator's first page, in the same process on the same database.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.users import Level, Role, User
from core.context import UserContext
from core.installation import open_context

PASSWORD = "a benchmark password"
PAGE = 200


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _fill(ws: UserContext, organisations: int, represented: int) -> None:
    with ws.db.atomic():
        ws.db["organisations"].insert_all(
            ({"name": f"Organisation {i:05d}", "eori": f"CZ{10000000 + i}", "country": "CZ"} for i in range(organisations)),
            batch_size=1000)
    ws.users.add_user(ws.session, User(login="declarant", role=Role.DECLARANT, level=Level.ADVANCED,
                                       identity_method="in person"), PASSWORD)
    user_id = ws.users.get("declarant").id
    ids = [r[0] for r in ws.db.execute("SELECT id FROM organisations ORDER BY id").fetchall()]
    with ws.db.atomic():
        ws.db["representations"].insert_all(
            ({"org_id": org_id, "user_id": user_id, "kind": "employee", "rights": "basic",
              "valid_from": date(2020, 1, 1).isoformat(), "changed_at": "2020-01-01", "changed_by": "bench"}
             for org_id in ids[::organisations // represented][:represented]), batch_size=1000)


def _median(fn, runs: int) -> float:
    return statistics.median(_timed(fn) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--organisations", type=int, default=10_000)
    parser.add_argument("--represented", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        admin = open_context(Path(tmp), user="admin")
        _fill(admin, args.organisations, args.represented)
        declarant = open_context(Path(tmp), user="declarant", password=PASSWORD)
        without_kdf = _median(lambda: open_context(Path(tmp), user="admin").close(), args.runs)
        with_kdf = _median(lambda: open_context(Path(tmp), user="declarant", password=PASSWORD).close(), args.runs)
        admin_page = _median(lambda: admin.organisations.list(limit=PAGE), args.runs)
        declarant_page = _median(lambda: declarant.organisations.list(limit=PAGE), args.runs)
        declarant_count = _median(declarant.organisations.count, args.runs)
        result = {
            "benchmark": "users", "runs": args.runs, "organisations": args.organisations,
            "represented_by_declarant": args.represented,
            "open_without_password_median_s": round(without_kdf, 4),
            "sign_in_with_scrypt_median_s": round(with_kdf, 4),
            "ratio_sign_in_to_open": round(with_kdf / without_kdf, 2),
            "admin_first_page_median_s": round(admin_page, 5),
            "declarant_first_page_median_s": round(declarant_page, 5),
            "ratio_declarant_to_admin_page": round(declarant_page / admin_page, 2),
            "declarant_count_median_s": round(declarant_count, 5),
        }
        declarant.close()
        admin.close()
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
