"""Typo recovery: a query that finds nothing is answered with its typos corrected."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.core.dto import FicheDraft, SearchFilters
from kb_app.core.library import Library
from kb_app.core.search import spelling
from kb_app.core.text import fold

CASE = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"


def seeded_text(library: Library, key: str) -> str:
    fiche = library.get(key)
    return f"{fiche.title}\n{fiche.summary or ''}\n{fiche.body or ''}"


def test_the_seeded_texts_hold_the_words_corrected_to(library: Library) -> None:
    assert "budget" in seeded_text(library, CASE).lower()
    assert "coopération" in seeded_text(library, "res-cglu").lower()
    for typo in ("budjet", "cooperaton"):
        assert library.search_ids(typo, correct=False).total == 0


def test_budjet_is_corrected_to_budget(library: Library) -> None:
    found = library.search_ids("budjet participatif")
    assert found.suggestion == "budget participatif"
    assert found.query == "budjet participatif"  # what was asked stays what was asked
    assert {CASE, GENRO} <= set(found.keys)
    assert found.keys == library.search_ids("budget participatif").keys
    assert found.total == len(found.keys) > 0


def test_cooperaton_is_corrected_to_cooperation_with_its_accent(library: Library) -> None:
    found = library.search_ids("cooperaton")
    assert found.suggestion == "coopération"
    assert found.keys == library.search_ids("coopération").keys


def test_nothing_is_suggested_for_a_query_with_results(library: Library) -> None:
    for query in ("budget participatif", "coopération", "democratie"):
        found = library.search_ids(query)
        assert found.total > 0
        assert found.suggestion is None
    # An unknown word in a query that finds something: never rewritten.
    either = library.search_ids("budget OR budjet")
    assert either.suggestion is None
    assert either.keys == library.search_ids("budget").keys


def test_the_keystroke_page_and_the_kb_search_answer_are_corrected_too(
    library: Library,
) -> None:
    page = library.search_page("budjet", limit=5)
    assert page.suggestion == "budget"
    assert page.keys
    result = library.search("Budjet participatif", limit=5)
    assert result.suggestion == "Budget participatif"  # in the case typed
    hits = {h.id: h for h in result.hits}
    assert "budget" in hits[CASE].why  # the snippets say why the corrected words matched


def test_the_correction_keeps_the_filters(library: Library) -> None:
    found = library.search_ids("budjet", SearchFilters(kind="case"))
    assert found.suggestion == "budget"
    assert found.keys
    assert all(library.get(k).kind == "case" for k in found.keys)
    # Nothing of that kind with the corrected word either: no suggestion at all.
    none = library.search_ids("budjet", SearchFilters(kind="dossier", year_from=3000))
    assert none.total == 0
    assert none.suggestion is None


def test_nothing_near_nothing_suggested(library: Library) -> None:
    found = library.search_ids("zqxwv")
    assert found.total == 0
    assert found.suggestion is None


def test_an_export_query_is_never_corrected(library: Library, tmp_path: Path) -> None:
    assert library.search_ids("budjet", correct=False).suggestion is None
    assert library.export_keys("budjet") == []


def test_the_plain_sql_search_does_not_correct(library_path: Path) -> None:
    lib = Library.open(library_path, indexing="off")
    try:
        found = lib.search_ids("budjet")
    finally:
        lib.close()
    assert found.total == 0
    assert found.suggestion is None


def test_a_name_keeps_its_capital_and_a_new_word_is_found(library: Library) -> None:
    library.add(FicheDraft(kind="analysis", title="Les ateliers de Xénophane", key="ana-xenophane"))
    found = library.search_ids("xenofane")
    assert found.suggestion == "Xénophane"
    assert found.keys == ("ana-xenophane",)


def test_only_the_free_words_of_a_query_are_checked() -> None:
    query = (
        'titre:budjet type:cas concept:"budjet" gouv* cooperativs~ NOT budjet '
        "ET cooperaton 1998 co-budjet"
    )
    assert [w.typed for w in spelling.free_words(query)] == ["cooperaton"]
    word = spelling.free_words("Coopératon")[0]
    assert (word.start, word.end, word.form) == (0, 10, "cooperaton")


@pytest.mark.parametrize(
    ("typed", "word", "expected"),
    [
        ("budjet", "budget", "budget"),
        ("Budjet", "budget", "Budget"),
        ("BUDJET", "budget", "BUDGET"),
    ],
)
def test_the_correction_is_shown_in_the_case_typed(typed: str, word: str, expected: str) -> None:
    assert spelling.in_typed_case(word, typed) == expected


def test_rewrite_replaces_only_the_corrected_words() -> None:
    query = "type:cas  Budjet (participatf)"
    words = {w.typed: w for w in spelling.free_words(query)}
    assert spelling.rewrite(query, {words["participatf"]: "participatif"}) == (
        "type:cas  Budjet (participatif)"
    )
    assert fold(spelling.rewrite(query, {words["Budjet"]: "budget"})) == fold(
        "type:cas  Budget (participatf)"
    )


def test_nearest_prefers_the_closest_then_the_most_frequent(library: Library) -> None:
    library.search_ids("budget")  # the index is built on first need
    reader = library.indexer.index.searcher().reader()
    assert spelling.nearest(reader, "budjet")[0] == "budget"
    assert spelling.nearest(reader, "participatf")[0] == "participatif"  # 1 edit, not 2
    assert spelling.nearest(reader, "democratei")[0] == "democratie"  # a transposition
