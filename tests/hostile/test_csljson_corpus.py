"""T19 — CSL-JSON hostile corpus, end to end through ``Library.import_file``.

JSONTestSuite-style cases written here (the suite itself is not on disk): ``n_*`` are not
JSON and must be refused with a located message; ``y_*`` are valid JSON that our CSL rules
accept or refuse with a message; ``i_*`` are implementation-defined; then 100,000 nested
brackets, duplicate keys, schema-invalid items among good ones, and generated JSON values.
The reader's own tests (tests/core/interchange/test_csljson.py) pin its messages.
"""

from __future__ import annotations

import json
import shutil
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kb_app.core.dto import ImportReport
from kb_app.core.library import Library
from tests.conftest import slow_mode
from tests.hostile.conftest import Importer, csl_of, titles_of, works

# Not JSON: refused, with the line of the problem.
N_CASES = {
    "n_array_1_true_without_comma": b"[1 true]",
    "n_array_extra_comma": b'["",]',
    "n_array_double_comma": b"[1,,2]",
    "n_array_incomplete": b'["x"',
    "n_array_unclosed_with_new_lines": b"[1,\n1\n,1",
    "n_array_colon_instead_of_comma": b'["": 1]',
    "n_array_comma_and_number": b"[,1]",
    "n_array_just_minus": b"[-]",
    "n_array_star_inside": b"[*]",
    "n_incomplete_false": b"[fals]",
    "n_incomplete_null": b"[nul]",
    "n_incomplete_true": b"[tru]",
    "n_number_plus_1": b"[+1]",
    "n_number_leading_zero": b"[012]",
    "n_number_hex": b"[0x1]",
    "n_number_starting_with_dot": b"[.2e-3]",
    "n_number_trailing_dot": b"[2.]",
    "n_number_with_space": b"[1 000.0]",
    "n_object_trailing_comma": b'{"id":"a",}',
    "n_object_missing_colon": b'{"a" b}',
    "n_object_single_quote": b"{'a':0}",
    "n_object_unquoted_key": b'{a: "b"}',
    "n_object_non_string_key": b"{1:1}",
    "n_object_missing_value": b'{"a":}',
    "n_object_double_colon": b'{"x"::"b"}',
    "n_string_single_quote": b"['single quote']",
    "n_string_unescaped_tab": b'["\t"]',
    "n_string_unescaped_newline": b'[{"title": "new\nline"}]',
    "n_string_invalid_escape": b'["\\x00"]',
    "n_string_incomplete_unicode": b'["\\u00A"]',
    "n_string_escaped_emoji": '["\\🌀"]'.encode(),
    "n_string_no_quotes": b"[abc]",
    "n_structure_trailing_garbage": b"[1]x",
    "n_structure_two_arrays": b"[][]",
    "n_structure_unclosed_object": b'{"a":"b"',
    "n_structure_open_array_open_string": b'["a',
    "n_structure_lone_open_bracket": b"[",
    "n_structure_word_joiner": "[\u2060]".encode(),
    "n_structure_comma_instead_of_closing_brace": b'{"x": true,',
    "n_structure_angle_bracket": b"<.>",
    "n_structure_ascii_unicode_identifier": "aå".encode(),
    "n_structure_vertical_tab": b'[\x0b"a"\x0b]',
    "n_structure_lone_closing_brace": b"}",
    "n_single_space": b" ",
    "n_empty": b"",
    "n_comment_after": b"[] // comment",
    "n_comment_before": b"/* c */ []",
    "n_invalid_utf8": b'["\xff"]',
    "n_multiline_unclosed_item": (
        b'[\n  {"id": "a", "type": "book", "title": "A"},\n  {"id": "b", "title": "B"\n]'
    ),
}
N_LINES = {"n_array_unclosed_with_new_lines": 3, "n_multiline_unclosed_item": 4}
N_UNLOCATED = {  # F13: refused, but without a line
    "n_number_infinity": b"[Infinity]",
    "n_number_nan": b"[NaN]",
    "n_number_minus_infinity": b"[-Infinity]",
}

# Valid JSON: our CSL rules decide. Expected: (found, imported, skipped) or a refusal text.
Y_CASES: dict[str, tuple[bytes, tuple[int, int, int] | str]] = {
    "y_array_empty": (b"[]", (0, 0, 0)),
    "y_structure_whitespace_array": (b" [] ", (0, 0, 0)),
    "y_array_arrays_with_spaces": (b"[[]   ]", (1, 0, 1)),
    "y_array_null": (b"[null]", (1, 0, 1)),
    "y_array_with_several_null": (b"[1,null,null,null,2]", (5, 0, 5)),
    "y_number_big_exponent": (b"[123e65]", (1, 0, 1)),
    "y_number_minus_zero": (b"[-0]", (1, 0, 1)),
    "y_string_comments": (b'["a/*b*/c/*d//e"]', (1, 0, 1)),
    "y_structure_trailing_newline": (b'["a"]\n', (1, 0, 1)),
    "y_object_basic": (b'{"asd":"sdf"}', (1, 1, 0)),
    "y_object_duplicated_key": (b'{"a":"b","a":"c"}', (1, 1, 0)),
    "y_object_empty": (b"{}", (1, 1, 0)),
    "y_object_escaped_null_in_key": (b'{"foo\\u0000bar": 42}', (1, 1, 0)),
    "y_string_unicode_escapes": (
        b'[{"id":"u","type":"book","title":"\\u00e9\\u4e2d\\ud83d\\ude00"}]',
        (1, 1, 0),
    ),
    "y_string_noncharacter": (b'[{"id":"f","type":"book","title":"x\\uffff"}]', (1, 1, 0)),
    "y_string_escaped_control": (b'[{"id":"c","type":"book","title":"a\\u0012b"}]', (1, 1, 0)),
    "y_items_wrapper": (b'{"items": [{"id":"w","type":"book","title":"Wrapped"}]}', (1, 1, 0)),
    "y_id_huge_number": (b'[{"id": 1e400, "type":"book","title":"Huge id"}]', (1, 1, 0)),
    "y_type_unknown": (b'[{"id":"t","type":"spaceship","title":"Odd type"}]', (1, 1, 0)),
    "y_title_number": (b'[{"id":"n","type":"book","title": 12}]', (1, 0, 1)),
    "y_author_string": (b'[{"id":"s","type":"book","title":"T","author":"Dupont"}]', (1, 0, 1)),
    "y_structure_lonely_string": (b'"asd"', "single JSON value"),
    "y_structure_lonely_null": (b"null", "single JSON value"),
    "y_structure_lonely_true": (b"true", "single JSON value"),
    "y_structure_lonely_int": (b"2", "single JSON value"),
}

# Implementation-defined: never a crash; the outcome is pinned so a change is noticed.
I_CASES: dict[str, tuple[bytes, tuple[int, int, int] | str]] = {
    "i_number_huge_exp": (b"[1.5e+9999]", (1, 0, 1)),
    "i_string_lone_second_surrogate": (
        b'[{"id":"l","type":"book","title":"\\uDFAA"}]',
        (1, 0, 1),
    ),
    "i_string_utf16le_with_bom": (
        b"\xff\xfe" + '[{"id":"x","type":"book","title":"UTF-16"}]'.encode("utf-16-le"),
        (1, 1, 0),
    ),
    "i_string_utf16be_no_bom": (
        '[{"id":"y","type":"book","title":"UTF-16 BE"}]'.encode("utf-16-be"),
        (1, 1, 0),
    ),
    "i_structure_utf8_bom_empty_object": (b"\xef\xbb\xbf{}", (1, 1, 0)),
    "i_structure_500_nested_arrays": (b"[" * 500 + b"]" * 500, "nested too deeply"),
    "i_structure_nul_outside_string": (b"[\x00]", (0, 0, 0)),
    "i_string_not_in_unicode_range": (b'["\xf4\xbf\xbf\xbf"]', "not UTF-8"),
}


@pytest.fixture(scope="module")
def shared(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Importer]:
    """One library for the whole table (each case still checks its own invariants)."""
    folder = tmp_path_factory.mktemp("t19") / "lib"
    shutil.copytree(template_library, folder)
    with Library.open(folder, indexing="off") as lib:
        yield Importer(lib)


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / f"{name}.json"
    path.write_bytes(data)
    return path


def test_the_tables_are_big_enough() -> None:
    assert len(N_CASES) + len(N_UNLOCATED) >= 30
    assert len(Y_CASES) >= 15


@pytest.mark.parametrize("name", sorted(N_CASES))
def test_n_cases_are_refused_with_their_line(shared: Importer, tmp_path: Path, name: str) -> None:
    err = shared.refused(write(tmp_path, name, N_CASES[name]))
    assert err.problems, name
    assert err.problems[0].line == N_LINES.get(name, 1)
    assert "not valid JSON" in str(err) or "not UTF-8" in str(err)


@pytest.mark.xfail(strict=True, reason="F13: NaN/Infinity are refused without a line")
@pytest.mark.parametrize("name", sorted(N_UNLOCATED))
def test_nan_and_infinity_are_refused_with_their_line(
    shared: Importer, tmp_path: Path, name: str
) -> None:
    err = shared.refused(write(tmp_path, name, N_UNLOCATED[name]))
    assert err.problems[0].line == 1


def outcome(shared: Importer, path: Path, expected: tuple[int, int, int] | str) -> None:
    result = shared.run(path)
    if isinstance(expected, str):
        assert not isinstance(result, ImportReport), result
        assert expected in str(result)
        assert all(p.line is not None for p in result.problems)
        return
    assert isinstance(result, ImportReport), result
    assert (result.found, result.imported, result.skipped) == expected
    assert all(p.message for p in result.errors)


@pytest.mark.parametrize("name", sorted(Y_CASES))
def test_y_cases_are_read_by_our_rules(shared: Importer, tmp_path: Path, name: str) -> None:
    data, expected = Y_CASES[name]
    outcome(shared, write(tmp_path, name, data), expected)


@pytest.mark.parametrize("name", sorted(I_CASES))
def test_i_cases_never_crash(shared: Importer, tmp_path: Path, name: str) -> None:
    data, expected = I_CASES[name]
    outcome(shared, write(tmp_path, name, data), expected)


def test_controls_and_replacement_characters_are_never_stored_silently(
    checked: Importer, tmp_path: Path
) -> None:
    items = [
        {"id": "c", "type": "book", "title": "nul\u0000 and esc\u001b here"},
        {"id": "r", "type": "book", "title": "lost \ufffd character"},
    ]
    report = checked.accepted(write(tmp_path, "controls", json.dumps(items).encode()))
    assert titles_of(checked.lib, report.keys) == ["nul and esc here", "lost \ufffd character"]
    messages = {(w.line, w.message.split(":")[0]) for w in report.warnings}
    assert any("control characters" in m for _, m in messages)
    assert any("replacement characters" in m for _, m in messages)


# --- depth, duplicates, schema ------------------------------------------------------------

DEEP = {
    "arrays": b"[" * 100_000,
    "balanced arrays": b"[" * 100_000 + b"]" * 100_000,
    "objects": b'{"a":' * 100_000,
    "mixed": b'[{"author":' * 50_000,
}


@pytest.mark.parametrize("kind", sorted(DEEP))
def test_100000_nested_brackets_are_refused_quickly(
    shared: Importer, tmp_path: Path, kind: str
) -> None:
    path = write(tmp_path, "deep", DEEP[kind])
    started = time.perf_counter()
    err = shared.refused(path)
    seconds = time.perf_counter() - started
    print(f"T19 100,000 nested ({kind}): refused in {seconds:.3f} s")
    assert seconds < 2.0
    assert "nesting deeper than 64 levels" in err.problems[0].message
    assert err.problems[0].line == 1


def test_duplicate_keys_keep_the_last_value_with_a_warning(
    checked: Importer, tmp_path: Path
) -> None:
    data = b'[{"id":"d","type":"book","title":"One","title":"Two","id":"d2"}]'
    report = checked.accepted(write(tmp_path, "dup", data))
    assert titles_of(checked.lib, report.keys) == ["Two"]
    assert checked.lib.get(report.keys[0]).details["citekey"] == "d2"
    warned = sorted(w.message for w in report.warnings if "duplicate key" in w.message)
    assert warned == [
        "item 1: duplicate key « id » (the last value was kept)",
        "item 1: duplicate key « title » (the last value was kept)",
    ]


def test_schema_invalid_items_are_skipped_with_their_line_not_imported(
    checked: Importer, tmp_path: Path
) -> None:
    good = [csl_of(w) for w in works(3, seed=19)]
    bad = [
        {"id": "b1", "type": "book", "title": ["a", "list"]},
        {"id": "b2", "type": "book", "title": "T", "issued": {"date-parts": "1999"}},
        {"id": "b3", "type": "book", "title": "T", "editor": [{"family": "A", "given": ["x"]}]},
    ]
    items = [good[0], bad[0], good[1], bad[1], bad[2], good[2]]
    text = "[\n" + ",\n".join(json.dumps(i, ensure_ascii=False) for i in items) + "\n]"
    report = checked.accepted(write(tmp_path, "schema", text.encode()))
    assert (report.found, report.imported, report.skipped) == (6, 3, 3)
    assert [p.line for p in report.errors] == [3, 5, 6]
    assert sorted(titles_of(checked.lib, report.keys)) == sorted(i["title"] for i in good)


def test_a_name_part_that_is_not_a_string_is_reported(checked: Importer, tmp_path: Path) -> None:
    item = {"id": "n", "type": "book", "title": "T", "editor": [{"family": 3, "given": True}]}
    report = checked.accepted(write(tmp_path, "schema", json.dumps([item]).encode()))
    assert report.skipped == 1 or report.warnings, report


# --- generated JSON values -----------------------------------------------------------------

FLOATS = st.floats(allow_nan=False, allow_infinity=False)  # NaN/Infinity: F13, tested apart
SCALARS = st.none() | st.booleans() | st.integers() | FLOATS | st.text()
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=20,
)
CSL_KEYS = ["id", "type", "title", "author", "editor", "issued", "keyword", "DOI", "URL"]
CSL_LIKE = st.lists(
    st.dictionaries(st.sampled_from(CSL_KEYS) | st.text(max_size=6), JSON_VALUES, max_size=6),
    max_size=4,
)


@settings(
    max_examples=200 if slow_mode() else 30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(value=st.one_of(JSON_VALUES, CSL_LIKE))
def test_any_json_value_is_imported_or_refused_never_crashes(
    shared: Importer, tmp_path: Path, value: Any
) -> None:
    result = shared.run(write(tmp_path, "generated", json.dumps(value).encode()))
    if not isinstance(result, ImportReport):
        assert result.problems
        assert all(p.line is not None for p in result.problems), result
