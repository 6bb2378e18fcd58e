"""`kb concepts [LABEL]`: the thesaurus tree, or one concept with its neighbours and fiches."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json, wrap
from kb_app.core.dto import ConceptDetail

HELP = (
    "parcourir le thésaurus (l'arbre, ou un concept)",
    "browse the thesaurus (tree, or one concept)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "label",
        nargs="?",
        metavar=tr("LIBELLÉ", "LABEL"),
        help=tr(
            "libellé du concept (toute langue, accents facultatifs)",
            "concept label (any language, accents optional)",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.label:
        concept = ctx.library.concept(args.label)
        if ctx.as_json:
            emit_json(concept.to_dict())
        else:
            print_concept(concept)
        return 0
    rows = ctx.library.concept_tree()
    if ctx.as_json:
        emit_json({"concepts": [asdict(r) for r in rows]})
    else:
        for r in rows:
            print(f"{'  ' * r.depth}{r.label} ({r.count_total})")
    return 0


def print_concept(c: ConceptDetail) -> None:
    print(f"{c.label}" + (f"  —  {c.label_en}" if c.label_en else ""))
    if c.alt_labels:
        print(tr("  aussi : ", "  also: ") + ", ".join(c.alt_labels))
    definition = tr(c.definition or "", c.definition_en or c.definition or "")
    if definition:
        print(wrap(definition, indent="  "))
    for title, refs in (
        (tr("Terme(s) générique(s) : ", "Broader term(s): "), c.broader),
        (tr("Termes spécifiques : ", "Narrower terms: "), c.narrower),
        (tr("Termes associés : ", "Related terms: "), c.related),
    ):
        if refs:
            print(title + ", ".join(r.label for r in refs))
    if c.groups:
        print(tr("Groupes : ", "Groups: ") + ", ".join(c.groups))
    print(
        tr(
            f"\nFiches : {c.count_direct} indexée(s) directement, "
            f"{c.count_total} avec les termes spécifiques",
            f"\nFiches: {c.count_direct} indexed directly, {c.count_total} with the narrower terms",
        )
    )
    for f in c.fiches:
        print(f"  [{f.kind}] {f.title} ({f.key})")
    for f, via in c.fiches_via_narrower:
        print(f"  [{f.kind}] {f.title} ({f.key}) — " + tr(f"par « {via} »", f"through « {via} »"))
