"""`kb glossary`: every concept of the thesaurus, alphabetically, as Markdown or HTML."""

from __future__ import annotations

import argparse
from html import escape

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json
from kb_app.core.dto import Glossary, GlossaryEntry

HELP = (
    "le glossaire du thésaurus (Markdown ou HTML sur la sortie standard)",
    "the thesaurus's glossary (Markdown or HTML on standard output)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--format",
        choices=("md", "html"),
        default="md",
        help=tr("format de sortie (md par défaut)", "output format (md by default)"),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    glossary = ctx.library.glossary()
    if ctx.as_json:
        emit_json(glossary.to_dict())
    elif args.format == "html":
        print(html_glossary(glossary))
    else:
        print(markdown_glossary(glossary))
    return 0


def _anchor(letter: str) -> str:
    return "lettre-" + (letter.lower() if letter.isalpha() else "autres")


def _uses(entry: GlossaryEntry) -> str:
    return f"{entry.count} fiche(s)"  # the same words in French and English


def markdown_glossary(glossary: Glossary) -> str:
    title = tr("Glossaire", "Glossary")
    index = " · ".join(f"[{x}](#{_anchor(x)})" for x in glossary.letters)
    out = [f"# {title}", "", index, ""]
    letter = None
    for e in glossary.entries:
        if e.letter != letter:
            letter = e.letter
            out += [f'<a id="{_anchor(letter)}"></a>', "", f"## {letter}", ""]
        out += [f"### {e.label}", ""]
        names = []
        if e.label_en:
            names.append(f"*{tr('En anglais :', 'In English:')}* {e.label_en}  ")
        if e.alt_labels:
            names.append(f"*{tr('Autres termes :', 'Other terms:')}* {', '.join(e.alt_labels)}  ")
        out += [*names, ""] if names else []
        if e.definition:
            out += [e.definition, ""]
        if e.definition_en:
            out += [f"*{tr('En anglais :', 'In English:')}* {e.definition_en}", ""]
        if e.scope_note:
            out += [f"*{e.scope_note}*", ""]
        out += [
            f"{tr('Présent dans', 'Appears in')} {_uses(e)}" + (tr(" :", ":") if e.fiches else "."),
            "",
        ]
        out += [f"- {f.title} (`{f.key}`)" for f in e.fiches]
        out += [""] if e.fiches else []
    return "\n".join(out).rstrip() + "\n"


def html_glossary(glossary: Glossary) -> str:
    title = escape(tr("Glossaire", "Glossary"))
    lang = tr("fr", "en")
    index = " · ".join(f'<a href="#{_anchor(x)}">{escape(x)}</a>' for x in glossary.letters)
    out = [
        f'<!DOCTYPE html>\n<html lang="{lang}"><head><meta charset="utf-8">'
        f"<title>{title}</title></head><body>",
        f"<h1>{title}</h1>",
        f"<p>{index}</p>",
    ]
    letter = None
    for e in glossary.entries:
        if e.letter != letter:
            if letter is not None:
                out.append("</dl>")
            letter = e.letter
            out.append(f'<h2 id="{_anchor(letter)}">{escape(letter)}</h2><dl>')
        out.append(f'<dt id="{escape(e.key)}"><strong>{escape(e.label)}</strong>')
        if e.label_en:
            out.append(f' <span lang="en">({escape(e.label_en)})</span>')
        out.append("</dt><dd>")
        if e.alt_labels:
            out.append(f"<p><em>{escape(tr('Autres termes :', 'Other terms:'))}</em> ")
            out.append(f"{escape(', '.join(e.alt_labels))}</p>")
        if e.definition:
            out.append(f"<p>{escape(e.definition)}</p>")
        if e.definition_en:
            out.append(f'<p lang="en"><em>{escape(e.definition_en)}</em></p>')
        if e.scope_note:
            out.append(f"<p><em>{escape(e.scope_note)}</em></p>")
        out.append(f"<p>{escape(tr('Présent dans', 'Appears in'))} {escape(_uses(e))}</p>")
        if e.fiches:
            items = "".join(
                f"<li>{escape(f.title)} <code>{escape(f.key)}</code></li>" for f in e.fiches
            )
            out.append(f"<ul>{items}</ul>")
        out.append("</dd>")
    if letter is not None:
        out.append("</dl>")
    out.append("</body></html>")
    return "\n".join(out)
