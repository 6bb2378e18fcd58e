"""`kb duplicates` lists likely duplicate references; `kb merge KEEP OTHER` merges two fiches."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from kb_app.cli.context import Context
from kb_app.cli.i18n import tr
from kb_app.cli.output import emit_json

HELP = (
    "lister les références qui semblent être la même œuvre (DOI, ISBN, titre + année + auteur)",
    "list references that look like the same work (DOI, ISBN, title + year + author)",
)

REASONS = {
    "doi": ("même DOI", "same DOI"),
    "isbn": ("même ISBN", "same ISBN"),
    "title-year-author": (
        "même titre, année et premier auteur",
        "same title, year and first author",
    ),
    "similar-title": (
        "titre très proche, même année et premier auteur",
        "very similar title, same year and first author",
    ),
}


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    pairs = ctx.library.duplicates()
    if ctx.as_json:
        emit_json({"pairs": [asdict(p) for p in pairs]})
        return 0
    if not pairs:
        print(tr("Aucun doublon probable.", "No likely duplicates."))
    for p in pairs:
        score = tr(f", {p.score:.0f} %", f", {p.score:.0f}%") if p.reason == "similar-title" else ""
        reason = tr(*REASONS.get(p.reason, (p.reason, p.reason)))
        print(f"{p.key_a}  ≈  {p.key_b}  ({reason}{score})")
    return 0
