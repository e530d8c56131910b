"""Help ▸ User manual (F1): resources/docs/manual.html (manual.<language>.html in the user's language) in a window
of its own, beside the main window."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QKeySequence, QTextDocument
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTextBrowser, QToolBar, QWidget

from core.i18n import QT_TRANSLATE_NOOP, current_language, translate
from core.resources import resource
from ui.actions import add_close_action, add_find_action, make_action

TITLE = QT_TRANSLATE_NOOP("ManualWindow", "User manual — CustomsDesk")


def manual_path() -> Path:
    translated = resource("docs", f"manual.{current_language()}.html")
    return translated if translated.is_file() else resource("docs", "manual.html")


class ManualWindow(QMainWindow):
    """The manual, its images beside it in resources/docs; Back, Forward, Contents and Find in the toolbar; Esc or
    Ctrl+W closes it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("ManualWindow")
        self.setWindowTitle(translate("ManualWindow", TITLE))
        self.browser = QTextBrowser()
        self.browser.setObjectName("manual")
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(manual_path())))  # images resolve next to the file
        self.setCentralWidget(self.browser)

        self.search = QLineEdit()
        self.search.setObjectName("manual_search")
        self.search.setPlaceholderText(translate("ManualWindow", "Find in the manual (Enter: next)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(320)
        self.search.returnPressed.connect(self.find_next)
        toolbar = QToolBar(translate("ManualWindow", "Manual"))
        toolbar.setObjectName("manual_toolbar")
        toolbar.setMovable(False)
        back = make_action(self, translate("ManualWindow", "&Back"), self.browser.backward,
                           shortcut=QKeySequence.StandardKey.Back)
        forward = make_action(self, translate("ManualWindow", "&Forward"), self.browser.forward,
                              shortcut=QKeySequence.StandardKey.Forward)
        contents = make_action(self, translate("ManualWindow", "&Contents"), self.browser.home,
                               translate("ManualWindow", "Back to the top of the manual"))
        self.browser.backwardAvailable.connect(back.setEnabled)
        self.browser.forwardAvailable.connect(forward.setEnabled)
        back.setEnabled(False)
        forward.setEnabled(False)
        for action in (back, forward, contents):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addWidget(self.search)
        self.addToolBar(toolbar)
        add_find_action(self, self.search.setFocus)
        add_close_action(self)
        self.resize(900, 760)

    def find_next(self) -> bool:
        """Select the next place the search text occurs, from the top again after the last one."""
        text = self.search.text()
        if not text:
            return False
        if self.browser.find(text):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(text)

    def headings(self) -> list[str]:
        """The section headings, in order (for the tests, and a table of contents)."""
        block, found = self.browser.document().begin(), []
        while block.isValid():
            if block.blockFormat().headingLevel():
                found.append(block.text().strip())
            block = block.next()
        return found

    def images(self) -> dict[str, bool]:
        """Each image the manual shows, and whether it was found."""
        document = self.browser.document()
        block, found = document.begin(), {}
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    name = fragment.charFormat().toImageFormat().name()
                    image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
                    found[name] = image is not None and not getattr(image, "isNull", lambda: True)()
                iterator += 1
            block = block.next()
        return found
