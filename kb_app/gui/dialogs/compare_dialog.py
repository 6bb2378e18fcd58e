"""Choose two case studies to compare side by side."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheRef
from kb_app.gui.dialogs.scaffold import Button, button_box, titled


class CompareDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        cases: Sequence[FicheRef],
        left: str | None = None,
        right: str | None = None,
    ) -> None:
        super().__init__(parent)
        titled(self, self.tr("Comparer deux cas"))
        self.left = self._combo(cases, self.tr("Premier cas"))
        self.right = self._combo(cases, self.tr("Second cas"))
        self._select(self.left, left or (cases[0].key if cases else None))
        others = [c.key for c in cases if c.key != self.left.currentData()]
        self._select(self.right, right or (others[0] if others else None))
        form = QFormLayout()
        form.addRow(self.tr("Premier cas"), self.left)
        form.addRow(self.tr("Second cas"), self.right)
        texts = {Button.Ok: self.tr("Comparer"), Button.Cancel: self.tr("Annuler")}
        buttons = button_box(self, texts, self.accept)
        layout = QVBoxLayout(self)
        if len(cases) < 2:
            layout.addWidget(QLabel(self.tr("Il faut au moins deux études de cas."), self))
            buttons.button(Button.Ok).setEnabled(False)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _combo(self, cases: Sequence[FicheRef], name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        for case in cases:
            combo.addItem(case.title, case.key)
        return combo

    @staticmethod
    def _select(combo: QComboBox, key: str | None) -> None:
        found = combo.findData(key)
        if found >= 0:
            combo.setCurrentIndex(found)

    def chosen(self) -> tuple[str, str]:
        return str(self.left.currentData()), str(self.right.currentData())
