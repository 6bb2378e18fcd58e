"""Under the fiche being read: its citation (copied as text and HTML) and its attachments.

Shown only while the reader shows a fiche; a dossier also offers its bibliography.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheDetail
from kb_app.gui.citing import STYLE_CODES, compile_keys, copy_citation, style_label
from kb_app.gui.errors import as_sentence, translate_message
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.attachments_panel import AttachmentsPanel

if TYPE_CHECKING:
    from kb_app.core.dto import Bibliography


class FicheTools(QFrame):
    message = Signal(str)
    bibliography_requested = Signal(object, str)  # keys, title
    copied = Signal(object)  # the Citation put on the clipboard

    def __init__(self, host: LibraryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ficheTools")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._host = host
        self.fiche: FicheDetail | None = None
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Style de citation"))
        for code in STYLE_CODES:
            self.style_box.addItem(style_label(code), code)
        self.copy_button = QPushButton(self.tr("Copier la citation"), self)
        self.copy_button.clicked.connect(self.copy_citation)
        self.bibliography_button = QPushButton(self.tr("Bibliographie du dossier…"), self)
        self.bibliography_button.clicked.connect(self._bibliography)
        self.attachments = AttachmentsPanel(host, self)
        self.attachments.message.connect(self.message)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Citation"), self))
        row.addWidget(self.style_box)
        row.addWidget(self.copy_button)
        row.addWidget(self.bibliography_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addWidget(self.attachments)
        self.show_fiche(None)

    def style_code(self) -> str:
        return str(self.style_box.currentData())

    def show_fiche(self, fiche: FicheDetail | None) -> None:
        self.fiche = fiche
        self.setVisible(fiche is not None)
        self.bibliography_button.setVisible(fiche is not None and fiche.kind == "dossier")
        if fiche is None:
            self.attachments.load(None)
        elif fiche.key != self.attachments.key:
            self.attachments.load(fiche.key)

    def copy_citation(self) -> None:
        fiche = self.fiche
        if fiche is None:
            return
        key, style = fiche.key, self.style_code()

        def done(bibliography: Bibliography) -> None:
            if bibliography.apart:  # nothing to copy: say why
                self.message.emit(as_sentence(translate_message(bibliography.apart[0].reason)))
                return
            citation = bibliography.entries[0]
            copy_citation(citation)
            self.message.emit(self.tr("Citation copiée."))
            self.copied.emit(citation)

        self._host.run(lambda lib: compile_keys(lib, [key], style), done)

    def _bibliography(self) -> None:
        fiche = self.fiche
        if fiche is not None and fiche.kind == "dossier":
            self.bibliography_requested.emit([m.key for m in fiche.members], fiche.title)
