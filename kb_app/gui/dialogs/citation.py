"""The bibliography dialog: a list of fiches formatted in a citation style, copied or saved.

The formatting itself is in ``kb_app.gui.citing`` (run on the worker thread).
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import Bibliography
from kb_app.gui import settings
from kb_app.gui.citing import (
    apart_html,
    bibliography_html,
    bibliography_text,
    copy_to_clipboard,
    remembered_style,
    style_choices,
)
from kb_app.gui.dialogs.scaffold import Button, button_box, fit_size
from kb_app.gui.errors import error_sentence

if TYPE_CHECKING:
    from kb_app.core.dto import Citation, Uncitable


class BibliographyDialog(QDialog):
    style_changed = Signal(str)

    def __init__(self, parent: QWidget | None, title: str) -> None:
        super().__init__(parent)
        self.setObjectName("bibliographyDialog")
        self.setWindowTitle(self.tr("Bibliographie : %1").replace("%1", title))
        self.setAccessibleName(self.tr("Bibliographie"))
        fit_size(self, 760, 560)
        self.title = title
        self.citations: list[Citation] = []
        self.apart: list[Uncitable] = []
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Style de citation"))
        for name, label in style_choices():  # shipped, then the user's own
            self.style_box.addItem(label, name)
        self.style_box.setCurrentIndex(max(0, self.style_box.findData(remembered_style())))
        self.style_box.currentIndexChanged.connect(self._style_chosen)
        self.view = QTextBrowser(self)
        self.view.setAccessibleName(self.tr("Bibliographie formatée"))
        self.view.setOpenLinks(False)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.copy_button = QPushButton(self.tr("Copier"), self)
        self.copy_button.clicked.connect(self.copy)
        self.save_button = QPushButton(self.tr("Enregistrer…"), self)
        self.save_button.clicked.connect(self.save_dialog)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Style"), self))
        top.addWidget(self.style_box, 1)
        top.addWidget(self.copy_button)
        top.addWidget(self.save_button)
        buttons = button_box(self, {Button.Close: self.tr("Fermer")})
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._enable(False)

    def code(self) -> str:
        return str(self.style_box.currentData())

    def _style_chosen(self, _index: int) -> None:
        settings.set_citation_style(self.code())  # remembered for the next citation
        self.style_changed.emit(self.code())

    def _enable(self, ready: bool) -> None:
        self.copy_button.setEnabled(ready)
        self.save_button.setEnabled(ready)

    def set_citations(self, citations: Sequence[Citation]) -> None:
        self.set_bibliography(Bibliography(tuple(citations)))

    def set_bibliography(self, bibliography: Bibliography) -> None:
        """Show the entries, then, apart, the fiches that cannot be cited and why (they are
        neither copied nor saved with the bibliography)."""
        self.citations = list(bibliography.entries)
        self.apart = list(bibliography.apart)
        self.view.setHtml(self.html() + apart_html(self.apart))
        text = self.tr("%n référence(s).", "", len(self.citations))
        if self.apart:
            apart = self.tr(
                "%n fiche(s) mise(s) à part : elles ne peuvent pas être citées.",
                "",
                len(self.apart),
            )
            text += " " + apart
        self.message.setText(text)
        self._enable(bool(self.citations))

    def html(self) -> str:
        return f"<h2>{html.escape(self.title)}</h2>{bibliography_html(self.citations)}"

    def text(self) -> str:
        return bibliography_text(self.citations)

    def show_error(self, exc: BaseException) -> None:
        self.citations = []
        self.apart = []
        self.view.clear()
        self.message.setText(error_sentence(exc))
        self._enable(False)

    def copy(self) -> None:
        copy_to_clipboard(self.text(), bibliography_html(self.citations))
        self.message.setText(self.tr("Bibliographie copiée."))

    def save_dialog(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Enregistrer la bibliographie"),
            str(Path.home() / "bibliographie.html"),
            self.tr("Page HTML (*.html);;Texte (*.txt)"),
        )
        if path:
            self.save(path)

    def save(self, path: str) -> None:
        if Path(path).suffix.lower() in (".html", ".htm"):
            content = (
                '<!DOCTYPE html>\n<html><head><meta charset="utf-8">'
                f"<title>{html.escape(self.title)}</title></head>"
                f"<body>{self.html()}</body></html>\n"
            )
        else:
            content = self.text()
        try:
            Path(path).write_text(content, encoding="utf-8")
        except OSError as exc:
            self.message.setText(error_sentence(exc))
            return
        self.message.setText(self.tr("Bibliographie enregistrée : %1").replace("%1", path))
