"""Importing participant certificates (one per EORI, with history), customs certificates taking effect on a
date, public export and expiry warnings (spec 03 §3.1), on a real database."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from qualified_certificates import make_certificate, qc_statements
from unit_shared import SHARED

from core.communication import CommParams
from core.errors import CannotSend, ValidationError
from core.transport.certificate_files import CertificateFile, read_certificate_file
from core.installation import open_context
from simulator.pki import REGISTERED_FOLDER, SIMULATOR_FOLDER, TRAINING_HOOKS, registered_certificates
from core.transport.expiry import threshold_for

EORI = "CZ25596641"
NOW = datetime.now(UTC)
REAL_CZ_SEAL = SHARED / "test-data" / "certs" / "qc_eseal_cz_szr_postsignum_qca4_2020.pem"
REAL_WITHOUT_KEY = SHARED / "test-data" / "certs" / "qc_multi_type_zlint_limit_value.pem"  # valid until 2029


def seal_file(days_left: int = 300, qualified: bool = True, name: str = "Spedice Brno seal") -> CertificateFile:
    """A certificate file with its key: an EU qualified seal, or (qualified=False) a self-made test certificate."""
    certificate, key = make_certificate(qc=qc_statements() if qualified else None, name=name,
                                        not_before=NOW - timedelta(days=30), days=30 + days_left)
    return CertificateFile(certificate, key, "PKCS#12")


def add_params(context, environment: str, eori: str = EORI) -> CommParams:
    return context.params.save(CommParams(name=f"CZ NCTS {environment}", administration="CZ", environment=environment,
                                     eori=eori, ncts_permit_number="P-1", gateway="https://gateway.example/ncts"))


def test_a_qualified_seal_is_imported_for_production_and_signs_for_every_administration(workspace):
    result = workspace.certificates.import_participant("cz 25596641", seal_file())

    assert result.inspection.suitable and not result.row.is_test and result.replaced is None
    assert (result.row.eori, result.row.file_format, result.row.added_by) == (EORI, "PKCS#12", workspace.user)
    for administration in ("CZ", "DE", "PL"):
        signer = workspace.certificates.participant(EORI, administration, "production")
        assert signer.certificate == result.row.certificate


def test_a_self_made_certificate_is_kept_as_a_test_certificate_for_training_only(workspace):
    result = workspace.certificates.import_participant(EORI, seal_file(qualified=False))

    assert result.row.is_test and not result.inspection.suitable
    assert workspace.certificates.participant(EORI, "CZ", "training").certificate == result.row.certificate
    with pytest.raises(CannotSend, match="is a test certificate, not fit for CZ NCTS production"):
        workspace.certificates.participant(EORI, "CZ", "production")


def test_an_eori_that_sends_in_production_refuses_an_unsuitable_certificate_and_keeps_its_own(workspace):
    current = workspace.certificates.import_participant(EORI, seal_file()).row
    add_params(workspace, "production")

    with pytest.raises(ValidationError) as caught:
        workspace.certificates.import_participant(EORI, seal_file(qualified=False, name="Self-made"))

    [error] = caught.value.errors
    assert error.field == "certificate"
    assert "'CZ NCTS production'" in error.message and "not an EU qualified certificate" in error.message
    assert "Import the qualified seal certificate issued for CZ25596641" in error.message
    assert workspace.certificates.participant_for(EORI).id == current.id


def test_a_new_certificate_replaces_the_old_one_which_stays_in_the_history(workspace):
    first = workspace.certificates.import_participant(EORI, seal_file(name="Seal 2025")).row
    second = workspace.certificates.import_participant(EORI, seal_file(name="Seal 2026"))

    assert second.replaced.id == first.id
    assert workspace.certificates.participant_for(EORI).id == second.row.id
    history = workspace.certificates.history(EORI)
    assert [row.subject.split(",")[-1] for row in history] == ["CN=Seal 2026", "CN=Seal 2025"]
    assert history[0].replaced_at is None and history[1].replaced_at is not None
    assert [row.id for row in workspace.certificates.participants()] == [second.row.id]


def test_a_renewal_imported_ahead_of_time_starts_on_its_first_day(workspace):
    old = workspace.certificates.import_participant(EORI, seal_file(days_left=20)).row
    certificate, key = make_certificate(qc=qc_statements(), not_before=NOW + timedelta(days=10), days=365)
    workspace.certificates.import_participant(EORI, CertificateFile(certificate, key, "PEM"))

    assert workspace.certificates.participant(EORI, "CZ", "production").certificate == old.certificate
    later = NOW + timedelta(days=11)
    assert workspace.certificates.participant(EORI, "CZ", "production", at=later).certificate == certificate


def test_the_real_czech_qualified_seal_of_2020_is_refused_because_it_expired(workspace):
    with pytest.raises(ValidationError, match="expired on 2021-03-10: import the renewed certificate"):
        workspace.certificates.import_participant(EORI, read_certificate_file(REAL_CZ_SEAL))
    assert workspace.certificates.participant_for(EORI) is None


def test_a_real_certificate_without_its_private_key_cannot_sign(workspace):
    with pytest.raises(ValidationError) as caught:
        workspace.certificates.import_participant(EORI, read_certificate_file(REAL_WITHOUT_KEY))

    assert [e.field for e in caught.value.errors] == ["private_key"]
    assert "import the PKCS#12/PFX file" in caught.value.errors[0].message
    assert workspace.certificates.participant_for(EORI) is None


def test_export_writes_the_public_certificate_only(workspace, tmp_path):
    row = workspace.certificates.import_participant(EORI, seal_file()).row

    pem = workspace.certificates.export_public(row.id, tmp_path / "seal.pem").read_bytes()
    der = workspace.certificates.export_public(row.id, tmp_path / "seal.cer").read_bytes()

    assert x509.load_pem_x509_certificate(pem) == row.certificate == x509.load_der_x509_certificate(der)
    assert b"PRIVATE KEY" not in pem and pem.count(b"BEGIN") == 1


def test_export_to_a_folder_that_cannot_be_written_names_the_file(workspace, tmp_path):
    row = workspace.certificates.import_participant(EORI, seal_file()).row
    with pytest.raises(ValidationError, match="Cannot write .*missing.*Choose another folder"):
        workspace.certificates.export_public(row.id, tmp_path / "missing" / "seal.pem")


def test_import_registers_the_certificate_with_the_training_simulator(data_dir):
    workspace = open_context(data_dir, user="alice", hooks=TRAINING_HOOKS)
    (workspace.data_dir / SIMULATOR_FOLDER).mkdir()
    row = workspace.certificates.import_participant(EORI, seal_file(qualified=False)).row

    assert registered_certificates(workspace.data_dir / SIMULATOR_FOLDER) == [row.certificate]
    files = list((workspace.data_dir / SIMULATOR_FOLDER / REGISTERED_FOLDER).iterdir())
    assert len(files) == 1 and b"PRIVATE" not in files[0].read_bytes()


def test_customs_certificate_takes_effect_on_its_date(workspace):
    current, _ = make_certificate(name="Customs 2026", not_before=NOW - timedelta(days=300), days=400)
    successor, _ = make_certificate(name="Customs 2027", not_before=NOW - timedelta(days=5), days=700)
    workspace.certificates.import_customs("CZ", "production", current)
    row = workspace.certificates.import_customs("CZ", "production", successor, takes_effect=(NOW + timedelta(days=14)).date())

    assert row.takes_effect.date() == (NOW + timedelta(days=14)).date()
    assert workspace.certificates.customs("CZ", "production") == current
    assert workspace.certificates.customs("CZ", "production", at=NOW + timedelta(days=15)) == successor
    assert [r.subject.split(",")[-1] for r in workspace.certificates.customs_rows("CZ")] == ["CN=Customs 2026", "CN=Customs 2027"]


@pytest.mark.parametrize(("days", "threshold"), [
    (100, None), (71, None), (70, "10 weeks"), (31, "10 weeks"), (30, "30 days"), (15, "30 days"),
    (14, "14 days"), (8, "14 days"), (7, "7 days"), (0, "7 days"), (-1, "expired"),
])
def test_warning_thresholds(days, threshold):
    assert threshold_for(days) == threshold


def test_warnings_name_the_certificate_the_date_and_what_to_do(workspace):
    workspace.certificates.import_participant(EORI, seal_file(days_left=60))
    workspace.certificates.import_participant("CZ12345678", seal_file(days_left=10, name="Other seal"))
    workspace.certificates.import_participant("DE415230871234567", seal_file(days_left=200, name="Fine seal"))

    warnings = workspace.certificates.warnings()

    assert [(w.certificate.eori, w.threshold) for w in warnings] == [("CZ12345678", "14 days"), (EORI, "10 weeks")]
    assert "order the renewal now, a new certificate takes 8–10 weeks" in warnings[1].text
    assert "in 10 days" in warnings[0].text or "in 9 days" in warnings[0].text
    assert "Import the renewed certificate in Settings ▸ Certificates" in warnings[0].text


def test_an_expired_certificate_is_warned_about_as_blocking(workspace):
    certificate, key = make_certificate(not_before=NOW - timedelta(days=400), days=390)
    workspace.certificates.add("participant", "CZ", "training", certificate, key, eori=EORI, is_test=True)

    [warning] = workspace.certificates.warnings()

    assert warning.expired and "messages of CZ25596641 cannot be sent" in warning.text


def test_a_customs_certificate_with_a_stored_successor_is_not_warned_about(workspace):
    ending, _ = make_certificate(name="Customs 2026", not_before=NOW - timedelta(days=300), days=320)
    workspace.certificates.import_customs("DE", "production", ending)
    [warning] = workspace.certificates.warnings()
    assert "customs encryption certificate of DE ATLAS production" in warning.text

    successor, _ = make_certificate(name="Customs 2027", not_before=NOW, days=700)
    workspace.certificates.import_customs("DE", "production", successor, takes_effect=(NOW + timedelta(days=10)).date())
    assert workspace.certificates.warnings() == []


def test_a_declarant_cannot_import_certificates(workspace):
    from colleagues import add_colleague

    jan = add_colleague(workspace, "jan", role="declarant")
    try:
        with pytest.raises(Exception, match="manage certificates"):
            jan.certificates.import_participant(EORI, seal_file())
    finally:
        jan.close()
    assert workspace.certificates.participant_for(EORI) is None


@pytest.mark.sqlite_file
def test_private_key_of_an_imported_certificate_is_not_in_the_database_in_clear(workspace):
    read = seal_file()
    workspace.certificates.import_participant(EORI, read)
    der = read.private_key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                                         serialization.NoEncryption())
    workspace.db.execute("PRAGMA wal_checkpoint(FULL)")
    data = b"".join(p.read_bytes() for p in workspace.data_dir.glob("customsdesk.sqlite*"))
    assert der[-64:] not in data and b"PRIVATE KEY" not in data


def test_an_expired_certificate_is_refused_at_import(workspace):
    certificate, key = make_certificate(qc=qc_statements(), not_before=NOW - timedelta(days=400), days=390)
    with pytest.raises(ValidationError, match="expired on .*: import the renewed certificate"):
        workspace.certificates.import_participant(EORI, CertificateFile(certificate, key, "PKCS#12"))
    assert workspace.certificates.participant_for(EORI) is None
