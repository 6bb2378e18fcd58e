"""What the reader area shows, addressed by ``kb:`` URLs, with back and forward.

``go(url)`` loads a page on the worker (and records the visit in the library's history),
then renders it on the main thread: a fiche (optionally read inside a dossier), a concept
with its graph, the home page, or two cases side by side.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStackedWidget, QWidget

from kb_app.core.dto import Atlas, ConceptDetail, FicheDetail
from kb_app.gui.dialogs.compare_dialog import CompareDialog
from kb_app.gui.glossary_page import glossary_page
from kb_app.gui.html_fiche import DossierContext, fiche_page
from kb_app.gui.html_pages import compare_page, home_page
from kb_app.gui.links import HOME_URL, Address, compare_url, fiche_url, parse_address
from kb_app.gui.navigation import BackForward
from kb_app.gui.ops import LibraryHost
from kb_app.gui.welcome import welcome_facts, welcome_page
from kb_app.gui.widgets.atlas_view import AtlasView
from kb_app.gui.widgets.concept_page import ConceptPage
from kb_app.gui.widgets.reader import Reader

if TYPE_CHECKING:
    from kb_app.core.library import Library

TOP_CONCEPTS = 15
T = TypeVar("T")


@dataclass(frozen=True)
class Visit:
    """A page asked for: its URL, whether it goes in the history, which request it is."""

    url: str
    record: bool
    generation: int
    quiet: bool = False  # shown again after a change: not a visit for the library's history


class Navigator(QObject):
    page_shown = Signal(str)  # the URL now shown
    visited = Signal()  # a visit was written to the library's history
    search_concept = Signal(str)  # « show these fiches in the results »
    status = Signal(str)
    restore_requested = Signal(str)  # a fiche key: « Restaurer » in a trashed fiche's banner
    action = Signal(object)  # a ``kb:do/…`` Address (the welcome page's links: gui/welcome.py)

    def __init__(
        self,
        host: LibraryHost,
        stack: QStackedWidget,
        reader: Reader,
        concept_page: ConceptPage,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._host = host
        #: whether the library is read-only (the window says): no « Restaurer » then
        self.read_only: Callable[[], bool] = lambda: False
        self._stack = stack
        self._reader = reader
        self._concept_page = concept_page
        self._parent = parent
        self.history = BackForward()
        self._generation = 0
        self._loading = 0  # pages asked for and not yet read
        self.url: str | None = None
        self.fiche: FicheDetail | None = None
        self.concept: ConceptDetail | None = None
        self.dossier: DossierContext | None = None
        #: issue 16: the atlas page, when the window has one in its stack (``kb:atlas``)
        self.atlas_view: AtlasView | None = None

    # -- moving --------------------------------------------------------------------------

    def go(self, url: str, *, record: bool = True) -> None:
        address = parse_address(url)
        if address is None:
            self.status.emit(self.tr("Adresse inconnue : %1").replace("%1", url))
            return
        if address.page == "search":
            self.search_concept.emit(address.param("concept") or "")
            return
        if address.page == "do":  # a link that does something (the welcome page's)
            self.action.emit(address)
            return
        if address.page == "fiche" and address.args and address.param("do") == "restore":
            self.restore_requested.emit(address.args[0])  # the reader's « Restaurer » link
            return
        loaders = {
            "fiche": self._load_fiche,
            "concept": self._load_concept,
            "home": self._load_home,
            "compare": self._load_compare,
            "welcome": self._load_welcome,
            "atlas": self._load_atlas,  # issue 16
            "glossary": self._load_glossary,
        }
        loader = loaders.get(address.page)
        if loader is None:
            self.status.emit(self.tr("Adresse inconnue : %1").replace("%1", url))
            return
        self._generation += 1
        loader(address, Visit(url, record, self._generation))

    def back(self) -> None:
        url = self.history.back()
        if url:
            self.go(url, record=False)

    def forward(self) -> None:
        url = self.history.forward()
        if url:
            self.go(url, record=False)

    def reload(self) -> None:
        if self.url:
            self.go(self.url, record=False)

    def refresh(self) -> None:
        """The library changed: show the page again if it says what changed (the home
        page's counts, a fiche's fields or its trash banner); no visit is recorded."""
        url = self.url
        address = parse_address(url) if url else None
        loaders = {"home": self._load_home, "fiche": self._load_fiche, "atlas": self._load_atlas}
        if url is None or address is None or address.page not in loaders:
            return
        if self._loading:  # a page asked for after the change is coming: it is fresh
            return
        self._generation += 1
        loader = loaders[address.page]
        loader(address, Visit(url, False, self._generation, quiet=True))

    def step_in_dossier(self, step: int) -> None:
        """Next (+1) or previous (-1) fiche of the dossier being read.

        The dossier is read again first: a member trashed since the page was shown is
        skipped (the core lists only the fiches out of the trash), and so is the fiche read
        when it went to the trash meanwhile (the step starts from where it stood)."""
        if self.dossier is None or self.fiche is None:
            return
        shown, key = self.dossier, self.fiche.key

        def task(lib: Library) -> DossierContext:
            d = lib.get(shown.key)
            return DossierContext.of(d)

        def done(fresh: DossierContext) -> None:
            target = _step(shown, fresh, key, step)
            if target is not None:
                self.go(fiche_url(target, fresh.key))

        self._host.run(task, done)

    def can_step(self, step: int) -> bool:
        if self.dossier is None or self.fiche is None:
            return False
        before, after = self.dossier.neighbours(self.fiche.key)
        return (after if step > 0 else before) is not None

    def _shown(self, visit: Visit, widget: QWidget) -> None:
        if visit.record:
            self.history.visit(visit.url)
        self.url = visit.url
        self._stack.setCurrentWidget(widget)
        self.page_shown.emit(visit.url)

    def _load(self, visit: Visit, task: Callable[[Library], T], show: Callable[[T], None]) -> None:
        """``task`` on the worker, then ``show`` its result: unless another page was asked
        for meanwhile (the newest request wins)."""

        self._loading += 1

        def done(result: T) -> None:
            self._loading -= 1
            if visit.generation == self._generation:
                show(result)

        def failed(exc: BaseException) -> None:
            self._loading -= 1
            self._host.show_error(exc)

        self._host.run(task, done, failed)

    def _show_html(self, visit: Visit, html: str) -> None:
        """A page that is neither a fiche nor a concept (home, comparison)."""
        self.fiche, self.concept, self.dossier = None, None, None
        self._reader.show_html(html)
        self._shown(visit, self._reader)

    # -- pages -----------------------------------------------------------------------------

    def _load_fiche(self, address: Address, visit: Visit) -> None:
        if not address.args:
            return
        key, dossier_key = address.args[0], address.param("in")

        def task(lib: Library) -> tuple[FicheDetail, str, DossierContext | None]:
            detail = lib.get(key)
            body = lib.render_body(key)
            if not visit.quiet:
                lib.record_visit(fiche=key)
            context = None
            if dossier_key:
                d = lib.get(dossier_key)
                context = DossierContext.of(d)
            return detail, body, context

        def show(result: tuple[FicheDetail, str, DossierContext | None]) -> None:
            detail, body, context = result
            if context is not None and context.position(detail.key) is None:
                context = self._kept_path(detail, context)
            self.fiche, self.concept, self.dossier = detail, None, context
            html = fiche_page(detail, body, context, can_restore=not self.read_only())
            position = self._reader.verticalScrollBar().value()
            self._reader.show_html(html)
            if visit.quiet:  # shown again after a change: read on where one was
                self._reader.verticalScrollBar().setValue(position)
            self._shown(visit, self._reader)
            if not visit.quiet:
                self.visited.emit()

        self._load(visit, task, show)

    def _kept_path(self, detail: FicheDetail, context: DossierContext) -> DossierContext | None:
        """A fiche trashed while read in a dossier keeps the path it was read in (as it was
        shown), so « Suivant » and « Précédent » still lead on from its place."""
        old = self.dossier
        if detail.deleted and old is not None and old.key == context.key:
            return old if old.position(detail.key) is not None else None
        return None

    def _load_concept(self, address: Address, visit: Visit) -> None:
        if not address.args:
            return
        key = address.args[0]

        def task(lib: Library) -> ConceptDetail:
            concept = lib.concept(key)
            lib.record_visit(concept=concept.key)
            return concept

        def show(concept: ConceptDetail) -> None:
            self.fiche, self.concept, self.dossier = None, concept, None
            self._concept_page.show_concept(concept)
            self._shown(visit, self._concept_page)
            self.visited.emit()

        self._load(visit, task, show)

    def _load_home(self, address: Address, visit: Visit) -> None:
        def task(lib: Library) -> str:
            tree = lib.concept_tree()
            top = sorted(tree, key=lambda r: -r.count_total)
            unique = list({r.key: r for r in top}.values())[:TOP_CONCEPTS]
            return home_page(lib.stats(), lib.list_fiches("dossier"), unique)

        self._load(visit, task, lambda html: self._show_html(visit, html))

    def _load_welcome(self, address: Address, visit: Visit) -> None:
        """The welcome page (issue 14): what the library holds, what to try, where it is."""
        self._load(visit, welcome_facts, lambda facts: self._show_html(visit, welcome_page(facts)))

    def _load_compare(self, address: Address, visit: Visit) -> None:
        keys = list(address.args[:2])
        if len(keys) < 2:
            self.choose_cases(keys[0] if keys else None)
            return

        def task(lib: Library) -> str:
            return compare_page(lib.get(keys[0]), lib.get(keys[1]))

        self._load(visit, task, lambda html: self._show_html(visit, html))

    # -- issue 16: the relational atlas and the glossary --------------------------------------

    def _load_atlas(self, address: Address, visit: Visit) -> None:
        view = self.atlas_view
        if view is None:
            return

        def show(atlas: Atlas) -> None:
            self.fiche, self.concept, self.dossier = None, None, None
            view.show_atlas(atlas)
            self._shown(visit, view)

        self._load(visit, lambda lib: lib.atlas(), show)

    def _load_glossary(self, address: Address, visit: Visit) -> None:
        self._load(
            visit,
            lambda lib: lib.glossary(),
            lambda glossary: self._show_html(visit, glossary_page(glossary)),
        )

    # -- end of issue 16's block --

    def choose_cases(self, first: str | None = None) -> None:
        """Ask which two cases to compare, then show them side by side."""
        if first is None and self.fiche is not None and self.fiche.kind == "case":
            first = self.fiche.key

        def chosen(cases: Any) -> None:
            dialog = CompareDialog(self._parent, cases, first)
            dialog.accepted.connect(lambda: self.go(compare_url(*dialog.chosen())))
            dialog.open()
            self.compare_dialog = dialog

        self._host.run(lambda lib: lib.list_fiches("case"), chosen)

    def home(self) -> None:
        self.go(HOME_URL)


def _step(shown: DossierContext, fresh: DossierContext, key: str, step: int) -> str | None:
    """The member ``step`` away from ``key`` in ``fresh`` (the dossier read again); when
    ``key`` left it (trashed), the nearest member past its place in ``shown``."""
    if fresh.position(key) is not None:
        before, after = fresh.neighbours(key)
        target = after if step > 0 else before
        return target.key if target else None
    live = {m.key for m in fresh.members}
    place = shown.position(key)
    if place is None:
        return None
    walk = shown.members[place + 1 :] if step > 0 else reversed(shown.members[:place])
    return next((m.key for m in walk if m.key in live), None)
