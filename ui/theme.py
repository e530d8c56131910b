"""Light and dark: the theme chosen in Settings ▸ Appearance, and colours that stay readable on either.

System keeps the desktop's own style and palette; Light and Dark use Qt's Fusion style with a palette of
their own. The choice is the user's (QSettings), applied at start and at once when changed.

Colours the window sets itself (red for an error, green for done, a header cell's background) are picked for
a light background; ``readable`` lightens a text colour when the palette is dark, and ``preview_colours``
gives the HTML previews the colours of the current palette.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from core.i18n import QT_TRANSLATE_NOOP, translate

THEME_KEY = "appearance/theme"
THEMES = {  # key (kept in the settings) -> label, shown with theme_label
    "system": QT_TRANSLATE_NOOP("Theme", "System (as the desktop)"),
    "light": QT_TRANSLATE_NOOP("Theme", "Light"),
    "dark": QT_TRANSLATE_NOOP("Theme", "Dark"),
}
DARK_TEXT_LIGHTNESS = 175  # of 255: a status colour made light enough to read on a dark background

_system: dict[int, tuple[str, QPalette]] = {}  # per application: the desktop's style and palette, kept once

Role, Group = QPalette.ColorRole, QPalette.ColorGroup


def theme_label(theme: str) -> str:
    """The name of ``theme`` (a key of THEMES) in the user's language."""
    return translate("Theme", THEMES[theme])


def saved_theme() -> str:
    theme = str(QSettings().value(THEME_KEY, "system"))
    return theme if theme in THEMES else "system"


def set_theme(theme: str) -> None:
    """Remember ``theme`` for this user and apply it now."""
    QSettings().setValue(THEME_KEY, theme)
    apply_theme(theme)


def apply_theme(theme: str, app: QApplication | None = None) -> None:
    app = app or QApplication.instance()
    if theme not in THEMES:
        raise ValueError(f"unknown theme {theme!r}")
    key = id(app)
    if key not in _system:
        _system[key] = (app.style().name(), QPalette(app.palette()))
    style, palette = _system[key]
    if theme == "system":
        app.setStyle(QStyleFactory.create(style) or QStyleFactory.create("Fusion"))
        app.setPalette(palette)
        return
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(dark_palette() if theme == "dark" else light_palette())


def light_palette() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    palette = QPalette()
    colours = {
        Role.Window: "#353535", Role.WindowText: "#f0f0f0", Role.Base: "#262626", Role.AlternateBase: "#303030",
        Role.ToolTipBase: "#454545", Role.ToolTipText: "#f0f0f0", Role.PlaceholderText: "#9a9a9a",
        Role.Text: "#f0f0f0", Role.Button: "#3c3c3c", Role.ButtonText: "#f0f0f0", Role.BrightText: "#ff6b6b",
        Role.Light: "#505050", Role.Midlight: "#444444", Role.Mid: "#2b2b2b", Role.Dark: "#1e1e1e",
        Role.Shadow: "#101010", Role.Highlight: "#3d7ec8", Role.HighlightedText: "#ffffff", Role.Link: "#79b8ff",
        Role.LinkVisited: "#c39bff",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(Group.Disabled, role, QColor("#808080"))
    palette.setColor(Group.Disabled, Role.Highlight, QColor("#505050"))
    return palette


def current_palette(palette: QPalette | None = None) -> QPalette:
    if palette is not None:
        return palette
    app = QApplication.instance()
    return app.palette() if app is not None else QPalette()


def is_dark(palette: QPalette | None = None) -> bool:
    """The palette draws light text on a dark background."""
    palette = current_palette(palette)
    return palette.color(Role.Base).lightness() < palette.color(Role.Text).lightness()


def readable(colour: str | QColor, palette: QPalette | None = None) -> QColor:
    """A text colour picked for a light background, lightened (same hue) when the palette is dark."""
    colour = QColor(colour)
    if not is_dark(palette):
        return colour
    hue, saturation, lightness, alpha = colour.getHsl()
    return QColor.fromHsl(max(hue, 0), saturation, max(lightness, DARK_TEXT_LIGHTNESS), alpha)


def preview_colours(palette: QPalette | None = None) -> dict[str, str]:
    """The colours of an HTML preview (see core.messages.render_html) for the palette it is shown with."""
    palette = current_palette(palette)
    return {
        "red": f"color:{readable('#b00000', palette).name()}",
        "green": f"color:{readable('#006000', palette).name()}",
        "muted": f"color:{palette.color(Group.Disabled, Role.Text).name() if is_dark(palette) else '#666666'}",
        "header": header_background(palette),
    }


def header_background(palette: QPalette | None = None) -> str:
    """The background of a header cell: a step away from the page's own."""
    palette = current_palette(palette)
    return palette.color(Role.Button).name() if is_dark(palette) else "#eeeeee"


PRINT_COLOURS = {"red": "color:#b00000", "green": "color:#006000", "muted": "color:#666666", "header": "#eeeeee"}


def text_style(colour: str) -> str:
    """A style sheet (or inline style) for text in ``colour``, readable on the current palette."""
    return f"color: {readable(colour).name()};"
