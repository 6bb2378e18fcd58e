"""`kb cite ID [--style S]`: one fiche as an ISO 690 reference, ready to paste."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json
from kb_app.core.citations import DEFAULT_STYLE, STYLES, format_citation
from kb_app.core.interchange.record import csl_item

HELP = (
    "écrire une fiche comme une citation mise en forme (ISO 690)",
    "print a fiche as a formatted citation (ISO 690)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        metavar="ID",
        help=tr(
            "identifiant de la fiche (clé comme ref-calame-2004-…) ou numéro",
            "fiche id (key such as ref-calame-2004-…) or number",
        ),
    )
    parser.add_argument(
        "--style",
        choices=list(STYLES),
        default=DEFAULT_STYLE,
        help=tr(
            f"style de citation (par défaut : {DEFAULT_STYLE})",
            f"citation style (default: {DEFAULT_STYLE})",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    citation = format_citation(csl_item(ctx.library.get(args.id)), args.style)
    if ctx.as_json:
        emit_json(citation.to_dict())
    else:
        print(citation.text)
    return 0
