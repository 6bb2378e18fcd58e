"""`kb atlas` and `kb glossary` on the small library of tests/atlas_library."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.cli.main import main
from tests.atlas_library import COOPERATION, ECONOMIE, LEGITIMITE, SOCIETE, build


@pytest.fixture
def atlas_folder(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    keys = build(tmp_path / "lib", tmp_path / "res")
    return tmp_path / "lib", keys


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code = main(list(args))
    out, err = capsys.readouterr()
    assert code == 0, err
    return out


def test_atlas_json_shape(atlas_folder: tuple[Path, dict[str, str]], capsys) -> None:
    folder, keys = atlas_folder
    data = json.loads(kb(capsys, "--library", str(folder), "atlas", "--json"))
    assert {"components", "angles", "cells"} <= set(data)
    for entry in data["components"] + data["angles"]:
        assert {"key", "label", "label_en"} <= set(entry)
    assert [c["key"] for c in data["components"]][:2] == [SOCIETE, ECONOMIE]
    assert [a["key"] for a in data["angles"]] == [LEGITIMITE, COOPERATION]
    assert len(data["cells"]) == 6
    for cell in data["cells"]:
        assert {"component", "angle", "count", "fiches"} <= set(cell)
        assert cell["count"] == len(cell["fiches"])
        assert all(isinstance(k, str) for k in cell["fiches"])
    cell = next(c for c in data["cells"] if (c["component"], c["angle"]) == (SOCIETE, LEGITIMITE))
    assert cell["fiches"] == [keys["alpha"], keys["beta"]]


def test_atlas_text_matrix_french(atlas_folder: tuple[Path, dict[str, str]], capsys) -> None:
    folder, _ = atlas_folder
    out = kb(capsys, "--library", str(folder), "atlas")
    lines = out.splitlines()
    assert lines[0].startswith("Atlas relationnel")
    row = next(line for line in lines if "Société et territoire" in line)
    assert row.split()[0] == "1"
    assert row.split()[-2:] == ["2", "1"]
    assert any(line.split()[:1] == ["B"] and "Coopération" in line for line in lines)


def test_atlas_text_english(
    atlas_folder: tuple[Path, dict[str, str]], capsys, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "C")
    folder, _ = atlas_folder
    out = kb(capsys, "--library", str(folder), "atlas")
    assert out.startswith("Relational atlas")
    assert "Society and territory" in out
    assert "Société" not in out


def test_glossary_markdown_and_html(atlas_folder: tuple[Path, dict[str, str]], capsys) -> None:
    folder, keys = atlas_folder
    md = kb(capsys, "--library", str(folder), "glossary")
    assert md.startswith("# Glossaire")
    headings = [line[4:] for line in md.splitlines() if line.startswith("### ")]
    assert headings.index("Eau") < headings.index("écocité") < headings.index("Flux")
    assert f"- alpha (`{keys['alpha']}`)" in md
    html = kb(capsys, "--library", str(folder), "glossary", "--format", "html")
    assert '<h2 id="lettre-e">E</h2>' in html
    assert '<a href="#lettre-e">E</a>' in html
    assert "Économie locale" in html
    data = json.loads(kb(capsys, "--library", str(folder), "glossary", "--json"))
    assert data["letters"][0] == "A"
    eco = next(e for e in data["entries"] if e["label"] == "écocité")
    assert eco["count"] == 2
    assert [f["key"] for f in eco["fiches"]] == [keys["alpha"], keys["gamma"]]
