"""The onboarding checklist per EORI and administration (spec 03 §3.3).

Four steps take a participant certificate from the application to the gateway operator's set-up. Each step
has a state and dates; what the app knows (the imported certificate, the participant code, the ticket
number) turns into a hint, and the order the seed insists on is enforced: the password goes out only in a
separate reply once the operator has answered with a ticket number.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from core.communication.parameters import ADMINISTRATIONS, CommParamsService
from core.errors import FieldError, ValidationError
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.organisations.model import eori_errors, normalise_eori
from core.store.rows import upsert_row
from core.transport.expiry import CERTIFICATES_PLACE
from core.users.access import Access
from core.users.audit import AuditLog, utc_stamp
from core.wording import Phrase, in_context

if TYPE_CHECKING:
    from core.store.connection import Database
    from core.transport.certificates import CertificateStore, StoredCertificate

# each state as records name it (the audit log); shown translated by state_label()
_said = in_context("Audit")
STATES = {
    "open": QT_TRANSLATE_NOOP("Communication", "Open"),
    "in_progress": QT_TRANSLATE_NOOP("Communication", "In progress"),
    "done": QT_TRANSLATE_NOOP("Communication", "Done"),
    "not_needed": QT_TRANSLATE_NOOP("Communication", "Not needed"),
}
SETTLED = ("done", "not_needed")
DELIVERY_WEEKS = (8, 10)
RENEWAL_LEAD = timedelta(weeks=10)
MAIL_SUBJECT = "Einrichtung WKS, {code}"  # the subject the gateway operator asks for: never translated
PARTICIPANT_CODE_SETTING = QT_TRANSLATE_NOOP("Communication", "Settings ▸ Communication parameters ▸ Participant code")
ENVIRONMENT_ORDER = ("production", "test", "training")
CHANGE = QT_TRANSLATE_NOOP("Communication", "change the onboarding checklist")
SEA_FREIGHT_ONLY = QT_TRANSLATE_NOOP(
    "Communication", "Only port orders for sea-freight export are created here: the certificate is needed only for "
                     "exit summary declarations and re-export notifications.")

_REGISTER_DE = QT_TRANSLATE_NOOP(
    "Communication",
    "Register the certificate with German customs. Open a business account in the customs business portal "
    "(Zoll-Portal) with the company's ELSTER certificate and wait for the confirmation, which can take a few days. "
    "Then sign in to the portal, open Services ▸ “Certificate administration for B2A” (Zertifikatsverwaltung für "
    "B2A) ▸ Add certificate and choose the purpose “ATLAS digital signature for web-service communication” "
    "(ATLAS Digitale Signatur zur Webservice Kommunikation). Upload the certificate only — never the private key "
    "or the PKCS#12/PFX file."
)
#: {administration}: the code of an administration that has no text of its own
_REGISTER_OTHER = QT_TRANSLATE_NOOP(
    "Communication",
    "Register the certificate with the {administration} customs administration as the certificate that signs your "
    "electronic (system-to-system) messages, following the registration procedure on its customs portal. "
    "Upload the certificate only — never the private key or the PKCS#12/PFX file."
)
_REGISTER = {
    "CZ": QT_TRANSLATE_NOOP(
        "Communication",
        "Register the certificate with the Czech customs administration as the certificate that signs your "
        "electronic (system-to-system) messages, following the registration procedure on its customs portal. "
        "Upload the certificate only — never the private key or the PKCS#12/PFX file."),
    "PL": QT_TRANSLATE_NOOP(
        "Communication",
        "Register the certificate with the Polish customs administration as the certificate that signs your "
        "electronic (system-to-system) messages, following the registration procedure on its customs portal. "
        "Upload the certificate only — never the private key or the PKCS#12/PFX file."),
    "DE": _REGISTER_DE,
}


def state_label(state: str) -> str:
    """A step's state as the user reads it, in their language (``state`` is the stored key)."""
    return translate("Communication", STATES[state])


@dataclass(frozen=True)
class StepDefinition:
    """A step as the code defines it, in English: translated where a :class:`Step` is built from it."""

    key: str
    title: str
    explanation: str
    reference_label: str = ""  # what the step's reference holds; "" when it has none
    not_needed_reason: str = ""  # the usual reason, offered when the step is marked not needed

    def explanation_for(self, administration: str) -> str:
        """The explanation in the user's language."""
        if self.key != "register":
            return translate("Communication", self.explanation)
        if administration in _REGISTER:
            return translate("Communication", _REGISTER[administration])
        return translate("Communication", _REGISTER_OTHER).format(administration=administration)


STEP_DEFINITIONS = (
    StepDefinition(
        "apply", QT_TRANSLATE_NOOP("Communication", "Apply for the participant certificate"),
        QT_TRANSLATE_NOOP(
            "Communication",
            "Order a certificate for this EORI from a qualified trust service provider: an eIDAS qualified or "
            "advanced seal certificate (sold for example as “Qualified Seal ID”) with an RSA or ECC key and the key "
            "usages digital signature and non-repudiation — ask the provider if unsure. It costs money and takes "
            "8–10 weeks to arrive. It is valid for one year and has to be renewed every year. One certificate serves "
            "every administration and module of the EORI."),
        reference_label=QT_TRANSLATE_NOOP("Communication", "Order number"),
        not_needed_reason=SEA_FREIGHT_ONLY,
    ),
    StepDefinition("register", QT_TRANSLATE_NOOP("Communication", "Register the certificate with customs"), ""),
    StepDefinition(
        "send_to_gateway", QT_TRANSLATE_NOOP("Communication", "Send the certificate to the gateway operator"),
        QT_TRANSLATE_NOOP(
            "Communication",
            "Mail the certificate file you received from the trust service provider to the service provider or "
            "gateway operator that runs your connection, without its password, with the subject line “Einrichtung "
            "WKS, <participant code>” so that it is set up for the right participant. An automatic receipt comes "
            "first and later a mail with a ticket number: enter the ticket number here."),
        reference_label=QT_TRANSLATE_NOOP("Communication", "Ticket number"),
    ),
    StepDefinition(
        "send_password", QT_TRANSLATE_NOOP("Communication", "Send the password in a separate reply"),
        QT_TRANSLATE_NOOP(
            "Communication",
            "Once the mail with the ticket number has arrived, reply to it with the certificate's password and "
            "nothing else, so that the operator matches the password to the right certificate. Never send the "
            "certificate and its password in the same mail. CustomsDesk never exports a certificate together with "
            "its password."),
    ),
)
STEPS = tuple(d.key for d in STEP_DEFINITIONS)
_DEFINITIONS = {d.key: d for d in STEP_DEFINITIONS}


@dataclass(frozen=True)
class Step:
    key: str
    number: int
    title: str
    explanation: str
    state: str = "open"
    started_on: date | None = None
    done_on: date | None = None
    reference: str = ""
    note: str = ""
    hint: str = ""
    changed_by: str = ""
    changed_at: str = ""
    reference_label: str = ""
    not_needed_reason: str = ""

    @property
    def state_label(self) -> str:
        return state_label(self.state)

    @property
    def settled(self) -> bool:
        return self.state in SETTLED

    @property
    def heading(self) -> str:
        return f"{self.number}. {self.title}"

    def as_dict(self) -> dict:
        return {
            "step": self.key, "number": self.number, "title": self.title, "explanation": self.explanation,
            "state": self.state, "started_on": _iso(self.started_on), "done_on": _iso(self.done_on),
            "reference": self.reference, "note": self.note, "hint": self.hint, "changed_by": self.changed_by,
            "changed_at": self.changed_at,
        }


@dataclass(frozen=True)
class Checklist:
    eori: str
    administration: str
    organisations: list[str]
    steps: list[Step]
    participant_codes: list[str]
    certificate_id: int | None = None  # the EORI's active participant certificate

    @property
    def administration_label(self) -> str:
        return ADMINISTRATIONS.get(self.administration, self.administration)

    @property
    def done(self) -> int:
        return sum(step.state == "done" for step in self.steps)

    @property
    def not_needed(self) -> int:
        return sum(step.state == "not_needed" for step in self.steps)

    @property
    def total(self) -> int:
        """The steps that are needed."""
        return len(self.steps) - self.not_needed

    @property
    def complete(self) -> bool:
        return all(step.settled for step in self.steps)

    @property
    def summary(self) -> str:
        if not self.total:
            return translate("Communication", "not needed", "the whole checklist")
        if self.not_needed:
            return translate("Communication", "{done} of {total} done ({not_needed} not needed)").format(
                done=self.done, total=self.total, not_needed=self.not_needed)
        return translate("Communication", "{done} of {total} done").format(done=self.done, total=self.total)

    @property
    def label(self) -> str:
        return f"{self.eori} · {self.administration_label} — {self.summary}"

    @property
    def mail_subjects(self) -> list[str]:
        return [MAIL_SUBJECT.format(code=code) for code in self.participant_codes]

    @property
    def mail_subject(self) -> str | None:
        """The subject for the participant code of the most important environment (production first)."""
        return self.mail_subjects[0] if self.participant_codes else None

    def step(self, key: str) -> Step:
        return next(step for step in self.steps if step.key == key)

    def as_dict(self) -> dict:
        return {
            "eori": self.eori, "administration": self.administration, "organisations": self.organisations,
            "done": self.done, "total": self.total, "not_needed": self.not_needed, "complete": self.complete,
            "summary": self.summary, "steps": [step.as_dict() for step in self.steps],
        }


@dataclass
class _Stored:
    """One step as the database holds it (or as it is about to be written)."""

    state: str = "open"
    started_on: date | None = None
    done_on: date | None = None
    reference: str = ""
    note: str = ""
    changed_by: str = ""
    changed_at: str = ""

    @classmethod
    def from_row(cls, row) -> _Stored:
        return cls(state=row["state"], started_on=_date(row["started_on"]), done_on=_date(row["done_on"]),
                   reference=row["reference"], note=row["note"], changed_by=row["changed_by"],
                   changed_at=row["changed_at"])


class OnboardingService:
    """Everybody signed in reads the checklists; guarantee officers and administrators change them."""

    def __init__(self, db: Database, access: Access, certificates: CertificateStore,
                 params: CommParamsService, audit: AuditLog | None = None,
                 clock: Callable[[], datetime] = lambda: datetime.now(UTC)):
        self._db = db
        self._access = access
        self._certificates = certificates
        self._params = params
        self._audit = audit or AuditLog(db)
        self._clock = clock

    # -- reading --------------------------------------------------------------------------------
    def checklists(self) -> list[Checklist]:
        """One per EORI and administration of the parameter sets, and any that has recorded steps."""
        pairs = {(p.eori, p.administration) for p in self._params.list() if p.eori}
        pairs |= {(r[0], r[1]) for r in self._db.execute("SELECT DISTINCT eori, administration FROM onboarding_steps")}
        names = self._organisation_names()
        return [self._build(eori, administration, names) for eori, administration in sorted(pairs)]

    def checklist(self, eori: str, administration: str) -> Checklist:
        eori = normalise_eori(eori)
        _raise_if(_pair_errors(eori, administration))
        return self._build(eori, administration, self._organisation_names())

    def why_not_change(self) -> str | None:
        """Why the signed-in user may not change the checklists (None: they may)."""
        return self._access.why_not_manager(translate("Communication", CHANGE))

    # -- changing -------------------------------------------------------------------------------
    def set_step(
        self, eori: str, administration: str, step: str, state: str, *, started_on: date | None = None,
        done_on: date | None = None, reference: str | None = None, note: str | None = None,
    ) -> Checklist:
        """Record a step's state. A value left None keeps what is stored; a state that has no use for a
        stored date drops it (an open step has no dates, only a done step has a done date)."""
        self._access.require_manager(translate("Communication", CHANGE))
        eori = normalise_eori(eori)
        errors = _pair_errors(eori, administration)
        if step not in _DEFINITIONS:
            errors.append(FieldError("step", translate("Communication", "The step must be one of {steps}.").format(
                steps=", ".join(STEPS))))
        if state not in STATES:
            errors.append(FieldError("state", translate("Communication", "The state must be one of {states}.").format(
                states=", ".join(STATES))))
        _raise_if(errors)
        current = self._build(eori, administration, {})
        old = current.step(step)
        new = self._updated(old, state, started_on, done_on, reference, note)
        _raise_if(self._rule_errors(current, old, new))
        self._write(eori, administration, old, new)
        return self.checklist(eori, administration)

    def _updated(self, old: Step, state: str, started_on: date | None, done_on: date | None,
                 reference: str | None, note: str | None) -> _Stored:
        errors = []
        if state == "open" and started_on:
            errors.append(FieldError("started_on", translate(
                "Communication", "An open step has not started: set the state to in progress or done, or leave the "
                                 "start date empty.")))
        if state != "done" and done_on:
            errors.append(FieldError("done_on", translate(
                "Communication", "Only a step that is done has a done date: set the state to done, or leave the done "
                                 "date empty.")))
        if reference and not old.reference_label:
            errors.append(FieldError("reference", translate(
                "Communication", "Step {number} has no reference to record: leave it empty (the ticket number belongs "
                                 "to step 3).").format(number=old.number)))
        _raise_if(errors)
        started, done = _dates(old, state, started_on, done_on, self._access.today())
        return _Stored(state=state, started_on=started, done_on=done,
                       reference=(old.reference if reference is None else reference).strip(),
                       note=(old.note if note is None else note).strip())

    def _rule_errors(self, current: Checklist, old: Step, new: _Stored) -> list[FieldError]:
        errors = _date_errors(new, self._access.today())
        if new.state == "not_needed" and not new.note:
            if old.not_needed_reason:
                message = translate("Communication", "A step that is not needed says why: write the reason in the "
                                                     "note, e.g. “{reason}”.").format(reason=old.not_needed_reason)
            else:
                message = translate("Communication", "A step that is not needed says why: write the reason in the "
                                                     "note.")
            errors.append(FieldError("note", message))
        errors += self._order_errors(current, old, new)
        return errors

    def _order_errors(self, current: Checklist, old: Step, new: _Stored) -> list[FieldError]:
        errors = []
        if old.key in ("register", "send_to_gateway") and new.state == "done" and current.certificate_id is None:
            errors.append(FieldError("state", translate(
                "Communication", "Step {number} can be done only with the participant certificate of EORI {eori} at "
                                 "hand, and none is imported: import it in {place} first, then mark this step done.",
            ).format(number=old.number, eori=current.eori, place=_certificates_place())))
        gateway, password = current.step("send_to_gateway"), current.step("send_password")
        if old.key == "send_password" and new.state in ("in_progress", "done") and not _ticket_arrived(gateway):
            errors.append(FieldError("state", translate(
                "Communication", "The password is sent only in a separate reply after the gateway operator has "
                                 "answered with a ticket number — never together with the certificate. Mark step 3 "
                                 "done with its ticket number first.")))
        if old.key == "send_to_gateway" and password.state in ("in_progress", "done") and not (
                new.state == "done" and new.reference):
            field = "reference" if new.state == "done" else "state"
            if password.state == "done":
                message = translate("Communication", "Step 4 records the password as done for ticket {ticket}, so "
                                                     "step 3 has to stay done with that ticket number: set step 4 "
                                                     "back to open first.")
            else:
                message = translate("Communication", "Step 4 records the password as in progress for ticket {ticket}, "
                                                     "so step 3 has to stay done with that ticket number: set step 4 "
                                                     "back to open first.")
            errors.append(FieldError(field, message.format(ticket=gateway.reference)))
        return errors

    def _write(self, eori: str, administration: str, old: Step, new: _Stored) -> None:
        new.changed_by, new.changed_at = self._access.user.login, utc_stamp(self._clock())
        row = {"eori": eori, "administration": administration, "step": old.key, "state": new.state,
               "started_on": _iso(new.started_on), "done_on": _iso(new.done_on), "reference": new.reference,
               "note": new.note, "changed_by": new.changed_by, "changed_at": new.changed_at}
        with self._db.atomic():
            upsert_row(self._db, "onboarding_steps", row, key=("eori", "administration", "step"))
            self._audit.record(new.changed_by, "onboarding_step", org_id=self._only_organisation(eori),
                               detail=_audit_detail(eori, administration, old, new))

    # -- building -------------------------------------------------------------------------------
    def _build(self, eori: str, administration: str, names: dict[str, list[str]]) -> Checklist:
        stored = {row["step"]: _Stored.from_row(row) for row in self._db.execute(
            "SELECT * FROM onboarding_steps WHERE eori = ? AND administration = ?", [eori, administration]).fetchall()}
        certificate = self._certificates.participant_for(eori)
        codes = self._participant_codes(eori, administration)
        plain = [_step(d, number, administration, stored.get(d.key, _Stored()))
                 for number, d in enumerate(STEP_DEFINITIONS, start=1)]
        draft = Checklist(eori, administration, names.get(eori, []), plain, codes,
                          certificate.id if certificate else None)
        today = self._access.today()
        steps = [_with_hint(step, draft, certificate, today) for step in plain]
        return Checklist(eori, administration, names.get(eori, []), steps, codes, draft.certificate_id)

    def _participant_codes(self, eori: str, administration: str) -> list[str]:
        sets = [p for p in self._params.list() if p.eori == eori and p.administration == administration]
        sets.sort(key=lambda p: ENVIRONMENT_ORDER.index(p.environment) if p.environment in ENVIRONMENT_ORDER else 9)
        return list(dict.fromkeys(p.participant_code.strip() for p in sets if p.participant_code.strip()))

    def _organisation_names(self) -> dict[str, list[str]]:
        """EORI -> the names of the organisations with it that the user may see."""
        visible, arguments = self._access.org_filter("id")
        names: dict[str, list[str]] = {}
        for eori, name in self._db.execute(
                f"SELECT eori, name FROM organisations WHERE {visible} ORDER BY name", arguments).fetchall():
            names.setdefault(eori, []).append(name)
        return names

    def _only_organisation(self, eori: str) -> int | None:
        rows = self._db.execute("SELECT id FROM organisations WHERE eori = ?", [eori]).fetchall()
        return rows[0][0] if len(rows) == 1 else None


# --- hints ---------------------------------------------------------------------------------------------


def _with_hint(step: Step, checklist: Checklist, certificate: StoredCertificate | None, today: date) -> Step:
    hint = {
        "apply": lambda: _apply_hint(step, certificate, today),
        "register": lambda: _register_hint(step, certificate),
        "send_to_gateway": lambda: _gateway_hint(step, checklist),
        "send_password": lambda: _password_hint(step, checklist),
    }[step.key]()
    return replace(step, hint=hint)


def _apply_hint(step: Step, certificate: StoredCertificate | None, today: date) -> str:
    if certificate is not None:
        return _certificate_facts(step, certificate, today)
    if step.state == "not_needed":
        return ""
    if step.state == "in_progress" and step.started_on:
        early, late = _arrival(step.started_on)
        sentences = [translate("Communication", "Applied on {date}: the certificate is expected between {early} and "
                                                "{late}.").format(date=step.started_on, early=early, late=late)]
        if today > late:
            sentences.append(translate("Communication", "That is past: ask the trust service provider where it is."))
        sentences.append(translate("Communication", "Import it in {place} when it arrives.").format(
            place=_certificates_place()))
        return " ".join(sentences)
    if step.state == "done":
        return translate("Communication", "No participant certificate is imported for this EORI yet: import it in "
                                          "{place} (the PKCS#12/PFX file and its password) so that steps 2 and 3 can "
                                          "use it.").format(place=_certificates_place())
    early, late = _arrival(today)
    return translate("Communication", "A new certificate costs money and takes 8–10 weeks: applied today, it would "
                                      "arrive between {early} and {late}.").format(early=early, late=late)


def _certificate_facts(step: Step, certificate: StoredCertificate, today: date) -> str:
    valid_until = certificate.not_after.date()
    sentences = [translate("Communication", "The participant certificate was imported on {date}, valid until "
                                            "{end}.").format(date=certificate.added_at.date(), end=valid_until)]
    if certificate.is_test:
        sentences.append(translate("Communication", "It is a test certificate, usable in training only."))
    if valid_until < today:
        sentences.append(translate("Communication", "It has expired: apply for a new one now."))
    else:
        sentences.append(translate("Communication", "Order the yearly renewal by {date}: a new one takes 8–10 "
                                                    "weeks.").format(date=valid_until - RENEWAL_LEAD))
    if not step.settled:
        sentences.append(translate("Communication", "Mark this step done."))
    return " ".join(sentences)


def _register_hint(step: Step, certificate: StoredCertificate | None) -> str:
    if certificate is None:
        return translate("Communication", "Import the participant certificate in {place} first: this step can be "
                                          "marked done only then.").format(place=_certificates_place())
    if step.state == "done":
        return translate("Communication", "Registered. Step 3 sends the certificate to the gateway operator.")
    return translate("Communication", "Use “Export public certificate…” and upload that file: it holds the public "
                                      "certificate only. Never upload the PKCS#12/PFX file or the private key.")


def _gateway_hint(step: Step, checklist: Checklist) -> str:
    if not checklist.participant_codes:
        text = translate("Communication", "No participant code is set for EORI {eori} in {administration}, and the "
                                          "mail subject names it: fill it in {setting}.").format(
            eori=checklist.eori, administration=checklist.administration_label,
            setting=translate("Communication", PARTICIPANT_CODE_SETTING))
    elif len(checklist.participant_codes) == 1:
        text = translate("Communication", "Mail subject: “{subject}”.").format(subject=checklist.mail_subject)
    else:
        text = translate("Communication", "One mail per participant code, with the subjects {subjects}.").format(
            subjects=", ".join(f"“{subject}”" for subject in checklist.mail_subjects))
    if step.reference:
        then = translate("Communication", "Ticket number {ticket}: reply to that mail with the password (step "
                                          "4).").format(ticket=step.reference)
    elif step.state == "done":
        then = translate("Communication", "Waiting for the ticket number: enter it here when the operator's mail "
                                          "arrives.")
    elif not checklist.step("register").settled:
        then = translate("Communication", "Send it once it is registered with customs (step 2), without its "
                                          "password.")
    else:
        then = translate("Communication", "Send the certificate without its password.")
    return f"{text} {then}"


def _password_hint(step: Step, checklist: Checklist) -> str:
    gateway = checklist.step("send_to_gateway")
    if not _ticket_arrived(gateway):
        return translate("Communication", "Wait for the ticket number of step 3 before sending the password. Never "
                                          "send the certificate and its password together.")
    if step.state == "done":
        return translate("Communication", "The password was sent in reply to ticket {ticket}.").format(
            ticket=gateway.reference)
    return translate("Communication", "Reply to the operator's mail with ticket number {ticket}, with the "
                                      "certificate's password only — no attachment.").format(ticket=gateway.reference)


def _certificates_place() -> str:
    """Where certificates are imported, as the window names it (a text of core.transport)."""
    return translate("Transport", CERTIFICATES_PLACE)


# --- helpers -------------------------------------------------------------------------------------------


def _step(definition: StepDefinition, number: int, administration: str, stored: _Stored) -> Step:
    """The step as the user reads it: its texts in their language."""
    return Step(
        key=definition.key, number=number, title=translate("Communication", definition.title),
        explanation=definition.explanation_for(administration), state=stored.state, started_on=stored.started_on,
        done_on=stored.done_on, reference=stored.reference, note=stored.note, changed_by=stored.changed_by,
        changed_at=stored.changed_at, reference_label=_translated(definition.reference_label),
        not_needed_reason=_translated(definition.not_needed_reason),
    )


def _translated(text: str) -> str:
    return translate("Communication", text) if text else ""


def _dates(old: Step, state: str, started_on: date | None, done_on: date | None,
           today: date) -> tuple[date | None, date | None]:
    """The start and done dates a step in ``state`` keeps: given ones, else stored ones, else today where needed."""
    if state == "open":
        return None, None
    started = started_on or old.started_on or (today if state == "in_progress" else None)
    if state != "done":
        return started, None
    return started, done_on or (old.done_on if old.state == "done" else None) or today


def _ticket_arrived(gateway: Step) -> bool:
    return gateway.state == "done" and bool(gateway.reference)


def _arrival(started_on: date) -> tuple[date, date]:
    return tuple(started_on + timedelta(weeks=weeks) for weeks in DELIVERY_WEEKS)


def _pair_errors(eori: str, administration: str) -> list[FieldError]:
    errors = eori_errors(eori)
    if administration not in ADMINISTRATIONS:
        errors.append(FieldError("administration", translate(
            "Communication", "The administration must be one of {codes}.").format(codes=", ".join(ADMINISTRATIONS))))
    return errors


def _date_errors(new: _Stored, today: date) -> list[FieldError]:
    errors = []
    if new.started_on and new.started_on > today:
        errors.append(FieldError("started_on", translate(
            "Communication", "The start date {date} is in the future: give the day the step was started, today at the "
                             "latest.").format(date=new.started_on)))
    if new.done_on and new.done_on > today:
        errors.append(FieldError("done_on", translate(
            "Communication", "The done date {date} is in the future: mark the step done on the day it was done, today "
                             "at the latest.").format(date=new.done_on)))
    if new.started_on and new.done_on and new.started_on > new.done_on:
        errors.append(FieldError("done_on", translate(
            "Communication", "The done date {date} is before the start date {start}: correct one of the two "
                             "dates.").format(date=new.done_on, start=new.started_on)))
    return errors


def _audit_detail(eori: str, administration: str, old: Step, new: _Stored) -> Phrase:
    """The record of the change (core.wording), the step's own texts as the code defines them."""
    definition = _DEFINITIONS[old.key]
    states = {"done": _said(QT_TRANSLATE_NOOP("Audit", "done on {date}"), date=str(new.done_on)),
              "in_progress": _said(QT_TRANSLATE_NOOP("Audit", "in progress since {date}"), date=str(new.started_on)),
              "not_needed": _said(QT_TRANSLATE_NOOP("Audit", "not needed ({note})"), note=new.note)}
    state = states.get(new.state, Phrase("Communication", STATES[new.state]))
    text = _said(QT_TRANSLATE_NOOP("Audit", "{eori} {administration}, step {number} “{title}”: {state}"), eori=eori,
                 administration=ADMINISTRATIONS[administration], number=old.number,
                 title=Phrase("Communication", definition.title), state=state)
    if new.reference:
        text = _said(QT_TRANSLATE_NOOP("Audit", "{change}, {label} {reference}"), change=text,
                     label=Phrase("Communication", definition.reference_label), reference=new.reference)
    if old.state == new.state:
        return text
    return _said(QT_TRANSLATE_NOOP("Audit", "{change} (was {state})"), change=text,
                 state=Phrase("Communication", STATES[old.state]))


def _raise_if(errors: list[FieldError]) -> None:
    if errors:
        raise ValidationError(errors)


def _date(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None
