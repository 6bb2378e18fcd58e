"""`kb library move DEST`: copy the library to a new or empty folder, check the copy, and leave
a note in the old folder (which is kept: the user deletes it once the new one is checked)."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import HelpFormatter, localise, section, tr
from kb_app.cli.output import emit_json
from kb_app.core.errors import UserError
from kb_app.core.library import copy_library, leave_moved_note
from kb_app.core.paths import default_library_dir, remember_default_library, window_holding

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
    # the default library (no --library, no KB_LIBRARY) moved: the copy becomes the default,
    # for `kb` and the window alike; a library named explicitly stays the user's to name
    was_default = ctx.library_path is None and not os.environ.get("KB_LIBRARY")
    folder = (ctx.library_path or default_library_dir()).expanduser().absolute()
    holder = window_holding(folder)  # asked before the library is opened at all
    if holder is not None:  # its later edits would stay behind in the old folder
        raise UserError("library.move_window_open", path=str(folder), pid=holder)
    copied = copy_library(ctx.library, Path(args.dest))
    ctx.close()  # the copy is checked: the old folder gets its note, the library is not used
    if was_default:  # first: the copy is whole whatever happens to the note
        remember_default_library(Path(copied.target))
    try:
        moved = leave_moved_note(copied)
    except OSError as exc:  # an old folder that can no longer be written: the move stands
        print(
            tr(
                f"kb : la note n'a pas pu être écrite dans {copied.source} ({exc.strerror}) ; "
                "cette ancienne bibliothèque n'est plus à utiliser.",
                f"kb: the note could not be written in {copied.source} ({exc.strerror}); "
                "this old library is no longer to be used.",
            ),
            file=sys.stderr,
        )
        moved = copied
    if ctx.as_json:
        emit_json({**moved.to_dict(), "default": was_default})
        return 0
    with_note = (
        tr(f", avec la note {moved.note}", f", with the note {moved.note}") if moved.note else ""
    )
    kept = tr(
        f"Bibliothèque copiée dans {moved.target} ({moved.fiches} fiches, copie vérifiée). "
        f"L'ancien dossier {moved.source} est gardé{with_note} : "
        f"supprimez-le une fois la nouvelle vérifiée.",
        f"Library copied to {moved.target} ({moved.fiches} fiches, copy checked). The old "
        f"folder {moved.source} is kept{with_note}: delete it once the new one is checked.",
    )
    then = (
        tr(
            "kb et la fenêtre l'ouvrent désormais par défaut.",
            "kb and the window now open it by default.",
        )
        if was_default
        else tr(
            f"Ouvrez-la désormais avec --library {moved.target} (ou KB_LIBRARY).",
            f"From now on, open it with --library {moved.target} (or KB_LIBRARY).",
        )
    )
    print(f"{kept} {then}")
    return 0
