"""The window's language: ``--lang``, else the one chosen in Settings ▸ Appearance (QSettings, per user), else
the desktop's. It is installed before the first window is built; a new choice counts from the next start."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from core.i18n import LANGUAGES
from languages import install_language, system_language

LANGUAGE_KEY = "appearance/language"
SYSTEM = "system"

_installed: list = []  # Qt does not own the translators it is given: they live as long as the application


def saved_language() -> str:
    """The choice in the settings: a language code, or "system"."""
    language = str(QSettings().value(LANGUAGE_KEY, SYSTEM))
    return language if language in LANGUAGES else SYSTEM


def save_language(language: str) -> None:
    if language != SYSTEM and language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    QSettings().setValue(LANGUAGE_KEY, language)


def window_language(requested: str | None = None) -> str:
    chosen = requested or saved_language()
    return system_language() if chosen == SYSTEM else chosen


def start_in_language(app: QApplication, requested: str | None = None) -> str:
    """Install the window's language into ``app`` (ours and Qt's own texts); the language."""
    language = window_language(requested)
    for translator in _installed:
        app.removeTranslator(translator)
    _installed[:] = install_language(language)
    for translator in _installed:
        app.installTranslator(translator)
    return language
