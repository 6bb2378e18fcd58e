"""`kb cite ID... [--style S|FILE.csl] [--in-text [--locator L] [--form F]]`: fiches as ISO 690
references (or in a style the user added), or as one in-text citation, ready to paste.

``--style`` takes a shipped style's name, the name of a style added before, or a ``.csl``
file: the file is checked, kept among the user's styles (`kb cite --list-styles` lists them)
and used. ``--in-text`` gives one citation of every ID: the style's own citation layout
(« (GENRO et DE SOUZA, 1998, p. 12) », « (1, p. 12) »), or the key forms ``[@key, p. 12]``
(``--form pandoc``) and ``\\cite[p.~12]{key}`` (``--form latex``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kb_app.cli.context import Context
from kb_app.cli.i18n import say, tr
from kb_app.cli.output import emit_json
from kb_app.core.library import add_citation_style, citation_styles
from kb_app.core.vocabulary import DEFAULT_CITATION_STYLE

HELP = (
    "écrire des fiches comme des références mises en forme (ISO 690) ou une citation dans le texte",
    "print fiches as formatted references (ISO 690) or as an in-text citation",
)
FORMS = ("text", "pandoc", "latex")
EXIT_USAGE = 2


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id",
        nargs="*",
        metavar="ID",
        help=tr(
            "identifiant de la fiche (clé comme ref-calame-2004-…) ou numéro ; plusieurs possibles",
            "fiche id (key such as ref-calame-2004-…) or number; several allowed",
        ),
    )
    parser.add_argument(
        "--style",
        default=DEFAULT_CITATION_STYLE,
        metavar=tr("STYLE", "STYLE"),
        help=tr(
            f"style de citation : un nom (par défaut : {DEFAULT_CITATION_STYLE} ; voir "
            "--list-styles) ou un fichier .csl, vérifié puis ajouté aux styles",
            f"citation style: a name (default: {DEFAULT_CITATION_STYLE}; see --list-styles) "
            "or a .csl file, checked then added to the styles",
        ),
    )
    parser.add_argument(
        "--in-text",
        action="store_true",
        help=tr(
            "une citation dans le texte de toutes les fiches données",
            "one in-text citation of all the given fiches",
        ),
    )
    parser.add_argument(
        "--locator",
        metavar=tr("LOCALISATION", "LOCATOR"),
        help=tr(
            "avec --in-text : page ou partie citée (« p. 12 », « chap. 3 », « 12-14 »)",
            "with --in-text: the page or part cited (« p. 12 », « chap. 3 », « 12-14 »)",
        ),
    )
    parser.add_argument(
        "--form",
        choices=FORMS,
        default="text",
        help=tr(
            "avec --in-text : text (le style), pandoc ([@clé]) ou latex (\\cite{clé})",
            "with --in-text: text (the style), pandoc ([@key]) or latex (\\cite{key})",
        ),
    )
    parser.add_argument(
        "--list-styles",
        action="store_true",
        help=tr(
            "lister les styles de citation (fournis et ajoutés)",
            "list the citation styles (shipped and added)",
        ),
    )


def _is_file(style: str) -> bool:
    return style.lower().endswith(".csl") or "/" in style or "\\" in style


def _style(ctx: Context, style: str) -> str:
    """A style name; a .csl file is checked and added first (a note on stderr)."""
    if not _is_file(style):
        return style
    added = add_citation_style(Path(style))
    if not ctx.as_json:
        print(say("cli.cite_style_added", name=added.name, path=added.path), file=sys.stderr)
    return added.name


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.list_styles:
        return _list_styles(ctx)
    if not args.id:
        print(f"kb cite: {say('cli.cite_needs_id')}", file=sys.stderr)
        return EXIT_USAGE
    if not args.in_text and (args.locator or args.form != "text"):
        print(f"kb cite: {say('cli.cite_in_text_only')}", file=sys.stderr)
        return EXIT_USAGE
    style = _style(ctx, args.style)
    if args.in_text:
        cited = ctx.library.cite_in_text(args.id, style, locator=args.locator, form=args.form)
        if ctx.as_json:
            emit_json(cited.to_dict())
        else:
            print(cited.text)
        return 0
    if len(args.id) == 1:
        citation = ctx.library.cite(args.id[0], style)
        if ctx.as_json:
            emit_json(citation.to_dict())
        else:
            print(citation.text)
        return 0
    citations = ctx.library.bibliography(args.id, style)
    if ctx.as_json:
        emit_json([c.to_dict() for c in citations])
    else:
        for citation in citations:
            print(citation.text)
    return 0


def _list_styles(ctx: Context) -> int:
    styles = citation_styles()
    if ctx.as_json:
        emit_json([s.to_dict() for s in styles])
        return 0
    for s in styles:
        origin = tr("fourni", "shipped") if s.shipped else tr("ajouté", "added")
        print(f"{s.name}\t{origin}\t{s.title}")
    return 0
