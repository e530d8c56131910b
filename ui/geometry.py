"""Window sizes and places: each window opens as the user left it (kept per user in QSettings), and never
larger than the screen it opens on, so that nothing is cut off on a 1366×768 laptop."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME = QSize(16, 40)  # the window manager's title bar and borders, not known before the window is shown


def settings_key(name: str) -> str:
    return f"{name}/geometry"


def available_rect(widget: QWidget) -> QRect:
    """The room for windows (no task bar, no panels) on the screen ``widget`` opens on."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit_to_screen(widget: QWidget, move: bool = True) -> None:
    """Shrink ``widget`` to the available screen, frame included; with ``move``, bring it back onto the screen."""
    room = available_rect(widget)
    limit = QSize(max(room.width() - FRAME.width(), 1), max(room.height() - FRAME.height(), 1))
    size = widget.size().boundedTo(limit).expandedTo(widget.minimumSize().boundedTo(limit))
    if size != widget.size():
        widget.resize(size)
    if move:
        x = min(max(widget.x(), room.left()), room.left() + room.width() - size.width() - FRAME.width())
        y = min(max(widget.y(), room.top()), room.top() + room.height() - size.height() - FRAME.height())
        top_left = QPoint(max(x, room.left()), max(y, room.top()))
        if top_left != widget.pos():
            widget.move(top_left)


def restore_geometry(widget: QWidget, name: str, default: QSize) -> bool:
    """The size and place ``widget`` had when it was last closed, else ``default``: within the screen either way.

    True when a kept geometry was restored."""
    kept = QSettings().value(settings_key(name))
    restored = kept is not None and widget.restoreGeometry(kept)
    if not restored:
        widget.resize(default)
    fit_to_screen(widget, move=restored)  # a new window is placed by the window manager
    return restored


def save_geometry(widget: QWidget, name: str) -> None:
    QSettings().setValue(settings_key(name), widget.saveGeometry())


class GeometryKeeper(QObject):
    """Saves the geometry of the window it watches whenever that window is closed or hidden."""

    def __init__(self, widget: QWidget, name: str):
        super().__init__(widget)
        self.name = name
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Close, QEvent.Type.Hide) and isinstance(watched, QWidget) \
                and watched.isWindow():
            save_geometry(watched, self.name)
        return False


def keep_geometry(widget: QWidget, name: str, default: QSize) -> GeometryKeeper:
    """Open ``widget`` as it was left (or at ``default``), within the screen, and remember it when it closes."""
    restore_geometry(widget, name, default)
    return GeometryKeeper(widget, name)
