"""French typography, the one fiche -> CSL-JSON function, and citation defects fixed against
citeproc-js (chapter host author, sort on text, one date, rich text)."""

from __future__ import annotations

import pytest

from kb_app.core.dto import AgentRole, FicheDetail
from kb_app.core.interchange.cite import csl_json, markdown_emphasis, why_uncitable
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
