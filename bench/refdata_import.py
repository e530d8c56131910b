"""Reference-data import speed: the EU customs office list and NCTS code lists into a fresh database.

    python bench/refdata_import.py [--quick] [--runs N] [--entries N]

Imports the shared snapshot files (../shared/reference-data; --quick: the first 200 entries of each
list, written to a temporary copy) and compares each import with reading and decoding the same file
(gzip + json) in the same process, the floor any import has to pay. Ratios compare the best run of each.

Targets (full run): the customs office list at most 4.5x its parse, the code lists at most 8x.
A missing file, or an import that stores nothing, is an error (see benchlib).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, Targets, check, finish, ratio, timed  # noqa: E402
from core.refdata.importer import import_reference_files  # noqa: E402
from core.store import open_store  # noqa: E402

SHARED = ROOT.parent / "shared" / "reference-data"
FILES = {"customs_offices": "COL-Generic-20250212.json.gz", "code_lists": "RD_NCTS-P5-20250212.json.gz"}
TARGETS = {"customs_offices": 4.5, "code_lists": 8.0}
FULL = {"runs": 5, "entries": None}
QUICK = {"runs": 1, "entries": 200}


def trimmed_copy(path: Path, entries: int, folder: Path) -> Path:
    """The same file with only the first ``entries`` entries of each list (same name, so the importer reads it alike)."""
    payload = json.loads(gzip.decompress(path.read_bytes()))
    for code_list in payload["lists"].values():
        code_list["listEntries"] = code_list["listEntries"][:entries]
    copy = folder / path.name
    copy.write_bytes(gzip.compress(json.dumps(payload).encode("utf-8")))
    return copy


def measure(path: Path, runs: int) -> dict:
    parses = [timed(lambda: json.loads(gzip.decompress(path.read_bytes()))) for _ in range(runs)]
    imports, result = [], None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.sqlite")
            try:
                start = time.perf_counter()
                result = import_reference_files(store.db, [path])
                imports.append(time.perf_counter() - start)
            finally:
                store.close()
    return {
        "file": path.name,
        "customs_offices": result.customs_offices,
        "code_lists": len(result.lists),
        "parse_only_s": round(min(parses), 4),
        "import_s": round(min(imports), 4),
        "ratio_import_to_parse": ratio(min(imports), min(parses)),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--runs", type=int, help=f"imports of each file (default {FULL['runs']})")
    parser.add_argument("--entries", type=int, help="import only the first N entries of each list (default: all)")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    runs, entries = args.runs or sizes["runs"], args.entries or sizes["entries"]

    missing = [name for name in FILES.values() if not (SHARED / name).is_file()]
    check(not missing, f"reference data missing in {SHARED}: {', '.join(missing)}")
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for kind, name in FILES.items():
            path = trimmed_copy(SHARED / name, entries, Path(tmp)) if entries else SHARED / name
            results[kind] = measure(path, max(1, runs))
            check(results[kind][kind] > 0, f"importing {name} stored no {kind.replace('_', ' ')}: {results[kind]}")

    targets = Targets()
    for kind, bound in TARGETS.items():
        targets.at_most(f"{kind}_ratio_import_to_parse", results[kind]["ratio_import_to_parse"], bound)
    out = {"benchmark": "refdata_import", "runs": max(1, runs), "entries_per_list": entries, **results,
           "measured": "entries_per_list null: every entry. Best of the runs: import_reference_files into a new database vs gzip + json.loads of the file"}
    return finish(out, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
