"""The check for the system libraries of Qt's X11 plugin, made before Qt starts (ui/system_libraries.py)."""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from ui import system_libraries
from ui.system_libraries import (
    LIBRARIES,
    Library,
    advice,
    explain_import_error,
    missing,
    qt_will_use_xcb,
)

ROOT = Path(__file__).resolve().parents[2]
ABSENT = Library("libcustomsdesk-absent.so.7", "customsdesk-absent-deb", "customsdesk-absent-rpm")
# always there, or shipped in the wheel's Qt/lib (Qt itself, ICU): not for the clerk to install
EVERY_SYSTEM = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1", "libdl.so.2", "libpthread.so.0",
                "librt.so.1", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1", "libz.so.1", "libzstd.so.1"}


@pytest.mark.parametrize("environ, expected", [
    ({"DISPLAY": ":0"}, True),
    ({}, True),  # no display at all: Qt still loads the xcb plugin first
    ({"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}, True),
    ({"QT_QPA_PLATFORM": "xcb:nograb", "DISPLAY": ":0"}, True),
    ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"}, False),
    ({"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, False),  # Qt tries Wayland first
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"}, False),
    ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}, True),
])
def test_the_check_runs_only_where_qt_would_load_the_xcb_plugin(environ, expected):
    assert qt_will_use_xcb(environ, "linux") is expected


def test_no_check_on_windows_or_macos():
    assert not qt_will_use_xcb({"DISPLAY": ":0"}, "win32")
    assert not qt_will_use_xcb({"DISPLAY": ":0"}, "darwin")
    assert system_libraries.problem_before_qt({"DISPLAY": ":0"}, "win32") is None


def test_offscreen_the_check_opens_nothing(monkeypatch):
    monkeypatch.setattr(system_libraries, "missing", lambda libraries=None: pytest.fail("checked offscreen"))
    assert system_libraries.problem_before_qt({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None


def test_a_library_the_linker_cannot_open_is_missing():
    present = [library for library in LIBRARIES if library.soname == "libxcb.so.1"]
    assert missing((ABSENT,)) == [ABSENT]
    assert missing(tuple(present) + (ABSENT,))[-1] == ABSENT


@pytest.mark.skipif(not os.path.exists(system_libraries.LD_SO_CACHE), reason="no dynamic linker cache")
def test_the_linker_cache_says_what_opening_each_library_says():
    import ctypes

    def opens(soname: str) -> bool:
        try:
            ctypes.CDLL(soname)
        except OSError:
            return False
        return True

    cached = system_libraries.linker_cache()
    assert "libc.so.6" in cached
    assert {l.soname for l in LIBRARIES if l.soname in cached} == {l.soname for l in LIBRARIES if opens(l.soname)}


def test_without_a_readable_linker_cache_every_library_is_opened(tmp_path, monkeypatch):
    (tmp_path / "ld.so.cache").write_bytes(b"glibc-ld.so.cache1.1" + b"\xff" * 40)  # damaged
    assert system_libraries.linker_cache(str(tmp_path / "ld.so.cache")) == frozenset()
    assert system_libraries.linker_cache(str(tmp_path / "none")) == frozenset()
    monkeypatch.setattr(system_libraries, "linker_cache", lambda: frozenset())
    present = [library for library in LIBRARIES if library.soname == "libc.so.6"] or [Library("libc.so.6", "", "")]
    assert missing((*present, ABSENT)) == [ABSENT]


def test_the_advice_names_each_library_and_the_packages_for_debian_and_fedora_once():
    absent = [library for library in LIBRARIES if library.soname in ("libxcb-icccm.so.4", "libxcb-keysyms.so.1",
                                                                    "libglib-2.0.so.0", "libgthread-2.0.so.0")]
    text = advice(absent, "they are not installed.")
    assert "libxcb-icccm.so.4, libxcb-keysyms.so.1, libglib-2.0.so.0, libgthread-2.0.so.0" in text
    assert "sudo apt-get install libxcb-icccm4 libxcb-keysyms1 libglib2.0-0\n" in text
    assert "sudo dnf install xcb-util-wm xcb-util-keysyms glib2\n" in text
    assert "Could not load the Qt platform plugin" not in text


def test_a_pyside6_import_failing_on_a_system_library_gets_the_same_advice(monkeypatch):
    monkeypatch.setattr(system_libraries, "missing", lambda libraries=None: [])
    error = ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")
    text = explain_import_error(error)
    assert "missing: libEGL.so.1" in text and "apt-get install libegl1" in text and "dnf install libglvnd-egl" in text
    assert explain_import_error(ImportError("No module named 'PySide6'")) is None


def test_make_run_says_which_packages_to_install_instead_of_starting_qt(tmp_path):
    """main.py with Qt about to take the xcb plugin and a library missing: the advice, exit 1, Qt never imported."""
    script = ("import sys, ui.system_libraries as s\n"
              f"s.LIBRARIES += (s.Library{tuple(ABSENT.__dict__.values())!r},)\n"
              "import main\n"
              "code = main.main(['--data-dir', sys.argv[1]])\n"
              "print(sorted(m for m in sys.modules if m.startswith('PySide6')))\n"
              "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(QT_QPA_PLATFORM="xcb", DISPLAY=":99")
    result = subprocess.run([sys.executable, "-c", script, str(tmp_path / "data")], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 1, result.stderr
    assert "libcustomsdesk-absent.so.7" in result.stderr
    assert "sudo apt-get install" in result.stderr and "customsdesk-absent-deb" in result.stderr
    assert "sudo dnf install" in result.stderr and "customsdesk-absent-rpm" in result.stderr
    assert "Could not load the Qt platform plugin" not in result.stderr
    assert result.stdout.strip() == "[]"  # Qt was not even imported
    assert not (tmp_path / "data").exists()


def _needed(path: Path) -> list[str]:
    """DT_NEEDED of a 64-bit little-endian ELF file: what ``objdump -p`` lists as NEEDED."""
    data = path.read_bytes()
    assert data[:4] == b"\x7fELF" and data[4] == 2 and data[5] == 1, f"{path} is not a 64-bit little-endian ELF file"
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    names = []
    for section in sections:
        if section[1] != 6:  # SHT_DYNAMIC
            continue
        strings = sections[section[6]]  # sh_link: its string table
        for offset in range(section[4], section[4] + section[5], 16):
            tag, value = struct.unpack_from("<qQ", data, offset)
            if tag == 1:  # DT_NEEDED
                start = strings[4] + value
                names.append(data[start:data.index(b"\0", start)].decode())
    return names


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_the_table_covers_what_the_installed_xcb_plugin_links_to():
    import PySide6

    qt = Path(PySide6.__file__).parent / "Qt"
    shipped = {p.name for p in (qt / "lib").iterdir()}
    files = [qt / "plugins" / "platforms" / "libqxcb.so"] + [
        qt / "lib" / f"libQt6{name}.so.6" for name in ("XcbQpa", "Gui", "Widgets", "DBus", "Core")]
    needed = {name for path in files if path.exists() for name in _needed(path)}
    assert "libxcb-cursor.so.0" in needed  # the reader works
    outside = needed - shipped - EVERY_SYSTEM
    assert outside <= {library.soname for library in LIBRARIES}, sorted(outside - {l.soname for l in LIBRARIES})


@pytest.mark.skipif(shutil.which("dpkg-query") is None or shutil.which("ldconfig") is None,
                    reason="names checked against the Debian package database")
def test_the_debian_names_are_the_packages_that_install_the_libraries_here():
    listing = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True).stdout
    paths = {}
    for line in listing.splitlines():
        soname, _, path = line.strip().partition(" => ")
        paths.setdefault(soname.split(" (")[0], path)
    checked = 0
    for library in LIBRARIES:
        if library.soname not in paths:
            continue
        file_name = os.path.basename(os.path.realpath(paths[library.soname]))
        owner = subprocess.run(["dpkg-query", "-S", f"*/{file_name}"],
                               capture_output=True, text=True).stdout.split(":")[0]
        if owner:
            assert owner in (library.debian, library.debian + "t64"), (library, owner)  # t64: Debian 13, Ubuntu 24.04
            checked += 1
    assert checked >= len(LIBRARIES) // 2


def test_the_readme_names_the_packages_of_both_distributions():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    head = readme[:readme.index("## A short tour")]
    for library in LIBRARIES:
        assert library.debian in head and library.fedora in head, library
