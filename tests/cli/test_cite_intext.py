"""`kb cite ID... --in-text [--locator L] [--form F]`, `--style FILE.csl`, `--list-styles`."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.cli.commands import COMMANDS, cite
from kb_app.cli.main import main
from kb_app.core.paths import user_styles_dir

DATA = Path(__file__).resolve().parents[1] / "data" / "csl"
GENRO = "ref-genro-desouza-1998-budget-participatif"
CALAME = "ref-calame-2004-universite-21e-siecle"
NB = "\u00a0"


@pytest.fixture(autouse=True)
def _cite_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(COMMANDS, "cite", cite)


def kb(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--library", str(library), "cite", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_in_text_with_a_locator(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, library_path, GENRO, "--in-text", "--locator", "p. 12")
    assert (code, err) == (0, "")
    assert out == f"(GENRO et DE SOUZA, 1998, p.{NB}12)\n"
    code, out, _ = kb(
        capsys, library_path, GENRO, "--in-text", "--style", "iso690-numeric-fr", "--locator", "5"
    )
    assert out == f"(1, p.{NB}5)\n"


def test_in_text_forms_and_json(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    code, out, err = kb(capsys, library_path, GENRO, CALAME, "--in-text", "--form", "pandoc")
    assert (code, out) == (0, f"[@{GENRO}; @{CALAME}]\n"), err
    args = (GENRO, "--in-text", "--form", "latex", "--locator", "p. 3", "--json")
    code, out, err = kb(capsys, library_path, *args)
    assert code == 0, err
    assert json.loads(out) == {
        "keys": [GENRO],
        "form": "latex",
        "style": "iso690-author-date-fr",
        "locator": "p. 3",
        "text": f"\\cite[p.~3]{{{GENRO}}}",
        "html": f"\\cite[p.~3]{{{GENRO}}}",
    }


def test_locator_without_in_text_is_a_usage_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, library_path, GENRO, "--locator", "p. 3")
    assert (code, out) == (2, "")
    assert err == "kb cite: --locator et --form vont avec --in-text\n"


def test_several_ids_without_in_text_give_a_bibliography(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, library_path, GENRO, CALAME, "--json")
    assert code == 0, err
    entries = json.loads(out)
    assert [e["text"][:6] for e in entries] == ["CALAME", "GENRO,"]  # the style's order


def test_style_file_is_checked_added_and_listed(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    style = str(DATA / "kb-auteur-date-court.csl")
    with pytest.raises(SystemExit):  # a usage error: nothing is added
        kb(capsys, library_path, GENRO, "--in-text", "--style", style, "-l", "12")
    assert not user_styles_dir().exists()
    capsys.readouterr()
    code, out, err = kb(
        capsys, library_path, GENRO, "--in-text", "--style", style, "--locator", "p. 12"
    )
    assert code == 0, err
    assert out == "(GENRO et DE SOUZA, 1998, p. 12)\n"
    kept = user_styles_dir() / "kb-auteur-date-court.csl"
    assert err == f"style de citation « kb-auteur-date-court » ajouté ({kept})\n"
    # the added style is now a name
    code, out, err = kb(
        capsys, library_path, CALAME, "--in-text", "--style", "kb-auteur-date-court"
    )
    assert (code, out) == (0, "(CALAME, 2004)\n"), err
    code, out, err = kb(capsys, library_path, "--list-styles", "--json")
    assert code == 0, err
    assert [(s["name"], s["shipped"]) for s in json.loads(out)] == [
        ("iso690-author-date-fr", True),
        ("iso690-numeric-fr", True),
        ("kb-auteur-date-court", False),
    ]


def test_an_invalid_style_file_names_the_file_and_line(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    style = DATA / "malformed.csl"
    code, out, err = kb(capsys, library_path, GENRO, "--style", str(style))
    assert (code, out) == (1, "")
    first, second = err.splitlines()[:2]
    assert first == (
        "kb: le style de citation « malformed.csl » ne peut pas être ajouté ; rien n'a été changé"
    )
    assert second.strip().startswith(f"{style}:9: XML mal formé : ")
    assert not user_styles_dir().exists()
