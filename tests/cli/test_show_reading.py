"""`kb show` says a fiche's study questions and a dossier's contents in reading order, each
with why it is read there; `--json` carries both in ``details`` (keys only added)."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from kb_app.core.dto import draft_of_detail
from kb_app.core.library import Library
from tests.cli.test_cli import kb, kb_json

DOSSIER = "dossier-cnfpt-2016-gestion-territoriale-relations"
GENRO = "ref-genro-desouza-1998-budget-participatif"
PORTO = "case-porto-alegre-budget-participatif"


@pytest.fixture
def with_fields(library_path: Path) -> Path:
    library = Library.open(library_path)
    try:
        for key, extra in (
            (GENRO, {"questions": ["Qui décide ?", "Avec quel argent ?"]}),
            (DOSSIER, {"reading": [{"fiche": PORTO, "why": "Le cas d'abord."}]}),
        ):
            draft = draft_of_detail(library.get(key))
            library.update(key, dataclasses.replace(draft, details={**draft.details, **extra}))
    finally:
        library.close()
    return library_path


def test_show_says_the_questions(capsys: pytest.CaptureFixture[str], with_fields: Path) -> None:
    code, out, err = kb(capsys, "--library", str(with_fields), "show", GENRO)
    assert code == 0, err
    assert "\nQuestions pour l'étude :\n  1. Qui décide ?\n  2. Avec quel argent ?\n" in out
    assert "questions :" not in out  # not also printed as a raw detail
    fiche = kb_json(capsys, with_fields, "show", GENRO)
    assert fiche["details"]["questions"] == ["Qui décide ?", "Avec quel argent ?"]


def test_show_lists_a_dossier_in_reading_order(
    capsys: pytest.CaptureFixture[str], with_fields: Path
) -> None:
    code, out, err = kb(capsys, "--library", str(with_fields), "show", DOSSIER)
    assert code == 0, err
    contents = " ".join(out.split("Contenu du dossier :\n", 1)[1].split())
    first = f"1. Le budget participatif de Porto Alegre (Brésil) ({PORTO}) — Le cas d'abord. 2. "
    assert contents.startswith(first)
    assert " — " not in contents.removeprefix(first).split(" 3. ")[0]
