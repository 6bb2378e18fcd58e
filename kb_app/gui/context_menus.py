"""Right-click menus of the window's lists (the results' is ``bulk.BulkActions``'):

- the basket's items: open, remove, move up or down, copy the citation, export the basket;
- a concept, wherever it shows (the thesaurus tree, a concept page, the facets): search its
  fiches, show its page, filter the results by it;
- a fiche's attachments: open, save as…, remove.

Each menu is built by a ``menu_for_*(pos)`` function (``pos`` in the view's viewport), shown
with ``popup`` and returned, so a test can look at it and trigger an entry. The views use
``Qt.CustomContextMenu``; the Menu key and Shift+F10 ask for the same menu, placed on the
current item (``MenuKeys``): Qt leaves the Menu key to the platform (the offscreen one never
turns it into a context menu, X11 placed it at the mouse) and Shift+F10 to the application.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QFileDialog,
    QMenu,
    QTextEdit,
    QWidget,
)

from kb_app.core.dto import Citation
from kb_app.gui.citing import copy_citation, remembered_style
from kb_app.gui.errors import error_sentence
from kb_app.gui.links import concept_url
from kb_app.gui.models.roles import FACET_ROLE
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.attachments_panel import AttachmentsPanel
from kb_app.gui.widgets.basket_panel import BasketPanel
from kb_app.gui.widgets.concept_page import ConceptPage
from kb_app.gui.widgets.facets_panel import FacetsPanel

if TYPE_CHECKING:
    from kb_app.core.library import Library

translate = QCoreApplication.translate


class MenuKeys(QObject):
    """The Menu key or Shift+F10 on a view (while it has the focus): its context menu, on
    its current item."""

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view)
        self._view = view
        for keys in (QKeySequence(Qt.Key.Key_Menu), QKeySequence("Shift+F10")):
            shortcut = QShortcut(keys, view, context=Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self.request)

    def request(self) -> None:
        self._view.customContextMenuRequested.emit(self.place())

    def place(self) -> QPoint:
        """Where the menu goes, in the viewport: the current item, or the text cursor."""
        view = self._view
        if isinstance(view, QAbstractItemView) and view.currentIndex().isValid():
            return view.visualRect(view.currentIndex()).center()
        if isinstance(view, QTextEdit):
            return view.cursorRect().center()
        return QPoint(4, 4)


def custom_menu(view: QAbstractScrollArea, build: Callable[[QPoint], object]) -> None:
    """``build(pos)`` on a right click, the Menu key or Shift+F10 over ``view``."""
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(build)
    MenuKeys(view)


def item_at(view: QAbstractItemView, pos: QPoint) -> tuple[QModelIndex, QPoint]:
    """The index under ``pos``, made current; from the keyboard (nothing under ``pos``), the
    current index, and the menu placed on it."""
    index = view.indexAt(pos)
    if index.isValid():
        view.setCurrentIndex(index)
        return index, pos
    current = view.currentIndex()
    if current.isValid():
        return current, view.visualRect(current).center()
    return current, pos


class ContextMenus(QObject):
    message = Signal(str)  # for the status bar

    def __init__(
        self,
        host: LibraryHost,
        *,
        basket: BasketPanel,
        attachments: AttachmentsPanel,
        facets: FacetsPanel,
        concept_page: ConceptPage,
        go: Callable[[str], object],
        search_concept: Callable[[str], object],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host = host
        self._basket = basket
        self._attachments = attachments
        self._facets = facets
        self._concept_page = concept_page
        self._go = go
        self._search_concept = search_concept
        #: Where to save an attachment (suggested name) → path or "": a file dialog.
        self.ask_save_path: Callable[[str], str] = self._ask_save_path
        self.menu: QMenu | None = None  # the last menu shown
        custom_menu(basket.view, self.menu_for_basket)
        custom_menu(attachments.view, self.menu_for_attachments)
        custom_menu(facets.tree, self.menu_for_facets)
        custom_menu(concept_page.reader, self.menu_for_concept_page)

    def _show(self, menu: QMenu, view: QWidget, pos: QPoint) -> QMenu:
        if self.menu is not None and self.menu is not menu:
            self.menu.deleteLater()  # one menu at a time: each right-click builds its own
        self.menu = menu
        menu.popup(view.mapToGlobal(pos))
        return menu

    # -- the basket ------------------------------------------------------------------------

    def menu_for_basket(self, pos: QPoint) -> QMenu:
        panel, view = self._basket, self._basket.view
        _index, pos = item_at(view, pos)
        key = panel.selected_key()
        row, count = view.currentIndex().row(), panel.model.rowCount()
        menu = QMenu(view)
        menu.setObjectName("basketMenu")
        entries: list[tuple[str, Callable[[], object], bool]] = [
            (translate("MainWindow", "Ouvrir"), lambda: panel.open_fiche.emit(key), bool(key)),
            (translate("MainWindow", "Retirer du panier"), panel.remove_selected, bool(key)),
            (translate("MainWindow", "Monter"), panel.move_up, bool(key) and row > 0),
            (translate("MainWindow", "Descendre"), panel.move_down, bool(key) and row < count - 1),
            (
                translate("MainWindow", "Copier la citation"),
                lambda: self.copy_citation(str(key)),
                bool(key),
            ),
        ]
        for text, slot, enabled in entries:
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(lambda _c=False, s=slot: s())
        menu.addSeparator()
        export = menu.addAction(translate("MainWindow", "Exporter le panier…"))
        export.setEnabled(count > 0)
        export.triggered.connect(panel.export)
        return self._show(menu, view.viewport(), pos)

    def copy_citation(self, key: str) -> None:
        style = remembered_style()

        def done(citation: Citation) -> None:
            copy_citation(citation)
            self.message.emit(translate("MainWindow", "Citation copiée."))

        def failed(exc: BaseException) -> None:
            self.message.emit(error_sentence(exc))

        self._host.run(lambda lib: lib.cite(key, style), done, failed)

    # -- concepts --------------------------------------------------------------------------

    def concept_entries(self, menu: QMenu, key: str) -> None:
        """The three things to do with a concept (a key or a label), added to ``menu``."""
        entries: list[tuple[str, Callable[[], object]]] = [
            (translate("MainWindow", "Rechercher les fiches"), lambda: self._search_concept(key)),
            (
                translate("MainWindow", "Afficher la fiche du concept"),
                lambda: self._go(concept_url(key)),
            ),
            (
                translate("MainWindow", "Filtrer les résultats par ce concept"),
                lambda: self.filter_by(key),
            ),
        ]
        for text, slot in entries:
            action = menu.addAction(text)
            action.triggered.connect(lambda _c=False, s=slot: s())

    def filter_by(self, concept: str) -> None:
        """Keep the query; filter its results by ``concept``."""
        facets = self._facets
        facets.set_filters(replace(facets.filters, concept=concept))

    def menu_for_facets(self, pos: QPoint) -> QMenu:
        tree = self._facets.tree
        index, pos = item_at(tree, pos)
        facet = index.siblingAtColumn(0).data(FACET_ROLE) if index.isValid() else None
        menu = QMenu(tree)
        menu.setObjectName("facetsMenu")
        if facet is not None and facet[0] == "concept":
            self.concept_entries(menu, str(facet[1]))
        clear = menu.addAction(translate("MainWindow", "Effacer les filtres"))
        clear.setEnabled(self._facets.clear_button.isEnabled())
        clear.triggered.connect(self._facets.clear_filters)
        return self._show(menu, tree.viewport(), pos)

    def menu_for_concept_page(self, pos: QPoint) -> QMenu:
        """The reader's own entries (copy, select all), then the concept's."""
        reader = self._concept_page.reader
        menu = reader.createStandardContextMenu(pos)
        menu.setObjectName("conceptPageMenu")
        concept = self._concept_page.concept
        if concept is not None:
            menu.addSeparator()
            self.concept_entries(menu, concept.key)
        return self._show(menu, reader.viewport(), pos)

    # -- attachments -----------------------------------------------------------------------

    def menu_for_attachments(self, pos: QPoint) -> QMenu:
        panel, view = self._attachments, self._attachments.view
        _index, pos = item_at(view, pos)
        chosen = panel.selected_id() is not None
        menu = QMenu(view)
        menu.setObjectName("attachmentsMenu")
        open_ = menu.addAction(translate("MainWindow", "Ouvrir"))
        open_.setEnabled(chosen)
        open_.triggered.connect(panel.open_selected)
        save = menu.addAction(translate("MainWindow", "Enregistrer sous…"))
        save.setEnabled(chosen)
        save.triggered.connect(self.save_attachment_as)
        remove = menu.addAction(translate("MainWindow", "Retirer…"))
        remove.setEnabled(chosen and panel.remove_button.isVisibleTo(panel))
        remove.triggered.connect(panel.remove_selected)
        return self._show(menu, view.viewport(), pos)

    def save_attachment_as(self) -> None:
        panel = self._attachments
        attachment = panel.selected_id()
        if attachment is None:
            return
        name = next((a.original_name for a in panel.items if a.id == attachment), "")
        path = self.ask_save_path(name)
        if not path:
            return

        def task(lib: Library) -> str:
            shutil.copyfile(lib.attachment_path(attachment), path)
            return path

        def done(written: str) -> None:
            self.message.emit(translate("MainWindow", "Enregistré : %1").replace("%1", written))

        self._host.run(task, done)

    def _ask_save_path(self, name: str) -> str:
        path, _filter = QFileDialog.getSaveFileName(
            self._attachments,
            translate("MainWindow", "Enregistrer la pièce jointe"),
            str(Path.home() / name),
        )
        return path
