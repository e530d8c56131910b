"""--lang: the messages people read in Czech, German or Polish; the JSON keys, codes and values stay as they are."""
from __future__ import annotations

import pytest

from core.guarantees.grn import check_grn
from languages import catalogue_path, install_language

WRONG_CHECK_DIGIT = "01GB1234567890120"


def in_language(language: str, make):
    """What ``make()`` says in ``language`` (this process, as the command's would)."""
    assert catalogue_path(language).is_file(), f"{catalogue_path(language)} is missing: build it with make"
    install_language(language)
    try:
        return make()
    finally:
        install_language("en")


@pytest.mark.parametrize("language", ["cs", "de", "pl"])
def test_a_failed_check_is_explained_in_the_language_asked_with_the_same_keys(cli, language):
    english = cli("grn-check", WRONG_CHECK_DIGIT)
    translated = cli("--lang", language, "grn-check", WRONG_CHECK_DIGIT)
    assert english.returncode == translated.returncode == 1
    assert translated.json.keys() == english.json.keys()
    assert translated.json["expected_check_digit"] == english.json["expected_check_digit"] == 7
    expected = in_language(language, lambda: check_grn(WRONG_CHECK_DIGIT).errors)
    assert translated.json["errors"] == expected != english.json["errors"]
    assert "7" in translated.json["errors"][0]


def test_an_unknown_language_is_refused_naming_the_option(cli):
    result = cli("--lang", "fr", "grn-check", WRONG_CHECK_DIGIT)
    assert result.returncode == 2
    assert result.error_fields() == {"--lang"}


@pytest.mark.parametrize("language", ["cs", "de", "pl"])
def test_help_is_written_in_the_language_asked(cli, language):
    from core.i18n import translate

    english = cli("sync", "--help")
    translated = cli("--lang", language, "sync", "--help")
    assert english.returncode == translated.returncode == 0
    words = in_language(language, lambda: [translate("Cli", text) for text in (
        "usage: ", "options", "show this help message and exit")])
    assert all(word in translated.stdout for word in words) and "show this help message" not in translated.stdout
    described = in_language(language, lambda: translate("Cli", "list messages in and out"))
    overview = cli(f"--lang={language}", "--help").stdout
    assert described != "list messages in and out" and described.split()[0] in overview
    assert "usage: " in english.stdout and "show this help message and exit" in english.stdout
