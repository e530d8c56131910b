"""The window while answers are applied: 1,000 customs answers waiting in the inbox, applied by the window's
own send and receive, while a 10 ms timer ticks on the window's thread.

    QT_QPA_PLATFORM=offscreen python bench/sync_stall.py [--quick] [--answers N] [--idle-seconds S]

The answers are real: balance queries for as many guarantees, sent to the customs simulator over
loopback, their answers fetched into the inbox before the measure. Then the main window (offscreen)
starts its send and receive (the real SyncScheduler), which applies them, and the longest gap between
two ticks of the timer is measured from the start until the window has handled the result (its tree
and tables reloaded). The baseline is the longest gap of the same timer while the window is idle.

Target (full run): the longest stall at most 100 ms. Unlike the other targets it is a time, not a
ratio: 100 ms is where a person notices that a window does not answer, however fast the machine.
--quick: 100 answers (the target is reported, not enforced). An answer not applied is an error.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchlib import QUICK_HELP, BenchmarkError, Targets, check, finish, ratio
from messaging import start_simulator, stop_simulator, workspace_with_guarantees
from core.context import UserContext
from core.messages import QueryKind
from core.messaging.service import SyncSummary

TICK_MS = 10
RESULT_WAIT_S = 600
FULL = {"answers": 1000, "idle_seconds": 2.0}
QUICK = {"answers": 100, "idle_seconds": 0.5}
TARGET_STALL_MAX_MS = 100.0


def answers_waiting(context: UserContext, url: str, count: int) -> int:
    """Send a balance query for each guarantee and fetch the answers into the inbox, without applying them."""
    for params in context.params.list():
        params.gateway = url
        context.params.save(params)
    guarantee_ids = [g.id for g in context.guarantees.list() if g.grn.startswith("26CZ5201019")]
    check(len(guarantee_ids) == count, f"{count} guarantees expected, {len(guarantee_ids)} found")
    for gid in guarantee_ids:
        context.messaging.prepare_queries([gid], QueryKind.BALANCE)
    summary = SyncSummary()

    async def send_and_fetch() -> None:
        await context.messaging.send_due(summary)
        await context.messaging.fetch(summary)

    asyncio.run(send_and_fetch())
    check(summary.sent == count, f"{count} queries should have been sent: {summary.as_dict()}")
    waiting = len(context.messaging.store.pending_inbound())
    check(waiting == count, f"{count} answers should wait in the inbox, {waiting} do: {summary.as_dict()}")
    return waiting


class Ticks:
    """A timer on the window's thread noting when it fires."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.times: list[float] = []
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(lambda: self.times.append(time.perf_counter()))

    def longest_gap_ms(self, since: float, until: float) -> float:
        """The longest time the window's thread went without a tick between ``since`` and ``until``."""
        moments = [since, *(t for t in self.times if since < t < until), until]
        return round(max(b - a for a, b in zip(moments, moments[1:])) * 1000, 1)


def measure(count: int, idle_seconds: float) -> dict:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import create_application
    from ui.main_window import MainWindow

    with tempfile.TemporaryDirectory() as tmp:
        data_dir = Path(tmp) / "data"
        context, _ = workspace_with_guarantees(data_dir, count)
        simulator = None
        try:
            simulator, url = start_simulator(data_dir)
            waiting = answers_waiting(context, url, count)
            create_application([])
            for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):  # the window's geometry:
                QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path(tmp) / "settings"))  # not the user's
            window = MainWindow(context)
            window.show()
            QApplication.processEvents()
            ticks = Ticks()
            ticks.timer.start()

            loop = QEventLoop()
            QTimer.singleShot(round(idle_seconds * 1000), loop.quit)
            idle_from = time.perf_counter()
            loop.exec()
            idle_until = time.perf_counter()

            outcome: dict = {}

            def finished(summary, error, _changes) -> None:
                outcome.update(summary=summary, error=error)

            def handled(_description: str) -> None:  # after the window's own slots: the tables reloaded
                outcome["handled"] = time.perf_counter()
                loop.quit()

            window.sync.finished.connect(finished)
            window.sync.tasks.finished.connect(handled)
            give_up = QTimer()
            give_up.setSingleShot(True)
            give_up.timeout.connect(loop.quit)
            give_up.start(RESULT_WAIT_S * 1000)
            started = time.perf_counter()
            job = window.start_sync()
            check(job is not None, "the send and receive did not start")
            loop.exec()
            ticks.timer.stop()
            window.close()
            left = len(context.messaging.store.pending_inbound())
        finally:
            if simulator is not None:
                stop_simulator(simulator)
            context.close()

    check("handled" in outcome, f"the send and receive did not finish within {RESULT_WAIT_S} s")
    if outcome["error"] is not None:
        raise BenchmarkError(f"the send and receive failed: {outcome['error']}") from outcome["error"]
    summary = outcome["summary"]
    check(summary.applied == waiting and left == 0,
          f"{waiting} answers should have been applied: {summary.as_dict()}, {left} left in the inbox")
    check(job.thread_id is not None, "the send and receive did not run on a thread of its own")
    idle_gap = ticks.longest_gap_ms(idle_from, idle_until)
    stall = ticks.longest_gap_ms(started, outcome["handled"])
    worked = outcome["handled"] - started
    return {
        "answers_waiting": waiting, "answers_applied": summary.applied,
        "sync_s": round(worked, 3), "answers_per_second": round(summary.applied / worked, 1),
        "ticks_during_sync": sum(1 for t in ticks.times if started < t < outcome["handled"]),
        "timer_interval_ms": TICK_MS, "idle_longest_gap_ms": idle_gap, "longest_stall_ms": stall,
        "ratio_stall_to_idle_gap": ratio(stall, idle_gap),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=QUICK_HELP)
    parser.add_argument("--answers", type=int, help=f"default {FULL['answers']:,}")
    parser.add_argument("--idle-seconds", type=float, help=f"the baseline's length (default {FULL['idle_seconds']})")
    args = parser.parse_args(argv)
    sizes = QUICK if args.quick else FULL
    answers = args.answers or sizes["answers"]
    idle_seconds = args.idle_seconds or sizes["idle_seconds"]
    check(answers > 0 and idle_seconds > 0, "--answers and --idle-seconds must be positive")
    result = measure(answers, idle_seconds)
    targets = Targets()
    targets.at_most("longest_stall_ms", result["longest_stall_ms"], TARGET_STALL_MAX_MS)
    return finish({"benchmark": "sync_stall", **result}, targets, args.quick)


if __name__ == "__main__":
    sys.exit(main())
