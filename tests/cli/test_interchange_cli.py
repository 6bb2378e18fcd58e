"""`kb import`, `kb export`, `kb duplicates`, `kb merge` and `kb thesaurus`: the JSON contract,
exit codes and the French sentences, on real files copied into tests/data (see SOURCES.md)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli.main import main
from kb_app.core.library import Library
from tests.core.shipped_thesaurus import unused_with_narrower

DATA = Path(__file__).resolve().parents[1] / "data"
GENRO = "ref-genro-desouza-1998-budget-participatif"
CONTRACT = {"imported", "updated", "duplicates", "skipped", "errors"}


def kb(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str]:
    code = main(["--library", str(library), *args])
    out, _ = capsys.readouterr()
    return code, out


def kb_json(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, Any]:
    code, out = kb(capsys, library, *args, "--json")
    return code, json.loads(out)


def test_import_report_contract_and_arithmetic(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, report = kb_json(
        capsys, library_path, "import", str(DATA / "bibtex" / "jabref-complex.bib")
    )
    assert code == 0
    assert set(report) >= CONTRACT
    assert (report["found"], report["imported"], report["duplicates"], report["skipped"]) == (
        20,
        19,
        1,
        0,
    )
    assert (
        sum(report[k] for k in ("imported", "updated", "duplicates", "skipped")) == report["found"]
    )
    assert len(report["keys"]) == 19
    # the same file again: every entry is now a duplicate, nothing is written
    code, again = kb_json(
        capsys, library_path, "import", str(DATA / "bibtex" / "jabref-complex.bib")
    )
    assert (again["imported"], again["duplicates"]) == (0, 20)


def test_skipped_entries_are_located_and_exit_1(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    path = DATA / "bibtex" / "malformed" / "bbt-endnote-missing-citekey.bib"
    code, report = kb_json(capsys, library_path, "import", str(path))
    assert code == 1
    assert report["skipped"] == 1
    assert report["errors"][0]["where"] == f"{path.name}:2"
    assert report["errors"][0]["line"] == 2


def test_undecodable_file_changes_nothing_and_names_the_line(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    latin = tmp_path / "notices.bib"
    latin.write_bytes("@book{a,\n  title = {Économie},\n  year = 2001\n}\n".encode("latin-1"))
    code, report = kb_json(capsys, library_path, "import", str(latin))
    assert code == 1
    assert "is not UTF-8" in report["error"]
    assert report["problems"][0]["line"] == 2
    code, report = kb_json(capsys, library_path, "import", str(latin), "--encoding", "latin-1")
    assert code == 0
    assert report["imported"] == 1
    code, shown = kb_json(capsys, library_path, "show", report["keys"][0])
    assert shown["title"] == "Économie"


def test_dry_run_writes_nothing(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    path = DATA / "ris" / "jabref-RisImporterTest1.ris"
    _, before = kb_json(capsys, library_path, "stats")
    _, report = kb_json(capsys, library_path, "import", str(path), "--dry-run")
    assert report["dry_run"] is True
    assert (report["found"], report["imported"], report["skipped"]) == (11, 3, 8)
    _code, after = kb_json(capsys, library_path, "stats")
    assert after["fiches"] == before["fiches"]


@pytest.mark.parametrize(
    ("fmt", "suffix"), [("bibtex", ".bib"), ("ris", ".ris"), ("csljson", ".json")]
)
def test_export_then_import_finds_every_reference_again(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / f"refs{suffix}"
    code, summary = kb_json(
        capsys, library_path, "export", "--format", fmt, "--kind", "reference", str(out)
    )
    assert (code, summary["count"]) == (0, 11)
    code, report = kb_json(capsys, library_path, "import", str(out))
    assert (report["found"], report["duplicates"], report["imported"]) == (11, 11, 0)


def test_export_a_query_and_the_thesaurus(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    _, summary = kb_json(
        capsys,
        library_path,
        "export",
        "--format",
        "csljson",
        "--query",
        "budget participatif",
        str(tmp_path / "q.json"),
    )
    items = json.loads((tmp_path / "q.json").read_text(encoding="utf-8"))
    assert summary["count"] == len(items) >= 2
    assert GENRO in {i["id"] for i in items} or any("Genro" in json.dumps(i) for i in items)
    _code, summary = kb_json(
        capsys, library_path, "export", "--format", "skos", str(tmp_path / "t.ttl")
    )
    assert summary["count"] == 95  # every concept of the shipped thesaurus


def test_duplicates_and_merge(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    bib = tmp_path / "twin.bib"
    bib.write_text(
        "@book{twin, title = {Quand les habitants gèrent vraiment leur ville, vraiment}, "
        "author = {Genro, Tarso and de Souza, Ubiratan}, year = 1998}\n",
        encoding="utf-8",
    )
    _, report = kb_json(capsys, library_path, "import", str(bib))
    # only alike: imported, and flagged for review with its partner and why
    assert (report["imported"], report["duplicates"], report["flagged"]) == (1, 0, 1)
    (flagged,) = report["flagged_entries"]
    assert flagged["partner"]["fiche"] == GENRO
    assert flagged["partner"]["reason"] == "similar-title"
    assert flagged["partner"]["score"] >= 90
    imported = report["keys"][0]
    _, pairs = kb_json(capsys, library_path, "duplicates")
    found = {frozenset((p["key_a"], p["key_b"])) for p in pairs["pairs"]}
    assert found == {frozenset((GENRO, imported))}
    code, out = kb(capsys, library_path, "merge", GENRO, imported)
    assert code == 0
    # a twin typed by hand (not imported) is found on demand, then merged
    with Library.open(library_path) as lib:
        title = "Quand les habitants gèrent vraiment leur ville !"
        twin = lib.add(replace(lib.draft(GENRO), key=None, title=title, links=()))
    _, pairs = kb_json(capsys, library_path, "duplicates")
    found = {frozenset((p["key_a"], p["key_b"])) for p in pairs["pairs"]}
    assert found == {frozenset((GENRO, twin.key))}
    code, out = kb(capsys, library_path, "merge", GENRO, twin.key)
    assert code == 0
    assert f"« {twin.key} » fusionnée dans « {GENRO} »" in out
    _, pairs = kb_json(capsys, library_path, "duplicates")
    assert pairs["pairs"] == []


def test_thesaurus_commands(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out = kb(capsys, library_path, "thesaurus", "rename", "filière", "filière économique")
    assert code == 0
    assert "« filière économique »" in out
    code, out = kb(capsys, library_path, "thesaurus", "delete", "bien commun")
    assert code == 1
    code, quality = kb_json(capsys, library_path, "thesaurus", "quality")
    assert quality["counts"]["unused"] == len(unused_with_narrower())


def test_kb_duplicates_not_duplicate(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    with Library.open(library_path) as lib:
        draft = replace(lib.draft(GENRO), key=None, links=())
        twin = lib.add(replace(draft, title=draft.title + " !"))
    _, pairs = kb_json(capsys, library_path, "duplicates")
    assert [{p["key_a"], p["key_b"]} for p in pairs["pairs"]] == [{GENRO, twin.key}]
    code, out = kb(capsys, library_path, "duplicates", "--not-duplicate", twin.key, GENRO)
    assert code == 0
    assert "deux œuvres" in out
    _, pairs = kb_json(capsys, library_path, "duplicates")
    assert pairs["pairs"] == []


def test_import_summary_leads_with_what_a_librarian_needs(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    bib = tmp_path / "lot.bib"
    bib.write_text(
        "@book{a, title = {Une histoire des communs}, author = {Dupont, Anne}, year = 2010}\n"
        "@book{b, title = {Une histoire des communs}, author = {Dupont, Anne}, year = 2010}\n"
        "@book{c, title = {Histoire des communs}, author = {Dupont, A.}, year = 2010,"
        " pages = {200}}\n"
        "@book{d, author = {Lee, Mary}, year = 1981\n",
        encoding="utf-8",
    )
    code, out = kb(capsys, library_path, "import", str(bib))
    assert code == 1  # an entry was skipped
    lines = out.splitlines()
    assert (
        lines[1]
        == "  2 importée(s), 0 mise(s) à jour, 1 identique(s) mise(s) de côté, 1 écartée(s)"
    )
    assert lines[2] == "  mises de côté comme identiques : 1 (entrée identique : 1)"
    assert lines[3].startswith("  signalées comme doublons probables, à vérifier : 1")
    assert lines[4] == (
        "  identique lot.bib:2 : Une histoire des communs — même œuvre que l'entrée de la "
        "ligne 1 du fichier (entrée identique)"
    )
    (review,) = [line for line in lines if line.startswith("  à vérifier")]
    assert "lot.bib:3 : Histoire des communs — ressemble à l'entrée de la ligne 1" in review
    assert review.endswith("« Une histoire des communs »")
    (skipped,) = [line for line in lines if line.startswith("  écartée")]
    assert "lot.bib:4 : " in skipped
