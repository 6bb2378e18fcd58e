"""Every Qt model of the window passes qtmodeltester; the results model loads lazily."""

from __future__ import annotations

from collections.abc import Callable, Sequence

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from kb_app.core.dto import FicheRow, IdSearch, SearchFilters, Snippet
from kb_app.core.library import Library
from kb_app.gui.models.basket_model import BasketModel
from kb_app.gui.models.concept_tree_model import ConceptFilterProxy, ConceptTreeModel
from kb_app.gui.models.facets_model import FacetsModel
from kb_app.gui.models.history_model import HistoryModel
from kb_app.gui.models.results_model import BATCH, MAX_BATCHES, ResultsModel
from kb_app.gui.models.roles import FACET_ROLE, KEY_ROLE, LOADED_ROLE, META_ROLE, SNIPPET_ROLE
from kb_app.gui.models.row_loader import DirectRowLoader
from tests.gui.conftest import COPRODUCTION, PORTO

pytestmark = pytest.mark.gui


class FakeRows:
    """A library stand-in for the results model: n synthetic keys, rows made on demand."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def rows(self, keys: Sequence[str]) -> list[FicheRow]:
        self.calls.append(len(keys))
        return [FicheRow(k, "reference", f"Titre {k}", 2000, "Auteur", ()) for k in keys]

    def snippets(self, query: str, keys: Sequence[str]) -> list[Snippet]:
        return [Snippet(k, f"<b>{query}</b> {k}", f"{query} {k}", "mots") for k in keys]


class DeferredLoader:
    """Answers only when told to, like the worker thread does."""

    def __init__(self) -> None:
        self.waiting: list[Callable[[], None]] = []
        self.fake = FakeRows()

    def load_rows(self, keys: Sequence[str], done: Callable[[list[FicheRow]], None]) -> None:
        self.waiting.append(lambda: done(self.fake.rows(keys)))

    def load_snippets(
        self, query: str, keys: Sequence[str], done: Callable[[list[Snippet]], None]
    ) -> None:
        self.waiting.append(lambda: done(self.fake.snippets(query, keys)))

    def answer_all(self) -> None:
        waiting, self.waiting = self.waiting, []
        for answer in waiting:
            answer()


def search(n: int) -> IdSearch:
    return IdSearch("q", tuple(f"k{i}" for i in range(n)), n, {}, 1.0)


def test_results_model_over_a_real_search(qtmodeltester: ModelTester, library: Library) -> None:
    model = ResultsModel(DirectRowLoader(library))
    found = library.search_ids("bien commun")
    model.set_result(found, "bien commun")
    qtmodeltester.check(model)
    assert model.rowCount() == found.total > 0
    first = model.index(0)
    assert first.data() == library.rows(found.keys[:1])[0].title
    assert first.data(KEY_ROLE) == found.keys[0]
    model.request_snippets(0, 2)
    assert "<b>" in model.index(0).data(SNIPPET_ROLE)


def test_results_model_loads_batches_lazily_and_keeps_memory_bounded(
    qtmodeltester: ModelTester,
) -> None:
    loader = DeferredLoader()
    model = ResultsModel(loader)
    model.set_result(search(10 * BATCH * MAX_BATCHES), "q")
    qtmodeltester.check(model)
    loader.answer_all()
    assert model.index(5).data(LOADED_ROLE) is True
    for row in range(0, model.rowCount(), BATCH // 2):
        model.index(row).data()
        loader.answer_all()
    assert model.cached_batches() <= MAX_BATCHES
    assert set(loader.fake.calls) == {BATCH}  # one call per batch, never per row
    assert model.index(model.rowCount() - 1).data() == f"Titre k{model.rowCount() - 1}"


def test_rows_of_a_replaced_search_are_dropped() -> None:
    loader = DeferredLoader()
    model = ResultsModel(loader)
    model.set_result(search(300), "old")
    assert model.index(0).data(LOADED_ROLE) is False
    model.set_result(IdSearch("new", ("x1",), 1, {}, 1.0), "new")
    loader.answer_all()  # the answer for the old search arrives late
    assert model.rowCount() == 1
    assert model.index(0).data(LOADED_ROLE) is False


def test_results_model_first_batch_given_with_the_ids(library: Library) -> None:
    loader = DeferredLoader()
    model = ResultsModel(loader)
    found = library.search_ids("")
    model.set_result(found, "", library.rows(found.keys[:BATCH]))
    assert model.index(0).data(LOADED_ROLE) is True
    assert "·" in model.index(0).data(META_ROLE)
    assert loader.waiting == []


def test_facets_model(qtmodeltester: ModelTester, library: Library) -> None:
    model = FacetsModel()
    found = library.search_ids("bien commun")
    filters = SearchFilters(kind="case")
    model.set_facets(
        found.facets, filters, {"dossier-cnfpt-2016-gestion-territoriale-relations": "D"}
    )
    qtmodeltester.check(model)
    kinds = model.entries("kind")
    case = next(e for e in kinds if e.value == "case")
    assert case.active
    assert case.label == "Étude de cas"
    group = model.index(0, 0)
    entry = model.index(0, 0, group)
    assert entry.data(FACET_ROLE)[0] == "kind"
    dossier_rows = model.entries("dossier")
    assert dossier_rows[0].label == "D"
    checked = [
        model.index(r, 0, group).data(Qt.ItemDataRole.CheckStateRole)
        for r in range(model.rowCount(group))
    ]
    assert checked.count(Qt.CheckState.Checked) == 1


def test_concept_tree_model_and_filter(qtmodeltester: ModelTester, library: Library) -> None:
    model = ConceptTreeModel()
    rows = library.concept_tree()
    model.set_rows(rows)
    qtmodeltester.check(model)
    assert model.concept_count() == len({r.key for r in rows})
    top_level = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    assert top_level == [r.key for r in rows if r.depth == 0]
    found = model.find(COPRODUCTION)
    assert found.isValid()
    assert found.parent().isValid()
    proxy = ConceptFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_text("COPRODUCTION DU BIEN")  # case and accents ignored
    qtmodeltester.check(proxy)
    assert proxy.rowCount() >= 1
    proxy.set_text("zzz-nothing")
    assert proxy.rowCount() == 0


def test_basket_and_history_models(qtmodeltester: ModelTester, library: Library) -> None:
    library.basket_add(PORTO)
    basket = BasketModel()
    basket.set_items(library.basket())
    qtmodeltester.check(basket)
    assert basket.index(0).data().endswith("Porto Alegre (Brésil)")
    library.record_visit(fiche=PORTO)
    library.record_visit(concept=COPRODUCTION)
    history = HistoryModel()
    history.set_visits(library.history())
    qtmodeltester.check(history)
    assert history.index(0).data() == "Concept : coproduction du bien public"
    assert history.index(1).data(KEY_ROLE) == PORTO
    assert not history.index(0).parent().isValid()
    assert history.rowCount(QModelIndex()) == 2


def test_the_complete_answer_extends_the_first_page(qtmodeltester: ModelTester) -> None:
    loader = DeferredLoader()
    model = ResultsModel(loader)
    complete = search(5 * BATCH)
    page = IdSearch("q", complete.keys[:BATCH], 4000, {}, 1.0, total_exact=False)
    model.set_result(page, "q", loader.fake.rows(page.keys))
    qtmodeltester.check(model)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.extend(complete)
    assert inserted == [(BATCH, 5 * BATCH - 1)]
    assert model.rowCount() == 5 * BATCH
    assert model.total == 5 * BATCH
    assert model.index(0).data(LOADED_ROLE) is True  # the page's rows stay on screen
    assert loader.waiting == []
    reordered = IdSearch("q", tuple(reversed(complete.keys)), 5 * BATCH, {}, 1.0)
    model.extend(reordered)  # not a continuation: replaced
    assert model.ranked_keys() == reordered.keys
    assert model.index(0).data(LOADED_ROLE) is False
