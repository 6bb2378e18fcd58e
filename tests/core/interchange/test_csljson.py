"""CSL-JSON reader and writer: real exports, hostile JSON, schema checks and the round trip."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.errors import ValidationError
from kb_app.core.interchange.csljson import MAX_DEPTH, read_csljson, write_csljson
from kb_app.core.interchange.record import to_draft

DATA = Path(__file__).resolve().parents[2] / "data" / "csljson"


def texts(notes: object) -> list[str]:
    """The English sentences of a record's notes (``Message`` objects)."""
    return [str(n) for n in notes]  # type: ignore[attr-defined]


def read(name: str) -> Any:
    return read_csljson((DATA / name).read_bytes(), name)


def problems(data: bytes) -> list[tuple[int | None, str]]:
    with pytest.raises(ValidationError) as err:
        read_csljson(data, "bad.json")
    return [(p.line, p.message) for p in err.value.problems]


# --- real files ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "found", "lines"),
    [
        ("bbt-1178-real-library.csl.json", 26, [2, 39, 77]),
        ("bbt-360-edtf-dates.csl.json", 15, [2, 29, 56]),
        ("bbt-365-creator-types.csl.json", 7, [2, 3, 4]),
        ("bbt-860-season-dates.csl.json", 6, [2, 20, 38]),
    ],
)
def test_fixture_counts_and_lines(name: str, found: int, lines: list[int]) -> None:
    result = read(name)
    assert (result.found, len(result.records), result.skipped, result.warnings) == (
        found,
        found,
        [],
        [],
    )
    assert [r.line for r in result.records[:3]] == lines
    assert {r.where for r in result.records} == {name}


def test_real_library_item_is_kept_as_it_is() -> None:
    result = read("bbt-1178-real-library.csl.json")
    first = result.records[0].item
    assert first["id"] == first["citation-key"] == "brittain2004"
    assert first["author"] == [{"family": "Brittain", "given": "Ian"}]
    assert first["page"] == "429–452"
    assert first["accessed"] == {"date-parts": [["2019", 4, 28]]}
    assert first["issued"] == {"date-parts": [["2004"]]}
    assert first["source"] == "SAGE Journals"
    assert result.records[-1].line == 922
    draft = to_draft(result.records[0])
    assert (draft.date, draft.details["citekey"], draft.lang) == ("2004", "brittain2004", "en")


def test_edtf_and_season_dates_are_kept_untouched() -> None:
    items = {r.item["id"]: r.item for r in read("bbt-360-edtf-dates.csl.json").records}
    assert items["doe10_edtf_2011"]["issued"] == {
        "circa": True,
        "date-parts": [["2011", 5, 25], ["2012", 6, 26]],
    }
    assert items["doe13_season_2017"]["issued"] == {
        "circa": True,
        "date-parts": [[2017]],
        "season": 4,
    }
    assert items["t2"]["accessed"] == {"literal": "13th cent"}
    assert items["t6"]["issued"] == {"date-parts": [["-100", 7, 12], ["-44", 3, 15]]}
    seasons = read("bbt-860-season-dates.csl.json").records
    assert seasons[4].item["original-date"] == {"literal": "2017-14/2017-99"}


def test_creator_types_and_an_item_without_title() -> None:
    records = read("bbt-365-creator-types.csl.json").records
    assert records[2].item["director"] == [
        {"family": "Doe", "given": "John"},
        {"family": "Roe", "given": "Rob"},
    ]
    assert records[2].item["type"] == "motion_picture"
    empty = records[3]
    assert empty.item == {
        "id": "emptybook",
        "citation-key": "emptybook",
        "editor": [{"literal": "Xxx"}],
        "note": "{:X-genre: xxx}",
        "type": "entry-encyclopedia",
    }
    assert texts(empty.warnings) == []


# --- hostile JSON --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "data", [b"[" * 100_000, b'{"a":' * 100_000, b"[" * 100_000 + b"]" * 100_000]
)
def test_deep_nesting_is_refused_quickly(data: bytes) -> None:
    start = time.perf_counter()
    assert problems(data) == [(1, f"nesting deeper than {MAX_DEPTH} levels")]
    assert time.perf_counter() - start < 1.0


def test_nesting_limit_is_exact_and_brackets_in_strings_do_not_count() -> None:
    deepest = b"[" * MAX_DEPTH + b"]" * MAX_DEPTH
    result = read_csljson(deepest, "deep.json")
    assert [p.message for p in result.skipped] == ["item 1 is not a JSON object: skipped"]
    assert problems(b"[\n" * (MAX_DEPTH + 1)) == [
        (MAX_DEPTH + 1, f"nesting deeper than {MAX_DEPTH} levels")
    ]
    tricky = json.dumps([{"id": "a", "type": "book", "title": '[[[{{\\"' * 100}]).encode()
    assert read_csljson(tricky, "tricky.json").records[0].item["title"].startswith("[[[{{")


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            b'[\n  {"id": "a",\n   "title": "x"\n   "type": "book"}\n]',
            (4, "Expecting ',' delimiter (column 4)"),
        ),
        (b'[{"id": "a"}', (1, "Expecting ',' delimiter (column 13)")),
        (b"", (1, "Expecting value (column 1)")),
        (b'[{"id": "a", "title": "\xc3\xa9\n"}]', (1, "Invalid control character at (column 25)")),
        (b"[{'id': 'a'}]", (1, "Expecting property name enclosed in double quotes (column 3)")),
    ],
)
def test_invalid_json_is_refused_with_its_line(data: bytes, expected: tuple[int, str]) -> None:
    assert problems(data) == [expected]


def test_non_json_numbers_and_lone_values_are_refused() -> None:
    assert problems(b'[{"id": NaN}]') == [(None, "NaN is not a JSON value")]
    assert problems(b'[{"id": -Infinity}]') == [(None, "-Infinity is not a JSON value")]
    assert "4300" in problems(b'[{"id": ' + b"9" * 5000 + b"}]")[0][1]
    assert problems(b'"just a string"') == [
        (1, "the file holds a single JSON value, not CSL items")
    ]


def test_duplicate_keys_are_warnings_naming_the_key() -> None:
    data = (
        b'[\n{"id": "a", "type": "book", "title": "One", "title": "Two"},\n'
        b'{"id": "b", "type": "book", "author": [{"family": "X", "family": "Y"}]}\n]'
    )
    result = read_csljson(data, "dup.json")
    assert [r.item.get("title") for r in result.records] == ["Two", None]
    assert result.records[1].item["author"] == [{"family": "Y"}]
    assert [(w.line, w.message) for w in result.warnings] == [
        (2, "item 1: duplicate key « title » (the last value was kept)"),
        (3, "item 2: duplicate key « family » (the last value was kept)"),
    ]
    wrapped = read_csljson(b'{"items": [], "items": [{"id": "c", "type": "book"}]}', "w.json")
    assert wrapped.found == 1
    assert [w.message for w in wrapped.warnings] == [
        "duplicate key « items » (the last value was kept)"
    ]


INVALID = [
    ("[1]", "item 1 is not a JSON object: skipped"),
    ('[{"id": true, "type": "book"}]', "item 1: « id » is not a string or a number: skipped"),
    ('[{"id": [1], "type": "book"}]', "item 1: « id » is not a string or a number: skipped"),
    ('[{"id": "a", "type": 3}]', "item 1: « type » is not a string: skipped"),
    ('[{"id": "a", "type": "book", "title": 1984}]', "item 1: « title » is not a string: skipped"),
    ('[{"id": "a", "type": "book", "title": ["x"]}]', "item 1: « title » is not a string: skipped"),
    (
        '[{"id": "a", "type": "book", "author": "Dupont"}]',
        "item 1: « author » is not a list of name objects: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "editor": ["Dupont"]}]',
        "item 1: « editor » is not a list of name objects: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "author": [{"family": {"x": 1}}]}]',
        "item 1: « author » is not a list of name objects: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "issued": 2015}]',
        "item 1: « issued » is not a CSL date object: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "issued": {"date-parts": 2015}}]',
        "item 1: « issued » is not a CSL date object: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "issued": {"date-parts": [[{"y": 1}]]}}]',
        "item 1: « issued » is not a CSL date object: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "volume": {"n": 3}}]',
        "item 1: « volume » is not a string or a number: skipped",
    ),
    (
        '[{"id": "a", "type": "book", "title": "\\ud800"}]',
        "item 1 holds a \\u escape that is not a character: skipped",
    ),
]


@pytest.mark.parametrize(("text", "message"), INVALID)
def test_schema_invalid_items_are_reported_not_imported(text: str, message: str) -> None:
    result = read_csljson(text.encode(), "bad.json")
    assert (result.found, result.records) == (1, [])
    assert [(p.where, p.line, p.message) for p in result.skipped] == [("bad.json", 1, message)]


def test_good_items_around_bad_ones_are_kept_and_lines_point_at_the_bad_one() -> None:
    data = (
        b'[\n  {"id": "a", "type": "book", "title": "A"},\n  "oops",\n\n'
        b'  {"id": "c", "type": "book", "title": 3},\n'
        b'  {"id": "d", "type": "book", "title": "D"}\n]'
    )
    result = read_csljson(data, "mixed.json")
    assert [r.item["id"] for r in result.records] == ["a", "d"]
    assert [r.line for r in result.records] == [2, 6]
    assert [(p.line, p.message) for p in result.skipped] == [
        (3, "item 2 is not a JSON object: skipped"),
        (5, "item 3: « title » is not a string: skipped"),
    ]


def test_missing_id_and_type_are_filled_with_a_warning() -> None:
    data = (
        b'[{"title": "Sans id"}, {"id": 7, "type": "map", "title": "Carte"},'
        b' {"id": "", "type": "unknown-thing"}]'
    )
    first, second, third = read_csljson(data, "fill.json").records
    assert first.item == {"title": "Sans id", "id": "item-1", "type": "document"}
    assert texts(first.warnings) == [
        "no id: « item-1 » given",
        "no type: read as a generic document",
    ]
    assert (second.item["id"], second.warnings) == (7, [])
    assert third.item["id"] == "item-3"
    assert str(third.warnings[-1]) == "unknown CSL type « unknown-thing » kept"
    nulls = b'[{"id": null, "type": null, "title": null, "issued": null, "author": null}]'
    (record,) = read_csljson(nulls, "nulls.json").records
    assert (record.item["id"], record.item["type"], record.item["title"]) == (
        "item-1",
        "document",
        None,
    )
    assert to_draft(record).title == ""


def test_text_dates_keyword_lists_and_same_ids() -> None:
    data = (
        b'[{"id": "a", "type": "book", "issued": "2015-03", "keyword": ["urbanisme", "SCoT"]},'
        b' {"id": "a", "type": "book"}]'
    )
    result = read_csljson(data, "lenient.json")
    item = result.records[0].item
    assert item["issued"] == {"raw": "2015-03"}
    assert item["keyword"] == "urbanisme, SCoT"
    assert texts(result.records[0].warnings) == [
        "« keyword » given as a list: joined with commas",
        "« issued » given as text: kept as a raw date",
    ]
    assert [w.message for w in result.warnings] == ["item 2 has the same id « a » as item 1"]
    assert to_draft(result.records[0]).date == "2015-03"


def test_single_item_and_wrappers() -> None:
    single = read_csljson(b'\n\n  {"id": "x", "type": "book", "title": "Seul"}', "one.json")
    assert (single.found, single.records[0].line) == (1, 3)
    for key in ("items", "references"):
        data = json.dumps({key: [{"id": "x", "type": "book"}, {"id": "y", "type": "book"}]})
        wrapped = read_csljson(data.encode(), "wrapped.json")
        assert [r.item["id"] for r in wrapped.records] == ["x", "y"]


def test_encodings_and_line_ends_give_the_same_items() -> None:
    text = '[\n  {"id": "é", "type": "book", "title": "Aménagement du territoire"}\n]\n'
    variants = [
        text.encode("utf-8"),
        b"\xef\xbb\xbf" + text.encode("utf-8"),
        text.replace("\n", "\r\n").encode("utf-8"),
        text.encode("utf-16"),
        text.encode("utf-16-be"),
    ]
    results = [read_csljson(v, "enc.json") for v in variants]
    for result in results:
        assert result.records[0].item == {
            "id": "é",
            "type": "book",
            "title": "Aménagement du territoire",
        }
        assert result.records[0].line == 2
    assert [r.encoding for r in results] == ["utf-8", "utf-8", "utf-8", "utf-16-le", "utf-16-be"]
    with pytest.raises(ValidationError):
        read_csljson(text.encode("latin-1"), "latin.json")


def test_prefixed_members_go_to_extra_and_unknown_variables_stay() -> None:
    data = (
        b'[{"id": "a", "type": "book", "bibtex:howpublished": "Mimeo", "ris:C7": 12,'
        b' "custom": {"x": [1, 2]}, "_extra": {"ris:DB": "Scopus"}}]'
    )
    (record,) = read_csljson(data, "extra.json").records
    assert record.item == {"id": "a", "type": "book", "custom": {"x": [1, 2]}}
    assert record.extra == {"bibtex:howpublished": "Mimeo", "ris:C7": "12", "ris:DB": "Scopus"}
    assert to_draft(record).details["extra"]["csl:custom"] == '{"x": [1, 2]}'


# --- writing and the round trip ------------------------------------------------------------


def test_writer_output() -> None:
    item = {
        "id": "k",
        "type": "book",
        "title": "Été",
        "_extra": {"bibtex:note": "n", "title": "no"},
    }
    assert write_csljson([item]) == (
        '[\n  {\n    "id": "k",\n    "type": "book",\n    "title": "Été",\n'
        '    "bibtex:note": "n"\n  }\n]\n'
    )
    assert write_csljson([]) == "[]\n"


NAME_PART = st.text(alphabet="abcdeéèàçôABCÉ '-’", min_size=1, max_size=10)
NAME = st.one_of(
    st.fixed_dictionaries(
        {"family": NAME_PART},
        optional={
            "given": NAME_PART,
            "non-dropping-particle": st.sampled_from(["de", "van der", "d'"]),
            "suffix": st.just("Jr."),
        },
    ),
    st.fixed_dictionaries({"literal": NAME_PART}),
)
DATE = st.one_of(
    st.fixed_dictionaries(
        {
            "date-parts": st.lists(
                st.lists(
                    st.one_of(
                        st.integers(-500, 2100), st.from_regex(r"-?[0-9]{1,4}", fullmatch=True)
                    ),
                    min_size=1,
                    max_size=3,
                ),
                min_size=1,
                max_size=2,
            )
        },
        optional={"season": st.integers(1, 4), "circa": st.booleans()},
    ),
    st.fixed_dictionaries({"literal": st.text(max_size=20)}),
    st.fixed_dictionaries({"raw": st.sampled_from(["2015-03", "1999/2000", "printemps 2015"])}),
)
ANY_TEXT = st.text(max_size=40).filter(lambda s: "\ud800" not in s)
JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | ANY_TEXT,
    lambda inner: (
        st.lists(inner, max_size=3)
        | st.dictionaries(st.text(alphabet="abc", max_size=3), inner, max_size=3)
    ),
    max_leaves=8,
)


@st.composite
def csl_items(draw: st.DrawFn) -> dict[str, Any]:
    item: dict[str, Any] = {
        "id": draw(st.one_of(st.text(min_size=1, max_size=10), st.integers(0, 10**6))),
        "type": draw(st.sampled_from(["book", "article-journal", "chapter", "report", "webpage"])),
        "title": draw(ANY_TEXT),
    }
    optional: dict[str, st.SearchStrategy[Any]] = {
        "author": st.lists(NAME, max_size=3),
        "editor": st.lists(NAME, max_size=2),
        "issued": DATE,
        "accessed": DATE,
        "container-title": ANY_TEXT,
        "volume": st.one_of(st.integers(0, 500), ANY_TEXT),
        "page": ANY_TEXT,
        "keyword": ANY_TEXT,
        "abstract": ANY_TEXT,
        "custom-variable": JSON_VALUE,
        "_extra": st.dictionaries(
            st.sampled_from(["ris:C7", "bibtex:howpublished", "ris:DB"]), ANY_TEXT
        ),
    }
    for key, strategy in optional.items():
        if draw(st.booleans()):
            item[key] = draw(strategy)
    return item


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(csl_items(), max_size=4))
def test_round_trip(generated: list[dict[str, Any]]) -> None:
    result = read_csljson(write_csljson(generated).encode("utf-8"), "roundtrip.json")
    assert (result.found, len(result.records), result.skipped) == (
        len(generated),
        len(generated),
        [],
    )
    for item, record in zip(generated, result.records, strict=True):
        expected = {k: v for k, v in item.items() if k != "_extra"}
        assert record.item == expected
        assert record.extra == item.get("_extra", {})
        assert texts(record.warnings) == []
