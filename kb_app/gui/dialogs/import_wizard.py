"""The import wizard: a file (or a folder of Markdown fiches), its preview, the import, a summary.

1. the file or folder; its format is recognised at once;
2. the preview (a dry run on the worker thread): format, encoding (offered when the file is
   not UTF-8), « mettre à jour les fiches existantes », the first entries with what the
   import will do with each, the problems with their file and line, the counts;
3. the import itself, on the worker thread, with a progress bar and « Annuler » (a cancelled
   import changes nothing);
4. the summary, with « Afficher les fiches importées ».
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kb_app.core.dto import ImportReport, PlannedEntry
from kb_app.core.errors import KbError
from kb_app.core.library import detect_file_format
from kb_app.core.vocabulary import IMPORT_FORMATS
from kb_app.gui import labels
from kb_app.gui.dialogs.import_run import ImportOptions, ImportPage, SummaryPage
from kb_app.gui.dialogs.scaffold import titled
from kb_app.gui.import_text import (
    CHOICES,
    choice_label,
    counts_text,
    encoding_text,
    entry_rows,
    failure_text,
    is_encoding_error,
    problem_rows,
)
from kb_app.gui.models.table_model import TableModel
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.table_view import table_view, wrapping_table

if TYPE_CHECKING:
    from kb_app.core.library import Library

PREVIEW_ROWS = 200
ENCODINGS = ("windows-1252", "latin-1", "iso-8859-15", "mac-roman", "iso-8859-2", "cp850")
UTF8 = ("utf-8", "utf-8-sig", "ascii", "")


class SourcePage(QWizardPage):
    """Step 1: which file (or folder of Markdown fiches)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Fichier à importer"))
        self.setSubTitle(
            self.tr(
                "BibTeX (.bib), RIS (.ris), CSL-JSON (.json), thésaurus SKOS (.ttl, .rdf) "
                "ou un dossier de fiches Markdown."
            )
        )
        self.path = QLineEdit(self)
        self.path.setAccessibleName(self.tr("Chemin du fichier à importer"))
        self.path.setPlaceholderText(self.tr("Chemin du fichier ou du dossier"))
        self.path.textChanged.connect(self._changed)
        self.file_button = QPushButton(self.tr("Choisir un fichier…"), self)
        self.file_button.clicked.connect(self.choose_file)
        self.folder_button = QPushButton(self.tr("Choisir un dossier…"), self)
        self.folder_button.clicked.connect(self.choose_folder)
        self.detected = QLabel(self)
        self.detected.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.file_button)
        row.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.detected)
        layout.addStretch(1)

    def choose_file(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self,
            self.tr("Choisir le fichier à importer"),
            self.path.text(),
            self.tr(
                "Références et thésaurus (*.bib *.bibtex *.ris *.json *.ttl *.rdf *.md *.zip)"
                ";;Tous les fichiers (*)"
            ),
        )
        if path:
            self.path.setText(path)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Choisir le dossier de fiches Markdown"), self.path.text()
        )
        if folder:
            self.path.setText(folder)

    def chosen(self) -> Path | None:
        text = self.path.text().strip()
        return Path(text).expanduser() if text else None

    def detected_format(self) -> str | None:
        path = self.chosen()
        if path is None or not path.exists():
            return None
        try:
            return detect_file_format(path)
        except (KbError, OSError):
            return None

    def _changed(self) -> None:
        path = self.chosen()
        fmt = self.detected_format()
        if path is None:
            text = ""
        elif not path.exists():
            text = self.tr("Ce fichier n'existe pas.")
        elif fmt is None:
            text = self.tr("Format non reconnu : vous pourrez le choisir à l'étape suivante.")
        else:
            text = self.tr("Format reconnu : %1.").replace("%1", labels.format_label(fmt))
        self.detected.setText(text)
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        path = self.chosen()
        return path is not None and path.exists()


class PreviewPage(QWizardPage):
    """Step 2: the dry run, with the options that change it."""

    def __init__(self, host: LibraryHost, source: SourcePage, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._host = host
        self._source = source
        self._generation = 0
        self.report: ImportReport | None = None
        self._titles: dict[str, str] = {}
        #: the librarian's choice for each flagged entry (by line); « import » is the default
        self.choices: dict[int, str] = {}
        self.setTitle(self.tr("Aperçu de l'import"))
        self.setSubTitle(self.tr("Rien n'est encore modifié : vérifiez ce que l'import fera."))
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Importer"))
        self._build()

    def _build(self) -> None:
        self.format = QComboBox(self)
        self.format.setAccessibleName(self.tr("Format"))
        self.format.addItem(self.tr("Reconnu automatiquement"), None)
        for code in IMPORT_FORMATS:
            self.format.addItem(labels.format_label(code), code)
        self.encoding = QComboBox(self)
        self.encoding.setAccessibleName(self.tr("Encodage"))
        self.encoding.addItem(self.tr("Automatique (UTF-8 ou encodage déclaré)"), None)
        for name in ENCODINGS:
            self.encoding.addItem(name, name)
        self.encoding_label = QLabel(self.tr("Encodage"), self)
        self.update_box = QCheckBox(self.tr("Mettre à jour les fiches existantes"), self)
        self.update_box.setToolTip(
            self.tr(
                "Une entrée identique à une fiche déjà présente (même DOI ; même ISBN et même "
                "titre ; entrée identique) la met à jour au lieu d'être mise de côté. Une "
                "entrée qui lui ressemble seulement est importée et signalée."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.encoding_label, self.encoding)
        form.addRow("", self.update_box)
        self.counts = QLabel(self)
        self.counts.setWordWrap(True)
        self.counts.setAccessibleName(self.tr("Résumé de l'aperçu"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.hide()
        self.entries = TableModel(
            [self.tr("Ligne"), self.tr("Titre"), self.tr("Année"), self.tr("Auteurs"),
             self.tr("Action")],
            self,
        )  # fmt: skip
        self.entries_view = wrapping_table(
            self.entries, self, self.tr("Entrées du fichier"), {0: 110, 1: 330, 2: 50, 3: 170}
        )
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Que faire de l'entrée signalée"))
        for code in CHOICES:
            self.choice.addItem(choice_label(code), code)
        self.choice.setItemText(0, self.tr("l'importer (conseillé : vous vérifierez ensuite)"))
        self.choice.setItemText(1, self.tr("l'écarter"))
        self.choice.setItemText(2, self.tr("la fusionner avec la fiche ou l'entrée semblable"))
        self.choice_label = QLabel(self.tr("Entrée signalée comme doublon probable :"), self)
        self.choice.currentIndexChanged.connect(self._choose)
        choice_row = QHBoxLayout()
        choice_row.addWidget(self.choice_label)
        choice_row.addWidget(self.choice, 1)
        self.entries_view.selectionModel().currentChanged.connect(lambda *_a: self._current())
        self.problems = TableModel([self.tr("Emplacement"), self.tr("Problème")], self)
        self.problems_view = table_view(self.problems, self, self.tr("Problèmes"), 1, (0,))
        self.tabs = QTabWidget(self)
        self.tabs.addTab(self.entries_view, self.tr("Entrées"))
        self.tabs.addTab(self.problems_view, self.tr("Problèmes"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.counts)
        layout.addWidget(self.message)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(choice_row)
        self._current()
        self.format.currentIndexChanged.connect(lambda _i: self.refresh())
        self.encoding.currentIndexChanged.connect(lambda _i: self.refresh())
        self.update_box.toggled.connect(lambda _on: self.refresh())

    def options(self) -> ImportOptions:
        path = self._source.chosen()
        assert path is not None
        fmt = self.format.currentData() or self._source.detected_format()
        chosen = tuple(sorted((line, c) for line, c in self.choices.items() if c != "import"))
        return ImportOptions(
            path, fmt, self.encoding.currentData(), self.update_box.isChecked(), chosen
        )

    def initializePage(self) -> None:
        self._show_encoding(self.encoding.currentData() is not None)
        self.refresh()

    def refresh(self) -> None:
        """Run the dry run again with the options shown; a later answer replaces this one."""
        self._generation += 1
        generation = self._generation
        self.report = None
        self.completeChanged.emit()
        self.entries.set_rows([])
        self.problems.set_rows([])
        self.message.hide()
        self.counts.setText(self.tr("Analyse du fichier…"))
        options = self.options()

        def task(lib: Library) -> tuple[ImportReport, dict[str, str]]:
            report = replace(options, choices=()).preview(lib)
            if report.format == "skos":  # the targets are concepts, named in the entries
                return report, {}
            targets = [e.target for e in report.entries[:PREVIEW_ROWS] if e.target]
            return report, {row.key: row.title for row in lib.rows(targets)}

        def done(result: tuple[ImportReport, dict[str, str]]) -> None:
            if generation == self._generation:
                self.show_report(*result)

        def failed(exc: BaseException) -> None:
            if generation == self._generation:
                self.show_failure(exc)

        self._host.run(task, done, failed)

    def show_report(self, report: ImportReport, titles: dict[str, str] | None = None) -> None:
        self.report = report
        self._titles = dict(titles or {})
        flagged = {e.line for e in report.entries if e.likeness is not None and e.line}
        self.choices = {line: c for line, c in self.choices.items() if line in flagged}
        self.entries.set_rows(entry_rows(report.entries, PREVIEW_ROWS, titles, self.choices))
        self._current()
        self.problems.set_rows(problem_rows([*report.errors, *report.warnings]))
        problems = len(report.errors) + len(report.warnings)
        self.tabs.setTabText(0, self.tr("Entrées (%1)").replace("%1", str(report.found)))
        self.tabs.setTabText(1, self.tr("Problèmes (%1)").replace("%1", str(problems)))
        text = counts_text(report)
        if report.found > PREVIEW_ROWS:
            text += " " + self.tr("Les %1 premières sont listées.").replace("%1", str(PREVIEW_ROWS))
        if report.encoding not in UTF8:
            self._show_encoding(True)
            text += " " + encoding_text(report)
        if not report.imported and not report.updated:
            text += " " + self.tr("Rien à importer.")
        self.counts.setText(text)
        self.completeChanged.emit()

    # -- flagged entries: import (default), skip or merge ---------------------------------------

    def current_entry(self) -> PlannedEntry | None:
        index = self.entries_view.currentIndex()
        entry = self.entries.value(index.row()) if index.isValid() else None
        return entry if isinstance(entry, PlannedEntry) else None

    def _current(self) -> None:
        """The choice box follows the selected entry: enabled for a flagged one."""
        entry = self.current_entry()
        flagged = entry is not None and entry.likeness is not None and entry.action == "new"
        self.choice.blockSignals(True)
        choice = self.choices.get(entry.line or -1, "import") if entry is not None else "import"
        self.choice.setCurrentIndex(max(0, self.choice.findData(choice)))
        self.choice.blockSignals(False)
        self.choice.setEnabled(flagged)
        self.choice_label.setEnabled(flagged)

    def _choose(self, _index: int) -> None:
        entry = self.current_entry()
        if entry is None or entry.likeness is None or not entry.line or self.report is None:
            return
        self.choices[entry.line] = str(self.choice.currentData())
        row = self.entries_view.currentIndex().row()
        rows = entry_rows(self.report.entries, PREVIEW_ROWS, self._titles, self.choices)
        self.entries.set_rows(rows)
        self.entries_view.setCurrentIndex(self.entries.index(row, 0))

    def show_failure(self, exc: BaseException) -> None:
        self.counts.setText(self.tr("L'aperçu n'a pas pu être établi."))
        if is_encoding_error(exc):
            self._show_encoding(True)
        self.message.setText(failure_text(exc))
        self.message.show()

    def _show_encoding(self, shown: bool) -> None:
        bibliographic = self.options().format not in ("markdown", "skos")
        for widget in (self.encoding, self.encoding_label):
            widget.setVisible(shown and bibliographic)

    def isComplete(self) -> bool:
        report = self.report
        return report is not None and (report.imported + report.updated) > 0


IMPORT_PAGE = 2


class ImportWizard(QWizard):
    imported = Signal(object)  # the ImportReport of a finished import
    show_keys = Signal(object)  # the keys of the imported fiches, to list in the results
    review_duplicates = Signal(object)  # keys of flagged fiches, for the duplicates window

    def __init__(self, host: LibraryHost, parent: QWidget | None, path: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("importWizard")
        titled(self, self.tr("Importer des références"), (960, 640))
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        buttons = {
            QWizard.WizardButton.BackButton: self.tr("< Précédent"),
            QWizard.WizardButton.NextButton: self.tr("Suivant >"),
            QWizard.WizardButton.CancelButton: self.tr("Annuler"),
            QWizard.WizardButton.FinishButton: self.tr("Terminer"),
            QWizard.WizardButton.CommitButton: self.tr("Importer"),
        }
        for which, text in buttons.items():
            self.setButtonText(which, text)
        self.source = SourcePage(self)
        self.preview = PreviewPage(host, self.source, self)
        self.run_page = ImportPage(host, self.preview.options, self)
        self.summary = SummaryPage(self.run_page, self)
        for number, page in enumerate((self.source, self.preview, self.run_page, self.summary)):
            self.setPage(number, page)
        self.run_page.finished.connect(self._finished)
        self.summary.show_keys.connect(self.show_keys)
        self.summary.review_duplicates.connect(self.review_duplicates)
        if path:
            self.source.path.setText(path)

    def _finished(self) -> None:
        outcome = self.run_page.outcome
        if outcome is not None and outcome.report is not None:
            self.imported.emit(outcome.report)
        if self.run_page.close_when_done:
            super().reject()
        elif self.currentId() == IMPORT_PAGE:
            self.next()

    def reject(self) -> None:
        """Closing during the import cancels it first (nothing is changed)."""
        if self.run_page.running:
            self.run_page.close_when_done = True
            self.run_page.cancel()
            return
        super().reject()
