"""`kb library move DEST`: copy the library to a new or empty folder, check the copy, and leave
a note in the old folder (which is kept: the user deletes it once the new one is checked)."""

from __future__ import annotations

import argparse
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import HelpFormatter, localise, section, tr
from kb_app.cli.output import emit_json
from kb_app.core.library import copy_library, leave_moved_note

HELP = (
    "la bibliothèque elle-même : la déplacer dans un autre dossier",
    "the library itself: move it to another folder",
)


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=section("actions", "actions")
    )
    move = actions.add_parser(
        "move",
        help=tr(
            "copier la bibliothèque dans DEST (nouveau ou vide), vérifier la copie, laisser une "
            "note dans l'ancien dossier",
            "copy the library into DEST (new or empty), check the copy, leave a note in the "
            "old folder",
        ),
        add_help=False,
        formatter_class=HelpFormatter,
    )
    localise(move)
    move.add_argument(
        "dest", metavar="DEST", help=tr("le nouveau dossier (vide)", "the new (empty) folder")
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    copied = copy_library(ctx.library, Path(args.dest))
    ctx.close()  # the copy is checked: the old folder gets its note, the library is not used
    moved = leave_moved_note(copied)
    if ctx.as_json:
        emit_json(moved.to_dict())
        return 0
    print(
        tr(
            f"Bibliothèque copiée dans {moved.target} ({moved.fiches} fiches, copie vérifiée). "
            f"L'ancien dossier {moved.source} est gardé, avec la note {moved.note} : "
            f"supprimez-le une fois la nouvelle vérifiée. Ouvrez désormais la bibliothèque "
            f"avec --library {moved.target} (ou KB_LIBRARY).",
            f"Library copied to {moved.target} ({moved.fiches} fiches, copy checked). The old "
            f"folder {moved.source} is kept, with the note {moved.note}: delete it once the new "
            f"one is checked. From now on, open the library with --library {moved.target} "
            f"(or KB_LIBRARY).",
        )
    )
    return 0
