"""French typography, the one fiche -> CSL-JSON function, and citation defects fixed against
citeproc-js (chapter host author, sort on text, one date, rich text)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.core.dto import AgentRole, FicheDetail
from kb_app.core.interchange.bibtex import read_bibtex, write_bibtex
from kb_app.core.interchange.cite import csl_json, markdown_emphasis, why_uncitable
from kb_app.core.interchange.csljson import read_csljson
from kb_app.core.library import Library
from kb_app.core.rendering.citations import format_bibliography, format_citation
from kb_app.core.rendering.typography import french, french_html

NB, NN = "\u00a0", "\u202f"


@pytest.mark.parametrize(
    ("raw", "typeset"),
    [
        ("l'été", "l’été"),
        ("Titre : sous-titre", f"Titre{NB}: sous-titre"),
        ("Title: subtitle", "Title: subtitle"),
        ("Pourquoi ? Parce que ; enfin !", f"Pourquoi{NN}? Parce que{NN}; enfin{NN}!"),
        ('le "Romance" de Morris', f"le «{NB}Romance{NB}» de Morris"),
        ("over 'obvious' women", f"over «{NB}obvious{NB}» women"),
        ("« oui »", f"«{NB}oui{NB}»"),
        ("voir http://x.org/?a='b' : ok", f"voir http://x.org/?a='b'{NB}: ok"),
    ],
)
def test_french_typography(raw: str, typeset: str) -> None:
    assert french(raw) == typeset


def test_french_typography_leaves_tags_alone() -> None:
    assert french_html("<i>l'été</i> : <a href=\"x'y\">") == f'<i>l’été</i>{NB}: <a href="x\'y">'


def test_markdown_emphasis_becomes_csl_rich_text() -> None:
    assert markdown_emphasis("Le _Seigneur des Anneaux_ et a_b") == (
        "Le <i>Seigneur des Anneaux</i> et a_b"
    )
    assert markdown_emphasis("**gras** et *it*") == "<b>gras</b> et <i>it</i>"


def fiche(kind: str = "reference", **details: object) -> FicheDetail:
    agents = details.pop("agents", ())
    return FicheDetail(
        id=1, key="k", uid="u", kind=kind, title=str(details.pop("title", "Titre")),
        subtitle=details.pop("subtitle", None), lang="fr",  # type: ignore[arg-type]
        date=details.pop("date", "2001"), year=2001, summary=None, body="",  # type: ignore[arg-type]
        details=details, sources=(), unverified=(), concepts=(),
        agents=agents, links_out=(), links_in=(), dossiers=(), members=(),  # type: ignore[arg-type]
        deleted=False, created_at="", updated_at="",
    )  # fmt: skip


def test_csl_json_is_standard_csl() -> None:
    item = csl_json(
        fiche(
            title="Le _Hobbit_",
            subtitle="un aller",
            type="conference",
            event="Colloque",
            date_note="vers 2001",
            extra={
                "csl:director": "{'family': 'Doe', 'given': 'John'}; {'family': 'Roe'}",
                "csl:note": "tex.ids: x",
                "csl:genre": "phdthesis",
            },
        )
    )
    assert item["title"] == "Le <i>Hobbit</i> : un aller"
    assert item["title-short"] == "Le <i>Hobbit</i>"
    assert "subtitle" not in item
    assert item["event"] == item["event-title"] == "Colloque"
    assert "note" not in item
    assert item["kb:note"] == "tex.ids: x"
    assert item["kb:date-note"] == "vers 2001"
    assert item["issued"] == {"date-parts": [[2001]]}
    assert item["director"] == [{"family": "Doe", "given": "John"}, {"family": "Roe"}]
    assert item["genre"] == "Thèse de doctorat"


def test_csl_json_keeps_a_date_range_as_date_parts() -> None:
    item = csl_json(fiche(date=None, date_note="date: [[2006], [2007]]"))
    assert item["issued"] == {"date-parts": [[2006], [2007]]}


def test_own_documents_have_their_authors_only_and_one_date() -> None:
    case = fiche(
        "case",
        title="Le forum",
        date="2007-11",
        agents=(
            AgentRole("Pinteaux-Jones, Françoise", "person", "translator"),
            AgentRole("Base de connaissances kb_app", "organisation", "author"),
        ),
    )
    item = csl_json(case)
    assert "translator" not in item
    assert item["author"] == [{"literal": "Base de connaissances kb_app"}]
    assert format_citation(item).text == "Base de connaissances kb_app, 2007. Le forum."
    numeric = format_citation(item, "iso690-numeric-fr").text
    assert numeric == "1. Base de connaissances kb_app. Le forum. 2007."


def test_an_organisation_without_a_website_is_listed_apart() -> None:
    assert why_uncitable(fiche("resource")) is not None
    assert why_uncitable(fiche("resource", url="http://citego.org/")) is None


def test_a_chapter_names_its_host_works_author() -> None:
    chapter = {
        "id": "x",
        "type": "chapter",
        "title": "Vom Nutzen",
        "editor": [{"family": "Colli", "given": "Giorgio"}],
        "container-author": [{"family": "Nietzsche", "given": "Friedrich"}],
        "container-title": "Die Geburt",
        "issued": {"date-parts": [[1988]]},
    }
    assert format_citation(chapter).text == (
        f"COLLI, Giorgio (éd.), 1988. Vom Nutzen. In{NB}: NIETZSCHE, Friedrich, Die Geburt."
    )


def test_an_entry_starting_with_a_title_sorts_by_its_text() -> None:
    items = [
        {"id": "z", "type": "book", "title": "Zèbre", "issued": {"date-parts": [[2000]]}},
        {"id": "b", "type": "book", "title": "B", "author": [{"family": "Martin"}]},
        {"id": "a", "type": "book", "title": "Abeille", "issued": {"date-parts": [[2000]]}},
    ]
    assert [c.key for c in format_bibliography(items)] == ["a", "b", "z"]


def test_rich_text_in_a_field_is_italic_in_html_and_plain_in_text() -> None:
    item = {"id": "x", "type": "article-journal", "title": "Frithuswith (<i>d.</i> 727)"}
    cited = format_citation(item)
    assert "(<i>d.</i> 727)" in cited.html
    assert "(d. 727)" in cited.text


def test_solo_works_before_co_authored_ones_and_editors_tie_with_authors() -> None:
    devaux = [{"family": "Devaux", "given": "Michaël"}]
    geer = {"family": "Geer", "non-dropping-particle": "de"}
    items = [
        {"id": "co", "type": "book", "title": "A", "author": [*devaux, {"family": "Hostetter"}]},
        {"id": "solo", "type": "book", "title": "B", "author": devaux},
        {"id": "ed", "type": "book", "title": "C", "editor": devaux},
        {"id": "deb", "type": "book", "title": "D", "author": [{"family": "Debraga"}]},
        {"id": "geer", "type": "book", "title": "E", "author": [geer]},
    ]  # fmt: skip
    for item in items:
        item["issued"] = {"date-parts": [[2001]]}
    cited = format_bibliography(items)
    # « DE GEER » sorts as « DEGEER » (as citeproc-js does); the editor ties with the author
    # (no role label in the key): given order kept; year suffixes follow the in-text citation
    assert [c.key for c in cited] == ["deb", "geer", "solo", "ed", "co"]
    assert cited[2].text.startswith("DEVAUX, Michaël, 2001a.")
    assert cited[3].text.startswith("DEVAUX, Michaël (éd.), 2001b.")
    assert cited[4].text.startswith("DEVAUX, Michaël et HOSTETTER, 2001.")
    assert cited[1].text.startswith(f"DE{NB}GEER, 2001.")


def test_an_undated_entry_sorts_before_the_same_authors_dated_ones() -> None:
    author = [{"family": "Bador", "given": "Damien"}]
    items = [
        {"id": "dated", "type": "book", "title": "A", "author": author},
        {"id": "undated", "type": "book", "title": "B", "author": author},
    ]  # fmt: skip
    items[0]["issued"] = {"date-parts": [[2024]]}
    assert [c.key for c in format_bibliography(items)] == ["undated", "dated"]


def test_the_csl_json_export_is_what_kb_app_cites_from(library: Library, tmp_path: Path) -> None:
    key = "ref-genro-desouza-1998-budget-participatif"
    out = tmp_path / "export.json"
    library.export("csljson", out, [key])
    (item,) = json.loads(out.read_text("utf-8"))
    assert item["title"] == (
        "Quand les habitants gèrent vraiment leur ville : Le budget participatif : "
        "l'expérience de Porto Alegre au Brésil"
    )
    assert item["title-short"] == "Quand les habitants gèrent vraiment leur ville"
    assert "subtitle" not in item
    assert library.cite(key).text == format_citation(item).text
    # and it comes back as the same title and subtitle
    back = read_csljson(out.read_bytes(), "export.json").records[0].item
    assert back["title"] == "Quand les habitants gèrent vraiment leur ville"
    assert back["subtitle"].startswith("Le budget participatif")


def test_bibtex_lists_of_publishers_and_places() -> None:
    data = rb"""@book{a, title={T}, publisher={Deutscher Taschenbuch-Verlag and Walter de Gruyter},
      location={D\"usseldorf and Z\"urich}}
    @book{b, title={T}, publisher={{Henry Holt and Co.}}, address={Paris}}"""
    first, second = (r.item for r in read_bibtex(data, "x.bib").records)
    assert first["publisher"] == "Deutscher Taschenbuch-Verlag ; Walter de Gruyter"
    assert first["publisher-place"] == "Düsseldorf ; Zürich"
    assert second["publisher"] == "Henry Holt and Co."
    written = write_bibtex([first, second])
    assert "Deutscher Taschenbuch-Verlag and Walter de Gruyter" in written
    assert "{Henry Holt and Co.}" in written
    again = [r.item for r in read_bibtex(written.encode(), "y.bib").records]
    assert again[0]["publisher-place"] == "Düsseldorf ; Zürich"
    assert again[1]["publisher"] == "Henry Holt and Co."


def test_tex_logos_are_decoded_not_dropped() -> None:
    (record,) = read_bibtex(rb"@book{k, title={{\TeX}: The Program}}", "k.bib").records
    assert record.item["title"] == "TeX: The Program"


NORMAL = '<span style="font-style:normal;">'
SMALL_CAPS = '<span style="font-variant:small-caps;">'


@pytest.mark.parametrize(
    ("title", "html", "text"),
    [
        ("a </i> b <i>c", f"<i>a &lt;/i&gt; b {NORMAL}c</span></i>", "a </i> b c"),
        (
            '<span class="nocase">iPhone</span> <sup>2</sup>',
            "<i>iPhone <sup>2</sup></i>",
            "iPhone 2",
        ),
        (f"{SMALL_CAPS}sc</span>", f"<i>{SMALL_CAPS}sc</span></i>", "sc"),
    ],
)
def test_rich_text_tags_pair_up_or_stay_text(title: str, html: str, text: str) -> None:
    cited = format_citation({"id": "x", "type": "book", "title": title})
    assert cited.html == f"{html}, [sans date]."
    assert cited.text == f"{text}, [sans date]."


def test_a_bc_range_gives_its_era_once_and_an_open_range_its_dash() -> None:
    doe = [{"family": "Doe"}]
    bc = {"id": "bc", "type": "book", "title": "T", "author": doe}
    bc["issued"] = {"date-parts": [[-99, 7, 12], [-43, 3, 15]]}
    assert format_citation(bc).text == "DOE, 99–43av. J.-C. T."
    open_range = {"id": "o", "type": "book", "title": "T", "author": doe}
    open_range["issued"] = {"date-parts": [[2014, 12, 31], [0]]}
    assert format_citation(open_range).text == "DOE, 2014–. T."


def test_emphasis_removed_for_plain_text() -> None:
    from kb_app.core.text import without_emphasis

    assert without_emphasis("Le _Seigneur des Anneaux_ et a_b") == "Le Seigneur des Anneaux et a_b"
    assert without_emphasis("**gras** et *it* et 2*3*4") == "gras et it et 2*3*4"


def test_sort_ignores_punctuation_as_citeproc_js_does() -> None:
    """citeproc-js compares sort keys with punctuation ignored: a title sorts before the same
    title with a subtitle (« TeXample.net » before « TeXample.net : TikZ and PGF »)."""
    site = {"id": "site", "type": "webpage", "title": "TeXample.net", "URL": "http://t.net/"}
    page = {
        "id": "page",
        "type": "webpage",
        "title": "TeXample.net : TikZ and PGF",
        "URL": "http://t.net/tikz/",
    }
    assert [c.key for c in format_bibliography([page, site])] == ["site", "page"]


@pytest.mark.parametrize("style", ["iso690-author-date-fr", "iso690-numeric-fr"])
def test_a_translator_alone_is_never_first(style: str) -> None:
    translated = {
        "id": "t",
        "type": "report",
        "title": "La gouvernance des ONG",
        "translator": [{"family": "Pinteaux-Jones", "given": "Françoise"}],
        "issued": {"date-parts": [[2007]]},
    }
    text = format_citation(translated, style).text
    assert "PINTEAUX" not in text
    assert text.removeprefix("1. ").startswith("La gouvernance des ONG")
    with_author = {**translated, "author": [{"family": "Calame", "given": "Pierre"}]}
    assert format_citation(with_author, style).text.removeprefix("1. ").startswith("CALAME, Pierre")
