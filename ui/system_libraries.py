"""The system libraries Qt needs to draw on an X11 display, checked before Qt starts.

On Linux PySide6 brings Qt, but not the X11 libraries its ``xcb`` platform plugin links to. When one is missing
Qt aborts with "Could not load the Qt platform plugin "xcb" in "" even though it was found", which names neither
the library nor the package. Before the window starts, :func:`problem_before_qt` opens each library the plugin
needs (its file name in the dynamic linker's cache, else ``dlopen`` by that name, as the plugin would) and, when
some cannot be opened, says which packages to install on Debian/Ubuntu and on Fedora.

It runs only where Qt would take the xcb plugin: on Linux, when ``QT_QPA_PLATFORM`` names ``xcb`` first, or is
not set outside a Wayland session (Qt tries Wayland first when ``WAYLAND_DISPLAY`` or ``XDG_SESSION_TYPE=wayland``
is set). Offscreen, Wayland and the other platforms are not checked. It costs well under a millisecond when
every library is in the linker's cache (/etc/ld.so.cache): nothing is loaded.

No Qt here: this module is imported before PySide6, since importing PySide6's widgets needs some of these
libraries itself (:func:`explain_import_error` turns that failure into the same advice).

``LIBRARIES`` lists what the xcb plugin (PySide6/Qt/plugins/platforms/libqxcb.so), libQt6XcbQpa, libQt6Gui,
libQt6Widgets and libQt6DBus link to outside the PySide6 wheel (``objdump -p FILE | grep NEEDED``), except the C
and C++ runtime, zlib and zstd, which every system has. tests/ui/test_system_libraries.py compares it with the
plugin installed. The GLX integration plugin's libxcb-glx is left out: without it Qt draws all the same.
"""
from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass

EXIT_MISSING_LIBRARIES = 1


@dataclass(frozen=True)
class Library:
    soname: str  # the file name the dynamic linker looks for
    debian: str  # the Debian and Ubuntu package that installs it
    fedora: str  # the Fedora package


LIBRARIES: tuple[Library, ...] = (
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11.so.6", "libx11-6", "libX11"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-render.so.0", "libxcb-render0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-shm.so.0", "libxcb-shm0", "libxcb"),
    Library("libxcb-sync.so.1", "libxcb-sync1", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libgthread-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
)


def qt_will_use_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt would load its X11 (xcb) platform plugin first in this environment."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").strip()
    if chosen:  # "xcb", "offscreen", "wayland;xcb", "xcb:option=value"...: Qt tries them in that order
        return chosen.split(";")[0].split(":")[0].strip().lower() == "xcb"
    return not environ.get("WAYLAND_DISPLAY") and environ.get("XDG_SESSION_TYPE", "").lower() != "wayland"


def missing(libraries: tuple[Library, ...] | None = None) -> list[Library]:
    """The libraries (by default ``LIBRARIES``) the dynamic linker cannot open, as Qt would open them: by file name.

    What the linker's cache lists is there; the rest is opened (LD_LIBRARY_PATH, a bundle's own folder).
    """
    cached = linker_cache()
    absent = [library for library in (LIBRARIES if libraries is None else libraries) if library.soname not in cached]
    if not absent:
        return []
    import ctypes

    still = []
    for library in absent:
        try:
            ctypes.CDLL(library.soname)
        except OSError:
            still.append(library)
    return still


LD_SO_CACHE = "/etc/ld.so.cache"
_CACHE_MAGIC = b"glibc-ld.so.cache1.1"  # the format of glibc 2.x's ldconfig, alone since glibc 2.32
_CACHE_HEADER, _CACHE_ENTRY = 48, 24
_ARCH_FLAGS = {"x86_64": 0x0300, "aarch64": 0x0A00}  # FLAG_X8664_LIB64, FLAG_AARCH64_LIB64 of glibc's ldconfig.h
_ARCH_MASK = 0xFF00


def linker_cache(path: str = LD_SO_CACHE, machine: str | None = None) -> frozenset[str]:
    """The file names of the libraries in the dynamic linker's cache (``ldconfig -p``) for this machine's
    architecture, read from the file: a fraction of a millisecond, where opening the libraries takes tens."""
    import struct

    try:
        with open(path, "rb") as file:
            data = file.read()
    except OSError:
        return frozenset()
    start = data.find(_CACHE_MAGIC)
    if start < 0:
        return frozenset()
    arch = _ARCH_FLAGS.get(machine or os.uname().machine)
    (count,) = struct.unpack_from("=I", data, start + len(_CACHE_MAGIC))
    names = set()
    try:
        for n in range(count):
            flags, key = struct.unpack_from("=iI", data, start + _CACHE_HEADER + n * _CACHE_ENTRY)
            if arch is None or flags & _ARCH_MASK == arch:
                offset = start + key  # string offsets count from the header
                names.add(data[offset:data.index(b"\0", offset)].decode("utf-8", "replace"))
    except (struct.error, ValueError):  # a damaged cache: open every library instead
        return frozenset()
    return frozenset(names)


def advice(absent: list[Library], why: str) -> str:
    """What to tell the person starting CustomsDesk: the libraries, and the packages for each distribution."""
    debian = " ".join(dict.fromkeys(library.debian for library in absent))
    fedora = " ".join(dict.fromkeys(library.fedora for library in absent))
    return (f"CustomsDesk cannot open its window: {why}\n"
            f"  missing: {', '.join(library.soname for library in absent)}\n"
            "Install them, then start CustomsDesk again:\n"
            f"  Debian, Ubuntu:  sudo apt-get install {debian}\n"
            f"  Fedora:          sudo dnf install {fedora}\n"
            "(The headless commands work without them: python main.py --help.)")


def problem_before_qt(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> str | None:
    """The advice when Qt is about to take the xcb plugin and a library it needs is missing; else None."""
    if not qt_will_use_xcb(environ, platform):
        return None
    absent = missing()
    if not absent:
        return None
    return advice(absent, "Qt needs these system libraries to draw windows on an X11 display, and they are "
                          "not installed.")


def explain_import_error(error: ImportError) -> str | None:
    """The advice when importing PySide6 failed because a system library in ``LIBRARIES`` is missing; else None."""
    text = str(error)
    if not any(f"{library.soname}:" in text for library in LIBRARIES):  # "libEGL.so.1: cannot open shared object..."
        return None
    absent = missing() or [library for library in LIBRARIES if f"{library.soname}:" in text]
    return advice(absent, "Qt needs these system libraries, and they are not installed.")
