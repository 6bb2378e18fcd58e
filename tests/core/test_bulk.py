"""Verbs on many fiches at once: one transaction each, exact reports of what changed, and a
missing key that changes nothing."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import FicheDraft
from kb_app.core.errors import NotFound, UserError, ValidationError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.storage import fiches as store
from kb_app.core.storage.models import Fiche, IndexOutbox

PORTO = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
VALIN = "ref-valin-2007-services-publics-europe"
CGLU = "res-cglu"
FPH = "res-fph"


def concepts(library: Library, key: str) -> set[str]:
    return {c.key for c in library.get(key).concepts}


def outbox_keys(library: Library) -> list[str]:
    with Session(library.engine) as s:
        return list(s.scalars(select(IndexOutbox.fiche_key)))


def search_texts(library: Library) -> dict[str, str]:
    with Session(library.engine) as s:
        return dict(s.execute(select(Fiche.key, Fiche.search_text)).all())


def test_index_many_adds_only_what_is_missing_and_undoes_exactly(library: Library) -> None:
    before = {k: concepts(library, k) for k in (PORTO, VALIN, CGLU)}
    assert "budget-participatif" in before[PORTO]
    added = library.index_many([PORTO, VALIN, CGLU], ["Budget participatif", "ONG"])
    assert added["budget-participatif"] == [k for k in (VALIN, CGLU) if k != PORTO]
    assert set(added["ong"]) == {k for k in (PORTO, VALIN, CGLU) if "ong" not in before[k]}
    for key in (PORTO, VALIN, CGLU):
        assert {"budget-participatif", "ong"} <= concepts(library, key)
    # the plain search sees the new labels: the text is what a single change computes
    assert "budget participatif" in search_texts(library)[VALIN]
    assert {h.id for h in library.search('concept:"ONG"').hits} >= {PORTO, VALIN, CGLU}
    # undoing removes exactly what was added: Porto keeps its own budget participatif
    for ckey, keys in added.items():
        library.unindex_many(keys, [ckey])
    assert {k: concepts(library, k) for k in (PORTO, VALIN, CGLU)} == before


def test_an_undo_by_pairs_is_whole_or_nothing(library: Library) -> None:
    """``unindex_pairs`` (the undo of an ``index_many``) checks every fiche before writing:
    a fiche trashed meanwhile stops it, and no concept was taken from the others."""
    before = concepts(library, CGLU)
    added = library.index_many([VALIN, CGLU], ["ONG", "décentralisation"])
    assert set(added) == {"ong", "decentralisation"}
    assert CGLU in added["ong"]
    library.delete(VALIN)
    with pytest.raises(NotFound):
        library.unindex_pairs(added)
    assert {"ong", "decentralisation"} <= concepts(library, CGLU)  # nothing half-undone
    library.restore(VALIN)
    assert library.unindex_pairs(added) == added
    assert concepts(library, CGLU) == before
    assert library.index_pairs(added) == added  # and redone, the same pairs


def test_index_many_search_text_matches_a_full_recompute(library: Library) -> None:
    library.index_many([VALIN, CGLU], ["décentralisation"])
    with Session(library.engine) as s:
        for row in s.scalars(select(Fiche).where(Fiche.key.in_([VALIN, CGLU]))):
            before = row.search_text
            store.refresh_search_text(s, row)
            assert row.search_text == before


def test_unindex_many_reports_the_fiches_that_had_the_concept(library: Library) -> None:
    assert "redistribution" in concepts(library, PORTO)
    assert "redistribution" not in concepts(library, VALIN)
    removed = library.unindex_many([PORTO, VALIN], ["redistribution"])
    assert removed == {"redistribution": [PORTO]}
    assert "redistribution" not in concepts(library, PORTO)
    added = library.index_many(removed["redistribution"], ["redistribution"])
    assert added == {"redistribution": [PORTO]}


def test_delete_and_restore_many(library: Library) -> None:
    assert library.delete_many([VALIN, CGLU, VALIN]) == [VALIN, CGLU]
    assert {f.key for f in library.trash()} == {VALIN, CGLU}
    # the index followed in the same change: a trashed fiche is no longer found
    assert VALIN not in {h.id for h in library.search("services publics Europe").hits}
    assert library.restore_many([CGLU, VALIN]) == [CGLU, VALIN]
    assert library.trash() == []
    with pytest.raises(UserError) as raised:
        library.restore_many([VALIN])
    assert raised.value.params["key"] == VALIN


def test_dossier_add_many_appends_new_members_and_removes_them(library: Library) -> None:
    members = [m.key for m in library.get(DOSSIER).members]
    outside = [f.key for f in library.list_fiches() if f.key not in [*members, DOSSIER]][:2]
    assert PORTO in members
    assert len(outside) == 2
    added = library.dossier_add_many(DOSSIER, [*outside, PORTO, DOSSIER])
    assert added == outside
    after = [m.key for m in library.get(DOSSIER).members]
    assert after == members + added  # Porto stays where it was
    assert library.dossier_remove_many(DOSSIER, added) == added
    assert [m.key for m in library.get(DOSSIER).members] == members
    with pytest.raises(UserError):
        library.dossier_add_many(PORTO, [CGLU])


def test_basket_add_many_keeps_the_order_and_skips_what_is_in(library: Library) -> None:
    library.basket_add(GENRO)
    assert library.basket_add_many([VALIN, GENRO, CGLU]) == [VALIN, CGLU]
    assert [f.key for f in library.basket()] == [GENRO, VALIN, CGLU]
    assert library.basket_remove_many([CGLU, VALIN, PORTO]) == [CGLU, VALIN]
    assert [f.key for f in library.basket()] == [GENRO]


@pytest.mark.parametrize(
    "verb",
    [
        lambda lib, keys: lib.index_many(keys, ["ONG"]),
        lambda lib, keys: lib.unindex_many(keys, ["budget participatif"]),
        lambda lib, keys: lib.delete_many(keys),
        lambda lib, keys: lib.dossier_add_many(DOSSIER, keys),
        lambda lib, keys: lib.basket_add_many(keys),
    ],
    ids=["index", "unindex", "delete", "dossier", "basket"],
)
def test_a_missing_key_is_named_and_changes_nothing(library: Library, verb: object) -> None:
    before = (
        {k: concepts(library, k) for k in (PORTO, VALIN)},
        library.trash(),
        [m.key for m in library.get(DOSSIER).members],
        library.basket(),
        outbox_keys(library),
    )
    with pytest.raises(NotFound) as raised:
        verb(library, [VALIN, PORTO, "no-such-fiche", CGLU])  # type: ignore[operator]
    assert raised.value.params["key"] == "no-such-fiche"
    after = (
        {k: concepts(library, k) for k in (PORTO, VALIN)},
        library.trash(),
        [m.key for m in library.get(DOSSIER).members],
        library.basket(),
        outbox_keys(library),
    )
    assert after == before


def test_a_fiche_in_the_trash_is_not_found_and_an_unknown_concept_refused(
    library: Library,
) -> None:
    library.delete(CGLU)
    with pytest.raises(NotFound):
        library.index_many([VALIN, CGLU], ["ONG"])
    with pytest.raises(ValidationError):
        library.index_many([VALIN], ["pas un concept du tout"])
    assert "ong" not in concepts(library, VALIN)


def test_thirteen_hundred_fiches_in_one_transaction_each(library_path: Path) -> None:
    """The verbs themselves (the index follows the change log later: « off » here)."""
    with Library.open(library_path, indexing="off") as library:
        drafts = [
            FicheDraft(
                kind="reference", title=f"Référence {n}", date="2001", details={"type": "book"}
            )
            for n in range(1300)
        ]
        keys = run_job(library.add_many(drafts, len(drafts)))
        started = time.perf_counter()
        added = library.index_many(keys, ["ONG", "décentralisation"])
        library.basket_add_many(keys)
        library.dossier_add_many(DOSSIER, keys)
        library.unindex_many(keys, ["ONG"])
        library.delete_many(keys)
        library.restore_many(keys)
        spent = time.perf_counter() - started
        assert len(added["ong"]) == 1300
        assert len(library.basket()) == 1300
        assert concepts(library, keys[-1]) == {"decentralisation"}
        assert spent < 10, spent
