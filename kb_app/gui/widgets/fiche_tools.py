"""Under the fiche being read: its citation (copied as text and HTML), its in-text citation
(with a locator, in the style's form or as a pandoc or LaTeX key) and its attachments.

Shown only while the reader shows a fiche; a dossier also offers its bibliography. The style
and the in-text form chosen are remembered (QSettings); « Ajouter un style de citation… »
(Outils menu) checks a .csl file and adds it to the styles.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheDetail
from kb_app.gui import settings
from kb_app.gui.citing import (
    compile_keys,
    copy_citation,
    copy_in_text,
    form_choices,
    remembered_style,
    style_choices,
    style_error_text,
)
from kb_app.gui.errors import as_sentence, translate_message
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.attachments_panel import AttachmentsPanel

if TYPE_CHECKING:
    from kb_app.core.dto import Bibliography, CitationStyle, InTextCitation


class FicheTools(QFrame):
    message = Signal(str)
    bibliography_requested = Signal(object, str)  # keys, title
    copied = Signal(object)  # the Citation (or InTextCitation) put on the clipboard
    style_added = Signal(object)  # the CitationStyle a user added

    def __init__(self, host: LibraryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ficheTools")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._host = host
        self.fiche: FicheDetail | None = None
        self.refused_box: QMessageBox | None = None
        self.style_box = QComboBox(self)
        self.style_box.setAccessibleName(self.tr("Style de citation"))
        self.fill_styles(remembered_style())
        self.style_box.currentIndexChanged.connect(self._style_chosen)
        self.copy_button = QPushButton(self.tr("Copier la citation"), self)
        self.copy_button.clicked.connect(self.copy_citation)
        self.locator_edit = QLineEdit(self)
        self.locator_edit.setObjectName("citationLocator")
        self.locator_edit.setPlaceholderText(self.tr("p. 12"))
        self.locator_edit.setAccessibleName(self.tr("Page ou partie citée"))
        self.locator_edit.setMaximumWidth(120)
        self.locator_edit.setMinimumWidth(60)
        self.form_box = QComboBox(self)
        self.form_box.setAccessibleName(self.tr("Forme de la citation dans le texte"))
        for form, label in form_choices():
            self.form_box.addItem(label, form)
        self.form_box.setCurrentIndex(max(0, self.form_box.findData(settings.citation_form())))
        self.form_box.currentIndexChanged.connect(
            lambda _i: settings.set_citation_form(self.form_code())
        )
        # the row says « Dans le texte »: a short button keeps the row within a 450 px reader
        self.in_text_button = QPushButton(self.tr("Copier"), self)
        self.in_text_button.setAccessibleName(self.tr("Copier la citation dans le texte"))
        self.in_text_button.setToolTip(self.tr("Copier la citation dans le texte"))
        self.in_text_button.clicked.connect(self.copy_in_text)
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
        in_text = QHBoxLayout()
        in_text.addWidget(QLabel(self.tr("Dans le texte"), self))
        in_text.addWidget(self.locator_edit)
        in_text.addWidget(self.form_box)
        in_text.addWidget(self.in_text_button)
        in_text.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(row)
        layout.addLayout(in_text)
        layout.addWidget(self.attachments)
        self.show_fiche(None)

    def style_code(self) -> str:
        return str(self.style_box.currentData())

    def form_code(self) -> str:
        return str(self.form_box.currentData())

    def fill_styles(self, selected: str) -> None:
        """The style list (shipped, then added), ``selected`` current."""
        box = self.style_box
        box.blockSignals(True)
        box.clear()
        for name, label in style_choices():
            box.addItem(label, name)
        box.setCurrentIndex(max(0, box.findData(selected)))
        box.blockSignals(False)

    def _style_chosen(self, _index: int) -> None:
        settings.set_citation_style(self.style_code())

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

    def copy_in_text(self) -> None:
        """The fiche's in-text citation, with the locator typed, in the form chosen."""
        fiche = self.fiche
        if fiche is None:
            return
        key, style, form = fiche.key, self.style_code(), self.form_code()
        locator = self.locator_edit.text().strip() or None

        def done(citation: InTextCitation) -> None:
            copy_in_text(citation)
            self.message.emit(self.tr("Citation copiée : %1").replace("%1", citation.text))
            self.copied.emit(citation)

        def failed(exc: BaseException) -> None:
            self.message.emit(style_error_text(exc))

        self._host.run(
            lambda lib: lib.cite_in_text([key], style, locator=locator, form=form), done, failed
        )

    def choose_style_file(self) -> None:
        """« Ajouter un style de citation… »: a .csl file, checked, then added and chosen."""
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Ajouter un style de citation"),
            "",
            self.tr("Style CSL (*.csl);;Tous les fichiers (*)"),
        )
        if path:
            self.add_style(path)

    def add_style(self, path: str) -> None:
        def done(style: CitationStyle) -> None:
            self.fill_styles(style.name)
            settings.set_citation_style(style.name)
            self.message.emit(self.tr("Style de citation ajouté : %1").replace("%1", style.title))
            self.style_added.emit(style)

        def failed(exc: BaseException) -> None:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setObjectName("styleRefused")
            box.setWindowTitle(self.tr("Style de citation refusé"))
            box.setText(style_error_text(exc))
            box.open()
            self.refused_box = box

        self._host.run(lambda lib: lib.add_citation_style(path), done, failed)

    def _bibliography(self) -> None:
        fiche = self.fiche
        if fiche is not None and fiche.kind == "dossier":
            self.bibliography_requested.emit([m.key for m in fiche.members], fiche.title)
