"""The basket (panier): keep fiches to read, order them, export or print the reading list."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QGridLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import FicheRef
from kb_app.gui.models.basket_model import BasketModel
from kb_app.gui.models.roles import KEY_ROLE
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.lists import flat_list

if TYPE_CHECKING:
    from kb_app.core.library import Library


class BasketPanel(QWidget):
    open_fiche = Signal(str)
    message = Signal(str)
    changed = Signal(int)  # number of fiches in the basket

    def __init__(self, host: LibraryHost, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.model = BasketModel(self)
        self.view = flat_list(self)
        self.view.setObjectName("basketView")
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Panier de lecture"))
        self.view.activated.connect(self._activated)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        specs = [
            ("up", self.tr("Monter"), self.move_up),
            ("down", self.tr("Descendre"), self.move_down),
            ("remove", self.tr("Retirer"), self.remove_selected),
            ("clear", self.tr("Vider"), self.clear),
            ("export", self.tr("Exporter…"), self.export),
            ("print", self.tr("Imprimer…"), self.print_dialog),
        ]
        for n, (name, text, slot) in enumerate(specs):
            button = QPushButton(text, self)
            button.setAccessibleName(text.rstrip("…"))
            button.clicked.connect(slot)
            grid.addWidget(button, n // 2, n % 2)
            self.buttons[name] = button
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.view, 1)
        layout.addLayout(grid)
        self._update_buttons()

    # -- reading the basket ------------------------------------------------------------------

    def refresh(self) -> None:
        self._host.run(lambda lib: lib.basket(), self._show)

    def _show(self, items: list[FicheRef], select: str | None = None) -> None:
        self.model.set_items(items)
        keys = self.model.fiche_keys()
        if select in keys:
            self.view.setCurrentIndex(self.model.index(keys.index(select)))
        self._update_buttons()
        self.changed.emit(len(items))

    def _update_buttons(self) -> None:
        has_items = self.model.rowCount() > 0
        for name in ("up", "down", "remove", "clear", "export", "print"):
            self.buttons[name].setEnabled(has_items)

    def selected_key(self) -> str | None:
        index = self.view.currentIndex()
        return str(index.data(KEY_ROLE)) if index.isValid() else None

    def _activated(self, index: QModelIndex) -> None:
        self.open_fiche.emit(str(index.data(KEY_ROLE)))

    # -- changing it -------------------------------------------------------------------------

    def add(self, key: str, done: Callable[[bool], None] | None = None) -> None:
        def task(lib: Library) -> tuple[bool, list[FicheRef]]:
            added = lib.basket_add(key)
            return added, lib.basket()

        def finished(result: tuple[bool, list[FicheRef]]) -> None:
            added, items = result
            self._show(items, select=key)
            text = self.tr("Ajouté au panier.") if added else self.tr("Déjà dans le panier.")
            self.message.emit(text)
            if done is not None:
                done(added)

        self._host.run(task, finished)

    def _change(self, change: Callable[[Library], None], select: str | None = None) -> None:
        def task(lib: Library) -> list[FicheRef]:
            change(lib)
            return lib.basket()

        self._host.run(task, lambda items: self._show(items, select))

    def remove(self, key: str) -> None:
        self._change(lambda lib: lib.basket_remove(key))

    def remove_selected(self) -> None:
        key = self.selected_key()
        if key:
            self.remove(key)

    def move_to(self, key: str, position: int) -> None:
        """Put the fiche ``key`` at ``position`` in the basket."""
        self._change(lambda lib: lib.basket_move(key, position), select=key)

    def move_up(self) -> None:
        key = self.selected_key()
        if key:
            self.move_to(key, max(0, self.view.currentIndex().row() - 1))

    def move_down(self) -> None:
        key = self.selected_key()
        if key:
            self.move_to(key, self.view.currentIndex().row() + 1)

    def clear(self) -> None:
        self._change(lambda lib: lib.basket_clear())

    # -- export and print --------------------------------------------------------------------

    def list_title(self) -> str:
        return self.tr("Liste de lecture")

    def export(self) -> None:
        path, chosen = QFileDialog.getSaveFileName(
            self,
            self.tr("Exporter le panier"),
            str(Path.home() / "liste-de-lecture.md"),
            self.tr("Markdown (*.md);;Page HTML (*.html);;PDF (*.pdf)"),
        )
        if not path:
            return
        suffix = Path(path).suffix.lower()
        if suffix == ".pdf" or "pdf" in chosen.lower():
            self.print_pdf(path)
        else:
            self.export_to(path, "html" if suffix in (".html", ".htm") else "markdown")

    def export_to(self, path: str, fmt: str, done: Callable[[str], None] | None = None) -> None:
        """Write the reading list (``markdown`` or ``html``) to ``path`` on the worker."""
        keys, title = self.model.fiche_keys(), self.list_title()

        def task(lib: Library) -> str:
            text: str = lib.reading_list(keys, fmt, title)
            Path(path).write_text(text, encoding="utf-8")
            return path

        def finished(written: str) -> None:
            self.message.emit(self.tr("Panier exporté : %1").replace("%1", written))
            if done is not None:
                done(written)

        self._host.run(task, finished)

    def _with_html(self, then: Callable[[str], None]) -> None:
        keys, title = self.model.fiche_keys(), self.list_title()
        self._host.run(lambda lib: lib.reading_list(keys, "html", title), then)

    def print_pdf(self, path: str, done: Callable[[str], None] | None = None) -> None:
        def render(html: str) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(path)
            _document(html).print_(printer)
            self.message.emit(self.tr("PDF enregistré : %1").replace("%1", path))
            if done is not None:
                done(path)

        self._with_html(render)

    def print_dialog(self) -> None:
        def render(html: str) -> None:
            printer = QPrinter(QPrinter.PrinterMode.HighResolution)
            dialog = QPrintDialog(printer, self)
            dialog.setWindowTitle(self.tr("Imprimer le panier"))
            if dialog.exec() == QDialog.DialogCode.Accepted:
                _document(html).print_(printer)

        self._with_html(render)


def _document(html: str) -> QTextDocument:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc
