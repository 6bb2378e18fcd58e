"""`kb attach ID FILE`, `kb attach ID --list`, `kb attach --remove ATTACHMENT_ID`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import say, say_note, tr
from kb_app.cli.output import emit_json
from kb_app.core.dto import AttachmentInfo

HELP = (
    "joindre un fichier à une fiche (son texte devient cherchable), lister ou retirer "
    "les pièces jointes",
    "attach a file to a fiche (its text becomes searchable), list or remove attachments",
)
EXIT_USAGE = 2
_UNITS = (("Kio", "KiB"), ("Mio", "MiB"), ("Gio", "GiB"), ("Tio", "TiB"))


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "fiche",
        nargs="?",
        metavar="ID",
        help=tr("la fiche (clé ou numéro)", "the fiche (key or number)"),
    )
    parser.add_argument(
        "file",
        nargs="?",
        metavar=tr("FICHIER", "FILE"),
        help=tr("le fichier à joindre", "the file to attach"),
    )
    parser.add_argument(
        "--list",
        action="store_true",
        help=tr("lister les pièces jointes de la fiche", "list the attachments of the fiche"),
    )
    parser.add_argument(
        "--remove",
        type=int,
        metavar="ATTACHMENT_ID",
        help=tr("retirer cette pièce jointe", "remove this attachment"),
    )
    parser.add_argument(
        "--name",
        metavar=tr("NOM", "NAME"),
        help=tr(
            "nom à montrer (par défaut : celui du fichier)",
            "name to show (default: the file's name)",
        ),
    )


def human_size(size: int) -> str:
    """« 1,2 Mio », « 512 octets » (« 1.2 MiB », « 512 bytes »): a size as the reader
    expects it."""
    if size < 1024:
        plural = "s" if size > 1 else ""
        return tr(f"{size} octet{plural}", f"{size} byte{plural}")
    value = float(size)
    for unit in _UNITS:
        value /= 1024
        if value < 1024 or unit == _UNITS[-1]:
            break
    return tr(f"{value:.1f}".replace(".", ",") + f" {unit[0]}", f"{value:.1f} {unit[1]}")


def _describe(info: AttachmentInfo) -> str:
    text = tr("texte extrait", "text extracted") if info.has_text else tr("sans texte", "no text")
    return f"{info.original_name} ({human_size(info.size)}, {text})"


def _usage_error(code: str) -> int:
    print(f"kb attach: {say(code)}", file=sys.stderr)
    return EXIT_USAGE


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.remove is not None:
        if args.fiche or args.file or args.list:
            return _usage_error("cli.attach_remove_alone")
        return _remove(ctx, args.remove)
    if not args.fiche:
        return _usage_error("cli.attach_needs_fiche")
    if args.list:
        if args.file:
            return _usage_error("cli.attach_list_no_file")
        return _list(ctx, args.fiche)
    if not args.file:
        return _usage_error("cli.attach_needs_file")
    library = ctx.library
    info = library.add_attachment(args.fiche, Path(args.file), original_name=args.name)
    if ctx.as_json:
        emit_json(info.to_dict())
        return 0
    print(tr("Pièce jointe ajoutée : ", "Attachment added: ") + _describe(info))
    if info.notes:
        notes = "; ".join(say_note(n) for n in info.notes)
        print(tr("Avertissement : ", "Warning: ") + notes)
    return 0


def _list(ctx: Context, fiche: str) -> int:
    found = ctx.library.attachments_of(fiche)
    if ctx.as_json:
        emit_json([info.to_dict() for info in found])
        return 0
    if not found:
        print(tr("Aucune pièce jointe.", "No attachments."))
    for info in found:
        kind = info.media_type or tr("type inconnu", "unknown type")
        print(f"{info.id:>5}  {_describe(info)}  {kind}  {info.sha256[:12]}")
    return 0


def _remove(ctx: Context, attachment_id: int) -> int:
    info = ctx.library.remove_attachment(attachment_id)
    if ctx.as_json:
        emit_json(info.to_dict())
    else:
        print(
            tr("Pièce jointe retirée : ", "Attachment removed: ")
            + f"{info.original_name} (fiche {info.fiche_key})"
        )
    return 0
