"""End-to-end fixtures: the real CLI and the real customs simulator, each its own process, over loopback."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import pytest
from data_folders import records_of

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SHARED = PROJECT_ROOT.parent / "shared"
EXIT_OK = 0


@dataclass
class Run:
    returncode: int
    stdout: str
    stderr: str

    @property
    def json(self):
        return json.loads(self.stdout)


class Cli:
    """``main.py`` on one data folder (with --office-database, on the office database standing in for its file)."""

    def __init__(self, data_dir: Path, office_server=None):
        self.data_dir = data_dir
        self.office_server = office_server

    def another(self, data_dir: Path) -> Cli:
        """Another workstation's data folder."""
        return Cli(data_dir, self.office_server)

    def _choose_database(self) -> None:
        if self.office_server is not None:
            self.office_server.database_for(self.data_dir)

    def __call__(self, *args: str, stdin: str | None = None, env: dict | None = None) -> Run:
        self._choose_database()
        done = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(self.data_dir), *map(str, args)],
            cwd=PROJECT_ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120, input=stdin,
            env={**os.environ, **(env or {})}, check=False,
        )
        return Run(done.returncode, done.stdout, done.stderr)

    def ok(self, *args: str, stdin: str | None = None):
        result = self(*args, stdin=stdin)
        assert result.returncode == EXIT_OK, result.stderr + result.stdout
        assert "Traceback" not in result.stderr
        return result.json

    def popen(self, *args: str, env: dict | None = None) -> subprocess.Popen:
        self._choose_database()
        return subprocess.Popen(
            [sys.executable, "main.py", "--data-dir", str(self.data_dir), *map(str, args)],
            cwd=PROJECT_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env={**os.environ, **(env or {})},
        )

    def guarantee(self, grn: str) -> dict:
        return next(g for g in self.ok("guarantees", "--json") if g["grn"] == grn)

    def messages(self, *args: str) -> list[dict]:
        return self.ok("messages", "--json", *args)


class Simulator:
    """``main.py simulator`` as a subprocess on a free port; the demo's parameter sets are pointed at it."""

    def __init__(self, cli: Cli, *extra: str):
        self.process = cli.popen("simulator", "--port", "0", *extra)
        line = self.process.stdout.readline()
        if not line:
            raise RuntimeError("the simulator did not start: " + self.process.stderr.read())
        self.info = json.loads(line)
        self.url = self.info["listening"]

    def control(self, **switches) -> dict:
        data = json.dumps(switches).encode() if switches else None
        request = urllib.request.Request(self.url + "control", data=data, method="POST" if data else "GET",
                                         headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
        for stream in (self.process.stdout, self.process.stderr):
            stream.close()


def point_gateways_at(data_dir: Path, url: str) -> None:
    """Test setup: the demo's parameter sets use the fixed port 8720; this run uses a free one."""
    with records_of(data_dir) as db, db.atomic():
        db.execute("UPDATE comm_params SET gateway = ? WHERE gateway LIKE 'http://127.0.0.1:%'", [url])


@pytest.fixture
def cli(tmp_path, office_server) -> Cli:
    return Cli(tmp_path / "data", office_server)


@pytest.fixture
def start_simulator(cli):
    started: list[Simulator] = []

    def start(*extra: str) -> Simulator:
        simulator = Simulator(cli, *extra)
        started.append(simulator)
        point_gateways_at(cli.data_dir, simulator.url)
        return simulator

    yield start
    for simulator in started:
        simulator.stop()
