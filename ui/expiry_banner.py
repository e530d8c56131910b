"""The strip above the register that says which certificate expires soon (spec 03 §3.1), and the message at
sign-in about the warnings the user has not been told of yet."""
from __future__ import annotations

from datetime import datetime, timedelta
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QToolButton,
)

from core.changes import CERTIFICATES, Changes
from core.i18n import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from core.context import UserContext
    from core.transport.expiry import ExpiryWarning

BANNER_STYLE = """
QFrame#expiry_banner[severity="warning"] { background: #ffe7a3; border: 1px solid #d4a017; border-radius: 3px; }
QFrame#expiry_banner[severity="critical"] { background: #f9d6d2; border: 1px solid #c0392b; border-radius: 3px; }
QFrame#expiry_banner[severity="warning"] QLabel { color: #4a3500; }
QFrame#expiry_banner[severity="critical"] QLabel { color: #6e1710; }
QFrame#expiry_banner QToolButton { border: none; font-weight: bold; padding: 2px 6px; }
QFrame#expiry_banner QToolButton:hover { background: rgba(0, 0, 0, 0.08); border-radius: 3px; }
"""
WARNING_THRESHOLDS = ("10 weeks", "30 days")  # amber; the later ones are red
CRITICAL_THRESHOLDS = ("14 days", "7 days", "expired")
ICONS = {"warning": "⚠", "critical": "⛔"}
NOTICE_TITLE = QT_TRANSLATE_NOOP("ExpiryBanner", "Certificates expire soon")


def severity_of_threshold(threshold: str | None) -> str | None:
    """The colour class of an expiry threshold: warning (amber) or critical (red)."""
    if threshold in CRITICAL_THRESHOLDS:
        return "critical"
    if threshold in WARNING_THRESHOLDS:
        return "warning"
    return None


def banner_text(warnings: list[ExpiryWarning]) -> str:
    """The most urgent warning, and how many more there are."""
    text = warnings[0].text
    more = len(warnings) - 1
    return translate("ExpiryBanner", "{warning} — and %n more", None, more).format(warning=text) if more else text


def ms_until_tomorrow(now: datetime | None = None) -> int:
    """Milliseconds until a minute past the next local midnight."""
    now = now or datetime.now().astimezone()
    tomorrow = (now + timedelta(days=1)).replace(hour=0, minute=1, second=0, microsecond=0)
    return max(int((tomorrow - now).total_seconds() * 1000), 60_000)


class ExpiryBanner(QFrame):
    """Amber for the 10-week and 30-day warnings, red from 14 days and for expired certificates.

    Dismissed, it stays hidden until the next start unless a new warning comes; an expired certificate
    blocks sending, so that cannot be dismissed.
    """

    open_certificates = Signal()

    def __init__(self, context: UserContext | None = None, parent=None, with_open_button: bool = True):
        super().__init__(parent)
        self.setObjectName("expiry_banner")
        self.setStyleSheet(BANNER_STYLE)
        self.context = context
        self.warnings: list[ExpiryWarning] = []
        self.notice: QMessageBox | None = None
        self._dismissed: set[tuple[int, str]] = set()
        self.icon = QLabel()
        self.icon.setObjectName("expiry_icon")
        self.text = QLabel()
        self.text.setObjectName("expiry_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.open_button = QPushButton(translate("ExpiryBanner", "&Certificates…"))
        self.open_button.setToolTip(translate("ExpiryBanner", "Open Settings ▸ Certificates"))
        self.open_button.clicked.connect(lambda: self.open_certificates.emit())
        self.open_button.setVisible(with_open_button)
        self.close_button = QToolButton()
        self.close_button.setObjectName("dismiss")
        self.close_button.setText("✕")
        self.close_button.setToolTip(translate("ExpiryBanner", "Hide until the next start"))
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.day_timer = QTimer(self)
        self.day_timer.setSingleShot(True)
        self.day_timer.timeout.connect(self._new_day)
        self.day_timer.start(ms_until_tomorrow())
        self.refresh()

    @property
    def severity(self) -> str | None:
        return self.property("severity") or None

    def set_context(self, context: UserContext) -> None:
        """Another user signed in: what the last one dismissed shows again."""
        self.context = context
        self._dismissed.clear()
        self.refresh()

    def clear(self) -> None:
        """Nobody is signed in: show nothing."""
        self.context = None
        self.warnings = []
        self.hide()

    def apply_changes(self, changes: Changes) -> None:
        if changes.touches(CERTIFICATES):
            self.refresh()

    def refresh(self, at: datetime | None = None) -> None:
        context = self.context
        self.warnings = context.certificates.warnings(at) if context is not None and context.session is not None else []
        if not self.warnings or all(self._is_dismissed(w) for w in self.warnings):
            self.hide()
            return
        self._set_severity(severity_of_threshold(self.warnings[0].threshold) or "warning")
        self.icon.setText(ICONS[self.severity])
        self.text.setText(banner_text(self.warnings))
        self.text.setToolTip("\n\n".join(w.text for w in self.warnings))
        self.close_button.setVisible(self.can_dismiss)
        self.show()

    @property
    def can_dismiss(self) -> bool:
        return not any(w.expired for w in self.warnings)

    def dismiss(self) -> None:
        if not self.can_dismiss:
            return
        self._dismissed |= {(w.certificate.id, w.threshold) for w in self.warnings}
        self.hide()

    def _is_dismissed(self, warning: ExpiryWarning) -> bool:
        return not warning.expired and (warning.certificate.id, warning.threshold) in self._dismissed

    def _set_severity(self, severity: str) -> None:
        if self.property("severity") == severity:
            return
        self.setProperty("severity", severity)
        self.style().unpolish(self)
        self.style().polish(self)
        for child in self.findChildren(QLabel):
            child.style().unpolish(child)
            child.style().polish(child)

    def _new_day(self) -> None:
        self.refresh()
        self.day_timer.start(ms_until_tomorrow())

    # --- at sign-in -----------------------------------------------------------------------------
    def announce(self) -> QMessageBox | None:
        """Tell the signed-in user, once per certificate and threshold, what expires (a window-modal message)."""
        if self.context is None or self.context.session is None:
            return None
        from core.transport.expiry_notices import (  # not needed to paint
            mark_announced,
            warnings_to_announce,
        )

        fresh = warnings_to_announce(self.context)
        if not fresh:
            return None
        self.notice = expiry_notice(self.window(), fresh, self.open_certificates.emit)
        mark_announced(self.context, fresh)
        self.notice.open()
        return self.notice


def expiry_notice(parent, warnings: list[ExpiryWarning], open_certificates) -> QMessageBox:
    count = len(warnings)
    lead = (translate("ExpiryBanner", "1 certificate needs attention:") if count == 1
            else translate("ExpiryBanner", "%n certificates need attention:", None, count))
    items = "".join(f"<li style='margin-bottom: 6px'>{escape(w.text)}</li>" for w in warnings)
    box = QMessageBox(QMessageBox.Icon.Warning, translate("ExpiryBanner", NOTICE_TITLE),
                      f"<p><b>{escape(lead)}</b></p><ul>{items}</ul>", QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("expiry_notice")
    box.setTextFormat(Qt.TextFormat.RichText)
    box.setStyleSheet("QLabel#qt_msgbox_label { min-width: 520px; }")
    box.setInformativeText(translate("ExpiryBanner", "You are told once per threshold; the banner above the "
                                                     "register stays until the certificate is renewed."))
    certificates = box.addButton(translate("ExpiryBanner", "&Certificates…"), QMessageBox.ButtonRole.ActionRole)
    box.buttonClicked.connect(lambda button: open_certificates() if button is certificates else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return box
