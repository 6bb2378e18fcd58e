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
from kb_app.cli.output import emit_json

HELP = "maintain the thesaurus: rename, merge, move, delete concepts; quality report"


def configure(parser: argparse.ArgumentParser) -> None:
    actions = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    rename = actions.add_parser("rename", help="give a concept a new French (and English) label")
    rename.add_argument("concept")
    rename.add_argument("label")
    rename.add_argument("--en", metavar="LABEL", help="new English label")
    merge = actions.add_parser("merge", help="merge SOURCE into TARGET (SOURCE disappears)")
    merge.add_argument("source")
    merge.add_argument("target")
    move = actions.add_parser("move", help="put a concept under other ones (none: top concept)")
    move.add_argument("concept")
    move.add_argument("broader", nargs="*")
    delete = actions.add_parser("delete", help="delete a concept no fiche uses")
    delete.add_argument("concept")
    actions.add_parser("quality", help="concepts without definition, unused, clashing labels…")
    for action in actions.choices.values():  # `kb thesaurus ACTION … --json` as well
        action.add_argument("--json", action="store_true", default=argparse.SUPPRESS)


def _key(ctx: Context, label: str) -> str:
    return ctx.library.concept(label).key


def run(ctx: Context, args: argparse.Namespace) -> int:
    lib = ctx.library
    result: Any
    if args.action == "rename":
        result = lib.rename_concept(_key(ctx, args.concept), args.label, args.en)
        message = f"Concept renommé : « {result.label} » (l'ancien libellé reste un synonyme)."
    elif args.action == "merge":
        result = lib.merge_concepts(_key(ctx, args.source), _key(ctx, args.target))
        message = (
            f"« {result.source.label} » fusionné dans « {result.target.label} » : "
            f"{result.fiches_moved} fiche(s) réindexée(s), "
            f"{len(result.labels_added)} libellé(s) devenu(s) synonyme(s)."
        )
    elif args.action == "move":
        result = lib.move_concept(_key(ctx, args.concept), [_key(ctx, b) for b in args.broader])
        under = ", ".join(b.label for b in result.broader) or "la racine du thésaurus"
        message = f"« {result.label} » est désormais sous : {under}."
    elif args.action == "delete":
        result = lib.delete_concept(_key(ctx, args.concept))
        message = f"Concept « {result.concept.label} » supprimé."
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
