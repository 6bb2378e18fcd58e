"""`kb search QUERY`: ranked search (plain SQL search until the Whoosh index lands)."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import language, tr
from kb_app.cli.output import emit_json, wrap
from kb_app.core import people
from kb_app.core.errors import ValidationError
from kb_app.core.text import without_emphasis

HELP = ("chercher dans la bibliothèque", "search the library")
KINDS = ("reference", "analysis", "case", "resource", "dossier")


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "query",
        metavar=tr("REQUÊTE", "QUERY"),
        help=tr(
            "mots à trouver (accents et majuscules ignorés)",
            "words to find (accents and case ignored)",
        ),
    )
    parser.add_argument(
        "--kind",
        choices=KINDS,
        help=tr("seulement les fiches de ce type", "only fiches of this kind"),
    )
    parser.add_argument(
        "--concept",
        metavar="C",
        help=tr(
            "seulement les fiches indexées avec C ou un concept plus précis",
            "only fiches indexed with C or a narrower concept",
        ),
    )
    parser.add_argument(
        "--limit",
        type=int,
        default=20,
        metavar="N",
        help=tr("résultats à montrer (20 par défaut)", "hits to show (default 20)"),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.limit < 0:
        raise ValidationError("cli.limit_negative")
    result = ctx.library.search(args.query, kind=args.kind, concept=args.concept, limit=args.limit)
    if ctx.as_json:
        emit_json(result.to_dict())
        return 0
    took = f"{result.took_ms:.0f} ms"
    searched = result.query
    if result.suggestion is not None:  # nothing for the query: the hits are its correction's
        searched = result.suggestion
        print(
            tr(
                f"Aucun résultat pour « {result.query} » — résultats pour « {searched} »",
                f"No results for « {result.query} » — results for « {searched} »",
            )
        )
    print(
        tr(
            f"{result.total} résultat(s) pour « {searched} » ({took})",
            f"{result.total} result(s) for « {searched} » ({took})",
        )
    )
    if result.partial:
        print(
            tr(
                "(index en cours de construction : recherche simple, résultats partiels)",
                "(index being built: plain search, partial results)",
            )
        )
    for i, hit in enumerate(result.hits, 1):
        year = f", {hit.year}" if hit.year else ""
        print(f"\n{i:>2}. {without_emphasis(hit.title)} [{hit.kind}{year}]  {hit.id}")
        if hit.people:
            print(wrap(people.names(hit.people, language()), indent="    "))
        if hit.snippet:
            print(wrap(hit.snippet, indent="    "))
        if hit.why:
            print(wrap(tr("pourquoi : ", "why: ") + hit.why, indent="    "))
    return 0
