"""Movements handled on paper under the business continuity plan (spec 06 §6.2).

When NCTS cannot be used, goods are placed under transit on paper (a BCP-TAD, or a TAD printed before the
failure) with a number from a range the office keeps, and no MRN. The authorised consignee presents the endorsed
document at the office of destination at the latest on the working day after taking over the goods. A movement
started on paper ends on paper: it is never entered into NCTS afterwards (EU Transit Manual, part V), so
nothing here can send one, and this module has no way to the outbox.

Also here: the electronic declarations still pending from an outage (to withdraw), and the share of movements
handled on paper per month, which customs watch.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from core.changes import CONTINUITY, Changes
from core.continuity.incidents import Saved
from core.continuity.times import read_moment, stamp, utc_now
from core.continuity.working_days import (
    country_errors,
    holiday_name,
    region_code,
    regions_of,
    working_day_after,
)
from core.errors import FieldError, NotFound, UserError, ValidationError
from core.formatting import day as formatting_day
from core.formatting import locale_of
from core.i18n import QT_TRANSLATE_NOOP, translate
from core.store.rows import insert_row, update_row
from core.store.transactions import is_conflict

if TYPE_CHECKING:
    from core.refdata.catalogue import Catalogue
    from core.settings import Settings
    from core.store.connection import Database
    from core.users.access import Access

DOCUMENT_KINDS = {"BCP-TAD": QT_TRANSLATE_NOOP("Continuity", "BCP transit accompanying document (BCP-TAD)"),
                  "TAD": QT_TRANSLATE_NOOP("Continuity", "transit accompanying document (TAD)")}  # translated: as_dict
OFFICE_PATTERN = re.compile(r"[A-Z]{2}[A-Z0-9]{6}")
MRN_PATTERN = re.compile(r"[0-9]{2}[A-Z]{2}[A-Z0-9]{13}[0-9]")
DOCUMENT_NUMBER_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9/.\- ]{0,34}")
PREFIX_PATTERN = re.compile(r"[A-Z0-9/.\-]{0,20}")
MAX_NUMBER = 10 ** 12
NOTES_MAX = 2000
OFFICE_REGIONS_SETTING = "office_regions"  # "DE004600=HH DE002601=NW": the region whose holidays count as well
SHARE_WARNING_SETTING = "bcp_share_warning_percent"
DEFAULT_SHARE_WARNING = 5.0
PENDING_STATES = ("queued", "sent", "delivered")  # waiting to go, or gone without an answer
NOT_DECLARED_STATES = ("draft", "failed")  # outbound messages that never counted as declared
MAX_MONTHS = 120
ENDS_ON_PAPER = "EU Transit Manual, part V"


class EndsOnPaper(UserError):
    """A movement handled on paper under the business continuity plan is never sent electronically."""


@dataclass
class BcpMovement:
    id: int
    document_kind: str
    document_number: str
    office_departure: str
    office_destination: str
    country: str
    region: str
    taken_over_at: str
    deadline: str  # ISO date: the working day after taking over the goods
    presented_at: str | None
    incident: int | None
    notes: str
    created_by: str
    created_at: str

    @classmethod
    def from_row(cls, row) -> BcpMovement:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    @property
    def presented(self) -> bool:
        return self.presented_at is not None

    @property
    def label(self) -> str:
        return f"{self.document_kind} {self.document_number}"

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data["document_kind_label"] = (translate("Continuity", DOCUMENT_KINDS[self.document_kind])
                                       if self.document_kind in DOCUMENT_KINDS else self.document_kind)
        data["presented"] = self.presented
        return data


@dataclass
class NumberRange:
    id: int
    office: str
    prefix: str
    first: int
    last: int
    next: int
    created_at: str

    @classmethod
    def from_row(cls, row) -> NumberRange:
        return cls(**{f.name: row[f.name] for f in fields(cls)})

    @property
    def remaining(self) -> int:
        return max(0, self.last - self.next + 1)

    def number(self, n: int) -> str:
        """The paper number ``n`` as written on the form: the prefix, then as many digits as the range's last."""
        return f"{self.prefix}{n:0{len(str(self.last))}d}"

    @property
    def label(self) -> str:
        return f"{self.number(self.first)}–{self.number(self.last)}"

    def as_dict(self) -> dict:
        data = {f.name: getattr(self, f.name) for f in fields(self)}
        data.update(remaining=self.remaining, next_number=self.number(self.next) if self.remaining else None)
        return data


@dataclass(frozen=True)
class Deadline:
    """When the endorsed document of a movement about to be recorded is due (see :meth:`BcpService.deadline_for`)."""

    taken_over: date  # the day as written
    deadline: date  # the working day after it
    country: str
    region: str
    days_off: tuple[tuple[date, str], ...]  # the days skipped in between, and why (the weekend, a holiday's name)

    @property
    def text(self) -> str:
        where = f"{self.country}-{self.region}" if self.region else self.country
        values = {"deadline": _long_day(self.deadline), "taken_over": _long_day(self.taken_over), "where": where}
        if not self.days_off:
            return translate("Continuity", "Present the endorsed document by {deadline}: the working day after "
                                           "taking over the goods on {taken_over} ({where}).").format(**values)
        skipped = "; ".join(f"{_long_day(day)}: {why}" for day, why in self.days_off)
        text = translate("Continuity", "Present the endorsed document by {deadline}: the working day after taking "
                                       "over the goods on {taken_over} ({where}); not a working day: {skipped}.")
        return text.format(skipped=skipped, **values)


@dataclass(frozen=True)
class Reminder:
    movement: BcpMovement
    days_left: int  # 0 today, 1 tomorrow, negative: overdue
    text: str

    @property
    def overdue(self) -> bool:
        return self.days_left < 0

    def as_dict(self) -> dict:
        return {"movement": self.movement.id, "document_number": self.movement.document_number,
                "deadline": self.movement.deadline, "days_left": self.days_left, "overdue": self.overdue,
                "text": self.text}


@dataclass(frozen=True)
class PendingMessage:
    id: int
    message_id: str | None
    message_type: str
    kind: str
    state: str
    created_at: str
    sent_at: str | None

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class MonthShare:
    month: str  # YYYY-MM
    paper: int  # movements handled on paper (BCP), by the month the goods were taken over
    electronic: int  # messages declared electronically that month (NCTS and ATLAS)
    share: float | None  # per cent of paper movements; None in a month without any
    warning: str | None

    def as_dict(self) -> dict:
        return {f.name: getattr(self, f.name) for f in fields(self)}


class BcpService:
    """Everybody signed in records paper movements; guarantee officers and administrators keep the number
    ranges and the settings."""

    def __init__(self, db: Database, access: Access, settings: Settings, catalogue: Catalogue,
                 clock: Callable[[], datetime] = utc_now):
        self._db = db
        self._access = access
        self._settings = settings
        self._catalogue = catalogue
        self._clock = clock

    # -- movements --------------------------------------------------------------------------------------------
    def record(self, *, country: str, office_destination: str, taken_over: str | datetime,
               document_kind: str = "BCP-TAD", document_number: str | None = None, office_departure: str = "",
               incident: int | None = None, notes: str = "") -> Saved[BcpMovement]:
        """Record a movement handled on paper, with its deadline; without ``document_number`` the next number
        of a range kept for the office of destination is taken."""
        country = country.strip().upper()
        destination = _office_code(office_destination)
        departure = _office_code(office_departure)
        errors = country_errors(country)
        errors += self._office_errors(destination, "office_destination",
                                      translate("Continuity", "office of destination"))
        if departure:
            errors += self._office_errors(departure, "office_departure", translate("Continuity", "office of departure"))
        if not errors and destination[:2] != country:
            errors.append(FieldError("country", translate(
                "Continuity", "The office of destination {office} is in {office_country}, not {country}: the deadline "
                              "follows the public holidays of the destination country, so give {office_country}.")
                .format(office=destination, office_country=destination[:2], country=country)))
        kind = document_kind.strip().upper()
        if kind not in DOCUMENT_KINDS:
            errors.append(FieldError("document_kind", translate("Continuity", "'{kind}' is not a paper document: "
                                                                              "{kinds}.").format(
                kind=document_kind, kinds=" or ".join(DOCUMENT_KINDS))))
        typed = _document_number(document_number) if document_number not in (None, "") else None
        if typed is not None:
            errors += _document_number_errors(typed)
        if incident is not None and self._db.execute("SELECT 1 FROM incidents WHERE id = ?",
                                                      [incident]).fetchone() is None:
            errors.append(FieldError("incident", translate("Continuity", "Incident {id} does not exist: see the "
                                                                         "incident log.").format(id=incident)))
        notes = (notes or "").strip()
        if len(notes) > NOTES_MAX:
            errors.append(FieldError("notes", translate("Continuity", "The notes have {count} characters; at most "
                                                                      "{most}.").format(count=len(notes),
                                                                                        most=NOTES_MAX)))
        moment = None
        try:
            moment = read_moment(taken_over, "taken_over", translate("Continuity", "the taking over of the goods"))
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        region = self.office_regions().get(destination, "")
        deadline = working_day_after(moment.day, country, region)
        now = stamp(self._clock())
        with self._db.atomic():
            if typed is not None:
                self._require_unused(typed)
            number = typed if typed is not None else self._take_number(destination)
            try:
                movement_id = insert_row(self._db, "bcp_movements", {
                    "document_kind": kind, "document_number": number, "office_departure": departure,
                    "office_destination": destination, "country": country, "region": region,
                    "taken_over_at": moment.utc, "deadline": deadline.isoformat(), "incident": incident,
                    "notes": notes, "created_by": self._access.user.login, "created_at": now})
            except Exception as exc:
                if not is_conflict(exc):
                    raise
                raise ValidationError([_number_used(number)]) from None  # recorded by another workstation meanwhile
        return Saved(self.get(movement_id), Changes.of(CONTINUITY))

    def deadline_for(self, *, country: str, taken_over: str | datetime,
                     office_destination: str = "") -> Deadline:
        """The deadline :meth:`record` will compute, before anything is recorded (for a form that shows it as soon
        as it can): the country's public holidays, and the region's where the office of destination has one set.
        Raises ValidationError on ``country`` or ``taken_over``."""
        country = country.strip().upper()
        errors = country_errors(country)
        moment = None
        try:
            moment = read_moment(taken_over, "taken_over", translate("Continuity", "the taking over of the goods"))
        except ValidationError as exc:
            errors += exc.errors
        if errors:
            raise ValidationError(errors)
        destination = _office_code(office_destination)
        region = self.office_regions().get(destination, "") if destination[:2] == country else ""
        deadline = working_day_after(moment.day, country, region)
        days_off = []
        day = moment.day + timedelta(days=1)
        while day < deadline:
            if day.weekday() >= 5:
                days_off.append((day, translate("Continuity", "weekend")))
            else:
                holiday = holiday_name(day, country, region) or translate("Continuity", "public holiday")
                days_off.append((day, translate("Continuity", "{holiday}, a public holiday").format(holiday=holiday)))
            day += timedelta(days=1)
        return Deadline(moment.day, deadline, country, region, tuple(days_off))

    def get(self, movement_id: int) -> BcpMovement:
        row = self._db.execute("SELECT * FROM bcp_movements WHERE id = ?", [movement_id]).fetchone()
        if row is None:
            raise NotFound(translate("Continuity", "Paper movement {id} does not exist: see the list of movements "
                                                   "handled on paper for the numbers.").format(id=movement_id))
        return BcpMovement.from_row(row)

    def list(self, *, pending_only: bool = False) -> list[BcpMovement]:
        """Newest first; ``pending_only``: those not presented yet."""
        where = "WHERE presented_at IS NULL" if pending_only else ""
        rows = self._db.execute(f"SELECT * FROM bcp_movements {where} ORDER BY taken_over_at DESC, id DESC")
        return [BcpMovement.from_row(r) for r in rows.fetchall()]

    def mark_presented(self, movement_id: int, at: str | datetime | None = None) -> Changes:
        """The endorsed document was presented at the office of destination at ``at`` (default now)."""
        moment = read_moment(at if at not in (None, "") else self._clock(), "presented_at",
                             translate("Continuity", "the presentation"))
        with self._db.atomic():
            movement = self.get(movement_id)
            if movement.presented:
                raise ValidationError([FieldError("presented_at", translate(
                    "Continuity", "{movement} was presented already, on {presented}.").format(
                        movement=movement.label, presented=movement.presented_at))])
            if moment.utc < movement.taken_over_at:
                raise ValidationError([FieldError("presented_at", translate(
                    "Continuity", "The presentation ({presented}) cannot come before the goods were taken over "
                                  "({taken_over}).").format(presented=moment.utc,
                                                            taken_over=movement.taken_over_at))])
            update_row(self._db, "bcp_movements", movement_id, {"presented_at": moment.utc})
        return Changes.of(CONTINUITY)

    def send_electronically(self, movement_id: int) -> None:
        """Always refused: a movement started under the business continuity plan ends on paper."""
        movement = self.get(movement_id)
        raise EndsOnPaper(translate(
            "Continuity", "{movement} was placed under transit on paper under the business continuity plan: it ends "
                          "on paper at the office of destination {office} and is never entered into NCTS afterwards "
                          "({rule}). Present the endorsed {document} there by {deadline}. Nothing was sent.").format(
            movement=movement.label, office=movement.office_destination, rule=ENDS_ON_PAPER,
            document=movement.document_kind, deadline=movement.deadline))

    # -- reminders --------------------------------------------------------------------------------------------
    def due(self, at: date | datetime | None = None) -> list[Reminder]:
        """The movements not presented yet whose deadline is today, tomorrow or past (``at``: now), soonest
        first: for the banner and the notice at start."""
        today = _day(at if at is not None else self._clock())
        rows = self._db.execute(
            "SELECT * FROM bcp_movements WHERE presented_at IS NULL AND deadline <= ? ORDER BY deadline, id",
            [(today + timedelta(days=1)).isoformat()]).fetchall()
        return [_reminder(BcpMovement.from_row(r), today) for r in rows]

    def reminder(self, movement: BcpMovement, at: date | datetime | None = None) -> Reminder | None:
        """The reminder for one movement, when it is due (see :meth:`due`)."""
        today = _day(at if at is not None else self._clock())
        if movement.presented or date.fromisoformat(movement.deadline) > today + timedelta(days=1):
            return None
        return _reminder(movement, today)

    # -- number ranges ----------------------------------------------------------------------------------------
    def add_range(self, office: str, first: int, last: int, prefix: str = "") -> Saved[NumberRange]:
        """A range of paper declaration numbers the office allocated (``prefix`` then the number)."""
        self._access.require_manager(translate("Continuity", "keep the paper number ranges"))
        office = _office_code(office)
        prefix = (prefix or "").strip().upper()
        errors = self._office_errors(office, "office", translate("Continuity", "office"))
        if not PREFIX_PATTERN.fullmatch(prefix):
            errors.append(FieldError("prefix", translate("Continuity", "The prefix holds up to 20 letters, digits, "
                                                                       "'/', '.' or '-'.")))
        for name, value, text in (
                ("first", first, translate("Continuity", "The first number is a whole number from 0 to {most}.")),
                ("last", last, translate("Continuity", "The last number is a whole number from 0 to {most}."))):
            if not isinstance(value, int) or not 0 <= value < MAX_NUMBER:
                errors.append(FieldError(name, text.format(most=MAX_NUMBER - 1)))
        if not errors and first > last:
            errors.append(FieldError("last", translate("Continuity", "The last number ({last}) comes before the first "
                                                                     "({first}).").format(last=last, first=first)))
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            for other in self.ranges(office):
                if other.prefix == prefix and other.first <= last and first <= other.last:
                    raise ValidationError([FieldError("first", translate(
                        "Continuity", "The range overlaps range {id} ({range}) of office {office}: give numbers the "
                                      "office has not allocated before.").format(id=other.id, range=other.label,
                                                                                 office=office))])
            range_id = insert_row(self._db, "bcp_number_ranges", {
                "office": office, "prefix": prefix, "first": first, "last": last, "next": first,
                "created_at": stamp(self._clock())})
        return Saved(self._range(range_id), Changes.of(CONTINUITY))

    def ranges(self, office: str | None = None, *, to_take_from: bool = False) -> list[NumberRange]:
        """``to_take_from``: inside a transaction, locked until it ends (another workstation taking a number
        waits, then reads the next one)."""
        where, params = ("WHERE office = ?", [_office_code(office)]) if office else ("", [])
        locked = self._db.engine.lock_rows if to_take_from else ""
        rows = self._db.execute(f"SELECT * FROM bcp_number_ranges {where} ORDER BY office, id{locked}", params)
        return [NumberRange.from_row(r) for r in rows.fetchall()]

    def _range(self, range_id: int) -> NumberRange:
        return NumberRange.from_row(self._db.execute("SELECT * FROM bcp_number_ranges WHERE id = ?",
                                                     [range_id]).fetchone())

    def _take_number(self, office: str) -> str:
        """The next free number of the office's ranges, oldest range first; call inside the transaction that
        stores the movement, so that two workstations never take the same one."""
        ranges = self.ranges(office, to_take_from=True)
        for kept in ranges:
            n = kept.next
            while n <= kept.last and self._used(kept.number(n)):  # typed in by hand meanwhile
                n += 1
            update_row(self._db, "bcp_number_ranges", kept.id, {"next": min(n + 1, kept.last + 1)})
            if n <= kept.last:
                return kept.number(n)
        if ranges:
            text = translate("Continuity", "The paper number ranges of office {office} are used up ({used}): add the "
                                           "range the office allocated (bcp-range-add --office {office} --first N "
                                           "--last N), or give the number printed on the paper declaration.")
        else:
            text = translate("Continuity", "No paper number range is kept for office {office}: add the range the "
                                           "office allocated (bcp-range-add --office {office} --first N --last N), or "
                                           "give the number printed on the paper declaration.")
        raise ValidationError([FieldError("document_number", text.format(
            office=office, used=", ".join(r.label for r in ranges)))])

    def _used(self, number: str) -> bool:
        return self._db.execute("SELECT 1 FROM bcp_movements WHERE document_number = ?", [number]).fetchone() \
            is not None

    def _require_unused(self, number: str) -> None:
        if self._used(number):
            raise ValidationError([_number_used(number, self._db)])

    def _office_errors(self, office: str, field: str, what: str) -> list[FieldError]:
        """An office reference number's form, and whether the customs office list holds it (checked only when an
        imported list holds the office's country: the built-in list holds a few examples only)."""
        if not OFFICE_PATTERN.fullmatch(office):
            if office:
                text = translate("Continuity", "'{office}' is not the reference number of the {what}: the country's "
                                               "two letters and six letters or digits, e.g. DE004600.")
            else:
                text = translate("Continuity", "Give the reference number of the {what}: the country's two letters "
                                               "and six letters or digits, e.g. DE004600.")
            return [FieldError(field, text.format(office=office, what=what))]
        if self._catalogue.checks_offices_of(office[:2]) and self._catalogue.office(office) is None:
            return [FieldError(field, translate(
                "Continuity", "{office} is not in the customs office list (imported, with the offices of {country}): "
                              "check the reference number of the {what}, or import the current list.").format(
                office=office, country=office[:2], what=what))]
        return []

    # -- settings ---------------------------------------------------------------------------------------------
    def office_regions(self) -> dict[str, str]:
        """Office of destination -> the region (federal state, voivodeship, ...) whose holidays count too."""
        text = self._settings.get(OFFICE_REGIONS_SETTING, "") or ""
        regions = {}
        for pair in text.replace(",", " ").replace(";", " ").split():
            office, _, region = pair.partition("=")
            known = region_code(office[:2], region)
            if known:
                regions[office.upper()] = known
        return regions

    def set_office_regions(self, text: str) -> Changes:
        """``text`` like 'DE004600=HH DE002601=NW' (spaces, commas or semicolons between the pairs)."""
        self._access.require_manager(translate("Continuity", "set the regions of the offices"))
        regions, errors = {}, []
        for pair in text.replace(",", " ").replace(";", " ").split():
            office, sign, region = pair.partition("=")
            office = _office_code(office)
            found = self._office_errors(office, "office_regions", translate("Continuity", "office")) if sign else [
                FieldError("office_regions", translate("Continuity", "'{pair}' is not OFFICE=REGION, e.g. "
                                                                     "DE004600=HH.").format(pair=pair))]
            if not found and region_code(office[:2], region) is None:
                known = ", ".join(regions_of(office[:2])) or translate("Continuity", "none")
                found = [FieldError("office_regions", translate(
                    "Continuity", "'{region}' is not a region of {country} the holiday calendar knows (known: "
                                  "{known}).").format(region=region, country=office[:2], known=known))]
            errors += found
            if not found:
                regions[office] = region_code(office[:2], region)
        if errors:
            raise ValidationError(errors)
        with self._db.atomic():
            self._settings.set(OFFICE_REGIONS_SETTING, " ".join(f"{o}={r}" for o, r in sorted(regions.items())))
        return Changes.of(CONTINUITY)

    def share_warning_percent(self) -> float:
        try:
            value = float(self._settings.get(SHARE_WARNING_SETTING, "") or DEFAULT_SHARE_WARNING)
        except ValueError:
            return DEFAULT_SHARE_WARNING
        return value if 0 <= value <= 100 else DEFAULT_SHARE_WARNING

    def set_share_warning_percent(self, percent: float) -> Changes:
        self._access.require_manager(translate("Continuity", "set when the share of paper movements is warned about"))
        if not 0 <= percent <= 100:  # NaN compares False
            raise ValidationError([FieldError("share_warning", translate(
                "Continuity", "'{percent}' is not a percentage from 0 to 100.").format(percent=percent))])
        with self._db.atomic():
            self._settings.set(SHARE_WARNING_SETTING, f"{percent:g}")
        return Changes.of(CONTINUITY)

    # -- the outage's pending declarations and the monitoring -------------------------------------------------
    def pending_during(self, incident_id: int) -> list[PendingMessage]:
        """The outbound messages created between the incident's start and its end (or now) that are still
        waiting to go or went without an answer: declarations to withdraw when the movement goes on paper."""
        row = self._db.execute('SELECT start, "end" FROM incidents WHERE id = ?', [incident_id]).fetchone()
        if row is None:
            raise NotFound(translate("Continuity", "Incident {id} does not exist: see the incident log for the "
                                                   "numbers.").format(id=incident_id))
        until = row["end"] or stamp(self._clock())
        visible, more = self._access.org_filter("m.org_id")
        marks = ", ".join("?" * len(PENDING_STATES))
        rows = self._db.execute(
            f"""SELECT m.id, m.message_id, m.message_type, m.kind, m.state, m.created_at, m.sent_at FROM messages m
                WHERE m.direction = 'out' AND m.state IN ({marks}) AND m.created_at >= ? AND m.created_at <= ?
                  AND {visible}
                ORDER BY m.created_at, m.id""", [*PENDING_STATES, row["start"], until, *more]).fetchall()
        return [PendingMessage(*r) for r in rows]

    def monthly_share(self, months: int = 6, at: date | datetime | None = None) -> list[MonthShare]:
        """For the last ``months`` months up to ``at``'s (oldest first): movements on paper, messages declared
        electronically, the share on paper, and a warning when it grew since the month before and is above
        the threshold (setting ``bcp_share_warning_percent``)."""
        if not isinstance(months, int) or not 1 <= months <= MAX_MONTHS:
            raise ValidationError([FieldError("months", translate(
                "Continuity", "Give a number of months from 1 to {most}.").format(most=MAX_MONTHS))])
        last = _day(at if at is not None else self._clock()).replace(day=1)
        wanted = [_month_before(last, k) for k in range(months, -1, -1)]  # one more, to compare the first with
        first = wanted[0].strftime("%Y-%m")
        paper = dict(self._db.execute(
            "SELECT substr(taken_over_at, 1, 7), count(*) FROM bcp_movements WHERE taken_over_at >= ? GROUP BY 1",
            [first]).fetchall())
        marks = ", ".join("?" * len(NOT_DECLARED_STATES))
        electronic = dict(self._db.execute(
            f"SELECT substr(created_at, 1, 7), count(*) FROM messages WHERE direction = 'out' AND created_at >= ? "
            f"AND state NOT IN ({marks}) GROUP BY 1", [first, *NOT_DECLARED_STATES]).fetchall())
        threshold = self.share_warning_percent()
        shares, before = [], None
        for month in wanted:
            key = month.strftime("%Y-%m")
            on_paper, declared = paper.get(key, 0), electronic.get(key, 0)
            share = round(100 * on_paper / (on_paper + declared), 1) if on_paper + declared else None
            warning = None
            if share is not None and share > threshold and share > (before or 0):
                warning = translate(
                    "Continuity", "In {month} {share} % of movements were handled on paper under the business "
                                  "continuity plan ({paper} of {all}), up from {before} % the month before and above "
                                  "{threshold} %: customs watch this share. Check why NCTS could not be used and "
                                  "record the incidents.").format(
                    month=key, share=f"{share:g}", paper=on_paper, all=on_paper + declared, before=f"{before or 0:g}",
                    threshold=f"{threshold:g}")
            shares.append(MonthShare(key, on_paper, declared, share, warning))
            before = share
        return shares[1:]


def _office_code(text: str | None) -> str:
    return "".join((text or "").split()).upper()


def _document_number(text: str) -> str:
    return " ".join(str(text).split()).upper()


def _document_number_errors(number: str) -> list[FieldError]:
    if MRN_PATTERN.fullmatch(number.replace(" ", "")):
        return [FieldError("document_number", translate(
            "Continuity", "{number} is an MRN: a movement with an MRN was placed under transit in NCTS and ends in "
                          "NCTS. A paper declaration under the business continuity plan has a number from the "
                          "office's range instead.").format(number=number))]
    if not DOCUMENT_NUMBER_PATTERN.fullmatch(number):
        return [FieldError("document_number", translate(
            "Continuity", "'{number}' is not a paper declaration number: up to 35 letters, digits, spaces, '/', '.' "
                          "or '-'.").format(number=number))]
    return []


def _number_used(number: str, db: Database | None = None) -> FieldError:
    row = db.execute("SELECT id FROM bcp_movements WHERE document_number = ?", [number]).fetchone() if db else None
    if row:
        text = translate("Continuity", "The paper declaration number {number} is recorded already (movement {id}): "
                                       "each number is used once. Check the number on the form.")
    else:
        text = translate("Continuity", "The paper declaration number {number} is recorded already: each number is "
                                       "used once. Check the number on the form.")
    return FieldError("document_number", text.format(number=number, id=row[0] if row else None))


def _day(at: date | datetime) -> date:
    if isinstance(at, datetime):
        return at.astimezone().date() if at.tzinfo is not None else at.date()
    return at


def _long_day(day: date) -> str:
    """The day of the week in the user's language, then the date: Tuesday 2026-05-26, úterý 26. 5. 2026."""
    from babel.dates import format_date

    return f"{format_date(day, 'EEEE', locale=locale_of())} {formatting_day(day)}"


def _month_before(month: date, count: int) -> date:
    index = month.year * 12 + month.month - 1 - count
    return date(index // 12, index % 12 + 1, 1)


def _reminder(movement: BcpMovement, today: date) -> Reminder:
    deadline = date.fromisoformat(movement.deadline)
    days = (deadline - today).days
    if days < 0:
        text = translate("Continuity", "{movement} was due at the office of destination {office} on {deadline}: "
                                       "present the endorsed document without delay.")
    elif days == 0:
        text = translate("Continuity", "{movement} must be presented at the office of destination {office} today "
                                       "({deadline}) at the latest.")
    else:
        text = translate("Continuity", "{movement} must be presented at the office of destination {office} by "
                                       "tomorrow, {deadline}.")
    return Reminder(movement, days, text.format(movement=movement.label, office=movement.office_destination,
                                                deadline=movement.deadline))
