"""Render the main windows with demo data to PNG files: ``python -m tools.screenshots DIR``."""
from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from core.context import UserContext
from core.guarantees.model import Guarantee
from core.installation import open_context
from core.messages import explain
from core.messaging.answers import meaning_of
from core.messaging.channels import unreachable
from core.messaging.store import MessageStore, stamp
from core.store.office import OfficeStatus
from core.wording import Phrase, Value, english, joined
from simulator.demo import load_demo
from ui.app import create_application
from ui.dialogs.guarantee_editor import GuaranteeEditor
from ui.dialogs.office_picker import OfficePicker
from ui.dialogs.organisation_editor import OrganisationEditor
from ui.dialogs.settings_dialog import SettingsDialog
from ui.language import start_in_language
from ui.main_window import MainWindow
from ui.models.navigation import NodeKind
from ui.theme import apply_theme

SAMPLE_GATEWAY = "http://127.0.0.1:8720/|sample"  # where the sample deliveries pretend to come from
SCREEN = (1366, 768)  # a common laptop: every window is rendered at most this large
SCALE_VARIABLE = "CUSTOMSDESK_SHOT_SCALE"  # render_scaled: the same windows on a screen at 200 %
_theme = "light"  # Fusion light; render_dark renders some windows again in Fusion dark
_language = os.environ.get("CUSTOMSDESK_SHOT_LANGUAGE", "en")  # render_languages: again in cs, de and pl


def _application():
    """The application in the theme and language being rendered (not the user's: shots are the same everywhere)."""
    app = create_application([])
    apply_theme(_theme, app)
    start_in_language(app, _language)
    return app


def use_laptop_screen() -> None:
    """Before the application starts: Qt's offscreen screen 1366×768 (its default is 800×800), so that windows
    are placed and kept within what a laptop shows."""
    import json

    if os.environ.get("QT_QPA_PLATFORM") != "offscreen":
        return
    scale = int(os.environ.get(SCALE_VARIABLE, "1"))  # 2: a screen of twice the pixels, shown at 200 %
    config = Path(tempfile.mkdtemp(prefix="customsdesk-screen-")) / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SCREEN[0] * scale,
                                               "height": SCREEN[1] * scale, "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"
    if scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(scale)


def _save(widget: QWidget, path: Path) -> None:
    widget.show()
    QApplication.processEvents()
    widget.grab().save(str(path))
    print(path)


def _start(out: Path, context: UserContext | None = None) -> tuple[QApplication, UserContext, bool]:
    """The output folder and the application; ``context``, or else the demo in a new temporary folder
    (the flag says so: the caller closes a context it did not get)."""
    out.mkdir(parents=True, exist_ok=True)
    app = _application()
    if context is not None:
        return app, context, False
    context = open_context(Path(tempfile.mkdtemp(prefix="customsdesk-shots-")), user="jana")
    load_demo(context)
    return app, context, True


def render_all(out: Path) -> list[Path]:
    app, context, _ = _start(out)
    window = MainWindow(context)
    window.resize(*SCREEN)
    window.show()
    app.processEvents()
    org_node = window.navigation.find(NodeKind.ORGANISATION, context.organisations.list()[0].id)
    org_index = window.navigation.index_of(org_node)
    window.tree.expand(window.navigation.index_of(window.navigation.ncts_node))
    window.tree.expand(org_index)
    window.tree.setCurrentIndex(org_index)
    _save(window, out / "main-window.png")
    window.statusBar().showMessage(f"Send and receive: 1 to be sent again later. Problem: "
                                   f"{unreachable('http://127.0.0.1:8720')}")
    _save(window, out / "main-window-status-message.png")
    window.statusBar().clearMessage()

    guarantee = next(g for g in context.guarantees.list() if g.type == "1" and g.grn.startswith("25CZ52"))
    editor = GuaranteeEditor(context, guarantee, parent=window)
    _save(editor, out / "guarantee-editor.png")
    editor.tabs.setCurrentIndex(1)
    editor.show_codes.setChecked(True)
    _save(editor, out / "guarantee-editor-access-codes.png")
    editor.close()

    failing = GuaranteeEditor(context, guarantee, parent=window)
    failing.grn.setText("01GB1234567890120")
    failing.accept()
    _save(failing, out / "guarantee-editor-check-digit.png")
    failing.close()

    org_editor = OrganisationEditor(context, parent=window)
    org_editor.eori.setText("C25596641")
    org_editor.accept()
    _save(org_editor, out / "organisation-editor-errors.png")
    org_editor.close()

    picker = OfficePicker(context.catalogue, "CZ", parent=window)
    _save(picker, out / "office-picker.png")
    picker.close()
    settings = SettingsDialog(context, window)
    _save(settings, out / "settings-ncts.png")
    settings.tabs.setCurrentWidget(settings.reference)
    _save(settings, out / "settings-reference-data.png")
    settings.tabs.setCurrentWidget(settings.appearance)
    _save(settings, out / "settings-appearance.png")
    settings.tabs.setCurrentWidget(settings.office)
    settings.office.office.setChecked(True)
    settings.office.url.setText("postgresql://clerk@office-server/customsdesk?sslmode=require")
    # as a connection test with a password typed says
    settings.office.show_answer((OfficeStatus(server_version="15.18", schema_version=12, tls="TLSv1.3"),
                                 "SecretService Keyring"))
    _save(settings, out / "settings-office-database.png")
    settings.close()
    window.close()
    context.close()
    return sorted(out.glob("*.png"))



# --- accounts ----------------------------------------------------------------------------------

SHOT_PASSWORD = "a sentence to remember"


def render_accounts(out: Path) -> list[Path]:
    """The first start's administrator, signing in (after a wrong password), changing it, the locked window."""
    from ui.account import lock_window
    from ui.dialogs.change_password_dialog import ChangePasswordDialog
    from ui.dialogs.create_admin_dialog import CreateAdminDialog
    from ui.dialogs.login_dialog import LoginDialog

    out.mkdir(parents=True, exist_ok=True)
    app = _application()
    context = open_context(Path(tempfile.mkdtemp(prefix="customsdesk-shots-")), user="jana")
    written = [out / name for name in ("create-administrator.png", "login.png", "change-password.png",
                                       "locked.png", "unlock.png")]

    create = CreateAdminDialog(context)
    create.full_name.setText("Jana Dvořáková")
    _save(create, written[0])
    create.password.setText(SHOT_PASSWORD)
    create.repeat.setText(SHOT_PASSWORD)
    create.accept()
    load_demo(context)

    login = LoginDialog(context.installation, login="jan")
    login.show()
    login.password.setText("customsdesk")
    login.accept()  # a wrong password: the message in red below the fields
    _save(login, written[1])
    login.close()
    change = ChangePasswordDialog(context)
    change.show()
    for field, text in ((change.old_password, "not it"), (change.new_password, "short"), (change.repeat, "short")):
        field.setText(text)
    change.accept()  # the wrong current password, said under its field
    _save(change, written[2])
    change.close()

    window = MainWindow(context)
    window.resize(*SCREEN)
    window.show()
    app.processEvents()

    def grab_locked() -> None:
        dialog = QApplication.activeModalWidget()
        _save(window, written[3])
        _save(dialog, written[4])
        dialog.reject()

    QTimer.singleShot(0, grab_locked)
    lock_window(window)
    window.close()
    context.close()
    return written

# --- the messaging windows ---------------------------------------------------------------------

SAMPLE_START = datetime(2025, 11, 3, 8, 0, tzinfo=UTC)


def _demo_guarantee(context: UserContext, grn_start: str) -> Guarantee:
    return next(g for g in context.guarantees.list() if g.grn.startswith(grn_start))


class _SampleMessages:
    """Messages put straight into the archive, as if exchanged with customs over a morning."""

    def __init__(self, context: UserContext):
        self.context = context
        self.moment = SAMPLE_START
        self.store = MessageStore(context.db, context.box, context.access, clock=lambda: self.moment)
        self.ids: dict[str, int] = {}

    def at(self, minutes: int) -> None:
        self.moment = SAMPLE_START + timedelta(minutes=minutes)

    def header(self, message_type: str, outbound: bool, answers: str | None = None):
        from core.messages import MessageHeader, new_message_id

        sender, recipient = ("CDTRAIN01", "NTA.CZ") if outbound else ("NTA.CZ", "CDTRAIN01")
        return MessageHeader(sender=sender, recipient=recipient, prepared_at=self.moment.replace(tzinfo=None),
                             message_id=new_message_id(), message_type=message_type, correlation_id=answers)

    def outbound(self, name: str, header, xml: bytes, kind: str, guarantees: list[Guarantee]) -> int:
        g = guarantees[0]
        message = self.store.add_outbound(
            message_type=header.message_type, kind=kind, message_id=header.message_id, xml=xml,
            params_id=g.params_id, org_id=g.org_id, created_by=self.context.user,
            records=[(x.id, x.grn) for x in guarantees],
            search_text=f"{header.message_type} {kind} {' '.join(x.grn for x in guarantees)}")
        self.ids[name] = message.id
        return message.id

    def progress(self, row_id: int, *states: str) -> None:
        with self.context.db.atomic():
            for state in states:
                self.moment += timedelta(seconds=20)
                details = {"sent": Phrase("Messaging", "accepted by the gateway {gateway}", {"gateway": SAMPLE_GATEWAY}),
                           "delivered": Phrase("Answers", "delivery receipt: received by customs at {at}",
                                               {"at": self.moment})}
                column = {"sent": "sent_at", "delivered": "delivered_at"}[state]
                self.store.update(row_id, state=state, detail=details[state], **{column: stamp(self.moment)})

    def inbound(self, name: str, header, xml: bytes, answers: int | None, state: str, result: Value,
                records: list[tuple[int | None, str]], error: tuple[str, str] | None = None) -> int:
        self.moment += timedelta(seconds=40)
        row_id = self.store.add_inbound(gateway_id=f"sample-{name}", envelope=b"(sealed envelope)",
                                        params_id=self._params_id(records), source=SAMPLE_GATEWAY)
        org_id = self.store.get(answers).org_id if answers else None
        code, text = error or (None, None)
        with self.context.db.atomic():
            self.store.update(row_id, state=state, detail=result, xml=xml, message_type=header.message_type,
                              message_id=header.message_id, correlation_id=header.correlation_id, answer_to=answers,
                              org_id=org_id, result=result, error_code=code, error_text=text,
                              search_text=f"{header.message_type} {english(result)} {code or ''}")
            self.store.set_records(row_id, records)
            if answers:
                self.store.update(answers, state="rejected" if error else "answered", answered_at=self.store.now(),
                                  result=result, error_code=code, error_text=text,
                                  detail=Phrase("Answers", "answer: {result}", {"result": result}))
        self.ids[name] = row_id
        return row_id

    def _params_id(self, records) -> int | None:
        gid = next((gid for gid, _ in records if gid), None)
        return self.context.guarantees.get(gid).params_id if gid else None


def add_sample_messages(context: UserContext) -> dict[str, int]:
    """A registration, answered and refused queries, an overdue one, a quarantined and an unmatched message."""
    from core.messages import (
        AccessCodeRegistration,
        FunctionalError,
        FunctionalRejection,
        GuaranteeInfo,
        GuaranteeInvalidNotice,
        GuaranteeQuery,
        InvalidGuarantee,
        Party,
        QueryAnswer,
        QueryItem,
        QueryKind,
        QueryResponse,
        RegistrationConfirmation,
        Usage,
        build_cc034c,
        build_cc037c,
        build_cc055c,
        build_cc906c,
        build_confirmation,
        build_registration,
    )
    from core.secrets import Secret

    pac_g, own_g = _demo_guarantee(context, "25CZ520101000011"), _demo_guarantee(context, "25CZ510101000027")
    other_g, de_g = _demo_guarantee(context, "25CZ520101000145"), _demo_guarantee(context, "25DE004600000319")
    brno, jihoceska = context.organisations.get(pac_g.org_id), context.organisations.get(other_g.org_id)
    sample = _SampleMessages(context)

    sample.at(0)
    header = sample.header("E_ACC_COD", outbound=True)
    registration = AccessCodeRegistration(holder_tin=brno.eori, office=pac_g.office, guarantee_type=pac_g.type,
                                          grn=pac_g.grn, pac=Secret("PK7Q"), spks=[Secret("AC01"), Secret("QQ12")])
    reg_id = sample.outbound("registration", header, build_registration(registration, header),
                             "access code registration", [pac_g])
    sample.progress(reg_id, "sent", "delivered")
    answer = sample.header("E_ACC_RSP", outbound=False, answers=header.message_id)
    confirmation = RegistrationConfirmation(grn=pac_g.grn, registered_at=sample.moment.replace(tzinfo=None),
                                            stored_count=2, pac_changed=False)
    sample.inbound("confirmation", answer, build_confirmation(confirmation, answer), reg_id, "applied",
                   Phrase("Answers", "secondary codes registered: {count}", {"count": 2}), [(pac_g.id, pac_g.grn)])

    sample.at(45)
    header = sample.header("CC034C", outbound=True)
    query = GuaranteeQuery(requester_tin=brno.eori, items=[
        QueryItem(grn=pac_g.grn, kind=QueryKind.USAGE, access_code=Secret("AC01"),
                  period_from=date(2025, 10, 4), period_to=date(2025, 11, 3)),
        QueryItem(grn=own_g.grn, kind=QueryKind.INFO, access_code=Secret("AC01"))])
    query_id = sample.outbound("query", header, build_cc034c(query, header), "usage query", [pac_g, own_g])
    sample.progress(query_id, "sent", "delivered")
    answer = sample.header("CC037C", outbound=False, answers=header.message_id)
    accepted = sample.moment.replace(tzinfo=None)
    usages = [
        Usage("25CZ52010000A1B2C3J4", Decimal("18450.00"), "CZK", date(2025, 10, 7), datetime(2025, 10, 8, 14, 5),
              date(2025, 10, 9)),
        Usage("25CZ52010000D4E5F6J7", Decimal("126900.00"), "CZK", date(2025, 10, 21)),
        Usage("25CZ52010000G7H8K9J1", Decimal("7320.50"), "CZK", date(2025, 10, 30), datetime(2025, 10, 31, 9, 40),
              date(2025, 11, 1)),
    ]
    response = QueryResponse(requester_tin=brno.eori, office=pac_g.office, answers=[
        QueryAnswer(grn=pac_g.grn, kind=QueryKind.USAGE, accepted_at=accepted, guarantee_type=pac_g.type,
                    period_from=date(2025, 10, 4), period_to=date(2025, 11, 3), usages=usages),
        QueryAnswer(grn=own_g.grn, kind=QueryKind.INFO, accepted_at=accepted, guarantee_type=own_g.type,
                    owner=Party(tin=brno.eori, name=brno.name, street=brno.street, city=brno.city,
                                country=brno.country, postcode=brno.postcode),
                    info=GuaranteeInfo(guarantee_amount=Decimal("5000000.00"), currency="CZK",
                                       validity_start=date(2024, 3, 1), reference_amount=Decimal("5000000.00"),
                                       restricted_for_suspended_goods=True, not_valid_in=["AD", "SM"])),
    ])
    answered = [Phrase("Answers", "{grn}: {answer}", {"grn": pac_g.grn, "answer": Phrase(
                    "Answers", "operations: {count}", {"count": len(usages)})}),
                Phrase("Answers", "{grn}: {answer}", {"grn": own_g.grn, "answer": Phrase(
                    "Answers", "amount {amount} {currency}", {"amount": Decimal("5000000.00"), "currency": "CZK"})})]
    sample.inbound("response", answer, build_cc037c(response, answer), query_id, "applied", joined("; ", answered),
                   [(pac_g.id, pac_g.grn), (own_g.id, own_g.grn)])

    sample.at(70)
    header = sample.header("CC034C", outbound=True)
    query = GuaranteeQuery(requester_tin=jihoceska.eori,
                           items=[QueryItem(grn=other_g.grn, kind=QueryKind.BALANCE, access_code=Secret("ZZ99"))])
    refused_id = sample.outbound("refused_query", header, build_cc034c(query, header), "balance query", [other_g])
    sample.progress(refused_id, "sent", "delivered")
    answer = sample.header("CC906C", outbound=False, answers=header.message_id)
    rejection = FunctionalRejection([FunctionalError(pointer="/CC034C/GuaranteeReference[1]/AccessCode/accessCode",
                                                     code="14", reason="G03", original_value=other_g.grn)])
    refusal = Phrase("Answers", "Refused: {errors}", {"errors": Phrase("Answers", "{where}: {meaning}", {
        "where": other_g.grn, "meaning": meaning_of(explain(context.catalogue, "G03"))})})
    sample.inbound("rejection", answer, build_cc906c(rejection, answer), refused_id, "applied", refusal,
                   [(other_g.id, other_g.grn)], error=("G03", "Access code not valid"))

    sample.at(95)
    header = sample.header("CC034C", outbound=True)
    query = GuaranteeQuery(requester_tin=context.organisations.get(de_g.org_id).eori,
                           items=[QueryItem(grn=de_g.grn, kind=QueryKind.BALANCE, access_code=Secret("AC01"))])
    waiting_id = sample.outbound("overdue", header, build_cc034c(query, header), "balance query", [de_g])
    sample.progress(waiting_id, "sent")
    sample.moment += timedelta(hours=4, minutes=5)
    with context.db.atomic():
        sample.store.update(waiting_id, alerted_at=stamp(sample.moment), detail=Phrase(
            "Messaging", "no answer after {hours} hours: check the gateway or ask customs", {"hours": "4"}))

    sample.at(130)
    row_id = sample.store.add_inbound(gateway_id="sample-quarantined", envelope=b"(sealed envelope)",
                                      params_id=pac_g.params_id, source=SAMPLE_GATEWAY)
    reason = "signature verification failed: the signer's certificate is not a customs certificate stored here"
    with context.db.atomic():
        sample.store.update(row_id, state="quarantined", detail=reason, error_text=reason,
                            result=Phrase("Messaging", "Quarantined: {reason}", {"reason": reason}),
                            search_text=f"quarantined {reason}")
    sample.ids["quarantined"] = row_id

    sample.at(150)
    answer = sample.header("CC055C", outbound=False)
    notice = GuaranteeInvalidNotice(mrn="25CZ5201000000X1Y2J5", accepted_on=date(2025, 11, 3),
                                    office_of_departure="CZ520101", holder_tin="CZ12345678",
                                    guarantees=[InvalidGuarantee(grn="25CZ999999000001X", code="G02")])
    not_valid = Phrase("Answers", "Guarantee not valid for {mrn}: {guarantees}", {
        "mrn": notice.mrn, "guarantees": Phrase("Answers", "{where}: {meaning}", {
            "where": "25CZ999999000001X", "meaning": meaning_of(explain(context.catalogue, "G02"))})})
    sample.inbound("unmatched", answer, build_cc055c(notice, answer), None, "unmatched", not_valid,
                   [(None, "25CZ999999000001X")], error=("G02", "Guarantee exists but is not valid"))
    _store_sample_answers(context, pac_g, own_g, other_g, usages)
    return sample.ids


def _store_sample_answers(context: UserContext, pac_g: Guarantee, own_g: Guarantee, other_g: Guarantee, usages) -> None:
    """What applying the sample answers writes into the guarantee records, through the same core calls."""
    from core.guarantees.service import GuaranteeService
    from core.users import system_access

    answers = GuaranteeService(context.db, system_access())
    with context.db.atomic():
        answers.record_customs_answer(pac_g.id, usage_period="2025-10-04..2025-11-03", exposure="126900.00",
                                      usage_count=3, balance="2373100.00", currency_answer="CZK",
                                      answered_at="2025-11-03T08:46:20")
        answers.replace_usages(pac_g.id, [
            {"mrn": u.mrn, "amount": f"{u.amount:.2f}", "currency": u.currency, "lock_date": u.lock_date.isoformat(),
             "arrival": u.arrival.isoformat() if u.arrival else None,
             "release_date": u.release_date.isoformat() if u.release_date else None}
            for u in usages])
        answers.record_customs_answer(
            own_g.id, owner_answer="Spedice Brno s.r.o. (CZ25596641)", guarantee_amount_answer="5000000.00",
            reference_amount="5000000.00", currency_answer="CZK", valid_from="2024-03-01",
            restrictions="not valid for suspended goods; not valid in AD, SM", answered_at="2025-11-03T08:46:20")
        answers.record_customs_answer(other_g.id, last_error_code="G03", last_error_text="Access code not valid",
                                      answered_at="2025-11-03T09:11:00Z")


def render_messaging(out: Path, context: UserContext | None = None) -> list[Path]:
    """The "Receipts and responses" window with sample messages, and a guarantee's answers on its page."""
    from ui.messages_window import MessagesWindow

    app, context, own_ws = _start(out, context)
    ids = add_sample_messages(context)
    window = MainWindow(context)
    window.poll_timer.stop()
    window.resize(*SCREEN)
    window.show()
    app.processEvents()
    written = []

    inbox = MessagesWindow(context, window.actions["msg_sync"], window.tasks, parent=window)
    inbox.resize(*SCREEN)
    inbox.show()
    inbox.splitter.setSizes([330, 460])
    app.processEvents()
    for name, file_name, tab in (("rejection", "messages-window-cc906c.png", 0),
                                 ("response", "messages-window-cc037c.png", 0),
                                 ("registration", "messages-window-xml.png", 1),
                                 ("refused_query", "messages-window-history.png", 2)):
        inbox.select_message(ids[name])
        inbox.tabs.setCurrentIndex(tab)
        _save(inbox, out / file_name)
        written.append(out / file_name)
    inbox.show_for_guarantee(_demo_guarantee(context, "25CZ520101000011").id)
    inbox.select_message(ids["response"])
    inbox.tabs.setCurrentIndex(0)
    _save(inbox, out / "messages-for-record.png")
    written.append(out / "messages-for-record.png")
    inbox.close()

    from ui.dialogs.query_period import QueryPeriodDialog

    period = QueryPeriodDialog(2, today=date(2025, 11, 3), parent=window)
    _save(period, out / "query-period.png")
    written.append(out / "query-period.png")
    period.close()

    for grn_start, file_name in (("25CZ520101000011", "guarantee-detail-usage.png"),
                                 ("25CZ520101000145", "guarantee-detail-error.png")):
        g = _demo_guarantee(context, grn_start)
        window.tree.expand(window.navigation.index_of(window.navigation.ncts_node))
        window.navigation.fetchMore(window.navigation.index_of(window.navigation.ncts_node))
        node = window.navigation.find(NodeKind.GUARANTEE, g.id)
        window.tree.setCurrentIndex(window.navigation.index_of(node))
        _save(window, out / file_name)
        written.append(out / file_name)

    def grab_question() -> None:  # the registration's question, answered Cancel: nothing is queued
        box = QApplication.activeModalWidget()
        _save(box, out / "confirm-registration.png")
        written.append(out / "confirm-registration.png")
        box.reject()

    window.tree.setCurrentIndex(window.navigation.index_of(
        window.navigation.find(NodeKind.GUARANTEE, _demo_guarantee(context, "25CZ520101000011").id)))
    QTimer.singleShot(0, grab_question)
    window.send_registration()
    window.close()
    if own_ws:
        context.close()
    return written


def _add_audit_samples(context: UserContext) -> None:
    """A mistyped password and a look at the demo's primary access code, so the log shows more than set-up."""
    from core.errors import LoginFailed

    try:
        context.users.authenticate("eva", "customsdesk-dmeo")
    except LoginFailed:
        pass
    context.access_codes.record_reveal(_demo_guarantee(context, "25CZ520101000011").id)


def render_administration(out: Path, context: UserContext | None = None) -> list[Path]:
    """Users and representations, with what a declarant sees today, and the audit log."""
    from ui.admin_window import AdministrationWindow
    from ui.audit_window import AuditWindow

    app, context, own_ws = _start(out, context)
    admin = AdministrationWindow(context)
    admin.show()
    app.processEvents()
    admin.select_user("jan")
    _save(admin, out / "administration-users.png")
    admin.tabs.setCurrentIndex(1)
    admin.show_ended.setChecked(True)
    _save(admin, out / "administration-representations.png")
    admin.close()
    _save_user_editor_after_a_conflict(context, out / "user-editor-conflict.png")
    _add_audit_samples(context)
    audit = AuditWindow(context)
    audit.show()
    app.processEvents()
    _save(audit, out / "audit-log.png")
    audit.close()
    if own_ws:
        context.close()
    return [out / name for name in ("administration-users.png", "administration-representations.png",
                                    "user-editor-conflict.png", "audit-log.png")]


def _save_user_editor_after_a_conflict(context: UserContext, path: Path) -> None:
    """The user editor whose save was refused: another administrator saved the user after it was opened."""
    from dataclasses import replace

    from ui.dialogs.user_editor import UserEditor

    jan = context.users.get("jan")
    editor = UserEditor(context, jan)
    context.users.update_user(context.session, replace(jan, email="jan.novak@spedice-brno.example"))  # elsewhere
    editor.full_name.setText("Jan Novák (customs declarant)")
    editor.accept()
    _save(editor, path)
    editor.close()


def render_two_users(out: Path) -> list[Path]:
    """One guarantee as the guarantee officer petra and as the declarant jan see it."""
    from simulator.demo import DEMO_PASSWORD

    out.mkdir(parents=True, exist_ok=True)
    _application()
    folder = Path(tempfile.mkdtemp(prefix="customsdesk-shots-"))
    admin = open_context(folder, user="jana")
    load_demo(admin)
    admin.close()
    saved = []
    for login in ("petra", "jan"):
        context = open_context(folder, user=login, password=DEMO_PASSWORD)
        guarantee = next(g for g in context.guarantees.list() if g.type == "1" and g.grn.startswith("25CZ520101000011"))
        editor = GuaranteeEditor(context, guarantee)
        editor.setWindowTitle(f"{editor.windowTitle()} — {login}")
        saved.append(out / f"guarantee-editor-{login}.png")
        _save(editor, saved[-1])
        editor.tabs.setCurrentIndex(1)
        editor.show_codes.setChecked(True)
        saved.append(out / f"guarantee-editor-{login}-access-codes.png")
        _save(editor, saved[-1])
        editor.close()
        context.close()
    return saved


def _add_onboarding_samples(context: UserContext) -> None:
    """The German participant's certificate on its way: applied, registered, sent; the ticket number has come."""
    today = date.today()
    eori, steps = "DE415230871234567", context.onboarding
    steps.set_step(eori, "DE", "apply", "done", started_on=today - timedelta(weeks=11), done_on=today - timedelta(weeks=2))
    steps.set_step(eori, "DE", "register", "done", started_on=today - timedelta(days=10), done_on=today - timedelta(days=6))
    steps.set_step(eori, "DE", "send_to_gateway", "done", done_on=today - timedelta(days=2), reference="T-2025-118734")


def render_onboarding(out: Path, context: UserContext | None = None) -> list[Path]:
    """The onboarding checklists of the certificate manager: the German one under way, top and bottom."""
    from ui.onboarding_page import OnboardingPage

    _, context, own_ws = _start(out, context)
    _add_onboarding_samples(context)
    page = OnboardingPage(context)
    page.resize(1100, 760)
    page.select("DE415230871234567", "DE")
    written = [out / "onboarding.png", out / "onboarding-password.png"]
    _save(page, written[0])
    bar = page.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    _save(page, written[1])
    page.close()
    if own_ws:
        context.close()
    return written


# --- certificates ------------------------------------------------------------------------------

REAL_QUALIFIED_SEAL = Path(__file__).resolve().parents[2] / "shared" / "test-data" / "certs" / \
    "qc_eseal_cz_szr_postsignum_qca4_2020.pem"
SHOT_EORI = "CZ25596641"
SHOT_PFX_PASSWORD = "seal-2026"


def _self_made_certificate(common_name: str, organisation: str, eori: str, days_left: int, days_before: int = 345):
    """A self-made RSA certificate and its key, as a test seal of a broker (or, without EORI, a customs one)."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    attributes = [x509.NameAttribute(NameOID.COMMON_NAME, common_name),
                  x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation)]
    if eori:
        attributes += [x509.NameAttribute(NameOID.SERIAL_NUMBER, eori),
                       x509.NameAttribute(NameOID.COUNTRY_NAME, eori[:2])]
    name = x509.Name(attributes)
    now = datetime.now(UTC)
    usage = x509.KeyUsage(digital_signature=True, content_commitment=bool(eori), key_encipherment=not eori,
                          data_encipherment=False, key_agreement=False, key_cert_sign=False, crl_sign=False,
                          encipher_only=False, decipher_only=False)
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now - timedelta(days=days_before))
                   .not_valid_after(now + timedelta(days=days_left, hours=12)).add_extension(usage, critical=True)
                   .sign(key, hashes.SHA256()))
    return certificate, key


def _add_certificate_samples(context: UserContext) -> Path:
    """The Brno seal expiring in 20 days, a customs rollover stored ahead; a PKCS#12 file ready to import."""
    from cryptography.hazmat.primitives.serialization import (
        BestAvailableEncryption,
        pkcs12,
    )

    from core.transport.certificate_files import CertificateFile

    certificate, key = _self_made_certificate("Spedice Brno s.r.o. seal 2025", "Spedice Brno s.r.o.", SHOT_EORI, 20)
    context.certificates.import_participant(SHOT_EORI, CertificateFile(certificate, key, "PKCS#12"))
    customs, _ = _self_made_certificate("Customs simulator (training) 2027", "CustomsDesk training", "", 5 * 365, 0)
    context.certificates.import_customs("CZ", "training", customs, date.today() + timedelta(days=30))
    renewal, renewal_key = _self_made_certificate("Hafen Logistik GmbH seal 2026", "Hafen Logistik GmbH",
                                                  "DE415230871234567", 365, 1)
    pfx = Path(tempfile.mkdtemp(prefix="customsdesk-shots-")) / "hafen-logistik-seal-2026.p12"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"seal", renewal_key, renewal, None, BestAvailableEncryption(SHOT_PFX_PASSWORD.encode())))
    return pfx


def render_certificates(out: Path, context: UserContext | None = None) -> list[Path]:
    """The certificate window (participants with the checks of one, customs certificates), the main window
    with the expiry banner and the message at sign-in, checking a real qualified seal, and importing."""
    from ui.certificate_window import CertificateWindow
    from ui.dialogs.certificate_import_dialog import (
        CertificateCheckDialog,
        CertificateImportDialog,
    )

    app, context, own_ws = _start(out, context)
    pfx = _add_certificate_samples(context)
    written = []

    def save(widget: QWidget, name: str) -> None:
        _save(widget, out / name)
        written.append(out / name)

    window = MainWindow(context)
    window.poll_timer.stop()
    window.resize(*SCREEN)
    window.show()
    app.processEvents()
    save(window, "main-window-expiry-banner.png")
    if window.expiry_banner.notice is not None:
        save(window.expiry_banner.notice, "certificate-expiry-notice.png")
        window.expiry_banner.notice.close()

    certificates = CertificateWindow(context, window)
    certificates.show()
    certificates.select_eori(SHOT_EORI)
    save(certificates, "certificates-participants.png")
    certificates.tabs.setCurrentIndex(1)
    save(certificates, "certificates-customs.png")
    settings = SettingsDialog(context, window)
    save(settings, "settings-ncts-certificates.png")
    settings.close()

    if REAL_QUALIFIED_SEAL.exists():
        check = CertificateCheckDialog(context, certificates)
        check.load_file(REAL_QUALIFIED_SEAL)
        save(check, "certificate-check-file.png")
        check.close()

    dialog = CertificateImportDialog(context, certificates, eori="DE415230871234567")
    dialog.load_file(pfx)
    dialog.password.setText("seal-2025")
    dialog.open_with_password()
    save(dialog, "certificate-import-wrong-password.png")
    dialog.password.setText(SHOT_PFX_PASSWORD)
    dialog.open_with_password()
    save(dialog, "certificate-import.png")
    dialog.reject()
    certificates.close()
    window.close()
    if own_ws:
        context.close()
    return written


# --- summary declarations ----------------------------------------------------------------------

SUMA_SCREEN = (1366, 768)
SUMA_HEADER = {
    "sender": {"tin": "DE123456789012345", "branch": "0000"}, "identification": "REG",
    "transport_number": "LH400", "arrival_date": "2026-12-03", "place_of_loading": "JFK",
    "previous_document_type": "MAWB", "previous_document_number": "020-12345675", "transport_mode": "4",
    "presenter": {"tin": "DE123456789012345", "branch": "0000", "name": "Air Cargo Handling GmbH",
                  "street": "Cargo City Süd 5", "postcode": "60549", "city": "Frankfurt am Main", "country": "DE"},
    "office_of_presentation": "DE002601", "presentation_date": "2026-12-03",
    "contact": {"name": "Eva Klein", "position": "Import clerk", "phone": "+49 69 690 1234"},
    "additional_information": "Two pallets with temperature loggers.",
}
SUMA_GOODS = ("Electronic parts", "Spare parts for machines", "Pharmaceutical samples", "Textiles, cotton",
              "Auto parts (brakes)", "Books and printed matter", "Laboratory glassware")
SUMA_PASTE = ("Position\tSpecific reference\tGoods description\tPackages\tGross mass (kg)\tCustoms status\n"
              "14\t020-90000014\tServer racks, empty\t2\t310.5\tN\n"
              "15\t020-90000015\tSolar inverters\tfour\t96\tN\n"
              "16\t020-90000016\tBicycle frames\t12\t144.25\tN\n"
              "17\t020-90000017\tMedical gloves\t40\t212\tX\n"
              "3\t020-90000003\tCoffee, roasted\t6\t90\tN\n"
              "\t020-90000121\tCeramic tiles\t18\t640\tU\n")


def _suma_position(number: int) -> dict:
    return {"number": number, "specific_reference": f"020-{number:08d}", "specific_reference_kind": "AWB",
            "custodian": {"tin": "DE987654321000000" if number % 3 == 0 else "", "branch": "0001" if number % 3 == 0
                          else ""},
            "custody_place": f"FRA-CARGO-{number % 4 + 1}", "description": SUMA_GOODS[number % len(SUMA_GOODS)],
            "package_kind": "PK" if number % 2 else "CT", "packages": number % 17 + 1,
            "gross_mass": f"{(number * 37) % 900 + 12.5}", "customs_status": "N" if number % 5 else "U"}


def add_sample_declarations(context: UserContext) -> dict[str, int]:
    """Declarations at every status: one not sent, one early, one partial with an error, one final."""
    from core.suma.model import Status, new_mrn

    suma, ids = context.suma, {}
    samples = (("draft", "REF-2026-0412", "LH8402", 8, None, []),
               ("early", "REF-2026-0409", "LH400", 40, Status.EARLY, []),
               ("partial", "REF-2026-0398", "AF1234", 120, Status.PARTIAL, list(range(1, 11))),
               ("final", "REF-2026-0371", "CX289", 25, Status.FINAL, list(range(1, 26))))
    for serial, (name, reference, flight, count, status, confirmed) in enumerate(samples, 40):
        data = {**SUMA_HEADER, "reference": reference, "transport_number": flight,
                "positions": [_suma_position(n) for n in range(1, count + 1)]}
        ids[name] = declaration_id = suma.import_json(data).id
        if status is not None:
            working = suma.working(declaration_id)
            with context.db.atomic():
                suma.store.record_accepted(declaration_id, working, [p.number for p in working.positions], confirmed,
                                           status, new_mrn(2026, "DE", f"{serial:012d}"))
    with context.db.atomic():
        suma.store.record_errors(ids["partial"], "S03", "Position 12: the gross mass differs from the air waybill.",
                                 {12: "S03 The gross mass differs from the air waybill (rule 5)."})
    return ids


def _with_tooltip(widget: QWidget, target: QWidget, path: Path) -> None:
    """``widget`` grabbed with the tooltip of ``target`` drawn in below it, where the pointer would show it (a
    tooltip is a window of its own, and the offscreen screen is smaller than the window)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QToolTip

    widget.show()
    QApplication.processEvents()
    QToolTip.showText(target.mapToGlobal(QPoint(0, 0)), target.toolTip(), target)
    QApplication.processEvents()
    shot = widget.grab()
    tip = next((w for w in QApplication.topLevelWidgets() if w.objectName() == "qtooltip_label" and w.isVisible()),
               None)
    if tip is not None:
        painter = QPainter(shot)
        at = target.mapTo(widget, QPoint(target.width() // 4, target.height() + 4))
        at.setX(max(4, min(at.x(), widget.width() - tip.width() - 8)))
        painter.drawPixmap(at, tip.grab())
        painter.end()
    QToolTip.hideText()
    shot.save(str(path))
    print(path)


def render_suma(out: Path, context: UserContext | None = None) -> list[Path]:
    """The list of summary declarations, the header of an early one with a locked field's tooltip, and the
    positions of a partial one after a pasted block with errors, at 1366×768."""
    from ui.suma_window import SumaWindow

    app, context, own_ws = _start(out, context)
    ids = add_sample_declarations(context)
    written = [out / name for name in ("suma-list.png", "suma-editor-header.png", "suma-editor-paste.png",
                                       "suma-editor-check.png")]
    window = SumaWindow(context)
    window.resize(*SUMA_SCREEN)
    window.select(ids["partial"])
    _save(window, written[0])

    early = window.open_declaration(ids["early"])
    early.resize(*SUMA_SCREEN)
    early.show_page(0)
    app.processEvents()
    field = early.form.fields["presenter.name"]
    _with_tooltip(early, field.widget, written[1])
    early.close()

    partial = window.open_declaration(ids["partial"])
    partial.resize(*SUMA_SCREEN)
    partial.show_page(1)
    partial.grid.setCurrentIndex(partial.model.index(0, 0))
    partial.paste(SUMA_PASTE)
    partial.grid.clearSelection()
    partial.grid.scrollToTop()
    partial.problems.setFocus()  # the marked cells stay visible, not hidden under the current one
    app.processEvents()
    _save(partial, written[2])
    partial.select_message("ESA", "2")  # flag 2 confirms positions as customs hold them: the pasted ones changed
    partial.check()
    partial.problems.setCurrentItem(partial.problems.topLevelItem(0))
    partial.go_to(partial.problems_shown[0])
    app.processEvents()
    _save(partial, written[3])
    partial.close()
    window.close()
    written.append(_render_refused_declaration(app, out, context, ids["partial"]))
    if own_ws:
        context.close()
    return written


def _render_refused_declaration(app, out: Path, context: UserContext, declaration_id: int) -> Path:
    """Customs' answer refusing a change of a partial declaration, in *Receipts and responses*."""
    from core.suma.message import SumaError, SumaResponse, build_cusprl, build_response
    from core.suma.model import Kind, Status
    from core.suma.rules import Plan, row_for
    from ui.messages_window import MessagesWindow

    sample = _SampleMessages(context)
    working = context.suma.working(declaration_id)
    working.mrn = context.suma.row(declaration_id).mrn
    from dataclasses import replace

    header = replace(sample.header("CUSPRL", outbound=True), sender="DE-WKS-0815", recipient="ATLAS.DE")
    plan = Plan(row_for(Status.PARTIAL, Kind.VSM, None), [3, 12], [])
    sent = sample.store.add_outbound(
        message_type="CUSPRL", kind="summary declaration VSM", message_id=header.message_id,
        xml=build_cusprl(working, plan, header), params_id=None, org_id=None, created_by=context.user, records=[],
        search_text=f"CUSPRL {working.mrn}")
    sample.progress(sent.id, "sent", "delivered")
    errors = [SumaError("S03", "Position 3 is confirmed: it can no longer change. Put back gross_mass.", 3,
                        "gross_mass"),
              SumaError("S02", "At status partial only the contact person's name, position and phone may change in "
                               "the header.", None, "transport_number")]
    answer_header = replace(sample.header("CUSPRR", outbound=False, answers=header.message_id), sender="ATLAS.DE",
                            recipient="DE-WKS-0815")
    answer = build_response(SumaResponse(False, working.mrn, Status.PARTIAL, [], errors), answer_header)
    row_id = sample.inbound("suma-refused", answer_header, answer, sent.id, "applied",
                            "Refused: position 3 (gross_mass) S03; (transport_number) S02", [],
                            error=("S03", errors[0].text))
    inbox = MessagesWindow(context)
    inbox.resize(*SUMA_SCREEN)
    inbox.show()
    inbox.splitter.setSizes([260, 420])
    inbox.select_message(row_id)
    inbox.tabs.setCurrentIndex(0)
    app.processEvents()
    path = out / "suma-answer-refused.png"
    _save(inbox, path)
    inbox.close()
    return path


# --- outages and business continuity ---------------------------------------------------------------------------

CONTINUITY_SCREEN = (1366, 768)
SAMPLE_MONTHLY = ((24, 0), (27, 1), (22, 0), (25, 1), (30, 1), (26, 0), (28, 2), (24, 1), (23, 1), (25, 2),
                  (21, 3), (12, 6))  # (declared electronically, on paper) per month, the oldest first


def _months_back(day: date, count: int) -> date:
    index = day.year * 12 + day.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def add_continuity_samples(context: UserContext) -> dict[str, int]:
    """An incident log (a planned outage, a failure of our own system, a link failure, and a draft the transport
    opened for the demo gateway, still going on, with messages waiting), movements handled on paper over the last
    twelve months with their deadlines (one overdue, one due), and the messages declared electronically meanwhile."""
    incidents, bcp = context.incidents, context.bcp
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    today = datetime.now().astimezone().date()
    ids = {}
    ids["planned"] = incidents.open("customs-planned", now - timedelta(days=9, hours=3),
                                    expected_end=now - timedelta(days=9, hours=-2), end=now - timedelta(days=9, hours=-1),
                                    administration="DE", ticket="ATLAS-2026-0117",
                                    notes="Announced by the ATLAS service desk a week ahead.").record.id
    ids["own"] = incidents.open("own-system", now - timedelta(days=4, hours=6), end=now - timedelta(days=4, hours=2),
                                eori="DE415230871234567", cause="The message server lost its disk.",
                                ticket="SD-0815-4471", confirmed="yes").record.id
    ids["link"] = incidents.open("link", now - timedelta(days=2, hours=5), end=now - timedelta(days=2, hours=4),
                                 administration="CZ", cause="The provider's line was cut by road works.").record.id
    gateway = context.params.list()[0].gateway or "http://127.0.0.1:8720/"
    since = now - timedelta(hours=1, minutes=25)
    ids["draft"] = incidents.open_detected(f"{gateway}|CDTRAIN01", gateway, "CZ", stamp(since),
                                           "Cannot reach the gateway (ClientConnectorError); the message stays queued.")
    messages = _SampleMessages(context)
    g = _demo_guarantee(context, "25CZ520101000145")
    for minutes in (10, 35, 50):  # queued during the outage, waiting for the gateway
        messages.moment = since + timedelta(minutes=minutes)
        header = messages.header("CC034C", outbound=True)
        messages.outbound(f"waiting-{minutes}", header, b"<CC034C/>", "balance query", [g])
    bcp.add_range("DE004600", 1, 500, prefix="HH-")
    bcp.add_range("CZ510101", 1, 200, prefix="CZ-BCP-")
    declared = MessageStore(context.db, context.box, context.access, clock=lambda: messages.moment)
    for back, (electronic, paper) in zip(range(11, -1, -1), SAMPLE_MONTHLY):
        month = _months_back(today, back)
        for n in range(electronic):
            messages.moment = datetime(month.year, month.month, 1 + n % 20, 8, n, tzinfo=UTC)
            if messages.moment.date() > today:
                continue
            declared.add_outbound(message_type="CC034C", kind="balance query", message_id=f"SAMPLE-{month}-{n}",
                                  xml=b"<CC034C/>", params_id=g.params_id, org_id=g.org_id, created_by=context.user,
                                  records=[], state="answered")
        for n in range(paper if back else 0):
            taken = datetime(month.year, month.month, 3 + 5 * n, 10, 30, tzinfo=UTC)
            saved = bcp.record(country="DE", office_destination="DE004600", taken_over=taken, incident=ids["link"])
            bcp.mark_presented(saved.record.id, taken + timedelta(days=1))
    for days, hour in ((9, 14), (3, 16), (1, 9)):  # this month: one presented, one overdue, one due
        taken = datetime.now().astimezone().replace(hour=hour, minute=15, second=0, microsecond=0) - timedelta(days=days)
        saved = bcp.record(country="DE", office_destination="DE004600", taken_over=taken, office_departure="CZ510101",
                           incident=ids["draft"] if days == 1 else ids["own"])
        ids[f"paper-{days}"] = saved.record.id
    bcp.mark_presented(ids["paper-9"], datetime.now(UTC) - timedelta(days=7))
    for n in range(3):
        taken = datetime.now().astimezone().replace(hour=11, minute=40, second=0, microsecond=0) - timedelta(days=20 + n)
        saved = bcp.record(country="CZ", office_destination="CZ510101", taken_over=taken, document_kind="TAD")
        bcp.mark_presented(saved.record.id, taken + timedelta(days=1, hours=-2))
    return ids


def render_continuity(out: Path, context: UserContext | None = None) -> list[Path]:
    """At 1366×768: the main window with the banner of an outage and of paper documents due, the notice at sign-in,
    the incident log, a new paper movement with its deadline after a holiday weekend, the list of movements, and
    the chart of the share on paper per month."""
    from ui.continuity_window import MONITORING_TAB, MOVEMENTS_TAB, ContinuityWindow
    from ui.dialogs.bcp_dialogs import MovementDialog

    app, context, own_ws = _start(out, context)
    ids = add_continuity_samples(context)
    written = []

    def save(widget: QWidget, name: str) -> None:
        _save(widget, out / name)
        written.append(out / name)

    window = MainWindow(context)
    window.poll_timer.stop()
    window.resize(*CONTINUITY_SCREEN)
    window.show()
    app.processEvents()
    notice = window.continuity_banner.notice
    save(window, "continuity-main-window-banner.png")
    if notice is not None:
        save(notice, "continuity-notice-at-sign-in.png")
        notice.close()

    continuity = ContinuityWindow(context, window)
    continuity.resize(*CONTINUITY_SCREEN)
    continuity.show()
    continuity.show_incident(ids["draft"])
    save(continuity, "continuity-incidents.png")

    continuity.tabs.setCurrentIndex(MOVEMENTS_TAB)
    continuity.movements.setCurrentIndex(continuity.movement_model.index(2, 0))  # the due and overdue ones show
    save(continuity, "continuity-movements.png")
    dialog = MovementDialog(context, incident=ids["draft"], parent=continuity)
    dialog.show()
    dialog.office_destination.setText("DE004600")
    dialog.office_departure.setText("CZ510101")
    dialog.taken_over.setText("2026-05-22 16:30")  # the Friday before Whit Monday
    dialog.notes.setPlainText("Goods taken over at the gate; seals 0041327–0041330 intact.")
    save(dialog, "continuity-movement-deadline.png")
    dialog.reject()

    continuity.tabs.setCurrentIndex(MONITORING_TAB)
    save(continuity, "continuity-monitoring.png")
    continuity.close()
    window.close()
    if own_ws:
        context.close()
    return written


def render_dark(out: Path) -> list[Path]:
    """The main window, the messages, the settings and the certificates again in Fusion dark, in out/dark."""
    global _theme
    _theme = "dark"
    try:
        return render_all(out / "dark") + render_messaging(out / "dark") + render_certificates(out / "dark")
    finally:
        _theme = "light"
        apply_theme("light", _application())


def render_languages(out: Path) -> list[Path]:
    """The main windows in each language, light and dark, in out/<language> and out/<language>/dark."""
    global _language
    written = []
    try:
        for language in ("cs", "de", "pl"):
            _language = language
            folder = out / language
            written += (render_all(folder) + render_messaging(folder) + render_administration(folder)
                        + render_certificates(folder) + render_suma(folder) + render_continuity(folder)
                        + render_dark(folder))
    finally:
        _language = "en"
        start_in_language(_application(), "en")
    return written


def render_scaled(out: Path) -> list[Path]:
    """The main windows at 200 % (a screen of 2732×1536 pixels scaled by two), light and in Czech, in out/200%:
    Qt's scale is fixed when the application starts, so they are rendered by a process of their own."""
    import subprocess

    folder = out / "200%"
    for language in ("en", "cs"):
        env = {**os.environ, SCALE_VARIABLE: "2", "QT_QPA_PLATFORM": "offscreen", "CUSTOMSDESK_SHOT_LANGUAGE": language}
        subprocess.run([sys.executable, "-m", "tools.screenshots", str(folder / language), "main", "messaging"],
                       env=env, check=True)
    return sorted(folder.rglob("*.png"))


def render_office_unreachable(out: Path) -> list[Path]:
    """The start of a workstation whose office database does not answer (the question to try again), or refuses
    its password (the question for it)."""
    from PySide6.QtCore import QTimer

    from core.store.office import choose_office_database

    out.mkdir(parents=True, exist_ok=True)
    _application()
    data_dir = Path(tempfile.mkdtemp(prefix="customsdesk-shots-"))
    choose_office_database(data_dir, "postgresql://clerk@127.0.0.1:1/customsdesk?sslmode=prefer")  # nobody there
    path = out / "office-database-unreachable.png"

    def shoot_and_close() -> None:
        box = QApplication.activeModalWidget()
        if box is None or box.parent() is not window:  # not yet asked (a dialog another renderer left is not it)
            QTimer.singleShot(50, shoot_and_close)
            return
        _save(box, path)
        box.reject()

    window = MainWindow()
    window.resize(*SCREEN)
    window.show()
    QTimer.singleShot(0, shoot_and_close)
    window.open_data(data_dir)
    return [path, _save_password_asked(out / "office-database-password.png")]


def _save_password_asked(path: Path) -> Path:
    """The start of a workstation whose office database refused the password of its server account."""
    from core.store.office import password_refused
    from ui.dialogs.office_database import OfficePasswordDialog

    refusal = Exception('FATAL:  password authentication failed for user "clerk"')  # as the server says it
    dialog = OfficePasswordDialog(str(password_refused("postgresql://clerk@office-server/customsdesk", refusal)))
    _save(dialog, path)
    dialog.close()
    return path


RENDERERS = {"two_users": render_two_users, "main": render_all, "messaging": render_messaging,
             "accounts": render_accounts, "administration": render_administration, "onboarding": render_onboarding,
             "certificates": render_certificates, "suma": render_suma, "continuity": render_continuity,
             "dark": render_dark, "languages": render_languages, "scaled": render_scaled,
             "office_unreachable": render_office_unreachable}

if __name__ == "__main__":
    use_laptop_screen()
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots")
    for name in sys.argv[2:] or list(RENDERERS):  # e.g. ``python -m tools.screenshots screenshots suma``
        RENDERERS[name](folder)
