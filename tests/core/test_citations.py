"""ISO 690 citations (citeproc-py over the shipped CSL files).

Every expected string below was written by hand from the CSL files in resources/csl/
(the macro and layout named in each test), not copied from the output. Typography the
styles and the fr-FR locale ask for: a non-breaking space before « : » and after « n° »,
« pp. », « Vol. », « DOI »; page ranges joined by a non-breaking hyphen (the fr-FR
locale's page-range-delimiter).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.errors import KbError, ValidationError
from kb_app.core.interchange.record import agent_to_name, csl_item
from kb_app.core.library import Library
from kb_app.core.paths import resources_dir
from kb_app.core.rendering import citations
from kb_app.core.rendering.citations import Citation, format_bibliography, format_citation

NB = "\u00a0"  # non-breaking space
NBH = "\u2011"  # non-breaking hyphen
NUMERIC = "iso690-numeric-fr"

LEVI_STRAUSS: dict[str, Any] = {
    "id": "levi-strauss-1962",
    "type": "book",
    "title": "La Pensée sauvage",
    "author": [
        {"family": "Lévi-Strauss", "given": "Claude"},
        {"family": "Maître", "given": "Françoise"},
    ],
    "issued": {"date-parts": [[1962]]},
    "publisher": "Plon",
    "publisher-place": "Paris",
}
ELUARD: dict[str, Any] = {
    "id": "eluard-1926",
    "type": "book",
    "title": "Capitale de la douleur",
    "author": [{"family": "Éluard", "given": "Paul"}],
    "issued": {"date-parts": [[1926]]},
    "publisher": "Gallimard",
    "publisher-place": "Paris",
}


def book(key: str, author: dict[str, str], year: int, title: str = "Un titre") -> dict[str, Any]:
    return {
        "id": key,
        "type": "book",
        "title": title,
        "author": [author],
        "issued": {"date-parts": [[year]]},
        "publisher": "Éditeur",
        "publisher-place": "Lyon",
    }


# --- one item per kind (author-date style) ------------------------------------------------


def test_book_with_one_author() -> None:
    # layout « book »: responsability (FAMILY upper-case, given; year) « . », title macro
    # (italic title) « . », publisher-group (place « : » publisher) « . »
    cited = format_citation(ELUARD)
    assert cited == Citation(
        key="eluard-1926",
        text=f"ÉLUARD, Paul, 1926. Capitale de la douleur. Paris{NB}: Gallimard.",
        html=f"ÉLUARD, Paul, 1926. <i>Capitale de la douleur</i>. Paris{NB}: Gallimard.",
    )


def test_book_with_two_authors_is_the_platform_example() -> None:
    # name and="text" -> the fr-FR « et »; delimiter-precedes-last="never"
    assert format_citation(LEVI_STRAUSS).text == (
        f"LÉVI-STRAUSS, Claude et MAÎTRE, Françoise, 1962. La Pensée sauvage. Paris{NB}: Plon."
    )


def test_corporate_author_keeps_its_case() -> None:
    # CSL 1.0.2: name-part formatting (upper case) affects personal names only; layout
    # « report »: responsability, title (italic), publisher-group, collection
    report = {
        "id": "gold-i",
        "type": "report",
        "title": "La décentralisation et la démocratie locale dans le monde",
        "author": [{"literal": "Cités et Gouvernements Locaux Unis"}],
        "issued": {"date-parts": [[2008]]},
        "publisher": "CGLU",
        "publisher-place": "Barcelone",
        "collection-title": "Rapports mondiaux GOLD",
    }
    cited = format_citation(report)
    assert cited.text == (
        "Cités et Gouvernements Locaux Unis, 2008. La décentralisation et la démocratie "
        f"locale dans le monde. Barcelone{NB}: CGLU. Rapports mondiaux GOLD."
    )
    assert cited.html.startswith("Cités et Gouvernements Locaux Unis, 2008. <i>La décentr")


def test_report_with_a_number() -> None:
    # title macro, type report: number « : » then the italic title
    report = {
        "id": "certu-42",
        "type": "report",
        "title": "Les agglomérations face au risque",
        "author": [{"family": "Roux", "given": "Marie"}],
        "number": "42",
        "issued": {"date-parts": [[2015, 6]]},
        "publisher": "Certu",
        "publisher-place": "Lyon",
    }
    assert format_citation(report).html == (
        f"ROUX, Marie, 2015. 42{NB}: <i>Les agglomérations face au risque</i>. Lyon{NB}: Certu."
    )


def test_article_with_volume_issue_and_pages() -> None:
    # layout « article-journal »: title (plain) « . », container-title italic « . »;
    # date macro (month year) « . »; issue macro « Vol. » v, « n° » i, « pp. » pages; doi
    article = {
        "id": "calame-2009",
        "type": "article-journal",
        "title": "Le territoire, acteur pivot de la gouvernance",
        "author": [{"family": "Calame", "given": "Pierre"}],
        "issued": {"date-parts": [[2009, 3]]},
        "container-title": "Revue française d’administration publique",
        "volume": "12",
        "issue": "3",
        "page": "45-67",
        "DOI": "10.3917/rfap.012.0045",
    }
    cited = format_citation(article)
    assert cited.text == (
        "CALAME, Pierre, 2009. Le territoire, acteur pivot de la gouvernance. Revue française "
        f"d’administration publique. mars 2009. Vol.{NB}12, n°{NB}3, pp.{NB}45{NBH}67. "
        f"DOI{NB}10.3917/rfap.012.0045."
    )
    assert "<i>Revue française d’administration publique</i>. mars 2009." in cited.html


def test_chapter_in_a_book_with_editors() -> None:
    # title macro, type chapter: title « . », « In : », editor macro (names, « (éd.) »),
    # « , » container-title italic « . »; publisher-group; page macro « pp. »
    chapter = {
        "id": "dupont-2010",
        "type": "chapter",
        "title": "Gouverner les territoires",
        "author": [{"family": "Dupont", "given": "Anne"}],
        "editor": [{"family": "Martin", "given": "Paul"}, {"family": "Durand", "given": "Marie"}],
        "container-title": "La gouvernance en débat",
        "issued": {"date-parts": [[2010]]},
        "publisher": "Karthala",
        "publisher-place": "Paris",
        "page": "12-34",
    }
    assert format_citation(chapter).text == (
        f"DUPONT, Anne, 2010. Gouverner les territoires. In{NB}: MARTIN, Paul et DURAND, "
        f"Marie (éd.), La gouvernance en débat. Paris{NB}: Karthala. pp.{NB}12{NBH}34."
    )


def test_webpage_with_url_and_access_date() -> None:
    # title macro: container-title without « . » when there is a URL, then « [en ligne] »;
    # date macro (day month year); url macro « Disponible à l’adresse : »; accessed macro
    page = {
        "id": "gold-web",
        "type": "webpage",
        "title": "Le rapport GOLD I",
        "author": [{"literal": "CGLU"}],
        "container-title": "Observatoire GOLD",
        "issued": {"date-parts": [[2008, 5, 12]]},
        "URL": "https://www.gold.uclg.org/reports/gold-i",
        "accessed": {"date-parts": [[2024, 1, 15]]},
    }
    assert format_citation(page).text == (
        f"CGLU, 2008. Le rapport GOLD I. Observatoire GOLD [en{NB}ligne]. 12 mai 2008. "
        f"Disponible à l’adresse{NB}: https://www.gold.uclg.org/reports/gold-i "
        f"[Consulté{NB}le{NB}15{NB}janvier{NB}2024]."
    )


def test_reference_without_a_date() -> None:
    # year-date macro: the style's own « no date » term, « [sans date] »
    undated = {key: value for key, value in ELUARD.items() if key != "issued"}
    assert format_citation(undated).text == (
        f"ÉLUARD, Paul, [sans date]. Capitale de la douleur. Paris{NB}: Gallimard."
    )


def test_name_with_a_particle_as_the_record_stores_it() -> None:
    # demote-non-dropping-particle="never": « de » stays before the family name, joined to
    # it by a no-break space (as citeproc-js does), and name-part family formatting covers it
    name = agent_to_name("de Beauvoir, Simone", "person")
    assert name == {"non-dropping-particle": "de", "family": "Beauvoir", "given": "Simone"}
    item = book("beauvoir-1949", name, 1949, "Le Deuxième Sexe")
    assert format_citation(item).text == (
        f"DE{NB}BEAUVOIR, Simone, 1949. Le Deuxième Sexe. Lyon{NB}: Éditeur."
    )


# --- numeric style, order, disambiguation -----------------------------------------------


def test_numeric_style_keeps_the_given_order() -> None:
    # citation-number « . », then publisher-group « , » year-date « . » (book layout)
    cited = format_bibliography([LEVI_STRAUSS, ELUARD], NUMERIC)
    assert [c.key for c in cited] == ["levi-strauss-1962", "eluard-1926"]
    assert [c.text for c in cited] == [
        f"1. LÉVI-STRAUSS, Claude et MAÎTRE, Françoise. La Pensée sauvage. Paris{NB}: Plon, 1962.",
        f"2. ÉLUARD, Paul. Capitale de la douleur. Paris{NB}: Gallimard, 1926.",
    ]
    assert cited[1].html == (
        f"2. ÉLUARD, Paul. <i>Capitale de la douleur</i>. Paris{NB}: Gallimard, 1926."
    )


def test_author_date_order_ignores_accents_case_and_particles_demotion() -> None:
    beauvoir = {"family": "Beauvoir", "given": "Simone", "non-dropping-particle": "de"}
    items = [
        book("zola", {"family": "Zola", "given": "Émile"}, 1880),
        ELUARD,
        book("dupont", {"family": "Dupont", "given": "Jean"}, 1990),
        book("beauvoir", beauvoir, 1949),
        book("dupont-early", {"family": "Dupont", "given": "Jean"}, 1985),
    ]
    keys = [c.key for c in format_bibliography(items)]
    assert keys == ["beauvoir", "dupont-early", "dupont", "eluard-1926", "zola"]


def test_same_author_same_year_gets_year_suffixes_on_the_first_year_only() -> None:
    pierre = {"family": "Calame", "given": "Pierre"}
    speech = {
        "id": "ess",
        "type": "speech",
        "title": "Économie sociale et territoires",
        "author": [pierre],
        "issued": {"date-parts": [[2013, 7, 23]]},
    }
    items = [speech, book("ecocity", pierre, 2013, "Synthèse d’Ecocity"), book("b", pierre, 2009)]
    cited = format_bibliography(items)
    assert [c.text for c in cited] == [
        f"CALAME, Pierre, 2009. Un titre. Lyon{NB}: Éditeur.",
        "CALAME, Pierre, 2013a. Économie sociale et territoires. 23 juillet 2013.",
        f"CALAME, Pierre, 2013b. Synthèse d’Ecocity. Lyon{NB}: Éditeur.",
    ]
    assert format_citation(speech).text.startswith("CALAME, Pierre, 2013. ")


# --- hostile and non-CSL input ------------------------------------------------------------


def test_html_is_escaped_but_csl_rich_text_is_kept() -> None:
    # CSL-JSON fields are rich text: <b>, <i>, <sup>, <sub> and small capitals are markup
    # (bold in HTML, nothing in plain text); any other tag is text, escaped
    item = book("x", {"literal": "AT&T <Labs>"}, 2001, "<script>alert(1)</script> & <b>co</b>")
    cited = format_citation(item)
    assert cited.html == (
        "AT&amp;T &lt;Labs&gt;, 2001. <i>&lt;script&gt;alert(1)&lt;/script&gt; &amp; "
        f"<b>co</b></i>. Lyon{NB}: Éditeur."
    )
    assert cited.text == f"AT&T <Labs>, 2001. <script>alert(1)</script> & co. Lyon{NB}: Éditeur."


def test_members_citeproc_does_not_know_are_dropped() -> None:
    noisy = {
        **ELUARD,
        "author": [{"family": "Éluard", "given": "Paul", "sequence": "first", "parse-names": True}],
        "_extra": {"bibtex:owner": "me"},
        "abstract": "Un long résumé qui ne doit pas paraître.",
        "note": "tex.ids: x",
        "keyword": "poésie, surréalisme",
        "citation-key": "eluard1926",
        "director": [{"family": "Nobody"}],
        "custom": {"nested": [1, 2]},
    }
    assert format_citation(noisy) == format_citation(ELUARD)


def test_odd_values_are_normalised() -> None:
    item = {
        "id": "odd",
        "type": "no-such-type",
        "title": ["Deux", "parties"],
        "author": ["Ville de Lyon", 42, {"given": ""}],
        "issued": {"date-parts": [["1998", "13", "40"]]},
        "publisher": 1234,
    }
    # unknown type -> « document » (the style's last branch: date macro, publisher-group)
    assert format_citation(item).text == "Ville de Lyon, 1998. Deux; parties. 1998. 1234."


@pytest.mark.parametrize(
    ("issued", "year"),
    [
        ({"raw": "2004-11-26"}, "2004"),
        ("1998", "1998"),
        ({"literal": "vers 1900"}, "vers 1900"),
        ({"literal": "Date inconnue ; le texte précède la séance de 2016."}, "[sans date]"),
        ({"date-parts": [[2013, 9, 25], [2013, 9, 27]]}, "2013"),
        ({"date-parts": [[2013], [2014]]}, "2013–2014"),
        ({"date-parts": [[]]}, "[sans date]"),
        ({"season": 2}, "[sans date]"),
    ],
)
def test_dates(issued: Any, year: str) -> None:
    item = {**ELUARD, "issued": issued}
    assert format_citation(item).text == (
        f"ÉLUARD, Paul, {year}. Capitale de la douleur. Paris{NB}: Gallimard."
    )


def test_a_citeproc_failure_names_the_item(monkeypatch: pytest.MonkeyPatch) -> None:
    class Exploding(citations.CiteProcJSON):  # type: ignore[misc,name-defined]
        def __init__(self, data: list[dict[str, Any]]) -> None:
            if any(item.get("title") == "boom" for item in data):
                raise IndexError("list index out of range")
            super().__init__(data)

    monkeypatch.setattr(citations, "CiteProcJSON", Exploding)
    with pytest.raises(ValidationError) as info:
        format_bibliography([ELUARD, {**ELUARD, "id": "bad-one", "title": "boom"}])
    assert [p.where for p in info.value.problems] == ["bad-one"]
    assert "IndexError" in info.value.problems[0].message


def test_unknown_style_and_empty_list() -> None:
    with pytest.raises(ValidationError, match="unknown citation style « apa »"):
        format_citation(ELUARD, "apa")
    with pytest.raises(ValidationError):
        format_bibliography([], "apa")
    assert format_bibliography([]) == []


# --- shipped files ------------------------------------------------------------------------


def test_locales_come_from_the_shipped_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    csl = tmp_path / "csl"
    shutil.copytree(resources_dir() / "csl", csl)
    locale = csl / "locales-fr-FR.xml"
    original = '<term name="and">et</term>'
    assert original in locale.read_text(encoding="utf-8")
    locale.write_text(
        locale.read_text(encoding="utf-8").replace(original, '<term name="and">avec</term>'),
        encoding="utf-8",
    )
    monkeypatch.setenv("KB_RESOURCES", str(tmp_path))
    monkeypatch.setattr("citeproc.frontend.LOCALES_PATH", str(tmp_path / "nowhere"))
    assert format_citation(LEVI_STRAUSS).text.startswith(
        "LÉVI-STRAUSS, Claude avec MAÎTRE, Françoise, 1962."
    )


def test_a_missing_style_file_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(resources_dir() / "csl", tmp_path / "csl")
    (tmp_path / "csl" / "locales-en-US.xml").unlink()
    monkeypatch.setenv("KB_RESOURCES", str(tmp_path))
    with pytest.raises(KbError, match=r"locales-en-US\.xml"):
        format_citation(ELUARD)


def test_attribution_names_every_shipped_file() -> None:
    folder = resources_dir() / "csl"
    attribution = (folder / "ATTRIBUTION.md").read_text(encoding="utf-8")
    shipped = sorted(p.name for p in folder.iterdir() if p.suffix in {".csl", ".xml"})
    assert shipped == [
        "iso690-author-date-fr.csl",
        "iso690-numeric-fr.csl",
        "locales-en-US.xml",
        "locales-fr-FR.xml",
    ]
    assert all(f"`{name}`" in attribution for name in shipped)
    assert "CC BY-SA 3.0" in attribution


# --- the seeded course library ------------------------------------------------------------

GENRO = "ref-genro-desouza-1998-budget-participatif"
CALAME_2004 = "ref-calame-2004-universite-21e-siecle"


def test_seeded_book(library: Library) -> None:
    # seed: book, 1998, authors « Genro, Tarso » and « De Souza, Ubiratan », publisher
    # « Éditions Charles Léopold Mayer (ECLM) », no place (the abstract is not printed)
    cited = format_citation(csl_item(library.get(GENRO)))
    assert cited.key == GENRO
    assert cited.text == (
        "GENRO, Tarso et DE SOUZA, Ubiratan, 1998. Quand les habitants gèrent vraiment leur "
        "ville\xa0: Le budget participatif\xa0: "
        "l’expérience de Porto Alegre au Brésil. Éditions Charles Léopold Mayer (ECLM)."
    )


def test_seeded_speech(library: Library) -> None:
    # seed: speech dated 2004-11-26, url, publisher FPH; its subtitle (the course page's two
    # sentences) follows the title. Layout « speech »: title italic
    # (type speech) + « [en ligne] » (URL), publisher-group, date macro, url macro; the
    # accessed group stays empty (no access date), so the entry ends with the URL
    cited = format_citation(csl_item(library.get(CALAME_2004)))
    assert cited.text == (
        "CALAME, Pierre, 2004. L’Université du 21ème siècle sera citoyenne, responsable et "
        f"solidaire…ou ne sera pas{NB}: La réforme de l’université devra reposer sur un "
        "nouveau contrat avec la société. Sa construction appelle une stratégie de changement "
        f"en réseau. [en{NB}ligne]. Fondation Charles Léopold Mayer pour le "
        f"Progrès de l’Homme (FPH). 26 novembre 2004. Disponible à l’adresse{NB}: "
        "http://china-europa-forum.net/bdfdoc-148_fr.html"
    )


def test_seeded_bibliography(library: Library) -> None:
    keys = sorted(p.stem for p in (resources_dir() / "seed" / "references").glob("*.md"))
    cited = format_bibliography([csl_item(library.get(key)) for key in keys])
    assert len(cited) == 11
    heads = [c.text.split(".")[0] for c in cited]
    assert heads[:5] == [
        "CALAME, Matthieu, 2008",
        "CALAME, Pierre, 2004",
        "CALAME, Pierre, 2013a",
        "CALAME, Pierre, 2013b",
        "Cités et Gouvernements Locaux Unis, 2008",
    ]
    assert all("\ue000" not in c.text and "\ue005" not in c.html for c in cited)
