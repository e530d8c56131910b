"""The period of a usage query (spec 01 §1.6): from/to dates, by default the last 30 days."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
)

from core.i18n import QT_TRANSLATE_NOOP, translate
from ui.dialogs.form import ErrorLabel

DEFAULT_DAYS = 30
LONGEST_FULL_PERIOD = 31
NOTE = QT_TRANSLATE_NOOP("QueryPeriod", "Customs list every operation of the period only when it is at most 31 days "
                         "long. A longer period returns only the operations not yet released.")
LONG_STYLE = "color: #b35c00;"


def _date_edit(value: date) -> QDateEdit:
    edit = QDateEdit(QDate(value.year, value.month, value.day))
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


def _label(text: str, buddy) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    label.setMinimumWidth(label.sizeHint().width() + 3)  # kerned short words measure too narrow
    return label


class QueryPeriodDialog(QDialog):
    def __init__(self, guarantee_count: int = 1, today: date | None = None, parent=None):
        super().__init__(parent)
        today = today or date.today()
        self.setWindowTitle(translate("QueryPeriod", "Guarantee query: usage"))
        if guarantee_count == 1:
            intro = QLabel(translate("QueryPeriod", "Ask customs which transit operations used the guarantee in "
                                     "this period."))
        else:
            intro = QLabel(translate("QueryPeriod", "Ask customs which transit operations used the %n guarantees in "
                                     "this period.", None, guarantee_count))
        intro.setWordWrap(True)
        self.date_from = _date_edit(today - timedelta(days=DEFAULT_DAYS))
        self.date_to = _date_edit(today)
        self.unreleased = QCheckBox(translate("QueryPeriod", "&No period: only the operations not yet released"))
        self.unreleased.toggled.connect(self._unreleased_toggled)
        self.note = QLabel(translate("QueryPeriod", NOTE))
        self.note.setWordWrap(True)
        self.error = ErrorLabel()
        self.error.setObjectName("error_period")
        form = QFormLayout()
        form.addRow(_label(translate("QueryPeriod", "&From", "start of the period"), self.date_from), self.date_from)
        form.addRow(_label(translate("QueryPeriod", "&To", "end of the period"), self.date_to), self.date_to)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("QueryPeriod", "&Queue query"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.unreleased)
        layout.addWidget(self.note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.date_from.dateChanged.connect(self._check)
        self.date_to.dateChanged.connect(self._check)
        self.setMinimumWidth(420)
        self._check()

    def period(self) -> tuple[date, date]:
        return self.date_from.date().toPython(), self.date_to.date().toPython()

    @property
    def unreleased_only(self) -> bool:
        return self.unreleased.isChecked()

    def _unreleased_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(not checked)
        self.date_to.setEnabled(not checked)
        self._check()

    def is_long(self) -> bool:
        start, end = self.period()
        return (end - start).days > LONGEST_FULL_PERIOD

    def _check(self) -> bool:
        if self.unreleased_only:
            self.error.show_message("")
            return True
        start, end = self.period()
        self.note.setStyleSheet(LONG_STYLE if self.is_long() else "")
        if start > end:
            self.error.show_message(translate("QueryPeriod", "The period starts ({start}) after it ends ({end}): "
                                              "swap the dates.").format(start=start, end=end))
            return False
        self.error.show_message("")
        return True

    def accept(self) -> None:
        if self._check():
            super().accept()
