"""Demo data: Czech, German and Polish organisations with guarantees of several types."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from core.communication import CommParams
from core.context import UserContext
from core.guarantees.access_codes import AccessCodes, AccessCodeService
from core.guarantees.grn import with_check_digit
from core.guarantees.model import Guarantee
from core.guarantees.service import GuaranteeService
from core.organisations import Organisation
from core.secrets import Secret
from core.settings import DEMO_OFFERED_KEY
from core.suma.model import Declaration, Position, Status, new_mrn
from core.users import (
    Access,
    Level,
    Representation,
    RepresentationKind,
    Rights,
    Role,
    User,
    system_access,
)

SIMULATOR_GATEWAY = "http://127.0.0.1:8720/"

PARAMETER_SETS = [
    CommParams(name="CZ NCTS training", administration="CZ", environment="training", eori="CZ25596641",
               participant_code="CDTRAIN01", ncts_permit_number="NCTS-CZ-2025-0142", gateway=SIMULATOR_GATEWAY),
    CommParams(name="DE ATLAS test", administration="DE", environment="test", eori="DE415230871234567",
               participant_code="DE-WKS-0815", ncts_permit_number="ATLAS-DE-7731", gateway=SIMULATOR_GATEWAY),
    CommParams(name="PL NCTS test (permit pending)", administration="PL", environment="test", eori="PL5260001246",
               gateway=SIMULATOR_GATEWAY),
]

ORGANISATIONS = [
    (Organisation(name="Spedice Brno s.r.o.", eori="CZ25596641", country="CZ", street="Hněvkovského 30",
                  postcode="617 00", city="Brno", contact="Jana Dvořáková", email="clo@spedicebrno.cz",
                  phone="+420 543 210 987", is_representative=True), 0),
    (Organisation(name="Jihočeská doprava a.s.", eori="CZ60826843", country="CZ", street="Lidická 2020",
                  postcode="370 01", city="České Budějovice", contact="Petr Novák"), 0),
    (Organisation(name="Hafen Logistik GmbH", eori="DE415230871234567", country="DE", street="Am Sandtorkai 5",
                  postcode="20457", city="Hamburg", contact="Anna Schulz", email="zoll@hafenlogistik.de"), 1),
    (Organisation(name="Transpol Sp. z o.o.", eori="PL5260001246", country="PL", street="ul. Grzybowska 12",
                  postcode="00-132", city="Warszawa", contact="Piotr Kowalski"), 2),
]

# (organisation index, type, GRN body (16 characters) or other reference, office, amount, currency)
GUARANTEES = [
    (0, "1", "25CZ520101000011", "CZ520101", "2500000.00", "CZK"),
    (0, "0", "25CZ510101000027", "CZ510101", "5000000.00", "CZK"),
    (0, "2", "25CZ610101000203", "CZ610101", "180000.00", "CZK"),
    (1, "1", "25CZ520101000145", "CZ520101", "1200000.00", "CZK"),
    (1, "3", "Cash deposit 2025/117", "CZ520101", "45000.00", "CZK"),
    (2, "1", "25DE004600000319", "DE004600", "300000.00", "EUR"),
    (2, "9", "25DE002150000422", "DE002150", "80000.00", "EUR"),
    (2, "4", "25DE004600000517", "DE004600", "7000.00", "EUR"),
    (3, "1", "25PL320000000614", "PL320000", "900000.00", "PLN"),
    (3, "8", "Urząd Miasta Gdańsk", "PL320000", None, ""),
]
VOUCHER_SUFFIX = "A000042"
DEMO_PAC = "PK7Q"
DEMO_SPKS = {"0": ["AC01", "BX42", "EV03"], "1": ["AC01", "BX42", "EV03"], "9": ["AC01", "BX42", "EV03"],
             "2": ["GU12"], "4": ["VO44"]}

DEMO_PASSWORD = "customsdesk-demo"
# login, full name, role, access level, how the identity was confirmed, own SPK (types 0, 1, 9)
DEMO_USERS = [
    ("petra", "Petra Svobodová", Role.OFFICER, Level.ADVANCED, "in person, identity card", "AC01"),
    ("jan", "Jan Novák", Role.DECLARANT, Level.ADVANCED, "qualified signature certificate", "BX42"),
    ("eva", "Eva Horáková", Role.DECLARANT, Level.BASIC, "", "EV03"),
]
# (organisation index, representative: user login or agency organisation index, kind, rights, basis, valid to)
DEMO_REPRESENTATIONS = [
    (0, "petra", RepresentationKind.EMPLOYEE, Rights.EXTENDED, "employment contract", None),
    (1, "petra", RepresentationKind.PROXY, Rights.EXTENDED, "power of attorney PA-2025/017", None),
    (2, "petra", RepresentationKind.PROXY, Rights.EXTENDED, "Vollmacht V-2025-88", None),
    (0, "jan", RepresentationKind.EMPLOYEE, Rights.BASIC, "employment contract", None),
    (3, "jan", RepresentationKind.PROXY, Rights.BASIC, "pełnomocnictwo 12/2025", None),
    (0, "eva", RepresentationKind.EMPLOYEE, Rights.BASIC, "employment contract", None),
    (1, 0, RepresentationKind.PROXY, Rights.EXTENDED, "power of attorney PA-2025/031", None),
    (2, 0, RepresentationKind.PROXY, Rights.EXTENDED, "Vollmacht V-2024-12 (ended)", date(2025, 6, 30)),
]


REGISTERED_AT = "2025-01-15T09:00:00"  # when customs (the simulator's register) took the demo SPKs


def load_demo(context: UserContext) -> dict:
    """Load the demo records and users once; loading again adds nothing. The loader holds the demo PAC."""
    context.access.require_admin("load the demo data")
    create_training_certificates(context)
    existing = {o.eori for o in context.organisations.list()}
    if any(org.eori in existing for org, _ in ORGANISATIONS):
        return {"loaded": False, "reason": "demo data already present", "organisations": 0, "guarantees": 0}
    params = [context.params.save(CommParams(**p.as_dict())) for p in PARAMETER_SETS]
    orgs = [(context.organisations.add(Organisation(**o.as_dict())), params[i].id) for o, i in ORGANISATIONS]
    guarantees = []
    for org_index, gtype, reference, office, amount, currency in GUARANTEES:
        org, params_id = orgs[org_index]
        g = context.guarantees.add(_guarantee(org.id, gtype, reference, office, amount, currency, params_id))
        _give_codes(context.access_codes, g, DEMO_SPKS.get(g.type, []), with_pac=True)
        if g.type in "01":
            with context.db.atomic():
                answers = GuaranteeService(context.db, system_access())
                answers.record_customs_answer(g.id, codes_registered_at=REGISTERED_AT)
        guarantees.append(g)
    users = _add_users(context, [o.id for o, _ in orgs], guarantees)
    declarations = _add_summary_declarations(context)
    context.set_setting(DEMO_OFFERED_KEY, "loaded")
    return {"loaded": True, "organisations": len(orgs), "guarantees": len(guarantees), "parameter_sets": len(params),
            "users": users, "demo_password": DEMO_PASSWORD, "summary_declarations": declarations}


# Two summary declarations customs hold already: one early with 3 positions, one partial with 300 (120 confirmed).
SUMMARY_DECLARATIONS = [("HL-2026-0117", "LH8400", 3, 0, Status.EARLY), ("HL-2026-0118", "CV7312", 300, 120,
                                                                         Status.PARTIAL)]
DEMO_GOODS = ["Electronic components", "Machine parts", "Textiles", "Pharmaceutical products", "Spare parts for cars"]


def _add_summary_declarations(context: UserContext) -> int:
    store = context.suma.store
    for serial, (reference, flight, count, confirmed, status) in enumerate(SUMMARY_DECLARATIONS, 1):
        declaration = Declaration(header=_summary_header(reference, flight),
                                  positions=[_summary_position(n) for n in range(1, count + 1)])
        declaration_id = store.create(declaration, context.user)
        with context.db.atomic():
            store.record_accepted(declaration_id, declaration, list(range(1, count + 1)),
                                  list(range(1, confirmed + 1)), status, new_mrn(2026, "DE", f"DEMO{serial:08d}"))
    return len(SUMMARY_DECLARATIONS)


def _summary_header(reference: str, flight: str) -> dict:
    hafen = ORGANISATIONS[2][0]
    return {"sender.tin": hafen.eori, "sender.branch": "0000", "identification": "REG", "reference": reference,
            "transport_number": flight, "arrival_date": "2026-12-03", "place_of_loading": "JFK",
            "previous_document_type": "MAWB", "previous_document_number": f"020-{flight}", "transport_mode": "4",
            "presenter.tin": hafen.eori, "presenter.branch": "0000", "presenter.name": hafen.name,
            "presenter.street": hafen.street, "presenter.postcode": hafen.postcode, "presenter.city": hafen.city,
            "presenter.country": hafen.country, "representative.tin": "", "representative.branch": "",
            "office_of_presentation": "DE004600", "presentation_date": "2026-12-03", "contact.name": "Anna Schulz",
            "contact.position": "Zollsachbearbeiterin", "contact.phone": "+49 40 123456",
            "additional_information": ""}


def _summary_position(number: int) -> Position:
    return Position({"number": number, "specific_reference": f"020-{10_000_000 + number * 7:08d}",
                     "specific_reference_kind": "AWB", "custodian.tin": "", "custodian.branch": "",
                     "custody_place": "HAM-CARGO-2", "description": DEMO_GOODS[number % len(DEMO_GOODS)],
                     "package_kind": "PK", "packages": 1 + number % 9,
                     "gross_mass": Decimal(25 + number % 400) + Decimal("0.5"), "customs_status": "N"})


def _add_users(context: UserContext, org_ids: list[int], guarantees: list[Guarantee]) -> list[dict]:
    """The demo's officer and declarants, their representations, and each one's own secondary code."""
    added = []
    for login, full_name, role, level, identity, _ in DEMO_USERS:
        if context.users.find(login) is None:
            context.users.add_user(context.session, User(login=login, full_name=full_name, role=role, level=level,
                                               identity_method=identity,
                                               identity_confirmed_on="2025-01-06" if identity else None), DEMO_PASSWORD)
            added.append({"login": login, "full_name": full_name, "role": role.value, "level": level.value})
    for org_index, who, kind, rights, basis, valid_to in DEMO_REPRESENTATIONS:
        agent = {"agency_id": org_ids[who]} if isinstance(who, int) else {"user_id": context.users.get(who).id}
        context.representations.save(Representation(org_id=org_ids[org_index], kind=kind, rights=rights, basis=basis,
                                               valid_from=date(2025, 1, 6), valid_to=valid_to, **agent))
    for login, *_, spk in DEMO_USERS:
        session = context.users.open_for_setup(context.session, login, DEMO_PASSWORD)  # nobody signs in
        access = Access(context.db, session.user)
        codes = AccessCodeService(context.db, session, access, context.audit)
        for g in guarantees:
            if access.can_see(g.org_id):
                _give_codes(codes, g, [spk] if g.type in "019" else DEMO_SPKS.get(g.type, []), with_pac=False)
    return added


def create_training_certificates(context: UserContext) -> None:
    """Certificates for the simulator's environment, stored like real ones (idempotent)."""
    from simulator.pki import create_training_pki

    participants = [(p.eori, p.administration, p.environment) for p in PARAMETER_SETS]
    create_training_pki(context.data_dir, context.certificates, participants)


def _guarantee(org_id, gtype, reference, office, amount, currency, params_id) -> Guarantee:
    g = Guarantee(org_id=org_id, type=gtype, office=office, currency=currency, params_id=params_id,
                  amount=Decimal(amount) if amount else None, description="Demo record")
    if gtype in "01249":
        g.grn = with_check_digit(reference) + (VOUCHER_SUFFIX if gtype == "4" else "")
    else:
        g.other_ref = reference
    return g


def _give_codes(codes: AccessCodeService, g: Guarantee, spks: list[str], with_pac: bool) -> None:
    if not spks:
        return
    pac = Secret(DEMO_PAC) if with_pac and g.type in "01" and g.grn.startswith("25CZ520101000011") else None
    codes.save(g.id, AccessCodes(pac=pac, spks=[Secret(s) for s in spks]))
