"""The permanent text at the right of a status bar: elided when space is short, and out of the way of messages.

QStatusBar draws a message only in the room left of its first permanent widget, so a long permanent text
would cut every message short. This label shrinks (down to nothing) while a message is shown and takes
its room back once the message is gone; cut or not, its tooltip has the whole text.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget

UNLIMITED = 16_777_215  # QWIDGETSIZE_MAX
MESSAGE_MARGIN = 6 + 2  # QStatusBar's left margin of a message and its gap before a permanent widget
SLACK = 4  # rounding
SPACING = 8  # between two permanent widgets


class PermanentStatus(QLabel):
    """``text()`` is always the whole text; the label paints it elided to its width."""

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setObjectName("permanent_status")
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setToolTip(text)
        self._bar: QStatusBar | None = None
        self._beside: tuple[QWidget, ...] = ()

    def setText(self, text: str) -> None:
        super().setText(text)
        self.setToolTip(text)
        self._yield_to(self._bar.currentMessage() if self._bar is not None else "")

    def minimumSizeHint(self) -> QSize:
        return QSize(0, super().minimumSizeHint().height())

    def shown_text(self) -> str:
        """The text as painted: elided when the label is narrower than the text."""
        width = self.contentsRect().width()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideMiddle, max(width, 0))

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        self.style().drawItemText(painter, self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                                  self.palette(), self.isEnabled(), self.shown_text(), self.foregroundRole())

    # --- giving way to messages -------------------------------------------------------------
    def attach(self, bar: QStatusBar, beside: tuple[QWidget, ...] = ()) -> None:
        """Add to ``bar`` as its right-most permanent widget, giving way to the messages it shows; ``beside``
        are the permanent widgets left of it (their room is not the message's either)."""
        self._bar = bar
        self._beside = beside
        bar.addPermanentWidget(self)
        bar.messageChanged.connect(self._yield_to)
        bar.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._bar and event.type() == QEvent.Type.Resize:  # once the bar's layout has followed
            QTimer.singleShot(0, self, lambda: self._yield_to(self._bar.currentMessage()))
        return False

    def _yield_to(self, message: str) -> None:
        bar = self._bar
        if bar is None:
            return
        bar.setToolTip(message)  # a message longer than the whole bar can still be read
        if not message:
            self.setMaximumWidth(UNLIMITED)
            return
        right = self.x() + self.width()  # the label keeps its right edge as it narrows
        others = sum(w.width() + SPACING for w in self._beside if w.isVisible())
        needed = bar.fontMetrics().horizontalAdvance(message) + MESSAGE_MARGIN + SLACK
        self.setMaximumWidth(max(0, right - needed - others))

