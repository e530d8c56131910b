"""What other workstations change in the office database, shown here within seconds.

The server announces every change (core.store.postgresql.ChangeFeed); a thread of its own listens and hands
each batch to the window's one change notification, so every view reloads what it shows, as after a change
made here. When the server cannot be reached the thread tries again every few seconds, and once it listens again
every view reloads (what was announced meanwhile is lost).
"""
from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from core.changes import Changes
from core.errors import UserError

log = logging.getLogger(__name__)

LISTEN_SECONDS = 1.0  # how soon a stop is noticed
RECONNECT_SECONDS = 5.0


class OfficeChanges(QObject):
    """``arrived`` carries a :class:`~core.changes.Changes` made elsewhere (queued to the window's thread)."""

    arrived = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def listening(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def follow(self, store) -> None:
        """Listen to ``store``'s announcements (an office database's; a SQLite file has none)."""
        self.stop()
        if store.db.is_sqlite:
            return
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._listen, args=(store, self._stop), daemon=True,
                                        name="office-changes")
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._stop.set()
            self._thread.join(timeout=LISTEN_SECONDS * 3)
            self._thread = None

    def _listen(self, store, stop: threading.Event) -> None:
        interrupted = False
        while not stop.is_set():
            try:
                feed = store.change_feed()
            except UserError as exc:
                log.warning("not following the office database's changes: %s", exc)
                interrupted = True
                stop.wait(RECONNECT_SECONDS)
                continue
            if interrupted:  # what was announced meanwhile is not known: every view reloads
                self.arrived.emit(Changes.everything())
                interrupted = False
            try:
                while not stop.is_set():
                    changes = feed.wait(LISTEN_SECONDS)
                    if changes:
                        self.arrived.emit(changes)
            except Exception as exc:  # the connection broke: listen again once the server answers
                log.warning("the office database stopped announcing changes (%s); listening again", exc)
                interrupted = True
                stop.wait(RECONNECT_SECONDS)
            finally:
                feed.close()
