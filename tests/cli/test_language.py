"""`kb` speaks the user's language: errors and help in French under a French locale, in
English otherwise; under --json an error carries its stable code."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kb_app.cli.main import main


def kb(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, lang: str, *args: str
) -> tuple[int, str, str]:
    for name in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", lang)
    try:
        code = main(list(args))
    except SystemExit as stop:  # --help
        code = int(stop.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("fr_FR.UTF-8", "kb: aucune fiche « nosuchid »\n"), ("C", "kb: no fiche « nosuchid »\n")],
)
def test_kb_show_an_unknown_id(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
    lang: str,
    expected: str,
) -> None:
    code, out, err = kb(
        capsys, monkeypatch, lang, "--library", str(library_path), "show", "nosuchid"
    )
    assert (code, out, err) == (1, "", expected)
    code, out, _ = kb(
        capsys, monkeypatch, lang, "--library", str(library_path), "show", "nosuchid", "--json"
    )
    payload = json.loads(out)
    assert (code, payload["code"], payload["params"]) == (1, "fiche.not_found", {"key": "nosuchid"})
    assert payload["error"] == "no fiche « nosuchid »"


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr_FR.UTF-8", "kb: aucun concept « nulle part »\n"),
        ("C", "kb: no concept « nulle part »\n"),
    ],
)
def test_an_error_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
    lang: str,
    expected: str,
) -> None:
    code, out, err = kb(
        capsys, monkeypatch, lang, "--library", str(library_path), "concepts", "nulle part"
    )
    assert (code, out, err) == (1, "", expected)


def test_a_json_error_carries_its_code(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, library_path: Path
) -> None:
    code, out, err = kb(
        capsys,
        monkeypatch,
        "fr_FR.UTF-8",
        "--library",
        str(library_path),
        "concepts",
        "nulle part",
        "--json",
    )
    assert code == 1
    assert err == "kb: aucun concept « nulle part »\n"
    assert json.loads(out) == {
        "error": "no concept « nulle part »",
        "code": "concept.not_found",
        "params": {"label": "nulle part"},
        "exit_code": 1,
        "problems": [],
    }


def test_json_problems_carry_their_codes(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
    tmp_path: Path,
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"a": [1, 2', encoding="utf-8")
    args = ("--library", str(library_path), "import", str(bad), "--json")
    code, out, err = kb(capsys, monkeypatch, "fr_FR.UTF-8", *args)
    assert code == 1
    assert err.startswith("kb: « bad.json » n'est pas du JSON valide\n  bad.json:1: ")
    payload = json.loads(out)
    assert (payload["code"], payload["error"]) == (
        "csljson.invalid_json",
        "bad.json is not valid JSON",
    )
    (problem,) = payload["problems"]
    assert problem["code"] == "csljson.syntax"
    assert set(problem) == {"where", "line", "code", "message", "params"}


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "fr_FR.UTF-8",
            ("utilisation : kb", "chercher dans la bibliothèque", "afficher cette aide"),
        ),
        ("C", ("usage: kb", "search the library", "show this help message")),
    ],
)
def test_help_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    words: tuple[str, ...],
) -> None:
    code, out, _ = kb(capsys, monkeypatch, lang, "--help")
    assert code == 0
    for word in words:
        assert word in out


def test_subcommand_help_in_french(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out, _ = kb(capsys, monkeypatch, "fr_FR.UTF-8", "import", "--help")
    assert code == 0
    assert "importer des références" in out
    assert "seulement le rapport, sans rien changer" in out


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr_FR.UTF-8",
            "problème : fichier de pièce jointe rattaché à aucune fiche : ",
        ),
        ("C", "problem: attachment file referenced by no fiche: "),
    ],
)
def test_check_findings_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
    lang: str,
    expected: str,
) -> None:
    orphan = "ab" * 32  # a well-named stored file that no attachment row references
    (library_path / "attachments" / orphan[:2]).mkdir(parents=True)
    (library_path / "attachments" / orphan[:2] / orphan).write_bytes(b"left behind")
    code, out, _ = kb(capsys, monkeypatch, lang, "--library", str(library_path), "check")
    assert code == 3
    where = f"attachments/{orphan[:2]}/{orphan}"
    assert expected + where in out.splitlines()
    code, out, _ = kb(capsys, monkeypatch, lang, "--library", str(library_path), "--json", "check")
    report = json.loads(out)
    assert report["problem_codes"] == [{"code": "check.unreferenced", "params": {"where": where}}]
    assert report["problems"] == [
        f"attachment file referenced by no fiche: attachments/{orphan[:2]}/{orphan}"
    ]


@pytest.mark.parametrize(
    ("lang", "start"),
    [("fr_FR.UTF-8", "Composante de l'atlas relationnel"), ("C", "Component of CITEGO")],
)
def test_a_concept_is_defined_in_the_users_language(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    library_path: Path,
    lang: str,
    start: str,
) -> None:
    code, out, _ = kb(capsys, monkeypatch, lang, "--library", str(library_path), "concepts", "Flux")
    assert code == 0
    definition = " ".join(out.split("\n")[1:3])
    assert definition.strip().startswith(start), out
