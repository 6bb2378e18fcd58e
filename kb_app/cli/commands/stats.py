"""`kb stats`: counts by kind, concepts, index state."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import say, tr
from kb_app.cli.output import emit_json

HELP = (
    "nombres par type, concepts et état de l'index",
    "counts by kind, concepts and index state",
)
KIND_LABELS = {
    "reference": ("références", "references"),
    "analysis": ("analyses", "analyses"),
    "case": ("études de cas", "case studies"),
    "resource": ("ressources", "resources"),
    "dossier": ("dossiers", "dossiers"),
}
INDEX_STATES = {
    "ready": ("prêt", "ready"),
    "missing": ("absent", "missing"),
    "stale": ("à reconstruire", "to rebuild"),
    "foreign": ("étranger", "foreign"),
    "damaged": ("endommagé", "damaged"),
    "closed": ("fermé", "closed"),
}


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    del args
    stats = ctx.library.stats()
    if ctx.as_json:
        emit_json(stats.to_dict())
        return 0
    print(tr(f"Bibliothèque : {stats.library}", f"Library: {stats.library}"))
    for kind, label in KIND_LABELS.items():
        print(f"  {tr(*label):<16} {stats.fiches.get(kind, 0):>6}")
    trash = tr(f"(corbeille : {stats.trash})", f"(trash: {stats.trash})")
    print(f"  {'total':<16} {stats.total_fiches:>6}  {trash}")
    print(
        tr(
            f"Concepts : {stats.concepts} ({stats.concept_groups} groupes)   "
            f"Agents : {stats.agents}",
            f"Concepts: {stats.concepts} ({stats.concept_groups} groups)   Agents: {stats.agents}",
        )
    )
    print(
        tr(
            f"Liens : {stats.links}   Panier : {stats.basket}   Historique : {stats.history}",
            f"Links: {stats.links}   Basket: {stats.basket}   History: {stats.history}",
        )
    )
    state = tr(*INDEX_STATES.get(stats.index_state, (stats.index_state, stats.index_state)))
    print(
        tr(
            f"Index : {state}, {stats.index_documents} document(s), "
            f"{stats.index_pending} fiche(s) en attente d'indexation",
            f"Index: {state}, {stats.index_documents} document(s), "
            f"{stats.index_pending} fiche(s) waiting to be indexed",
        )
    )
    if stats.disk_full:  # a diagnosis, read without writing: what is saved, what is behind
        print(say("outcome.disk_full", free=stats.free_bytes, folder=stats.library))
        if stats.index_pending:
            print(say("outcome.index_behind", pending=stats.index_pending))
    return 0
