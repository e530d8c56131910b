"""The catalogues of what the user reads: every text of the code is in each of them, each is finished, and a
translation keeps the fields its text fills in (resources/translations; `make translations` updates them)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from lxml import etree

from core.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = ROOT / "resources" / "translations"
TRANSLATED_FOLDERS = ("core", "ui", "cli")
TOOLS = Path(sys.executable).parent
FOREIGN = sorted(set(LANGUAGES) - {"en"})
PLURAL_FORMS = {"cs": 3, "de": 2, "pl": 3, "en": 2}
FIELD = re.compile(r"\{[a-z_]+\}")

Key = tuple[str, str, str]  # context, source, disambiguation


def messages(ts: Path) -> dict[Key, etree._Element]:
    tree = etree.parse(str(ts))
    return {(m.getparent().findtext("name"), m.findtext("source"), m.findtext("comment") or ""): m
            for m in tree.iter("message")}


@pytest.fixture(scope="module")
def texts_in_code(tmp_path_factory) -> dict[Key, etree._Element]:
    ts = tmp_path_factory.mktemp("lupdate") / "code.ts"
    subprocess.run([str(TOOLS / "pyside6-lupdate"), "-silent", "-extensions", "py", "-locations", "none",
                    *TRANSLATED_FOLDERS, "-ts", str(ts)], cwd=ROOT, check=True, capture_output=True)
    return messages(ts)


def test_the_code_has_texts_to_translate(texts_in_code):
    contexts = {context for context, _, _ in texts_in_code}
    assert {"MainWindow", "GuaranteeEditor"} <= contexts, sorted(contexts)


@pytest.mark.parametrize("language", FOREIGN)
def test_each_text_of_the_code_is_in_the_catalogue_and_nothing_else(texts_in_code, language):
    catalogue = messages(CATALOGUES / f"customsdesk_{language}.ts")
    missing = sorted(set(texts_in_code) - set(catalogue))
    stale = sorted(set(catalogue) - set(texts_in_code))
    assert not missing, f"not in customsdesk_{language}.ts (run make translations, then translate): {missing[:10]}"
    assert not stale, f"no longer in the code (run make translations): {stale[:10]}"


def test_the_english_catalogue_has_every_plural_form(texts_in_code):
    plurals = {key for key, message in texts_in_code.items() if message.get("numerus") == "yes"}
    assert set(messages(CATALOGUES / "customsdesk_en.ts")) == plurals


@pytest.mark.parametrize("language", [*FOREIGN, "en"])
def test_every_entry_is_finished_and_keeps_its_fields(language):
    catalogue = CATALOGUES / f"customsdesk_{language}.ts"
    problems = []
    for (context, source, _), message in messages(catalogue).items():
        translation = message.find("translation")
        forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" \
            else [translation.text or ""]
        if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(f.strip() for f in forms):
            problems.append(f"{context}: {source!r} is not translated")
        elif message.get("numerus") == "yes" and len(forms) != PLURAL_FORMS[language]:
            problems.append(f"{context}: {source!r} has {len(forms)} plural forms, not {PLURAL_FORMS[language]}")
        elif any(sorted(FIELD.findall(form)) != sorted(FIELD.findall(source)) for form in forms):
            problems.append(f"{context}: {source!r} fills other fields than its translation {forms}")
        elif source.count("&") == 1 and not all(form.count("&") == 1 for form in forms):
            problems.append(f"{context}: {source!r} has a keyboard accelerator (&) its translation lacks")
    assert not problems, f"{len(problems)} in {catalogue.name}:\n" + "\n".join(problems[:30])


@pytest.mark.parametrize("language", [*FOREIGN, "en"])
def test_each_catalogue_compiles(tmp_path, language):
    result = subprocess.run([str(TOOLS / "pyside6-lrelease"), str(CATALOGUES / f"customsdesk_{language}.ts"),
                             "-qm", str(tmp_path / "out.qm")], capture_output=True, text=True)
    assert result.returncode == 0 and (tmp_path / "out.qm").stat().st_size > 0, result.stdout + result.stderr


def _phrase_makers(tree) -> dict[str, str]:
    """name → context of each ``name = in_context("Context")`` at the top of a module."""
    import ast

    makers = {}
    for node in tree.body:
        if (isinstance(node, ast.Assign) and isinstance(node.value, ast.Call)
                and getattr(node.value.func, "id", "") == "in_context" and len(node.targets) == 1):
            makers[node.targets[0].id] = node.value.args[0].value
    return makers


def test_a_stored_wording_is_marked_in_the_context_it_is_translated_in():
    """``said(QT_TRANSLATE_NOOP("Messaging", …))`` where ``said`` makes phrases of another context would be kept
    and never translated."""
    import ast

    wrong = []
    for path in sorted((ROOT / "core").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        makers = _phrase_makers(tree)
        imported = {alias.asname or alias.name for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)
                    and node.module == "core.messaging.channels" for alias in node.names}
        if "said" in imported:
            makers.setdefault("said", "Messaging")
        for call in (node for node in ast.walk(tree) if isinstance(node, ast.Call)):
            name = getattr(call.func, "id", "")
            marked = call.args[0] if call.args else None
            if (name in makers and isinstance(marked, ast.Call) and getattr(marked.func, "id", "") == "QT_TRANSLATE_NOOP"
                    and marked.args[0].value != makers[name]):
                wrong.append(f"{path.relative_to(ROOT)}:{call.lineno} {name} ({makers[name]}) ← {marked.args[0].value}")
    assert wrong == []
