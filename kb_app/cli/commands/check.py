"""`kb check [--repair]`: integrity, foreign keys, connection settings, thesaurus."""

from __future__ import annotations

import argparse
from typing import Any

from kb_app.cli.context import Context
from kb_app.cli.i18n import say_note, tr
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
        colon = tr(" : ", ": ")
        print(f"integrity_check{colon}{'; '.join(report.integrity)}")
        keys = "ok" if not report.foreign_keys else len(report.foreign_keys)
        print(f"foreign_key_check{colon}{keys}")
        for fk in report.foreign_keys[:20]:
            print(f"  {fk}")
        pragmas = ", ".join(f"{k}={v}" for k, v in report.pragmas.items())
        print(tr("connexion", "connection") + colon + pragmas)
        for problem in report.problems:
            print(tr("problème", "problem") + colon + say_note(problem))
        for fix in report.repaired:
            print(tr("réparé", "repaired") + colon + say_note(fix))
        for notice in report.notices:  # not damage: a full disk, an index behind
            print(tr("attention", "warning") + colon + say_note(notice))
        print_quality(report.quality)
        if report.ok and report.notices:
            print(tr("Bibliothèque saine, mais voir ci-dessus.", "Library sound, but see above."))
        elif report.ok:
            print(tr("Bibliothèque saine.", "Library sound."))
        else:
            print(tr("Bibliothèque endommagée.", "Library damaged."))
    return 0 if report.ok else EXIT_DAMAGED


QUALITY = {
    "without_definition": ("concepts sans définition", "concepts without a definition"),
    "without_english": ("concepts sans libellé anglais", "concepts without an English label"),
    "unused": ("concepts inutilisés", "unused concepts"),
    "orphans": ("concepts hors de tout groupe", "concepts outside any group"),
    "label_clashes": ("libellés partagés par deux concepts", "labels shared by two concepts"),
    "fiches_without_concept": ("fiches sans concept", "fiches without a concept"),
}


def print_quality(quality: dict[str, Any]) -> None:
    """The thesaurus upkeep list: things to look at, not damage (the exit code ignores it)."""
    counts = quality.get("counts") or {}
    if not counts:
        return
    print(tr("Qualité du thésaurus :", "Thesaurus quality:"))
    for name, label in QUALITY.items():
        items = quality.get(name) or []
        shown = ", ".join(_name(i) for i in items[:6]) + (" …" if len(items) > 6 else "")
        line = f"  {tr(*label)}{tr(' : ', ': ')}{counts.get(name, 0)}"
        print(line + (f" ({shown})" if items else ""))


def _name(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("label") or item.get("title") or item.get("key"))
    if isinstance(item, (list, tuple)):
        return " / ".join(_name(i) for i in item)
    return str(item)
