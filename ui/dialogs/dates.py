"""Date edits for the dialogs: ISO display, calendar popup, and an optional "no date" first value."""
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

NO_DATE = QDate(2000, 1, 1)  # the first date of an optional date edit, shown with its special text


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(value: date | None = None) -> QDateEdit:
    edit = QDateEdit(to_qdate(value or date.today()))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class OptionalDateEdit(QDateEdit):
    """Without a date its calendar opens on today's month, not on the "no date" value in 2000."""

    def mousePressEvent(self, event) -> None:
        super().mousePressEvent(event)
        if self.date() == NO_DATE and self.calendarWidget().isVisible():
            today = QDate.currentDate()
            self.calendarWidget().setCurrentPage(today.year(), today.month())


def optional_date_edit(empty_text: str, value: date | None = None) -> QDateEdit:
    """A date edit whose first value means "no date" and shows ``empty_text``."""
    edit = OptionalDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(empty_text)
    set_optional_date(edit, value)
    return edit


def set_optional_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(to_qdate(value) if value else NO_DATE)


def optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == NO_DATE else from_qdate(edit.date())
