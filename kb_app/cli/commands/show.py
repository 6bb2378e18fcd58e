"""`kb show ID`: one fiche with its concepts, agents, links, backlinks and dossiers."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json, wrap
from kb_app.core.dto import FicheDetail

HELP = ("montrer une fiche avec ses liens", "show one fiche with its links")
ROLE_LABELS = {
    "author": "auteur",
    "editor": "éditeur scientifique",
    "publisher": "éditeur",
    "translator": "traducteur",
    "contributor": "contributeur",
    "actor": "acteur",
    "organiser": "organisateur",
    "funder": "financeur",
    "rapporteur": "rapporteur",
}
LINK_LABELS = {
    "cites": "cite",
    "analyses": "analyse",
    "illustrates": "illustre",
    "related": "voir aussi",
}
DETAIL_LABELS = {
    "type": "type",
    "publisher": "éditeur",
    "place": "lieu",
    "pages": "pages",
    "collection": "collection",
    "container_title": "dans",
    "event": "événement",
    "url": "URL",
    "isbn": "ISBN",
    "doi": "DOI",
    "date_note": "dates",
    "country": "pays",
    "scale": "échelle",
    "period_start": "début",
    "period_end": "fin",
    "period_note": "période",
    "outcome": "résultat",
    "org_type": "type",
    "acronym": "sigle",
    "founded": "fondation",
    "seat": "siège",
    "organisation": "organisme",
    "session": "séance",
}


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        metavar="ID",
        help=tr(
            "identifiant de la fiche (clé comme case-porto-alegre-…) ou numéro",
            "fiche id (key such as case-porto-alegre-…) or number",
        ),
    )
    parser.add_argument(
        "--body",
        action="store_true",
        help=tr("écrire aussi le texte Markdown", "also print the Markdown body"),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    fiche = ctx.library.get(args.id)
    if ctx.as_json:
        emit_json(fiche.to_dict())
    else:
        print_fiche(fiche, with_body=args.body)
    return 0


def print_fiche(f: FicheDetail, *, with_body: bool) -> None:
    print(f"{f.title}" + (" [corbeille]" if f.deleted else ""))
    if f.subtitle:
        print(wrap(f.subtitle))
    print(f"{f.kind} · {f.key}" + (f" · {f.date}" if f.date else "") + f" · {f.lang}")
    for a in f.agents:
        print(f"  {ROLE_LABELS.get(a.role, a.role)} : {a.name}")
    for k, v in f.details.items():
        if k != "place":
            print(f"  {DETAIL_LABELS.get(k, k)} : {v}")
        else:
            print(f"  lieu : {v}")
    if f.summary:
        print("\n" + wrap(f.summary))
    print("\nConcepts : " + ", ".join(c.label for c in f.concepts))
    _section(
        "Liens",
        [
            f"{LINK_LABELS.get(ln.type, ln.type)} → {ln.fiche.title} ({ln.fiche.key})"
            for ln in f.links_out
        ],
    )
    _section(
        "Cité dans / lié depuis",
        [
            f"{ln.fiche.title} ({ln.fiche.key}, {LINK_LABELS.get(ln.type, ln.type)})"
            for ln in f.links_in
        ],
    )
    _section("Dossiers", [f"{d.title} ({d.key})" for d in f.dossiers])
    _section(
        "Contenu du dossier", [f"{i}. {m.title} ({m.key})" for i, m in enumerate(f.members, 1)]
    )
    if f.unverified:
        _section("Non vérifié", list(f.unverified))
    if with_body:
        print("\n" + f.body)


def _section(title: str, lines: list[str]) -> None:
    if lines:
        print(f"\n{title} :")
        for line in lines:
            print(wrap(line, indent="  "))
