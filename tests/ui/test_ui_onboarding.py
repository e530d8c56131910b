"""The onboarding page of the certificate manager: checklists, saving steps, errors in place, exporting, rights."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from colleagues import add_colleague
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from core.communication import CommParams
from core.communication.onboarding import SEA_FREIGHT_ONLY
from ui import file_dialogs
from ui.onboarding_page import (
    NO_CERTIFICATE,
    NO_CHECKLISTS,
    NO_PARTICIPANT_CODE,
    OnboardingPage,
)

DE_EORI = "DE415230871234567"


@pytest.fixture
def page_for(qtbot):
    def make(workspace) -> OnboardingPage:
        page = OnboardingPage(workspace)
        qtbot.addWidget(page)
        page.resize(1100, 760)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def row_texts(page: OnboardingPage) -> list[str]:
    return [page.model.index(row).data(Qt.ItemDataRole.DisplayRole) for row in range(page.model.rowCount())]


def choose_state(editor, state: str) -> None:
    editor.state.setCurrentIndex(editor.state.findData(state))


def shown_error(editor, field: str) -> str:
    label = editor.form.error_label(field)
    return "" if label.isHidden() else label.text()


def test_the_page_lists_each_eori_and_administration_with_its_progress(demo_ws, page_for):
    page = page_for(demo_ws)

    assert row_texts(page) == [
        "CZ25596641 · CZ NCTS — 0 of 4 done\nSpedice Brno s.r.o.",
        f"{DE_EORI} · DE ATLAS — 0 of 4 done\nHafen Logistik GmbH",
        "PL5260001246 · PL NCTS — 0 of 4 done\nTranspol Sp. z o.o.",
    ]
    assert page.current().eori == "CZ25596641"
    assert page.editors["apply"].hint.text().startswith("The participant certificate was imported on")
    assert page.read_only_note.isHidden()


def test_saving_a_step_stores_it_and_shows_the_progress(demo_ws, page_for, qtbot):
    page = page_for(demo_ws)
    assert page.select(DE_EORI, "DE")
    editor = page.editors["apply"]

    choose_state(editor, "done")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)

    step = demo_ws.onboarding.checklist(DE_EORI, "DE").step("apply")
    assert (step.state, step.done_on, step.changed_by) == ("done", demo_ws.access.today(), "alice")
    assert row_texts(page)[1].startswith(f"{DE_EORI} · DE ATLAS — 1 of 4 done")
    assert "1 of 4 done" in page.heading.text() and editor.saved_label.text() == "Saved."
    assert "done" in editor.title.text() and "Last changed by alice" in editor.changed_label.text()


def test_a_refused_step_shows_the_reason_next_to_its_field_and_stores_nothing(demo_ws, page_for):
    page = page_for(demo_ws)
    editor = page.editors["send_password"]

    choose_state(editor, "done")
    assert not editor.save()

    assert "ticket number" in shown_error(editor, "state")
    assert shown_error(editor, "note") == "" and editor.general.isHidden()
    assert demo_ws.onboarding.checklist("CZ25596641", "CZ").step("send_password").state == "open"


def test_a_step_not_needed_offers_the_sea_freight_reason(demo_ws, page_for):
    page = page_for(demo_ws)
    editor = page.editors["apply"]

    choose_state(editor, "not_needed")
    assert editor.note.toPlainText() == SEA_FREIGHT_ONLY
    editor.note.setPlainText("")
    assert not editor.save()
    assert "sea-freight" in shown_error(editor, "note")

    editor.note.setPlainText("Port orders only.")
    assert editor.save()
    assert demo_ws.onboarding.checklist("CZ25596641", "CZ").step("apply").note == "Port orders only."
    assert row_texts(page)[0].startswith("CZ25596641 · CZ NCTS — 0 of 3 done (1 not needed)")


def test_a_ticket_number_updates_the_password_step_and_keeps_its_unsaved_note(demo_ws, page_for):
    page = page_for(demo_ws)
    password, gateway = page.editors["send_password"], page.editors["send_to_gateway"]
    password.note.setPlainText("call first")
    assert "Wait for the ticket number" in password.hint.text()

    choose_state(gateway, "done")
    gateway.reference.setText("T-2025-0042")
    assert gateway.save()

    assert "T-2025-0042" in password.hint.text()
    assert password.note.toPlainText() == "call first"
    choose_state(password, "done")
    assert password.save()
    assert row_texts(page)[0].startswith("CZ25596641 · CZ NCTS — 2 of 4 done")


def test_exporting_writes_the_public_certificate_without_its_key(demo_ws, page_for, tmp_path, monkeypatch):
    target = tmp_path / "to-customs.pem"

    class SaveDialog:
        @staticmethod
        def getSaveFileName(*args, **kwargs):
            return str(target), ""

    monkeypatch.setattr(file_dialogs, "QFileDialog", SaveDialog)
    page = page_for(demo_ws)
    editor = page.editors["register"]
    assert editor.export_button.isEnabled()

    editor.export_button.click()

    data = target.read_bytes()
    assert data.startswith(b"-----BEGIN CERTIFICATE-----") and b"PRIVATE KEY" not in data
    assert x509.load_pem_x509_certificate(data) == demo_ws.certificates.participant_for("CZ25596641").certificate
    assert "to-customs.pem" in editor.saved_label.text()


@pytest.fixture
def without_certificate(context):
    """A parameter set for an EORI that has no participant certificate yet, and none with a participant code."""
    context.params.save(CommParams(name="CZ NCTS production", administration="CZ", environment="production",
                              eori="CZ60826843"))
    return context


def test_without_a_certificate_the_export_is_disabled_with_the_reason(without_certificate, page_for):
    page = page_for(without_certificate)
    editor = page.editors["register"]

    assert not editor.export_button.isEnabled() and editor.export_button.toolTip() == NO_CERTIFICATE
    assert "Import the participant certificate" in editor.hint.text()
    choose_state(editor, "done")
    assert not editor.save() and "none is imported" in shown_error(editor, "state")


def test_the_mail_subject_is_copied_when_there_is_a_participant_code(demo_ws, page_for):
    page = page_for(demo_ws)
    assert page.select("PL5260001246", "PL")
    copy = page.editors["send_to_gateway"].copy_button
    assert not copy.isEnabled() and copy.toolTip() == NO_PARTICIPANT_CODE

    assert page.select(DE_EORI, "DE")
    copy.click()
    assert QGuiApplication.clipboard().text() == "Einrichtung WKS, DE-WKS-0815"


def test_a_declarant_sees_the_checklist_read_only_with_the_reason(demo_ws, page_for):
    jan = add_colleague(demo_ws, "jan2", role="declarant")
    try:
        page = page_for(jan)
        editor = page.editors["apply"]

        assert not page.read_only_note.isHidden() and "declarant" in page.read_only_note.text()
        assert not editor.save_button.isEnabled() and "declarant" in editor.save_button.toolTip()
        assert not editor.state.isEnabled() and not editor.note.isEnabled()
        assert page.editors["register"].export_button.isEnabled()  # the public certificate is not a secret
    finally:
        jan.close()


def test_without_parameter_sets_the_page_says_where_to_start(context, page_for):
    page = page_for(context)

    assert page.model.rowCount() == 0
    assert not page.empty_note.isHidden() and page.empty_note.text() == NO_CHECKLISTS
    assert all(editor.isHidden() for editor in page.editors.values())


def test_refresh_shows_a_certificate_imported_meanwhile(without_certificate, page_for):
    page = page_for(without_certificate)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    without_certificate.certificates.add("participant", "CZ", "training", self_signed(key), key, eori="CZ60826843")

    page.refresh()

    assert page.editors["register"].export_button.isEnabled()
    assert "imported on" in page.editors["apply"].hint.text()


def self_signed(key) -> x509.Certificate:
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Jihočeská doprava a.s.")])
    now = datetime.now(UTC)
    return (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=1))
            .not_valid_after(now + timedelta(days=365)).sign(key, hashes.SHA256()))
