"""`kb cite ID [--style S]`: one fiche as an ISO 690 reference, ready to paste."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json
from kb_app.core.vocabulary import CITATION_STYLES, DEFAULT_CITATION_STYLE

HELP = "print a fiche as a formatted citation (ISO 690)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", metavar="ID", help="fiche id (key such as ref-calame-2004-…) or number"
    )
    parser.add_argument(
        "--style",
        choices=list(CITATION_STYLES),
        default=DEFAULT_CITATION_STYLE,
        help=f"citation style (default: {DEFAULT_CITATION_STYLE})",
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    citation = ctx.library.cite(args.id, args.style)
    if ctx.as_json:
        emit_json(citation.to_dict())
    else:
        print(citation.text)
    return 0
