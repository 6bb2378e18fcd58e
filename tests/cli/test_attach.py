"""`kb attach`: add, list and remove attachments; French sentences, JSON, exit codes.

The command is not registered yet, so its parser is built from the module itself.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

import pytest

from kb_app.cli.commands import attach
from kb_app.cli.context import Context
from kb_app.cli.main import main
from kb_app.core.errors import KbError
from tests.core.test_attachments import PDF_WORDS, minimal_pdf, sha

PORTO = "case-porto-alegre-budget-participatif"


def kb_attach(
    capsys: pytest.CaptureFixture[str], library: Path, *args: str, as_json: bool = False
) -> tuple[int, str, str]:
    """Run `kb attach ARGS` the way main() does; return (exit code, stdout, stderr)."""
    parser = argparse.ArgumentParser(prog="kb attach")
    attach.configure(parser)
    ns = parser.parse_args(list(args))
    ctx = Context(str(library), as_json)
    try:
        code = attach.run(ctx, ns)
    except KbError as exc:
        print(f"kb: {exc}", file=sys.stderr)
        code = exc.exit_code
    finally:
        ctx.close()
    out, err = capsys.readouterr()
    return code, out, err


def as_json(capsys: pytest.CaptureFixture[str], library: Path, *args: str) -> Any:
    code, out, err = kb_attach(capsys, library, *args, as_json=True)
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def pdf(tmp_path: Path) -> Path:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(minimal_pdf(PDF_WORDS))
    return path


def test_add_list_remove_in_french(
    capsys: pytest.CaptureFixture[str], library_path: Path, pdf: Path
) -> None:
    size = pdf.stat().st_size
    code, out, err = kb_attach(capsys, library_path, PORTO, str(pdf))
    assert (code, err) == (0, "")
    assert out == f"Pièce jointe ajoutée : rapport.pdf ({size} octets, texte extrait)\n"

    code, out, _ = kb_attach(capsys, library_path, PORTO, "--list")
    digest = sha(pdf.read_bytes())
    assert code == 0
    assert out == (
        f"    1  rapport.pdf ({size} octets, texte extrait)  application/pdf  {digest[:12]}\n"
    )
    # the attachment's text is searchable through the ordinary `kb search`
    assert main(["--library", str(library_path), "search", "zyglophore", "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)["hits"]
    assert [h["id"] for h in hits] == [PORTO]

    code, out, _ = kb_attach(capsys, library_path, "--remove", "1")
    assert (code, out) == (0, f"Pièce jointe retirée : rapport.pdf (fiche {PORTO})\n")
    code, out, _ = kb_attach(capsys, library_path, PORTO, "--list")
    assert (code, out) == (0, "Aucune pièce jointe.\n")
    assert main(["--library", str(library_path), "search", "zyglophore", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0


def test_json_output(capsys: pytest.CaptureFixture[str], library_path: Path, pdf: Path) -> None:
    added = as_json(capsys, library_path, PORTO, str(pdf), "--name", "../Budget 2024.pdf")
    assert set(added) == {
        "id",
        "uid",
        "fiche_key",
        "sha256",
        "original_name",
        "media_type",
        "size",
        "has_text",
        "created_at",
        "warning",
        "notes",
    }
    assert (added["original_name"], added["fiche_key"], added["has_text"]) == (
        "Budget 2024.pdf",
        PORTO,
        True,
    )
    assert added["sha256"] == sha(pdf.read_bytes())
    listed = as_json(capsys, library_path, PORTO, "--list")
    assert [item["id"] for item in listed] == [added["id"]]
    assert listed[0]["warning"] is None
    removed = as_json(capsys, library_path, "--remove", str(added["id"]))
    assert removed["sha256"] == added["sha256"]
    assert as_json(capsys, library_path, PORTO, "--list") == []


def test_warning_is_printed(
    capsys: pytest.CaptureFixture[str], library_path: Path, tmp_path: Path
) -> None:
    broken = tmp_path / "cassé.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\xff" * 2000)
    code, out, _ = kb_attach(capsys, library_path, PORTO, str(broken))
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Pièce jointe ajoutée : cassé.pdf (2,0 Kio, sans texte)"
    assert lines[1].startswith("Avertissement : le texte du PDF n'a pas pu être lu")


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (("no-such-fiche", "FILE"), 1, "no fiche « no-such-fiche »"),
        ((PORTO, "missing.pdf"), 1, "missing.pdf cannot be attached"),
        ((PORTO, "FILE", "FILE2"), 2, "unrecognized"),
        (("--remove", "42"), 1, "no attachment « 42 »"),
        (("--remove", "1", PORTO), 2, "--remove s'emploie seul"),
        ((), 2, "indiquez la fiche"),
        ((PORTO,), 2, "indiquez le fichier"),
        ((PORTO, "FILE", "--list"), 2, "--list ne prend pas de fichier"),
    ],
)
def test_errors_and_usage(
    capsys: pytest.CaptureFixture[str],
    library_path: Path,
    pdf: Path,
    args: tuple[str, ...],
    code: int,
    message: str,
) -> None:
    args = tuple(str(pdf) if a == "FILE" else a for a in args)
    if message == "unrecognized":
        with pytest.raises(SystemExit) as caught:
            kb_attach(capsys, library_path, *args)
        assert caught.value.code == code
        assert message in capsys.readouterr().err
        return
    got, out, err = kb_attach(capsys, library_path, *args)
    assert (got, out) == (code, "")
    assert message in err


@pytest.mark.parametrize(
    ("size", "text"),
    [
        (0, "0 octet"),
        (1, "1 octet"),
        (512, "512 octets"),
        (1536, "1,5 Kio"),
        (1_258_291, "1,2 Mio"),
        (3 * 1024**3, "3,0 Gio"),
        (5 * 1024**5, "5120,0 Tio"),
    ],
)
def test_human_size(size: int, text: str) -> None:
    assert attach.human_size(size) == text
