"""`kb merge KEEP OTHER [--take FIELD ...]`: merge OTHER into KEEP (OTHER goes to the trash)."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json

HELP = (
    "fusionner deux fiches : KEEP reste, les liens, concepts et pièces jointes de OTHER "
    "passent sur elle",
    "merge two fiches: KEEP stays, OTHER's links, concepts and attachments move to it",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("keep", metavar="KEEP", help=tr("la fiche gardée", "the fiche kept"))
    parser.add_argument(
        "other",
        metavar="OTHER",
        help=tr("la fiche fusionnée dans KEEP", "the fiche merged into KEEP"),
    )
    parser.add_argument(
        "--take",
        action="append",
        default=[],
        metavar="FIELD",
        help=tr(
            "prendre ce champ dans OTHER (title, date, agents, details.publisher…)",
            "take this field from OTHER (title, date, agents, details.publisher…)",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    choices = {name: "b" for name in args.take}
    detail = ctx.library.merge(args.keep, args.other, choices)
    if ctx.as_json:
        emit_json(detail.to_dict())
    else:
        print(
            tr(
                f"« {args.other} » fusionnée dans « {detail.key} » (elle est dans la corbeille).",
                f"« {args.other} » merged into « {detail.key} » (it is in the trash).",
            )
        )
    return 0
