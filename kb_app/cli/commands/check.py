"""`kb check [--repair]`: integrity, foreign keys, connection settings, thesaurus."""

from __future__ import annotations

import argparse
from typing import Any

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json

HELP = (
    "vérifier la bibliothèque (intégrité, clés étrangères, thésaurus) ; --repair répare "
    "ce qui peut l'être",
    "check the library (integrity, foreign keys, thesaurus); --repair fixes what it can",
)
EXIT_DAMAGED = 3


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--repair",
        action="store_true",
        help=tr("réparer ce qui peut l'être", "repair what can be repaired"),
    )


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
        print_quality(report.quality)
        print("Bibliothèque saine." if report.ok else "Bibliothèque endommagée.")
    return 0 if report.ok else EXIT_DAMAGED


QUALITY = {
    "without_definition": "concepts sans définition",
    "without_english": "concepts sans libellé anglais",
    "unused": "concepts inutilisés",
    "orphans": "concepts hors de tout groupe",
    "label_clashes": "libellés partagés par deux concepts",
    "fiches_without_concept": "fiches sans concept",
}


def print_quality(quality: dict[str, Any]) -> None:
    """The thesaurus upkeep list: things to look at, not damage (the exit code ignores it)."""
    counts = quality.get("counts") or {}
    if not counts:
        return
    print("Qualité du thésaurus :")
    for name, label in QUALITY.items():
        items = quality.get(name) or []
        shown = ", ".join(_name(i) for i in items[:6]) + (" …" if len(items) > 6 else "")
        print(f"  {label} : {counts.get(name, 0)}" + (f" ({shown})" if items else ""))


def _name(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("label") or item.get("title") or item.get("key"))
    if isinstance(item, (list, tuple)):
        return " / ".join(_name(i) for i in item)
    return str(item)
