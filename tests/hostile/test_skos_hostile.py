"""T22 — hostile SKOS files, end to end through ``Library.import_file``.

tests/core/test_skos_import.py has the Skosmos edge cases (other languages, clashes, a
cycle) and a UTF-8 billion-laughs; here: XXE and external DTDs in every encoding a parser
would accept (the content of /etc/passwd must never reach the database), the child's time
and memory caps, a concept without any label, 100,000 concepts (timed), and a 10 MB literal.
"""

from __future__ import annotations

import codecs
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from kb_app.core.library import Library
from kb_app.core.thesaurus import skos_child
from tests.conftest import slow_mode
from tests.hostile.conftest import Importer

RDF = (
    'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" '
    'xmlns:skos="http://www.w3.org/2004/02/skos/core#"'
)
BODY = (
    f"<rdf:RDF {RDF}>\n"
    '<skos:Concept rdf:about="http://example.org/x/c1">'
    '<skos:prefLabel xml:lang="fr">Avant &xxe; après</skos:prefLabel></skos:Concept>\n'
    "</rdf:RDF>\n"
)
DOCTYPES = {
    "xxe file": '<!DOCTYPE rdf:RDF [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    "xxe parameter entity": (
        '<!DOCTYPE rdf:RDF [<!ENTITY % p SYSTEM "file:///etc/passwd"> %p; <!ENTITY xxe "x">]>'
    ),
    "external dtd": '<!DOCTYPE rdf:RDF SYSTEM "http://example.invalid/evil.dtd">',
    "public dtd": '<!DOCTYPE rdf:RDF PUBLIC "-//EVIL//DTD" "file:///etc/passwd">',
    "lower case": '<!doctype rdf:RDF [<!entity xxe SYSTEM "file:///etc/passwd">]>',
    "spaced": '<! DOCTYPE rdf:RDF [<!  ENTITY xxe SYSTEM "file:///etc/passwd">]>',
}
ENCODINGS: dict[str, Callable[[str], bytes]] = {
    "utf-8": lambda s: s.encode(),
    "utf-8 BOM": lambda s: codecs.BOM_UTF8 + s.encode(),
    "utf-16-le": lambda s: s.encode("utf-16-le"),
    "utf-16-be": lambda s: s.encode("utf-16-be"),
    "utf-16 BOM": lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
    "utf-32": lambda s: s.encode("utf-32"),
}


def secrets_in_library(lib: Library) -> bool:
    """Is any line of /etc/passwd, or its « root: » marker, in the database files?"""
    blobs = b"".join(p.read_bytes() for p in lib.folder.glob("library.sqlite3*"))
    labels = " ".join(label for _, label, _ in lib.concept_labels())
    return b"root:" in blobs or "root:" in labels


# Every declaration in UTF-8, and the XXE one in every encoding (each case starts a child).
CASES = sorted(
    {(d, "utf-8") for d in DOCTYPES}
    | {("xxe file", e) for e in ENCODINGS}
    | {(d, "utf-16-be") for d in ("lower case", "spaced", "xxe parameter entity")}
)


@pytest.mark.parametrize(("doctype", "encoding"), CASES)
def test_doctypes_are_refused_before_parsing(
    checked: Importer, tmp_path: Path, doctype: str, encoding: str
) -> None:
    xml_decl = '<?xml version="1.0" encoding="UTF-16"?>\n' if "16" in encoding else ""
    text = xml_decl + DOCTYPES[doctype] + "\n" + BODY
    path = tmp_path / "evil.rdf"
    path.write_bytes(ENCODINGS[encoding](text))
    started = time.perf_counter()
    err = checked.refused(path)
    seconds = time.perf_counter() - started
    assert seconds < 1.0, f"{doctype} / {encoding}: {seconds:.2f} s"
    assert "DOCTYPE or ENTITY" in str(err)
    assert err.problems[0].line == (2 if xml_decl else 1)
    assert not secrets_in_library(checked.lib)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-8"])
def test_billion_laughs_in_any_encoding_is_refused_in_under_a_second(
    checked: Importer, tmp_path: Path, encoding: str
) -> None:
    lol = "".join(f'<!ENTITY l{i} "&l{i - 1};&l{i - 1};">' for i in range(1, 30))
    text = f'<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY l0 "lol">{lol}]>\n' + BODY.replace(
        "&xxe;", "&l29;"
    )
    path = tmp_path / "lol.owl"
    path.write_bytes(ENCODINGS[encoding](text))
    started = time.perf_counter()
    checked.refused(path)
    seconds = time.perf_counter() - started
    print(f"T22 billion laughs ({encoding}): refused in {seconds:.3f} s")
    assert seconds < 1.0


def test_the_child_time_cap_refuses_and_changes_nothing(
    checked: Importer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "slow.ttl"
    path.write_text(turtle(2_000), encoding="utf-8")
    monkeypatch.setattr(skos_child, "TIMEOUT_S", 0.2)
    err = checked.refused(path)
    assert "took longer than 0.2 s" in str(err)
    assert err.problems[0].message == "time limit reached"


def test_the_child_memory_cap_refuses_and_changes_nothing(
    checked: Importer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "big.ttl"
    path.write_text(turtle(2_000), encoding="utf-8")
    monkeypatch.setenv("KB_SKOS_CHILD_MEMORY", str(40 * 1024 * 1024))
    err = checked.refused(path)
    assert "memory limit reached" in str(err)
    assert skos_child.MEMORY_BYTES == 1536 * 1024 * 1024  # the product's cap: 1.5 GB


def test_a_concept_without_any_label_is_left_out_with_its_line(
    checked: Importer, tmp_path: Path
) -> None:
    path = tmp_path / "nolabel.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/n/> .\n"
        'ex:a a skos:Concept ; skos:prefLabel "Concept gardé"@fr .\n'
        "\n"
        "ex:b a skos:Concept ;\n"
        '  skos:definition "Sans étiquette"@fr ;\n'
        "  skos:broader ex:a .\n",
        encoding="utf-8",
    )
    report = checked.accepted(path)
    assert (report.found, report.imported, report.skipped) == (2, 1, 1)
    assert [(p.line, p.message) for p in report.errors] == [
        (5, "concept http://example.org/n/b has no prefLabel: left out")
    ]
    assert checked.lib.concept("a").label == "Concept gardé"


def test_a_skipped_concept_is_one_of_the_report_entries(checked: Importer, tmp_path: Path) -> None:
    path = tmp_path / "nolabel.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/m/> .\n"
        "ex:b a skos:Concept ;\n"
        '  skos:definition "Sans étiquette"@fr .\n',
        encoding="utf-8",
    )
    report = checked.lib.preview_import(path)
    assert [(e.action, e.line) for e in report.entries] == [("skip", 3)]


# --- size ----------------------------------------------------------------------------------


def turtle(n: int) -> str:
    head = (
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/big/> .\n\n"
    )
    parts = [head]
    for i in range(n):
        broader = f" ;\n  skos:broader ex:c{i // 10}" if i >= 10 else ""
        parts.append(
            f'ex:c{i} a skos:Concept ;\n  skos:prefLabel "Concept numéro {i}"@fr{broader} .\n\n'
        )
    return "".join(parts)


@pytest.mark.parametrize("n", [100_000] if slow_mode() else [2_000])
def test_many_concepts_import_in_measured_time(checked: Importer, tmp_path: Path, n: int) -> None:
    path = tmp_path / "many.ttl"
    path.write_text(turtle(n), encoding="utf-8")
    before = len(checked.lib.concept_labels())
    started = time.perf_counter()
    report = checked.accepted(path)
    seconds = time.perf_counter() - started
    print(
        f"T22 {n:,} concepts ({path.stat().st_size / 1e6:.1f} MB Turtle): imported in "
        f"{seconds:.1f} s ({n / seconds:,.0f} concepts/s)"
    )
    assert (report.found, report.imported) == (n, n)
    assert len(checked.lib.concept_labels()) == before + n
    assert [c.label for c in checked.lib.concept("c1234").broader] == ["Concept numéro 123"]
    assert seconds < n / 200  # 100,000 in under 500 s (165 s measured); 2,000 under 10 s


def test_a_10_mb_definition_is_imported_and_a_10_mb_label_left_out(
    checked: Importer, tmp_path: Path
) -> None:
    big = "x" * 10_000_000
    path = tmp_path / "literal.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/lit/> .\n"
        f'ex:long a skos:Concept ; skos:prefLabel "Grand texte"@fr ; skos:definition "{big}"@fr .\n'
        f'ex:huge a skos:Concept ; skos:prefLabel "{big}"@fr .\n'
        'ex:small a skos:Concept ; skos:prefLabel "Petit"@fr ; skos:broader ex:long .\n',
        encoding="utf-8",
    )
    started = time.perf_counter()
    report = checked.accepted(path)
    seconds = time.perf_counter() - started
    print(f"T22 Turtle with two 10 MB literals: {seconds:.2f} s")
    assert (report.found, report.imported, report.skipped) == (3, 2, 1)
    assert report.errors[0].line == 4
    assert "longer than" in report.errors[0].message
    assert len(checked.lib.concept("long").definition or "") == 10_000_000
    assert max(len(label) for _, label, _ in checked.lib.concept_labels()) <= 300
    assert seconds < 30


def test_turtle_text_that_mentions_a_doctype_is_not_a_dtd(
    checked: Importer, tmp_path: Path
) -> None:
    path = tmp_path / "html.ttl"
    path.write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix ex: <http://example.org/h/> .\n"
        'ex:html a skos:Concept ; skos:prefLabel "HTML"@fr ;\n'
        '  skos:definition "Une page commence par <!DOCTYPE html>."@fr .\n',
        encoding="utf-8",
    )
    assert checked.accepted(path).imported == 1
