"""The shipped thesaurus as a documentalist would check it: its shape, both atlas axes, two
languages throughout, clean labels, the corrections of issue 16 pinned, and every concept
either used by a seed fiche or kept for a reason written in the file itself."""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import pytest

from kb_app.core.library import Library
from kb_app.core.paths import resources_dir
from kb_app.core.text import fold
from kb_app.core.thesaurus.skos import ConceptRecord, ThesaurusData, load_skos
from tests.core.shipped_thesaurus import direct_uses

TTL = resources_dir() / "thesaurus" / "thesaurus.ttl"
NS = "https://kb-app.invalid/thesaurus/"
COMPONENTS = {
    "composante-societe": "Société et territoire",
    "composante-economie": "Économie et territoire",
    "composante-ecosystemes": "Écosystèmes territoriaux",
    "composante-equipements-reseaux": "Équipements et réseaux",
    "composante-capital-culturel": "Capital culturel et immatériel des territoires",
    "composante-organisation-espace": "Organisation de l'espace",
    "composante-flux": "Flux",
}
ANGLES = {
    "angle-legitimite": "Légitimité et enracinement des pouvoirs",
    "angle-democratie-citoyennete": "Démocratie et citoyenneté",
    "angle-competence-pertinence": "Compétence et pertinence des dispositifs",
    "angle-cooperation-partenariat": "Coopération et partenariat entre acteurs",
    "angle-articulation-echelles": "Articulation des échelles",
}
JUSTIFIED = "Non utilisé : "


@cache
def data() -> ThesaurusData:
    return load_skos(TTL)


@cache
def graph() -> Any:
    import rdflib

    return rdflib.Graph().parse(TTL, format="turtle")


def concept(key: str) -> ConceptRecord:
    return next(c for c in data().concepts if c.key == key)


def ancestors(key: str) -> set[str]:
    by_uri = {c.uri: c for c in data().concepts}
    found: set[str] = set()
    todo = [key]
    while todo:
        for uri in concept(todo.pop()).broader:
            if by_uri[uri].key not in found:
                found.add(by_uri[uri].key)
                todo.append(by_uri[uri].key)
    return found


def literals(key: str) -> list[str]:
    """Every literal the file gives the concept (labels, definitions, notes)."""
    import rdflib

    node = rdflib.URIRef(NS + key)
    return [str(o) for _, o in graph().predicate_objects(node) if isinstance(o, rdflib.Literal)]


def editorial_notes(key: str) -> list[str]:
    from rdflib import URIRef
    from rdflib.namespace import SKOS

    return [str(o) for o in graph().objects(URIRef(NS + key), SKOS.editorialNote)]


# -- shape ------------------------------------------------------------------------------------


def test_at_most_eight_top_concepts_and_the_scheme_names_exactly_them() -> None:
    from rdflib.namespace import SKOS

    tops = {c.uri for c in data().concepts if not c.broader}
    assert 1 <= len(tops) <= 8
    declared = {str(o) for o in graph().objects(None, SKOS.hasTopConcept)}
    marked = {str(s) for s in graph().subjects(SKOS.topConceptOf, None)}
    assert declared == marked == tops


def test_both_atlas_axes_are_collections_of_concepts_with_the_agreed_labels() -> None:
    groups = {g.key: g for g in data().groups}
    labels = {c.uri: c.pref_fr for c in data().concepts}
    components = groups["axe-composantes"]
    assert components.label_fr == "Composantes du territoire"
    assert {m.removeprefix(NS): labels[m] for m in components.members} == COMPONENTS
    angles = groups["axe-angles"]
    assert angles.label_fr == "Angles de la gouvernance"
    assert len(angles.members) >= 5
    assert {m.removeprefix(NS): labels[m] for m in angles.members} == ANGLES
    assert "articulation des échelles" not in {
        fold(label) for label, _ in concept("gouvernance-multiniveaux").alt_labels
    }


def test_every_concept_has_french_and_english_labels_and_definitions() -> None:
    missing = [
        c.key
        for c in data().concepts
        if not (c.pref_fr and c.pref_en and c.definition and c.definition_en)
    ]
    assert missing == []
    untranslated = [c.key for c in data().concepts if c.definition == c.definition_en]
    assert untranslated == []


def test_every_concept_is_in_a_facet_or_an_axis() -> None:
    members = {m for g in data().groups for m in g.members}
    assert [c.key for c in data().concepts if c.uri not in members] == []


def test_no_alternative_label_is_the_label_of_another_concept_or_of_a_group() -> None:
    owner: dict[str, str] = {}
    clashes = []
    for c in data().concepts:
        for label in ({c.pref_fr, c.pref_en or ""} | {a for a, _ in c.alt_labels}) - {""}:
            other = owner.setdefault(fold(label), c.key)
            if other != c.key:
                clashes.append((label, other, c.key))
    assert clashes == []
    group_labels = {fold(g.label_fr) for g in data().groups}
    assert group_labels.isdisjoint(owner), group_labels & set(owner)


def test_no_concept_is_related_to_one_of_its_broader_concepts() -> None:
    by_uri = {c.uri: c.key for c in data().concepts}
    wrong = [
        (c.key, by_uri[r])
        for c in data().concepts
        for r in c.related
        if by_uri[r] in ancestors(c.key) or c.key in ancestors(by_uri[r])
    ]
    assert wrong == []


# -- corrections (issue 16, FACTS-2 §1) ---------------------------------------------------------


def test_the_world_bank_is_dated_1989_and_1992_never_1986() -> None:
    for c in data().concepts:
        for text in literals(c.key):
            if "Banque mondiale" in text or "World Bank" in text:
                assert "1986" not in text, (c.key, text)
    definition = concept("bonne-gouvernance").definition or ""
    assert "1989" in definition
    assert "1992" in definition


def test_intercommunalities_are_not_collectivites_territoriales() -> None:
    for key in ("intercommunalite", "metropole"):
        assert "collectivites-territoriales" not in ancestors(key)
    assert "sans être des collectivités territoriales" in (
        concept("intercommunalite").definition or ""
    )
    assert "article 72" in (concept("intercommunalite").definition or "")
    definition = concept("collectivites-territoriales").definition or ""
    assert "comme les intercommunalités, n'en font pas partie" in definition
    assert "EPCI" not in {a for a, _ in concept("collectivites-territoriales").alt_labels}


def test_the_course_says_a_solution_satisfactory_to_all() -> None:
    text = TTL.read_text(encoding="utf-8")
    assert re.search(r"acceptable (par|pour) tous", text) is None
    assert "solution satisfaisante pour tous" in (
        concept("gouvernance-territoriale").definition or ""
    )
    assert "solution satisfaisante pour tous" in (
        concept("accompagnement-des-acteurs").definition or ""
    )


def test_ostrom_has_eight_design_principles() -> None:
    notes = " ".join(literals("biens-communs"))
    assert "huit principes" in notes
    assert "sept principes" not in notes


def test_coredem_and_porto_alegre_as_facts_2_corrects_them() -> None:
    # COREDEM is dated where the course names it, CITEGO's organisation fiche: 2009, with
    # DPH's idea from 1986 (FACTS-2 §1.7); the thesaurus itself does not date it.
    citego = (resources_dir() / "seed" / "resources" / "res-citego.md").read_text("utf-8")
    assert "COREDEM depuis 2009" in citego
    assert "DPH depuis 1986" in citego
    assert not re.search(r"COREDEM[^.\n]{0,40}1986", citego)
    assert not any("COREDEM" in text for c in data().concepts for text in literals(c.key))
    definition = concept("budget-participatif").definition or ""
    assert "pionnier" not in definition
    assert "premier modèle consolidé" in definition


def test_no_shipped_text_names_the_software() -> None:
    assert "kb_app" not in TTL.read_text(encoding="utf-8")


# -- use by the seed ----------------------------------------------------------------------------


def test_every_concept_is_used_by_a_fiche_or_justified_in_the_file() -> None:
    """A concept no seed fiche cites carries a « Non utilisé : » editorial note saying why it is
    kept; a concept that has found a fiche must lose its note (no stale justification)."""
    uses = direct_uses()
    unjustified, stale = [], []
    for c in data().concepts:
        justified = [n for n in editorial_notes(c.key) if n.startswith(JUSTIFIED)]
        if c.key in uses and justified:
            stale.append(c.key)
        if c.key not in uses and not justified:
            unjustified.append(c.key)
    assert unjustified == []
    assert stale == []


@pytest.mark.parametrize("key", ["bien-commun", "composante-flux", "angle-legitimite"])
def test_the_library_keeps_both_definitions(library: Library, key: str) -> None:
    detail = library.concept(key)
    assert detail.definition == concept(key).definition
    assert detail.definition_en == concept(key).definition_en
    assert detail.definition_en
    assert detail.to_dict()["definition_en"] == detail.definition_en
