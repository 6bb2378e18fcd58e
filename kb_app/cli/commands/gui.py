"""`kb gui` (also `kb` alone): open the desktop window on the library.

Until the window lands (issue 4), this prints the library's summary, as agreed.
"""

from __future__ import annotations

import argparse

from kb_app.cli.commands import stats
from kb_app.cli.context import Context

HELP = "open the desktop window (for now: print the library's summary)"


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    code = stats.run(ctx, args)
    if not ctx.as_json:
        print("\nLa fenêtre de l'application n'existe pas encore ; essayez :")
        print('  kb search "bien commun"')
        print("  kb show case-porto-alegre-budget-participatif")
        print('  kb concepts "démocratie participative"')
    return code
