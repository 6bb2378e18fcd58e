"""`kb reindex`: rebuild the search index from the database, with a progress bar."""

from __future__ import annotations

import argparse
import time

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import ProgressBar, emit_json
from kb_app.core.jobs import run_job

HELP = (
    "reconstruire l'index de recherche (plusieurs processus pour les grandes bibliothèques)",
    "rebuild the search index (several processes for large libraries)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--procs",
        type=int,
        metavar="N",
        help=tr(
            "processus d'indexation (par défaut : 2 au-delà de 20 000 fiches)",
            "indexing processes (default: 2 above 20,000 fiches)",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    library = ctx.library
    started = time.perf_counter()
    bar = ProgressBar()
    try:
        count = run_job(library.reindex(procs=args.procs), bar)
    finally:
        bar.finish()
    seconds = time.perf_counter() - started
    if ctx.as_json:
        emit_json(
            {"indexed": count, "seconds": round(seconds, 2), "state": library.index_state()[0]}
        )
    else:
        print(
            tr(
                f"Index reconstruit : {count} fiche(s) en {seconds:.1f} s",
                f"Index rebuilt: {count} fiche(s) in {seconds:.1f} s",
            )
        )
    return 0
