"""`kb restore FILE` / `kb restore --list`: put a verified backup back in place.

The library is never opened before restoring (it may be damaged): only its folder is used.
The database being replaced is kept as ``library.sqlite3.replaced-<stamp>``.
"""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json
from kb_app.core.errors import UserError
from kb_app.core.library import backup_reason, list_backups, restore
from kb_app.core.paths import default_library_dir

HELP = "restore the library database from a verified backup (--list shows them)"

REASONS_FR = {
    "exit": "à la fermeture",
    "daily": "quotidienne",
    "manual": "manuelle",
    "pre-migration": "avant mise à jour",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file", nargs="?", metavar="FILE", help="backup file (a path, or a name in backups/)"
    )
    parser.add_argument("--list", action="store_true", help="list the backups, newest first")


def local_date(iso: str) -> str:
    """``26/11/2026 02:40`` in local time, from an ISO date."""
    return datetime.fromisoformat(iso).astimezone().strftime("%d/%m/%Y %H:%M")


def run(ctx: Context, args: argparse.Namespace) -> int:
    folder = ctx.library_path or default_library_dir()
    if args.list:
        return _list(ctx, folder)
    if not args.file:
        raise UserError("name the backup to restore (kb restore FILE), or use --list")
    info = restore(folder, _resolve(folder, args.file))
    if ctx.as_json:
        emit_json(info.to_dict())
        return 0
    state = "vérifiée" if info.verified else "non vérifiée"
    kept = (
        f"l'ancienne base est conservée sous {info.replaced}"
        if info.replaced
        else "il n'y avait pas de base à remplacer"
    )
    print(
        f"Bibliothèque restaurée depuis la sauvegarde du {local_date(info.backup_created_at)} "
        f"({state}) ; {kept}."
    )
    if info.index_set_aside:
        print("L'index de recherche sera reconstruit à la prochaine ouverture.")
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
        print(f"Aucune sauvegarde dans {folder / 'backups'}.")
        return 0
    for info in found:
        reason = backup_reason(info)
        state = "vérifiée" if info.verified else "ENDOMMAGÉE"
        print(
            f"{local_date(info.created_at)}  {REASONS_FR.get(reason, reason):<18} "
            f"{state:<10} {info.size / 1024:>8.0f} Kio  {Path(info.path).name}"
        )
    return 0
