"""`kb export --format F [--query Q] OUT`: write fiches (or the thesaurus) in another format."""

from __future__ import annotations

import argparse
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json
from kb_app.core.vocabulary import EXPORT_FORMATS

HELP = "export fiches (BibTeX, RIS, CSL-JSON, Markdown folder) or the thesaurus (SKOS)"


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("out", metavar="OUT", help="file to write (a new folder for markdown)")
    parser.add_argument("--format", required=True, choices=EXPORT_FORMATS)
    parser.add_argument("--query", metavar="Q", help="export this search's results (default: all)")
    parser.add_argument("--kind", help="only this kind of fiche (reference, analysis…)")
    parser.add_argument("--id", action="append", metavar="ID", help="export this fiche (repeat)")


def run(ctx: Context, args: argparse.Namespace) -> int:
    library = ctx.library
    keys = args.id or (
        library.export_keys(args.query, args.kind) if args.format != "skos" else None
    )
    summary = library.export(args.format, Path(args.out), keys)
    if ctx.as_json:
        emit_json(summary.to_dict())
    else:
        what = "concept(s)" if args.format == "skos" else "fiche(s)"
        print(f"Export {summary.format} : {summary.count} {what} dans {summary.path}")
    return 0
