"""One window of a kind per main window, made anew when another user signed in there."""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtWidgets import QMainWindow

W = TypeVar("W", bound=QMainWindow)


def show_one(main_window, cls: type[W], wire: Callable[[W], None] | None = None) -> W | None:
    """Show (create or raise) the ``cls`` window of ``main_window``; its ``context`` and ``session`` must be current.

    ``wire`` connects a new window to the main window's signals."""
    context = main_window.context
    if context is None or context.session is None:
        return None
    window = main_window.findChild(cls)
    if window is not None and (window.context is not context or window.session is not context.session):
        window.close()
        window.setParent(None)
        window.deleteLater()
        window = None
    if window is None:
        window = main_window.session_controller.track(cls(context, main_window))
        if wire is not None:
            wire(window)
    else:
        window.refresh()
    window.show()
    window.raise_()
    window.activateWindow()
    return window
