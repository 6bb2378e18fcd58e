"""Import planning (arithmetic, duplicates, updates), Markdown and SKOS imports, merge, export."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import func, select

from kb_app.core.errors import Problem, UserError, ValidationError
from kb_app.core.interchange.duplicates import norm_isbn, norm_title
from kb_app.core.interchange.importer import plan_import, report_of
from kb_app.core.interchange.record import ParseResult, SourceRecord
from kb_app.core.jobs import Cancelled, CancelToken, run_job
from kb_app.core.library import Library
from kb_app.core.paths import resources_dir
from kb_app.core.storage.models import Concept, Fiche
from kb_app.core.storage.session import reading


def rec(
    line: int, title: str, family: str = "Dupont", year: int = 2010, **more: object
) -> SourceRecord:
    item = {
        "id": f"k{line}",
        "type": "book",
        "title": title,
        "author": [{"family": family, "given": "Anne"}],
        "issued": {"date-parts": [[year]]},
        **more,
    }
    return SourceRecord(item, "test.bib", line)


def counts(lib: Library) -> int:
    with reading(lib.engine) as s:
        return int(s.scalar(select(func.count()).select_from(Fiche)) or 0)


def test_arithmetic_and_every_kind_of_outcome(library: Library) -> None:
    parsed = ParseResult(
        records=[
            rec(1, "Une histoire des communs"),
            rec(9, "Une histoire des Communs !"),  # same title once normalised: duplicate in file
            rec(17, "Quand les habitants gèrent vraiment leur ville", "Genro", 1998),
            rec(25, "Autre livre", DOI="10.1000/xyz"),
            rec(33, "x" * 600),  # too long a title: skipped with its line
        ],
        skipped=[Problem("test.bib", "bibtex.keyless_unreadable", 40, {"detail": "no comma"})],
        warnings=[],
    )
    with reading(library.engine) as s:
        plan = plan_import(s, parsed)
    report = report_of(plan, "test.bib", "bibtex", dry_run=True)
    # line 17 only looks like a fiche of the library: imported, and flagged for review
    assert (report.found, report.imported, report.duplicates, report.skipped) == (6, 3, 1, 2)
    assert report.imported + report.updated + report.duplicates + report.skipped == report.found
    assert report.flagged == 1
    by_line = {e.line: e for e in report.entries}
    assert (by_line[9].reason, by_line[9].params["line"]) == ("import.same_as_entry", 1)
    assert by_line[9].params["reason"] == "same-entry"
    assert by_line[17].action == "new"
    assert by_line[17].likeness is not None
    assert by_line[17].likeness.fiche == "ref-genro-desouza-1998-budget-participatif"
    assert by_line[33].action == "skip"
    assert (by_line[33].reason, by_line[33].params) == ("import.title_too_long", {"limit": 500})
    assert {(p.line, p.message) for p in report.errors} >= {
        (40, "entry could not be read: no comma")
    }


def test_doi_and_isbn_identity() -> None:
    assert norm_isbn("2-07-032707-0") == norm_isbn("978-2-07-032707-2") == "9782070327072"
    assert norm_title("L'Économie  du Bien-commun ") == "l economie du bien commun"


def test_update_refreshes_bibliographic_fields_and_keeps_concepts(library: Library) -> None:
    before = library.get("ref-genro-desouza-1998-budget-participatif")
    record = rec(
        3,
        before.title,
        "Genro",
        1998,
        publisher="Éditions Charles Léopold Mayer",
        **{"publisher-place": "Paris"},
        keyword="budget participatif, sujet libre",
    )
    record.item["author"] = [
        {"family": "Genro", "given": "Tarso"},
        {"family": "de Souza", "given": "Ubiratan"},
    ]
    with reading(library.engine) as s:  # only alike (a place added): flagged, imported
        plan = plan_import(s, ParseResult([record], [], []), update=True)
    assert [(e.action, e.flagged) for e in plan.entries] == [("new", True)]
    with reading(library.engine) as s:  # the librarian chose « merge » in the preview
        plan = plan_import(s, ParseResult([record], [], []), choices={3: "merge"})
    assert [e.action for e in plan.entries] == ["update"]
    keys, updated = run_job(library.imports._write_plan(plan, None))
    after = library.get(before.key)
    assert updated == 1
    assert keys == []
    assert after.details["publisher"] == "Éditions Charles Léopold Mayer"
    assert after.details["place"] == "Paris"
    assert {c.label for c in before.concepts} <= {c.label for c in after.concepts}
    assert after.details["extra"]["keyword"] == "sujet libre"
    assert after.body == before.body


def test_new_records_are_written_in_one_transaction_and_cancel_rolls_back(library: Library) -> None:
    parsed = ParseResult(
        [rec(i, f"Titre numéro {i}", f"Auteur{i}") for i in range(1, 1200)], [], []
    )
    with reading(library.engine) as s:
        plan = plan_import(s, parsed)
    before = counts(library)
    token = CancelToken()
    token.cancel()
    with pytest.raises(Cancelled):
        run_job(library.imports._write_plan(plan, token))
    assert counts(library) == before
    keys, _ = run_job(library.imports._write_plan(plan, None))
    assert len(keys) == 1199
    assert counts(library) == before + 1199
    assert library.search("Auteur77").total >= 1


def markdown_export(library: Library, tmp_path: Path) -> Path:
    out = tmp_path / "md"
    library.export("markdown", out)
    return out


def test_markdown_round_trip_into_an_empty_library(library: Library, tmp_path: Path) -> None:
    out = markdown_export(library, tmp_path)
    assert len(list(out.glob("*.md"))) == 31
    # the same library: everything is already there
    again = run_job(library.import_file(out))
    assert (again.found, again.duplicates, again.imported) == (31, 31, 0)
    # a new library with the thesaurus and no fiche: everything comes back, identical
    resources = tmp_path / "res"
    shutil.copytree(resources_dir() / "thesaurus", resources / "thesaurus")
    (resources / "seed").mkdir()
    fresh = Library.open(tmp_path / "fresh", seed_resources=resources)
    try:
        assert fresh.export_keys() == []
        report = run_job(fresh.import_file(out))
        assert (report.found, report.imported, report.skipped) == (31, 31, 0)
        for key in library.export_keys():
            assert fresh.draft(key) == library.draft(key), key
        dossier = "dossier-cnfpt-2016-gestion-territoriale-relations"
        assert fresh.get(dossier).members == library.get(dossier).members
    finally:
        fresh.close()


def test_markdown_import_skips_broken_files_with_their_line(
    library: Library, tmp_path: Path
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "ref-nouveau-livre.md").write_text(
        "---\nid: ref-nouveau-livre\nkind: reference\ntitle: Nouveau livre\nlang: fr\n"
        "concepts: [bien commun, gouvernance territoriale]\n"
        "agents: [{name: 'Doe, Jane', role: author}]\n"
        "reference: {type: book}\n---\n\nCorps.\n",
        encoding="utf-8",
    )
    (folder / "ref-casse.md").write_text(
        "---\nid: ref-casse\nkind: reference\ntitle: Cassé\nlang: fr\n"
        "concepts: [bien commun, concept inconnu]\nagents: []\nreference: {type: book}\n---\n",
        encoding="utf-8",
    )
    (folder / "ref-lie.md").write_text(
        "---\nid: ref-lie\nkind: reference\ntitle: Lié\nlang: fr\n"
        "concepts: [bien commun, gouvernance territoriale]\nagents: []\nreference: {type: book}\n"
        "links: [{type: cites, target: ref-casse}]\n---\n",
        encoding="utf-8",
    )
    report = run_job(library.import_file(folder))
    assert (report.found, report.imported, report.skipped) == (3, 1, 2)
    messages = {Path(p.where).name: (p.line, p.message) for p in report.errors}
    assert messages["ref-casse.md"] == (6, "unknown (or ambiguous) concept « concept inconnu »")
    assert "ref-casse" in messages["ref-lie.md"][1]
    assert library.get("ref-nouveau-livre").agents[0].name == "Doe, Jane"


def test_skos_import_adds_new_concepts_and_refuses_cycles(library: Library, tmp_path: Path) -> None:
    ttl = tmp_path / "extra.ttl"
    ttl.write_text(
        """@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix ex: <http://example.org/t/> .
ex:communs a skos:Concept ; skos:prefLabel "communs numériques"@fr ;
    skos:broader <https://kb-app.invalid/thesaurus/bien-commun> .
<https://kb-app.invalid/thesaurus/bien-commun> a skos:Concept ; skos:prefLabel "bien commun"@fr .
""",
        encoding="utf-8",
    )
    with reading(library.engine) as s:
        uri = s.scalars(select(Concept.uri).where(Concept.key == "bien-commun")).one()
    ttl.write_text(
        ttl.read_text(encoding="utf-8").replace(
            "https://kb-app.invalid/thesaurus/bien-commun", uri
        ),
        encoding="utf-8",
    )
    preview = library.preview_import(ttl)
    assert (preview.found, preview.imported, preview.duplicates) == (2, 1, 1)
    report = run_job(library.import_file(ttl))
    assert report.imported == 1
    concept = library.concept("communs numériques")
    assert [b.key for b in concept.broader] == ["bien-commun"]
    bad = tmp_path / "cycle.ttl"
    bad.write_text(
        f"""@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
<{uri}> a skos:Concept ; skos:prefLabel "bien commun"@fr ;
    skos:broader <http://example.org/t/communs> .
<http://example.org/t/communs> a skos:Concept ; skos:prefLabel "communs numériques"@fr .
""",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="cycle"):
        run_job(library.import_file(bad))


def test_duplicates_and_merge_keep_links_and_concepts(library: Library) -> None:
    original = library.get("ref-genro-desouza-1998-budget-participatif")
    draft = library.draft(original.key)
    from dataclasses import replace

    twin = library.add(
        replace(draft, key=None, title=original.title + ".", concepts=("délibération",), links=())
    )
    pairs = library.duplicates()
    assert any({p.key_a, p.key_b} == {original.key, twin.key} for p in pairs)
    library.link(twin.key, "ref-cglu-2008-gold-i", "cites")
    fields = {f.name: f for f in library.merge_fields(original.key, twin.key)}
    assert fields["title"].differs
    assert not fields["date"].differs
    merged = library.merge(original.key, twin.key, {"title": "b"})
    assert merged.title == original.title + "."
    labels = {c.label for c in merged.concepts}
    assert "délibération" in labels
    assert {c.label for c in original.concepts} <= labels
    assert "ref-cglu-2008-gold-i" in {ln.fiche.key for ln in merged.links_out}
    assert {ln.fiche.key for ln in original.links_in} <= {ln.fiche.key for ln in merged.links_in}
    assert [d.key for d in merged.dossiers] == [d.key for d in original.dossiers]
    assert twin.key in {f.key for f in library.trash()}
    with pytest.raises(UserError):
        library.merge(original.key, "case-porto-alegre-budget-participatif")


def test_markdown_export_needs_an_empty_folder(library: Library, tmp_path: Path) -> None:
    (tmp_path / "full").mkdir()
    (tmp_path / "full" / "x.txt").write_text("x")
    with pytest.raises(UserError):
        library.export("markdown", tmp_path / "full")
    shutil.rmtree(tmp_path / "full")
