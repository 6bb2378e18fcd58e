"""`kb cite ID [--style S] [--json]`, run in-process through ``kb_app.cli.main.main``.

The command is put into ``COMMANDS`` for each test (``monkeypatch.setitem``), so these
tests run the same whether or not ``kb_app/cli/commands/__init__.py`` registers it yet.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.cli.commands import COMMANDS, cite
from kb_app.cli.main import main

GENRO = "ref-genro-desouza-1998-budget-participatif"
NB = "\u00a0"
GENRO_TEXT = (
    "GENRO, Tarso et DE SOUZA, Ubiratan, 1998. Quand les habitants gèrent vraiment leur "
    "ville\xa0: Le budget participatif\xa0: "
    "l’expérience de Porto Alegre au Brésil. Éditions Charles Léopold Mayer (ECLM)."
)


@pytest.fixture(autouse=True)
def _cite_registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(COMMANDS, "cite", cite)


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_cite_prints_the_author_date_text(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "cite", GENRO)
    assert (code, err) == (0, "")
    assert out == GENRO_TEXT + "\n"


def test_cite_json_is_text_and_html_only(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "cite", GENRO, "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "text": GENRO_TEXT,
        "html": (
            "GENRO, Tarso et DE SOUZA, Ubiratan, 1998. <i>Quand les habitants gèrent vraiment "
            "leur ville\xa0: Le budget participatif\xa0: "
            "l’expérience de Porto Alegre au Brésil</i>. Éditions Charles Léopold Mayer (ECLM)."
        ),
    }


def test_cite_numeric_style(capsys: pytest.CaptureFixture[str], library_path: Path) -> None:
    # numeric book layout: number « . », names, title, publisher-group « , » year « . »
    args = ("--library", str(library_path), "cite", GENRO, "--style", "iso690-numeric-fr")
    code, out, err = kb(capsys, *args)
    assert code == 0, err
    assert out == (
        "1. GENRO, Tarso et DE SOUZA, Ubiratan. Quand les habitants gèrent vraiment leur "
        "ville\xa0: Le budget participatif\xa0: "
        "l’expérience de Porto Alegre au Brésil. Éditions Charles Léopold Mayer (ECLM), 1998.\n"
    )


def test_cite_a_fiche_that_is_not_a_reference(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    # a case study is the knowledge base's own document: its corporate author, one date
    code, out, err = kb(
        capsys, "--library", str(library_path), "cite", "case-porto-alegre-budget-participatif"
    )
    assert code == 0, err
    assert out == (
        "Équipe éditoriale de la base Gouvernance des territoires, 2026. "
        "Le budget participatif de Porto Alegre (Brésil).\n"
    )


def test_cite_unknown_id_is_a_user_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(library_path), "cite", "ref-nope", "--json")
    assert code == 1
    assert err == "kb: aucune fiche « ref-nope »\n"
    payload = json.loads(out)
    assert {k: payload[k] for k in ("error", "exit_code", "problems")} == {
        "error": "no fiche « ref-nope »",
        "exit_code": 1,
        "problems": [],
    }
    assert payload["code"]  # a stable code (see tests/core/test_messages.py)


def test_cite_unknown_style_is_a_user_error(
    capsys: pytest.CaptureFixture[str], library_path: Path
) -> None:
    # styles are the shipped ones and those a user added: the core checks the name
    code, out, err = kb(capsys, "--library", str(library_path), "cite", GENRO, "--style", "apa")
    assert (code, out) == (1, "")
    assert err == (
        "kb: style de citation inconnu : « apa » "
        "(styles connus : iso690-author-date-fr, iso690-numeric-fr)\n"
    )
