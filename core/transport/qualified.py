"""Is a certificate fit for signing customs messages? eIDAS checks read from the certificate (spec 03 §3.1).

QCStatements (RFC 3739, ETSI EN 319 412-5) are decoded with asn1crypto; ``cryptography`` returns the
extension only as raw DER. Whether the issuer is on an EU trusted list cannot be read from the
certificate itself, so that line is a note, never a pass.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime

from asn1crypto import core as asn1
from cryptography import x509
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtensionOID

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.transport.cms import READABLE_ATTRIBUTE_NAMES, subject_of

QC_STATEMENTS = x509.ObjectIdentifier("1.3.6.1.5.5.7.1.3")
QC_COMPLIANCE = "0.4.0.1862.1.1"
QC_SSCD = "0.4.0.1862.1.4"
QC_TYPE = "0.4.0.1862.1.6"
QC_CC_LEGISLATION = "0.4.0.1862.1.7"
QC_TYPES = {"0.4.0.1862.1.6.1": "esign", "0.4.0.1862.1.6.2": "eseal", "0.4.0.1862.1.6.3": "web"}
QCP_L_QSCD = "0.4.0.194112.1.3"
MIN_RSA_BITS, MIN_EC_BITS = 2048, 256
VALIDITY_CHECK = QT_TRANSLATE_NOOP("Transport", "Valid now")
STRONG_HASHES = (hashes.SHA256, hashes.SHA384, hashes.SHA512, hashes.SHA3_256, hashes.SHA3_384, hashes.SHA3_512)


class _QcStatement(asn1.Sequence):
    _fields = [("statement_id", asn1.ObjectIdentifier), ("statement_info", asn1.Any, {"optional": True})]


class _QcStatements(asn1.SequenceOf):
    _child_spec = _QcStatement


class _QcTypes(asn1.SequenceOf):
    _child_spec = asn1.ObjectIdentifier


class _CountryNames(asn1.SequenceOf):
    _child_spec = asn1.PrintableString


@dataclass(frozen=True)
class Check:
    """One line of the verdict: passed True/False, or None for a note that is neither.

    ``name`` is English, as code and the ``cert-inspect`` JSON name the check; ``why`` is in the user's language."""

    name: str
    passed: bool | None
    why: str

    @property
    def label(self) -> str:
        """The check's name as the user reads it, in their language."""
        return translate("Transport", self.name)


@dataclass
class QcStatements:
    compliance: bool = False
    types: list[str] = field(default_factory=list)
    sscd: bool = False
    cc_legislation: list[str] = field(default_factory=list)
    present: bool = False
    problem: str = ""


@dataclass
class Inspection:
    certificate: x509.Certificate
    qc: QcStatements
    checks: list[Check]
    at: datetime | None = None  # when the certificate was inspected

    @property
    def suitable(self) -> bool:
        return all(c.passed is not False for c in self.checks)

    @property
    def problems(self) -> list[str]:
        return [c.why for c in self.checks if c.passed is False]

    @property
    def lasting_problems(self) -> list[str]:
        """The problems apart from the validity dates: what makes it a test certificate whenever it is used."""
        return [c.why for c in self.checks if c.passed is False and c.name != VALIDITY_CHECK]

    @property
    def expired(self) -> bool:
        return self.at is not None and self.at > self.certificate.not_valid_after_utc

    @property
    def verdict(self) -> str:
        if self.suitable:
            return translate("Transport", "Suitable for signing customs messages: yes — it is an EU qualified seal "
                                          "certificate with the right key usage, a strong key and hash, and it is "
                                          "valid now.")
        #: {problems}: the reasons, separated by semicolons
        return translate("Transport", "Suitable for signing customs messages: no — because {problems}.").format(
            problems="; ".join(self.problems))


def read_qc_statements(certificate: x509.Certificate) -> QcStatements:
    try:
        extension = certificate.extensions.get_extension_for_oid(QC_STATEMENTS)
    except x509.ExtensionNotFound:
        return QcStatements()
    result = QcStatements(present=True)
    try:
        statements = _QcStatements.load(extension.value.value)
        for statement in statements:
            _read_statement(statement, result)
    except (ValueError, TypeError) as exc:
        result.problem = translate("Transport", "the QCStatements extension cannot be read ({reason})").format(
            reason=exc)
    return result


def _read_statement(statement: _QcStatement, result: QcStatements) -> None:
    oid = statement["statement_id"].dotted
    info = statement["statement_info"]
    if oid == QC_COMPLIANCE:
        result.compliance = True
    elif oid == QC_SSCD:
        result.sscd = True
    elif oid == QC_TYPE and info.native is not None:
        result.types += [QC_TYPES.get(t.dotted, t.dotted) for t in _QcTypes.load(info.dump())]
    elif oid == QC_CC_LEGISLATION and info.native is not None:
        result.cc_legislation += [c.native for c in _CountryNames.load(info.dump())]


def inspect_certificate(certificate: x509.Certificate, at: datetime | None = None) -> Inspection:
    at = at or datetime.now(UTC)
    qc = read_qc_statements(certificate)
    checks = [
        _compliance_check(qc), _type_check(qc), _device_check(certificate, qc), _key_usage_check(certificate),
        _key_check(certificate), _hash_check(certificate), _validity_check(certificate, at),
        Check(QT_TRANSLATE_NOOP("Transport", "EU trusted list"), None, translate(
            "Transport", "Whether the issuer is a qualified trust service provider on the EU trusted lists cannot be "
                         "read from the certificate: check the issuer at "
                         "https://eidas.ec.europa.eu/efda/tl-browser/.")),
    ]
    return Inspection(certificate, qc, checks, at)


def _compliance_check(qc: QcStatements) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "EU qualified (QcCompliance)")
    if qc.problem:
        return Check(name, False, qc.problem)
    if not qc.compliance:
        return Check(name, False, translate(
            "Transport", "it is not an EU qualified certificate (no QcCompliance statement)"))
    if qc.cc_legislation:
        return Check(name, False, translate(
            "Transport", "it is qualified only under the law of {countries} (QcCClegislation), not under eIDAS",
        ).format(countries=", ".join(qc.cc_legislation)))
    return Check(name, True, translate("Transport", "QcCompliance present: issued as an EU qualified certificate"))


def _type_check(qc: QcStatements) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "Certificate for electronic seals (QcType)")
    if "eseal" in qc.types:
        return Check(name, True, translate(
            "Transport", "QcType eseal: a certificate for electronic seals of an organisation"))
    if not qc.types:
        return Check(name, False, translate(
            "Transport", "no QcType: by ETSI EN 319 412-5 that means a signature of a natural person, not a seal of "
                         "the organisation"))
    if qc.types == ["web"]:
        return Check(name, False, translate(
            "Transport", "QcType web, not eseal: customs messages are sealed by the organisation (a website "
                         "certificate signs nothing)"))
    #: {types}: the certificate's QcTypes, e.g. "esign"
    return Check(name, False, translate(
        "Transport", "QcType {types}, not eseal: customs messages are sealed by the organisation",
    ).format(types=_and(qc.types)))


def _device_check(certificate: x509.Certificate, qc: QcStatements) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "Key in a qualified device (QcSSCD or QCP-l-qscd)")
    if qc.sscd:
        return Check(name, True, translate("Transport", "QcSSCD: the key is in a qualified seal creation device"))
    if QCP_L_QSCD in _policies(certificate):
        return Check(name, True, translate(
            "Transport", "policy QCP-l-qscd: the key is in a qualified seal creation device"))
    return Check(name, None, translate(
        "Transport", "the key is not declared to be in a qualified device: an advanced seal, which customs accept; a "
                     "qualified seal needs a QSCD"))


def _policies(certificate: x509.Certificate) -> set[str]:
    try:
        policies = certificate.extensions.get_extension_for_oid(ExtensionOID.CERTIFICATE_POLICIES).value
    except x509.ExtensionNotFound:
        return set()
    return {p.policy_identifier.dotted_string for p in policies}


def key_usage_flags(certificate: x509.Certificate) -> tuple[bool, bool]:
    """(digitalSignature, nonRepudiation)."""
    try:
        usage = certificate.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE).value
    except x509.ExtensionNotFound:
        return False, False
    return usage.digital_signature, usage.content_commitment


def _key_usage_check(certificate: x509.Certificate) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "Key usage digitalSignature and nonRepudiation")
    digital, non_repudiation = key_usage_flags(certificate)
    missing = [n for n, ok in (("digitalSignature", digital), ("nonRepudiation", non_repudiation)) if not ok]
    if missing:
        #: {usages}: the key usages missing, e.g. "nonRepudiation"
        return Check(name, False, translate("Transport", "the key usage lacks {usages}").format(usages=_and(missing)))
    return Check(name, True, translate("Transport", "digitalSignature and nonRepudiation (contentCommitment) allowed"))


def key_description(certificate: x509.Certificate) -> tuple[str, int]:
    key = certificate.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        return "RSA", key.key_size
    if isinstance(key, ec.EllipticCurvePublicKey):
        return "EC", key.curve.key_size
    return type(key).__name__.replace("PublicKey", ""), getattr(key, "key_size", 0)


def _key_check(certificate: x509.Certificate) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "Key strength (RSA ≥ 2048 or EC ≥ 256 bits)")
    kind, size = key_description(certificate)
    minimum = {"RSA": MIN_RSA_BITS, "EC": MIN_EC_BITS}.get(kind)
    if minimum is None:
        return Check(name, False, translate("Transport", "the key is {kind}: customs accept RSA or EC keys").format(
            kind=kind))
    if size < minimum:
        return Check(name, False, translate("Transport", "the {kind} key has {size} bits, fewer than {minimum}").format(
            kind=kind, size=size, minimum=minimum))
    return Check(name, True, translate("Transport", "{kind} {size} bits").format(kind=kind, size=size))


def _hash_check(certificate: x509.Certificate) -> Check:
    name = QT_TRANSLATE_NOOP("Transport", "Signature hash SHA-256 or stronger")
    algorithm = certificate.signature_hash_algorithm
    if isinstance(algorithm, STRONG_HASHES):
        return Check(name, True, translate("Transport", "signed with {hash}").format(hash=algorithm.name.upper()))
    if algorithm is None:
        return Check(name, False, translate("Transport", "the certificate is signed with an unknown hash, weaker than "
                                                         "SHA-256"))
    return Check(name, False, translate(
        "Transport", "the certificate is signed with {hash}, weaker than SHA-256").format(hash=algorithm.name.upper()))


def _validity_check(certificate: x509.Certificate, at: datetime) -> Check:
    name = VALIDITY_CHECK
    start, end = certificate.not_valid_before_utc, certificate.not_valid_after_utc
    if at < start:
        return Check(name, False, translate("Transport", "it is not valid yet (from {start} UTC)").format(
            start=f"{start:%Y-%m-%d %H:%M}"))
    if at > end:
        return Check(name, False, translate("Transport", "it expired on {end}").format(end=f"{end:%Y-%m-%d}"))
    return Check(name, True, translate("Transport", "valid from {start} to {end}").format(
        start=f"{start:%Y-%m-%d}", end=f"{end:%Y-%m-%d}"))


def _and(items: list[str]) -> str:
    """Names (codes, not words) listed for a sentence: "a", "a and b", "a, b and c"."""
    if len(items) == 1:
        return items[0]
    #: {items}: names separated by commas, {last}: the last name; e.g. "esign and web"
    return translate("Transport", "{items} and {last}").format(items=", ".join(items[:-1]), last=items[-1])


def inspection_json(inspection: Inspection) -> dict:
    """The ``cert-inspect`` contract."""
    certificate = inspection.certificate
    kind, size = key_description(certificate)
    digital, non_repudiation = key_usage_flags(certificate)
    return {
        "subject": subject_of(certificate),
        "issuer": certificate.issuer.rfc4514_string(READABLE_ATTRIBUTE_NAMES),
        "serial": format(certificate.serial_number, "X"),
        "not_before": certificate.not_valid_before_utc.isoformat(),
        "not_after": certificate.not_valid_after_utc.isoformat(),
        "key_type": kind, "key_size": size,
        "digital_signature": digital, "non_repudiation": non_repudiation,
        "qc_compliance": inspection.qc.compliance, "qc_types": inspection.qc.types, "qc_sscd": inspection.qc.sscd,
        "qc_cc_legislation": inspection.qc.cc_legislation,
        "suitable_for_signing": inspection.suitable, "problems": inspection.problems,
        "checks": [{"name": c.name, "passed": c.passed, "why": c.why} for c in inspection.checks],
        "verdict": inspection.verdict,
    }
