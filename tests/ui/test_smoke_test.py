"""The bundle's smoke test, run from the source tree: ``main.py --smoke-test --data-dir NEW_FOLDER`` (ui/smoke_test.py)."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from core.installation import open_context

ROOT = Path(__file__).resolve().parents[2]


def smoke_test(data_dir: Path, tmp_path: Path, *extra: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    return subprocess.run([sys.executable, "main.py", "--smoke-test", "--data-dir", str(data_dir), *extra], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=180)


def test_the_smoke_test_opens_a_new_data_folder_paints_the_register_checks_and_exits_0(tmp_path):
    data_dir = tmp_path / "data"
    result = smoke_test(data_dir, tmp_path)
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["smoke_test"] == "passed" and report["platform"] == "offscreen"
    assert report["database"] == str(data_dir / "customsdesk.sqlite") and Path(report["database"]).is_file()
    assert report["log_file"] == str(data_dir / "logs" / "customsdesk.log")
    assert "Smoke test" not in result.stderr
    assert report["register_rows"] == 2 and report["window"][0] >= 200  # Organisations and NCTS, painted
    assert {c["name"] for c in report["checks"]} >= {"message schemas", "message previews", "working days",
                                                    "PDF reports", "signatures"}
    assert all(c["passed"] for c in report["checks"])
    assert report["manual"]["headings"] > 10 and report["manual"]["images"] == 5


def test_the_smoke_test_never_signs_in_to_a_folder_whose_administrator_has_a_password(tmp_path):
    data_dir = tmp_path / "data"
    context = open_context(data_dir, user="admin")
    context.users.set_first_password(context.session, "an administrator's password", "admin", "Administrator")
    context.close()
    result = smoke_test(data_dir, tmp_path)
    assert result.returncode == 1
    assert "Smoke test failed" in result.stderr and "give it a new data folder" in result.stderr
    assert result.stdout.strip() == ""


def test_the_smoke_test_is_an_option_of_the_window_only(tmp_path):
    result = smoke_test(tmp_path / "data", tmp_path, "init")
    assert result.returncode == 2 and "--smoke-test" in result.stderr
