"""Choose concepts for many fiches at once: to index them with, or to take off them.

The concept picker completes any label (accents optional); for a removal it offers only the
concepts the selected fiches carry. The dialog never writes: ``chosen`` carries the French
preferred labels and the window runs the change on the worker.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.widgets.concept_picker import ConceptPicker


class ChooseConceptsDialog(QDialog):
    chosen = Signal(list)  # the French preferred labels of the concepts chosen

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        labels: Sequence[tuple[str, str, str]],
        ok_text: str,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chooseConceptsDialog")
        titled(self, title, (520, 360))
        self.prompt = QLabel(prompt, self)
        self.prompt.setWordWrap(True)
        self.picker = ConceptPicker(self)
        self.picker.set_labels(labels)
        self.prompt.setBuddy(self.picker.entry)
        texts = {Button.Ok: ok_text, Button.Cancel: self.tr("Annuler")}
        self.buttons = button_box(self, texts, self._accept)
        self.ok_button = self.buttons.button(Button.Ok)
        for button in self.buttons.buttons():  # Enter in the entry adds a concept, no more
            if isinstance(button, QPushButton):
                button.setAutoDefault(False)
                button.setDefault(False)
        self.picker.changed.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(self.prompt)
        layout.addWidget(self.picker, 1)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(bool(self.picker.concepts()))

    def _accept(self) -> None:
        concepts = self.picker.concepts()
        if concepts:
            self.accept()
            self.chosen.emit(concepts)
