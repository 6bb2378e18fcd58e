"""`kb check [--repair]`: integrity, foreign keys, connection settings, thesaurus."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json

HELP = "check the library (integrity, foreign keys, thesaurus); --repair fixes what it can"
EXIT_DAMAGED = 3


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--repair", action="store_true", help="repair what can be repaired")


def run(ctx: Context, args: argparse.Namespace) -> int:
    report = ctx.library.check(repair=args.repair)
    if ctx.as_json:
        emit_json(report.to_dict())
    else:
        print(f"integrity_check : {'; '.join(report.integrity)}")
        print(
            f"foreign_key_check : {'ok' if not report.foreign_keys else len(report.foreign_keys)}"
        )
        for fk in report.foreign_keys[:20]:
            print(f"  {fk}")
        print("connexion : " + ", ".join(f"{k}={v}" for k, v in report.pragmas.items()))
        for problem in report.problems:
            print(f"problème : {problem}")
        for fix in report.repaired:
            print(f"réparé : {fix}")
        print("Bibliothèque saine." if report.ok else "Bibliothèque endommagée.")
    return 0 if report.ok else EXIT_DAMAGED
