"""What every benchmark in bench/ shares: the --quick switch, targets printed with the figures, the exit status.

Each benchmark prints one JSON object on stdout with its figures, its ``targets`` (for each: the
measured ``value``, the bound ``max`` or ``min``, and whether it was ``met``), ``targets_met`` and
``targets_enforced``. Its exit status:

- an error is never turned into a figure: it propagates and the benchmark exits non-zero;
- a full run exits 1 when a target is missed (and names it on stderr);
- ``--quick`` (small sizes, few runs, seconds) reports the same keys but does not enforce the timing
  targets, so that the tests can run it on a busy machine: only errors and failed checks exit non-zero.

Timing targets are ratios to a baseline measured in the same script, never absolute times; the one exception is
how long the window may go without answering (sync_stall.py), which is about people, not machines.
"""
from __future__ import annotations

import json
import math
import sys
import time
from collections.abc import Callable

QUICK_HELP = ("small sizes and few runs (seconds): checks that the benchmark works and reports every figure; "
              "timing targets are reported but not enforced")


class BenchmarkError(RuntimeError):
    """The benchmark could not measure what it claims to (a failed check): it exits non-zero, quick or not."""


def check(condition: bool, message: str) -> None:
    if not condition:
        raise BenchmarkError(message)


def timed(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def ratio(value: float, baseline: float) -> float:
    check(baseline > 0, f"the baseline took no measurable time ({baseline!r}): no ratio can be given")
    return round(value / baseline, 2)


class Targets:
    """Bounds on figures; a value that is not a finite number is an error, not a missed target."""

    def __init__(self) -> None:
        self._items: dict[str, dict] = {}

    def at_most(self, name: str, value: float, bound: float) -> None:
        self._add(name, value, "max", bound, value <= bound if _is_number(value) else False)

    def at_least(self, name: str, value: float, bound: float) -> None:
        self._add(name, value, "min", bound, value >= bound if _is_number(value) else False)

    def _add(self, name: str, value: float, kind: str, bound: float, met: bool) -> None:
        check(_is_number(value), f"target {name}: {value!r} is not a measured figure")
        check(name not in self._items, f"target {name} given twice")
        self._items[name] = {"value": value, kind: bound, "met": bool(met)}

    def report(self) -> dict:
        return {name: dict(item) for name, item in self._items.items()}

    @property
    def missed(self) -> list[str]:
        return [name for name, item in self._items.items() if not item["met"]]


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def finish(result: dict, targets: Targets, quick: bool) -> int:
    """Print ``result`` with its targets; the exit status: 1 when a full run missed a target, else 0."""
    result["quick"] = quick
    result["targets"] = targets.report()
    result["targets_met"] = not targets.missed
    result["targets_enforced"] = not quick
    print(json.dumps(result, indent=2, ensure_ascii=False))
    if targets.missed and not quick:
        missed = ", ".join(f"{name} = {_describe(item)}" for name, item in targets.report().items() if not item["met"])
        print(f"{result.get('benchmark', 'benchmark')}: missed targets: {missed}", file=sys.stderr)
        return 1
    return 0


def _describe(item: dict) -> str:
    return f"{item['value']} (at most {item['max']})" if "max" in item else f"{item['value']} (at least {item['min']})"
