"""What installer/ ships besides the bundle: the Linux desktop entry and the Windows installer script.

Building the bundle itself takes minutes and stays out of `make test`: `make package` builds it and smoke-tests it.
"""
from __future__ import annotations

import configparser
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DESKTOP = ROOT / "installer" / "linux" / "customsdesk.desktop"
ISS = ROOT / "installer" / "windows" / "customsdesk.iss"


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="desktop-file-validate is not installed (apt-get install desktop-file-utils; .ci/run does)")
def test_the_desktop_entry_passes_desktop_file_validate_without_a_remark():
    result = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0 and result.stdout.strip() == "" and result.stderr.strip() == "", result.stdout


def test_the_desktop_entry_starts_the_window_with_the_icon_in_the_office_menu():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(DESKTOP, encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Type"] == "Application" and desktop["Exec"] == "customsdesk" and desktop["Terminal"] == "false"
    assert desktop["Icon"] == "customsdesk" and (ROOT / "resources" / "icons" / "customsdesk.svg").is_file()
    assert "Office" in desktop["Categories"].split(";")
    assert desktop["StartupWMClass"] == "CustomsDesk"


def _iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = None
    for line in ISS.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(";") or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = sections.setdefault(header.group(1), [])
        elif current is not None:
            current.append(line)
    return sections


def _fields(line: str) -> dict[str, str]:
    return {key.strip(): value.strip().strip('"') for key, value in
            (part.split(":", 1) for part in line.split(";") if ":" in part)}


def test_the_windows_installer_makes_a_start_menu_and_a_desktop_shortcut_to_the_window():
    sections = _iss_sections()
    icons = [_fields(line) for line in sections["Icons"]]
    start_menu = [i for i in icons if i["Name"].startswith(("{autoprograms}", "{group}"))]
    desktop = [i for i in icons if i["Name"].startswith("{autodesktop}")]
    assert len(start_menu) == 1 and "Tasks" not in start_menu[0]  # always
    assert len(desktop) == 1 and desktop[0]["Tasks"] == "desktopicon"
    assert {i["Filename"] for i in start_menu + desktop} == {r"{app}\{#AppExe}"}
    assert '#define AppExe "customsdesk.exe"' in ISS.read_text(encoding="utf-8")  # the window, not the console one
    [task] = [_fields(line) for line in sections["Tasks"] if _fields(line)["Name"] == "desktopicon"]
    assert "unchecked" not in task.get("Flags", "")  # offered ticked


def test_the_windows_installer_names_the_projects_version():
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f'#define AppVersion "{version}"' in ISS.read_text(encoding="utf-8")
