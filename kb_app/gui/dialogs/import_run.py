"""The import wizard's last steps: the import on the worker thread, then its summary.

The import is one core job (a generator of ``Progress``) driven on the worker thread; the
page polls its latest progress. « Annuler » sets the job's cancel token: the core raises
``Cancelled`` inside its transaction and the library is left as it was. The generator is
always closed on the worker, so an interrupted job never keeps its transaction open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from kb_app.core.dto import ImportReport
from kb_app.core.jobs import Cancelled, run_job
from kb_app.gui.errors import error_sentence
from kb_app.gui.import_text import problem_rows, progress_text, summary_text
from kb_app.gui.models.table_model import TableModel
from kb_app.gui.ops import LibraryHost
from kb_app.gui.progress import POLL_MS, ProgressState
from kb_app.gui.widgets.table_view import table_view

if TYPE_CHECKING:
    from kb_app.core.library import Library


@dataclass(frozen=True)
class ImportOptions:
    path: Path
    format: str | None
    fallback: str | None
    update: bool
    #: the librarian's choice for flagged entries, by line: « skip » or « merge »
    choices: tuple[tuple[int, str], ...] = ()

    def preview(self, lib: Library) -> ImportReport:
        return lib.preview_import(
            self.path, fmt=self.format, fallback=self.fallback, update=self.update
        )

    def run(self, lib: Library, state: ProgressState) -> ImportReport:
        job = lib.import_file(
            self.path,
            fmt=self.format,
            fallback=self.fallback,
            update=self.update,
            cancel=state.token,
            choices=dict(self.choices),
        )
        try:
            return run_job(job, state.report)
        finally:
            job.close()  # a job stopped between two steps rolls its transaction back now


@dataclass(frozen=True)
class Outcome:
    report: ImportReport | None
    error: BaseException | None = None

    @property
    def cancelled(self) -> bool:
        return isinstance(self.error, Cancelled)


class ImportPage(QWizardPage):
    """Step 3: the import, its progress and « Annuler »."""

    finished = Signal()

    def __init__(
        self, host: LibraryHost, options: Callable[[], ImportOptions], parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._options = options
        self.state: ProgressState | None = None
        self.outcome: Outcome | None = None
        self.close_when_done = False
        self.setTitle(self.tr("Import en cours"))
        self.setSubTitle(self.tr("Vous pouvez continuer à consulter la bibliothèque."))
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Étape de l'import"))
        self.bar = QProgressBar(self)
        self.bar.setAccessibleName(self.tr("Progression de l'import"))
        self.cancel_button = QPushButton(self.tr("Annuler l'import"), self)
        self.cancel_button.clicked.connect(self.cancel)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._poll)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addStretch(1)

    @property
    def running(self) -> bool:
        return self.state is not None and self.outcome is None

    def initializePage(self) -> None:
        self.start()

    def start(self) -> None:
        options = self._options()
        state = ProgressState()
        self.state, self.outcome = state, None
        self.label.setText(progress_text("lecture"))
        self.bar.setRange(0, 0)
        self.cancel_button.setEnabled(True)
        self._timer.start()
        self._host.run(
            lambda lib: options.run(lib, state),
            lambda report: self._end(Outcome(report)),
            lambda exc: self._end(Outcome(None, exc)),
        )

    def cancel(self) -> None:
        if self.running and self.state is not None:
            self.state.token.cancel()
            self.label.setText(self.tr("Annulation…"))
            self.cancel_button.setEnabled(False)

    def _poll(self) -> None:
        progress = self.state.latest() if self.state is not None else None
        if progress is None or (self.state is not None and self.state.token.cancelled):
            return
        self.label.setText(progress_text(progress.label))
        if progress.total:
            self.bar.setRange(0, progress.total)
            self.bar.setValue(min(progress.done, progress.total))

    def _end(self, outcome: Outcome) -> None:
        self._timer.stop()
        self.outcome = outcome
        self.cancel_button.setEnabled(False)
        self.bar.setRange(0, 1)
        self.bar.setValue(1 if outcome.report is not None else 0)
        self.completeChanged.emit()
        self.finished.emit()

    def isComplete(self) -> bool:
        return self.outcome is not None


class SummaryPage(QWizardPage):
    """Step 4: what was done (or why nothing was)."""

    show_keys = Signal(object)
    review_duplicates = Signal(object)  # the keys of the imported fiches flagged for review

    def __init__(self, run_page: ImportPage, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._run = run_page
        self.setTitle(self.tr("Import terminé"))
        self.setFinalPage(True)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setAccessibleName(self.tr("Résumé de l'import"))
        self.problems = TableModel([self.tr("Emplacement"), self.tr("Problème")], self)
        self.problems_view = table_view(self.problems, self, self.tr("Problèmes"), 1, (0,))
        self.show_button = QPushButton(self.tr("Afficher les fiches importées"), self)
        self.show_button.clicked.connect(lambda: self.show_keys.emit(self.keys()))
        self.review_button = QPushButton(self.tr("Vérifier les doublons probables…"), self)
        self.review_button.clicked.connect(lambda: self.review_duplicates.emit(self.flagged_keys()))
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addWidget(self.problems_view, 1)
        row = QHBoxLayout()
        row.addWidget(self.show_button)
        row.addWidget(self.review_button)
        row.addStretch(1)
        layout.addLayout(row)

    def keys(self) -> list[str]:
        outcome = self._run.outcome
        if outcome is None or outcome.report is None:
            return []
        report = outcome.report
        updated = [e.target for e in report.entries if e.action == "update" and e.target]
        return list(dict.fromkeys([*report.keys, *updated]))

    def flagged_keys(self) -> list[str]:
        """The imported fiches that look like another work, and the fiches they look like."""
        outcome = self._run.outcome
        if outcome is None or outcome.report is None:
            return []
        report = outcome.report
        new = [e for e in report.entries if e.action == "new"]
        keys = [key for key, e in zip(report.keys, new, strict=False) if e.likeness is not None]
        partners = [e.likeness.fiche for e in report.entries if e.likeness and e.likeness.fiche]
        return list(dict.fromkeys([*keys, *partners]))

    def initializePage(self) -> None:
        outcome = self._run.outcome
        report = outcome.report if outcome is not None else None
        if outcome is None or report is None:
            cancelled = outcome is not None and outcome.cancelled
            self.setTitle(self.tr("Import annulé") if cancelled else self.tr("Import impossible"))
            self.setSubTitle(self.tr("Rien n'a été enregistré."))
            error = outcome.error if outcome is not None and not cancelled else None
            detail = error_sentence(error) if error is not None else ""
            self.text.setText(
                self.tr("La bibliothèque n'a pas été modifiée.") + ("\n" + detail if detail else "")
            )
            self.problems.set_rows([])
        else:
            self.setTitle(self.tr("Import terminé"))
            self.setSubTitle(self.tr("Les fiches sont enregistrées et déjà consultables."))
            self.text.setText(summary_text(report))
            self.problems.set_rows(problem_rows([*report.errors, *report.warnings]))
        self.problems_view.setVisible(self.problems.rowCount() > 0)
        self.show_button.setEnabled(bool(self.keys()))
        flagged = report.flagged if report is not None else 0
        self.review_button.setVisible(bool(flagged))
        self.review_button.setText(self.tr("Vérifier les %n doublon(s) probable(s)…", "", flagged))
