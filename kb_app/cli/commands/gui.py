"""`kb gui` when the window cannot open (no display, or --json): the library's summary.

The window itself is started by ``kb_app.launcher`` (the `kb` script), which keeps the CLI
free of Qt; it falls back to this command when there is no display.
"""

from __future__ import annotations

import argparse

from kb_app.cli.commands import stats
from kb_app.cli.context import Context
from kb_app.cli.i18n import tr

HELP = (
    "ouvrir la fenêtre (sans affichage : écrire le résumé de la bibliothèque)",
    "open the desktop window (without a display: print the library's summary)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    code = stats.run(ctx, args)
    if not ctx.as_json:
        print(
            tr(
                "\nPas de fenêtre ici (aucun affichage) ; en ligne de commande, essayez :",
                "\nNo window here (no display); on the command line, try:",
            )
        )
        print('  kb search "bien commun"')
        print("  kb show case-porto-alegre-budget-participatif")
        print('  kb concepts "démocratie participative"')
    return code
