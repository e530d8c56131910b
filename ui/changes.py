"""One change notification for the window: what core reported as changed, for every view that shows it."""
from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from core.changes import Changes


class ChangeHub(QObject):
    """Views connect to ``changed`` and reload what a :class:`~core.changes.Changes` touches."""

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if changes:
            self.changed.emit(changes)
