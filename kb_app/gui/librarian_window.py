"""The main window's share of the librarian's work (mixed into ``MainWindow``).

The fiche tools (citation, attachments) under the reader, the basket's « Bibliographie… »
button, and the commands the menus call: export what is listed, list given fiches, the
concept the thesaurus commands act on. And the keeping of the library: the banners (read-only
library, index being rebuilt), write actions disabled when read-only, automatic backups,
manual backup and check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kb_app.core.dto import BackupInfo, CheckReport, IdSearch
from kb_app.gui.librarian_actions import WRITE_ACTIONS
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

    # -- keeping the library: banners, read-only, backups ----------------------------------

    def with_banners(self: MainWindow, content: QWidget) -> QWidget:
        """``content`` below the banners (hidden until they have something to say)."""
        self.read_only_banner = _banner(
            self,
            "readOnlyBanner",
            translate(
                "MainWindow", "Bibliothèque en lecture seule : les modifications sont désactivées."
            ),
        )
        self.index_banner = _banner(
            self,
            "indexBanner",
            translate(
                "MainWindow",
                "Index de recherche en reconstruction : les résultats peuvent être incomplets.",
            ),
        )
        page = QWidget(self)
        box = QVBoxLayout(page)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        box.addWidget(self.read_only_banner)
        box.addWidget(self.index_banner)
        box.addWidget(content, 1)
        return page

    def connect_keeping(self: MainWindow) -> None:
        self.backup_timer.message.connect(self.status)
        self.recovery.message.connect(self.status)
        self.index_timer.timeout.connect(self.watch_index)

    def claim_folder(self: MainWindow, folder: str) -> bool:
        """True when this window may open ``folder`` (no other kb_app has it open)."""
        if self.guard is None:
            return True
        taken = self.guard.switch(folder)
        if not taken.acquired:
            self.status(taken.message())
        return taken.acquired

    def library_opened(self: MainWindow, library: Any) -> None:
        """A library is open (first, or again after a restore): its read-only state, its
        automatic backups, its index."""
        self.read_only = bool(getattr(library, "read_only", False))
        self.read_only_banner.setVisible(self.read_only)
        for widget in self.changing_widgets():
            widget.setVisible(not self.read_only)
        self.backup_timer.start(library)
        self.watch_index()
        self._update_actions()

    def changing_widgets(self: MainWindow) -> list[QWidget]:
        """Panel buttons that change the library (hidden when it is read-only)."""
        basket = [self.basket.buttons[n] for n in ("up", "down", "remove", "clear")]
        panel = self.fiche_tools.attachments
        return [*basket, panel.add_button, panel.remove_button, self.history.clear_button]

    def disable_writes(self: MainWindow) -> None:
        if self.read_only:
            for name in WRITE_ACTIONS:
                self.actions[name].setEnabled(False)

    def watch_index(self: MainWindow) -> None:
        """Show the banner while the index is rebuilt in the background; look again each second."""

        def done(state: tuple[str, str]) -> None:
            rebuilding = state[1] == "background" and state[0] != "ready"
            was_shown = not self.index_banner.isHidden()
            self.index_banner.setVisible(rebuilding)
            if rebuilding:
                self.index_timer.start()
            elif was_shown:
                self.search.refresh()  # the whole answer, now that the index is back

        self.host.run(lambda lib: (lib.index_state()[0], lib.indexing), done, lambda _e: None)

    def backup(self: MainWindow) -> None:
        def done(info: BackupInfo) -> None:
            self.status(
                translate("MainWindow", "Sauvegarde vérifiée : %1").replace("%1", info.path)
            )

        label = translate("MainWindow", "Sauvegarde de la bibliothèque…")
        self.host.run_library_job(lambda lib, _r: lib.backup(), label, done, cancellable=False)

    def check(self: MainWindow) -> None:
        def done(report: CheckReport) -> None:
            if report.ok:
                text = translate("MainWindow", "La bibliothèque est en bon état.")
            else:
                problems = [*report.integrity, *report.foreign_keys, *report.problems]
                text = translate("MainWindow", "Problèmes trouvés :")
                text += "\n• " + "\n• ".join(problems[:20])
            QMessageBox.information(self, translate("MainWindow", "Vérification"), text)

        label = translate("MainWindow", "Vérification de la bibliothèque…")
        self.host.run_library_job(lambda lib, _r: lib.check(), label, done, cancellable=False)


def _banner(parent: QWidget, name: str, text: str) -> QLabel:
    banner = QLabel(text, parent)
    banner.setObjectName(name)
    banner.setAccessibleName(text)
    banner.setWordWrap(True)
    banner.setStyleSheet(
        f"QLabel#{name} {{ background: #fff4ce; color: #3d2e00; padding: 6px 10px;"
        " border-bottom: 1px solid #e0c870; font-weight: bold; }"
    )
    banner.hide()
    return banner
