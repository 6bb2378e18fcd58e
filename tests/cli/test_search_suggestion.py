"""`kb search` on a query with a typo: the corrected query's hits, and the correction said."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.cli.test_cli import CASE, GENRO, kb, kb_json


def test_json_lists_the_corrected_query_hits_with_a_suggestion(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    result = kb_json(capsys, library_path, "search", "budjet participatif")
    assert result["query"] == "budjet participatif"
    assert result["suggestion"] == "budget participatif"
    ids = [h["id"] for h in result["hits"]]
    assert CASE in ids
    assert GENRO in ids
    assert result["total"] >= len(ids) > 0


def test_text_output_says_nothing_was_found_and_what_was_searched(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "search", "budjet participatif")
    assert code == 0
    first, second = out.splitlines()[:2]
    assert first == (
        "Aucun résultat pour « budjet participatif » — résultats pour « budget participatif »"
    )
    count = second.split()[0]
    assert count.isdigit()
    assert int(count) > 0
    assert second.startswith(f"{count} résultat(s) pour « budget participatif » (")
    assert CASE in out
    assert GENRO in out


def test_text_output_in_english(
    capsys: pytest.CaptureFixture[str], library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "C")
    code, out, _ = kb(capsys, "--library", str(library_path), "search", "cooperaton")
    assert code == 0
    assert out.splitlines()[0] == "No results for « cooperaton » — results for « coopération »"


def test_a_query_with_results_is_printed_as_before(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, _ = kb(capsys, "--library", str(library_path), "search", "budget participatif")
    assert code == 0
    first = out.splitlines()[0]
    assert first.split()[0].isdigit()
    assert "résultat(s) pour « budget participatif » (" in first
    assert "Aucun résultat" not in out
