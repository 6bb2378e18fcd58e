"""Write the `kb` man page and shell completions, generated from the CLI's own parser.

    python scripts/build_cli_docs.py OUTDIR

writes ``OUTDIR/kb.1`` (the man page, English), ``OUTDIR/fr/kb.1`` (the same in French),
``OUTDIR/kb.bash`` (bash completion) and ``OUTDIR/_kb`` (zsh completion, with the French
descriptions of the commands: the application's first language). argparse-manpage and
shtab read ``kb_app.cli.main.build_parser()``, so the pages follow every option added to
the command. `make cli-docs` runs it into ``build/cli-docs/``; the frozen build calls it too.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import shtab  # noqa: E402
from argparse_manpage.manpage import Manpage  # noqa: E402

from kb_app import version  # noqa: E402
from kb_app.cli.main import build_parser  # noqa: E402

# Arguments completed with file names (metavars in both languages), or with folders.
FILE_METAVARS = {"FILE", "FICHIER", "OUT", "SORTIE", "DEST"}
FOLDER_OPTIONS = {"--library"}


def parser_in(lang: str) -> argparse.ArgumentParser:
    """The `kb` parser with its help in ``lang`` (the CLI picks it from the locale)."""
    for name in ("LC_ALL", "LC_MESSAGES", "LANGUAGE"):
        os.environ.pop(name, None)
    os.environ["LANG"] = "fr_FR.UTF-8" if lang == "fr" else "C.UTF-8"
    return build_parser()


def _walk(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    found = [parser]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                found += _walk(sub)
    return found


def with_path_completion(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Mark the arguments that take a file or a folder, for shtab."""
    for each in _walk(parser):
        for action in each._actions:
            if FOLDER_OPTIONS & set(action.option_strings):
                action.complete = shtab.DIRECTORY  # type: ignore[attr-defined]
            elif action.metavar in FILE_METAVARS:
                action.complete = shtab.FILE  # type: ignore[attr-defined]
    return parser


def man_page(lang: str) -> str:
    data = {
        "version": version(),
        "project_name": "kb_app",
        "manual_title": "kb_app",
        "description": "Offline knowledge base on territorial governance"
        if lang == "en"
        else "Base de connaissances hors ligne sur la gouvernance territoriale",
    }
    return str(Manpage(parser_in(lang), _data=data))


def write(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    (outdir / "fr").mkdir(exist_ok=True)
    texts = {
        outdir / "kb.1": man_page("en"),
        outdir / "fr" / "kb.1": man_page("fr"),
        outdir / "kb.bash": shtab.complete(with_path_completion(parser_in("fr")), shell="bash"),
        outdir / "_kb": shtab.complete(with_path_completion(parser_in("fr")), shell="zsh"),
    }
    for path, text in texts.items():
        path.write_text(text, encoding="utf-8")
    return list(texts)


def main(argv: list[str] | None = None) -> int:
    cli = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    cli.add_argument("outdir", type=Path, help="folder to write kb.1, fr/kb.1, kb.bash, _kb into")
    args = cli.parse_args(argv)
    for path in write(args.outdir):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
