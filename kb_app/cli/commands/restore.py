"""`kb restore FILE` / `kb restore --list`: put a verified backup back in place.

The library is never opened before restoring (it may be damaged): only its folder is used.
The database being replaced is kept as ``library.sqlite3.replaced-<stamp>``.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json
from kb_app.core.errors import UserError
from kb_app.core.library import backup_reason, list_backups, restore
from kb_app.core.paths import default_library_dir

HELP = (
    "restaurer la base de la bibliothèque depuis une sauvegarde vérifiée (--list les montre)",
    "restore the library database from a verified backup (--list shows them)",
)

REASONS = {
    "exit": ("à la fermeture", "on exit"),
    "daily": ("quotidienne", "daily"),
    "manual": ("manuelle", "manual"),
    "pre-migration": ("avant mise à jour", "before upgrade"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        nargs="?",
        metavar=tr("FICHIER", "FILE"),
        help=tr(
            "fichier de sauvegarde (un chemin, ou un nom dans backups/)",
            "backup file (a path, or a name in backups/)",
        ),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help=tr(
            "lister les sauvegardes, la plus récente d'abord", "list the backups, newest first"
        ),
    )


def local_date(iso: str) -> str:
    """``26/11/2026 02:40`` in local time, from an ISO date."""
    return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")


def run(ctx: Context, args: argparse.Namespace) -> int:
    folder = ctx.library_path or default_library_dir()
    if args.list:
        return _list(ctx, folder)
    if not args.file:
        raise UserError("cli.restore_needs_file")
    info = restore(folder, _resolve(folder, args.file))
    if ctx.as_json:
        emit_json(info.to_dict())
        return 0
    when = local_date(info.backup_created_at)
    state = tr("vérifiée", "verified") if info.verified else tr("non vérifiée", "not verified")
    if info.replaced:
        kept = tr(
            f"l'ancienne base est conservée sous {info.replaced}",
            f"the former database is kept as {info.replaced}",
        )
    else:
        kept = tr("il n'y avait pas de base à remplacer", "there was no database to replace")
    print(
        tr(
            f"Bibliothèque restaurée depuis la sauvegarde du {when} ({state}) ; {kept}.",
            f"Library restored from the backup of {when} ({state}); {kept}.",
        )
    )
    if info.index_set_aside:
        print(
            tr(
                "L'index de recherche sera reconstruit à la prochaine ouverture.",
                "The search index will be rebuilt when the library is next opened.",
            )
        )
    return 0


def _resolve(folder: Path, name: str) -> Path:
    given = Path(name).expanduser()
    if given.exists() or given.is_absolute():
        return given
    in_backups = folder / "backups" / name
    return in_backups if in_backups.exists() else given


def _list(ctx: Context, folder: Path) -> int:
    found = list_backups(folder)
    if ctx.as_json:
        emit_json([{**info.to_dict(), "reason": backup_reason(info)} for info in found])
        return 0
    if not found:
        where = folder / "backups"
        print(tr(f"Aucune sauvegarde dans {where}.", f"No backups in {where}."))
        return 0
    for info in found:
        reason = backup_reason(info)
        label = tr(*REASONS.get(reason, (reason, reason)))
        state = tr("vérifiée", "verified") if info.verified else tr("ENDOMMAGÉE", "DAMAGED")
        unit = tr("Kio", "KiB")
        print(
            f"{local_date(info.created_at)}  {label:<18} "
            f"{state:<10} {info.size / 1024:>8.0f} {unit}  {Path(info.path).name}"
        )
    return 0
