"""`kb` behaves like an installed command: `python -m kb_app` is `kb`, both say their
version, `kb-app` has its own usage, a file named on the command line that cannot be read
or written is a user error naming it, and the man page and completions follow the parser."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest

import kb_app
from kb_app import launcher, version
from kb_app.cli import main as cli_main
from kb_app.cli.commands import import_

ROOT = Path(__file__).resolve().parents[2]
KEY = "ref-calame-2004-universite-21e-siecle"


def kb(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = launcher.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def counts(capsys: pytest.CaptureFixture[str], library: Path) -> object:
    code, out, err = kb(capsys, "--library", str(library), "stats", "--json")
    assert code == 0, err
    stats = json.loads(out)
    return stats["fiches"], stats["concepts"], stats["attachments"], stats["history"]


def child(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LC_MESSAGES": "C", "QT_QPA_PLATFORM": "offscreen"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return subprocess.run(
        [sys.executable, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=120
    )


# -- python -m kb_app, --version -----------------------------------------------------------------


def test_python_m_kb_app_is_the_kb_command(library_path: Path, tmp_path: Path) -> None:
    done = child("-m", "kb_app", "--library", str(library_path), "stats", "--json", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["fiches"]["reference"] == 11
    version_done = child("-m", "kb_app", "--version", cwd=tmp_path)
    assert (version_done.returncode, version_done.stdout) == (0, f"kb {version()}\n")


def test_kb_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        launcher.main(["--version"])
    assert stop.value.code == 0
    assert capsys.readouterr().out == f"kb {version()}\n"


def test_the_version_comes_from_the_package_metadata(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(metadata, "version", lambda name: "7.8.9" if name == "kb_app" else "")
    assert version() == "7.8.9"
    with pytest.raises(SystemExit):
        launcher.main(["--version"])
    assert capsys.readouterr().out == "kb 7.8.9\n"


def test_without_metadata_the_version_is_the_source_trees(monkeypatch: pytest.MonkeyPatch) -> None:
    def missing(name: str) -> str:
        raise metadata.PackageNotFoundError(name)

    monkeypatch.setattr(metadata, "version", missing)
    assert version() == kb_app.__version__


# -- kb-app --------------------------------------------------------------------------------------


def test_kb_app_help_is_the_windows_usage(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "C")
    with pytest.raises(SystemExit) as stop:
        launcher.gui_main(["--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: kb-app [-h] [--library PATH] [--version] [FICHIER ...]\n")
    options = {word for word in out.split() if word.startswith("-")}
    assert options == {"-h,", "--help", "--library", "--version"}
    assert "COMMAND" not in out


def test_kb_app_help_in_french(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        launcher.gui_main(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("utilisation : kb-app")
    assert "dossier de la bibliothèque" in out


def test_kb_app_version_and_unknown_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stop:
        launcher.gui_main(["--version"])
    assert (stop.value.code, capsys.readouterr().out) == (0, f"kb-app {version()}\n")
    with pytest.raises(SystemExit) as stop:
        launcher.gui_main(["stats"])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert "kb-app" in err
    assert "« stats » n'est pas un fichier (les commandes sont celles de kb : kb stats)" in err


def test_kb_app_opens_the_library_given(
    library_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    opened: list[str | None] = []
    monkeypatch.setattr(launcher, "has_display", lambda: True)
    monkeypatch.setattr("kb_app.gui.app.run_app", lambda library: opened.append(library) or 0)
    assert launcher.gui_main(["--library", str(library_path)]) == 0
    assert launcher.gui_main([]) == 0
    assert opened == [str(library_path), None]


# -- a file named on the command line ------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "named", "sentence"),
    [
        (["import", "{tmp}/absent.bib"], "{tmp}/absent.bib", "ce fichier n'existe pas"),
        (["import", "--json", "{tmp}/absent.ris"], "{tmp}/absent.ris", "ce fichier n'existe pas"),
        (
            ["export", "--format", "bibtex", "{tmp}/no/such/folder/out.bib"],
            "{tmp}/no/such/folder/out.bib",
            "le dossier « {tmp}/no/such/folder » n'existe pas",
        ),
        (["export", "--format", "ris", "{tmp}"], "{tmp}", "est un dossier, pas un fichier"),
        (["attach", KEY, "{tmp}/absent.pdf"], "absent.pdf", "ne peut pas être joint"),
        (["restore", "{tmp}/absent.db"], "{tmp}/absent.db", ""),
        (["cite", KEY, "--style", "{tmp}/absent.csl"], "absent.csl", "rien n'a été changé"),
    ],
)
def test_a_missing_file_is_a_user_error_naming_it(
    args: list[str],
    named: str,
    sentence: str,
    library_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    before = counts(capsys, library_path)
    argv = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, out, err = kb(capsys, "--library", str(library_path), *argv)
    assert code == 1
    assert err.startswith("kb: ")
    assert err.count("\n") <= 2, err
    assert named.replace("{tmp}", str(tmp_path)) in err.splitlines()[0]
    assert sentence.replace("{tmp}", str(tmp_path)) in err
    assert "interne" not in err
    assert "Traceback" not in err
    if "--json" in argv:
        assert json.loads(out)["code"] == "file.not_found"
    assert counts(capsys, library_path) == before  # nothing changed
    assert not list(tmp_path.glob("**/*.part"))


def test_the_sentence_is_in_the_users_language(
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("LC_MESSAGES", "C")
    missing = tmp_path / "absent.bib"
    code, _out, err = kb(capsys, "--library", str(library_path), "import", str(missing))
    assert (code, err) == (1, f"kb: {missing}: no such file\n")


def test_an_unreadable_file_is_a_user_error(
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Tests run as root, where file modes do not stop reading: the refusal is simulated
    where the command reads its file."""
    locked = tmp_path / "locked.bib"
    locked.write_text("@book{a, title = {T}}\n", encoding="utf-8")

    def refused(*_args: object) -> int:
        raise PermissionError(13, "Permission denied", str(locked))

    monkeypatch.setattr(import_, "run", refused)
    code, _out, err = kb(capsys, "--library", str(library_path), "import", f"{locked}")
    assert code == 1
    assert err == f"kb: « {locked} » : accès refusé (droits du fichier ou de son dossier)\n"


def test_an_error_on_a_file_not_named_stays_an_internal_error(
    library_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    named = tmp_path / "named.bib"
    named.write_text("", encoding="utf-8")

    def elsewhere(*_args: object) -> int:
        raise FileNotFoundError(2, "No such file or directory", "/somewhere/else.db")

    monkeypatch.setattr(import_, "run", elsewhere)
    code, _out, err = kb(capsys, "--library", str(library_path), "import", str(named))
    assert code == 1
    assert err.startswith("kb: erreur interne (FileNotFoundError")


def test_named_file_matches_what_was_typed() -> None:
    error = FileNotFoundError(2, "No such file", os.path.abspath("out.bib.part"))
    assert cli_main._named_file(error, ["export", "out.bib"]) == "out.bib"
    assert cli_main._named_file(error, ["export", "--output=out.bib"]) == "out.bib"
    assert cli_main._named_file(error, ["export", "out.bi"]) is None
    assert cli_main._named_file(FileNotFoundError(2, "x"), ["out.bib"]) is None


# -- man page and completions -------------------------------------------------------------------


def test_cli_docs_follow_the_parser(tmp_path: Path) -> None:
    done = child("scripts/build_cli_docs.py", str(tmp_path / "docs"))
    assert done.returncode == 0, done.stderr
    docs = tmp_path / "docs"
    man = (docs / "kb.1").read_text(encoding="utf-8")
    assert man.startswith('.TH KB "1"')
    assert f"kb_app {version()}" in man.splitlines()[0]
    commands = [name for name in cli_main.COMMANDS]
    for name in commands:
        assert f".SH COMMAND \\fI\\,'kb {name}'" in man, name
    assert "\\-\\-dry\\-run" in man  # an option of `kb import`
    french = (docs / "fr" / "kb.1").read_text(encoding="utf-8")
    assert "chercher dans la bibliothèque" in french
    zsh = (docs / "_kb").read_text(encoding="utf-8")
    assert zsh.startswith("#compdef kb")
    assert all(name in zsh for name in commands)
    script = (
        f"source {docs / 'kb.bash'}\n"
        'COMP_WORDS=(kb imp); COMP_CWORD=1; _shtab_kb; echo "${COMPREPLY[*]}"\n'
        'COMP_WORDS=(kb import --dry); COMP_CWORD=2; _shtab_kb; echo "${COMPREPLY[*]}"\n'
        'COMP_WORDS=(kb cite --for); COMP_CWORD=2; _shtab_kb; echo "${COMPREPLY[*]}"\n'
    )
    completed = subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, check=True, timeout=30
    )
    assert completed.stdout.splitlines() == ["import", "--dry-run", "--form"]
