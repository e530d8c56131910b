"""Start-up benchmark: time to the first shown main window on a big register.

    python bench/startup.py [--runs N] [--organisations N] [--guarantees N] [--keep]

Builds a database with 10,000 organisations and 50,000 guarantees in a temporary data folder,
then starts fresh child processes (QT_QPA_PLATFORM=offscreen) that each report, as one JSON
line, the time from the top of the child script to the moment the window is shown and the
event loop has processed its first events:

- ``baseline``: PySide6 + QApplication + a bare QMainWindow (the floor for any Qt app);
- ``app``: ui.app.show_main_window(data_dir) as `make run` does: the window first, then the
  database and the register (``populated``); after those figures are taken, the tree's lazy-loading figures
  (rows fetched at start, expanding NCTS, scrolling the organisations to the end).

Prints one JSON object on stdout. Never asserts timings: the figures are for people.
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
TARGET_RATIO_MAX = 2
DEFAULT_ORGANISATIONS = 10_000
DEFAULT_GUARANTEES = 50_000


# ------------------------------------------------------------------------------------------
# children
# ------------------------------------------------------------------------------------------
def _emit(result: dict) -> None:
    sys.stdout.write(RESULT_PREFIX + json.dumps(result) + "\n")
    sys.stdout.flush()


def child_baseline() -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    phases = {"imports": time.perf_counter() - T0}
    app = QApplication(sys.argv[:1])
    phases["application"] = time.perf_counter() - T0
    window = QMainWindow()
    window.setWindowTitle("baseline")
    window.resize(1200, 760)  # the main window's default size
    window.show()
    app.processEvents()  # painted, as ui.app.show_main_window does
    phases["window_shown"] = time.perf_counter() - T0

    def first_events_done() -> None:
        _emit({"first_window_s": phases["window_shown"], "phases": phases})
        app.quit()

    QTimer.singleShot(0, first_events_done)
    return app.exec()


def child_app(data_dir: Path) -> int:
    """The real start-up path: ui.app.show_main_window shows the window, then opens the database."""
    from PySide6.QtCore import QTimer

    from ui.app import create_application, show_main_window

    phases = {"imports": time.perf_counter() - T0}
    app = create_application(sys.argv[:1])
    phases["application"] = time.perf_counter() - T0
    window = show_main_window(data_dir)  # shows and paints the window, then schedules the database
    phases["window_shown"] = time.perf_counter() - T0
    result: dict = {"first_window_s": phases["window_shown"]}

    def first_events_done() -> None:
        QTimer.singleShot(0, register_shown)

    def register_shown() -> None:
        # open_data ran on the first turn of the loop; this runs once its rows are painted
        app.processEvents()
        result["populated_window_s"] = time.perf_counter() - T0
        result["phases"] = phases
        _emit(dict(result))  # the start-up figures go out at once (the parent times their arrival)
        try:
            result.update(_tree_figures(app, window))
        except Exception as exc:  # a figure that cannot be taken is reported, not fatal
            result["tree_error"] = f"{type(exc).__name__}: {exc}"
        _emit(result)
        app.quit()

    QTimer.singleShot(0, first_events_done)
    try:
        return app.exec()
    finally:
        if window.ws is not None:
            window.ws.close()


def _tree_figures(app, window) -> dict:
    """Lazy-loading figures, taken after the first-window time (so they do not disturb it)."""
    from PySide6.QtWidgets import QAbstractItemView

    nav, tree = window.navigation, window.tree
    orgs_node, ncts_node = nav.organisations_node, nav.ncts_node
    orgs_index, ncts_index = nav.index_of(orgs_node), nav.index_of(ncts_node)
    figures = {
        "tree_rows_fetched_at_start": len(orgs_node.children),
        "tree_organisations_total": orgs_node.total,
        "org_table_rows_fetched_at_start": window.org_table.source.rowCount(),
    }

    # Expand NCTS (50,000 guarantees below it): the view asks for the first batch only.
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
    figures["tree_rows_after_user_scroll_to_end"] = len(orgs_node.children)

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
    figures["tree_rows_after_scroll"] = len(orgs_node.children)
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
    ws = open_context(data_dir, user="bench")
    try:
        offices = [row[0] for row in ws.db.execute("SELECT id FROM customs_offices ORDER BY id").fetchall()]
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

        with ws.db.atomic():
            ws.db.conn.executemany(
                "INSERT INTO organisations (id, name, eori, branch, street, postcode, city, country, contact, "
                "email, phone, note, is_principal, is_representative) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                org_rows,
            )
            ws.db.conn.executemany(
                "INSERT INTO guarantees (id, org_id, type, grn, grn_override, other_ref, office, amount, currency, "
                "params_id, description) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                g_rows,
            )
        ws.set_setting(DEMO_OFFERED_KEY, "bench")
        ws.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")

        # sanity: the generated records pass core's own rules
        sample = rng.sample(g_rows, min(500, len(g_rows)))
        bad_grns = sum(1 for r in sample if r[3] and not check_grn(r[3], r[2]).valid)
        invalid = sum(1 for g in ws.guarantees.list(limit=300) if ws.guarantees.validate(g))
        counts = {"organisations": ws.organisations.count(), "guarantees": ws.guarantees.count()}
    finally:
        ws.close()
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
def run_child(kind: str, data_dir: Path, config_dir: Path) -> dict:
    import subprocess

    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(config_dir)  # QSettings (window geometry) kept out of the user's profile
    env.setdefault("XDG_RUNTIME_DIR", str(config_dir))
    env["PYTHONDONTWRITEBYTECODE"] = "0"
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", kind, "--data-dir", str(data_dir)]
    results, arrival = [], None
    t = time.perf_counter()
    with subprocess.Popen(cmd, env=env, cwd=str(ROOT), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True) as proc:
        for line in proc.stdout:  # read as it comes, to time the first result's arrival
            if line.startswith(RESULT_PREFIX):
                if arrival is None:
                    arrival = time.perf_counter() - t
                results.append(json.loads(line[len(RESULT_PREFIX):]))
        stderr = proc.stderr.read()
        proc.wait(timeout=600)
    if not results:
        raise RuntimeError(f"{kind} child gave no result (exit {proc.returncode}):\n{stderr[-3000:]}")
    result = {}
    for part in results:
        result.update(part)
    result["spawn_to_first_window_s"] = arrival  # interpreter start-up included
    return result


def _stats(values: list[float]) -> dict:
    import statistics

    return {"median": round(statistics.median(values), 4), "min": round(min(values), 4),
            "max": round(max(values), 4)}


def _phase_medians(results: list[dict]) -> dict:
    """Median time since the top of the child script at which each phase ended."""
    import statistics

    names = results[0].get("phases", {}).keys()
    return {n: round(statistics.median(r["phases"][n] for r in results), 4) for n in names}


def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 2) if b else None


def main(argv: list[str] | None = None) -> int:
    import argparse
    import shutil
    import tempfile

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="child processes per measurement (default 5)")
    parser.add_argument("--organisations", type=int, default=DEFAULT_ORGANISATIONS)
    parser.add_argument("--guarantees", type=int, default=DEFAULT_GUARANTEES)
    parser.add_argument("--keep", action="store_true", help="keep the generated data folder and print where it is")
    parser.add_argument("--child", choices=("baseline", "app"), help=argparse.SUPPRESS)
    parser.add_argument("--data-dir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child == "baseline":
        return child_baseline()
    if args.child == "app":
        return child_app(args.data_dir)

    work = Path(tempfile.mkdtemp(prefix="customsdesk-bench-"))
    data_dir, config_dir = work / "data", work / "config"
    config_dir.mkdir(mode=0o700)
    try:
        database = build_database(data_dir, args.organisations, args.guarantees)
        # one unmeasured start of each kind so that every measured run sees warm OS caches
        run_child("baseline", data_dir, config_dir)
        run_child("app", data_dir, config_dir)
        baseline, app = [], []
        for _ in range(max(1, args.runs)):  # interleaved, so drift affects both alike
            baseline.append(run_child("baseline", data_dir, config_dir))
            app.append(run_child("app", data_dir, config_dir))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    base_first = [r["first_window_s"] for r in baseline]
    app_first = [r["first_window_s"] for r in app]
    base_stats, app_stats = _stats(base_first), _stats(app_first)
    ratio = _ratio(app_stats["median"], base_stats["median"])
    out = {
        "benchmark": "startup",
        "organisations": database["organisations"],
        "guarantees": database["guarantees"],
        "runs": len(app),
        "baseline_bare_window_s": base_stats,
        "app_first_window_s": app_stats,
        "ratio_app_to_bare": ratio,
        "target_ratio_max": TARGET_RATIO_MAX,
        "within_target": ratio is not None and ratio <= TARGET_RATIO_MAX,
        "spawn_to_first_window_s": {"baseline": _stats([r["spawn_to_first_window_s"] for r in baseline]),
                                    "app": _stats([r["spawn_to_first_window_s"] for r in app])},
    }
    populated = _stats([r["populated_window_s"] for r in app if "populated_window_s" in r])
    out["app_populated_window_s"] = populated
    out["ratio_populated_to_bare"] = _ratio(populated["median"], base_stats["median"])
    out["ratio_spawn_to_first_window"] = _ratio(out["spawn_to_first_window_s"]["app"]["median"],
                                                out["spawn_to_first_window_s"]["baseline"]["median"])
    out["phases_median_s"] = {"baseline": _phase_medians(baseline), "app": _phase_medians(app)}
    first = app[0]
    for key in ("tree_rows_fetched_at_start", "tree_organisations_total", "org_table_rows_fetched_at_start",
                "ncts_rows_fetched_on_expand", "tree_rows_after_user_scroll_to_end", "tree_rows_after_scroll", "scroll_batches_fetched_by_view",
                "scroll_batches_fetched_explicitly", "ncts_rows_fetched_while_scrolling", "tree_error"):
        if key in first:
            out[key] = first[key]
    for key in ("expand_ncts_s", "scroll_organisations_to_end_s"):
        values = [r[key] for r in app if key in r]
        if values:
            stats = _stats(values)
            out[key] = stats
            out[f"ratio_{key[:-2]}_to_bare"] = _ratio(stats["median"], base_stats["median"])
    out["database"] = {k: v for k, v in database.items() if k not in ("organisations", "guarantees")}
    out["measured"] = ("child: perf_counter at the top of the script (before importing PySide6) to the window "
                       "shown and painted (show() + processEvents()); offscreen platform; app child = ui.app.show_main_window "
                       "(window shown, then the database opened on the first loop turn; no qasync loop). "
                       "populated = the register tree and table filled and painted")
    out["python"] = sys.version.split()[0]
    try:
        import PySide6

        out["pyside6"] = PySide6.__version__
    except ImportError:
        pass
    if args.keep:
        out["kept_data_dir"] = str(data_dir)
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
