"""Reference cycles are collected on the window's thread, whatever a background thread allocates (ui.garbage)."""
from __future__ import annotations

import gc
import threading


class _Cycle:
    """An object in a cycle with itself, telling on which thread the collector freed it."""

    def __init__(self, freed_on: list[str]):
        self.itself = self
        self.freed_on = freed_on

    def __del__(self):
        self.freed_on.append(threading.current_thread().name)


def test_a_busy_background_thread_never_collects_the_windows_cycles(qtbot):
    assert not gc.isenabled()  # collection is the window thread's timer's
    freed_on: list[str] = []
    _Cycle(freed_on)
    kept: list = []
    worker = threading.Thread(target=lambda: kept.extend([] for _ in range(100_000)), name="busy background")
    worker.start()  # allocates far past the thresholds at which Python would collect on this thread
    worker.join()
    qtbot.waitUntil(lambda: bool(freed_on), timeout=5_000)
    assert freed_on == [threading.main_thread().name]
