"""Roles everywhere: who a work is by, in every display but the citation (``core.people``).

The fixtures are ``tests/data/bibtex/roles.bib`` and ``tests/data/csljson/roles.csl.json``
(written for these tests) and the real ``tolkien-fr/bourgois.bib`` (chapters with a crossref
to their edited book), imported into a fresh library as a librarian would.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.core import people
from kb_app.core.dto import AgentRole, Credit, FicheDetail, FicheRow, PlannedEntry
from kb_app.core.interchange.bibtex_read import read_bibtex
from kb_app.core.interchange.record import to_draft
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

DATA = Path(__file__).resolve().parents[1] / "data"
ROLES_BIB = DATA / "bibtex" / "roles.bib"
ROLES_CSL = DATA / "csljson" / "roles.csl.json"
BOURGOIS = DATA / "bibtex" / "tolkien-fr" / "bourgois.bib"

EDITED = "Tolkien, trente ans après"
CHAPTER = "Entretien avec l'éditeur français"
CHAPTER_BY_EDITOR = "La réception de Tolkien en France"


def fr(credits: tuple[Credit, ...]) -> str:
    return people.names(credits, "fr")


def en(credits: tuple[Credit, ...]) -> str:
    return people.names(credits, "en")


@pytest.fixture
def imported(library: Library) -> dict[str, str]:
    """roles.bib and roles.csl.json imported: title -> key."""
    keys: list[str] = []
    for path in (ROLES_BIB, ROLES_CSL):
        keys += run_job(library.import_file(path)).keys
    return {library.get(k).title: k for k in keys}


def rows_by_title(library: Library, imported: dict[str, str]) -> dict[str, FicheRow]:
    return {r.title: r for r in library.rows(list(imported.values()))}


# -- the crossref: a book's author is the chapter's host author, never its co-author ---------


def test_a_chapter_inherits_its_books_editors_as_the_hosts_and_its_author_as_bookauthor() -> None:
    records = {r.item["id"]: r for r in read_bibtex(ROLES_BIB.read_bytes(), "roles.bib").records}
    chapter = records["roles:chapter"].item
    assert chapter["author"] == [{"family": "Bourgois", "given": "Christian"}]
    assert chapter["editor"] == [{"family": "Ferré", "given": "Vincent"}]
    assert "container-author" not in chapter  # the edited book has no author
    foreword = records["roles:foreword"].item
    assert foreword["author"] == [{"family": "Tolkien", "given": "Christopher"}]
    assert foreword["container-author"] == [{"family": "Tolkien", "given": "John Ronald Reuel"}]
    assert foreword["container-title"] == "Lettres"
    # a part of a book that names no author is the book's author's (BibLaTeX), once
    letter = records["roles:letter"].item
    assert letter["author"] == [{"family": "Tolkien", "given": "John Ronald Reuel"}]
    assert "container-author" not in letter


def test_the_foreword_shows_its_author_and_the_host_book_with_its_author() -> None:
    records = {r.item["id"]: r for r in read_bibtex(ROLES_BIB.read_bytes(), "roles.bib").records}
    draft = to_draft(records["roles:foreword"])
    found = people.people(draft.agents, draft.details)
    assert fr(found.byline) == "Tolkien, Christopher"
    assert people.host_line(found, draft.details, "fr") == (
        "In : Tolkien, John Ronald Reuel ; Carpenter, Humphrey (éd.), Lettres"
    )
    assert people.host_line(found, draft.details, "en") == (
        "In: Tolkien, John Ronald Reuel; Carpenter, Humphrey (ed.), Lettres"
    )


# -- the result list -------------------------------------------------------------------------


def test_result_rows_show_each_work_by_its_own_people(
    library: Library, imported: dict[str, str]
) -> None:
    rows = rows_by_title(library, imported)
    chapter = rows[CHAPTER]
    assert chapter.authors == "Bourgois, Christian"  # not « Bourgois, Christian; Ferré »
    assert fr(chapter.people) == "Bourgois, Christian"
    assert fr(rows[CHAPTER_BY_EDITOR].people) == "Ferré, Vincent"  # once, as its author
    edited = rows[EDITED]
    assert edited.authors == ""  # an editor is no author
    assert fr(edited.people) == "Ferré, Vincent (éd.)"
    assert en(edited.people) == "Ferré, Vincent (ed.)"
    assert fr(rows["La route de la Terre du Milieu"].people) == "Shippey, Tom"
    assert fr(rows["Bilbo le Hobbit"].people) == "Ledoux, Francis (trad.)"
    assert en(rows["Bilbo le Hobbit"].people) == "Ledoux, Francis (trans.)"
    organisation = rows["Perspectives territoriales"].people
    assert organisation == (
        Credit(
            "Organisation de coopération et de développement économiques", "author", "organisation"
        ),
    )
    assert rows["Feuillet anonyme"].people == ()
    assert rows["Feuillet anonyme"].authors == ""
    assert fr(rows["Un film de deux réalisateurs"].people) == "Doe, John ; Roe, Rob (réal.)"
    assert en(rows["Un film de deux réalisateurs"].people) == "Doe, John; Roe, Rob (dir.)"
    assert fr(rows["Un livre dans une collection"].people) == "Martin, Claire"
    # a series editor did not make the book: no byline, but the role is kept (« dir. »)
    assert rows["Un recueil sans auteur"].people == ()


def test_the_search_contract_carries_the_people_with_their_roles(
    library: Library, imported: dict[str, str]
) -> None:
    del imported
    hits = {h.title: h for h in library.search("Tolkien trente ans", limit=20).hits}
    assert hits[EDITED].people == (Credit("Ferré, Vincent", "editor"),)
    data = library.search("Tolkien trente ans", limit=20).to_dict()
    edited = next(h for h in data["hits"] if h["title"] == EDITED)
    assert edited["people"] == [{"name": "Ferré, Vincent", "role": "editor", "type": "person"}]


# -- the reader's people, the finer roles ------------------------------------------------------


def test_a_fiche_sorts_its_people_into_byline_host_and_others(
    library: Library, imported: dict[str, str]
) -> None:
    chapter = library.get(imported[CHAPTER])
    found = people.people(chapter.agents, chapter.details)
    assert found.byline == (Credit("Bourgois, Christian", "author"),)
    assert found.host == (Credit("Ferré, Vincent", "editor"),)
    assert people.host_line(found, chapter.details, "fr") == (
        f"In : Ferré, Vincent (éd.), {EDITED}"
    )
    series = library.get(imported["Un livre dans une collection"])
    found = people.people(series.agents, series.details)
    assert found.others == (Credit("Durand, Paul", "collection-editor"),)
    assert people.mark("collection-editor", "fr") == "dir."
    letters = library.get(imported["Lettres"])
    found = people.people(letters.agents, letters.details)
    assert found.byline == (Credit("Tolkien, John Ronald Reuel", "author"),)
    assert found.host == ()  # a whole book: its editor is no host's
    assert found.others == (Credit("Carpenter, Humphrey", "editor"),)
    assert people.host_line(found, letters.details, "fr") == ""


def test_a_fiche_with_no_agent_shows_no_name() -> None:
    detail_people = people.people((), {"type": "book"})
    assert detail_people == people.People((), (), ())
    assert people.names((), "fr") == ""
    assert people.host_line(detail_people, {"type": "book"}, "fr") == ""


def test_an_article_without_host_people_keeps_its_journal_as_a_field() -> None:
    found = people.people([AgentRole("Dupont, Marie", "person", "author")], {"type": "article"})
    details = {"type": "article", "container_title": "Revue"}
    assert people.host_line(found, details, "fr") == ""


def test_many_authors_end_with_et_al_and_editors_keep_their_mark() -> None:
    credits = tuple(Credit(f"N{i}", "author") for i in range(5))
    assert people.names(credits, "fr") == "N0 ; N1 ; N2 et al."
    editors = tuple(Credit(f"E{i}", "editor") for i in range(4))
    assert people.names(editors, "en") == "E0; E1; E2 et al. (ed.)"
    assert people.author_names(credits) == "N0; N1; N2 et al."


def test_names_kept_by_older_imports_are_read_back() -> None:
    older = "{'family': 'Doe', 'given': 'John'}; {'literal': 'Studio Ghibli'}"
    found = people.credits((), {"extra": {"csl:director": older}})
    assert found == (
        Credit("Doe, John", "director"),
        Credit("Studio Ghibli", "director", "organisation"),
    )
    as_json = '[{"family": "Roe", "given": "Rob"}]'
    assert people.credits((), {"extra": {"csl:director": as_json}}) == (
        Credit("Roe, Rob", "director"),
    )


# -- the import preview --------------------------------------------------------------------------


def test_the_import_preview_shows_roles_not_editors_as_authors(library: Library) -> None:
    entries = {e.title: e for e in library.preview_import(BOURGOIS).entries}
    chapter = entries["Entretien avec l’éditeur français de J.\u00a0R.\u00a0R. Tolkien"]
    assert (chapter.authors, fr(chapter.people)) == ("Bourgois, Christian", "Bourgois, Christian")
    by_editor = next(e for e in entries.values() if e.title.startswith("La réception"))
    assert (by_editor.authors, fr(by_editor.people)) == ("Ferré, Vincent", "Ferré, Vincent")
    book = entries["Tolkien, trente ans après (1973–2003)"]
    assert (book.authors, fr(book.people)) == ("", "Ferré, Vincent (éd.)")


def test_the_markdown_preview_uses_the_same_byline(library: Library, tmp_path: Path) -> None:
    folder = tmp_path / "fiches"
    folder.mkdir()
    (folder / "edited.md").write_text(
        "---\nid: ref-edited\nkind: reference\ntitle: Un ouvrage collectif\nlang: fr\n"
        "agents:\n  - name: Ferré, Vincent\n    role: editor\n"
        "concepts:\n  - responsabilité\n  - gestion des relations\n"
        "reference:\n  type: book\n---\n\nTexte.\n",
        encoding="utf-8",
    )
    [entry] = library.preview_import(folder).entries
    assert isinstance(entry, PlannedEntry)
    assert (entry.authors, fr(entry.people)) == ("", "Ferré, Vincent (éd.)")


# -- an export made for reading ------------------------------------------------------------------


def test_the_reading_list_marks_editors(library: Library, imported: dict[str, str]) -> None:
    text = library.reading_list([imported[EDITED], imported[CHAPTER]], fmt="markdown", title="L")
    assert "Ferré, Vincent (éd.) · 2004" in text
    chapter_line = next(line for line in text.splitlines() if CHAPTER in line)
    assert "Ferré" not in chapter_line


def _detail(agents: tuple[AgentRole, ...], details: dict[str, object]) -> FicheDetail:
    return FicheDetail(
        1, "k", "u", "reference", "T", None, "fr", None, None, None, "", dict(details),
        (), (), (), agents, (), (), (), (), False, "", "",
    )  # fmt: skip


def test_credits_refine_only_the_role_a_record_kept() -> None:
    agents = (
        AgentRole("Durand, Paul", "person", "editor"),
        AgentRole("Durand, Paul", "person", "author"),
    )
    detail = _detail(
        agents, {"type": "book", "extra": {"csl:role:Durand, Paul": "collection-editor"}}
    )
    found = people.credits(detail.agents, detail.details)
    assert found == (Credit("Durand, Paul", "collection-editor"), Credit("Durand, Paul", "author"))
