"""The idle lock on its own: it says when the given time passed without input, and input restarts the count."""
from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLineEdit

from ui.idle_lock import IdleLock


def test_idle_is_said_once_after_the_time_without_input(qtbot):
    owner = QObject()
    idle_lock = IdleLock(owner)
    with qtbot.waitSignal(idle_lock.idle, timeout=3000):
        idle_lock.start(0.001)  # 60 ms
    assert not idle_lock.timer.isActive()


def test_typing_restarts_the_count_and_stop_or_zero_means_never(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.show()
    idle_lock = IdleLock(field)
    idle_lock.start(1)
    qtbot.wait(200)
    before = idle_lock.timer.remainingTime()
    qtbot.keyClick(field, Qt.Key.Key_A)
    assert idle_lock.timer.remainingTime() > before + 150

    idle_lock.stop()
    with qtbot.assertNotEmitted(idle_lock.idle, wait=100):
        idle_lock.start(0)
    assert not idle_lock.timer.isActive()
