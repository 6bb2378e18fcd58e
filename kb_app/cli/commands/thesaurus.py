"""`kb thesaurus ACTION`: keep the thesaurus in shape (rename, merge, move, delete, quality).

Concepts are named by key or by any of their labels. Each change is one transaction, checked
first: a refused change (a label clash, a cycle, a concept still in use) changes nothing.
"""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from kb_app.cli.commands.check import print_quality
from kb_app.cli.context import Context
from kb_app.cli.i18n import HelpFormatter, localise, section, tr
from kb_app.cli.output import emit_json

HELP = (
    "entretenir le thésaurus : renommer, fusionner, déplacer, supprimer des concepts ; "
    "rapport de qualité",
    "maintain the thesaurus: rename, merge, move, delete concepts; quality report",
)


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(
        dest="action", metavar="ACTION", required=True, title=section("actions", "actions")
    )

    def action(name: str, french: str, english: str) -> argparse.ArgumentParser:
        sub = actions.add_parser(
            name, help=tr(french, english), add_help=False, formatter_class=HelpFormatter
        )
        localise(sub)
        return sub

    rename = action(
        "rename",
        "donner à un concept un nouveau libellé français (et anglais)",
        "give a concept a new French (and English) label",
    )
    rename.add_argument(
        "concept", help=tr("le concept (clé ou libellé)", "the concept (key or label)")
    )
    rename.add_argument("label", help=tr("le nouveau libellé français", "the new French label"))
    rename.add_argument(
        "--en",
        metavar=tr("LIBELLÉ", "LABEL"),
        help=tr("nouveau libellé anglais", "new English label"),
    )
    merge = action(
        "merge",
        "fusionner SOURCE dans TARGET (SOURCE disparaît)",
        "merge SOURCE into TARGET (SOURCE disappears)",
    )
    merge.add_argument("source", help=tr("le concept qui disparaît", "the concept that goes"))
    merge.add_argument("target", help=tr("le concept qui reste", "the concept that stays"))
    move = action(
        "move",
        "placer un concept sous d'autres (aucun : concept de tête)",
        "put a concept under other ones (none: top concept)",
    )
    move.add_argument("concept", help=tr("le concept à déplacer", "the concept to move"))
    move.add_argument(
        "broader",
        nargs="*",
        help=tr("ses nouveaux concepts plus larges", "its new broader concepts"),
    )
    delete = action(
        "delete",
        "supprimer un concept qu'aucune fiche n'utilise",
        "delete a concept no fiche uses",
    )
    delete.add_argument("concept", help=tr("le concept à supprimer", "the concept to delete"))
    action(
        "quality",
        "concepts sans définition, inutilisés, libellés en conflit…",
        "concepts without definition, unused, clashing labels…",
    )
    for sub in actions.choices.values():  # `kb thesaurus ACTION … --json` as well
        sub.add_argument(
            "--json",
            action="store_true",
            default=argparse.SUPPRESS,
            help=tr("écrire du JSON", "print JSON"),
        )


def _key(ctx: Context, label: str) -> str:
    return ctx.library.concept(label).key


def run(ctx: Context, args: argparse.Namespace) -> int:
    lib = ctx.library
    result: Any
    if args.action == "rename":
        result = lib.rename_concept(_key(ctx, args.concept), args.label, args.en)
        message = tr(
            f"Concept renommé : « {result.label} » (l'ancien libellé reste un synonyme).",
            f"Concept renamed: « {result.label} » (the former label stays as a synonym).",
        )
    elif args.action == "merge":
        result = lib.merge_concepts(_key(ctx, args.source), _key(ctx, args.target))
        source, target = result.source.label, result.target.label
        moved, added = result.fiches_moved, len(result.labels_added)
        message = tr(
            f"« {source} » fusionné dans « {target} » : {moved} fiche(s) réindexée(s), "
            f"{added} libellé(s) devenu(s) synonyme(s).",
            f"« {source} » merged into « {target} »: {moved} fiche(s) reindexed, "
            f"{added} label(s) now synonym(s).",
        )
    elif args.action == "move":
        result = lib.move_concept(_key(ctx, args.concept), [_key(ctx, b) for b in args.broader])
        under = ", ".join(b.label for b in result.broader) or tr(
            "la racine du thésaurus", "the root of the thesaurus"
        )
        message = tr(
            f"« {result.label} » est désormais sous : {under}.",
            f"« {result.label} » is now under: {under}.",
        )
    elif args.action == "delete":
        result = lib.delete_concept(_key(ctx, args.concept))
        message = tr(
            f"Concept « {result.concept.label} » supprimé.",
            f"Concept « {result.concept.label} » deleted.",
        )
    else:
        report = lib.thesaurus_quality()
        if ctx.as_json:
            emit_json(report.to_dict())
        else:
            print_quality(report.to_dict())
        return 0
    if ctx.as_json:
        emit_json(result.to_dict() if hasattr(result, "to_dict") else asdict(result))
    else:
        print(message)
    return 0
