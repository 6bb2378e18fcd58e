"""Thesaurus maintenance on one concept: rename it, merge it into another, move it under
other concepts, delete it when no fiche uses it.

The dialog never writes: each button emits a request the window runs on the worker
(``Library.rename_concept``, ``merge_concepts``, ``move_concept``, ``delete_concept``); the
outcome, or the core's refusal as a sentence, comes back to ``show_done``/``show_error``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import ConceptDetail
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.errors import error_sentence
from kb_app.gui.widgets.concept_picker import ConceptPicker, FoldingCompleter, completion_model

Labels = Sequence[tuple[str, str, str]]


class ThesaurusDialog(QDialog):
    concept_requested = Signal(str)  # a label or key typed in « Concept »
    rename_requested = Signal(str, str, object, bool)  # key, French, English or None, keep
    merge_requested = Signal(str, str)  # key, target label
    move_requested = Signal(str, object)  # key, list of broader labels ([] = top concept)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None, labels: Labels) -> None:
        super().__init__(parent)
        self.setObjectName("thesaurusDialog")
        titled(self, self.tr("Maintenance du thésaurus"), (640, 640))
        self.concept: ConceptDetail | None = None
        self.confirm: Callable[[str, str], bool] = self._ask
        self.chooser = self._entry(labels, self.tr("Concept à modifier"))
        self.chooser.returnPressed.connect(self._choose)
        self.choose_button = QPushButton(self.tr("Afficher"), self)
        self.choose_button.clicked.connect(self._choose)
        self.info = QLabel(self.tr("Choisissez un concept."), self)
        self.info.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Concept"), self))
        top.addWidget(self.chooser, 1)
        top.addWidget(self.choose_button)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Résultat de l'opération"))
        buttons = button_box(self, {Button.Close: self.tr("Fermer")})
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.info)
        for box in (
            self._rename_box(),
            self._merge_box(labels),
            self._move_box(labels),
            self._delete_box(),
        ):
            layout.addWidget(box)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self._enable(False)

    # -- building --------------------------------------------------------------------------

    def _entry(self, labels: Labels, name: str) -> QLineEdit:
        entry = QLineEdit(self)
        entry.setAccessibleName(name)
        entry.setPlaceholderText(self.tr("Tapez un libellé (les accents sont facultatifs)"))
        completer = FoldingCompleter(QStandardItemModel(self), self)
        completer.setModel(completion_model(labels, self))
        entry.setCompleter(completer)
        entry.setClearButtonEnabled(True)
        return entry

    def _rename_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Renommer"), self)
        self.new_label = QLineEdit(box)
        self.new_label.setAccessibleName(self.tr("Nouveau libellé français"))
        self.new_label_en = QLineEdit(box)
        self.new_label_en.setAccessibleName(self.tr("Nouveau libellé anglais"))
        self.keep_alt = QCheckBox(self.tr("Garder les anciens libellés comme autres termes"), box)
        self.keep_alt.setChecked(True)
        self.rename_button = QPushButton(self.tr("Renommer"), box)
        self.rename_button.clicked.connect(self.request_rename)
        form = QFormLayout(box)
        form.addRow(self.tr("Libellé français"), self.new_label)
        form.addRow(self.tr("Libellé anglais"), self.new_label_en)
        form.addRow("", self.keep_alt)
        form.addRow("", self.rename_button)
        return box

    def _merge_box(self, labels: Labels) -> QGroupBox:
        box = QGroupBox(self.tr("Fusionner dans un autre concept"), self)
        note = QLabel(
            self.tr(
                "Ses fiches, ses libellés et ses relations passent au concept choisi ; "
                "ce concept-ci disparaît."
            ),
            box,
        )
        note.setWordWrap(True)
        self.merge_target = self._entry(labels, self.tr("Concept qui reçoit la fusion"))
        self.merge_button = QPushButton(self.tr("Fusionner…"), box)
        self.merge_button.clicked.connect(self.request_merge)
        row = QHBoxLayout()
        row.addWidget(self.merge_target, 1)
        row.addWidget(self.merge_button)
        column = QVBoxLayout(box)
        column.addWidget(note)
        column.addLayout(row)
        return box

    def _move_box(self, labels: Labels) -> QGroupBox:
        box = QGroupBox(self.tr("Déplacer sous d'autres concepts"), self)
        note = QLabel(
            self.tr("Concepts plus larges (aucun : le concept devient un concept de tête)."), box
        )
        note.setWordWrap(True)
        self.broader = ConceptPicker(box)
        self.broader.set_labels(labels)
        self.broader.list.setMaximumHeight(90)
        self.move_button = QPushButton(self.tr("Déplacer"), box)
        self.move_button.clicked.connect(self.request_move)
        column = QVBoxLayout(box)
        column.addWidget(note)
        column.addWidget(self.broader)
        column.addWidget(self.move_button)
        return box

    def _delete_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Supprimer"), self)
        self.delete_note = QLabel(box)
        self.delete_note.setWordWrap(True)
        self.delete_button = QPushButton(self.tr("Supprimer le concept…"), box)
        self.delete_button.clicked.connect(self.request_delete)
        column = QVBoxLayout(box)
        column.addWidget(self.delete_note)
        column.addWidget(self.delete_button)
        return box

    # -- the concept -----------------------------------------------------------------------

    def set_labels(self, labels: Labels) -> None:
        for entry in (self.chooser, self.merge_target):
            completer = entry.completer()
            if completer is not None:
                completer.setModel(completion_model(labels, self))
        self.broader.set_labels(labels)

    def set_concept(self, concept: ConceptDetail) -> None:
        self.concept = concept
        self.chooser.setText(concept.label)
        broader = ", ".join(c.label for c in concept.broader) or self.tr("aucun (concept de tête)")
        self.info.setText(
            self.tr("« %1 » : %n fiche(s) indexée(s) ; plus large : %2.", "", concept.count_direct)
            .replace("%1", concept.label)
            .replace("%2", broader)
        )
        self.new_label.setText(concept.label)
        self.new_label_en.setText(concept.label_en or "")
        self.merge_target.clear()
        self.broader.set_concepts(c.label for c in concept.broader)
        if concept.count_direct:
            note = self.tr(
                "Ce concept indexe des fiches : il ne peut pas être supprimé. "
                "Fusionnez-le plutôt dans un autre concept."
            )
        else:
            note = self.tr(
                "Aucune fiche n'utilise ce concept : il peut être supprimé. Ses concepts plus "
                "précis passent sous ses concepts plus larges."
            )
        self.delete_note.setText(note)
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for button in (self.rename_button, self.merge_button, self.move_button):
            button.setEnabled(on)
        self.delete_button.setEnabled(on)

    def _choose(self) -> None:
        text = self.chooser.text().strip()
        if text:
            self.message.clear()
            self.concept_requested.emit(text)

    # -- requests --------------------------------------------------------------------------

    def request_rename(self) -> None:
        if self.concept is None:
            return
        label = self.new_label.text().strip()
        if not label:
            self.show_message(self.tr("Le libellé français est obligatoire."))
            return
        english = self.new_label_en.text().strip()
        self.rename_requested.emit(self.concept.key, label, english, self.keep_alt.isChecked())

    def request_merge(self) -> None:
        target = self.merge_target.text().strip()
        if self.concept is None:
            return
        if not target:
            self.show_message(self.tr("Choisissez le concept qui reçoit la fusion."))
            return
        question = self.tr(
            "Fusionner « %1 » dans « %2 » ? Ses fiches et ses libellés passeront à « %2 » "
            "et « %1 » disparaîtra."
        )
        question = question.replace("%1", self.concept.label).replace("%2", target)
        if self.confirm(self.tr("Fusionner deux concepts"), question):
            self.merge_requested.emit(self.concept.key, target)

    def request_move(self) -> None:
        if self.concept is not None:
            self.move_requested.emit(self.concept.key, self.broader.concepts())

    def request_delete(self) -> None:
        if self.concept is None:
            return
        question = self.tr("Supprimer le concept « %1 » ?").replace("%1", self.concept.label)
        if self.confirm(self.tr("Supprimer un concept"), question):
            self.delete_requested.emit(self.concept.key)

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # -- outcomes --------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_error(self, exc: BaseException) -> None:
        self.show_message(error_sentence(exc))

    def forget_concept(self) -> None:
        """The concept no longer exists (merged or deleted)."""
        self.concept = None
        self.chooser.clear()
        self.info.setText(self.tr("Choisissez un concept."))
        self._enable(False)
