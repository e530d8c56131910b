"""When to send and receive: on request, and every few seconds while a gateway is set up, one run at a time."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from core.changes import GUARANTEES, MESSAGES, Changes
from ui.tasks import BackgroundTasks

if TYPE_CHECKING:
    import asyncio  # imported where used: the window is painted before asyncio is needed
    from core.context import UserContext
    from core.messaging.service import SyncSummary

log = logging.getLogger(__name__)

POLL_SETTING = "poll_seconds"
DEFAULT_POLL_SECONDS = 60
SYNC_TEXT = "Sending and receiving messages…"


class SyncScheduler(QObject):
    """Runs the messaging service's send and receive in the background for the context it is given.

    ``finished`` carries the summary (None after an error or a cancel), the error, and what changed."""

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
        self._mark = 0

    @property
    def busy(self) -> bool:
        return self.tasks.busy

    def use(self, context: UserContext | None) -> None:
        """Send and receive as this context from now on (None: stop)."""
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

    def poll(self) -> asyncio.Task | None:
        """A timed run: only with a gateway to talk to, respecting the retry delays."""
        if self.context is None or self.tasks.busy or not self.has_gateway():
            return None
        return self.start(ignore_backoff=False)

    def start(self, ignore_backoff: bool = True) -> asyncio.Task | None:
        """Send and receive now; asked while one runs, another follows it."""
        if self.context is None:
            return None
        if self.tasks.busy:
            self._again = True
            return self.tasks.current
        messaging = self.context.messaging
        self._mark = messaging.store.last_event_id()
        task = self.tasks.start(SYNC_TEXT, lambda: messaging.sync(ignore_backoff=ignore_backoff),
                                lambda summary, error: self._done(messaging, summary, error))
        if task is not None:
            self.started.emit()
        return task

    def stop(self) -> None:
        self.timer.stop()
        self.tasks.cancel()

    def has_gateway(self) -> bool:
        """A parameter set has a gateway to send to."""
        return self.context is not None and any(p.gateway for p in self.context.params.list())

    def _done(self, messaging, summary: SyncSummary | None, error: BaseException | None) -> None:
        import asyncio

        changes = Changes()
        if summary is not None:
            log.info("send and receive: %s", {k: v for k, v in summary.as_dict().items() if v})
            touched = messaging.store.guarantees_touched_since(self._mark)
            if messaging.store.last_event_id() != self._mark:
                changes = Changes.of(MESSAGES) | (Changes.of(GUARANTEES, *touched) if touched else Changes())
        elif error is not None and not isinstance(error, asyncio.CancelledError):
            log.error("send and receive stopped: %s", error)
        self.finished.emit(summary, error, changes)

    def _task_finished(self, _description: str) -> None:
        if self._again and self.context is not None:
            self._again = False
            self.start()
