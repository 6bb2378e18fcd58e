"""The librarian's tools in the window: the fiche tools (citation, attachments) under the
reader, the basket's « Bibliographie… » button, the thesaurus tree's context menu, and the
commands of the librarian's menus (import, export what is listed, citation, duplicates,
thesaurus maintenance and quality).

``LibrarianTools`` is composed by the main window like the other controllers; the dialogs'
work is ``Librarian``'s, which it is given.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QTreeView, QWidget

from kb_app.gui.context_menus import custom_menu
from kb_app.gui.librarian import Librarian
from kb_app.gui.librarian_actions import LIBRARIAN_SPECS
from kb_app.gui.main_actions import Slot, WindowActions
from kb_app.gui.models.results_model import ResultsModel
from kb_app.gui.models.roles import KEY_ROLE
from kb_app.gui.navigator import Navigator
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.basket_panel import BasketPanel
from kb_app.gui.widgets.fiche_tools import FicheTools

translate = QCoreApplication.translate  # the window's context: these are its strings


class LibrarianTools(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        host: LibraryHost,
        librarian: Librarian,
        navigator: Navigator,
        *,
        basket: BasketPanel,
        concept_view: QTreeView,
        results: ResultsModel,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._librarian = librarian
        self._nav = navigator
        self._basket = basket  # the lists the commands act on
        self._concept_view = concept_view
        self._results = results
        self._quality: QAction | None = None  # in the tree's context menu too
        #: Adds the entries any concept's menu has (search, show, filter) to the tree's menu.
        self.concept_entries: Callable[[QMenu, str], None] | None = None
        self.fiche_tools = FicheTools(host, parent)
        button = QPushButton(translate("MainWindow", "Bibliographie…"), self._basket)
        button.setEnabled(False)
        button.setAccessibleName(translate("MainWindow", "Bibliographie du panier"))
        self.basket_bibliography_button = button
        layout = self._basket.layout()
        if layout is not None:  # below the basket's own buttons
            layout.addWidget(button)
        self._connect()

    def _connect(self) -> None:
        lib = self._librarian
        lib.open_url.connect(self._nav.go)
        lib.concept_removed.connect(self.concept_removed)
        self.fiche_tools.message.connect(self.message)
        self.fiche_tools.bibliography_requested.connect(lib.bibliography)
        self._basket.changed.connect(lambda n: self.basket_bibliography_button.setEnabled(n > 0))
        self.basket_bibliography_button.clicked.connect(self.basket_bibliography)
        custom_menu(self._concept_view, self.concept_menu)

    def add_actions(self, actions: WindowActions) -> None:
        lib, tools = self._librarian, self.fiche_tools
        slots: dict[str, Slot] = {
            "import": lib.import_file,
            "export_data": self.export,
            "cite": tools.copy_citation,
            "cite_in_text": tools.copy_in_text,
            "add_citation_style": tools.choose_style_file,
            "attach": tools.attachments.choose_file,
            "duplicates": lib.duplicates,
            "thesaurus": lambda: lib.maintain_thesaurus(self.current_concept_key()),
            "quality": lib.thesaurus_quality,
            "basket_bibliography": self.basket_bibliography,
        }
        actions.add_all(LIBRARIAN_SPECS, slots)
        self._quality = actions["quality"]

    def writing_buttons(self) -> list[QWidget]:
        """The buttons that change the library (hidden when it is read-only)."""
        panel = self.fiche_tools.attachments
        return [panel.add_button, panel.remove_button]

    # -- the thesaurus tree ----------------------------------------------------------------

    def concept_menu(self, pos: QPoint) -> QMenu:
        """Right-click on the thesaurus tree: maintenance of the concept under the mouse."""
        view = self._concept_view
        index = view.indexAt(pos)
        if not index.isValid() and view.currentIndex().isValid():  # the Menu key
            index = view.currentIndex()
            pos = view.visualRect(index).center()
        key = index.data(KEY_ROLE)
        menu = QMenu(view)
        menu.setObjectName("conceptTreeMenu")
        if key:
            maintain = menu.addAction(translate("MainWindow", "Maintenance de ce concept…"))
            maintain.triggered.connect(lambda: self._librarian.maintain_thesaurus(str(key)))
        if key and self.concept_entries is not None:
            menu.addSeparator()
            self.concept_entries(menu, str(key))
            menu.addSeparator()
        if self._quality is not None:
            menu.addAction(self._quality)
        menu.popup(view.viewport().mapToGlobal(pos))
        return menu

    def current_concept_key(self) -> str | None:
        """The concept being read, or else the one selected in the thesaurus tree."""
        if self._nav.concept is not None:
            return self._nav.concept.key
        key = self._concept_view.currentIndex().data(KEY_ROLE)
        return str(key) if key else None

    def concept_removed(self, key: str) -> None:
        """A concept was merged away or deleted: leave its page if it is shown."""
        concept = self._nav.concept
        if concept is not None and concept.key == key:
            self._nav.home()

    # -- what is listed --------------------------------------------------------------------

    def export(self) -> None:
        self._librarian.export(self._results.ranked_keys(), self._basket.model.fiche_keys())

    def basket_bibliography(self) -> None:
        keys = self._basket.model.fiche_keys()
        if keys:
            self._librarian.bibliography(keys, self._basket.list_title())
