"""T20 — the encoding matrix: every importer × encodings × line ends, end to end.

One sample per format (accents, guillemets, a name particle, a two-line abstract) is written
in each encoding and line-end style and imported through ``Library.import_file``. The
policy (kb_app/core/interchange/decoding.py): a BOM decides, UTF-16 is recognised, then
strict UTF-8, then the declared or chosen encoding with a warning; otherwise the file is
refused with the line of its first bad byte. NUL is removed with a warning; U+FFFD is never
stored without a warning; CRLF, CR and LF give the same fiches.
"""

from __future__ import annotations

import codecs
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from kb_app.core.dto import FicheDetail, ImportReport
from kb_app.core.errors import KbError
from kb_app.core.jobs import run_job
from kb_app.core.library import Library
from tests.conftest import DATA
from tests.hostile.conftest import Importer, titles_of

TITLES = ["L'État et les « communs »", "Œuvres complètes de Jean de La Fontaine", "Città"]
ABSTRACT = ["Première ligne du résumé.", "Seconde ligne, après un saut."]


def bibtex_sample(nl: str = "\n") -> str:
    return nl.join(
        [
            "@book{etat,",
            f"  title = {{{TITLES[0]}}},",
            "  author = {Lévi-Strauss, Claude},",
            "  year = 1962,",
            "}",
            "@book{oeuvres,",
            f"  title = {{{TITLES[1]}}},",
            "  author = {de La Fontaine, Jean},",
            f"  abstract = {{{ABSTRACT[0]}{nl}{ABSTRACT[1]}}},",
            "  year = 1668,",
            "}",
            "@misc{citta,",
            f"  title = {{{TITLES[2]}}},",
            "  author = {Calvino, Italo},",
            "  year = 1972,",
            "}",
            "",
        ]
    )


def ris_sample(nl: str = "\n") -> str:
    return nl.join(
        [
            "TY  - BOOK",
            f"TI  - {TITLES[0]}",
            "AU  - Lévi-Strauss, Claude",
            "PY  - 1962",
            "ER  - ",
            "TY  - BOOK",
            f"TI  - {TITLES[1]}",
            "AU  - de La Fontaine, Jean",
            f"AB  - {ABSTRACT[0]}",
            ABSTRACT[1],
            "PY  - 1668",
            "ER  - ",
            "TY  - GEN",
            f"TI  - {TITLES[2]}",
            "AU  - Calvino, Italo",
            "PY  - 1972",
            "ER  - ",
            "",
        ]
    )


def csljson_sample(nl: str = "\n") -> str:
    items = [
        {"id": "etat", "type": "book", "title": TITLES[0]},
        {"id": "oeuvres", "type": "book", "title": TITLES[1]},
        {"id": "citta", "type": "document", "title": TITLES[2]},
    ]
    names = [("Lévi-Strauss", "Claude"), ("La Fontaine", "Jean"), ("Calvino", "Italo")]
    for item, (family, given), year in zip(items, names, (1962, 1668, 1972), strict=True):
        item["author"] = [{"family": family, "given": given}]
        item["issued"] = {"date-parts": [[year]]}
    items[1]["author"][0]["non-dropping-particle"] = "de"
    items[1]["abstract"] = "\n".join(ABSTRACT)
    text = json.dumps(items, ensure_ascii=False, indent=1)
    return text.replace("\n", nl)


SAMPLES: dict[str, tuple[str, Callable[[str], str]]] = {
    "bibtex": (".bib", bibtex_sample),
    "ris": (".ris", ris_sample),
    "csljson": (".json", csljson_sample),
}


def canonical(fiche: FicheDetail) -> dict[str, Any]:
    details = {k: v for k, v in fiche.details.items() if k != "citekey"}
    return {
        "title": fiche.title,
        "date": fiche.date,
        "summary": " ".join((fiche.summary or "").split()),
        "agents": [(a.name, a.role) for a in fiche.agents],
        "details": details,
    }


@pytest.fixture
def lib(library_path: Path) -> Iterator[Library]:
    with Library.open(library_path, indexing="off") as opened:
        yield opened


def import_and_forget(
    checked: Importer, path: Path, **kwargs: Any
) -> tuple[ImportReport, list[dict[str, Any]]]:
    """Import, take the fiches' canonical form, then trash them (the next variant is new)."""
    report = checked.accepted(path, **kwargs)
    fiches = [canonical(checked.lib.get(k)) for k in report.keys]
    for key in report.keys:
        checked.lib.delete(key)
    return report, fiches


# Variant -> (bytes of the sample, fallback, a warning expected).
def variants(make: Callable[[str], str]) -> dict[str, tuple[bytes, str | None, bool]]:
    lf = make("\n")
    mixed = make("\n").replace("\n", "\r\n", 3).replace("\n", "\r", 2)
    return {
        "utf-8": (lf.encode(), None, False),
        "utf-8 BOM": (codecs.BOM_UTF8 + lf.encode(), None, False),
        "utf-16-le BOM": (codecs.BOM_UTF16_LE + lf.encode("utf-16-le"), None, False),
        "utf-16-be BOM": (codecs.BOM_UTF16_BE + lf.encode("utf-16-be"), None, False),
        "utf-16-le no BOM": (lf.encode("utf-16-le"), None, False),
        "CRLF": (make("\r\n").encode(), None, False),
        "CR only": (make("\r").encode(), None, False),
        "mixed line ends": (mixed.encode(), None, False),
        "NUL inside": (lf.replace("Città", "Cit\x00tà").encode(), None, True),
    }


LEGACY = {  # refused as they are, read with the chosen encoding (BibTeX and RIS)
    "latin-1": "latin-1",
    "windows-1252": "cp1252",
    "iso-8859-15": "iso-8859-15",
}


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_every_unicode_encoding_and_line_end_gives_the_same_fiches(
    lib: Library, tmp_path: Path, fmt: str
) -> None:
    suffix, make = SAMPLES[fmt]
    checked = Importer(lib)
    baseline: list[dict[str, Any]] | None = None
    for name, (data, fallback, warned) in variants(make).items():
        path = tmp_path / f"{name.replace(' ', '_')}{suffix}"
        path.write_bytes(data)
        report, fiches = import_and_forget(checked, path, fallback=fallback)
        assert report.imported == 3, (fmt, name)
        assert bool(report.warnings) == warned, (fmt, name, report.warnings)
        if warned:
            assert [w.message for w in report.warnings] == ["NUL characters removed"]
        baseline = baseline or fiches
        assert fiches == baseline, (fmt, name)
    assert baseline is not None
    assert [f["title"] for f in baseline] == TITLES


@pytest.mark.parametrize("fmt", ["bibtex", "ris"])
@pytest.mark.parametrize("encoding", sorted(LEGACY))
def test_legacy_encodings_are_refused_then_read_as_chosen(
    lib: Library, tmp_path: Path, fmt: str, encoding: str
) -> None:
    suffix, make = SAMPLES[fmt]
    oe = "Oe" if encoding == "latin-1" else "Œ"  # Latin-1 has no Œ
    text = make("\n").replace("Œ", oe)
    path = tmp_path / f"legacy{suffix}"
    path.write_bytes(text.encode(encoding))
    checked = Importer(lib)
    err = checked.refused(path)
    first_accent = next(i for i, c in enumerate(text) if ord(c) > 127)
    assert err.problems[0].line == text.count("\n", 0, first_accent) + 1
    assert "is not UTF-8" in str(err)
    report, fiches = import_and_forget(checked, path, fallback=LEGACY[encoding])
    assert [f["title"] for f in fiches] == [t.replace("Œ", oe) for t in TITLES]
    assert any("read as" in w.message and "chosen" in w.message for w in report.warnings)


def test_gbk_is_read_with_the_chosen_encoding(lib: Library, tmp_path: Path) -> None:
    checked = Importer(lib)
    gbk = DATA / "bibtex" / "encodings" / "bibtexparser-gbk_test.bib"
    err = checked.refused(gbk)
    assert err.problems[0].line is not None
    _, fiches = import_and_forget(checked, gbk, fallback="gbk")
    assert fiches[0]["details"]["container_title"] == "测试期刊"
    ris = tmp_path / "gbk.ris"
    ris.write_bytes("TY  - JOUR\nTI  - 城市治理与公民参与\nAU  - 王, 小明\nER  - \n".encode("gbk"))
    checked.refused(ris)
    _, fiches = import_and_forget(checked, ris, fallback="gbk")
    assert fiches[0]["title"] == "城市治理与公民参与"
    assert fiches[0]["agents"] == [("王, 小明", "author")]


def test_csljson_in_latin1_is_read_as_chosen_or_refused_without_false_advice(
    lib: Library, tmp_path: Path
) -> None:
    path = tmp_path / "latin1.json"
    path.write_bytes(csljson_sample().encode("latin-1", errors="replace"))
    result = Importer(lib).run(path, fallback="latin-1")
    if not isinstance(result, ImportReport):
        assert "choose the file's encoding" not in str(result)


# Malformed UTF-8 (in the spirit of Markus Kuhn's UTF-8 decoder stress test, written here).
KUHN = {
    "lone continuation 0x80": b"\x80",
    "lone continuation 0xbf": b"\xbf",
    "two continuations": b"\x80\xbf",
    "lone start 0xc3 then space": b"\xc3 ",
    "truncated 3-byte": b"\xe2\x82",
    "truncated 4-byte": b"\xf0\x9f\x98",
    "overlong slash 2 bytes": b"\xc0\xaf",
    "overlong slash 3 bytes": b"\xe0\x80\xaf",
    "overlong 0xc1": b"\xc1\xbf",
    "surrogate U+D800": b"\xed\xa0\x80",
    "surrogate U+DFFF": b"\xed\xbf\xbf",
    "beyond U+10FFFF": b"\xf4\x90\x80\x80",
    "5-byte sequence": b"\xf8\x88\x80\x80\x80",
    "6-byte sequence": b"\xfc\x84\x80\x80\x80\x80",
    "byte 0xfe": b"\xfe",
    "byte 0xff": b"\xff",
}


@pytest.mark.parametrize("fmt", sorted(SAMPLES))
def test_malformed_utf8_is_refused_at_its_line_and_nothing_changes(
    lib: Library, tmp_path: Path, fmt: str
) -> None:
    suffix, make = SAMPLES[fmt]
    text = make("\n")
    line = text.count("\n", 0, text.index("Città")) + 1
    checked = Importer(lib)
    for name, bad in KUHN.items():
        path = tmp_path / f"kuhn{suffix}"
        path.write_bytes(text.encode().replace("Città".encode(), b"Cit" + bad + b"ta"))
        err = checked.refused(path)
        assert (err.problems[0].line, "not UTF-8" in str(err)) == (line, True), (fmt, name)
        if fmt == "csljson":
            continue  # JSON has no fallback (F17)
        report, _ = import_and_forget(checked, path, fallback="latin-1")
        assert report.imported == 3, (fmt, name)
        assert report.warnings, (fmt, name)  # the chosen encoding is always reported


def test_replacement_characters_are_flagged_in_every_format(lib: Library, tmp_path: Path) -> None:
    checked = Importer(lib)
    for fmt, (suffix, make) in sorted(SAMPLES.items()):
        path = tmp_path / f"fffd{suffix}"
        path.write_text(make("\n").replace("Città", "Citt\ufffd"), encoding="utf-8")
        report, fiches = import_and_forget(checked, path)
        assert fiches[2]["title"] == "Citt\ufffd", fmt
        assert any("replacement characters" in w.message for w in report.warnings), fmt


def test_double_encoded_text_is_flagged(lib: Library, tmp_path: Path) -> None:
    checked = Importer(lib)
    for fmt, (suffix, make) in sorted(SAMPLES.items()):
        path = tmp_path / f"mojibake{suffix}"
        path.write_text(make("\n").replace("Città", "CittÃ©"), encoding="utf-8")
        report, _ = import_and_forget(checked, path)
        assert any("double-encoded" in w.message for w in report.warnings), fmt


# --- SKOS and Markdown imports -----------------------------------------------------------

TURTLE = (
    "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
    "@prefix ex: <http://example.org/enc/> .\n"
    "ex:{key} a skos:Concept ;\n"
    '  skos:prefLabel "Économie sociale {key}"@fr ;\n'
    '  skos:definition "Première ligne\\nseconde ligne"@fr .\n'
)


def import_turtle(lib: Library, tmp_path: Path, key: str, data: bytes) -> ImportReport:
    path = tmp_path / f"{key}.ttl"
    path.write_bytes(data)
    return run_job(lib.import_file(path))


def test_skos_line_ends_give_the_same_concept(lib: Library, tmp_path: Path) -> None:
    for key, nl in (("lf", "\n"), ("crlf", "\r\n"), ("cr", "\r")):
        data = TURTLE.format(key=key).replace("\n", nl).encode()
        assert import_turtle(lib, tmp_path, key, data).imported == 1
        concept = lib.concept(key)
        assert (concept.label, concept.definition) == (
            f"Économie sociale {key}",
            "Première ligne\nseconde ligne",
        )


def test_skos_with_a_bom_is_read(lib: Library, tmp_path: Path) -> None:
    data = codecs.BOM_UTF8 + TURTLE.format(key="bom").encode()
    assert import_turtle(lib, tmp_path, "bom", data).imported == 1


def test_skos_nul_is_removed_with_a_warning_or_refused(lib: Library, tmp_path: Path) -> None:
    data = TURTLE.format(key="nul").replace("sociale", "soc\x00iale").encode()
    try:
        report = import_turtle(lib, tmp_path, "nul", data)
    except KbError:  # a refusal is an accepted outcome
        return
    assert "\x00" not in lib.concept("nul").label
    assert report.warnings


def test_skos_in_latin1_is_refused_at_its_line(lib: Library, tmp_path: Path) -> None:
    path = tmp_path / "latin1.ttl"
    path.write_bytes(TURTLE.format(key="latin").encode("latin-1"))
    err = Importer(lib).refused(path)
    assert err.problems[0].line == 4


MARKDOWN = (
    "---\nid: note-enc-{n}\nkind: analysis\ntitle: Économie sociale {n}\nlang: fr\n"
    "concepts: [gouvernance, démocratie locale, délibération]\n---\n\n"
    "Première ligne.\nSeconde ligne.\n"
)


def import_markdown(lib: Library, tmp_path: Path, name: str, data: bytes) -> ImportReport:
    folder = tmp_path / name
    folder.mkdir()
    (folder / "fiche.md").write_bytes(data)
    return run_job(lib.import_file(folder))


def test_markdown_bom_and_line_ends_give_the_same_fiche(lib: Library, tmp_path: Path) -> None:
    for n, (prefix, nl) in enumerate(
        [(b"", "\n"), (codecs.BOM_UTF8, "\n"), (b"", "\r\n"), (b"", "\r")], start=1
    ):
        data = prefix + MARKDOWN.format(n=n).replace("\n", nl).encode()
        assert import_markdown(lib, tmp_path, f"v{n}", data).imported == 1
        fiche = lib.get(f"note-enc-{n}")
        assert (fiche.title, fiche.body.strip()) == (
            f"Économie sociale {n}",
            "Première ligne.\nSeconde ligne.",
        )


@pytest.mark.xfail(strict=True, reason="F26: the Markdown import removes a NUL without a warning")
def test_markdown_nul_is_removed_with_a_warning_or_refused(lib: Library, tmp_path: Path) -> None:
    data = MARKDOWN.format(n=9).replace("sociale", "soc\x00iale").encode()
    report = import_markdown(lib, tmp_path, "nul", data)
    assert report.found == 1
    if report.imported:
        assert lib.get("note-enc-9").title == "Économie sociale 9"
        assert report.warnings, "NUL removed without a word"
    else:
        assert "NUL" in report.errors[0].message or "#x0000" in report.errors[0].message


def test_markdown_in_latin1_is_skipped_at_its_line(lib: Library, tmp_path: Path) -> None:
    report = import_markdown(lib, tmp_path, "latin", MARKDOWN.format(n=8).encode("latin-1"))
    assert report.skipped == 1
    assert report.errors[0].line == 4


def test_nothing_was_left_half_imported(lib: Library, tmp_path: Path) -> None:
    """After a refusal in the middle of a file nothing of the file's good part is stored."""
    data = bibtex_sample().encode().replace("Città".encode(), b"Citt\xe0")  # last entry
    path = tmp_path / "late.bib"
    path.write_bytes(data)
    err = Importer(lib).refused(path)
    assert err.problems[0].line == 14
    assert not set(TITLES) & set(titles_of(lib, lib.export_keys()))
