"""Reference-data import speed: the EU customs office list and NCTS code lists into a fresh database.

Prints JSON. Each figure is also given as a ratio against reading and decoding the same file
(gzip + json) in the same process, the floor any import has to pay.
"""
from __future__ import annotations

import argparse
import gzip
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from core.refdata.importer import import_reference_files  # noqa: E402
from core.store import open_store  # noqa: E402

SHARED = ROOT.parent / "shared" / "reference-data"


def _timed(fn) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def measure(path: Path, runs: int) -> dict:
    baseline = [_timed(lambda: json.loads(gzip.decompress(path.read_bytes()))) for _ in range(runs)]
    imports, result = [], None
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(Path(tmp) / "bench.sqlite")
            holder = {}
            imports.append(_timed(lambda: holder.setdefault("r", import_reference_files(store.db, [path]))))
            result = holder["r"]
            store.close()
    return {
        "file": path.name,
        "customs_offices": result.customs_offices,
        "code_lists": len(result.lists),
        "parse_only_median_s": round(statistics.median(baseline), 4),
        "import_median_s": round(statistics.median(imports), 4),
        "ratio_import_to_parse": round(statistics.median(imports) / statistics.median(baseline), 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    files = [SHARED / "COL-Generic-20250212.json.gz", SHARED / "RD_NCTS-P5-20250212.json.gz"]
    print(json.dumps({"benchmark": "refdata_import", "runs": args.runs,
                      "results": [measure(f, args.runs) for f in files if f.exists()]}, indent=2))


if __name__ == "__main__":
    main()
