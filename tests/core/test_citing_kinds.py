"""Every fiche kind cited in both shipped ISO 690 styles: each reference type, an analysis,
a case, a dossier and an organisation's website. The strings were read against ISO 690 and
rendered by citeproc-js from the same CSL-JSON (scripts/check_citations.py): they agree but for
the differences declared in scripts/citation_deliberate.toml (abstracts left out, an
organisation's name in its own case, which no-break space)."""

from __future__ import annotations

import pytest

from kb_app.core.dto import AgentDraft as A
from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library

DRAFTS = {
    "book": FicheDraft(
        "reference",
        "Le Seigneur des Anneaux",
        subtitle="la Communauté de l'Anneau",
        date="2019",
        agents=(A("Tolkien, J. R. R.", "author"), A("Lauzon, Daniel", "translator")),
        details={
            "type": "book",
            "publisher": "Christian Bourgois",
            "place": "Paris",
            "isbn": "978-2-267-03117-1",
            "edition": "2",
        },
    ),
    "article": FicheDraft(
        "reference",
        "Le territoire, acteur pivot",
        date="2009-03",
        agents=(A("Calame, Pierre", "author"),),
        details={
            "type": "article",
            "container_title": "Revue française d'administration publique",
            "volume": "12",
            "issue": "3",
            "pages": "45-67",
        },
    ),
    "report": FicheDraft(
        "reference",
        "Synthèse d'Ecocity",
        date="2013-09-27",
        agents=(A("Calame, Pierre", "author"),),
        details={
            "type": "report",
            "publisher": "FPH",
            "place": "Paris",
            "number": "12",
            "url": "https://example.org/ecocity.pdf",
        },
    ),
    "speech": FicheDraft(
        "reference",
        "L'université citoyenne",
        date="2003-11-26",
        agents=(A("Calame, Pierre", "author"),),
        details={"type": "speech", "event": "Séminaire Universidade XXI", "place": "Brasília"},
    ),
    "note": FicheDraft(
        "reference",
        "Note sur la PAC",
        date="2008-01-04",
        agents=(A("Calame, Matthieu", "author"),),
        details={"type": "note", "publisher": "FPH"},
    ),
    "chapter": FicheDraft(
        "reference",
        "Tolkien et le Moyen Âge",
        date="2004",
        agents=(A("Ferré, Vincent", "author"), A("Devaux, Michaël", "editor")),
        details={
            "type": "chapter",
            "container_title": "Tolkien, trente ans après",
            "publisher": "Christian Bourgois",
            "place": "Paris",
            "pages": "11-30",
        },
    ),
    "webpage": FicheDraft(
        "reference",
        "Cités et gouvernements locaux unis",
        date="2020-05-02",
        agents=(A("CGLU", "author", "organisation"),),
        details={"type": "webpage", "container_title": "CGLU", "url": "https://www.uclg.org/fr"},
    ),
    "thesis": FicheDraft(
        "reference",
        "Le budget participatif",
        date="2010",
        agents=(A("Dupont, Marie", "author"),),
        details={
            "type": "thesis",
            "publisher": "Université Paris 8",
            "place": "Saint-Denis",
            "extra": {"csl:genre": "phdthesis"},
        },
    ),
    "conference": FicheDraft(
        "reference",
        "La démocratie locale",
        date="2007-05",
        agents=(A("Genro, Tarso", "author"),),
        details={
            "type": "conference",
            "container_title": "Actes du forum",
            "event": "Forum social mondial",
            "pages": "5-9",
            "publisher": "ECLM",
            "place": "Paris",
        },
    ),
    "other": FicheDraft(
        "reference",
        "Carte des territoires",
        date="1998",
        agents=(A("IGN", "author", "organisation"),),
        details={"type": "other", "publisher": "IGN", "place": "Paris"},
    ),
}
SEED = [
    "ana-au-dela-democratie-participative",
    "case-ecocity-nantes-2013",
    "case-forum-franco-chinois-ong-2007",
    "dossier-cnfpt-2016-gestion-territoriale-relations",
    "res-citego",
]

EXPECTED = {
    ("iso690-author-date-fr", "book"): (
        "TOLKIEN, J. R. R., 2019. Le Seigneur des Anneaux\xa0: la Communauté de "
        "l’Anneau. 2. Paris\xa0: Christian Bourgois. ISBN\xa0978-2-267-03117-1."
    ),
    ("iso690-author-date-fr", "article"): (
        "CALAME, Pierre, 2009. Le territoire, acteur pivot. Revue française "
        "d’administration publique. mars 2009. Vol.\xa012, n°\xa03, pp.\xa045‑67."
    ),
    ("iso690-author-date-fr", "report"): (
        "CALAME, Pierre, 2013. 12\xa0: Synthèse d’Ecocity [en\xa0ligne]. Paris\xa0: FPH. "
        "Disponible à l’adresse\xa0: https://example.org/ecocity.pdf"
    ),
    ("iso690-author-date-fr", "speech"): (
        "CALAME, Pierre, 2003. L’université citoyenne. Brasília. 26 novembre 2003."
    ),
    ("iso690-author-date-fr", "note"): (
        "CALAME, Matthieu, 2008. Note sur la PAC. 4 janvier 2008. FPH."
    ),
    ("iso690-author-date-fr", "chapter"): (
        "FERRÉ, Vincent, 2004. Tolkien et le Moyen Âge. In\xa0: DEVAUX, Michaël "
        "(éd.), Tolkien, trente ans après. Paris\xa0: Christian Bourgois. pp.\xa011‑30."
    ),
    ("iso690-author-date-fr", "webpage"): (
        "CGLU, 2020. Cités et gouvernements locaux unis. CGLU [en\xa0ligne]. 2 mai "
        "2020. Disponible à l’adresse\xa0: https://www.uclg.org/fr"
    ),
    ("iso690-author-date-fr", "thesis"): (
        "DUPONT, Marie, 2010. Le budget participatif. Thèse de doctorat. "
        "Saint-Denis\xa0: Université Paris 8."
    ),
    ("iso690-author-date-fr", "conference"): (
        "GENRO, Tarso, 2007. La démocratie locale. In\xa0: Actes du forum. Paris\xa0: "
        "ECLM. mai 2007. pp.\xa05‑9."
    ),
    ("iso690-author-date-fr", "other"): ("IGN, 1998. Carte des territoires. 1998. Paris\xa0: IGN."),
    ("iso690-author-date-fr", "ana-au-dela-democratie-participative"): (
        "Équipe éditoriale de la base Gouvernance des territoires, 2026. Au-delà de la démocratie "
        "participative\xa0: des citoyens coauteurs de la ville."
    ),
    ("iso690-author-date-fr", "case-ecocity-nantes-2013"): (
        "Équipe éditoriale de la base Gouvernance des territoires, 2026. Ecocity 2013 "
        "à Nantes\xa0: le sommet mondial de la ville durable."
    ),
    ("iso690-author-date-fr", "case-forum-franco-chinois-ong-2007"): (
        "Équipe éditoriale de la base Gouvernance des territoires, 2026. Le 2e forum "
        "franco-chinois sur la gouvernance des ONG et la coproduction des services "
        "publics (Pékin, 2007)."
    ),
    ("iso690-author-date-fr", "dossier-cnfpt-2016-gestion-territoriale-relations"): (
        "CALAME, Pierre, 2016. La gestion territoriale des relations entre "
        "acteurs\xa0: Séance du cours de Pierre Calame pour le CNFPT (7e séance, "
        "août 2016) [en\xa0ligne]. CITEGO. Disponible à l’adresse\xa0: "
        "http://citego.org/bdf_dossier-30_fr.html"
    ),
    ("iso690-author-date-fr", "res-citego"): (
        "Cités, Territoires, Gouvernance, [sans date]. [en\xa0ligne]. Disponible à "
        "l’adresse\xa0: http://citego.org/"
    ),
    ("iso690-numeric-fr", "book"): (
        "1. TOLKIEN, J. R. R. Le Seigneur des Anneaux\xa0: la Communauté de "
        "l’Anneau. 2. Paris\xa0: Christian Bourgois, 2019. ISBN\xa0978-2-267-03117-1."
    ),
    ("iso690-numeric-fr", "article"): (
        "1. CALAME, Pierre. Le territoire, acteur pivot. Revue française "
        "d’administration publique. mars 2009. Vol.\xa012, n°\xa03, pp.\xa045‑67."
    ),
    ("iso690-numeric-fr", "report"): (
        "1. CALAME, Pierre. 12\xa0: Synthèse d’Ecocity [en\xa0ligne]. Paris\xa0: FPH, "
        "2013. Disponible à l’adresse: https://example.org/ecocity.pdf"
    ),
    ("iso690-numeric-fr", "speech"): (
        "1. CALAME, Pierre. L’université citoyenne. Séminaire Universidade XXI. "
        "Brasília. 26 novembre 2003."
    ),
    ("iso690-numeric-fr", "note"): ("1. CALAME, Matthieu. Note sur la PAC. 4 janvier 2008. FPH."),
    ("iso690-numeric-fr", "chapter"): (
        "1. FERRÉ, Vincent. Tolkien et le Moyen Âge. In\xa0: DEVAUX, Michaël (éd.), "
        "Tolkien, trente ans après. Paris\xa0: Christian Bourgois, 2004. pp.\xa011‑30."
    ),
    ("iso690-numeric-fr", "webpage"): (
        "1. CGLU. Cités et gouvernements locaux unis. CGLU. [en\xa0ligne]. 2 mai "
        "2020. Disponible à l’adresse: https://www.uclg.org/fr"
    ),
    ("iso690-numeric-fr", "thesis"): (
        "1. DUPONT, Marie. Le budget participatif. Thèse de doctorat. "
        "Saint-Denis\xa0: Université Paris 8, 2010."
    ),
    ("iso690-numeric-fr", "conference"): (
        "1. GENRO, Tarso. La démocratie locale. In\xa0: Actes du forum. Paris\xa0: "
        "ECLM, mai 2007. pp.\xa05‑9."
    ),
    ("iso690-numeric-fr", "other"): ("1. IGN. Carte des territoires. 1998. Paris\xa0: IGN."),
    ("iso690-numeric-fr", "ana-au-dela-democratie-participative"): (
        "1. Équipe éditoriale de la base Gouvernance des territoires. Au-delà de la démocratie "
        "participative\xa0: des citoyens coauteurs de la ville. 2026."
    ),
    ("iso690-numeric-fr", "case-ecocity-nantes-2013"): (
        "1. Équipe éditoriale de la base Gouvernance des territoires. Ecocity 2013 "
        "à Nantes\xa0: le sommet mondial de la ville durable. 2026."
    ),
    ("iso690-numeric-fr", "case-forum-franco-chinois-ong-2007"): (
        "1. Équipe éditoriale de la base Gouvernance des territoires. Le 2e forum "
        "franco-chinois sur la gouvernance des ONG et la coproduction des services "
        "publics (Pékin, 2007). 2026."
    ),
    ("iso690-numeric-fr", "dossier-cnfpt-2016-gestion-territoriale-relations"): (
        "1. CALAME, Pierre. La gestion territoriale des relations entre "
        "acteurs\xa0: Séance du cours de Pierre Calame pour le CNFPT (7e séance, "
        "août 2016) [en\xa0ligne]. CITEGO, 2016. Disponible à l’adresse: "
        "http://citego.org/bdf_dossier-30_fr.html"
    ),
    ("iso690-numeric-fr", "res-citego"): (
        "1. Cités, Territoires, Gouvernance. [en\xa0ligne]. Disponible à l’adresse: "
        "http://citego.org/"
    ),
}


@pytest.fixture
def keys(library: Library) -> dict[str, str]:
    found = {name: library.add(draft).key for name, draft in DRAFTS.items()}
    return {**found, **{key: key for key in SEED}}


@pytest.mark.parametrize(("style", "name"), sorted(EXPECTED))
def test_every_kind_in_both_styles(
    library: Library, keys: dict[str, str], style: str, name: str
) -> None:
    assert library.cite(keys[name], style).text == EXPECTED[(style, name)]


def test_an_organisation_without_a_website_is_apart_in_a_bibliography(library: Library) -> None:
    result = library.compile_bibliography(["res-cglu", "res-citego"])
    assert [c.key for c in result.entries] == ["res-citego"]
    assert [(u.key, u.reason.code) for u in result.apart] == [
        ("res-cglu", "citing.organisation_without_site")
    ]
