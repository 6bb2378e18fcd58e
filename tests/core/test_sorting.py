"""Sorting a result list in the core: by each column, missing values last, stable, cached."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kb_app.core.dto import SORT_COLUMNS, FicheDraft
from kb_app.core.library import Library
from kb_app.core.text import fold


def rows_by_key(library: Library, keys: tuple[str, ...]) -> dict[str, object]:
    return {r.key: r for r in library.rows(keys)}


def test_sort_by_year_puts_missing_years_last_in_both_directions(library: Library) -> None:
    keys = library.search_ids("").keys
    rows = {r.key: r for r in library.rows(keys)}
    up = library.sort_keys(keys, "year")
    down = library.sort_keys(keys, "year", descending=True)
    assert sorted(up) == sorted(keys)
    dated = [rows[k].year for k in up if rows[k].year is not None]
    assert dated == sorted(dated)
    assert len(set(dated)) > 3
    assert [rows[k].year for k in down if rows[k].year is not None] == sorted(dated, reverse=True)
    undated = [k for k in keys if rows[k].year is None]
    assert undated, "the seeded library has fiches without a year"
    assert list(up[-len(undated) :]) == undated  # last, in the order given (stable)
    assert list(down[-len(undated) :]) == undated


def test_sort_by_title_ignores_accents_case_and_leading_punctuation(library: Library) -> None:
    first = library.add(FicheDraft(kind="analysis", title="« Économie » solidaire"))
    second = library.add(FicheDraft(kind="analysis", title="ecologie urbaine"))
    third = library.add(FicheDraft(kind="analysis", title="Édifice"))
    keys = (first.key, second.key, third.key)
    assert library.sort_keys(keys, "title") == (second.key, first.key, third.key)


def test_sort_is_stable_and_keeps_unknown_keys_last(library: Library) -> None:
    a = library.add(FicheDraft(kind="analysis", title="Même titre", date="2001"))
    b = library.add(FicheDraft(kind="analysis", title="Même titre", date="2001"))
    keys = ("no-such-fiche", b.key, a.key)
    assert library.sort_keys(keys, "year") == (b.key, a.key, "no-such-fiche")
    assert library.sort_keys(keys, "title", descending=True) == (b.key, a.key, "no-such-fiche")


@pytest.mark.parametrize("column", SORT_COLUMNS)
def test_every_column_sorts_every_key(library: Library, column: str) -> None:
    keys = library.search_ids("").keys
    assert sorted(library.sort_keys(keys, column)) == sorted(keys)


def test_sort_by_first_author_concepts_and_kind(library: Library) -> None:
    keys = library.search_ids("").keys
    rows = {r.key: r for r in library.rows(keys)}
    by_author = [k for k in library.sort_keys(keys, "authors") if rows[k].people]
    names = [fold(rows[k].people[0].name) for k in by_author]
    assert names == sorted(names)
    counts = [len(rows[k].concepts) for k in library.sort_keys(keys, "concepts", True)]
    assert counts == sorted(counts, reverse=True)
    order = ("dossier", "case", "reference", "analysis", "resource")
    kinds = [rows[k].kind for k in library.sort_keys(keys, "kind", kind_order=order)]
    assert kinds == sorted(kinds, key=order.index)
    with pytest.raises(ValueError, match="column must be one of"):
        library.sort_keys(keys, "colour")


def test_the_sort_table_follows_changes(library: Library) -> None:
    keys = library.search_ids("").keys
    newest = library.sort_keys(keys, "year", descending=True)[0]
    added = library.add(FicheDraft(kind="analysis", title="Demain", date="2099"))
    assert library.sort_keys((*keys, added.key), "year", descending=True)[0] == added.key
    assert library.rows([added.key])[0].added  # the date it was added, ISO
    library.delete(added.key)
    assert library.sort_keys(keys, "year", descending=True)[0] == newest


def test_an_edited_year_moves_the_fiche_in_the_next_sort(library: Library) -> None:
    """A cached column would keep the old year: the edit must drop it."""
    keys = library.search_ids("").keys
    oldest = library.sort_keys(keys, "year")[0]
    last_dated = [k for k in library.sort_keys(keys, "year") if library.get(k).year][-1]
    assert last_dated != oldest
    draft = library.draft(last_dated)
    library.update(last_dated, replace(draft, date="1901"))
    assert library.get(last_dated).year == 1901
    assert library.sort_keys(keys, "year")[0] == last_dated
