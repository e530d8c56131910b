"""Every user command is one QAction, defined once and reused by menus, toolbar and context menus."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget


@dataclass(frozen=True)
class ActionSpec:
    text: str
    shortcut: QKeySequence | str | None = None
    tip: str = ""
    checkable: bool = False

    @property
    def default_tip(self) -> str:
        return self.tip or self.text.replace("&", "").rstrip("…")


SPECS: dict[str, ActionSpec] = {
    "new_organisation": ActionSpec("New &organisation…", "Ctrl+Shift+N", "Add an organisation to the register"),
    "new_guarantee": ActionSpec("&New guarantee…", QKeySequence.StandardKey.New, "Add a customs guarantee to the selected organisation"),
    "customs_guarantees": ActionSpec("Customs &guarantees", "Ctrl+G", "List the guarantees of the selected organisation"),
    "edit": ActionSpec("&Edit…", "Ctrl+E", "Edit the selected record"),
    "delete": ActionSpec("&Delete…", QKeySequence.StandardKey.Delete, "Delete the selected record"),
    "refresh": ActionSpec("&Refresh", QKeySequence.StandardKey.Refresh, "Read the register again from the database"),
    "msg_register_codes": ActionSpec("&Access code registration", None,
                                     "Register the secondary access codes with customs (E_ACC_COD), using the primary code"),
    "msg_query_usage": ActionSpec("Guarantee query: &usage…", None,
                                  "Ask customs which transit operations used the guarantee in a period (CC034C)"),
    "msg_query_balance": ActionSpec("Guarantee query: &balance", None,
                                    "Ask customs for the amount in use and the remaining balance (CC034C)"),
    "msg_query_info": ActionSpec("Guarantee query: &other information", None,
                                 "Ask customs for the owner, amounts, validity and restrictions (CC034C)"),
    "msg_for_record": ActionSpec("&Messages for this record", None, "The messages sent and received about this guarantee"),
    "msg_inbox": ActionSpec("Receipts and &responses", "Ctrl+R", "Every message sent to and received from customs"),
    "suma": ActionSpec("Summary &declarations (ATLAS)…", "Ctrl+Shift+D",
                       "German summary declarations for temporary storage (ATLAS CUSPRL): header and positions, "
                       "checked against the rules and sent to customs"),
    "continuity": ActionSpec("&Continuity: outages and paper movements…", "Ctrl+Shift+O",
                             "The incident log of outages, the movements handled on paper under the business "
                             "continuity plan with their deadlines, and the share on paper per month"),
    "msg_simulator": ActionSpec("Customs simulator (&training)", None,
                                "Run the customs side of the training environment on this computer", checkable=True),
    "msg_sync": ActionSpec("&Send and receive now", "F9", "Send the messages waiting in the outbox and fetch the answers"),
    "import_reference": ActionSpec("&Import reference data…", "Ctrl+I", "Import EU code lists and the customs office list (CS/RD2 JSON)"),
    "load_demo": ActionSpec("Load &demo data", None, "Add demo organisations, guarantees and parameter sets"),
    "settings": ActionSpec("&Communication parameters…", "Ctrl+,", "Communication parameter sets and reference data"),
    "certificates": ActionSpec("C&ertificates…", None,
                               "Participant and customs certificates: checks, expiry, import and onboarding"),
    "quit": ActionSpec("&Quit", QKeySequence.StandardKey.Quit, "Close CustomsDesk"),
    "change_password": ActionSpec("Change &password…", None, "Choose a new password; your access codes stay readable"),
    "lock": ActionSpec("&Lock", "Ctrl+L", "Lock the window until you sign in again"),
    "sign_out": ActionSpec("Sign &out…", None, "Sign out and let another user sign in"),
    "admin_users": ActionSpec("&Users and representations…", None,
                              "Accounts, roles, access levels and who represents which organisation"),
    "audit_log": ActionSpec("&Audit log…", None, "Who used which access code, signed in or changed rights, and when"),
    "manual": ActionSpec("User &manual", "F1", "How to work with CustomsDesk, in a window of its own"),
    "about": ActionSpec("&About CustomsDesk", None, "The version, and the folder and files support asks for"),
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
            action = QAction(spec.text, parent)
            action.setObjectName(name)
            if name in ICONS:
                action.setIcon(command_icon(parent, name))
            if spec.shortcut is not None:
                action.setShortcut(QKeySequence(spec.shortcut))
            action.setToolTip(spec.default_tip)
            action.setCheckable(spec.checkable)
            action.setStatusTip(spec.tip)
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
    """One window-local command: ``handler`` runs when it is triggered (called without arguments)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
    action.triggered.connect(lambda: handler())
    return action


def add_close_action(window: QWidget, text: str = "&Close") -> QAction:
    """Ctrl+W (and the platform's Close key) and Esc close ``window``."""
    keys = [QKeySequence(QKeySequence.StandardKey.Close), QKeySequence("Ctrl+W"), QKeySequence("Esc")]
    unique = list({k.toString(): k for k in keys if not k.isEmpty()}.values())
    close = make_action(window, text, window.close, tip="Close this window (Ctrl+W or Esc)")
    close.setObjectName("close_window")
    close.setShortcuts(unique)
    close.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    window.addAction(close)
    return close


def add_find_action(window: QWidget, focus_search: Callable[[], object]) -> QAction:
    """The standard Find shortcut of ``window``; ``focus_search`` puts the focus in its search field."""
    find = make_action(window, "&Find", focus_search, shortcut=QKeySequence.StandardKey.Find)
    window.addAction(find)
    return find
