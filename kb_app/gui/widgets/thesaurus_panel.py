"""The thesaurus in the sidebar: a filter line above the tree of concepts and their counts.

Activating a concept (Enter, a click) asks for its page (``concept_chosen``); the window
shows the concept being read as the current one (``show_concept``).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QModelIndex, Signal
from PySide6.QtWidgets import QHeaderView, QLineEdit, QTreeView, QVBoxLayout, QWidget

from kb_app.core.dto import ConceptTreeRow
from kb_app.gui.models.concept_tree_model import ConceptFilterProxy, ConceptTreeModel
from kb_app.gui.models.roles import KEY_ROLE

translate = QCoreApplication.translate  # the window's context: these were its strings


class ThesaurusPanel(QWidget):
    concept_chosen = Signal(str)  # the key of the concept to show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ConceptTreeModel(self)
        self.proxy = ConceptFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("MainWindow", "Filtrer les concepts"))
        self.filter_edit.setAccessibleName(translate("MainWindow", "Filtrer les concepts"))
        self.filter_edit.setClearButtonEnabled(True)
        self.view = QTreeView(self)
        self.view.setObjectName("conceptTree")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(translate("MainWindow", "Thésaurus"))
        self.view.setUniformRowHeights(True)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        box = QVBoxLayout(self)
        box.setContentsMargins(4, 4, 4, 4)
        box.addWidget(self.filter_edit)
        box.addWidget(self.view, 1)
        self.view.activated.connect(self._activated)
        self.view.clicked.connect(self._activated)
        self.filter_edit.textChanged.connect(self._filter)

    def set_rows(self, rows: Sequence[ConceptTreeRow]) -> None:
        self.model.set_rows(rows)

    def show_concept(self, key: str) -> None:
        """Make ``key`` the current concept of the tree, scrolled into view (when shown)."""
        index = self.proxy.mapFromSource(self.model.find(key))
        if index.isValid():
            self.view.setCurrentIndex(index)
            self.view.scrollTo(index)

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.concept_chosen.emit(str(key))

    def _filter(self, text: str) -> None:
        self.proxy.set_text(text)
        self.view.expandAll()
