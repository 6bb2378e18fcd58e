"""Export: a format, what to export (the results, the basket, the whole library, or the
thesaurus for SKOS), and where (a file, or a new folder for Markdown).

The dialog never writes: ``export_requested`` carries ``(format, path, scope)`` and the window
runs ``Library.export`` on the worker, then ``show_summary`` (or ``show_error``).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import ExportSummary
from kb_app.core.vocabulary import EXPORT_FORMATS
from kb_app.gui import labels, settings
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.errors import error_sentence

SCOPES = ("results", "basket", "library")
SUFFIXES = {"bibtex": ".bib", "ris": ".ris", "csljson": ".json", "skos": ".ttl", "markdown": ""}
FOLDER_KEY = "export/folder"


class ExportDialog(QDialog):
    export_requested = Signal(str, str, str)  # format, path, scope

    def __init__(self, parent: QWidget | None, counts: dict[str, int]) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        titled(self, self.tr("Exporter"), (620, 340))
        self.counts = counts
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        for code in EXPORT_FORMATS:
            self.format.addItem(labels.format_label(code), code)
        self._build_scopes()
        self.thesaurus_note = QLabel(self.tr("Le thésaurus entier est exporté."), self)
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Destination"))
        self.path.textChanged.connect(lambda _t: self._update())
        self.browse = QPushButton(self.tr("Choisir…"), self)
        self.browse.clicked.connect(self.choose_path)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(self.browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Fiches"), self.scope_box)
        form.addRow("", self.thesaurus_note)
        form.addRow(self.tr("Destination"), where)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        texts = {Button.Ok: self.tr("Exporter"), Button.Close: self.tr("Fermer")}
        self.buttons = button_box(self, texts, self.request_export)
        self.export_button = self.buttons.button(Button.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self._format_changed()

    def _build_scopes(self) -> None:
        self.scope_group = QButtonGroup(self)
        self.scope_box = QWidget(self)
        column = QVBoxLayout(self.scope_box)
        column.setContentsMargins(0, 0, 0, 0)
        self.scopes: dict[str, QRadioButton] = {}
        for number, scope in enumerate(SCOPES):
            radio = QRadioButton(self._scope_text(scope), self.scope_box)
            radio.setEnabled(self.counts.get(scope, 0) > 0)
            self.scope_group.addButton(radio, number)
            self.scopes[scope] = radio
            column.addWidget(radio)
        first = next((s for s in SCOPES if self.counts.get(s, 0) > 0), "library")
        self.scopes[first].setChecked(True)

    def _scope_text(self, scope: str) -> str:
        texts = {
            "results": self.tr("Résultats de la recherche (%1)"),
            "basket": self.tr("Panier (%1)"),
            "library": self.tr("Toute la bibliothèque (%1)"),
        }
        return texts[scope].replace("%1", str(self.counts.get(scope, 0)))

    def fmt(self) -> str:
        return str(self.format.currentData())

    def scope(self) -> str:
        if self.fmt() == "skos":
            return "thesaurus"
        return next(s for s, radio in self.scopes.items() if radio.isChecked())

    def _format_changed(self) -> None:
        skos = self.fmt() == "skos"
        self.scope_box.setEnabled(not skos)
        self.thesaurus_note.setVisible(skos)
        current = self.path.text().strip()
        folder = Path(current).parent if current else _last_folder()
        name = "export" if not current else Path(current).stem
        self.path.setText(str(folder / f"{name}{SUFFIXES[self.fmt()]}"))
        self.message.clear()

    def choose_path(self) -> None:
        if self.fmt() == "markdown":
            chosen = QFileDialog.getExistingDirectory(
                self, self.tr("Choisir un dossier vide pour les fiches"), str(_last_folder())
            )
        else:
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Exporter vers"), self.path.text()
            )
        if chosen:
            self.path.setText(chosen)

    def _update(self) -> None:
        self.export_button.setEnabled(bool(self.path.text().strip()))

    def request_export(self) -> None:
        path = self.path.text().strip()
        if not path:
            return
        self.message.setText(self.tr("Export en cours…"))
        self.export_button.setEnabled(False)
        self.export_requested.emit(self.fmt(), str(Path(path).expanduser()), self.scope())

    def show_summary(self, summary: ExportSummary) -> None:
        settings.store().setValue(FOLDER_KEY, str(Path(summary.path).parent))
        if summary.format == "skos":
            text = self.tr("%n concept(s) exporté(s) vers %1.", "", summary.count)
        else:
            text = self.tr("%n fiche(s) exportée(s) vers %1.", "", summary.count)
        self.message.setText(text.replace("%1", summary.path))
        self._update()

    def show_error(self, exc: BaseException) -> None:
        self.message.setText(error_sentence(exc))
        self._update()


def _last_folder() -> Path:
    value = settings.store().value(FOLDER_KEY, "")
    folder = Path(str(value)) if value else Path.home()
    return folder if folder.is_dir() else Path.home()
