"""Build the one-folder CustomsDesk bundle with PyInstaller (``make package``).

    python installer/build.py [--clean] [--check] [--no-icon]

Writes dist/customsdesk/ (launchers ``customsdesk`` and ``customsdesk-cli``), with build
files under build/. Before running PyInstaller it renders resources/icons/customsdesk.svg
into build/icons/customsdesk.ico (used by the Windows launchers and the Inno Setup script).
``--check`` then runs the frozen CLI once (``init`` on a temporary data folder) to prove
that the bundle starts and finds its resources.
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


def check(folder: Path) -> dict:
    """Run the frozen CLI once: ``customsdesk-cli --data-dir TMP init``."""
    data_dir = Path(tempfile.mkdtemp(prefix="customsdesk-frozen-check-"))
    try:
        result = subprocess.run([str(launcher(folder, "customsdesk-cli")), "--data-dir", str(data_dir / "data"), "init"],
                                capture_output=True, text=True, timeout=300)
        if result.returncode != 0:
            raise SystemExit(f"The frozen build failed to start (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")
        return json.loads(result.stdout)
    finally:
        shutil.rmtree(data_dir, ignore_errors=True)


def folder_size_mb(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build the CustomsDesk one-folder bundle with PyInstaller.")
    parser.add_argument("--clean", action="store_true", help="empty PyInstaller's cache before building")
    parser.add_argument("--check", action="store_true", help="run the frozen CLI once after building")
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
    if args.check:
        print("Check: the frozen CLI says", json.dumps(check(folder)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
