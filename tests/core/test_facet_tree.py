"""Facets the window shows as trees: concepts with narrower ones included, years with counts.

Both search paths (the Whoosh index and the SQL fallback) give the same trees, and each count
is what ticking that entry gives (a concept filter includes narrower concepts).
"""

from __future__ import annotations

import itertools
from typing import Any

from kb_app.core.dto import SearchFilters
from kb_app.core.library import Library
from kb_app.core.search import plain
from kb_app.core.search.facet_counts import concept_tree, year_counts
from kb_app.core.storage.session import reading


def by_key(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {r["key"]: r for r in rows}


def test_concept_counts_include_narrower_concepts(library: Library) -> None:
    rows = library.search_ids("").facets["concept_tree"]
    found = by_key(rows)
    # « gouvernance » is on few fiches itself, many through its narrower concepts.
    assert found["gouvernance"]["total"] > found["gouvernance"]["direct"]
    assert found["gouvernance"]["depth"] == 0
    assert found["gouvernance-territoriale"]["depth"] == 1
    thesaurus = {r.key: r for r in library.concept_tree()}
    for row in rows:
        assert row["direct"] == thesaurus[row["key"]].count_direct, row
        assert row["total"] == thesaurus[row["key"]].count_total, row
        ticked = library.search_ids("", SearchFilters(concept=row["key"]))
        assert ticked.total == row["total"], row


def test_a_query_narrows_the_tree_and_keeps_it_a_tree(library: Library) -> None:
    rows = library.search_ids("budget participatif").facets["concept_tree"]
    assert rows
    for before, row in itertools.pairwise(rows):
        assert row["depth"] <= before["depth"] + 1  # a child follows its parent
    for row in rows:
        narrowed = library.search_ids("budget participatif", SearchFilters(concept=row["key"]))
        assert narrowed.total == row["total"], row


def test_year_counts_match_the_year_filter(library: Library) -> None:
    result = library.search_ids("")
    years = result.facets["years"]
    assert list(years) == sorted(years, reverse=True)
    assert result.facets["year"]["min"] == min(years)
    for year, count in years.items():
        assert library.search_ids("", SearchFilters(year_from=year, year_to=year)).total == count


def test_the_sql_fallback_gives_the_same_trees(library: Library) -> None:
    for query in ("", "gouvernance"):
        indexed = library.search_ids(query).facets
        with reading(library.ctx.engine) as session:
            fallback = plain.search_ids(session, query, SearchFilters()).facets
        assert fallback["concept_tree"], query
        if query == "":  # the same fiches: the same trees
            assert fallback["concept_tree"] == indexed["concept_tree"]
            assert fallback["years"] == indexed["years"]


def test_poly_hierarchy_and_shared_fiches_count_once() -> None:
    # 1 and 2 are both broader than 3; 4 is under 1. Fiches: {3, 4} twice, {2} once.
    children = {1: {3, 4}, 2: {3}}
    keys = {1: "a", 2: "b", 3: "c", 4: "d", 5: "unused"}
    labels = {1: "A", 2: "B", 3: "C", 4: "D", 5: "E"}
    rows = concept_tree([(3, 4), (4, 3), (2,)], children, keys, labels)
    shown = [(r["key"], r["depth"], r["direct"], r["total"]) for r in rows]
    assert shown == [
        ("b", 0, 1, 3),  # {3, 4} twice (through « C ») and {2}
        ("c", 1, 2, 2),
        ("a", 0, 0, 2),  # the two {3, 4} fiches count once each under « A »
        ("c", 1, 2, 2),  # « C » under each of its broader concepts
        ("d", 1, 2, 2),
    ]
    assert "unused" not in {r["key"] for r in rows}
    assert year_counts([2001, None, 1999, 2001, 0]) == {2001: 2, 1999: 1}
