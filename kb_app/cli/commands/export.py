"""`kb export --format F [--query Q] OUT`: write fiches (or the thesaurus) in another format."""

from __future__ import annotations

import argparse
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json
from kb_app.core.vocabulary import EXPORT_FORMATS

HELP = (
    "exporter des fiches (BibTeX, RIS, CSL-JSON, dossier Markdown) ou le thésaurus (SKOS)",
    "export fiches (BibTeX, RIS, CSL-JSON, Markdown folder) or the thesaurus (SKOS)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "out",
        metavar=tr("SORTIE", "OUT"),
        help=tr(
            "fichier à écrire (un nouveau dossier pour markdown)",
            "file to write (a new folder for markdown)",
        ),
    )
    parser.add_argument(
        "--format", required=True, choices=EXPORT_FORMATS, help=tr("format", "format")
    )
    parser.add_argument(
        "--query",
        metavar="Q",
        help=tr(
            "exporter les résultats de cette recherche (par défaut : tout)",
            "export this search's results (default: all)",
        ),
    )
    parser.add_argument(
        "--kind",
        help=tr(
            "seulement ce type de fiche (reference, analysis…)",
            "only this kind of fiche (reference, analysis…)",
        ),
    )
    parser.add_argument(
        "--id",
        action="append",
        metavar="ID",
        help=tr("exporter cette fiche (à répéter)", "export this fiche (repeat)"),
    )


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
        print(
            tr(
                f"Export {summary.format} : {summary.count} {what} dans {summary.path}",
                f"Export {summary.format}: {summary.count} {what} in {summary.path}",
            )
        )
    return 0
