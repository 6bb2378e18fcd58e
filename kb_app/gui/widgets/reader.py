"""The reader: a QTextBrowser that follows our link policy and loads only attachments.

``setOpenLinks(False)``: every click goes through ``_on_anchor``. Internal ``kb:`` links are
emitted as ``internal_link``; ``http``, ``https`` and ``mailto`` open in the system browser
after a confirmation; anything else is refused with a message (``refused``). ``loadResource``
answers only for image files inside the library's attachments folder and returns nothing
for everything else (``file:`` URLs, paths outside, style sheets, other schemes).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QTextDocument
from PySide6.QtWidgets import QMessageBox, QTextBrowser, QWidget

from kb_app.gui.html import Theme, stylesheet
from kb_app.gui.links import LinkAction, attachment_path, classify

DOCUMENT_MARGIN = 12


class Reader(QTextBrowser):
    internal_link = Signal(str)
    refused = Signal(str)
    hovered = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.anchorClicked.connect(self._on_anchor)
        self.highlighted.connect(self._on_highlighted)
        self._attachments: Path | None = None
        self._html = ""
        self.confirm_external: Callable[[QUrl], bool] = self._ask_external
        self.open_external: Callable[[QUrl], bool] = QDesktopServices.openUrl
        self.served: list[str] = []  # attachment paths served (inspected by tests)

    def set_attachments_root(self, folder: Path | None) -> None:
        self._attachments = folder

    def show_html(self, html: str) -> None:
        self._html = html
        self.document().setDefaultStyleSheet(stylesheet(Theme.from_palette(self.palette())))
        self.setHtml(html)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)

    def current_html(self) -> str:
        return self._html

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._html:
            position = self.verticalScrollBar().value()
            self.show_html(self._html)
            self.verticalScrollBar().setValue(position)

    # -- links -----------------------------------------------------------------------------

    @Slot(QUrl)
    def _on_anchor(self, url: QUrl) -> None:
        self.follow(url)

    def follow(self, url: QUrl) -> LinkAction:
        """Apply the link policy to ``url``; return what was done."""
        action = classify(url)
        if action is LinkAction.INTERNAL:
            self.internal_link.emit(url.toString())
        elif action is LinkAction.ANCHOR:
            self.scrollToAnchor(url.fragment())
        elif action is LinkAction.EXTERNAL:
            if self.confirm_external(url):
                self.open_external(url)
        else:
            shown = url.toString()[:200]
            self.refused.emit(self.tr("Lien refusé : %1").replace("%1", shown))
        return action

    def _ask_external(self, url: QUrl) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Ouvrir un lien externe"),
            self.tr("Ouvrir cette adresse dans le navigateur du système ?\n\n%1").replace(
                "%1", url.toString()
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    @Slot(QUrl)
    def _on_highlighted(self, url: QUrl) -> None:
        self.hovered.emit(url.toString() if url.isValid() else "")

    # -- resources -------------------------------------------------------------------------

    def loadResource(self, type_: int, name: QUrl | str) -> Any:
        """Bytes of an image inside the attachments folder; nothing for anything else."""
        url = QUrl(name) if isinstance(name, str) else name
        if type_ != int(QTextDocument.ResourceType.ImageResource.value):
            return None
        path = attachment_path(url, self._attachments)
        if path is None:
            return None
        self.served.append(str(path))
        return path.read_bytes()
