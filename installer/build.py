"""Build the one-folder CustomsDesk bundle with PyInstaller (``make package``).

    python installer/build.py [--clean] [--no-smoke-test] [--no-icon]

Writes dist/customsdesk/ (launchers ``customsdesk`` and ``customsdesk-cli``), with build
files under build/. Before running PyInstaller it renders resources/icons/customsdesk.svg
into build/icons/customsdesk.ico (used by the Windows launchers and the Inno Setup script).

Then it smoke-tests the bundle, offscreen (no display needed), on temporary data folders: the
headless commands (``customsdesk-cli --data-dir TMP init``), then the window
(``customsdesk --smoke-test --data-dir TMP``: it starts, creates and opens the database, paints
the register once, checks that the program's data and libraries are in the bundle, opens the user
manual, quits; see ui/smoke_test.py). A failure exits non-zero with what the bundle said. ``--no-smoke-test`` skips it.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "customsdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
ICON_SVG = ROOT / "resources" / "icons" / "customsdesk.svg"
ICON_ICO = ROOT / "build" / "icons" / "customsdesk.ico"
ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
APP_FOLDER = "customsdesk"


def render_ico(svg: Path, ico: Path, sizes=ICO_SIZES) -> Path:
    """Render the SVG icon at several sizes into one .ico (PNG-compressed entries)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (kept alive while painting)
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg} is not a valid SVG image.")
    images = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")
        buffer.close()
        images.append((size, bytes(data.data())))
    # ICONDIR, then one ICONDIRENTRY per image, then the PNG data (Windows Vista and later).
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in images:
        edge = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
        blobs += png
    ico.parent.mkdir(parents=True, exist_ok=True)
    ico.write_bytes(header + entries + blobs)
    return ico


def run_pyinstaller(clean: bool) -> Path:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("PyInstaller is not installed: run `make package` (it installs the 'package' extra) "
                         "or `pip install -e '.[package]'`.") from None
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC)]
    if clean:
        command.insert(3, "--clean")
    print("Running:", " ".join(command), flush=True)
    result = subprocess.run(command, cwd=ROOT, env={**os.environ, "CUSTOMSDESK_ICON_ICO": str(ICON_ICO)})
    if result.returncode != 0:
        raise SystemExit(f"PyInstaller failed (exit {result.returncode}); see its messages above.")
    return DIST / APP_FOLDER


def launcher(folder: Path, name: str) -> Path:
    return folder / (name + ".exe" if sys.platform == "win32" else name)


def smoke_test(folder: Path) -> dict:
    """The bundle's headless commands and window, each started once offscreen on a new data folder."""
    work = Path(tempfile.mkdtemp(prefix="customsdesk-smoke-test-"))
    # offscreen: no display needed; QSettings (the window's geometry) kept out of the builder's profile
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(work / "config")}
    # the window's launcher has no console on Windows: there the console launcher starts the same window
    window = launcher(folder, "customsdesk-cli" if sys.platform == "win32" else "customsdesk")
    try:
        init = _run_frozen([launcher(folder, "customsdesk-cli"), "--data-dir", work / "cli-data", "init"], env)
        started = _run_frozen([window, "--smoke-test", "--data-dir", work / "data"], env)
        return {"init": init, "window": started}
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_frozen(command: list, env: dict) -> dict:
    """Run one of the bundle's launchers: the JSON it printed, or SystemExit with everything it said."""
    command = [str(part) for part in command]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300, env=env)
    except subprocess.TimeoutExpired as exc:
        raise SystemExit(f"Smoke test: {' '.join(command)} did not finish in {exc.timeout:.0f} s.") from None
    text, report = result.stdout.strip(), None
    for candidate in (text, text.splitlines()[-1] if text else ""):  # the commands' JSON, or the window's last line
        try:
            report = json.loads(candidate)
            break
        except json.JSONDecodeError:
            continue
    if result.returncode != 0 or not isinstance(report, dict):
        raise SystemExit(f"Smoke test failed: {' '.join(command)} exited {result.returncode}.\n"
                         f"stdout:\n{result.stdout[-4000:]}\nstderr:\n{result.stderr[-4000:]}")
    return report


def folder_size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the CustomsDesk one-folder bundle with PyInstaller.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache before building")
    parser.add_argument("--no-smoke-test", action="store_true",
                        help="do not start the bundle's commands and window once after building")
    parser.add_argument("--no-icon", action="store_true", help="do not render the Windows .ico")
    args = parser.parse_args(argv)

    if not args.no_icon:
        try:
            print("Icon:", render_ico(ICON_SVG, ICON_ICO), flush=True)
        except Exception as exc:  # the build works without it (launchers get PyInstaller's icon)
            print(f"Icon: not rendered ({exc}); building without it.", flush=True)
            ICON_ICO.unlink(missing_ok=True)
    folder = run_pyinstaller(args.clean)
    print()
    print(f"Built the one-folder bundle in {folder} ({folder_size_mb(folder):.0f} MB).")
    print(f"  window:             {launcher(folder, 'customsdesk')}")
    print(f"  headless commands:  {launcher(folder, 'customsdesk-cli')} --data-dir DIR init")
    if sys.platform == "win32":
        print("  Windows installer:  iscc installer\\windows\\customsdesk.iss  (writes dist\\installer\\)")
    elif sys.platform.startswith("linux"):
        print("  Linux desktop entry: installer/linux/customsdesk.desktop, icon resources/icons/customsdesk.svg")
    if not args.no_smoke_test:
        print("Smoke test (offscreen, on temporary data folders)…", flush=True)
        report = smoke_test(folder)
        window = report["window"]
        checks = ", ".join(check["name"] for check in window["checks"])
        print(f"  headless commands: init created {report['init'].get('path', 'the database')}")
        print(f"  window: CustomsDesk {window['version']} (Qt {window['qt']}, {window['platform']}) opened "
              f"{window['database']}, painted the register ({window['window'][0]}x{window['window'][1]}) "
              f"and passed its checks ({checks}; the user manual with {window['manual']['images']} images) "
              f"in {window['seconds']:.1f} s")
        print("Smoke test passed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
