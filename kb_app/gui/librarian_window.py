"""The main window's share of the librarian's work (mixed into ``MainWindow``).

The fiche tools (citation, attachments) under the reader, the basket's « Bibliographie… »
button, and the commands the menus call: export what is listed, list given fiches, the
concept the thesaurus commands act on.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QMenu, QPushButton, QVBoxLayout, QWidget

from kb_app.core.dto import IdSearch
from kb_app.gui.models.roles import KEY_ROLE
from kb_app.gui.widgets.fiche_tools import FicheTools

if TYPE_CHECKING:
    from kb_app.gui.main_window import MainWindow

translate = QCoreApplication.translate  # the window's context: these are its strings


class LibrarianWindow:
    def build_librarian_widgets(self: MainWindow) -> None:
        self.fiche_tools = FicheTools(self.host, self)
        button = QPushButton(translate("MainWindow", "Bibliographie…"), self.basket)
        button.setEnabled(False)
        button.setAccessibleName(translate("MainWindow", "Bibliographie du panier"))
        self.basket_bibliography_button = button
        layout = self.basket.layout()
        if layout is not None:  # below the basket's own buttons
            layout.addWidget(self.basket_bibliography_button)

    def reading_column(self: MainWindow) -> QWidget:
        """The reader (fiche or concept page) above the tools of the fiche read."""
        column = QWidget(self)
        box = QVBoxLayout(column)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack, 1)
        box.addWidget(self.fiche_tools)
        return column

    def connect_librarian(self: MainWindow) -> None:
        lib, tools = self.librarian, self.fiche_tools
        lib.changed.connect(self.refresh_all)
        lib.message.connect(self.status)
        lib.open_url.connect(self.navigator.go)
        lib.show_keys.connect(self.show_keys)
        lib.concept_removed.connect(self.concept_removed)
        tools.message.connect(self.status)
        tools.bibliography_requested.connect(lib.bibliography)
        tools.attachments.changed.connect(self.search.refresh)
        self.basket.changed.connect(lambda n: self.basket_bibliography_button.setEnabled(n > 0))
        self.basket_bibliography_button.clicked.connect(self.basket_bibliography)

    def librarian_menus(self: MainWindow) -> None:
        """Right-click on the thesaurus tree: maintenance of the concept under the mouse."""
        self.concept_view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.concept_view.customContextMenuRequested.connect(self.concept_menu)

    def concept_menu(self: MainWindow, pos: QPoint) -> QMenu:
        key = self.concept_view.indexAt(pos).data(KEY_ROLE)
        menu = QMenu(self.concept_view)
        if key:
            maintain = menu.addAction(translate("MainWindow", "Maintenance de ce concept…"))
            maintain.triggered.connect(lambda: self.librarian.maintain_thesaurus(str(key)))
        menu.addAction(self.actions["quality"])
        menu.popup(self.concept_view.viewport().mapToGlobal(pos))
        return menu

    def show_keys(self: MainWindow, keys: list[str], caption: str) -> None:
        """List these fiches in the results (the fiches just imported, for instance)."""
        self.results.set_result(IdSearch("", tuple(keys), len(keys), {}, 0.0), "")
        self.results_label.setText(f"{caption} : {len(keys)}")
        self.tabs.setCurrentIndex(0)

    def current_concept_key(self: MainWindow) -> str | None:
        """The concept being read, or else the one selected in the thesaurus tree."""
        if self.navigator.concept is not None:
            return self.navigator.concept.key
        key = self.concept_view.currentIndex().data(KEY_ROLE)
        return str(key) if key else None

    def concept_removed(self: MainWindow, key: str) -> None:
        """A concept was merged away or deleted: leave its page if it is shown."""
        concept = self.navigator.concept
        if concept is not None and concept.key == key:
            self.navigator.home()

    def export(self: MainWindow) -> None:
        self.librarian.export(self.results.ranked_keys(), self.basket.model.fiche_keys())

    def basket_bibliography(self: MainWindow) -> None:
        keys = self.basket.model.fiche_keys()
        if keys:
            self.librarian.bibliography(keys, self.basket.list_title())
