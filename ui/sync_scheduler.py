"""When to send and receive: on request, and every few seconds while a gateway is set up, one run at a time.

A run works on a thread of its own, over a database connection of its own (``UserContext.on_new_connection``):
sealing, schema validation and applying a backlog of answers never hold the window.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.changes import CONTINUITY, GUARANTEES, MESSAGES, Changes
from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.tasks import BackgroundJob, BackgroundTasks

if TYPE_CHECKING:
    from core.context import UserContext
    from core.messaging.service import SyncSummary

log = logging.getLogger(__name__)

POLL_SETTING = "poll_seconds"
DEFAULT_POLL_SECONDS = 60
SYNC_TEXT = QT_TRANSLATE_NOOP("SyncScheduler", "Sending and receiving messages…")  # shown: sync_text()


def sync_text() -> str:
    """What the window says while messages are sent and received, in the user's language."""
    return translate("SyncScheduler", SYNC_TEXT)


class SyncRun:
    """What one run found out on its own thread, read on the window's thread once the thread has ended."""

    def __init__(self) -> None:
        self.changes = Changes()


class SyncScheduler(QObject):
    """Runs the messaging service's send and receive in the background for the context it is given.

    ``finished`` carries the summary (None after an error or a cancel), the error, and what changed (also
    after an error or a cancel: the answers applied before it)."""

    started = Signal()
    finished = Signal(object, object, object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.context: UserContext | None = None
        self.tasks = BackgroundTasks(self)
        self.tasks.finished.connect(self._task_finished)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.poll)
        self._again = False

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def use(self, context: UserContext | None) -> None:
        """Send and receive as this context from now on (None: stop). A run for another context is stopped
        first, and waited for: nothing is done on behalf of a context after it was replaced."""
        if context is not self.context:
            self.cancel()
        self.context = context
        self.timer.stop()
        if context is None:
            return
        try:
            seconds = int(context.setting(POLL_SETTING, str(DEFAULT_POLL_SECONDS)))
        except ValueError:
            seconds = DEFAULT_POLL_SECONDS
        if seconds > 0:
            self.timer.start(seconds * 1000)

    def poll(self) -> BackgroundJob | None:
        """A timed run: only with a gateway to talk to, respecting the retry delays."""
        if self.context is None or self.tasks.busy or not self.has_gateway():
            return None
        return self.start(ignore_backoff=False)

    def start(self, ignore_backoff: bool = True) -> BackgroundJob | None:
        """Send and receive now; asked while one runs, another follows it."""
        if self.context is None:
            return None
        if self.tasks.busy:
            self._again = True
            return self.tasks.current
        context, run = self.context, SyncRun()
        job = self.tasks.start(sync_text(), lambda: _send_and_receive(context, ignore_backoff, run),
                               lambda summary, error: self._done(run, summary, error))
        if job is not None:
            self.started.emit()
        return job

    def cancel(self) -> None:
        """Stop the run in progress, if any, and wait for its thread to end; the schedule goes on."""
        self._again = False
        self.tasks.stop()

    def stop(self) -> None:
        """No more runs: the schedule stops, and the run in progress is stopped and waited for."""
        self.timer.stop()
        self.cancel()

    def has_gateway(self) -> bool:
        """A parameter set has a gateway to send to."""
        return self.context is not None and any(p.gateway for p in self.context.params.list())

    def _done(self, run: SyncRun, summary: SyncSummary | None, error: BaseException | None) -> None:
        import asyncio

        if summary is not None:
            log.info("send and receive: %s", {k: v for k, v in summary.as_dict().items() if v})
        elif error is not None and not isinstance(error, asyncio.CancelledError):
            log.error("send and receive stopped: %s", error)
        self.finished.emit(summary, error, run.changes)

    def _task_finished(self, _description: str) -> None:
        if self._again and self.context is not None:
            self._again = False
            self.start()


async def _send_and_receive(context: UserContext, ignore_backoff: bool, run: SyncRun) -> SyncSummary:
    """On the run's thread: the context's send and receive over a connection of the thread's own."""
    own = context.on_new_connection()
    try:
        store = own.messaging.store
        mark = store.last_event_id()
        summary = None
        try:
            summary = await own.messaging.sync(ignore_backoff=ignore_backoff)
            return summary
        finally:
            run.changes = _changes_since(store, mark) | _outage_changes(summary)
    finally:
        own.close()


def _outage_changes(summary: SyncSummary | None) -> Changes:
    """A gateway down (its draft incident opened or still going on) or back (the incident ended): the banner and
    the incident log read again."""
    if summary is not None and (summary.gateways_down or summary.recovered):
        return Changes.of(CONTINUITY)
    return Changes()


def _changes_since(store, mark: int) -> Changes:
    """Messages and the guarantees of the messages whose history grew since the event ``mark``."""
    try:
        if store.last_event_id() == mark:
            return Changes()
        touched = store.guarantees_touched_since(mark)
    except Exception:  # noqa: BLE001 - the run's own error (a database gone bad, say) is the one to report
        log.exception("what the send and receive changed could not be read")
        return Changes.of(MESSAGES)
    return Changes.of(MESSAGES) | (Changes.of(GUARANTEES, *touched) if touched else Changes())
