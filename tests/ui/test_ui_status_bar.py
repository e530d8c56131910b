"""The main window's status bar: messages shown whole beside the permanent text; the simulator started again."""
from __future__ import annotations

from ui.simulator_control import STARTED_KEY, SimulatorProcess
from ui_helpers import point_gateways

LONG = ("Send and receive: 1 to be sent again later. Problem: Cannot reach the gateway http://127.0.0.1:8720: "
        "start the customs simulator (Messages ▸ Customs simulator) or check the gateway address in Settings ▸ NCTS.")


def test_a_message_is_shown_whole_and_the_permanent_text_gives_way_elided(demo_ws, window, qtbot):
    win = window(demo_ws)
    win.resize(1366, 740)
    qtbot.waitUntil(lambda: win.width() == 1366)
    full = win.status.text()
    assert win.status.toolTip() == full
    qtbot.waitUntil(lambda: win.status.shown_text() == full)  # room enough without a message
    needed = win.statusBar().fontMetrics().horizontalAdvance(LONG)
    assert needed > win.status.x()  # the permanent text is in the way of this message

    win.statusBar().showMessage(LONG)
    # QStatusBar draws a message in the room left of its first permanent widget (6 pixels in, 2 before it)
    qtbot.waitUntil(lambda: win.status.x() - 2 - 6 >= needed)
    assert win.statusBar().toolTip() == LONG
    assert win.status.text() == full and win.status.toolTip() == full
    assert win.status.shown_text() != full and "…" in win.status.shown_text()

    win.statusBar().clearMessage()
    qtbot.waitUntil(lambda: win.status.shown_text() == full)


class Starts:
    def __init__(self, monkeypatch):
        self.count = 0
        monkeypatch.setattr(SimulatorProcess, "start", lambda process, port=None: self.started())
        monkeypatch.setattr(SimulatorProcess, "stop", lambda process: None)

    def started(self) -> None:
        self.count += 1


def test_the_simulator_started_from_the_window_starts_again_at_the_next_launch(demo_ws, window, monkeypatch):
    starts = Starts(monkeypatch)
    first = window(demo_ws)
    assert not first.start_simulator_again()  # never started from the window
    first.start_simulator()
    assert demo_ws.setting(STARTED_KEY) == "yes" and starts.count == 1
    first.close()  # closing the window stops the process but not the wish

    again = window(demo_ws)
    assert again.start_simulator_again()
    assert starts.count == 2 and again.actions["msg_simulator"].isChecked()
    assert "Starting the customs simulator" in again.statusBar().currentMessage()


def test_the_simulator_stopped_by_the_user_or_no_longer_used_is_not_started_again(demo_ws, window, monkeypatch):
    starts = Starts(monkeypatch)
    win = window(demo_ws)
    win.start_simulator()
    win.stop_simulator()
    assert demo_ws.setting(STARTED_KEY) == "no"
    assert not window(demo_ws).start_simulator_again()

    win.start_simulator()
    point_gateways(demo_ws, "https://gateway.example/ncts")  # the training sets now send elsewhere
    assert not window(demo_ws).start_simulator_again()
    assert starts.count == 2
