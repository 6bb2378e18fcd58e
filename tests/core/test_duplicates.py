"""Duplicates: identity sets aside, likeness is flagged, vetoes keep distinct works apart.

Every fixture here is written for the test (the labelled set of real pairs is measured last).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from benchmarks.duplicates_quality import load, measure
from kb_app.core.dto import AgentDraft, FicheDraft
from kb_app.core.interchange.duplicates import DuplicateIndex, make_identity, veto
from kb_app.core.interchange.importer import plan_import, report_of
from kb_app.core.interchange.record import ParseResult, SourceRecord
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from kb_app.core.storage.session import reading
from tests.core.test_import_merge import rec

DATA = Path(__file__).resolve().parents[1] / "data" / "duplicates"


def ref(
    title: str,
    *people: str,
    year: int | None = 2001,
    subtitle: str | None = None,
    **details: Any,
) -> Any:
    """An identity from a few fields (``people``: « Family, Given », authors in order)."""
    return make_identity(
        title,
        title=title,
        subtitle=subtitle,
        date=str(year) if year else None,
        year=year,
        agents=[("author", p) for p in people],
        details={"type": "book", **details},
    )


def same_work(a: Any, b: Any) -> str | None:
    found = DuplicateIndex([a]).match(b)
    return found.reason if found else None


# --- vetoes: never the same work ----------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        (  # two volumes of one work, each with its ISBN
            ref(
                "Tolkien, le façonnement d’un monde (volume 1)",
                "Devaux, M.",
                isbn="978-2-9535-0001-1",
            ),
            ref(
                "Tolkien, le façonnement d’un monde (volume 2)",
                "Devaux, M.",
                isbn="978-2-9535-0002-8",
            ),
            "isbn",
        ),
        (  # the same, without ISBNs: the title's marker tells them apart
            ref("Tolkien, le façonnement d’un monde (volume 1)", "Devaux, M."),
            ref("Tolkien, le façonnement d’un monde (volume 2)", "Devaux, M."),
            "title-markers",
        ),
        (  # two parts of an encyclopaedia
            ref("Encyclopédie des mondes imaginaires, A-B", "Ferré, Vincent"),
            ref("Encyclopédie des mondes imaginaires, C-C", "Ferré, Vincent"),
            "title-markers",
        ),
        (  # « t. II » and « tome 3 »
            ref("Histoire de la Terre du Milieu, t. II", "Tolkien, J. R. R."),
            ref("Histoire de la Terre du Milieu, tome 3", "Tolkien, J. R. R."),
            "title-markers",
        ),
        (  # a meeting report: two months of one year
            ref("Report on the January 1981 meeting of the Council", "Smith, Ann", year=1981),
            ref("Report on the May 1981 meeting of the Council", "Smith, Ann", year=1981),
            "title-markers",
        ),
        (  # a column in every issue
            ref("Greetings from the Editor", "Lee, Mary", issue="2", pages="1-2"),
            ref("Greetings from the Editor", "Lee, Mary", issue="3", pages="1-2"),
            "issue",
        ),
        (  # the same column, only the pages differ
            ref("Greetings from the Editor", "Lee, Mary", pages="1-2"),
            ref("Greetings from the Editor", "Lee, Mary", pages="101-102"),
            "pages",
        ),
        (  # « Addresses of officers » in issue 2 and issue 3 (as the number field)
            ref("Addresses of officers", "Society, The", number="2"),
            ref("Addresses of officers", "Society, The", number="3"),
            "number",
        ),
        (  # two yearly issues of one serial, each with its ISBN
            ref("Annuaire des études tolkieniennes", "Willis, D.", isbn="2-9535-0003-4"),
            ref("Annuaire des études tolkieniennes", "Willis, D.", isbn="2-9535-0004-2"),
            "isbn",
        ),
        (  # two editions
            ref("Dictionnaire Tolkien", "Ferré, Vincent", edition="1"),
            ref("Dictionnaire Tolkien", "Ferré, Vincent", edition="2e éd."),
            "edition",
        ),
        (  # one book, two publishers
            ref("Tolkien en France", "Kloczko, É.", publisher="Arda"),
            ref("Tolkien en France", "Kloczko, É.", publisher="Christian Bourgois"),
            "publisher",
        ),
        (  # two volumes as a field
            ref("Kritik der reinen Vernunft", "Kant, I.", volume="III"),
            ref("Kritik der reinen Vernunft", "Kant, I.", volume="4"),
            "volume",
        ),
        (  # two dates the importer could not read, and they differ
            ref("0011-21/0012-22", year=None, date_note="[11, 13], [12, 14]"),
            ref("-0011-21/-0012-22", year=None, date_note="[-12, 13], [-13, 14]"),
            "date",
        ),
        (  # two pages of one site (latexhumain-latex.bib: TeXample.net, its TikZ page)
            ref("TeXample.net", type="webpage", url="http://www.texample.net/"),
            ref(
                "TeXample.net",
                subtitle="TikZ and PGF",
                type="webpage",
                url="http://www.texample.net/tikz/",
            ),
            "url",
        ),
        (  # one page, its address written two ways: no veto
            ref("TeXample.net", type="webpage", url="http://www.texample.net/"),
            ref("TeXample.net", type="webpage", url="https://texample.net"),
            None,
        ),
        (
            ref("A paper", "Doe, J.", doi="10.1000/a"),
            ref("A paper", "Doe, J.", doi="10.1000/b"),
            "doi",
        ),
    ],
)
def test_vetoes(a: Any, b: Any, why: str | None) -> None:
    assert veto(a, b) == why
    if why is not None:
        assert same_work(a, b) is None


def test_issn_and_part_vetoes() -> None:
    a = make_identity(
        "a", title="Bulletin", subtitle=None, date="1990", year=1990, agents=[],
        details={"type": "article", "extra": {"bibtex:issn": "1234-5678"}},
    )  # fmt: skip
    b = replace(a, key="b", fields={**a.fields, "issn": "87654321"})
    assert veto(a, b) == "issn"
    c = make_identity(
        "c", title="Bulletin", subtitle=None, date="1990", year=1990, agents=[],
        details={"type": "article", "extra": {"bibtex:part": "2"}},
    )  # fmt: skip
    d = replace(c, fields={**c.fields, "part": ("3",)})
    assert veto(c, d) == "part"


def test_a_chapter_is_not_its_book() -> None:
    book = ref("Alternative Modernities", "Gaonkar, Dilip")
    chapter = ref(
        "On Alternative Modernities", "Gaonkar, Dilip", container_title="Alternative Modernities"
    )
    assert veto(book, chapter) == "part-of"
    assert same_work(book, chapter) is None


# --- likeness: the same work typed again --------------------------------------------------


ORIGINAL = ref(
    "Les Anneaux de pouvoir",
    "Tolkien, John Ronald Reuel",
    "Ferré, Vincent",
    "Devaux, Michaël",
    subtitle="une étude & un essai",
    publisher="Éditions Christian Bourgois",
    pages="1-250",
)


@pytest.mark.parametrize(
    "again",
    [
        ref("Les Anneaux de pouvoir", "Tolkien, John Ronald Reuel"),  # subtitle dropped
        ref("Les Anneaux de pouvoir : une étude et un essai", "Tolkien, J. R. R."),  # glued
        ref("Les anneaux de pouvoir", "Tolkien, J. R. R.", subtitle="une etude et un essai"),
        ref("LES ANNEAUX DE POUVOIR", "Tolkien, John Ronald Reuel", subtitle="Une étude, un essai"),
        ref("Anneaux de pouvoir", "Tolkien, J.", "et al."),  # article, initials, et al.
        ref("Les Anneaux de pouvoir", "Tolkien, J.", subtitle="une étude and un essai"),
        ref("Les Anneaux du pouvoir", "Tolkien, J. R. R.", publisher="Christian Bourgois"),
    ],
)
def test_likeness_finds_the_same_work_typed_again(again: Any) -> None:
    assert same_work(ORIGINAL, again) in ("title-year-author", "similar-title")


def test_likeness_needs_the_same_author_and_year() -> None:
    assert same_work(ORIGINAL, ref("Les Anneaux de pouvoir", "Ferré, Vincent")) is None
    assert same_work(ORIGINAL, ref("Les Anneaux de pouvoir", "Tolkien, J.", year=1990)) is None
    # a year missing on one side does not keep them apart
    assert same_work(ORIGINAL, ref("Les Anneaux de pouvoir", "Tolkien, J.", year=None))
    # two different subtitles: two works of one series
    a = ref("Les fiches de Bébert", "Masson, B.", subtitle="Tableau")
    assert (
        same_work(a, ref("Les fiches de Bébert", "Masson, B.", subtitle="dompter ses puces"))
        is None
    )


# --- identity on import: set aside; likeness: imported and flagged ------------------------


def plan(library: Library, *records: SourceRecord, **kw: Any) -> Any:
    with reading(library.engine) as s:
        planned = plan_import(s, ParseResult(list(records), [], []), **kw)
    return report_of(planned, "test.bib", "bibtex", dry_run=True)


def test_only_identity_sets_aside(library: Library) -> None:
    report = plan(
        library,
        rec(1, "Les communs urbains", ISBN="978-2-07-032707-2", publisher="Atelier"),
        rec(2, "Les communs urbains", ISBN="2-07-032707-0"),  # same ISBN and title
        rec(3, "Un chapitre du livre", ISBN="978-2-07-032707-2"),  # its book's ISBN only
        rec(4, "Un article", DOI="10.1000/x1"),
        rec(5, "Un article (version longue)", DOI="https://doi.org/10.1000/X1"),  # same DOI
        rec(6, "Un article.", DOI="10.1000/x1", page="3-9"),  # same DOI, other pages
        rec(7, "Les communs urbains", publisher="Atelier", ISBN="978-2-07-032707-2"),
        rec(8, "Communs urbains", "Dupont", publisher="Atelier"),  # alike: flagged
        rec(9, "Les communs urbains (volume 2)", publisher="Atelier"),  # vetoed: new
    )
    by_line = {e.line: e for e in report.entries}
    assert {n: by_line[n].action for n in by_line} == {
        1: "new", 2: "duplicate", 3: "new", 4: "new", 5: "duplicate", 6: "duplicate",
        7: "duplicate", 8: "new", 9: "new",
    }  # fmt: skip
    assert [by_line[n].params["reason"] for n in (2, 5, 6, 7)] == ["isbn", "doi", "doi", "isbn"]
    assert [n for n in by_line if by_line[n].flagged] == [8]
    like = by_line[8].likeness
    assert like is not None
    assert (like.line, like.fiche) == (1, None)
    assert (report.imported, report.duplicates, report.flagged) == (5, 4, 1)
    assert report.imported + report.updated + report.duplicates + report.skipped == report.found
    data = report.to_dict()
    assert data["flagged"] == 1
    assert data["flagged_entries"][0]["partner"]["line"] == 1
    assert data["flagged_entries"][0]["where"] == "test.bib:8"


def test_the_same_entry_is_set_aside(library: Library) -> None:
    report = plan(
        library,
        rec(1, "Économie du bien commun", publisher="ECLM", page="12"),
        rec(2, "economie du bien-commun !", publisher="ECLM", page="12"),
    )
    second = report.entries[1]
    assert (second.action, second.params["reason"]) == ("duplicate", "same-entry")


def test_the_librarians_choices(library: Library) -> None:
    records = (
        rec(1, "Une histoire des communs", publisher="Atelier"),
        rec(2, "Histoire des communs", page="1-200"),
        rec(3, "Quand les habitants gèrent vraiment leur ville", "Genro", 1998),
    )
    report = plan(library, *records)
    assert [e.flagged for e in report.entries] == [False, True, True]
    report = plan(library, *records, choices={2: "merge", 3: "skip"})
    assert [e.action for e in report.entries] == ["new", "duplicate", "skip"]
    assert report.entries[1].reason == "import.merged_into_entry"
    assert report.entries[2].reason == "import.skipped_as_alike"
    assert report.imported + report.updated + report.duplicates + report.skipped == 3
    with reading(library.engine) as s:
        planned = plan_import(s, ParseResult(list(records), [], []), choices={2: "merge"})
    assert planned.new[0].details["pages"] == "1-200"  # the gap filled from the merged entry
    assert planned.new[0].details["publisher"] == "Atelier"


def test_import_with_choices_writes_what_was_chosen(library: Library, tmp_path: Path) -> None:
    bib = tmp_path / "twin.bib"
    bib.write_text(
        "@book{a, title = {Une histoire des communs}, author = {Dupont, Anne}, year = 2010}\n"
        "@book{b, title = {Histoire des communs}, author = {Dupont, A.}, year = 2010,"
        " pages = {200}}\n",
        encoding="utf-8",
    )
    preview = library.preview_import(bib)
    (flagged,) = [e for e in preview.entries if e.flagged]
    assert flagged.line is not None
    report = run_job(library.import_file(bib, choices={flagged.line: "merge"}))
    assert (report.imported, report.duplicates) == (1, 1)
    assert library.get(report.keys[0]).details["pages"] == "200"


def test_likely_duplicates_of_a_fiche_typed_by_hand(library: Library) -> None:
    genro = "ref-genro-desouza-1998-budget-participatif"
    draft = replace(library.draft(genro), key=None, links=())
    typed = replace(
        draft,
        title="quand les habitants gerent vraiment leur ville",
        subtitle=None,
        agents=(AgentDraft("Genro, T.", "author"),),
        details={"type": "book"},
    )
    (found,) = library.likely_duplicates(typed)
    assert (found.key, found.identical) == (genro, False)
    assert found.reason in ("title-year-author", "similar-title")
    assert library.likely_duplicates(draft)[0].identical  # every field the same
    assert library.likely_duplicates(draft, key=genro) == []  # itself, being edited
    other = FicheDraft(kind="reference", title="Un tout autre livre", date="1998")
    assert library.likely_duplicates(other) == []


# --- measured on real pairs ----------------------------------------------------------------


def test_precision_and_recall_on_the_labelled_set() -> None:
    """The figures ``benchmarks/duplicates_quality.py`` prints, held to their floors."""
    pairs = load(DATA / "pairs.json")
    assert len(pairs) >= 100
    figures = measure(pairs)
    assert figures["same"] >= 50
    assert figures["distinct"] >= 50
    assert figures["precision"] >= 0.98
    assert figures["recall"] >= 0.9


def test_a_pair_judged_two_works_is_no_longer_listed(library_path: Path) -> None:
    genro = "ref-genro-desouza-1998-budget-participatif"
    with Library.open(library_path) as lib:
        draft = replace(lib.draft(genro), key=None, links=())
        twin = lib.add(replace(draft, title=draft.title.upper(), subtitle=None))
        other = lib.add(draft)  # every field the same
        pairs = {frozenset((p.key_a, p.key_b)): p.reason for p in lib.duplicates()}
        assert pairs[frozenset((genro, other.key))] == "same-entry"
        assert frozenset((genro, twin.key)) in pairs or frozenset((other.key, twin.key)) in pairs
        lib.not_duplicate(twin.key, genro)
        lib.not_duplicate(genro, twin.key)  # twice, either order: one record
        lib.not_duplicate(twin.key, other.key)
    with Library.open(library_path) as lib:  # it lasts
        listed = {frozenset((p.key_a, p.key_b)) for p in lib.duplicates()}
        assert listed == {frozenset((genro, other.key))}


def test_two_pages_of_one_site_are_neither_set_aside_nor_flagged(library: Library) -> None:
    """BibDesk's @url entries are web pages: TeXample.net and its TikZ page are two works."""
    source = Path(__file__).resolve().parents[1] / "data" / "bibtex" / "latexhumain-latex.bib"
    report = library.preview_import(source)
    pages = [e for e in report.entries if e.title == "TeXample.net"]
    assert [e.line for e in pages] == [523, 792]
    assert [(e.action, e.likeness) for e in pages] == [("new", None), ("new", None)]


def test_the_editors_narrowed_search_finds_what_the_whole_library_gives(library: Library) -> None:
    """``likely_of`` reads only the references its SQL narrowing keeps: on real files, each
    fiche typed again (with a typo) finds the same matches as against every reference."""
    from kb_app.core.interchange.duplicates import (
        identity_of_draft,
        library_identities,
        likely_of,
    )

    data = Path(__file__).resolve().parents[1] / "data" / "bibtex"
    for name in ("tolkien-fr/bourgois.bib", "latexhumain-latex.bib", "jabref-complex.bib"):
        run_job(library.import_file(data / name))
    keys = [f.key for f in library.list_fiches("reference")]
    assert len(keys) > 150
    found = 0
    with reading(library.ctx.engine) as s:
        for key in keys:
            typed = library.draft(key)  # typed again with a typo in its longest word
            word = max(typed.title.split(), key=len)
            typo = word[0] + word[2] + word[1] + word[3:] if len(word) > 3 else word
            draft = replace(typed, key=None, title=typed.title.replace(word, typo), details={})
            everything = DuplicateIndex(library_identities(s))
            ident = identity_of_draft(draft, "#draft")
            same = everything.identical(ident)
            first = [same.key] if same else []
            alike = [m.key for m in everything.alike(ident, limit=5) if m.key not in first]
            expected = first + alike
            assert [m.key for m in likely_of(s, draft)] == expected[:5], key
            found += bool(expected)
    assert found > 100  # most are still found (by likeness): the check is not vacuous
