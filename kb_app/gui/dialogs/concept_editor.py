"""The concept form: labels, definition, scope note, alternative labels; broader when new.

Like the fiche form it never writes: ``save_requested`` carries a dict of keyword
arguments for ``Library.update_concept`` (editing) or ``Library.add_concept`` (new).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import ConceptDetail
from kb_app.gui.dialogs.scaffold import EditorDialog, titled
from kb_app.gui.widgets.concept_picker import ConceptPicker


class ConceptEditor(EditorDialog):
    save_requested = Signal(object)  # dict of keyword arguments

    def __init__(
        self,
        parent: QWidget | None,
        concept_labels: Sequence[tuple[str, str, str]],
        concept: ConceptDetail | None = None,
    ) -> None:
        super().__init__(parent)
        self.concept = concept
        title = self.tr("Modifier le concept") if concept else self.tr("Nouveau concept")
        titled(self, title, (560, 480))
        self._build(concept_labels)
        if concept is not None:
            self._fill(concept)

    def _build(self, concept_labels: Sequence[tuple[str, str, str]]) -> None:
        concept = self.concept
        self.label = QLineEdit(self)
        self.label_en = QLineEdit(self)
        self.definition = QPlainTextEdit(self)
        self.definition.setTabChangesFocus(True)
        self.scope_note = QPlainTextEdit(self)
        self.scope_note.setTabChangesFocus(True)
        self.alt_labels = QPlainTextEdit(self)
        self.alt_labels.setTabChangesFocus(True)
        self.broader = ConceptPicker(self)
        self.broader.set_labels(concept_labels)
        form = QFormLayout()
        rows: list[tuple[str, QWidget]] = [
            (self.tr("Libellé français *"), self.label),
            (self.tr("Libellé anglais"), self.label_en),
            (self.tr("Définition"), self.definition),
        ]
        if concept is None:
            rows.append((self.tr("Concepts plus larges"), self.broader))
            self.scope_note.hide()  # not in the form: they would lie loose over it
            self.alt_labels.hide()
        else:
            rows += [
                (self.tr("Note d'application"), self.scope_note),
                (self.tr("Autres termes (un par ligne)"), self.alt_labels),
            ]
            self.broader.hide()
        for text, widget in rows:
            widget.setAccessibleName(text.rstrip(" *"))
            form.addRow(text, widget)
        self.problems_line()
        buttons = self.save_buttons(self.tr("Enregistrer"), self.tr("Annuler"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _fill(self, concept: ConceptDetail) -> None:
        self.label.setText(concept.label)
        self.label_en.setText(concept.label_en or "")
        self.definition.setPlainText(concept.definition or "")
        self.scope_note.setPlainText(concept.scope_note or "")
        self.alt_labels.setPlainText("\n".join(concept.alt_labels))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {
            "label": self.label.text().strip(),
            "label_en": self.label_en.text().strip() or None,
            "definition": self.definition.toPlainText().strip() or None,
        }
        if self.concept is None:
            values["broader"] = tuple(self.broader.concepts())
        else:
            values["scope_note"] = self.scope_note.toPlainText().strip() or None
            lines = self.alt_labels.toPlainText().splitlines()
            values["alt_labels"] = tuple(x.strip() for x in lines if x.strip())
        return values

    def request_save(self) -> None:
        if not self.label.text().strip():
            self.show_message(self.tr("Le libellé français est obligatoire."))
            return
        self.save_requested.emit(self.values())
