"""The Library facade: reads, every mutation as one transaction, personal state."""

from __future__ import annotations

import dataclasses

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kb_app.core.dto import AgentDraft, FicheDraft, LinkDraft
from kb_app.core.errors import NotFound, UserError, ValidationError
from kb_app.core.library import Library
from kb_app.core.storage.models import Fiche, IndexOutbox

PORTO = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"
DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"


def draft(**changes: object) -> FicheDraft:
    base = FicheDraft(
        kind="reference",
        title="Une référence de test sur la démocratie locale",
        date="2020",
        concepts=("démocratie locale", "décentralisation"),
        agents=(AgentDraft("Dupont, Jeanne", "author"),),
        links=(LinkDraft("related", GENRO),),
        details={"type": "book", "publisher": "Éditions de test", "pages": 120},
    )
    return dataclasses.replace(base, **changes)  # type: ignore[arg-type]


def outbox(library: Library) -> list[tuple[str, str]]:
    with Session(library.engine) as s:
        return [
            (r.fiche_key, r.op) for r in s.scalars(select(IndexOutbox).order_by(IndexOutbox.id))
        ]


def fiche_count(library: Library) -> int:
    with Session(library.engine) as s:
        return int(s.scalar(select(func.count()).select_from(Fiche)) or 0)


def test_get_returns_frozen_data_with_links(library: Library) -> None:
    porto = library.get(PORTO)
    assert porto.kind == "case"
    assert porto.details["country"] == "Brésil"
    assert GENRO in {ln.fiche.key for ln in porto.links_out}
    assert DOSSIER in {d.key for d in porto.dossiers}
    assert "budget participatif" in {c.label for c in porto.concepts}
    with pytest.raises(dataclasses.FrozenInstanceError):
        porto.title = "x"  # type: ignore[misc]
    assert library.get(porto.id).key == PORTO  # by number too


def test_backlinks_cite(library: Library) -> None:
    genro = library.get(GENRO)
    citing = {ln.fiche.key for ln in genro.links_in if ln.type == "cites"}
    assert "ana-au-dela-democratie-participative" in citing


def test_dossier_members_are_ordered(library: Library) -> None:
    members = [m.key for m in library.get(DOSSIER).members]
    assert members[0] == "ref-calame-2013-synthese-ecocity"
    assert members[10] == "res-cglu"
    assert members[12] == "res-guni"
    assert len(members) >= 13


def test_add_update_delete_restore(library: Library) -> None:
    added = library.add(draft())
    assert added.key == "ref-une-reference-de-test-sur-la-democratie-locale"
    assert {c.label for c in added.concepts} == {"démocratie locale", "décentralisation"}
    assert added.agents[0].name == "Dupont, Jeanne"
    assert library.get(GENRO).links_in  # backlink exists
    second = library.add(draft())
    assert second.key.endswith("-2")
    updated = library.update(
        added.key, draft(title="Titre corrigé", concepts=("ONG", "entreprises"))
    )
    assert updated.title == "Titre corrigé"
    assert {c.label for c in updated.concepts} == {"ONG", "entreprises"}
    library.delete(added.key)
    assert added.key not in {f.key for f in library.list_fiches("reference")}
    assert added.key in {f.key for f in library.trash()}
    assert library.get(added.key).deleted
    library.restore(added.key)
    assert not library.get(added.key).deleted
    ops = outbox(library)[-4:]
    assert ops == [
        (second.key, "upsert"),
        (added.key, "upsert"),
        (added.key, "delete"),
        (added.key, "upsert"),
    ]


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"concepts": ("concept inconnu",)}, "unknown"),
        ({"links": (LinkDraft("cites", "no-such-fiche"),)}, "unknown fiche"),
        ({"kind": "essay"}, "kind"),
        ({"title": ""}, "title"),
        ({"date": "vers 2010"}, "date"),
        ({"agents": (AgentDraft("X", "hero"),)}, "role"),
    ],
)
def test_invalid_draft_changes_nothing(
    library: Library, changes: dict[str, object], message: str
) -> None:
    before = (fiche_count(library), outbox(library))
    with pytest.raises(ValidationError, match=message):
        library.add(draft(**changes))
    assert (fiche_count(library), outbox(library)) == before


def test_concept_labels_are_accent_and_language_insensitive(library: Library) -> None:
    added = library.add(draft(concepts=("DEMOCRATIE LOCALE", "participatory budgeting")))
    assert {c.key for c in added.concepts} == {
        library.concept("démocratie locale").key,
        library.concept("budget participatif").key,
    }


def test_link_index_unindex(library: Library) -> None:
    library.link(GENRO, "ana-coproduction-bien-public", "related")
    assert "ana-coproduction-bien-public" in {ln.fiche.key for ln in library.get(GENRO).links_out}
    with pytest.raises(ValidationError):
        library.link(GENRO, GENRO, "related")
    with pytest.raises(ValidationError):
        library.link(GENRO, PORTO, "likes")
    library.unlink(GENRO, "ana-coproduction-bien-public", "related")
    with pytest.raises(NotFound):
        library.unlink(GENRO, "ana-coproduction-bien-public", "related")
    detail = library.index(GENRO, ["ONG"])
    assert "ONG" in {c.label for c in detail.concepts}
    detail = library.unindex(GENRO, ["ONG"])
    assert "ONG" not in {c.label for c in detail.concepts}
    with pytest.raises(ValidationError):
        library.index(GENRO, ["pas un concept"])


def test_dossier_membership(library: Library) -> None:
    new = library.add(draft())
    members = library.dossier_add(DOSSIER, new.key, position=0)
    assert members[0].key == new.key
    members = library.dossier_add(DOSSIER, new.key)  # moving to the end
    assert members[-1].key == new.key
    members = library.dossier_remove(DOSSIER, new.key)
    assert new.key not in {m.key for m in members}
    with pytest.raises(UserError, match="not a dossier"):
        library.dossier_add(GENRO, new.key)


def test_basket_history_saved_searches_notes(library: Library) -> None:
    assert library.basket_add(PORTO)
    assert library.basket_add(GENRO)
    assert not library.basket_add(PORTO)
    library.basket_move(GENRO, 0)
    assert [f.key for f in library.basket()] == [GENRO, PORTO]
    library.basket_remove(GENRO)
    assert [f.key for f in library.basket()] == [PORTO]
    library.basket_clear()
    assert library.basket() == []
    library.record_visit(fiche=PORTO)
    library.record_visit(concept="bien commun")
    kinds = [h[0] for h in library.history()]
    assert kinds == ["concept", "fiche"]
    library.clear_history()
    assert library.history() == []
    library.save_search("cas", "type:cas")
    library.save_search("cas", "budget")
    assert library.saved_searches() == [("cas", "budget")]
    library.delete_saved_search("cas")
    with pytest.raises(NotFound):
        library.delete_saved_search("cas")
    library.set_note(PORTO, "À relire")
    assert library.note(PORTO) == "À relire"
    library.set_note(PORTO, "")
    assert library.note(PORTO) is None


def test_concept_detail_reaches_narrower(library: Library) -> None:
    concept = library.concept("gouvernance")
    assert {"gouvernance territoriale", "gouvernance mondiale"} <= {
        n.label for n in concept.narrower
    }
    via = {f.key for f, _ in concept.fiches_via_narrower}
    assert PORTO in via  # indexed with narrower concepts only
    assert concept.count_total >= concept.count_direct + len(via) - 0
    tree = library.concept_tree()
    root = next(r for r in tree if r.label == "gouvernance")
    assert root.depth == 0
    assert root.count_total == concept.count_total


def test_search_is_accent_insensitive_and_filtered(library: Library) -> None:
    result = library.search("democratie participative")
    keys = [h.id for h in result.hits]
    assert "ana-au-dela-democratie-participative" in keys
    assert result.facets["kind"]
    cases = library.search("budget", kind="case")
    assert cases.hits
    assert {h.kind for h in cases.hits} == {"case"}
    by_concept = library.search("", concept="démocratie participative", limit=100)
    assert PORTO in {h.id for h in by_concept.hits}
    assert library.search("xyzzy introuvable").total == 0


def test_render_body_resolves_wikilinks(library: Library) -> None:
    html = library.render_body(DOSSIER)
    assert 'href="kb:concept/' in html
    assert 'href="kb:fiche/res-cglu"' in html
    assert "broken-link" not in html
    assert "<table" in html


def test_backup_is_verified(library: Library) -> None:
    info = library.backup()
    assert info.verified
    assert info.size > 0
    with pytest.raises(ValidationError):
        library.backup(__import__("pathlib").Path(info.path))


def test_draft_round_trips_and_undoes_a_change(library: Library) -> None:
    before = library.get(PORTO)
    original = library.draft(PORTO)
    library.update(
        PORTO, dataclasses.replace(original, title="Titre modifié", concepts=("ONG", "entreprises"))
    )
    assert library.get(PORTO).title == "Titre modifié"
    library.update(PORTO, original)  # the undo of the last change
    after = library.get(PORTO)
    assert (after.title, after.concepts, after.agents, after.links_out, after.details) == (
        before.title,
        before.concepts,
        before.agents,
        before.links_out,
        before.details,
    )


def test_reading_list_formats(library: Library) -> None:
    md = library.reading_list([PORTO, GENRO], "markdown", "Mon panier")
    assert md.startswith("# Mon panier")
    assert "1. **Le budget participatif de Porto Alegre" in md
    page = library.reading_list([PORTO], "html")
    assert page.startswith("<!DOCTYPE html>")
    assert "<script" not in page
    with pytest.raises(ValidationError):
        library.reading_list([PORTO], "docx")


def test_concept_add_and_update(library: Library) -> None:
    added = library.add_concept("Tiers-lieux", label_en="third places", broader=["espace rural"])
    assert [b.label for b in added.broader] == ["espace rural"]
    with pytest.raises(ValidationError, match="already used"):
        library.add_concept("tiers lieux".replace(" ", "-").upper())
    updated = library.update_concept(
        added.key, label="Tiers-lieux", definition="Lieux partagés.", alt_labels=["tiers lieu"]
    )
    assert updated.alt_labels == ("tiers lieu",)
    assert library.concept("TIERS LIEU").key == added.key
    labels = {(k, kind) for k, _, kind in library.concept_labels()}
    assert (added.key, "alt") in labels


def test_renaming_a_concept_reaches_the_plain_search(library: Library) -> None:
    key = library.concept("budget participatif").key
    library.update_concept(key, label="budget participatif", alt_labels=["orcamentoxyz"])
    assert PORTO in library.search_ids("orcamentoxyz").keys


def test_add_many_is_all_or_nothing(library: Library) -> None:
    from kb_app.core.jobs import Cancelled, CancelToken, run_job

    drafts = [draft(title=f"Référence en masse {i}", key=f"bulk-{i:03d}") for i in range(7)]
    drafts = [dataclasses.replace(d, links=()) for d in drafts]
    keys = run_job(library.add_many(drafts, total=7))
    assert keys == [f"bulk-{i:03d}" for i in range(7)]
    assert library.get("bulk-003").agents[0].name == "Dupont, Jeanne"
    assert "bulk-004" in library.search_ids("masse").keys
    before = fiche_count(library)
    bad = [
        dataclasses.replace(drafts[0], key="bulk-x1"),
        draft(key="bulk-x2", concepts=("inconnu",)),
    ]
    with pytest.raises(ValidationError):
        run_job(library.add_many([dataclasses.replace(d, links=()) for d in bad]))
    assert fiche_count(library) == before
    token = CancelToken()
    token.cancel()
    many = (dataclasses.replace(drafts[0], key=f"bulk-c{i}") for i in range(1200))
    with pytest.raises(Cancelled):
        run_job(library.add_many(many, cancel=token))
    assert fiche_count(library) == before
