"""The checks of a certificate, one line each with ✔ / ✘ / ℹ, and the verdict (spec 03 §3.1)."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate
from core.transport.qualified import Check, Inspection
from ui.theme import text_style

MARKS = {  # the mark, its colour and (the tooltip) what it means
    True: ("✔", "#1e8449", QT_TRANSLATE_NOOP("CertificateChecks", "passed")),
    False: ("✘", "#c0392b", QT_TRANSLATE_NOOP("CertificateChecks", "failed")),
    None: ("ℹ", "#2e6da4", QT_TRANSLATE_NOOP("CertificateChecks", "note")),
}
SUITABLE_COLOUR, UNSUITABLE_COLOUR = "#1e6b3a", "#a93226"
NAME_WIDTH_CHARS = 44


def check_line(check: Check) -> str:
    """The line as text: '✔ Key strength (…): RSA 2048 bits'."""
    return f"{MARKS[check.passed][0]} {check.label}: {check.why}"


def _label(text: str, style: str = "") -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
    if style:
        label.setStyleSheet(style)
    return label


class CheckLines(QWidget):
    """Heading, one row per check (mark, name, why), then the verdict in bold."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("check_lines")
        self.heading = _label("")
        self.heading.setObjectName("check_heading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold;")
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnStretch(2, 1)
        self.verdict = _label("")
        self.verdict.setObjectName("verdict")
        self.verdict.setWordWrap(True)
        self.message = _label("")
        self.message.setObjectName("check_message")
        self.message.setWordWrap(True)
        self.inspection: Inspection | None = None
        self._rows: list[tuple[QLabel, QLabel, QLabel]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(self.grid)
        layout.addSpacing(4)
        layout.addWidget(self.verdict)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.show_message("")

    def show_inspection(self, inspection: Inspection, heading: str = "") -> None:
        self.inspection = inspection
        self._clear_rows()
        self.heading.setText(heading)
        self.heading.setVisible(bool(heading))
        for number, check in enumerate(inspection.checks):
            self._add_row(number, check)
        colour = SUITABLE_COLOUR if inspection.suitable else UNSUITABLE_COLOUR
        self.verdict.setText(inspection.verdict)
        self.verdict.setStyleSheet(f"font-weight: bold; {text_style(colour)}")
        self.verdict.show()
        self.message.hide()

    def show_message(self, text: str) -> None:
        """No certificate to inspect: say why (or nothing)."""
        self.inspection = None
        self._clear_rows()
        self.heading.hide()
        self.verdict.hide()
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def line_texts(self) -> list[str]:
        return [check_line(c) for c in self.inspection.checks] if self.inspection else []

    def marks(self) -> list[str]:
        return [mark.text() for mark, _, _ in self._rows]

    def _add_row(self, number: int, check: Check) -> None:
        symbol, colour, meaning = MARKS[check.passed]
        mark = _label(symbol, f"{text_style(colour)} font-weight: bold;")
        mark.setToolTip(translate("CertificateChecks", meaning))
        mark.setObjectName(f"mark_{number}")
        name = _label(check.label)
        name.setMinimumWidth(name.fontMetrics().averageCharWidth() * min(len(check.label), NAME_WIDTH_CHARS))
        why = _label(check.why)
        why.setWordWrap(True)
        for column, widget in enumerate((mark, name, why)):
            self.grid.addWidget(widget, number, column)
        self._rows.append((mark, name, why))

    def _clear_rows(self) -> None:
        for row in self._rows:
            for widget in row:
                self.grid.removeWidget(widget)
                widget.hide()  # until deleted it would still paint where it was, or at the top if never laid out
                widget.deleteLater()
        self._rows = []


def in_scroll_area(widget: QWidget, object_name: str) -> QScrollArea:
    """Long check lists scroll instead of pushing the rest of the window away."""
    area = QScrollArea()
    area.setObjectName(object_name)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setWidget(widget)
    area.viewport().setAutoFillBackground(False)  # the lines sit on the window's own background
    widget.setAutoFillBackground(False)
    return area
