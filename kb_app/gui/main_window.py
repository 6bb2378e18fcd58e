"""The main window: search bar, facets and thesaurus beside the results, the reader.

Wiring only: the work is in the controllers it composes (search, navigation, editing, the
librarian's tools, the keeping of the library) and in the panels. The window is built without
touching the library; ``open_library`` opens it on the worker thread once the window is on
screen.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import ConceptTreeRow, IdSearch
from kb_app.core.paths import instance_key
from kb_app.gui import labels, settings
from kb_app.gui.bulk import BulkActions
from kb_app.gui.context_menus import ContextMenus
from kb_app.gui.drag_out import CitationDrag, loaded_titles
from kb_app.gui.drops import DropHandler
from kb_app.gui.edit_controller import EditController
from kb_app.gui.help_page import show_help
from kb_app.gui.keeping import KeepingController
from kb_app.gui.language import chosen_language, switch_language
from kb_app.gui.librarian import Librarian
from kb_app.gui.librarian_actions import WRITE_ACTIONS
from kb_app.gui.librarian_tools import LibrarianTools
from kb_app.gui.library_files import LibraryFiles
from kb_app.gui.links import ATLAS_URL, GLOSSARY_URL, concept_url, fiche_url
from kb_app.gui.main_actions import (
    ATLAS_SPECS,
    RESULTS_SPECS,
    WINDOW_SPECS,
    Slot,
    WindowActions,
    install_menus,
    install_toolbar,
    shortcut_rows,
    show_about,
    show_shortcuts,
)
from kb_app.gui.models.results_model import ResultsModel
from kb_app.gui.models.row_loader import HostRowLoader
from kb_app.gui.navigator import Navigator
from kb_app.gui.ops import LibraryHost
from kb_app.gui.search_controller import SearchController
from kb_app.gui.single_instance import Guard
from kb_app.gui.welcome import WELCOME_URL, WelcomeActions
from kb_app.gui.widgets.atlas_view import AtlasView
from kb_app.gui.widgets.basket_panel import BasketPanel
from kb_app.gui.widgets.concept_page import ConceptPage
from kb_app.gui.widgets.facets_panel import FacetsPanel
from kb_app.gui.widgets.history_panel import HistoryPanel
from kb_app.gui.widgets.reader import Reader
from kb_app.gui.widgets.results_view import ResultsView
from kb_app.gui.widgets.search_bar import SearchBar
from kb_app.gui.widgets.thesaurus_panel import ThesaurusPanel

#: Widths that fit a 1024×768 screen (sidebar + list + reader + handles < 1024 - a frame).
SIDEBAR_MIN = 180
LIST_MIN = 220
READER_MIN = 450
SEARCH_MIN = 220
LARGEST_WIDTH = settings.LARGEST.width()


def splitter_sizes(width: int) -> list[int]:
    """Sidebar, list and reader widths for a window ``width`` wide: the reader ~42 % (at
    least ``READER_MIN``), the sidebar ~36 % of the rest (180–300 px), the list (a table
    whose title column needs room) the rest."""
    reader = max(READER_MIN, round(width * 0.42))
    rest = max(width - reader, SIDEBAR_MIN + LIST_MIN)
    sidebar = min(300, max(SIDEBAR_MIN, round(rest * 0.36)))
    return [sidebar, rest - sidebar, reader]


class MainWindow(QMainWindow):
    library_ready = Signal()  # the library is open and its first results are on screen

    def __init__(self, host: LibraryHost | None = None) -> None:
        """A window; ``host``: the library host of the window it replaces (a language switch)."""
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("kb_app — gouvernance territoriale"))
        self.host = host if host is not None else LibraryHost(self)
        self._handed_over = False  # the window was replaced: it must not close the library
        self._ready = False
        self.ask_read_only = False  # open libraries read-only (asked on the command line)
        self.guard: Guard | None = None  # this process's hold on its library (app.py)
        self._first_open_check = False  # issue 14: open_library shows the welcome once
        self._build_widgets()
        self._build_controllers()
        self.library_label = QLabel(self)
        # a long folder path never widens the window: it is cut, and whole in the tooltip
        self.library_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._build_layout()
        self.commands = self._build_commands()
        self._connect()
        self._install_drag_and_drop()
        settings.restore_window(self, self._splitters())  # the size: from the screen
        if settings.load_bytes("splitters/main") is None:
            self.splitter.setSizes(splitter_sizes(self.width()))
        self._update_actions()

    # -- building --------------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.search_bar = SearchBar(self)
        self.search_bar.setMinimumWidth(SEARCH_MIN)
        self.search_bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.facets = FacetsPanel(self)
        self.thesaurus_panel = ThesaurusPanel(self)
        self.basket = BasketPanel(self.host, self)
        self.history = HistoryPanel(self.host, self)
        self.results = ResultsModel(HostRowLoader(self.host), self)
        self.results_view = ResultsView(self.results, self)
        self.results_label = QLabel(self.tr("Ouverture de la bibliothèque…"), self)
        self.results_label.setAccessibleName(self.tr("Nombre de résultats"))
        self.results_label.setWordWrap(True)  # a long summary never widens the list
        self.reader = Reader(self)
        self.reader.setObjectName("reader")
        self.reader.setAccessibleName(self.tr("Lecture de la fiche"))
        self.concept_page = ConceptPage(self)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.reader)
        self.stack.addWidget(self.concept_page)
        self.atlas_view = AtlasView(self)  # issue 16: the relational atlas, a page of the reader
        self.stack.addWidget(self.atlas_view)

    def _build_controllers(self) -> None:
        host = self.host
        self.navigator = Navigator(host, self.stack, self.reader, self.concept_page, self)
        self.navigator.read_only = lambda: self.keeping.read_only
        self.navigator.atlas_view = self.atlas_view  # issue 16
        self.search = SearchController(
            host, self.search_bar, self.facets, self.results, self.status
        )
        self.edits = EditController(host, self.navigator, self)
        self.librarian = Librarian(host, self)
        self.librarian_tools = LibrarianTools(
            host,
            self.librarian,
            self.navigator,
            basket=self.basket,
            concept_view=self.thesaurus_panel.view,
            results=self.results,
            parent=self,
        )
        self.keeping = KeepingController(host, self)
        self._build_selection_tools()
        # issue 14: new / open / move library, the welcome page's links
        self.library_files = LibraryFiles(
            host, self, open_library=self.open_library, claim=self.claim_folder
        )
        self.welcome = WelcomeActions(
            search=self._search_text,
            basket_add=self.basket.add,
            folder=lambda: self.host.folder,
            parent=self,
        )

    def _build_selection_tools(self) -> None:
        """The selection's actions and the lists' right-click menus (bulk, context_menus)."""
        self.bulk = BulkActions(
            self.host,
            self.results_view,
            self.basket,
            self,
            merge=self.librarian.merge,
            export=self.librarian.export,
            read=self._read,
            edit=self.edits.edit_fiche,
            undo=self.edits.history,
            read_only=lambda: self.keeping.read_only,
        )
        self.context_menus = ContextMenus(
            self.host,
            basket=self.basket,
            attachments=self.librarian_tools.fiche_tools.attachments,
            facets=self.facets,
            concept_page=self.concept_page,
            go=self.navigator.go,
            search_concept=self._search_concept,
            parent=self,
        )
        self.librarian_tools.concept_entries = self.context_menus.concept_entries

    def _build_layout(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("sidebarTabs")
        self.tabs.setAccessibleName(self.tr("Panneau latéral"))
        self.tabs.addTab(self.facets, self.tr("Filtres"))
        self.tabs.addTab(self.thesaurus_panel, self.tr("Thésaurus"))
        self.tabs.addTab(self.basket, self.tr("Panier"))
        self.tabs.addTab(self.history, self.tr("Historique"))
        results = QWidget(self)
        column = QVBoxLayout(results)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(self.results_label)
        column.addWidget(self.results_view, 1)
        reading = QWidget(self)  # the reader (fiche or concept page) above the fiche's tools
        box = QVBoxLayout(reading)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.stack, 1)
        box.addWidget(self.librarian_tools.fiche_tools)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        for widget in (self.tabs, results, reading):
            self.splitter.addWidget(widget)
        # Any screen from 1024×768: the reader never narrower than READER_MIN; the sidebar
        # gives way first (down to SIDEBAR_MIN, or folded away by its handle), then the list.
        for position, (widget, least) in enumerate(
            ((self.tabs, SIDEBAR_MIN), (results, LIST_MIN), (reading, READER_MIN))
        ):
            widget.setMinimumWidth(least)
            self.splitter.setCollapsible(position, widget is self.tabs)
            self.splitter.setStretchFactor(position, position + 1)  # the reader grows most
        self.splitter.setSizes(splitter_sizes(LARGEST_WIDTH))
        self.setCentralWidget(self.keeping.with_banners(self.splitter))
        self.statusBar().addPermanentWidget(self.library_label)

    def _build_commands(self) -> WindowActions:
        commands = WindowActions(self)
        commands.add_all(WINDOW_SPECS, self._window_slots())
        # issue 12 (results table): density and the columns/sort menu
        view = self.results_view
        commands.add_all(
            RESULTS_SPECS, {"density": view.toggle_density, "columns": view.show_column_menu}
        )
        # issue 16: the atlas and the glossary, pages of the reader
        commands.add_all(ATLAS_SPECS, {"atlas": self.show_atlas, "glossary": self.show_glossary})
        self.librarian_tools.add_actions(commands)
        self.keeping.add_actions(commands)
        self.bulk.add_actions(commands)
        self.library_files.add_actions(commands)  # issue 14
        install_menus(self, commands, self.set_language)
        install_toolbar(self, commands, self.search_bar)
        return commands

    def _window_slots(self) -> dict[str, Slot]:
        nav, edits = self.navigator, self.edits
        return {
            "open": self.choose_library,
            "welcome": lambda: self.navigator.go(WELCOME_URL),  # issue 14
            "export": self.basket.export,
            "print": self.basket.print_dialog,
            "quit": self.close,
            "undo": edits.undo,
            "redo": edits.redo,
            "new": edits.new_fiche,
            "edit": edits.edit_current_fiche,
            "delete": edits.delete_current_fiche,
            "trash": edits.show_trash,
            "new_concept": edits.new_concept,
            "edit_concept": edits.edit_current_concept,
            "basket_add": self.add_current_to_basket,
            "back": nav.back,
            "forward": nav.forward,
            "home": nav.home,
            "search": self.focus_search,
            "results": self.focus_results,
            "reader": self.focus_reader,
            "dossier_prev": lambda: nav.step_in_dossier(-1),
            "dossier_next": lambda: nav.step_in_dossier(1),
            "tab_filters": lambda: self.show_tab(0),
            "tab_thesaurus": lambda: self.show_tab(1),
            "tab_basket": lambda: self.show_tab(2),
            "tab_history": lambda: self.show_tab(3),
            "compare": nav.choose_cases,
            "shortcuts": lambda: show_shortcuts(self),
            "help": self.show_help,
            "about": self.show_about,
        }

    def _connect(self) -> None:
        nav, lib = self.navigator, self.librarian
        for reader in (self.reader, self.concept_page.reader):
            reader.internal_link.connect(nav.go)
            reader.refused.connect(self.status)
            reader.hovered.connect(lambda url: self.statusBar().showMessage(url, 3000))
        self.concept_page.internal_link.connect(nav.go)
        nav.page_shown.connect(self._page_shown)
        nav.visited.connect(self.history.mark_stale)
        nav.status.connect(self.status)
        nav.search_concept.connect(self._search_concept)
        self.search.summary_changed.connect(self.results_label.setText)
        self.search.page_shown.connect(self._searched)
        self.search_bar.down_pressed.connect(self.focus_results)
        self.search_bar.textChanged.connect(lambda _t: self.facets.query_changed())  # i12-D
        self.results_view.fiche_chosen.connect(lambda key: nav.go(fiche_url(key)))
        self.results_view.fiche_activated.connect(self._read)
        self.thesaurus_panel.concept_chosen.connect(lambda key: nav.go(concept_url(key)))
        self.basket.open_fiche.connect(lambda key: nav.go(fiche_url(key)))
        self.basket.message.connect(self.status)
        self.history.open_url.connect(nav.go)
        self.edits.message.connect(self.status)
        self.edits.changed.connect(self.refresh_all)
        self.edits.history.state_changed.connect(self._update_actions)  # undo/redo
        nav.restore_requested.connect(self.edits.restore)  # a trashed fiche's banner
        self.host.opened.connect(self._opened)
        lib.changed.connect(self.refresh_all)
        lib.message.connect(self.status)
        lib.show_keys.connect(self.show_keys)
        self.librarian_tools.message.connect(self.status)
        self.librarian_tools.fiche_tools.attachments.changed.connect(self.search.refresh)
        self.keeping.message.connect(self.status)
        self.keeping.index_back.connect(self.search.refresh)
        self.bulk.changed.connect(self.refresh_all)
        self.bulk.message.connect(self.status)
        self.context_menus.message.connect(self.status)
        nav.action.connect(self.welcome.do)  # issue 14: the welcome page's links
        self.welcome.message.connect(self.status)
        self.library_files.message.connect(self.status)
        # issue 16: a cell lists its fiches, a header or « Voisinage » opens a concept
        self.atlas_view.cell_chosen.connect(self._atlas_cell)
        self.atlas_view.concept_chosen.connect(lambda key: nav.go(concept_url(key)))

    # -- drag and drop (issue 12, part 3) ------------------------------------------------------

    def _install_drag_and_drop(self) -> None:
        """Files dropped to import or attach, fiches dropped on the basket or a dossier
        (``drops``); fiches dragged out of the results carry their citations (``drag_out``)."""
        self.drops = DropHandler(
            self.host,
            self.librarian,
            self.navigator,
            attachments=self.librarian_tools.fiche_tools.attachments,
            basket=self.basket,
            tabs=self.tabs,
            results_view=self.results_view,
            read_only=lambda: self.keeping.read_only,
            parent=self,
        )
        self.drops.install(self, self.reader, [self.search_bar])
        self.drops.message.connect(self.status)
        self.drops.changed.connect(self.refresh_all)
        self.drops.undo = self.edits.history
        self.drag_out = CitationDrag(
            self.host, loaded_titles(self.results, self.results.ranked_keys)
        )
        self.results.mime_for_keys = self.drag_out

    # -- the library -----------------------------------------------------------------------

    def open_library(self, path: str | None, *, read_only: bool | None = None) -> None:
        ro = self.ask_read_only if read_only is None else read_only
        self._first_open_check = True  # a library opened here (not attached): welcome once
        damaged = self.keeping.recovery.damaged
        self.host.open(path, failed=self._open_failed, damaged=damaged, read_only=ro)

    def attach_library(self, library: Any) -> None:
        self.host.attach(library)

    def _opened(self, library: Any, start_at: str | None = None) -> None:
        folder = Path(library.folder)
        self.keeping.library_opened(library)
        for widget in self._writing_widgets():
            widget.setVisible(not self.keeping.read_only)
        self._update_actions()
        for reader in (self.reader, self.concept_page.reader):
            reader.set_attachments_root(folder / "attachments")
        self.library_label.setText(str(folder))
        self.library_label.setToolTip(str(folder))
        self.setWindowTitle(self.tr("kb_app — %1").replace("%1", folder.name))
        self._ready = False
        self.search.run_now()  # first: the results make the window usable
        self.load_sidebar()
        self.basket.refresh()
        if start_at is None and self._first_open_check and not self.keeping.read_only:
            start_at = self._welcome_once(folder)
        self._first_open_check = False
        if start_at:
            self.navigator.go(start_at, record=False)
        else:
            self.navigator.home()

    def _welcome_once(self, folder: Path) -> str | None:
        """The welcome page the first time this library is opened here (issue 14)."""
        key = instance_key(folder)
        if settings.welcome_seen(key):
            return None
        settings.set_welcome_seen(key)
        return WELCOME_URL

    def _search_text(self, query: str) -> None:
        """Search ``query`` as if typed (a welcome page's link)."""
        self.search_bar.setText(query)
        self.tabs.setCurrentIndex(0)
        self.search.run_now()
        self.focus_results()

    def show_about(self) -> None:
        self.about_dialog = show_about(self, self.host.folder)

    def _open_failed(self, exc: BaseException) -> None:
        self.results_label.setText(self.tr("Aucune bibliothèque ouverte."))
        self.host.show_error(exc)

    def choose_library(self) -> None:
        """« Ouvrir une bibliothèque… »: refused, naming it, unless the folder holds one."""
        self.library_files.choose_library()

    def claim_folder(self, folder: str) -> bool:
        """True when this window may open ``folder`` (no other kb_app has it open)."""
        if self.guard is None:
            return True
        taken = self.guard.switch(folder)
        if not taken.acquired:
            self.status(taken.message())
        return taken.acquired

    def load_sidebar(self) -> None:
        def task(lib: Any) -> tuple[list[ConceptTreeRow], dict[str, str]]:
            return lib.concept_tree(), {d.key: d.title for d in lib.list_fiches("dossier")}

        def done(result: tuple[list[ConceptTreeRow], dict[str, str]]) -> None:
            rows, titles = result
            labels.remember_concepts((r.label, r.label_en) for r in rows)  # facets, rows
            self.thesaurus_panel.set_rows(rows)
            self.search.set_dossier_titles(titles)

        self.host.run(task, done)

    def refresh_all(self) -> None:
        self.keeping.changes_saved()  # the index may fall behind them (a full disk)
        self.load_sidebar()
        self.search.refresh()
        self.basket.refresh()
        self.history.mark_stale()
        self.navigator.refresh()  # the home page's counts, a fiche's trash banner

    def show_keys(self, keys: list[str], caption: str) -> None:
        """List these fiches in the results (the fiches just imported, for instance)."""
        self.results.set_result(IdSearch("", tuple(keys), len(keys), {}, 0.0), "")
        self.results_label.setText(f"{caption} : {len(keys)}")
        self.tabs.setCurrentIndex(0)

    # -- issue 16: the relational atlas and the glossary -------------------------------------

    def show_atlas(self) -> None:
        """Aller › Atlas relationnel (Ctrl+5): the matrix in the reader area, focused."""
        self.navigator.go(ATLAS_URL)
        self.atlas_view.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_glossary(self) -> None:
        self.navigator.go(GLOSSARY_URL)

    def _atlas_cell(self, component: str, angle: str) -> None:
        """A cell's fiches in the results, summed up as « Atlas : composante × angle »."""
        atlas = self.atlas_view.atlas
        cell = atlas.cell(component, angle) if atlas is not None else None
        if cell is not None:
            self.show_keys(list(cell.keys), self.atlas_view.cell_caption(component, angle))

    # -- end of issue 16's block --

    def _searched(self, _found: IdSearch) -> None:
        if not self._ready:
            self._ready = True
            self.library_ready.emit()

    # -- commands --------------------------------------------------------------------------

    def status(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def import_files(self, paths: list[str]) -> None:
        """Files handed over by a later ``kb-app FILE`` on this library: the import wizard."""
        self.bring_to_front()
        self.librarian.import_files(paths)

    def bring_to_front(self) -> None:
        """Another start asked for this library: show this window instead."""
        if self.isMinimized():
            self.showNormal()
        self.show()
        self.raise_()
        self.activateWindow()

    def focus_search(self) -> None:
        self.search_bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_bar.selectAll()

    def focus_results(self) -> None:
        self.results_view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.results_view.currentIndex().isValid() and self.results.rowCount():
            self.results_view.setCurrentIndex(self.results.index(0))

    def focus_reader(self) -> None:
        widget = self.stack.currentWidget()
        target = self.concept_page.reader if widget is self.concept_page else self.reader
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self.tabs.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)
        if index == 1:
            self.thesaurus_panel.view.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _read(self, key: str) -> None:
        self.navigator.go(fiche_url(key))
        self.focus_reader()

    def _search_concept(self, key: str) -> None:
        self.search.show_concept(key)
        self.tabs.setCurrentIndex(0)

    def add_current_to_basket(self) -> None:
        if self.navigator.fiche is not None:
            self.basket.add(self.navigator.fiche.key)

    # -- language and help (live switch: gui/language.py) ------------------------------

    def set_language(self, language: str | None) -> None:
        """Remember the choice and speak it now: the window is built again in it.

        Not while one of its windows is open (a form may hold unsaved text, the trash or a
        maintenance window would keep speaking the old language to a hidden window): the
        librarian is asked to close them, and the menu shows the language still spoken."""
        opened = [d for d in self.findChildren(QDialog) if d.isVisible()]
        if opened:
            titles = ", ".join(f"« {d.windowTitle()} »" for d in opened)
            self.status(
                self.tr("Fermez d'abord %1 : la langue changera ensuite.").replace("%1", titles)
            )
            previous = settings.language_override()
            marked = self.findChild(QAction, f"language_{previous or 'system'}")
            if marked is not None:
                marked.setChecked(True)
            return
        settings.set_language_override(language)
        switch_language(self, chosen_language(), MainWindow)

    def window_splitters(self) -> dict[str, QSplitter]:
        return self._splitters()

    def carry_state(self) -> dict[str, Any]:
        """What the window built in another language takes over (``resume``)."""
        return {
            "url": self.navigator.url,
            "history": self.navigator.history,
            "query": self.search_bar.text(),
            "filters": self.facets.filters,
            "tab": self.tabs.currentIndex(),
            "undo": self._release_undo(),
        }

    def _release_undo(self) -> Any:
        self.edits.history.state_changed.disconnect(self._update_actions)
        return self.edits.release_history()

    def resume(self, state: dict[str, Any]) -> None:
        """Take over a replaced window's library (already open on ``host``) and content."""
        self.navigator.history = state["history"]
        self.edits.history.state_changed.disconnect(self._update_actions)
        self.edits.adopt_history(state["undo"])  # undo and redo go on in the new language
        self.edits.history.state_changed.connect(self._update_actions)
        self.bulk.undo = self.drops.undo = self.edits.history
        self.search_bar.blockSignals(True)
        self.search_bar.setText(state["query"])
        self.search_bar.blockSignals(False)
        self.facets.set_filters(state["filters"], emit=False)
        self.tabs.setCurrentIndex(state["tab"])
        url = state["url"]
        self.host.run(lambda lib: lib, lambda lib: self._opened(lib, start_at=url))

    def hand_over(self) -> None:
        """This window is replaced: it lets go of the host, its timers and its guard."""
        self._handed_over = True
        self.host.opened.disconnect(self._opened)
        self.keeping.backup_timer.stop()
        for timer in self.findChildren(QTimer):  # debounce, polls: nothing more may start
            timer.stop()
        self.guard = None

    def show_help(self) -> None:
        """F1: the query language, the shortcuts, where the library lives."""
        self.help_dialog = show_help(self, self.host.folder, shortcut_rows())

    def _page_shown(self, _url: str) -> None:
        """Keep the lists in step with the page: its result row, its concept in the tree."""
        fiche, concept = self.navigator.fiche, self.navigator.concept
        self.results_view.show_key(fiche.key if fiche else None)
        if concept is not None:
            self.thesaurus_panel.show_concept(concept.key)
        self.librarian_tools.fiche_tools.show_fiche(fiche)
        self._update_actions()

    def _update_actions(self) -> None:
        nav, a = self.navigator, self.commands
        a["back"].setEnabled(nav.history.can_back())
        a["forward"].setEnabled(nav.history.can_forward())
        fiche = nav.fiche is not None
        for name in ("edit", "delete", "basket_add", "cite", "attach"):
            a[name].setEnabled(fiche)
        a["edit_concept"].setEnabled(nav.concept is not None)
        a["dossier_prev"].setEnabled(nav.can_step(-1))
        a["dossier_next"].setEnabled(nav.can_step(1))
        self._update_undo_actions()
        if self.keeping.read_only:
            for name in WRITE_ACTIONS:
                a[name].setEnabled(False)
        self.bulk.update_actions()

    def _update_undo_actions(self) -> None:
        """« Annuler : … » and « Rétablir : … » name what they would do (the undo stack)."""
        history, a = self.edits.history, self.commands
        stack = history.stack
        undo, redo = stack.undoText(), stack.redoText()
        a["undo"].setEnabled(history.can_undo())
        a["undo"].setText(
            self.tr("Annuler : %1").replace("%1", undo) if undo else self.tr("Annuler")
        )
        a["redo"].setEnabled(history.can_redo())
        a["redo"].setText(
            self.tr("Rétablir : %1").replace("%1", redo) if redo else self.tr("Rétablir")
        )

    def _writing_widgets(self) -> list[QWidget]:
        """Panel buttons that change the library (hidden when it is read-only)."""
        basket = [self.basket.buttons[n] for n in ("up", "down", "remove", "clear")]
        return [*basket, *self.librarian_tools.writing_buttons(), self.history.clear_button]

    # -- settings --------------------------------------------------------------------------

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main": self.splitter, "concept": self.concept_page.splitter}

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._handed_over:  # replaced by the same window in another language
            super().closeEvent(event)
            return
        settings.save_window(self, self._splitters())
        self.keeping.shut_down()  # the exit backup, then the library closes
        super().closeEvent(event)
