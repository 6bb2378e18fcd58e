"""A concept page: definition, labels, neighbours and fiches (reader) above its graph."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from kb_app.core.dto import ConceptDetail
from kb_app.gui.html_pages import concept_page
from kb_app.gui.links import concept_url
from kb_app.gui.widgets.concept_graph import ConceptGraph
from kb_app.gui.widgets.reader import Reader


class ConceptPage(QWidget):
    internal_link = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reader = Reader(self)
        self.reader.setAccessibleName(self.tr("Fiche du concept"))
        self.graph = ConceptGraph(self)
        self.graph.setAccessibleName(self.tr("Graphe des concepts voisins"))
        self.graph.setAccessibleDescription(
            self.tr("Tab pour passer d'un concept à l'autre, Entrée pour l'ouvrir.")
        )
        self.graph.setMinimumHeight(180)
        self.legend = QLabel(
            self.tr(
                "Voisinage : au-dessus les concepts plus larges, au-dessous les plus précis, "
                "sur les côtés (tirets) les concepts associés. Cliquez pour y aller."
            ),
            self,
        )
        self.legend.setWordWrap(True)
        self.legend.setForegroundRole(self.legend.foregroundRole())
        graph_box = QWidget(self)
        box_layout = QVBoxLayout(graph_box)
        box_layout.setContentsMargins(0, 0, 0, 0)
        box_layout.addWidget(self.legend)
        box_layout.addWidget(self.graph, 1)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.setObjectName("conceptSplitter")
        self.splitter.addWidget(self.reader)
        self.splitter.addWidget(graph_box)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)
        self.reader.internal_link.connect(self.internal_link)
        self.graph.concept_clicked.connect(lambda key: self.internal_link.emit(concept_url(key)))
        self.concept: ConceptDetail | None = None

    def show_concept(self, concept: ConceptDetail) -> None:
        self.concept = concept
        self.reader.show_html(concept_page(concept))
        self.graph.set_concept(concept)
