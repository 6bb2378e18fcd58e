"""`kb attach ID FILE`, `kb attach ID --list`, `kb attach --remove ATTACHMENT_ID`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json
from kb_app.core.dto import AttachmentInfo

HELP = "attach a file to a fiche (its text becomes searchable), list or remove attachments"
EXIT_USAGE = 2
_UNITS = ("Kio", "Mio", "Gio", "Tio")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("fiche", nargs="?", metavar="ID", help="the fiche (key or number)")
    parser.add_argument("file", nargs="?", metavar="FILE", help="the file to attach")
    parser.add_argument("--list", action="store_true", help="list the attachments of the fiche")
    parser.add_argument(
        "--remove", type=int, metavar="ATTACHMENT_ID", help="remove this attachment"
    )
    parser.add_argument("--name", metavar="NAME", help="name to show (default: the file's name)")


def human_size(size: int) -> str:
    """« 1,2 Mio », « 512 octets »: a size as a French reader expects it."""
    if size < 1024:
        return f"{size} octet{'s' if size > 1 else ''}"
    value = float(size)
    for unit in _UNITS:
        value /= 1024
        if value < 1024 or unit == _UNITS[-1]:
            break
    return f"{value:.1f}".replace(".", ",") + f" {unit}"


def _describe(info: AttachmentInfo) -> str:
    text = "texte extrait" if info.has_text else "sans texte"
    return f"{info.original_name} ({human_size(info.size)}, {text})"


def _usage_error(message: str) -> int:
    print(f"kb attach : {message}", file=sys.stderr)
    return EXIT_USAGE


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.remove is not None:
        if args.fiche or args.file or args.list:
            return _usage_error("--remove s'emploie seul, avec le numéro de la pièce jointe.")
        return _remove(ctx, args.remove)
    if not args.fiche:
        return _usage_error("indiquez la fiche (ID), puis le fichier ou --list.")
    if args.list:
        if args.file:
            return _usage_error("--list ne prend pas de fichier.")
        return _list(ctx, args.fiche)
    if not args.file:
        return _usage_error("indiquez le fichier à joindre (ou --list).")
    library = ctx.library
    info = library.add_attachment(args.fiche, Path(args.file), original_name=args.name)
    if ctx.as_json:
        emit_json(info.to_dict())
        return 0
    print(f"Pièce jointe ajoutée : {_describe(info)}")
    if info.warning:
        print(f"Avertissement : {info.warning}")
    return 0


def _list(ctx: Context, fiche: str) -> int:
    found = ctx.library.attachments_of(fiche)
    if ctx.as_json:
        emit_json([info.to_dict() for info in found])
        return 0
    if not found:
        print("Aucune pièce jointe.")
    for info in found:
        kind = info.media_type or "type inconnu"
        print(f"{info.id:>5}  {_describe(info)}  {kind}  {info.sha256[:12]}")
    return 0


def _remove(ctx: Context, attachment_id: int) -> int:
    info = ctx.library.remove_attachment(attachment_id)
    if ctx.as_json:
        emit_json(info.to_dict())
    else:
        print(f"Pièce jointe retirée : {info.original_name} (fiche {info.fiche_key})")
    return 0
