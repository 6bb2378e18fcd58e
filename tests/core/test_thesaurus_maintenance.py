"""Thesaurus maintenance (rename, merge, move, delete, relate) and the quality report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import nullcontext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.errors import NotFound, UserError, ValidationError
from kb_app.core.library import Library
from kb_app.core.storage.models import (
    Concept,
    ConceptBroader,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
    Fiche,
    FicheConcept,
    HistoryEntry,
    IndexOutbox,
)
from kb_app.core.thesaurus import maintenance, ops
from kb_app.core.thesaurus.maintenance import merge_concepts
from kb_app.core.thesaurus.quality import thesaurus_quality
from tests.core.shipped_thesaurus import shipped, unused_with_narrower

MCALAME = "ref-mcalame-2008-reforme-pac-panel"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"


@pytest.fixture
def lib(library_path: Path) -> Iterator[Library]:
    opened = Library(library_path)
    try:
        yield opened
    finally:
        opened.close()


TABLES = (
    Concept,
    ConceptLabel,
    ConceptBroader,
    ConceptRelated,
    ConceptGroupMember,
    FicheConcept,
    HistoryEntry,
    IndexOutbox,
)


def dump(lib: Library, session: Session | None = None) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the thesaurus tables (timestamps included) and the fiches' search text."""
    with nullcontext(session) if session else Session(lib.engine) as s:
        data = {
            model.__tablename__: [
                tuple(row)
                for row in s.execute(
                    select(model.__table__).order_by(*model.__table__.primary_key.columns)
                )
            ]
            for model in TABLES
        }
        data["search_text"] = list(
            s.execute(select(Fiche.key, Fiche.search_text).order_by(Fiche.id))
        )
        return data


def keys(refs: Any) -> set[str]:
    return {r.key for r in refs}


def bp_fiches(lib: Library) -> set[str]:
    """The fiches the seed indexes with « budget participatif », read before an operation."""
    found = keys(lib.concept("budget-participatif").fiches)
    assert "case-porto-alegre-budget-participatif" in found
    assert len(found) >= 2
    return found


# -- rename ----------------------------------------------------------------------------------


def test_rename_keeps_the_old_labels_as_alternatives(lib: Library) -> None:
    bp = bp_fiches(lib)
    detail = lib.rename_concept("budget participatif", "budget citoyen", "citizen budgeting")
    assert (detail.key, detail.label, detail.label_en) == (
        "budget-participatif",
        "budget citoyen",
        "citizen budgeting",
    )
    assert set(detail.alt_labels) == {
        "BP",
        "budgets participatifs",
        "budget participatif",
        "participatory budgeting",
    }
    assert lib.concept("budget participatif").key == "budget-participatif"
    assert lib.concept("participatory budgeting").key == "budget-participatif"
    assert keys(detail.fiches) == bp
    with Session(lib.engine) as s:
        texts = s.scalars(select(Fiche.search_text).where(Fiche.key.in_(bp))).all()
    assert len(texts) == len(bp)
    assert all("budget citoyen" in t and "citizen budgeting" in t for t in texts)


def test_search_finds_a_fiche_by_the_old_label_after_a_rename(lib: Library) -> None:
    bp = bp_fiches(lib)
    lib.rename_concept("budget-participatif", "zorglub municipal")
    assert set(lib.search_ids("zorglub").keys) == bp
    lib.rename_concept("budget-participatif", "quarkien civique")
    assert set(lib.search_ids("quarkien").keys) == bp
    assert set(lib.search_ids("zorglub").keys) == bp  # the old label, now an alt
    assert lib.concept("zorglub municipal").label == "quarkien civique"


def test_rename_without_keeping_the_old_label(lib: Library) -> None:
    lib.rename_concept("budget-participatif", "zorglub municipal", keep_old_as_alt=False)
    lib.rename_concept("budget-participatif", "quarkien civique", keep_old_as_alt=False)
    assert lib.search_ids("zorglub").keys == ()
    with pytest.raises(NotFound):
        lib.concept("zorglub municipal")
    assert set(lib.concept("budget-participatif").alt_labels) == {"BP", "budgets participatifs"}


def test_rename_promotes_an_alternative_label_and_ignores_case_only_changes(lib: Library) -> None:
    detail = lib.rename_concept("subsidiarite", "principe de subsidiarité")
    assert detail.label == "principe de subsidiarité"
    assert detail.alt_labels == ("subsidiarité",)  # « principe de subsidiarité » left the alts
    detail = lib.rename_concept("ong", "Ong", "")  # blank English label: removed
    assert (detail.label, detail.label_en) == ("Ong", None)
    assert detail.alt_labels == (  # « ONG » folds like « Ong »: not kept
        "non-governmental organisations (NGOs)",
        "organisations de la société civile",
        "organisations non gouvernementales",
        "tiers secteur",
    )


# -- merge -----------------------------------------------------------------------------------


def test_merge_moves_fiches_labels_links_and_groups(lib: Library) -> None:
    lib.record_visit(concept="panel-de-citoyens")
    before = lib.concept("conference-de-citoyens")
    source = lib.concept("panel-de-citoyens")
    summary = lib.merge_concepts("panel-de-citoyens", "conference de citoyens")
    assert (summary.source.key, summary.target.key) == (
        "panel-de-citoyens",
        "conference-de-citoyens",
    )
    assert (summary.fiches_moved, summary.fiches_already_indexed) == (4, 3)
    assert set(summary.labels_added) == {
        "panel de citoyens",
        "citizens' panel",
        "panel citoyen",
    }
    assert summary.labels_skipped == ()
    with pytest.raises(NotFound):
        lib.concept("panel-de-citoyens")
    after = lib.concept("panel de citoyens")  # the old label reaches the target
    assert after.key == "conference-de-citoyens"
    assert keys(after.fiches) == keys(before.fiches) | keys(source.fiches)
    assert len(after.fiches) == 4
    assert set(after.alt_labels) == set(before.alt_labels) | set(summary.labels_added)
    # no self link; the source's « espace rural » joins the target's own related concepts
    assert keys(after.related) == {"deliberation", "espace-rural", "jury-citoyen"}
    assert keys(after.broader) == {"mini-public"}
    assert after.groups == ("Formes de démocratie",)
    assert [(kind, key) for kind, key, _, _ in lib.history()] == [
        ("concept", "conference-de-citoyens")
    ]
    with Session(lib.engine) as s:
        target_id = s.scalar(select(Concept.id).where(Concept.key == "conference-de-citoyens"))
        rows = s.scalars(select(FicheConcept).where(FicheConcept.concept_id == target_id)).all()
        assert len(rows) == 4  # one row per fiche: no duplicate
        assert s.scalar(select(Concept.id).where(Concept.key == "panel-de-citoyens")) is None


def test_search_finds_the_source_fiches_by_the_target_label_after_a_merge(lib: Library) -> None:
    assert MCALAME not in lib.search_ids("conférence de citoyens").keys
    lib.merge_concepts("panel-de-citoyens", "conference-de-citoyens")
    assert MCALAME in lib.search_ids("conférence de citoyens").keys
    assert MCALAME in lib.search_ids('concept:"conférence de citoyens"').keys
    assert MCALAME in lib.search_ids('concept:"panel citoyen"').keys  # the source's alt label


def test_merge_of_a_narrower_concept_into_its_broader_drops_the_self_loop(lib: Library) -> None:
    source, target_before = bp_fiches(lib), keys(lib.concept("democratie-participative").fiches)
    assert source & target_before  # fiches indexed with both: one row each after the merge
    summary = lib.merge_concepts("budget-participatif", "democratie-participative")
    assert (summary.fiches_moved, summary.fiches_already_indexed) == (
        len(source),
        len(source & target_before),
    )
    target = lib.concept("democratie-participative")
    assert keys(target.narrower) == {"concertation", "conseils-citoyens"}
    assert keys(target.related) == {
        "democratie-deliberative",
        "democratie-locale",
        "implication-citoyenne",
        "redistribution",
    }
    assert keys(target.fiches) == source | target_before
    with Session(lib.engine) as s:
        cid = s.scalar(select(Concept.id).where(Concept.key == "democratie-participative"))
        loops = s.scalars(
            select(ConceptBroader).where(
                ConceptBroader.narrower_id == cid, ConceptBroader.broader_id == cid
            )
        ).all()
        assert loops == []


def test_merge_skips_a_label_another_concept_uses(lib: Library) -> None:
    with Session(lib.engine) as s, s.begin():  # a clash the GUI could not make: imported data
        cid = s.scalar(select(Concept.id).where(Concept.key == "biens-communs"))
        s.add(ConceptLabel(concept_id=cid, label="Gouvernance", lang="fr", kind="alt"))
    summary = lib.merge_concepts("biens-communs", "bien-commun")
    assert summary.labels_skipped == ("Gouvernance",)
    assert "Gouvernance" not in lib.concept("bien-commun").alt_labels
    assert lib.concept("gouvernance").key == "gouvernance"


def test_merge_session_function_works_inside_a_caller_transaction(lib: Library) -> None:
    with Session(lib.engine) as s, s.begin():
        summary = merge_concepts(s, "capital-social", "capital-immateriel")
        assert summary.labels_added == ("capital social", "social capital", "réseaux de confiance")
    assert lib.concept("réseaux de confiance").key == "capital-immateriel"


# -- move, delete, relate --------------------------------------------------------------------


def test_move_replaces_the_broader_concepts(lib: Library) -> None:
    detail = lib.move_concept(
        "budget-participatif", ["gouvernance", "démocratie locale", "gouvernance"]
    )
    assert keys(detail.broader) == {"gouvernance", "democratie-locale"}
    assert "budget-participatif" in keys(lib.concept("gouvernance").narrower)
    assert "budget-participatif" not in keys(lib.concept("democratie-participative").narrower)
    top = lib.move_concept("budget-participatif", [])
    assert top.broader == ()
    row = next(r for r in lib.concept_tree() if r.key == "budget-participatif")
    assert row.depth == 0


def test_delete_reattaches_narrower_concepts(lib: Library) -> None:
    # the shipped seed uses (almost) every concept: delete one no fiche is indexed with
    parent = lib.add_concept("filière d'essai", broader=["gouvernance"])
    child = lib.add_concept("sous-filière d'essai", broader=[parent.key])
    summary = lib.delete_concept("filière d'essai")
    assert (summary.concept.key, summary.reattached) == (parent.key, (child.key,))
    assert keys(lib.concept(child.key).broader) == {"gouvernance"}
    with pytest.raises(NotFound):
        lib.concept(parent.key)
    assert "filière d'essai" not in {label for _, label, _ in lib.concept_labels()}


def test_relate_and_unrelate(lib: Library) -> None:
    detail = lib.relate_concepts("budget participatif", "ONG")
    assert "ong" in keys(detail.related)
    assert "budget-participatif" in keys(lib.concept("ong").related)
    lib.relate_concepts("ong", "budget-participatif")  # again: nothing to add
    detail = lib.unrelate_concepts("ong", "budget-participatif")
    assert "budget-participatif" not in keys(detail.related)


# -- refusals change nothing -----------------------------------------------------------------

Refusal = tuple[str, tuple[str | list[str], ...], type[Exception], str]

REFUSALS: dict[str, Refusal] = {
    "rename-empty": ("rename_concept", ("ong", "   "), ValidationError, "needs a French label"),
    "rename-clash-pref": (
        "rename_concept",
        ("ong", "GOUVERNANCE MONDIALE"),
        ValidationError,
        "« GOUVERNANCE MONDIALE » is already used by the concept « gouvernance mondiale »",
    ),
    "rename-clash-alt": (
        "rename_concept",
        ("ong", "gouvernance locale"),
        ValidationError,
        "« gouvernance locale » is already used by the concept « gouvernance territoriale »",
    ),
    "rename-clash-en": (
        "rename_concept",
        ("ong", "ONG", "governance"),
        ValidationError,
        "« governance » is already used by the concept « gouvernance »",
    ),
    "rename-too-long": ("rename_concept", ("ong", "x" * 301), ValidationError, "at most 300"),
    "rename-unknown": ("rename_concept", ("nope", "y"), NotFound, "no concept « nope »"),
    "merge-itself": (
        "merge_concepts",
        ("ong", "ONG"),
        ValidationError,
        "« ONG » cannot be merged into itself",
    ),
    "merge-cycle": (
        "merge_concepts",
        ("co-construction", "gouvernance-territoriale"),
        ValidationError,
        "merging « co-construction » into « gouvernance territoriale » would make a cycle of "
        "broader concepts: « gouvernance territoriale » → « coproduction du bien public » → "
        "« gouvernance territoriale »",
    ),
    "move-itself": (
        "move_concept",
        ("ong", ["ong"]),
        ValidationError,
        "« ONG » cannot be its own broader concept",
    ),
    "move-under-narrower": (
        "move_concept",
        ("gouvernance", ["co-construction"]),
        ValidationError,
        "« gouvernance » would be under its own narrower concept « co-construction » "
        "(cycle: « gouvernance » → « co-construction » → « coproduction du bien public » → "
        "« gouvernance territoriale » → « gouvernance »)",
    ),
    "move-unknown": (
        "move_concept",
        ("ong", ["gouvernance", "nulle part"]),
        ValidationError,
        "no concept « nulle part »",
    ),
    "delete-used": (
        "delete_concept",
        ("budget-participatif",),
        ValidationError,
        "« budget participatif » cannot be deleted: ",  # the count follows the seed's indexing
    ),
    "delete-unknown": ("delete_concept", ("nope",), NotFound, "no concept « nope »"),
    "relate-itself": (
        "relate_concepts",
        ("ong", "ONG"),
        ValidationError,
        "« ONG » cannot be related to itself",
    ),
    "relate-hierarchy": (
        "relate_concepts",
        ("gouvernance", "co-construction"),
        ValidationError,
        "« co-construction » and « gouvernance » cannot be related: one is already under the other",
    ),
    "unrelate-unrelated": (
        "unrelate_concepts",
        ("ong", "filiere"),
        ValidationError,
        "« filière » and « ONG » are not related",
    ),
}


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refusal_changes_nothing(lib: Library, name: str) -> None:
    method, args, error, message = REFUSALS[name]
    before = dump(lib)
    with pytest.raises(error) as caught:
        getattr(lib, method)(*args)
    assert message in str(caught.value)
    assert isinstance(caught.value, UserError)
    assert dump(lib) == before


@pytest.mark.parametrize("name", sorted(REFUSALS))
def test_a_refusal_is_found_before_any_write(lib: Library, name: str) -> None:
    """The session-level function refuses before it writes: its own session sees no change."""
    method, args, error, _ = REFUSALS[name]
    before = dump(lib)
    with Session(lib.engine) as s, s.begin():
        with pytest.raises(error):
            getattr(maintenance if hasattr(maintenance, method) else ops, method)(s, *args)
        assert not s.new
        assert not s.dirty
        assert not s.deleted
        assert dump(lib, s) == before


def test_delete_names_fiches_in_the_trash(lib: Library) -> None:
    lib.delete("ref-guiheneuf-2008-chronique-conference-citoyens")
    lib.unindex("ana-au-dela-democratie-participative", ["conférence de citoyens"])
    lib.unindex("case-panel-citoyens-europeen-rural", ["conférence de citoyens"])
    before = dump(lib)
    with pytest.raises(ValidationError) as caught:
        lib.delete_concept("conference-de-citoyens")
    assert "1 fiche(s) indexed with it (1 in the trash)" in str(caught.value)
    assert dump(lib) == before


# -- quality report --------------------------------------------------------------------------


def test_quality_of_the_seeded_library(lib: Library) -> None:
    report = lib.thesaurus_quality()
    assert report.concepts == len(shipped().thesaurus.concepts) == 95
    unused = unused_with_narrower()
    assert keys(report.unused) == unused
    assert report.counts() == {
        "without_definition": 0,
        "without_english": 0,
        "unused": len(unused),
        "orphans": 0,
        "label_clashes": 0,
        "cycle": 0,
        "fiches_without_concept": 0,
    }


def test_quality_finds_every_kind_of_problem(lib: Library) -> None:
    lib.add_concept("concept d'essai")  # no definition, no English, unused, in no group
    parent = lib.add_concept("parent d'essai", label_en="test parent", definition="Un parent.")
    lib.move_concept("ong", [parent.key])  # used through its narrower concept: not unused
    lib.update_concept(
        "bien-prive",
        label="bien privé",
        label_en="private good",
        definition=lib.concept("bien-prive").definition,
        alt_labels=["Bien Public"],
    )
    for key in ("res-fph", DOSSIER):
        lib.unindex(key, [c.label for c in lib.get(key).concepts])
    with Session(lib.engine) as s, s.begin():  # a cycle only a hostile import could make
        ids = dict(s.execute(select(Concept.key, Concept.id)).all())
        s.add(
            ConceptBroader(narrower_id=ids["gouvernance"], broader_id=ids["gouvernance-mondiale"])
        )
    with Session(lib.engine) as s:
        report = thesaurus_quality(s)
    assert report.concepts == len(shipped().thesaurus.concepts) + 2
    assert keys(report.without_definition) == {"concept-d-essai"}
    assert keys(report.without_english) == {"concept-d-essai"}
    unused = unused_with_narrower(frozenset({"res-fph", DOSSIER})) | {"concept-d-essai"}
    assert keys(report.unused) == unused
    assert keys(report.orphans) == {"concept-d-essai", "parent-d-essai"}
    assert [(c.label, keys(c.concepts)) for c in report.label_clashes] == [
        ("bien public", {"bien-prive", "bien-public"})
    ]
    assert [c.key for c in report.cycle] in (
        ["gouvernance", "gouvernance-mondiale", "gouvernance"],
        ["gouvernance-mondiale", "gouvernance", "gouvernance-mondiale"],
    )
    assert {(f.key, f.kind) for f in report.fiches_without_concept} == {
        ("res-fph", "resource"),
        (DOSSIER, "dossier"),
    }
    assert report.unindexed_by_kind() == {"dossier": 1, "resource": 1}
    data = json.loads(json.dumps(report.to_dict()))
    assert data["counts"]["unused"] == len(unused)
    assert data["label_clashes"][0]["concepts"][0]["key"] == "bien-prive"
    assert data["fiches_without_concept_by_kind"] == {"dossier": 1, "resource": 1}


def test_quality_ignores_trashed_fiches(lib: Library) -> None:
    lib.unindex("res-fph", [c.label for c in lib.get("res-fph").concepts])
    lib.delete("res-fph")
    report = lib.thesaurus_quality()
    assert report.fiches_without_concept == ()
    assert keys(report.unused) == unused_with_narrower(frozenset({"res-fph"}))
