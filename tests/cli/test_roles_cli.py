"""`kb show` and `kb search` say who a work is by, each person in the role they had."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.cli.main import main

BOURGOIS = Path(__file__).resolve().parents[1] / "data" / "bibtex" / "tolkien-fr" / "bourgois.bib"
CHAPTER = "ref-entretien-avec-l-editeur-francais-de-j-r-r-tolkien"
BOOK = "ref-tolkien-trente-ans-apres-1973-2003"


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def tolkien(capsys: pytest.CaptureFixture[str], library_path: Path) -> Path:
    code, _out, err = kb(capsys, "--library", str(library_path), "import", str(BOURGOIS))
    assert code == 0, err
    return library_path


def test_kb_show_gives_a_chapters_author_and_its_book_with_the_editor(
    capsys: pytest.CaptureFixture[str], tolkien: Path
) -> None:
    code, out, _err = kb(capsys, "--library", str(tolkien), "show", CHAPTER)
    assert code == 0
    lines = out.splitlines()
    assert "Par Bourgois, Christian" in lines
    assert "In : Ferré, Vincent (éd.), Tolkien, trente ans après (1973–2003)" in lines
    assert "  auteur : Bourgois, Christian" in lines
    assert "  éditeur scientifique : Ferré, Vincent" in lines
    assert not any(line.startswith("Par ") and "Ferré" in line for line in lines)


def test_kb_show_marks_the_editor_of_an_edited_book_never_as_its_author(
    capsys: pytest.CaptureFixture[str], tolkien: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = kb(capsys, "--library", str(tolkien), "show", BOOK)[1]
    assert "Ferré, Vincent (éd.)" in out.splitlines()
    assert "Par Ferré" not in out
    monkeypatch.setenv("LC_MESSAGES", "C")
    out = kb(capsys, "--library", str(tolkien), "show", BOOK)[1]
    assert "Ferré, Vincent (ed.)" in out.splitlines()


def test_kb_search_lists_each_hit_with_its_people(
    capsys: pytest.CaptureFixture[str], tolkien: Path
) -> None:
    out = kb(capsys, "--library", str(tolkien), "search", "Tolkien trente ans", "--limit", "40")[1]
    blocks = {b.splitlines()[0].split(". ", 1)[1]: b for b in out.split("\n\n")[1:] if ". " in b}
    chapter = next(b for t, b in blocks.items() if t.startswith("Entretien avec"))
    assert "    Bourgois, Christian" in chapter.splitlines()
    assert "Ferré" not in chapter
    book = next(b for t, b in blocks.items() if t.startswith("Tolkien, trente ans après"))
    assert "    Ferré, Vincent (éd.)" in book.splitlines()
