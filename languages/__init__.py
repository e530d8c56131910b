"""Loading the catalogue of a language (Qt's ``.qm``, compiled by ``make`` from ``resources/translations/*.ts``)
for the window or the headless commands, and the language of the system.

Catalogues: ``customsdesk_<language>.qm`` (ours; the English one only carries plural forms) and Qt's own
``qtbase_<language>.qm`` (the standard buttons and dialogs), both optional: a missing one leaves English.
"""
from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

from core import i18n
from core.resources import resource

CATALOGUES = resource("translations")


def system_language() -> str:
    """The language of the user's desktop when we speak it, else English."""
    for name in QLocale.system().uiLanguages():
        language = name.split("-")[0].split("_")[0].lower()
        if language in i18n.LANGUAGES:
            return language
    return i18n.DEFAULT_LANGUAGE


def install_language(language: str) -> list[QTranslator]:
    """Translate core's and the interface's texts into ``language`` from now on; the translators loaded (for
    QCoreApplication.installTranslator, so that Qt's own texts follow)."""
    if language not in i18n.LANGUAGES:
        raise ValueError(f"unknown language {language!r}")
    ours = _load(f"customsdesk_{language}", str(CATALOGUES))
    qt = _load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    QLocale.setDefault(QLocale(i18n.LOCALES[language]))
    i18n.install(_lookup(ours) if ours is not None else None, language)
    return [t for t in (ours, qt) if t is not None]


def catalogue_path(language: str):
    return CATALOGUES / f"customsdesk_{language}.qm"


def _load(name: str, folder: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, folder) else None


def _lookup(translator: QTranslator) -> i18n.Lookup:
    def lookup(context: str, text: str, disambiguation: str | None, n: int) -> str:
        return translator.translate(context, text, disambiguation, n)
    return lookup
