"""Who works in the window: signing in, and signing out with everything the session opened."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from core.context import UserContext
    from core.installation import Installation

log = logging.getLogger(__name__)


class SessionController(QObject):
    """The installation of the window and the signed-in user's context, if any.

    ``signed_in`` carries the new context; ``ending`` the one about to end, before its key is forgotten (what
    works on its behalf stops then); ``signed_out`` the one that ended, after every window the session opened
    (see :meth:`track`) has been closed and deleted."""

    signed_in = Signal(object)
    ending = Signal(object)
    signed_out = Signal(object)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.installation: Installation | None = None
        self.context: UserContext | None = None
        self._windows: list[QWidget] = []

    def begin(self, context: UserContext) -> None:
        self.installation = context.installation
        self.context = context
        self.signed_in.emit(context)

    def track(self, widget: QWidget) -> QWidget:
        """A window that shows this session's data: closed and deleted when the session ends."""
        self._windows.append(widget)
        return widget

    def end(self) -> None:
        """Sign out: record it, forget the user's key, close the session's windows."""
        context, self.context = self.context, None
        if context is None:
            return
        self.ending.emit(context)
        context.sign_out()
        self._close_windows()
        self.signed_out.emit(context)

    def close(self) -> None:
        """The window closes: nothing more is done on anyone's behalf."""
        self._close_windows()
        if self.installation is not None:
            self.installation.close()
            self.installation = None

    def _close_windows(self) -> None:
        for widget in self._windows:
            if shiboken6.isValid(widget):  # not closed and deleted already
                widget.close()
                widget.deleteLater()
        self._windows = []
