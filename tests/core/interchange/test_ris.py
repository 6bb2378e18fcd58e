"""RIS reader and writer: real files, hostile inputs, and the export -> import round trip."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.errors import ValidationError
from kb_app.core.interchange.record import SourceRecord, iso_date, name_to_agent, to_draft
from kb_app.core.interchange.ris import CSL_TO_TY, TY_TO_CSL, read_ris, write_ris

DATA = Path(__file__).resolve().parents[2] / "data" / "ris"


def texts(notes: object) -> list[str]:
    """The English sentences of a record's notes (``Message`` objects)."""
    return [str(n) for n in notes]  # type: ignore[attr-defined]


def read(name: str) -> Any:
    return read_ris((DATA / name).read_bytes(), name)


def ris(*lines: str) -> bytes:
    return "\n".join(lines).encode("utf-8")


# --- real files ----------------------------------------------------------------------------

FIXTURES = [
    # file, found, records, skipped, file warnings
    ("jabref-RisImporterCorrupted.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTest1.ris", 11, 3, 8, 0),
    ("jabref-RisImporterTest3.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTest5a.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTest6.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTest8_date.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTestDate1.1.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTestScopus.ris", 1, 1, 0, 0),
    ("jabref-RisImporterTestWithEmptyER.ris", 1, 1, 0, 0),
    ("rispy-example_basic.ris", 1, 1, 0, 0),
    ("rispy-example_bom.ris", 1, 1, 0, 0),
    ("rispy-example_custom_list_tags.ris", 1, 1, 0, 1),
    ("rispy-example_empty_tag.ris", 1, 1, 0, 0),
    ("rispy-example_extraneous_data.ris", 2, 2, 0, 8),
    ("rispy-example_full.ris", 2, 2, 0, 2),
    ("rispy-example_full_without_whitespace.ris", 2, 2, 0, 2),
    ("rispy-example_full_write.ris", 2, 2, 0, 2),
    ("rispy-example_multi_unknown_tags.ris", 1, 1, 0, 0),
    ("rispy-example_multiline.ris", 3, 3, 0, 0),
    ("rispy-example_single_unknown_tag.ris", 1, 1, 0, 0),
    ("rispy-example_starting_newlines.ris", 1, 1, 0, 0),
    ("rispy-example_urls.ris", 4, 4, 0, 0),
    ("rispy-example_utf_chars.ris", 1, 1, 0, 0),
]


@pytest.mark.parametrize(("name", "found", "records", "skipped", "warnings"), FIXTURES)
def test_fixture_counts(name: str, found: int, records: int, skipped: int, warnings: int) -> None:
    result = read(name)
    assert (result.found, len(result.records), len(result.skipped)) == (found, records, skipped)
    assert len(result.warnings) == warnings
    assert all(r.where == name and r.line is not None for r in result.records)


def test_every_fixture_is_listed() -> None:
    listed = {name for name, *_ in FIXTURES} | {"rispy-example_wos.ris"}
    assert listed == {p.name for p in DATA.glob("*.ris")}


def test_basic_record_fields() -> None:
    (record,) = read("rispy-example_basic.ris").records
    assert record.item == {
        "type": "article-journal",
        "title": "A Mathematical Theory of Communication",
        "container-title": "Bell System Technical Journal",
        "volume": "27",
        "author": [{"family": "Shannon", "given": "Claude E."}],
        "issued": {"date-parts": [[1948, 7]]},
        "page": "379-423",
    }
    assert record.extra == {}
    assert texts(record.warnings) == []
    assert record.line == 1


def test_record_without_ty_is_a_document_not_lost() -> None:
    (record,) = read("jabref-RisImporterCorrupted.ris").records
    assert record.item["type"] == "document"
    assert record.item["title"] == "Editorial: Open Source and Empirical Software Engineering"
    assert record.item["issued"] == {"date-parts": [[2001, 9, 1]]}
    assert record.item["page"] == "193-194"
    assert record.line == 2
    assert texts(record.warnings) == ["the record has no TY line: read as a generic document"]


def test_each_ty_starts_a_record_and_empty_ones_are_reported() -> None:
    result = read("jabref-RisImporterTest1.ris")
    assert [p.line for p in result.skipped] == [2, 3, 4, 5, 6, 7, 8, 9]
    assert {p.message for p in result.skipped} == {"record without any value: skipped"}
    first, other, thesis = result.records
    assert first.item["type"] == "paper-conference"
    assert first.item["title"] == "Editorial."
    assert first.extra["ris:PY"] == "99\nYEAR/MONTH/DAY/\n///"
    assert first.item["issued"] == {"date-parts": [[2001, 9, 1]]}
    assert first.item["author"][:2] == [
        {"literal": "Cocke"},
        {"family": "Harrison", "given": "Warren"},
    ]
    assert "no ER line before the next record (line 39)" in texts(first.warnings)
    assert other.item["type"] == "document"
    assert other.extra["ris:TY"] == "OTHER"
    assert thesis.item["type"] == "thesis"
    assert thesis.item["abstract"] == "abstract1"
    assert thesis.extra["ris:N2"] == "abstract0"
    assert thesis.item["keyword"] == "keyword0, keyword1"


def test_repeated_dates_keep_the_most_precise_and_the_rest() -> None:
    (record,) = read("jabref-RisImporterTest6.ris").records
    assert record.item["issued"] == {"date-parts": [[2013, 4, 18]]}
    assert record.extra["ris:PY"] == "2013/02/15/received\n2013/03/14/accepted"
    assert record.extra["ris:U1"] == "23690738[pmid]"
    assert record.item["ISSN"] == "1537-744X"
    assert record.item["title"].endswith("Detoxification—A Review")


def test_names_without_space_after_comma_and_container_choice() -> None:
    (record,) = read("jabref-RisImporterTest8_date.ris").records
    assert record.item["author"][1] == {"family": "Molina-Bolívar", "given": "J. A."}
    assert record.item["container-title"] == "The Journal of Chemical Physics"
    assert record.extra["ris:JO"] == "J. Chem. Phys."
    assert record.item["accessed"] == {"date-parts": [[2019, 3, 28]]}
    assert record.item["DOI"] == "10.1063/1.1954747"


def test_unknown_tags_are_kept() -> None:
    (multi,) = read("rispy-example_multi_unknown_tags.ris").records
    assert multi.extra == {"ris:JP": "CRISPR", "ris:DC": "Direct Current"}
    (single,) = read("rispy-example_single_unknown_tag.ris").records
    assert single.extra == {"ris:JP": "CRISPR\nDirect Current"}
    (repeated,) = read("rispy-example_custom_list_tags.ris").records
    assert repeated.item["ISSN"] == "12345"
    assert repeated.extra == {"ris:SN": "ABCDEFG\n666666"}


def test_multiline_values_and_an_er_inside_text() -> None:
    records = read("rispy-example_multiline.ris").records
    assert (
        records[0].item["abstract"]
        == "first line, ER then second line and at the end the last line"
    )
    assert records[1].item["abstract"] == (
        "first line,\nER then second line and at the end\nthe last line"
    )
    assert records[2].item["abstract"] == records[1].item["abstract"]
    assert records[2].item["note"] == "first line\n* second line\n* last line"
    assert [r.line for r in records] == [1, 8, 17]


def test_extraneous_lines_are_reported_with_their_line() -> None:
    result = read("rispy-example_extraneous_data.ris")
    assert [w.line for w in result.warnings] == [1, 2, 3, 4, 29, 30, 31, 32]
    assert "« Record #1 of 2 »" in result.warnings[0].message
    assert [r.line for r in result.records] == [5, 33]
    assert [r.item["title"] for r in result.records] == [
        "Title of reference",
        "The title of the reference",
    ]
    assert result.records[1].extra == {"ris:JA": "lorem", "ris:L2": "http://example2.com"}


def test_empty_tag_and_doi_url() -> None:
    (record,) = read("rispy-example_empty_tag.ris").records
    assert "page" not in record.item
    assert record.item["DOI"] == "10.1177/2325967120950040"
    assert record.item["abstract"].count("\n") == 1
    assert record.item["keyword"] == "*athlete, biomechanics, bone remodeling"


def test_several_urls() -> None:
    records = read("rispy-example_urls.ris").records
    assert [r.item["URL"] for r in records] == ["http://example.com"] * 4
    assert [r.extra.get("ris:UR") for r in records] == [None] + ["http://www.example.com"] * 3


def test_bom_and_utf8_text() -> None:
    result = read("rispy-example_bom.ris")
    assert result.encoding == "utf-8"
    assert result.records[0].item == {"type": "article-journal", "DOI": "10.1186/s40981-020-0316-0"}
    (record,) = read("rispy-example_utf_chars.ris").records
    assert record.item["type"] == "document"
    assert record.extra["ris:TY"] == "Journal Article"
    assert texts(record.warnings) == [
        "unknown reference type « Journal Article »: read as a generic document"
    ]
    assert record.item["note"] == "Ä,Ö,Ü,ä,ö,ü,ß"
    assert record.item["title-short"].startswith("Состояние")


def test_web_of_science_plain_text_is_refused_with_a_hint() -> None:
    with pytest.raises(ValidationError) as err:
        read("rispy-example_wos.ris")
    assert str(err.value).startswith("rispy-example_wos.ris is not a RIS file")
    assert (
        err.value.problems[0].message
        == "this looks like a Web of Science plain-text export, not RIS"
    )


def test_a_read_record_becomes_a_draft() -> None:
    (record,) = read("jabref-RisImporterTestScopus.ris").records
    draft = to_draft(record)
    assert draft.title.startswith("A transversely isotropic composite")
    assert draft.date == "2004"
    assert [a.name for a in draft.agents] == ["Federico, S.", "Grillo, A.", "Herzog, W."]
    assert draft.details["extra"]["ris:DB"] == "Scopus"
    assert draft.details["pages"] == "2309-2327"


# --- hostile inputs ------------------------------------------------------------------------

ENDNOTE = ris(
    "TY  - RPRT",
    "AU  - Dupont, Jean",
    "AU  - Ministère de la Transition écologique",
    "T1  - Schéma régional d'aménagement",
    "PY  - 2019",
    "DA  - 2019/03/21/",
    "CY  - Paris",
    "PB  - La Documentation française",
    "C7  - n° 12",
    "DP  - EndNote",
    "LB  - SRADDET",
    "ER  - ",
)


def test_crlf_cr_lf_bom_and_utf16_give_the_same_records() -> None:
    text = ENDNOTE.decode("utf-8")
    variants = [
        ENDNOTE,
        text.replace("\n", "\r\n").encode("utf-8"),
        text.replace("\n", "\r").encode("utf-8"),
        b"\xef\xbb\xbf" + ENDNOTE,
        text.encode("utf-16"),
        b"\xfe\xff" + text.encode("utf-16-be"),
    ]
    results = [read_ris(v, "endnote.ris") for v in variants]
    expected = results[0].records[0]
    assert expected.item["title"] == "Schéma régional d'aménagement"
    assert expected.item["author"][1] == {"literal": "Ministère de la Transition écologique"}
    assert expected.item["issued"] == {"date-parts": [[2019, 3, 21]]}
    assert expected.extra == {"ris:C7": "n° 12", "ris:DP": "EndNote", "ris:LB": "SRADDET"}
    for result in results:
        assert (result.found, result.records[0].item) == (1, expected.item)
        assert result.records[0].extra == expected.extra
    assert [r.encoding for r in results[-2:]] == ["utf-16-le", "utf-16-be"]


def test_latin1_needs_the_chosen_encoding() -> None:
    data = ENDNOTE.decode("utf-8").encode("latin-1", errors="replace")
    with pytest.raises(ValidationError) as err:
        read_ris(data, "latin.ris")
    assert err.value.problems[0].line == 3
    result = read_ris(data, "latin.ris", fallback="latin-1")
    assert result.encoding == "iso8859-1"
    assert result.records[0].item["title"] == "Schéma régional d'aménagement"
    assert "read as iso8859-1" in result.warnings[0].message


def test_missing_er_at_the_end_and_between_records() -> None:
    result = read_ris(
        ris(
            "TY  - JOUR",
            "TI  - First",
            "TY  - BOOK",
            "TI  - Second",
            "ER  -",
            "TY  - CHAP",
            "TI  - Third",
        ),
        "cut.ris",
    )
    assert [r.item["title"] for r in result.records] == ["First", "Second", "Third"]
    assert [r.item["type"] for r in result.records] == ["article-journal", "book", "chapter"]
    assert texts(result.records[0].warnings) == ["no ER line before the next record (line 3)"]
    assert texts(result.records[1].warnings) == []
    assert texts(result.records[2].warnings) == ["no ER line: the record ends with the file"]


def test_one_space_tags_empty_tags_and_text_after_ty() -> None:
    result = read_ris(
        ris("TY - JOUR", "stray text", "TI - Un titre", "SP  -", "EP  - ", "VL  -  12 ", "ER -"),
        "endnote-style.ris",
    )
    (record,) = result.records
    assert record.item == {"type": "article-journal", "title": "Un titre", "volume": "12"}
    assert [(w.line, w.message) for w in result.warnings] == [
        (2, "text right after TY ignored: « stray text »")
    ]
    assert texts(record.warnings) == []


def test_pubmed_endnote_and_bibtex_files_are_named() -> None:
    cases = {
        b"PMID- 31234567\nOWN - NLM\nTI  - A title\n": "MEDLINE/PubMed",
        b"%0 Journal Article\n%A Dupont, Jean\n%T Titre\n": "EndNote tagged (Refer)",
        b"@article{key, title={T}}\n": "BibTeX",
    }
    for data, what in cases.items():
        with pytest.raises(ValidationError) as err:
            read_ris(data, "other.ris")
        assert what in err.value.problems[0].message


def test_nothing_to_read_is_an_error() -> None:
    for data in (b"", b"\n\n  \n", b"just some text\nand more\n"):
        with pytest.raises(ValidationError) as err:
            read_ris(data, "empty.ris")
        assert str(err.value).startswith("empty.ris contains no RIS record")


def test_too_many_stray_lines_are_summarised() -> None:
    data = ris(*[f"junk line {i}" for i in range(200)], "TY  - GEN", "TI  - Kept", "ER  - ")
    result = read_ris(data, "junk.ris")
    assert result.found == 1
    assert len(result.warnings) == 51
    assert result.warnings[-1].message == "… and 150 more lines ignored"


def test_pubmed_style_ris_tags() -> None:
    data = ris(
        "TY  - JOUR",
        "DB  - PubMed",
        "AN  - 31234567",
        "AU  - Martin, Anne-Sophie",
        "AU  - de la Fontaine, Jean",
        "AU  - King, Martin Luther, Jr.",
        "TI  - Gouvernance territoriale",
        "JO  - Rev Fr Adm Publique",
        "SN  - 0152-7401",
        "Y1  - 2020/05/01",
        "KW  - gouvernance; décentralisation",
        "KW  - intercommunalité",
        "ER  - ",
    )
    (record,) = read_ris(data, "pubmed.ris").records
    assert record.item["author"] == [
        {"family": "Martin", "given": "Anne-Sophie"},
        {"non-dropping-particle": "de la", "family": "Fontaine", "given": "Jean"},
        {"family": "King", "given": "Martin Luther", "suffix": "Jr."},
    ]
    assert record.item["keyword"] == "gouvernance, décentralisation, intercommunalité"
    assert record.item["ISSN"] == "0152-7401"
    assert record.item["container-title"] == "Rev Fr Adm Publique"
    assert record.extra == {"ris:DB": "PubMed", "ris:AN": "31234567"}
    assert [a.name for a in to_draft(record).agents][1] == "de la Fontaine, Jean"


def test_zotero_style_inputs() -> None:
    data = "\r\n".join(
        [
            "TY  - BOOK",
            "T1  - Blood flow following",
            "cortical damage in the rat",
            "A1  - Georgiev, Danko",
            "AU  - Bello, Leon",
            "A1  - Carmi, Avishy",
            "Y1  - 1900/01/01",
            "DA  - 1950/01/01",
            "KW  - Keyword1, Keyword2",
            "Keyword4; Keyword5",
            "H1  - UB Mannheim",
            "H2  - 300 QN 100 D419",
            "H1  - UB Leipzig",
            "ER  - ",
            "",
        ]
    ).encode("utf-8")
    (record,) = read_ris(data, "zotero-like.ris").records
    assert record.item["title"] == "Blood flow following cortical damage in the rat"
    assert [a["family"] for a in record.item["author"]] == ["Georgiev", "Bello", "Carmi"]
    assert record.item["issued"] == {"date-parts": [[1950, 1, 1]]}
    assert record.extra == {
        "ris:Y1": "1900/01/01",
        "ris:H1": "UB Mannheim\nUB Leipzig",
        "ris:H2": "300 QN 100 D419",
    }
    assert record.item["keyword"] == "Keyword1, Keyword2, Keyword4, Keyword5"


@pytest.mark.parametrize(
    ("value", "parts"),
    [
        ("2016///", [2016]),
        ("2016/08/29/", [2016, 8, 29]),
        ("1948/07//", [1948, 7]),
        ("2001/00/00/", [2001]),
        ("1990/2/27", [1990, 2, 27]),
        ("2015-09-10", [2015, 9, 10]),
    ],
)
def test_ris_dates(value: str, parts: list[int]) -> None:
    (record,) = read_ris(ris("TY  - GEN", f"PY  - {value}", "ER  - "), "d.ris").records
    assert record.item["issued"] == {"date-parts": [parts]}
    assert record.extra == {}


def test_a_date_that_is_not_a_date_is_kept_as_text() -> None:
    (record,) = read_ris(ris("TY  - GEN", "PY  - Printemps 2015", "ER  - "), "d.ris").records
    assert record.item["issued"] == {"literal": "Printemps 2015"}


def test_isbn_or_issn_by_type() -> None:
    book = read_ris(ris("TY  - BOOK", "SN  - 978-2-07-036822-8", "ER  - "), "b.ris").records[0]
    article = read_ris(ris("TY  - JOUR", "SN  - 0152-7401", "ER  - "), "a.ris").records[0]
    assert book.item["ISBN"] == "978-2-07-036822-8"
    assert article.item["ISSN"] == "0152-7401"


@pytest.mark.parametrize("ty", sorted(TY_TO_CSL))
def test_every_type_maps_and_comes_back(ty: str) -> None:
    (record,) = read_ris(ris(f"TY  - {ty}", "TI  - T", "ER  - "), "t.ris").records
    assert record.item["type"] == TY_TO_CSL[ty]
    kept = record.extra.get("ris:TY")
    assert kept == (None if CSL_TO_TY[TY_TO_CSL[ty]] == ty else ty)
    text = write_ris([{**record.item, "_extra": record.extra}])
    assert text.startswith(f"TY  - {ty}\r\n")


# --- writing -------------------------------------------------------------------------------

ITEM = {
    "id": "dupont2019",
    "type": "report",
    "title": "Schéma régional",
    "author": [
        {"family": "Beauvoir", "non-dropping-particle": "de", "given": "Simone"},
        {"literal": "Cerema"},
        {"family": "Solo"},
    ],
    "editor": [{"family": "Alembert", "non-dropping-particle": "d'", "given": "Jean"}],
    "issued": {"date-parts": [[2019, 3]]},
    "publisher": "Cerema",
    "publisher-place": "Lyon",
    "page": "12-34",
    "number": "42",
    "keyword": "gouvernance, territoire",
    "abstract": "Premier paragraphe.\n\nSecond paragraphe.",
    "_extra": {"ris:C7": "a\nb", "ris:TY": "JOUR", "bibtex:note": "dropped"},
}


def test_writer_output_is_exact() -> None:
    assert write_ris([ITEM, {"type": "book", "title": "Deux"}]) == "\r\n".join(
        [
            "TY  - RPRT",
            "ID  - dupont2019",
            "TI  - Schéma régional",
            "AU  - de Beauvoir, Simone",
            "AU  - Cerema",
            "AU  - Solo,",
            "A2  - d'Alembert, Jean",
            "PY  - 2019",
            "DA  - 2019/03//",
            "M1  - 42",
            "PB  - Cerema",
            "CY  - Lyon",
            "SP  - 12",
            "EP  - 34",
            "KW  - gouvernance",
            "KW  - territoire",
            "AB  - Premier paragraphe.",
            "   Second paragraphe.",
            "C7  - a",
            "C7  - b",
            "ER  - ",
            "",
            "TY  - BOOK",
            "TI  - Deux",
            "ER  - ",
            "",
        ]
    )


def test_written_item_reads_back() -> None:
    (record,) = read_ris(write_ris([ITEM]).encode("utf-8"), "x.ris").records
    assert record.item["author"] == ITEM["author"]
    assert record.item["editor"] == [
        {"non-dropping-particle": "d'", "family": "Alembert", "given": "Jean"}
    ]
    assert record.item["abstract"] == "Premier paragraphe.\nSecond paragraphe."
    assert record.extra == {"ris:C7": "a\nb"}


def test_newline_injection_in_a_title_stays_one_record() -> None:
    item = {
        "type": "article-journal",
        "title": "Foo\nER  - \nTY  - JOUR",
        "note": "a\nER  - \nTY  - BOOK\nb",
    }
    result = read_ris(write_ris([item]).encode("utf-8"), "inject.ris")
    assert result.found == 1
    assert result.records[0].item["title"] == "Foo ER  - TY  - JOUR"
    assert result.records[0].item["note"] == "a\nER  -\nTY  - BOOK\nb"


# --- round trip (Hypothesis) ---------------------------------------------------------------

WORD = st.text(alphabet="abcdefghijklmnopqrstuvwxyzéèàçôœÉÀ'-", min_size=1, max_size=8)
CAPITAL = WORD.map(lambda w: w[:1].upper() + w[1:])
PHRASE = st.lists(st.one_of(WORD, CAPITAL), min_size=1, max_size=5).map(" ".join)
INJECTION = st.sampled_from(["\n", "\nER  - \n", "TY  - JOUR", "\r\n", "  ", "\u2028"])
TEXT = st.tuples(PHRASE, st.lists(st.one_of(PHRASE, INJECTION), max_size=6)).map(
    lambda t: t[0] + "".join(t[1])
)
PERSON = st.builds(
    lambda family, given, particle, suffix: {
        k: v
        for k, v in {
            "family": family,
            "given": given,
            "non-dropping-particle": particle,
            "suffix": suffix,
        }.items()
        if v
    },
    st.lists(CAPITAL, min_size=1, max_size=2).map(" ".join),
    st.one_of(st.none(), PHRASE),
    st.sampled_from([None, "de", "de la", "van der", "d'", "du"]),
    st.sampled_from([None, None, "Jr.", "III"]),
)
NAME = st.one_of(PERSON, PHRASE.map(lambda s: {"literal": s}))
DATE = st.one_of(
    st.lists(st.integers(1, 28), min_size=0, max_size=2).flatmap(
        lambda md: st.integers(1000, 2100).map(lambda y: {"date-parts": [[y, *md]]})
    ),
    st.sampled_from([{"literal": "Printemps 2015"}, {"literal": "s.d."}]),
)
TYPES = st.sampled_from(
    ["article-journal", "book", "chapter", "report", "thesis", "webpage", "document"]
)
EXTRA_TAG = st.sampled_from(["C7", "DP", "LB", "M3", "U1", "AD", "AN", "DB"])
EXTRA = st.dictionaries(
    EXTRA_TAG.map(lambda t: f"ris:{t}"), st.lists(PHRASE, min_size=1, max_size=3).map("\n".join)
)


@st.composite
def items(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {"type": draw(TYPES), "title": draw(TEXT)}
    optional: dict[str, st.SearchStrategy[Any]] = {
        "id": st.from_regex(r"[A-Za-z][A-Za-z0-9_:-]{0,12}", fullmatch=True),
        "author": st.lists(NAME, min_size=1, max_size=4),
        "editor": st.lists(NAME, min_size=1, max_size=2),
        "translator": st.lists(PERSON, min_size=1, max_size=2),
        "issued": DATE,
        "accessed": DATE,
        "container-title": TEXT,
        "publisher": PHRASE,
        "publisher-place": PHRASE,
        "volume": st.integers(1, 300).map(str),
        "page": st.sampled_from(["12-34", "e0815", "5", "iv-xii"]),
        "DOI": st.from_regex(r"10\.[0-9]{4}/[a-z0-9.]{1,10}", fullmatch=True),
        "URL": st.sampled_from(["https://example.org/a?b=1&c=2", "http://x.fr/é"]),
        "keyword": st.lists(PHRASE, min_size=1, max_size=4).map(", ".join),
        "abstract": TEXT,
        "note": TEXT,
        "language": st.sampled_from(["fr", "en", "de"]),
        "_extra": EXTRA,
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            item[key] = draw(strategy)
    if item["type"] == "article-journal" and draw(st.booleans()):
        item.setdefault("_extra", {})["ris:TY"] = "EJOUR"
    return item


def _one_line(value: Any) -> str:
    return " ".join(str(value).split())


def _lines(value: Any) -> str:
    return "\n".join(_one_line(line) for line in str(value).splitlines() if line.strip())


def canonical(item: dict[str, Any], extra: dict[str, str]) -> dict[str, Any]:
    """What RIS can carry, in one comparable form."""
    out: dict[str, Any] = {"type": item.get("type") or "document"}
    for key in ("title", "container-title", "publisher", "publisher-place", "volume", "page"):
        out[key] = _one_line(item.get(key) or "")
    out["id"] = item.get("citation-key") or item.get("id")
    out["DOI"], out["URL"], out["language"] = item.get("DOI"), item.get("URL"), item.get("language")
    for key in ("abstract", "note"):
        out[key] = _lines(item.get(key) or "")
    for role in ("author", "editor", "translator"):
        agents = [name_to_agent(n, role) for n in item.get(role) or []]
        out[role] = [(_one_line(a.name), a.type) for a in agents if a is not None]
    for key in ("issued", "accessed"):
        date = item.get(key)
        out[key] = iso_date(date) or (date or {}).get("literal")
    words = re.split(r"[,;\n]", str(item.get("keyword") or ""))
    out["keyword"] = [_one_line(w) for w in words if w.strip()]
    out["extra"] = {k: _lines(v) for k, v in extra.items() if k.startswith("ris:")}
    return out


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(items(), min_size=1, max_size=4))
def test_round_trip(generated: list[dict[str, Any]]) -> None:
    result = read_ris(write_ris(generated).encode("utf-8"), "roundtrip.ris")
    assert result.found == len(generated) == len(result.records)
    assert result.skipped == []
    assert result.warnings == []
    for item, record in zip(generated, result.records, strict=True):
        assert isinstance(record, SourceRecord)
        assert canonical(record.item, record.extra) == canonical(item, item.get("_extra") or {})
