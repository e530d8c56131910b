"""Start-up benchmark: the first paint and the populated register, each against a bare Qt window.

    python bench/startup.py [--quick] [--runs N] [--organisations N] [--guarantees N] [--keep]

Builds a database (10,000 organisations and 50,000 guarantees; --quick: 500 and 2,000) whose
administrator has a password, as any installation after its first start, in a temporary data folder.
Then starts fresh child processes (QT_QPA_PLATFORM=offscreen), interleaved, each timing from the top of
the child script:

- ``bare``: PySide6 + QApplication + a bare QMainWindow shown and painted (the floor for any Qt app);
- ``app``: `make run`'s path: main.py's arguments read (cli.window_options), the check for the system
  libraries of Qt's X11 plugin (ui.system_libraries; run here although the children are offscreen), then ui.app.start_gui
  (application, crash handler, the window shown and painted: ``first_paint``), then the database
  opened, the sign-in dialog answered at once with the administrator's password (its scrypt
  derivation included) and the register tree and table filled and painted (``populated``); after
  those, in the first measured run only, the tree's lazy-loading figures (expanding NCTS, scrolling
  the organisations to their end).

Targets (full run): first paint at most 2x the bare window; the populated window (scrypt included,
about 1x by itself) at most 7x.
--quick reports the same figures without enforcing them. Any error in a child, a dialog other than
the sign-in at start, or a register that does not load in batches exits non-zero (see benchlib).
"""
# The child measurement starts here, before anything else is imported.
import time

T0 = time.perf_counter()

import json  # noqa: E402
import os  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULT_PREFIX = "BENCH-RESULT "
TARGET_FIRST_PAINT_MAX = 2.0
TARGET_POPULATED_MAX = 7.0
FULL = {"runs": 7, "organisations": 10_000, "guarantees": 50_000}
QUICK = {"runs": 1, "organisations": 500, "guarantees": 2_000}
ADMIN_LOGIN = "bench"
ADMIN_PASSWORD = "a benchmark administrator password"
CHILD_TIMEOUT_S = 120


# ------------------------------------------------------------------------------------------
# children
# ------------------------------------------------------------------------------------------
def _since_start() -> float:
    return time.perf_counter() - T0


def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def _exit_on_uncaught_exceptions(app, timeout_s: float) -> list[BaseException]:
    """Qt swallows exceptions raised in slots after printing them: here any of them ends the child with 1.

    The same for a child that has not finished after ``timeout_s``.
    """
    import traceback

    from PySide6.QtCore import QTimer

    failures: list[BaseException] = []

    def hook(kind, exc, tb) -> None:
        failures.append(exc)
        traceback.print_exception(kind, exc, tb, file=sys.stderr)
        app.exit(1)  # leaves every running event loop, a dialog's included

    def timed_out() -> None:
        raise TimeoutError(f"the child had not finished after {timeout_s:.0f} s")

    sys.excepthook = hook
    watchdog = QTimer(app)
    watchdog.setSingleShot(True)
    watchdog.timeout.connect(timed_out)
    watchdog.start(int(timeout_s * 1000))
    return failures


def child_bare() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    phases = {"imports": _since_start()}
    app = QApplication(sys.argv[:1])
    phases["application"] = _since_start()
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1200, 760)  # the main window's default size
    window.show()
    app.processEvents()  # painted, as ui.app.show_main_window does
    phases["window_shown"] = _since_start()
    failures = _exit_on_uncaught_exceptions(app, CHILD_TIMEOUT_S)  # after the measurement, as in the app child
    _emit({"first_paint_s": phases["window_shown"], "phases": phases})
    QTimer.singleShot(0, app.quit)
    code = app.exec()
    return 1 if failures else code


def child_app(data_dir: Path, with_tree: bool) -> int:
    """The real start-up path, as main.main takes it: the arguments read, then ui.app.run_gui's start."""
    from cli import window_options

    args = window_options(["--data-dir", str(data_dir)])
    phases = {"arguments": _since_start()}
    from ui.system_libraries import missing

    missing()  # main.py's check before Qt; skipped offscreen, so run here as on an X11 display
    phases["library_check"] = _since_start()
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    from ui.app import start_gui

    phases["imports"] = _since_start()
    window = start_gui(args.data_dir)  # application, crash handler, window shown and painted; database next
    phases["window_shown"] = _since_start()
    app = QApplication.instance()
    failures = _exit_on_uncaught_exceptions(app, CHILD_TIMEOUT_S)  # after start_gui's crash handler
    _emit({"first_paint_s": phases["window_shown"]})  # the parent times its arrival
    result: dict = {"phases": phases}

    def window_closed() -> None:
        if "populated" not in phases and not failures:
            raise RuntimeError(f"the window closed before the register was shown ({window.open_problem or 'no reason'})")

    def drive() -> None:
        """Each turn of the event loop (the sign-in dialog's own loop included): sign in, then wait for the register."""
        modal = QApplication.activeModalWidget()
        if modal is not None:
            if modal.objectName() != "LoginDialog" or "sign_in_dialog" in phases:
                raise RuntimeError(f"unexpected dialog at start: {modal.windowTitle()!r}")
            phases["sign_in_dialog"] = _since_start()
            modal.login.setText(ADMIN_LOGIN)
            modal.password.setText(ADMIN_PASSWORD)
            modal.accept()
            if modal.result() != QDialog.DialogCode.Accepted:
                raise RuntimeError(f"signing in failed: {modal.error.text()!r}")
            phases["signed_in"] = _since_start()
            return
        if window.navigation is None:
            return  # open_data has not run yet
        driver.stop()
        app.processEvents()  # the register and its list painted
        phases["populated"] = _since_start()
        result["populated_s"] = phases["populated"]
        if with_tree:
            result["tree"] = _tree_figures(app, window)
        _emit(result)
        app.quit()

    window.closed.connect(window_closed)
    driver = QTimer(app)
    driver.timeout.connect(drive)
    driver.start(0)
    try:
        code = app.exec()
    finally:
        if window.context is not None:
            window.context.close()
    return 1 if failures else code


def _tree_figures(app, window) -> dict:
    """Lazy-loading figures, taken after the populated-window time (so they do not disturb it)."""
    from PySide6.QtWidgets import QAbstractItemView

    nav, tree = window.navigation, window.tree
    orgs_node, ncts_node = nav.organisations_node, nav.ncts_node
    orgs_index, ncts_index = nav.index_of(orgs_node), nav.index_of(ncts_node)
    figures = {
        "rows_fetched_at_start": len(orgs_node.children),
        "organisations_total": orgs_node.total,
        "org_table_rows_fetched_at_start": window.org_table.source.rowCount(),
    }

    # Expand NCTS (all the guarantees below it): the view asks for the first batch only.
    t = time.perf_counter()
    tree.expand(ncts_index)
    app.processEvents()
    figures["expand_ncts_s"] = time.perf_counter() - t
    figures["ncts_rows_fetched_on_expand"] = len(ncts_node.children)
    tree.collapse(ncts_index)
    app.processEvents()

    # What a user gets by dragging the tree's scroll bar to its end a few times.
    bar = tree.verticalScrollBar()
    for _ in range(3):
        bar.setValue(bar.maximum())
        app.processEvents()
    figures["rows_after_user_scroll_to_end"] = len(orgs_node.children)

    # Scroll the organisations to their end, fetching every batch: each time the last loaded
    # organisation is scrolled into view the view may fetch the next batch itself; when it
    # does not, ask the model as a view would (observed: the tree fetches during a relayout,
    # not because it was scrolled to the end). Both counts are reported.
    batches_by_view = batches_forced = 0
    t = time.perf_counter()
    while nav.canFetchMore(orgs_index):
        before = len(orgs_node.children)
        tree.scrollTo(nav.index(before - 1, 0, orgs_index), QAbstractItemView.ScrollHint.PositionAtBottom)
        app.processEvents()
        if len(orgs_node.children) > before:
            batches_by_view += 1
        else:
            nav.fetchMore(orgs_index)
            if len(orgs_node.children) == before:
                break  # nothing more to read
            batches_forced += 1
    tree.scrollTo(nav.index(len(orgs_node.children) - 1, 0, orgs_index), QAbstractItemView.ScrollHint.PositionAtBottom)
    app.processEvents()
    figures["scroll_organisations_to_end_s"] = time.perf_counter() - t
    figures["rows_after_scroll"] = len(orgs_node.children)
    figures["scroll_batches_fetched_by_view"] = batches_by_view
    figures["scroll_batches_fetched_explicitly"] = batches_forced
    figures["ncts_rows_fetched_while_scrolling"] = len(ncts_node.children)
    return figures


# ------------------------------------------------------------------------------------------
# the database
# ------------------------------------------------------------------------------------------
CITIES = {
    "CZ": [("Brno", "602 00"), ("Praha", "110 00"), ("Ostrava", "702 00"), ("Plzeň", "301 00"), ("Zlín", "760 01")],
    "DE": [("Hamburg", "20457"), ("Bremen", "28195"), ("Leipzig", "04109"), ("Dresden", "01067"), ("Köln", "50667")],
    "PL": [("Warszawa", "00-132"), ("Gdańsk", "80-001"), ("Poznań", "60-101"), ("Kraków", "30-001"), ("Łódź", "90-001")],
}
FORMS = {"CZ": "s.r.o.", "DE": "GmbH", "PL": "Sp. z o.o."}
WORDS = ["Spedice", "Logistik", "Transport", "Cargo", "Freight", "Doprava", "Trans", "Handel", "Export",
         "Import", "Celní služby", "Zoll", "Agencja Celna", "Kontejner", "Baltic", "Morava", "Elbe", "Oder"]
CURRENCY = {"CZ": "CZK", "DE": "EUR", "PL": "PLN"}
# types mixed among 0, 1, 2, 9 (GRN) and some 3 (other reference, no GRN)
TYPE_CYCLE = ["1", "1", "0", "2", "9", "1", "0", "3", "1", "2"]


def _eori(country: str, n: int) -> str:
    if country == "CZ":
        return f"CZ{10_000_000 + n:08d}"
    if country == "DE":
        return f"DE{400_000_000_000_000 + n:015d}"
    return f"PL{5_000_000_000 + n:010d}"


def build_database(data_dir: Path, organisations: int, guarantees: int) -> dict:
    """Fill a new data folder through core (migrations, built-in lists), then bulk-insert."""
    import random

    from core.guarantees.grn import check_grn, with_check_digit
    from core.installation import open_context
    from core.settings import DEMO_OFFERED_KEY

    rng = random.Random(20250117)
    t = time.perf_counter()
    context = open_context(data_dir, user=ADMIN_LOGIN)
    try:
        # as after the first start: the administrator has a password, so the window asks who signs in
        context.users.set_first_password(context.session, ADMIN_PASSWORD, ADMIN_LOGIN, "Benchmark administrator")
        offices = [row[0] for row in context.db.execute("SELECT id FROM customs_offices ORDER BY id").fetchall()]
        if not offices:
            offices = ["CZ520101"]
        offices_by_country: dict[str, list[str]] = {}
        for office in offices:
            offices_by_country.setdefault(office[:2], []).append(office)
        countries = [c for c in ("CZ", "DE", "PL") if c in offices_by_country] or ["CZ"]

        org_rows, org_country = [], {}
        for n in range(1, organisations + 1):
            country = countries[n % len(countries)]
            city, postcode = rng.choice(CITIES.get(country, CITIES["CZ"]))
            name = f"{rng.choice(WORDS)} {rng.choice(WORDS)} {n:05d} {FORMS.get(country, '')}".strip()
            org_rows.append((n, name, _eori(country, n), "0000", f"Nádražní {rng.randint(1, 250)}", postcode, city,
                             country, "", f"customs{n}@example.com", "", "", 1, int(n % 7 == 0)))
            org_country[n] = country

        g_rows = []
        for n in range(1, guarantees + 1):
            org_id = rng.randint(1, organisations)
            country = org_country[org_id]
            office = rng.choice(offices_by_country.get(country, offices))
            g_type = TYPE_CYCLE[n % len(TYPE_CYCLE)]
            amount = f"{rng.randint(10, 500_000) * 100}.{rng.choice(('00', '50'))}"
            currency = CURRENCY.get(country, "EUR")
            if g_type == "3":
                grn, other_ref = "", f"Cash deposit {2020 + n % 6}/{n:05d}"
            else:
                # 2 digits year, country, 12 characters serial (office digits + counter), check digit
                grn, other_ref = with_check_digit(f"{20 + n % 6:02d}{office[:2]}{office[2:]}{n:06d}"), ""
            g_rows.append((n, org_id, g_type, grn, 0, other_ref, office, amount, currency, None, ""))

        with context.db.atomic():
            context.db.conn.executemany(
                "INSERT INTO organisations (id, name, eori, branch, street, postcode, city, country, contact, "
                "email, phone, note, is_principal, is_representative) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                org_rows,
            )
            context.db.conn.executemany(
                "INSERT INTO guarantees (id, org_id, type, grn, grn_override, other_ref, office, amount, currency, "
                "params_id, description) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                g_rows,
            )
        context.set_setting(DEMO_OFFERED_KEY, "bench")
        context.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        # sanity: the generated records pass core's own rules
        sample = rng.sample(g_rows, min(500, len(g_rows)))
        bad_grns = sum(1 for r in sample if r[3] and not check_grn(r[3], r[2]).valid)
        invalid = sum(1 for g in context.guarantees.list(limit=300) if context.guarantees.validate(g))
        counts = {"organisations": context.organisations.count(), "guarantees": context.guarantees.count()}
    finally:
        context.close()
    return {
        **counts,
        "build_s": round(time.perf_counter() - t, 3),
        "sample_grn_check_failures": bad_grns,
        "sample_validation_failures": invalid,
        "db_size_mb": round((data_dir / "customsdesk.sqlite").stat().st_size / 1e6, 1),
    }


# ------------------------------------------------------------------------------------------
# the parent
# ------------------------------------------------------------------------------------------
CHILD_KEYS = {
    "bare": ("first_paint_s", "phases"),
    "app": ("first_paint_s", "populated_s", "phases"),
}


def run_child(kind: str, data_dir: Path, config_dir: Path, with_tree: bool = False) -> dict:
    """One child process; its merged results, or an error when it failed or left a figure out."""
    import subprocess
    import tempfile
    import threading

    from benchlib import check

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_dir)  # QSettings (window geometry) kept out of the user's profile
    env.setdefault("XDG_RUNTIME_DIR", str(config_dir))
    env["PYTHONDONTWRITEBYTECODE"] = "0"  # "0" lets the children write and reuse .pyc files, as an installation does
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--data-dir", str(data_dir)]
    cmd += ["--tree"] if with_tree else []
    results, arrival = [], None
    with tempfile.TemporaryFile(mode="w+") as stderr:
        t = time.perf_counter()
        with subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=stderr, text=True) as proc:
            killer = threading.Timer(CHILD_TIMEOUT_S + 30, proc.kill)  # a child that hangs outside Qt's loop
            killer.start()
            try:
                for line in proc.stdout:  # read as it comes, to time the first result's arrival
                    if line.startswith(RESULT_PREFIX):
                        if arrival is None:
                            arrival = time.perf_counter() - t
                        results.append(json.loads(line[len(RESULT_PREFIX):]))
                code = proc.wait()
            finally:
                killer.cancel()
        stderr.seek(0)
        problems = stderr.read()[-4000:]
    check(code == 0, f"the {kind} child exited with {code}:\n{problems}")
    result = {}
    for part in results:
        result.update(part)
    missing = [key for key in CHILD_KEYS[kind] + (("tree",) if with_tree else ()) if key not in result]
    check(not missing, f"the {kind} child did not report {', '.join(missing)}:\n{problems}")
    result["spawn_to_first_paint_s"] = arrival  # interpreter start-up included
    return result


def _stats(values: list[float]) -> dict:
    import statistics

    return {"median": round(statistics.median(values), 4), "min": round(min(values), 4),
            "max": round(max(values), 4)}


def _phase_medians(results: list[dict]) -> dict:
    """Median time since the top of the child script at which each phase ended."""
    import statistics

    names = results[0]["phases"].keys()
    return {n: round(statistics.median(r["phases"][n] for r in results), 4) for n in names}


def _child_args(argv: list[str]) -> tuple[str, Path | None, bool] | None:
    """``--child KIND [--data-dir DIR] [--tree]``, read without argparse: children import only what they measure."""
    if len(argv) < 2 or argv[0] != "--child":
        return None
    data_dir = Path(argv[argv.index("--data-dir") + 1]) if "--data-dir" in argv else None
    return argv[1], data_dir, "--tree" in argv


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    child = _child_args(argv)
    if child is not None:
        kind, data_dir, with_tree = child
        return child_bare() if kind == "bare" else child_app(data_dir, with_tree)

    import argparse
    import shutil
    import tempfile

    from benchlib import QUICK_HELP, Targets, check, finish, ratio

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"child processes of each kind (default {FULL['runs']})")
    parser.add_argument("--organisations", type=int, help=f"default {FULL['organisations']:,}")
    parser.add_argument("--guarantees", type=int, help=f"default {FULL['guarantees']:,}")
    parser.add_argument("--keep", action="store_true", help="keep the generated data folder and print where it is")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, organisations, guarantees = (getattr(args, k) or sizes[k] for k in ("runs", "organisations", "guarantees"))

    work = Path(tempfile.mkdtemp(prefix="customsdesk-bench-"))
    data_dir, config_dir = work / "data", work / "config"
    config_dir.mkdir(mode=0o700)
    try:
        database = build_database(data_dir, organisations, guarantees)
        if not args.quick:  # one unmeasured start of each kind, so that every measured run sees warm caches
            run_child("bare", data_dir, config_dir)
            run_child("app", data_dir, config_dir)
        bare, app = [], []
        for n in range(max(1, runs)):  # interleaved, so drift affects both alike
            bare.append(run_child("bare", data_dir, config_dir))
            app.append(run_child("app", data_dir, config_dir, with_tree=n == 0))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    check(database["sample_grn_check_failures"] == 0 and database["sample_validation_failures"] == 0,
          f"the generated register breaks core's own rules: {database}")
    tree = app[0]["tree"]
    check(0 < tree["rows_fetched_at_start"] < tree["organisations_total"] == organisations,
          f"the tree should read the organisations in batches: {tree}")
    check(tree["rows_after_scroll"] == organisations, f"scrolling to the end should reach every organisation: {tree}")

    def best(key: str, results: list[dict]) -> float:
        return min(r[key] for r in results)

    # Ratios of the best run of each kind: on a shared machine noise only ever adds time.
    bare_s = best("first_paint_s", bare)
    first_paint, populated = best("first_paint_s", app), best("populated_s", app)
    out = {
        "benchmark": "startup",
        "organisations": organisations,
        "guarantees": guarantees,
        "runs": len(app),
        "bare_window_s": _stats([r["first_paint_s"] for r in bare]),
        "first_paint_s": _stats([r["first_paint_s"] for r in app]),
        "populated_s": _stats([r["populated_s"] for r in app]),
        "ratio_first_paint_to_bare": ratio(first_paint, bare_s),
        "ratio_populated_to_bare": ratio(populated, bare_s),
        "spawn_to_first_paint_s": {"bare": _stats([r["spawn_to_first_paint_s"] for r in bare]),
                                   "app": _stats([r["spawn_to_first_paint_s"] for r in app])},
        "ratio_spawn_to_first_paint": ratio(best("spawn_to_first_paint_s", app), best("spawn_to_first_paint_s", bare)),
        "phases_median_s": {"bare": _phase_medians(bare), "app": _phase_medians(app)},
        "tree": dict(tree),
    }
    for key in ("expand_ncts_s", "scroll_organisations_to_end_s"):
        out["tree"][key] = round(tree[key], 4)
        out["tree"][f"ratio_{key[:-2]}_to_bare"] = ratio(tree[key], bare_s)
    out["database"] = {k: v for k, v in database.items() if k not in ("organisations", "guarantees")}
    out["measured"] = ("child processes, offscreen: perf_counter from the top of the child script (before PySide6 is "
                       "imported) to the window shown and painted (first paint), and, in the app, to the register "
                       "tree and table filled and painted after signing in (populated); the bare window is a "
                       "QMainWindow of the same size. spawn_to_first_paint includes the interpreter's start-up. "
                       "Ratios compare the best run of each kind (noise only adds time); medians are given too.")
    out["python"] = sys.version.split()[0]
    import PySide6

    out["pyside6"] = PySide6.__version__
    if args.keep:
        out["kept_data_dir"] = str(data_dir)
    targets = Targets()
    targets.at_most("ratio_first_paint_to_bare", out["ratio_first_paint_to_bare"], TARGET_FIRST_PAINT_MAX)
    targets.at_most("ratio_populated_to_bare", out["ratio_populated_to_bare"], TARGET_POPULATED_MAX)
    return finish(out, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
