"""`kb stats`: counts by kind, concepts, index state."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.output import emit_json

HELP = (
    "nombres par type, concepts et état de l'index",
    "counts by kind, concepts and index state",
)
KIND_LABELS = {
    "reference": "références",
    "analysis": "analyses",
    "case": "études de cas",
    "resource": "ressources",
    "dossier": "dossiers",
}


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    del args
    stats = ctx.library.stats()
    if ctx.as_json:
        emit_json(stats.to_dict())
        return 0
    print(f"Bibliothèque : {stats.library}")
    for kind, label in KIND_LABELS.items():
        print(f"  {label:<16} {stats.fiches.get(kind, 0):>6}")
    print(f"  {'total':<16} {stats.total_fiches:>6}  (corbeille : {stats.trash})")
    print(f"Concepts : {stats.concepts} ({stats.concept_groups} groupes)   Agents : {stats.agents}")
    print(f"Liens : {stats.links}   Panier : {stats.basket}   Historique : {stats.history}")
    state = {
        "ready": "prêt",
        "missing": "absent",
        "stale": "à reconstruire",
        "foreign": "étranger",
        "damaged": "endommagé",
        "closed": "fermé",
    }.get(stats.index_state, stats.index_state)
    print(
        f"Index : {state}, {stats.index_documents} document(s), "
        f"{stats.index_pending} fiche(s) en attente d'indexation"
    )
    return 0
