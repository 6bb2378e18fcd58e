"""The thesaurus quality report: what a librarian should look at, each entry one click away."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import ConceptRef, FicheRef, QualityReport
from kb_app.gui import labels
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.links import concept_url, fiche_url

URL_ROLE = int(Qt.ItemDataRole.UserRole) + 50


class QualityDialog(QDialog):
    open_url = Signal(str)
    refresh_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qualityDialog")
        titled(self, self.tr("Qualité du thésaurus"), (640, 560))
        self.summary = QLabel(self.tr("Analyse du thésaurus…"), self)
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Points à vérifier"))
        self.tree.itemActivated.connect(self._activated)
        hint = QLabel(self.tr("Double-cliquez sur une entrée pour l'ouvrir."), self)
        refresh = QPushButton(self.tr("Actualiser"), self)
        refresh.clicked.connect(self.refresh_requested)
        buttons = button_box(self, {Button.Close: self.tr("Fermer")}, actions=[refresh])
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def set_report(self, report: QualityReport) -> None:
        self.tree.clear()
        self._concepts(self.tr("Concepts sans définition"), report.without_definition)
        self._fiches(self.tr("Fiches sans concept"), report.fiches_without_concept)
        self._concepts(self.tr("Concepts inutilisés"), report.unused)
        self._clashes(report)
        self._concepts(self.tr("Concepts sans libellé anglais"), report.without_english)
        self._concepts(self.tr("Concepts hors de tout groupe"), report.orphans)
        if report.cycle:
            self._concepts(self.tr("Cycle dans la hiérarchie"), report.cycle)
        problems = sum(report.counts().values())
        self.summary.setText(
            self.tr("%n concept(s) examiné(s).", "", report.concepts)
            + " "
            + self.tr("%n point(s) à vérifier.", "", problems)
        )

    def _group(self, title: str, count: int) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [f"{title} ({count})"])
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        item.setExpanded(0 < count <= 30)
        return item

    def _concepts(self, title: str, concepts: Sequence[ConceptRef]) -> None:
        group = self._group(title, len(concepts))
        for concept in concepts:
            child = QTreeWidgetItem(group, [concept.label])
            child.setData(0, URL_ROLE, concept_url(concept.key))

    def _fiches(self, title: str, fiches: Sequence[FicheRef]) -> None:
        group = self._group(title, len(fiches))
        for fiche in fiches:
            child = QTreeWidgetItem(group, [f"{fiche.title} ({labels.kind_label(fiche.kind)})"])
            child.setData(0, URL_ROLE, fiche_url(fiche.key))

    def _clashes(self, report: QualityReport) -> None:
        group = self._group(self.tr("Libellés en conflit"), len(report.label_clashes))
        for clash in report.label_clashes:
            names = ", ".join(c.label for c in clash.concepts)
            item = QTreeWidgetItem(group, [f"« {clash.label} » : {names}"])
            item.setExpanded(True)
            for concept in clash.concepts:
                child = QTreeWidgetItem(item, [concept.label])
                child.setData(0, URL_ROLE, concept_url(concept.key))

    def urls(self) -> list[str]:
        """Every URL the report links to, in order (for tests and accessibility checks)."""
        found: list[str] = []

        def walk(item: QTreeWidgetItem | None) -> None:
            if item is None:
                return
            url = item.data(0, URL_ROLE)
            if url:
                found.append(str(url))
            for n in range(item.childCount()):
                walk(item.child(n))

        for n in range(self.tree.topLevelItemCount()):
            walk(self.tree.topLevelItem(n))
        return found

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        url = item.data(0, URL_ROLE)
        if url:
            self.open_url.emit(str(url))
