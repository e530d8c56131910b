"""Notices when nobody has touched keyboard or mouse for a while, anywhere in the application."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

INPUT_EVENTS = frozenset({
    QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonDblClick, QEvent.Type.MouseMove,
    QEvent.Type.Wheel, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
})


class IdleLock(QObject):
    """Emits ``idle`` once the given minutes pass without input; any input starts the count again."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may run seconds long, or restart late
        self.timer.timeout.connect(self._timed_out)

    def start(self, minutes: float) -> None:
        """Count from now (0 minutes: never)."""
        if minutes <= 0:
            self.stop()
            return
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self.timer.isActive():
            self.timer.start()
        return False

    def _timed_out(self) -> None:
        self.stop()
        self.idle.emit()
