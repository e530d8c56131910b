"""Jobs run in the background on a thread of their own, so the window never waits for them.

``BackgroundTasks`` runs one job at a time. A job is a coroutine run by its own asyncio loop on its own
thread (:class:`BackgroundJob`): what it touches in the database goes through a connection it opens there
(see ``UserContext.on_new_connection``). Its result comes back to the window's thread by a queued signal and
is handled there on a turn of the Qt event loop, so a finished job may open a message box.
"""
from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal

from core.errors import UserError

log = logging.getLogger(__name__)

Done = Callable[[Any, BaseException | None], None]
Work = Callable[[], Awaitable[Any]]

STOP_WAIT_SECONDS = 30.0  # a step in progress (one answer, one envelope, a locked database) ends well within it

# PySide6 6.12 on Python 3.11 loses one reference to True each time a signal is disconnected, and
# qasync disconnects a socket notifier whenever a connection closes. Over days of polling the count
# would reach zero and the interpreter would abort. Spare references, taken once and never given back,
# keep it far from zero.
TRUE_REFERENCES_LOW = 50_000
TRUE_REFERENCES_SPARE = 1_000_000


def keep_true_referenced() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython" or hasattr(sys, "getobjects"):
        return  # True is immortal there, or (a debug build) objects are laid out differently
    if sys.getrefcount(True) < TRUE_REFERENCES_LOW:
        import ctypes

        ctypes.c_ssize_t.from_address(id(True)).value += TRUE_REFERENCES_SPARE


class _Finished(QObject):
    """Tells the window's thread that work on another thread has ended."""

    done = Signal()


class WaitAbandoned(Exception):
    """The application is ending (the window was closed) while ``wait_beside_the_window`` waited."""


def wait_beside_the_window(work: Callable[[], Any]) -> Any:
    """``work()`` run on a thread of its own while the window's event loop goes on (it paints, its timers run): for
    a step the window cannot go on without, which may take seconds, such as reaching a server. Its result, or what it
    raised, raised here. When the application ends meanwhile, WaitAbandoned: the work is left to end by itself, and
    what it returns is closed."""
    outcome: dict[str, Any] = {}
    lock = threading.Lock()
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            outcome["result"] = work()
        except BaseException as exc:  # noqa: BLE001 - raised again on the window's thread
            outcome["error"] = exc
        with lock:
            outcome["ended"] = True
            abandoned = outcome.get("abandoned", False)
        if abandoned and hasattr(outcome.get("result"), "close"):
            outcome["result"].close()
        finished.done.emit()

    thread = threading.Thread(target=run, name="CustomsDesk: waiting beside the window", daemon=True)
    thread.start()
    loop.exec()
    with lock:
        if not outcome.get("ended"):  # the application's exit ended every event loop, this one too
            outcome["abandoned"] = True
            raise WaitAbandoned()
    thread.join()
    if "error" in outcome:
        raise outcome["error"]
    return outcome["result"]


class BackgroundJob:
    """One coroutine on a thread of its own with its own asyncio loop. ``cancel`` may be called from any thread.

    Once the thread has ended, ``result`` or ``error`` (``asyncio.CancelledError`` when cancelled) holds the
    outcome and ``thread_id`` the identity of the thread it ran on."""

    def __init__(self, description: str, work: Work, ended: Callable[[BackgroundJob], None]):
        self.description = description
        self.result: Any = None
        self.error: BaseException | None = None
        self.thread_id: int | None = None
        self._work = work
        self._ended = ended
        self._lock = threading.Lock()
        self._loop = None
        self._task = None
        self._cancelled = False
        self.thread = threading.Thread(target=self._run, name=f"CustomsDesk: {description}", daemon=True)

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def start(self) -> None:
        self.thread.start()

    def cancel(self) -> None:
        """Ask the job to stop at its next ``await``; a job not started yet does not start."""
        with self._lock:
            self._cancelled = True
            if self._loop is not None:
                self._loop.call_soon_threadsafe(self._task.cancel)

    def join(self, timeout: float | None = None) -> bool:
        """Wait for the thread to end; False when it still runs after ``timeout`` seconds."""
        if self.thread.ident is not None:
            self.thread.join(timeout)
        return not self.thread.is_alive()

    def _run(self) -> None:
        import asyncio

        self.thread_id = threading.get_ident()
        try:
            self.result = asyncio.run(self._main())
        except BaseException as exc:  # noqa: BLE001 - handed to the window's thread, which reports it
            self.error = exc
        finally:
            self._ended(self)

    async def _main(self) -> Any:
        import asyncio

        with self._lock:
            if self._cancelled:
                raise asyncio.CancelledError()
            self._loop, self._task = asyncio.get_running_loop(), asyncio.current_task()
        try:
            return await self._work()
        finally:
            with self._lock:
                self._loop = self._task = None


class BackgroundTasks(QObject):
    """One background job at a time; ``current`` is the job until its result was handled on this thread."""

    started = Signal(str)
    finished = Signal(str)
    _ended = Signal(object)  # emitted on the job's thread, handled on this object's thread

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.current: BackgroundJob | None = None
        self.description = ""
        self._done: Done | None = None
        self._ended.connect(self._finish, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        return self.current is not None

    def start(self, description: str, work: Work, done: Done) -> BackgroundJob | None:
        """Run ``work()`` on a thread of its own unless a job runs already; ``done(result, error)`` follows here."""
        if self.busy:
            return None
        keep_true_referenced()  # before the first job, not at start: the window paints without ctypes
        job = BackgroundJob(description, work, self._emit_ended)
        self.current, self.description, self._done = job, description, done
        job.start()
        self.started.emit(description)
        return job

    def cancel(self) -> None:
        """Ask the job to stop; its result (a cancel, unless it had finished) is handled as usual."""
        if self.current is not None:
            self.current.cancel()

    def stop(self, timeout: float = STOP_WAIT_SECONDS) -> bool:
        """Cancel the job and wait for its thread to end; False when it still runs after ``timeout`` seconds."""
        job = self.current
        if job is None:
            return True
        job.cancel()
        if job.join(timeout):
            return True
        log.warning("%s did not stop within %s seconds", job.description, timeout)
        return False

    def _emit_ended(self, job: BackgroundJob) -> None:
        try:
            self._ended.emit(job)
        except RuntimeError:  # this object was deleted meanwhile (the window closed): nobody waits for the result
            pass

    def _finish(self, job: BackgroundJob) -> None:
        import asyncio

        if job is not self.current:
            return
        result, error = job.result, job.error
        if isinstance(error, asyncio.CancelledError):
            error = asyncio.CancelledError()  # without the traceback of the thread's frames
        elif error is not None and not isinstance(error, UserError):
            log.error("%s failed", job.description, exc_info=error)
        description, done = self.description, self._done
        try:
            done(result, error)
        finally:
            self.current, self.description, self._done = None, "", None
            keep_true_referenced()
            self.finished.emit(description)
