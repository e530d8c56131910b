"""Python's cycle collector, run on the window's thread only.

Python collects reference cycles on whichever thread happens to allocate enough. A background thread (a send and
receive, reaching the office database) could so destroy Qt objects of the window's thread that sat in a cycle: Qt
cannot stop their timers from there, and the window's next timer event reaches a destroyed object and crashes.
Automatic collection is therefore off; a timer on the window's thread collects as Python would have.
"""
from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500


class WindowThreadCollector(QObject):
    """Collects cycles on the thread it was made on (the window's), as often as Python's own thresholds ask."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start(CHECK_MS)

    def collect_due(self) -> None:
        """The oldest generation whose count passed its threshold, with the younger ones (as Python does)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def stop(self) -> None:
        self._timer.stop()
        gc.enable()
