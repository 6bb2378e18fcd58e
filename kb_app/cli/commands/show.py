"""`kb show ID`: one fiche with its concepts, agents, links, backlinks and dossiers."""

from __future__ import annotations

import argparse

from kb_app.cli.context import Context
from kb_app.cli.i18n import language, say_word, tr
from kb_app.cli.output import emit_json, wrap
from kb_app.core import people
from kb_app.core.dto import FicheDetail
from kb_app.core.text import without_emphasis

HELP = ("montrer une fiche avec ses liens", "show one fiche with its links")
LINK_LABELS = {
    "cites": ("cite", "cites"),
    "analyses": ("analyse", "analyses"),
    "illustrates": ("illustre", "illustrates"),
    "related": ("voir aussi", "see also"),
}
DETAIL_LABELS = {
    "type": ("type", "type"),
    "publisher": ("éditeur", "publisher"),
    "place": ("lieu", "place"),
    "pages": ("pages", "pages"),
    "collection": ("collection", "collection"),
    "container_title": ("dans", "in"),
    "event": ("événement", "event"),
    "url": ("URL", "URL"),
    "isbn": ("ISBN", "ISBN"),
    "doi": ("DOI", "DOI"),
    "date_note": ("dates", "dates"),
    "country": ("pays", "country"),
    "scale": ("échelle", "scale"),
    "period_start": ("début", "start"),
    "period_end": ("fin", "end"),
    "period_note": ("période", "period"),
    "outcome": ("résultat", "outcome"),
    "org_type": ("type", "type"),
    "acronym": ("sigle", "acronym"),
    "founded": ("fondation", "founded"),
    "seat": ("siège", "seat"),
    "organisation": ("organisme", "organisation"),
    "session": ("séance", "session"),
}


def label(table: dict[str, tuple[str, str]], code: str) -> str:
    """``code`` said in the user's language (a code the table lacks is shown as is)."""
    return tr(*table.get(code, (code, code)))


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
    print(without_emphasis(f.title) + (tr(" [corbeille]", " [trash]") if f.deleted else ""))
    if f.subtitle:
        print(wrap(f.subtitle))
    print(f"{f.kind} · {f.key}" + (f" · {f.date}" if f.date else "") + f" · {f.lang}")
    for line in people_lines(f):
        print(wrap(line))
    for c in people.credits(f.agents, f.details):
        print(f"  {say_word('role', c.role)}{tr(' : ', ': ')}{c.name}")
    for k, v in f.details.items():
        if k in ("questions", "reading"):  # said below, as lists
            continue
        print(f"  {label(DETAIL_LABELS, k)}{tr(' : ', ': ')}{v}")
    if f.summary:
        print("\n" + wrap(f.summary))
    print(tr("\nConcepts : ", "\nConcepts: ") + ", ".join(c.label for c in f.concepts))
    _section(
        tr("Liens", "Links"),
        [
            f"{label(LINK_LABELS, ln.type)} → {ln.fiche.title} ({ln.fiche.key})"
            for ln in f.links_out
        ],
    )
    _section(
        tr("Cité dans / lié depuis", "Cited in / linked from"),
        [f"{ln.fiche.title} ({ln.fiche.key}, {label(LINK_LABELS, ln.type)})" for ln in f.links_in],
    )
    _section(tr("Dossiers", "Dossiers"), [f"{d.title} ({d.key})" for d in f.dossiers])
    _section(
        tr("Contenu du dossier", "Contents of the dossier"),
        [
            f"{i}. {m.title} ({m.key})" + (f" — {why}" if why else "")
            for i, (m, why) in enumerate(f.reading_order(), 1)
        ],
    )
    _section(
        tr("Questions pour l'étude", "Study questions"),
        [f"{i}. {q}" for i, q in enumerate(f.questions(), 1)],
    )
    if f.unverified:
        _section(tr("Non vérifié", "Not verified"), list(f.unverified))
    if with_body:
        print("\n" + f.body)


def people_lines(f: FicheDetail) -> list[str]:
    """« Par Bourgois, Christian », then « In : Ferré, Vincent (éd.), Tolkien, trente ans
    après » for a chapter; an edited book's editors are marked as such, never « Par »."""
    found = people.people(f.agents, f.details)
    lines = []
    if found.byline:
        names = people.names(found.byline, language(), limit=None)
        authored = all(c.role == "author" for c in found.byline)
        lines.append(tr("Par ", "By ") + names if authored else names)
    host = people.host_line(found, f.details, language()) if f.kind == "reference" else ""
    return lines + ([host] if host else [])


def _section(title: str, lines: list[str]) -> None:
    if lines:
        print(f"\n{title}{tr(' :', ':')}")
        for line in lines:
            print(wrap(line, indent="  "))
