"""`kb backup [DEST]`: a consistent, verified copy through SQLite's backup API."""

from __future__ import annotations

import argparse
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json

HELP = (
    "sauvegarder la base de la bibliothèque (copie vérifiée)",
    "back up the library database (verified copy)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "dest",
        nargs="?",
        metavar="DEST",
        help=tr(
            "fichier à écrire (par défaut : BIBLIOTHÈQUE/backups/)",
            "file to write (default: LIBRARY/backups/)",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    info = ctx.library.backup(Path(args.dest) if args.dest else None)
    if ctx.as_json:
        emit_json(info.to_dict())
    else:
        size = info.size / 1024
        print(
            tr(
                f"Sauvegarde vérifiée : {info.path} ({size:.0f} Kio)",
                f"Verified backup: {info.path} ({size:.0f} KiB)",
            )
        )
    return 0
