"""What user accounts cost: signing in, and reading the register through a user's representations.

    python bench/users.py [--quick] [--runs N] [--organisations N] [--represented N]

Signing in is compared with one scrypt derivation at the cost new passwords get (what any sign-in
has to pay) and with opening the same workspace as the password-less administrator (the same
database work without the KDF); a declarant's first page of the register with the administrator's
first page, in the same process on the same database. Best of the runs each.
--quick: 500 organisations, 100 represented, 2 runs.

Targets (full run): signing in at most 1.5x the scrypt derivation; a declarant's first page at
most 7x the administrator's. A declarant who sees another number of organisations than they
represent is an error (see benchlib).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed

from core.context import UserContext
from core.installation import open_context
from core.store.rows import insert_rows
from core.users import Level, Role, User
from core.users.passwords import new_password_record

PASSWORD = "a benchmark password"
PAGE = 200
FULL = {"runs": 5, "organisations": 10_000, "represented": 2_000}
QUICK = {"runs": 2, "organisations": 500, "represented": 100}
TARGET_SIGN_IN_TO_KDF_MAX = 1.5
TARGET_DECLARANT_PAGE_MAX = 7.0


def _fill(context: UserContext, organisations: int, represented: int) -> None:
    with context.db.atomic():
        insert_rows(context.db, "organisations",
                    [{"name": f"Organisation {i:05d}", "eori": f"CZ{10000000 + i}", "country": "CZ"}
                     for i in range(organisations)])
    context.users.add_user(context.session, User(login="declarant", role=Role.DECLARANT, level=Level.ADVANCED,
                                       identity_method="in person"), PASSWORD)
    user_id = context.users.get("declarant").id
    ids = [r[0] for r in context.db.execute("SELECT id FROM organisations ORDER BY id").fetchall()]
    with context.db.atomic():
        insert_rows(context.db, "representations", [
            {"org_id": org_id, "user_id": user_id, "kind": "employee", "rights": "basic",
              "valid_from": date(2020, 1, 1).isoformat(), "changed_at": "2020-01-01", "changed_by": "bench"}
             for org_id in ids[::organisations // represented][:represented]])


def _best(fn, runs: int) -> float:
    return min(timed(fn) for _ in range(runs))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"default {FULL['runs']}")
    parser.add_argument("--organisations", type=int, help=f"default {FULL['organisations']:,}")
    parser.add_argument("--represented", type=int, help=f"organisations the declarant represents (default {FULL['represented']:,})")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, organisations, represented = (getattr(args, k) or sizes[k] for k in ("runs", "organisations", "represented"))
    runs = max(1, runs)
    with tempfile.TemporaryDirectory() as tmp:
        admin = open_context(Path(tmp), user="admin")
        try:
            _fill(admin, organisations, represented)
            declarant = open_context(Path(tmp), user="declarant", password=PASSWORD)
            try:
                check(declarant.organisations.count() == represented,
                      f"the declarant should see the {represented} organisations they represent, "
                      f"not {declarant.organisations.count()}")
                kdf = _best(lambda: new_password_record(PASSWORD), runs)
                without_kdf = _best(lambda: open_context(Path(tmp), user="admin").close(), runs)
                with_kdf = _best(lambda: open_context(Path(tmp), user="declarant", password=PASSWORD).close(), runs)
                admin_page = _best(lambda: admin.organisations.list(limit=PAGE), runs)
                declarant_page = _best(lambda: declarant.organisations.list(limit=PAGE), runs)
                declarant_count = _best(declarant.organisations.count, runs)
            finally:
                declarant.close()
        finally:
            admin.close()
    result = {
        "benchmark": "users", "runs": runs, "organisations": organisations,
        "represented_by_declarant": represented,
        "scrypt_derivation_s": round(kdf, 4),
        "open_without_password_s": round(without_kdf, 4),
        "sign_in_with_scrypt_s": round(with_kdf, 4),
        "ratio_sign_in_to_kdf": ratio(with_kdf, kdf),
        "ratio_sign_in_to_open": ratio(with_kdf, without_kdf),
        "admin_first_page_s": round(admin_page, 5),
        "declarant_first_page_s": round(declarant_page, 5),
        "ratio_declarant_to_admin_page": ratio(declarant_page, admin_page),
        "declarant_count_s": round(declarant_count, 5),
        "measured": "best of the runs, in one process on one database",
    }
    targets = Targets()
    targets.at_most("ratio_sign_in_to_kdf", result["ratio_sign_in_to_kdf"], TARGET_SIGN_IN_TO_KDF_MAX)
    targets.at_most("ratio_declarant_to_admin_page", result["ratio_declarant_to_admin_page"], TARGET_DECLARANT_PAGE_MAX)
    return finish(result, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
