"""The layers of the tree, checked on every test run: a broken import contract fails the tests."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("core", "ui", "cli", "simulator", "tools")
LINT = "import sys; from importlinter.cli import lint_imports_command; sys.exit(lint_imports_command())"


def lint_imports(folder: Path) -> subprocess.CompletedProcess:
    """import-linter with the contracts of pyproject.toml, on the packages in ``folder``."""
    return subprocess.run([sys.executable, "-c", LINT, "--no-cache"], cwd=folder, capture_output=True, text=True,
                          timeout=300, env={"PYTHONPATH": str(folder), "PATH": "/usr/bin:/bin"})


def test_import_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0 and "BROKEN" not in result.stdout, result.stdout[-4000:] + result.stderr[-2000:]
    assert result.stdout.count("KEPT") >= 5


def test_core_importing_the_window_breaks_a_contract(tmp_path):
    """The same contracts on a copy of the tree in which core imports the window."""
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    (tmp_path / "core" / "probe.py").write_text("import ui.main_window  # noqa: F401\n")

    result = lint_imports(tmp_path)

    assert result.returncode != 0
    assert "core is the domain: no interface, no Qt, no training side BROKEN" in result.stdout
