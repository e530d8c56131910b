"""Coroutines run in the background on the qasync event loop, so the window never waits.

``BackgroundTasks`` runs one job at a time. Its result is handed to the window on the next turn
of the Qt event loop, outside asyncio's callbacks, so a finished job may open a message box.
"""
from __future__ import annotations

import logging
import sys
import warnings
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from core.errors import UserError

if TYPE_CHECKING:
    import asyncio  # imported where used: the window is painted before asyncio is needed

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]

# PySide6 6.12 on Python 3.11 loses one reference to True each time a signal is disconnected, and
# qasync disconnects a socket notifier whenever a connection closes: a few per send and receive. Over
# days of polling the count would reach zero and the interpreter would abort. Spare references,
# taken once and never given back, keep it far from zero.
TRUE_REFERENCES_LOW = 50_000
TRUE_REFERENCES_SPARE = 1_000_000


def keep_true_referenced() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return  # True is immortal there, or (a debug build) objects are laid out differently
    if sys.getrefcount(True) < TRUE_REFERENCES_LOW:
        import ctypes

        ctypes.c_ssize_t.from_address(id(True)).value += TRUE_REFERENCES_SPARE


def event_loop() -> asyncio.AbstractEventLoop | None:
    """The running loop (qasync in the app), else the loop set for this thread; None when there is none."""
    import asyncio

    try:
        return asyncio.get_running_loop()
    except RuntimeError:
        pass
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        try:
            loop = asyncio.get_event_loop_policy().get_event_loop()
        except RuntimeError:
            return None
    return None if loop.is_closed() else loop


class BackgroundTasks(QObject):
    """One background job at a time; ``current`` is its asyncio task until its result was handled."""

    started = Signal(str)
    finished = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.current: asyncio.Task | None = None
        self.description = ""

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(self, description: str, make: Callable[[], Awaitable[Any]], done: Done) -> asyncio.Task | None:
        """Start ``make()`` unless a job runs already or no event loop exists; ``done(result, error)`` follows."""
        if self.busy:
            return None
        loop = event_loop()
        if loop is None:
            log.warning("no asyncio event loop: %s not started", description)
            return None
        keep_true_referenced()  # before the first job, not at start: the window paints without ctypes
        task = loop.create_task(make())
        self.current, self.description = task, description
        task.add_done_callback(lambda t: self._finish_soon(t, done))
        self.started.emit(description)
        return task

    async def idle(self, poll_seconds: float = 0.02) -> None:
        """Wait until no job runs and the last result was handled (message boxes it asked included)."""
        import asyncio

        while self.busy:
            await asyncio.sleep(poll_seconds)

    def cancel(self) -> None:
        if self.current is not None and not self.current.done():
            self.current.cancel()

    def _finish_soon(self, task: asyncio.Task, done: Done) -> None:
        try:
            QTimer.singleShot(0, self, lambda: self._finish(task, done))
        except RuntimeError:  # the window was closed and deleted meanwhile: nobody waits for the result
            pass

    def _finish(self, task: asyncio.Task, done: Done) -> None:
        import asyncio

        result, error = None, None
        if task.cancelled():
            error = asyncio.CancelledError()
        elif task.exception() is not None:
            error = task.exception()
            if not isinstance(error, UserError):
                log.error("%s failed", self.description, exc_info=error)
        else:
            result = task.result()
        description = self.description
        try:
            done(result, error)
        finally:
            self.current, self.description = None, ""
            keep_true_referenced()
            self.finished.emit(description)
