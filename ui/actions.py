"""Every user command is one QAction, defined once and reused by menus, toolbar and context menus."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

from core.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class ActionSpec:
    """``text`` and ``tip`` are English, marked for the catalogues; ``shown_text`` and ``shown_tip`` are what the
    user reads."""

    text: str
    shortcut: QKeySequence | str | None = None
    tip: str = ""
    checkable: bool = False

    @property
    def shown_text(self) -> str:
        return translate("Actions", self.text)

    @property
    def shown_tip(self) -> str:
        return translate("Actions", self.tip) if self.tip else ""

    @property
    def default_tip(self) -> str:
        return self.shown_tip or self.shown_text.replace("&", "").rstrip("…")


SPECS: dict[str, ActionSpec] = {
    "new_organisation": ActionSpec(QT_TRANSLATE_NOOP("Actions", "New &organisation…"), "Ctrl+Shift+N",
                                   QT_TRANSLATE_NOOP("Actions", "Add an organisation to the register")),
    "new_guarantee": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&New guarantee…"), QKeySequence.StandardKey.New,
                                QT_TRANSLATE_NOOP("Actions", "Add a customs guarantee to the selected organisation")),
    "customs_guarantees": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Customs &guarantees"), "Ctrl+G",
                                     QT_TRANSLATE_NOOP("Actions", "List the guarantees of the selected organisation")),
    "edit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Edit…"), "Ctrl+E",
                       QT_TRANSLATE_NOOP("Actions", "Edit the selected record")),
    "delete": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Delete…"), QKeySequence.StandardKey.Delete,
                         QT_TRANSLATE_NOOP("Actions", "Delete the selected record")),
    "refresh": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Refresh"), QKeySequence.StandardKey.Refresh,
                          QT_TRANSLATE_NOOP("Actions", "Read the register again from the database")),
    "msg_register_codes": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Access code registration"), None,
                                     QT_TRANSLATE_NOOP("Actions", "Register the secondary access codes with customs "
                                                                  "(E_ACC_COD), using the primary code")),
    "msg_query_usage": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Guarantee query: &usage…"), None,
                                  QT_TRANSLATE_NOOP("Actions", "Ask customs which transit operations used the "
                                                               "guarantee in a period (CC034C)")),
    "msg_query_balance": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Guarantee query: &balance"), None,
                                    QT_TRANSLATE_NOOP("Actions", "Ask customs for the amount in use and the remaining "
                                                                 "balance (CC034C)")),
    "msg_query_info": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Guarantee query: &other information"), None,
                                 QT_TRANSLATE_NOOP("Actions", "Ask customs for the owner, amounts, validity and "
                                                              "restrictions (CC034C)")),
    "msg_for_record": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Messages for this record"), None,
                                 QT_TRANSLATE_NOOP("Actions", "The messages sent and received about this guarantee")),
    "msg_inbox": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Receipts and &responses"), "Ctrl+R",
                            QT_TRANSLATE_NOOP("Actions", "Every message sent to and received from customs")),
    "suma": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Summary &declarations (ATLAS)…"), "Ctrl+Shift+D",
                       QT_TRANSLATE_NOOP("Actions", "German summary declarations for temporary storage (ATLAS "
                                                    "CUSPRL): header and positions, checked against the rules and "
                                                    "sent to customs")),
    "continuity": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Continuity: outages and paper movements…"),
                             "Ctrl+Shift+O",
                             QT_TRANSLATE_NOOP("Actions", "The incident log of outages, the movements handled on "
                                                          "paper under the business continuity plan with their "
                                                          "deadlines, and the share on paper per month")),
    "msg_simulator": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Customs simulator (&training)"), None,
                                QT_TRANSLATE_NOOP("Actions", "Run the customs side of the training environment on "
                                                             "this computer"), checkable=True),
    "msg_sync": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Send and receive now"), "F9",
                           QT_TRANSLATE_NOOP("Actions", "Send the messages waiting in the outbox and fetch the "
                                                        "answers")),
    "import_reference": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Import reference data…"), "Ctrl+I",
                                   QT_TRANSLATE_NOOP("Actions", "Import EU code lists and the customs office list "
                                                                "(CS/RD2 JSON)")),
    "load_demo": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Load &demo data"), None,
                            QT_TRANSLATE_NOOP("Actions", "Add demo organisations, guarantees and parameter sets")),
    "settings": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Communication parameters…"), "Ctrl+,",
                           QT_TRANSLATE_NOOP("Actions", "Communication parameter sets and reference data")),
    "certificates": ActionSpec(QT_TRANSLATE_NOOP("Actions", "C&ertificates…"), None,
                               QT_TRANSLATE_NOOP("Actions", "Participant and customs certificates: checks, expiry, "
                                                            "import and onboarding")),
    "quit": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Quit"), QKeySequence.StandardKey.Quit,
                       QT_TRANSLATE_NOOP("Actions", "Close CustomsDesk")),
    "change_password": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Change &password…"), None,
                                  QT_TRANSLATE_NOOP("Actions", "Choose a new password; your access codes stay "
                                                               "readable")),
    "lock": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Lock"), "Ctrl+L",
                       QT_TRANSLATE_NOOP("Actions", "Lock the window until you sign in again")),
    "sign_out": ActionSpec(QT_TRANSLATE_NOOP("Actions", "Sign &out…"), None,
                           QT_TRANSLATE_NOOP("Actions", "Sign out and let another user sign in")),
    "admin_users": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Users and representations…"), None,
                              QT_TRANSLATE_NOOP("Actions", "Accounts, roles, access levels and who represents which "
                                                           "organisation")),
    "audit_log": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&Audit log…"), None,
                            QT_TRANSLATE_NOOP("Actions", "Who used which access code, signed in or changed rights, "
                                                         "and when")),
    "manual": ActionSpec(QT_TRANSLATE_NOOP("Actions", "User &manual"), "F1",
                         QT_TRANSLATE_NOOP("Actions", "How to work with CustomsDesk, in a window of its own")),
    "about": ActionSpec(QT_TRANSLATE_NOOP("Actions", "&About CustomsDesk"), None,
                        QT_TRANSLATE_NOOP("Actions", "The version, and the folder and files support asks for")),
}

GENERATE_ACTIONS = ("msg_register_codes", "msg_query_usage", "msg_query_balance", "msg_query_info")
MESSAGE_ACTIONS = (*GENERATE_ACTIONS, "msg_for_record")
QUERY_ACTIONS = {"msg_query_usage": "usage", "msg_query_balance": "balance", "msg_query_info": "info"}


SP = QStyle.StandardPixmap
# The main toolbar's commands: the desktop's icon theme where it has one, else the style's own icon.
ICONS: dict[str, tuple[str, QStyle.StandardPixmap]] = {
    "new_organisation": ("folder-new", SP.SP_FileDialogNewFolder),
    "new_guarantee": ("document-new", SP.SP_FileIcon),
    "edit": ("document-properties", SP.SP_FileDialogDetailedView),
    "delete": ("edit-delete", SP.SP_TrashIcon),
    "refresh": ("view-refresh", SP.SP_BrowserReload),
    "msg_inbox": ("mail-read", SP.SP_FileDialogContentsView),
    "msg_sync": ("mail-send-receive", SP.SP_DriveNetIcon),
}


def command_icon(widget: QWidget, name: str) -> QIcon:
    theme_name, standard = ICONS[name]
    return QIcon.fromTheme(theme_name, widget.style().standardIcon(standard))


class Actions:
    """The registry: ``actions["edit"]`` is the one Edit action of the window."""

    def __init__(self, parent: QWidget):
        self._actions: dict[str, QAction] = {}
        for name, spec in SPECS.items():
            action = QAction(spec.shown_text, parent)
            action.setObjectName(name)
            if name in ICONS:
                action.setIcon(command_icon(parent, name))
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(spec.default_tip)
            action.setCheckable(spec.checkable)
            action.setStatusTip(spec.shown_tip)
            parent.addAction(action)
            self._actions[name] = action

    def __getitem__(self, name: str) -> QAction:
        return self._actions[name]

    def __iter__(self):
        return iter(self._actions.values())

    def enable(self, name: str, enabled: bool, why_not: str = "") -> None:
        """Enable an action, or disable it with the reason as its tooltip."""
        action = self._actions[name]
        action.setEnabled(enabled)
        spec = SPECS[name]
        action.setToolTip(spec.default_tip if enabled else why_not or spec.default_tip)


def make_action(parent: QWidget, text: str, handler: Callable[[], object], tip: str = "",
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None) -> QAction:
    """One window-local command: ``handler`` runs when it is triggered (called without arguments); ``text`` and
    ``tip`` are given translated."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(lambda: handler())
    return action


def add_close_action(window: QWidget, text: str | None = None) -> QAction:
    """Ctrl+W (and the platform's Close key) and Esc close ``window``; ``text`` (translated) replaces "&Close"."""
    keys = [QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W"), QKeySequence("Esc")]
    unique = list({k.toString(): k for k in keys if not k.isEmpty()}.values())
    close = make_action(window, text or translate("Actions", "&Close"), window.close,
                        tip=translate("Actions", "Close this window (Ctrl+W or Esc)"))
    close.setObjectName("close_window")
    close.setShortcuts(unique)
    close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(close)
    return close


def add_find_action(window: QWidget, focus_search: Callable[[], object]) -> QAction:
    """The standard Find shortcut of ``window``; ``focus_search`` puts the focus in its search field."""
    find = make_action(window, translate("Actions", "&Find"), focus_search, shortcut=QKeySequence.StandardKey.Find)
    window.addAction(find)
    return find
