"""Importing other people's SKOS thesauri (Skosmos edge cases, MIT): lenient but located."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.core.errors import ValidationError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

DATA = Path(__file__).resolve().parents[1] / "data" / "skos"


def test_labels_in_other_languages_are_used_with_a_warning(library: Library) -> None:
    report = run_job(library.import_file(DATA / "skosmos-nolang.ttl"))
    assert (report.found, report.imported, report.skipped) == (3, 3, 0)
    assert len(report.warnings) == 3
    assert all("no French prefLabel" in w.message and w.line for w in report.warnings)


def test_clashing_labels_are_made_unique(library: Library) -> None:
    report = library.preview_import(DATA / "skosmos-dup.ttl")
    assert report.found == report.imported == 7
    clashes = [w for w in report.warnings if "used twice" in w.message]
    assert clashes
    assert all(w.line is not None for w in clashes)


def test_a_cycle_refuses_the_whole_file_with_its_line(library: Library) -> None:
    before = len(library.concept_tree())
    with pytest.raises(ValidationError) as err:
        run_job(library.import_file(DATA / "skosmos-cycle.ttl"))
    assert any("cycle" in p.message and p.line == 11 for p in err.value.problems)
    assert len(library.concept_tree()) == before


@pytest.mark.parametrize("name", ["skosmos-collation.ttl", "skosmos-xl.ttl"])
def test_other_edge_cases_import(library: Library, name: str) -> None:
    report = run_job(library.import_file(DATA / name))
    assert report.imported + report.duplicates + report.skipped == report.found > 0


def test_doctype_is_refused_before_parsing(library: Library, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.rdf"
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};">' for i in range(1, 30))
    bomb.write_text(
        f'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>'
        '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">&l29;</rdf:RDF>',
        encoding="utf-8",
    )
    with pytest.raises(ValidationError, match="DOCTYPE"):
        library.preview_import(bomb)


def test_the_child_reports_memory_exhaustion_as_a_refusal(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.ttl"
    literal = "x" * 3_000_000
    big.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        + "".join(
            f'<http://e.org/c{i}> a skos:Concept ; skos:prefLabel "c{i} {literal}"@fr .\n'
            for i in range(30)
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("KB_SKOS_CHILD_MEMORY", str(64 * 1024 * 1024))  # far too little
    with pytest.raises(ValidationError, match="could not be read"):
        library.preview_import(big)
