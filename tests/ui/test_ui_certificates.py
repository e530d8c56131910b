"""The certificate window, the import and check dialogs, the expiry banner and the message at sign-in, and the
certificate lines of a communication parameter set; real workspaces, real certificate files."""
from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from colleagues import add_colleague
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12
from cryptography.x509.oid import NameOID
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from ui_helpers import SHARED

from core.communication import CommParams
from core.installation import open_context
from core.transport.certificate_files import CertificateFile
from core.transport.expiry_notices import mark_announced, warnings_to_announce
from simulator.demo import DEMO_PASSWORD
from ui.certificate_window import CertificateWindow
from ui.dialogs.certificate_import_dialog import (
    TEST_NOTE,
    CertificateCheckDialog,
    CertificateImportDialog,
    CustomsImportDialog,
)
from ui.dialogs.dates import set_optional_date
from ui.dialogs.settings_dialog import SettingsDialog
from ui.expiry_banner import NOTICE_TITLE, ExpiryBanner
from ui.models.certificates import NO_CERTIFICATE, TEST_ONLY

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "unit"))
from qualified_certificates import make_certificate, qc_statements

EORI = "CZ25596641"
OTHER_EORI = "CZ60826843"
DE_EORI = "DE415230871234567"
PASSWORD = "Seal-2026!"
REAL_CZ_SEAL = SHARED / "test-data" / "certs" / "qc_eseal_cz_szr_postsignum_qca4_2020.pem"


def certificate_and_key(days_left: int = 300, qualified: bool = True, name: str = "Spedice Brno seal"):
    """An EU qualified seal, or (qualified=False) a self-made certificate, with ``days_left`` whole days to go."""
    started = datetime.now(UTC) - timedelta(days=30) + timedelta(hours=12)
    return make_certificate(qc=qc_statements() if qualified else None, name=name, not_before=started,
                            days=30 + days_left)


def read_file(days_left: int = 300, qualified: bool = True, name: str = "Spedice Brno seal") -> CertificateFile:
    certificate, key = certificate_and_key(days_left, qualified, name)
    return CertificateFile(certificate, key, "PKCS#12")


def pfx_file(folder: Path, days_left: int = 300, qualified: bool = True, name: str = "Spedice Brno seal 2027") -> Path:
    certificate, key = certificate_and_key(days_left, qualified, name)
    path = folder / "seal.p12"
    path.write_bytes(pkcs12.serialize_key_and_certificates(b"seal", key, certificate, None,
                                                           BestAvailableEncryption(PASSWORD.encode())))
    return path


def pem_file(folder: Path, qualified: bool = False, with_key: bool = True, name: str = "Test seal") -> Path:
    certificate, key = certificate_and_key(qualified=qualified, name=name)
    data = certificate.public_bytes(serialization.Encoding.PEM)
    if with_key:
        data += key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                  serialization.NoEncryption())
    path = folder / f"{name.replace(' ', '-').lower()}.pem"
    path.write_bytes(data)
    return path


@pytest.fixture
def cert_window(qtbot):
    def make(workspace, parent=None) -> CertificateWindow:
        window = CertificateWindow(workspace, parent)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    return make


def column(window: CertificateWindow, header: str) -> dict[str, str]:
    """EORI -> the text of the column ``header`` in the participant table."""
    model = window.participant_model
    index = [c.header for c in model.columns].index(header)
    return {model.index(r, 0).data(): model.index(r, index).data() for r in range(model.rowCount())}


def shown(label) -> str:
    return "" if label.isHidden() else label.text()


# --- the participant certificates -------------------------------------------------------------------

def test_the_window_lists_the_demo_test_certificates_and_the_eori_without_one(demo_ws, cert_window):
    window = cert_window(demo_ws)

    assert window.windowTitle().startswith("Certificates")
    assert column(window, "Status") == {EORI: TEST_ONLY, OTHER_EORI: NO_CERTIFICATE, DE_EORI: TEST_ONLY,
                                        "PL5260001246": TEST_ONLY}
    assert column(window, "Organisation")[OTHER_EORI] == "Jihočeská doprava a.s."
    assert column(window, "Subject")[OTHER_EORI] == ""
    assert [window.tabs.tabText(i).replace("&", "") for i in range(3)] == [
        "Participant certificates", "Customs certificates", "Onboarding"]

    window.select_eori(OTHER_EORI)
    assert "has no participant certificate" in shown(window.checks.message)
    assert not window.export_button.isEnabled() and "no certificate" in window.export_button.toolTip()


def test_check_lines_mark_a_qualified_seal_and_a_self_made_certificate(context, cert_window):
    context.certificates.import_participant(EORI, read_file(qualified=True))
    context.certificates.import_participant(OTHER_EORI, read_file(qualified=False, name="Own test seal"))
    window = cert_window(context)

    window.select_eori(EORI)
    assert window.checks.marks() == ["✔", "✔", "✔", "✔", "✔", "✔", "✔", "ℹ"]
    assert window.checks.line_texts()[0] == "✔ EU qualified (QcCompliance): QcCompliance present: issued as an EU qualified certificate"
    assert window.checks.verdict.text().startswith("Suitable for signing customs messages: yes")
    assert "bold" in window.checks.verdict.styleSheet()
    assert column(window, "Status")[EORI] == "Suitable for customs"

    window.select_eori(OTHER_EORI)
    assert window.checks.marks()[:3] == ["✘", "✘", "ℹ"]
    assert window.checks.verdict.text().startswith("Suitable for signing customs messages: no — because it is not an EU qualified")
    assert column(window, "Status")[OTHER_EORI] == TEST_ONLY


def test_a_wrong_password_imports_nothing_and_the_right_one_updates_table_history_and_banner(
        demo_ws, window, modal, tmp_path, qtbot):
    main = window(demo_ws)
    certificates = main.open_certificates()
    certificates.select_eori(EORI)
    path = pfx_file(tmp_path, days_left=20)
    seen = {}

    def import_with_passwords(dialog: CertificateImportDialog) -> None:
        dialog.load_file(path)
        seen["asked"] = dialog.password_row_visible and "protected by a password" in shown(dialog.form.error_label("password"))
        dialog.password.setText("wrong password")
        dialog.open_with_password()
        seen["error"] = shown(dialog.form.error_label("password"))
        seen["cleared"] = dialog.password.text() == ""
        seen["import enabled"] = dialog.import_button.isEnabled()
        seen["history"] = len(demo_ws.certificates.history(EORI))
        dialog.password.setText(PASSWORD)
        dialog.open_with_password()
        seen["replaces"] = dialog.replaces.text()
        seen["after opening"] = (dialog.password.text(), dialog.import_button.isEnabled())
        dialog.accept()

    modal.answer(handle=import_with_passwords)
    dialog = certificates.import_certificate()

    assert seen["asked"] and seen["cleared"] and not seen["import enabled"]
    assert seen["error"].startswith("The password does not open seal.p12")
    assert seen["history"] == 1
    assert seen["replaces"].startswith(f"CN={EORI} valid until")
    assert seen["after opening"] == ("", True)
    assert dialog.imported is not None and not dialog.imported.row.is_test
    assert "Spedice Brno seal 2027" in column(certificates, "Subject")[EORI]
    assert column(certificates, "Status")[EORI].startswith("Expires in 2")
    assert [row.replaced_at is None for row in certificates.history_model.records()] == [True, False]
    for banner in (certificates.banner, main.expiry_banner):
        assert banner.isVisibleTo(banner.window()) and banner.severity == "warning"
        assert "Spedice Brno seal 2027" in banner.text.text()


def test_the_import_dialog_marks_a_test_certificate_and_refuses_it_where_production_needs_a_seal(
        demo_ws, tmp_path, qtbot):
    demo_ws.params.save(CommParams(name="CZ NCTS production", administration="CZ", environment="production",
                                   eori=OTHER_EORI, ncts_permit_number="P-1", gateway="https://gateway.example/ncts"))
    dialog = CertificateImportDialog(demo_ws, eori=EORI)
    qtbot.addWidget(dialog)
    assert dialog.load_file(pem_file(tmp_path))
    assert shown(dialog.test_note) == TEST_NOTE + "."
    assert dialog.checks.marks()[0] == "✘"

    dialog.eori.setEditText(OTHER_EORI)
    assert "will be refused" in shown(dialog.test_note)
    assert dialog.replaces.text().startswith("nothing")
    dialog.accept()

    assert "is not fit for that" in shown(dialog.certificate_error)
    assert dialog.imported is None and demo_ws.certificates.participant_for(OTHER_EORI) is None


def test_an_invalid_eori_is_shown_under_the_eori_field(demo_ws, tmp_path, qtbot):
    dialog = CertificateImportDialog(demo_ws)
    qtbot.addWidget(dialog)
    dialog.load_file(pem_file(tmp_path))
    dialog.eori.setEditText("25596641")
    dialog.accept()

    assert "country prefix" in shown(dialog.form.error_label("eori"))
    assert dialog.imported is None


def test_export_writes_the_public_certificate_only(demo_ws, cert_window, tmp_path):
    window = cert_window(demo_ws)
    window.select_eori(DE_EORI)

    written = window.export_selected(tmp_path / "hafen.pem")

    text = written.read_text()
    assert text.startswith("-----BEGIN CERTIFICATE-----") and "PRIVATE KEY" not in text
    assert x509.load_pem_x509_certificate(text.encode()) == demo_ws.certificates.participant_for(DE_EORI).certificate


@pytest.mark.sqlite_file
def test_export_onto_the_data_folders_own_files_is_refused_with_a_message(demo_ws, cert_window, modal):
    window = cert_window(demo_ws)
    window.select_eori(DE_EORI)
    own = [demo_ws.data_dir / "customsdesk.sqlite", demo_ws.data_dir / "secrets.key"]
    before = {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in own}

    for path in own:
        modal.answer(QMessageBox.StandardButton.Ok)
        assert window.export_selected(path) is None

    assert [(seen.title, str(path) in seen.text) for seen, path in zip(modal.seen, own)] == \
        [("Export public certificate", True)] * 2
    assert all("never writes an export over it" in seen.text for seen in modal.seen)
    assert {path: (path.read_bytes(), path.stat().st_mtime_ns) for path in own} == before
    assert "written" not in window.statusBar().currentMessage()


def test_export_replaces_a_file_the_save_dialog_confirmed(demo_ws, cert_window, tmp_path):
    window = cert_window(demo_ws)
    window.select_eori(DE_EORI)
    target = tmp_path / "chosen.pem"
    target.write_text("replaced once the dialog asked\n")

    assert window.export_selected(target) == target  # the file dialog asked before replacing it

    assert target.read_text().startswith("-----BEGIN CERTIFICATE-----")


def test_checking_a_file_shows_its_checks_and_imports_nothing(demo_ws, qtbot):
    dialog = CertificateCheckDialog(demo_ws)
    qtbot.addWidget(dialog)
    before = demo_ws.certificates.participants()

    assert dialog.load_file(REAL_CZ_SEAL)

    assert dialog.checks.marks()[:2] == ["✔", "✔"]  # an EU qualified seal…
    assert "it expired on 2021-03-10" in dialog.checks.verdict.text()  # …that has expired
    assert demo_ws.certificates.participants() == before


# --- customs certificates ---------------------------------------------------------------------------

def test_a_customs_certificate_with_a_takes_effect_date_is_listed_as_taking_effect(demo_ws, cert_window, modal, tmp_path):
    window = cert_window(demo_ws)
    start = date.today() + timedelta(days=40)

    def import_customs(dialog: CustomsImportDialog) -> None:
        dialog.load_file(pem_file(tmp_path, with_key=False, name="DE ATLAS encryption 2027"))
        dialog.administration.setCurrentIndex(dialog.administration.findData("DE"))
        dialog.environment.setCurrentIndex(dialog.environment.findData("test"))
        set_optional_date(dialog.takes_effect, start)
        dialog.accept()

    modal.answer(handle=import_customs)
    dialog = window.import_customs()

    assert dialog.saved is not None
    statuses = {(r.certificate.administration, r.certificate.environment, _common_name(r.certificate.certificate)):
                r.status for r in window.customs_model.records()}
    assert statuses[("DE", "test", "DE ATLAS encryption 2027")] == f"Takes effect on {start}"
    assert statuses[("DE", "test", "Customs simulator (training)")] == "In use"
    assert window.tabs.currentIndex() == 1


# --- rights --------------------------------------------------------------------------------------

def test_a_declarant_sees_everything_but_cannot_import(demo_ws, cert_window):
    jan = open_context(demo_ws.data_dir, user="jan", password=DEMO_PASSWORD)
    try:
        window = cert_window(jan)
        reason = jan.access.why_not_manager("manage certificates")

        assert reason and "declarant" in reason
        for button in (window.import_button, window.customs_import_button):
            assert not button.isEnabled() and button.toolTip() == reason
        assert window.export_button.isEnabled() and window.check_button.isEnabled()
        assert column(window, "Status")[OTHER_EORI] == NO_CERTIFICATE and len(column(window, "Status")) == 4
        assert not window.read_only_note.isHidden() and reason in window.read_only_note.text()
        window.close()
    finally:
        jan.close()


# --- the banner and the message at sign-in -----------------------------------------------------------

def test_the_banner_shows_the_most_urgent_warning_in_its_colour_and_hides_when_dismissed(context, qtbot):
    context.certificates.import_participant(EORI, read_file(days_left=50))
    banner = ExpiryBanner(context)
    qtbot.addWidget(banner)
    assert banner.severity == "warning" and not banner.isHidden()
    assert banner.text.text().startswith(f"The participant certificate of EORI {EORI}")

    context.certificates.import_participant(OTHER_EORI, read_file(days_left=10))
    banner.refresh()
    assert banner.severity == "critical"
    assert banner.text.text().startswith(f"The participant certificate of EORI {OTHER_EORI}")
    assert banner.text.text().endswith("— and 1 more")

    banner.dismiss()
    banner.refresh()
    assert banner.isHidden()


def test_an_expired_certificate_cannot_be_dismissed(context, qtbot):
    context.certificates.import_participant(EORI, read_file(days_left=5))
    banner = ExpiryBanner(context)
    qtbot.addWidget(banner)
    later = datetime.now(UTC) + timedelta(days=8)

    banner.refresh(at=later)
    banner.dismiss()

    assert not banner.isHidden() and banner.close_button.isHidden()
    assert banner.severity == "critical" and "expired on" in banner.text.text()


def test_the_banner_is_hidden_without_warnings(demo_ws, qtbot):
    banner = ExpiryBanner(demo_ws)
    qtbot.addWidget(banner)
    assert banner.isHidden() and banner.warnings == []


def test_each_threshold_is_announced_once_per_user(context, org):
    context.certificates.import_participant(EORI, read_file(days_left=25))
    first = warnings_to_announce(context)
    assert [w.threshold for w in first] == ["30 days"]

    mark_announced(context, first)
    assert warnings_to_announce(context) == []
    assert [w.threshold for w in warnings_to_announce(context, at=datetime.now(UTC) + timedelta(days=12))] == ["14 days"]
    bob = add_colleague(context, "bob", role="officer")
    try:
        assert [w.threshold for w in warnings_to_announce(bob)] == ["30 days"]
    finally:
        bob.close()


def test_the_main_window_tells_of_new_warnings_once_at_sign_in(context, window, qtbot):
    context.certificates.import_participant(EORI, read_file(days_left=25))
    first = window(context)
    qtbot.waitUntil(lambda: first.expiry_banner.notice is not None)
    notice = first.expiry_banner.notice
    assert notice.windowTitle() == NOTICE_TITLE and EORI in notice.text()
    notice.close()

    second = window(context)
    qtbot.wait(50)
    assert second.expiry_banner.notice is None
    assert not second.expiry_banner.isHidden()


def test_settings_certificates_opens_the_certificate_window(demo_ws, window):
    main = window(demo_ws)
    settings = [a.menu() for a in main.menuBar().actions() if a.menu() and a.menu().title() == "&Settings"]
    assert [a.objectName() for a in settings[0].actions()] == ["settings", "certificates"]

    main.actions["certificates"].trigger()

    opened = main.findChild(CertificateWindow)
    assert opened is not None and opened.isVisible()


# --- communication parameter sets ------------------------------------------------------------------

def test_the_parameter_set_form_shows_its_certificates(demo_ws, qtbot):
    dialog = SettingsDialog(demo_ws)
    qtbot.addWidget(dialog)
    page = dialog.ncts
    assert page.eori.text() == EORI and page.environment.currentData() == "training"
    assert page.participant_certificate.text() == (
        f"Participant certificate: CN={EORI} valid until "
        f"{demo_ws.certificates.participant_for(EORI).not_after:%Y-%m-%d} — test certificate — training only")
    assert page.customs_certificate.text().startswith(
        "Customs encryption certificate: CN=Customs simulator (training) in effect since")

    page.environment.setCurrentIndex(page.environment.findData("production"))
    assert page.participant_certificate.text().endswith("a production set cannot send with a test certificate")
    assert "#c0392b" in page.participant_certificate.styleSheet()
    assert page.customs_certificate.text().startswith("Customs encryption certificate: none")

    page.eori.setText(OTHER_EORI)
    assert page.participant_certificate.text() == "Participant certificate: none: import it in Settings ▸ Certificates"


def test_a_customs_rollover_is_shown_as_the_next_certificate(demo_ws, qtbot):
    successor, _ = certificate_and_key(name="Customs simulator 2027")
    start = date.today() + timedelta(days=30)
    demo_ws.certificates.import_customs("CZ", "training", successor, start)
    dialog = SettingsDialog(demo_ws)
    qtbot.addWidget(dialog)

    assert dialog.ncts.customs_certificate.text().endswith(f", next: CN=Customs simulator 2027 from {start}")

    window = dialog.ncts.open_certificates()
    assert window.isVisible() and window.windowModality() == Qt.WindowModality.WindowModal
    window.close()


def _common_name(certificate: x509.Certificate) -> str:
    return certificate.subject.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value
