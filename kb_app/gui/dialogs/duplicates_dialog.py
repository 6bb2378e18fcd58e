"""Probable duplicates of the library: pairs of references, why they look alike, « Fusionner… »."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import DuplicatePair, FicheRow
from kb_app.gui import labels
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.models.table_model import Row, TableModel
from kb_app.gui.widgets.table_view import table_view


def fiche_text(row: FicheRow | None, key: str) -> str:
    if row is None:
        return key
    year = f" ({row.year})" if row.year else ""
    authors = f" — {labels.people_text(row.people)}" if row.people else ""
    return f"{row.title}{year}{authors}"


class DuplicatesDialog(QDialog):
    merge_requested = Signal(str, str)
    not_duplicate = Signal(str, str)  # the librarian says: two works
    open_fiche = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicatesDialog")
        #: fiches whose pairs are listed first (those an import has just flagged)
        self.focus: frozenset[str] = frozenset()
        titled(self, self.tr("Doublons probables"), (900, 480))
        self.intro = QLabel(self.tr("Recherche des doublons…"), self)
        self.intro.setWordWrap(True)
        self.model = TableModel(
            [self.tr("Fiche A"), self.tr("Fiche B"), self.tr("Raison"), self.tr("Score")], self
        )
        self.view = table_view(self.model, self, self.tr("Paires de doublons"), 0, (2, 3))
        self.view.header().setSectionResizeMode(1, self.view.header().ResizeMode.Stretch)
        self.view.activated.connect(lambda _index: self.request_merge())
        self.merge_button = QPushButton(self.tr("Fusionner…"), self)
        self.merge_button.clicked.connect(self.request_merge)
        self.apart_button = QPushButton(self.tr("Pas un doublon"), self)
        self.apart_button.setToolTip(
            self.tr("Ces deux fiches décrivent deux œuvres : ne plus proposer cette paire.")
        )
        self.apart_button.clicked.connect(self.request_apart)
        self.open_a = QPushButton(self.tr("Lire la fiche A"), self)
        self.open_a.clicked.connect(lambda: self._open(0))
        self.open_b = QPushButton(self.tr("Lire la fiche B"), self)
        self.open_b.clicked.connect(lambda: self._open(1))
        row = QHBoxLayout()
        for button in (self.merge_button, self.apart_button, self.open_a, self.open_b):
            row.addWidget(button)
        row.addStretch(1)
        buttons = button_box(self, {Button.Close: self.tr("Fermer")})
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.view.selectionModel().currentChanged.connect(self._update)
        self._update()

    def set_pairs(self, pairs: Sequence[DuplicatePair], rows: Mapping[str, FicheRow]) -> None:
        focused = [p for p in pairs if {p.key_a, p.key_b} & self.focus]
        pairs = [*focused, *(p for p in pairs if p not in focused)]
        self.model.set_rows(
            [
                Row(
                    (
                        fiche_text(rows.get(p.key_a), p.key_a),
                        fiche_text(rows.get(p.key_b), p.key_b),
                        labels.duplicate_reason_label(p.reason),
                        f"{p.score:.0f}",
                    ),
                    (p.key_a, p.key_b),
                    f"{p.key_a}\n{p.key_b}",
                )
                for p in pairs
            ]
        )
        if pairs:
            text = self.tr(
                "%n paire(s) de fiches qui semblent décrire la même œuvre.", "", len(pairs)
            )
            if focused:
                text += " " + self.tr(
                    "Les %n premières concernent les fiches que l'import vient de signaler.",
                    "",
                    len(focused),
                )
            self.view.setCurrentIndex(self.model.index(0, 0))
        else:
            text = self.tr("Aucun doublon probable dans la bibliothèque.")
        self.intro.setText(text)
        self._update()

    def current_pair(self) -> tuple[str, str] | None:
        index = self.view.currentIndex()
        pair = self.model.value(index.row()) if index.isValid() else None
        return (str(pair[0]), str(pair[1])) if pair else None

    def _update(self, *_args: QModelIndex) -> None:
        chosen = self.current_pair() is not None
        for button in (self.merge_button, self.apart_button, self.open_a, self.open_b):
            button.setEnabled(chosen)

    def request_merge(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.merge_requested.emit(*pair)

    def request_apart(self) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.not_duplicate.emit(*pair)

    def _open(self, side: int) -> None:
        pair = self.current_pair()
        if pair is not None:
            self.open_fiche.emit(pair[side])
