"""Running the customs simulator (training environment) beside the window, as a child process."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject, QProcess, Signal

from core.i18n import translate
from core.messaging.channels import is_loopback

if TYPE_CHECKING:
    from core.context import UserContext

PROJECT_ROOT = Path(__file__).resolve().parent.parent
STARTED_KEY = "simulator_started"  # "yes" while the simulator was last left running from the window, else "no"


def remember_started(context: UserContext, started: bool) -> None:
    """Whether the window runs the simulator: started by the user, or stopped by them (a window closed with the
    simulator running keeps "yes", so that the next launch starts it again)."""
    context.set_setting(STARTED_KEY, "yes" if started else "no")


def points_at_simulator(gateway: str) -> bool:
    """The gateway is the training simulator's address on this computer (the one the demo's sets point at)."""
    from simulator.demo import SIMULATOR_GATEWAY

    try:
        return is_loopback(gateway) and urlsplit(gateway).port == urlsplit(SIMULATOR_GATEWAY).port
    except ValueError:  # a port that is no number
        return False


def should_start_again(context: UserContext) -> bool:
    """At launch: the simulator ran from the window last time, and a parameter set still sends to it."""
    return context.setting(STARTED_KEY) == "yes" and any(points_at_simulator(p.gateway) for p in context.params.list())


class SimulatorProcess(QObject):
    """``main.py --data-dir DIR simulator`` started and stopped with the window; never blocks it."""

    started = Signal(str)  # the address it listens on
    stopped = Signal(str)  # why, for the status bar

    def __init__(self, data_dir: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.address: str | None = None
        self._process = QProcess(self)
        self._process.setWorkingDirectory(str(PROJECT_ROOT))
        self._process.readyReadStandardOutput.connect(self._read_output)
        self._process.finished.connect(self._finished)

    @property
    def running(self) -> bool:
        return self._process.state() != QProcess.ProcessState.NotRunning

    def start(self, port: int | None = None) -> None:
        if self.running:
            return
        arguments = [*_program_arguments(), "--data-dir", str(self.data_dir), "simulator"]
        if port is not None:
            arguments += ["--port", str(port)]
        self._process.start(sys.executable, arguments)

    def stop(self) -> None:
        if self.running:
            self._process.terminate()
            if not self._process.waitForFinished(3000):
                self._process.kill()
                self._process.waitForFinished(1000)

    def _read_output(self) -> None:
        for line in bytes(self._process.readAllStandardOutput()).decode("utf-8", "replace").splitlines():
            try:
                self.address = json.loads(line)["listening"]
            except (ValueError, KeyError, TypeError):
                continue
            self.started.emit(self.address)

    def _finished(self, exit_code: int, _status) -> None:
        error = bytes(self._process.readAllStandardError()).decode("utf-8", "replace").strip().splitlines()
        self.address = None
        if error and exit_code:
            self.stopped.emit(translate("SimulatorControl", "The customs simulator stopped: {error}").format(
                error=error[-1]))
        else:
            self.stopped.emit(translate("SimulatorControl", "The customs simulator stopped."))


def _program_arguments() -> list[str]:
    """The frozen app runs itself; from source, main.py runs with the same Python."""
    if getattr(sys, "frozen", False):
        return []
    return [str(PROJECT_ROOT / "main.py")]
