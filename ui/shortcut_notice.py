"""Saying why a shortcut did nothing: its command is disabled, and the status bar tells the reason.

A disabled QAction takes no shortcut, so Qt hands the key on as an ordinary key press and nothing happens.
The reason a command is disabled is its tooltip (see Actions.enable), which only the mouse would show; this
filter watches the key presses that reach its window and, when one is the shortcut of a disabled command,
shows that command's reason in the window's status bar. The key press itself goes on as before.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget

from core.i18n import translate

NOTICE_MS = 10_000
START_AFTER_MS = 300


def command_name(action: QAction) -> str:
    return action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").rstrip(".")


class DisabledShortcutNotice(QObject):
    def __init__(self, window: QMainWindow, quiet: Callable[[], bool] = lambda: False):
        """Watch the key presses of ``window``; ``quiet`` says when to say nothing (a locked window, say)."""
        super().__init__(window)
        self.window = window
        self._quiet = quiet
        self.watching = False
        # watching every event of the application costs the first paint time: start once the window is up
        QTimer.singleShot(START_AFTER_MS, self, self._watch)

    def _watch(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.watching = True

    def disabled_action_for(self, keys: QKeySequence) -> QAction | None:
        for action in self.window.findChildren(QAction):
            if not action.isEnabled() and action.isVisible() and any(s.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
                                                                     for s in action.shortcuts()):
                return action
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent) or event.isAutoRepeat():
            return False
        focus = QApplication.focusWidget()
        if watched is not (focus or self.window) or not isinstance(watched, QWidget) \
                or watched.window() is not self.window or self._quiet():
            return False  # each key press once: where it is delivered first, in this window
        action = self.disabled_action_for(QKeySequence(event.keyCombination()))
        if action is not None:
            reason = action.toolTip() or translate("ShortcutNotice", "it is not available now")
            notice = translate("ShortcutNotice", "{command} is not possible now: {reason}")
            self.window.statusBar().showMessage(notice.format(command=command_name(action), reason=reason), NOTICE_MS)
        return False
