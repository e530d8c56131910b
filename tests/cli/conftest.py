"""Fixtures for the headless CLI tests: main.py runs as a real subprocess on a tmp_path data folder."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parents[2]


@dataclass
class CliResult:
    returncode: int
    stdout: str
    stderr: str

    @property
    def json(self):
        try:
            return json.loads(self.stdout)
        except json.JSONDecodeError:
            raise AssertionError(f"not JSON (exit code {self.returncode}): {self.stdout!r}; stderr: {self.stderr}") \
                from None

    def error_fields(self) -> set[str]:
        return {e["field"] for e in self.json["errors"]}


@pytest.fixture
def cli_data_dir(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(cli_data_dir, office_server):
    """Run ``python main.py --data-dir <tmp> ARGS...`` from the project root (with --office-database, on the
    office database standing in for the data folder's file)."""

    def run(*args: str, stdin: str | None = None, data_dir: Path | None = None, preexec_fn=None) -> CliResult:
        """``data_dir`` instead of the test's data folder; ``preexec_fn`` runs in the child before main.py
        (e.g. to limit what the process may do)."""
        if office_server is not None:
            office_server.database_for(data_dir or cli_data_dir)
        done = subprocess.run(
            [sys.executable, "main.py", "--data-dir", str(data_dir or cli_data_dir), *map(str, args)],
            cwd=PROJECT_ROOT, capture_output=True, text=True, encoding="utf-8", timeout=120, input=stdin,
            preexec_fn=preexec_fn,
        )
        return CliResult(done.returncode, done.stdout, done.stderr)

    return run
