"""`kb duplicates` lists likely duplicate references; `kb merge KEEP OTHER` merges two fiches."""

from __future__ import annotations

import argparse
from dataclasses import asdict

from kb_app.cli.context import Context
from kb_app.cli.i18n import say_word, tr
from kb_app.cli.output import emit_json

HELP = (
    "lister les références qui sont ou semblent être la même œuvre (même DOI, même ISBN et "
    "titre, entrée identique ; titres proches du même auteur et de la même année)",
    "list references that are or look like the same work (same DOI, same ISBN and title, "
    "identical entry; close titles by the same author the same year)",
)


def configure(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--not-duplicate",
        nargs=2,
        metavar=("A", "B"),
        help=tr(
            "noter que ces deux fiches sont deux œuvres : la paire n'est plus listée",
            "record that these two fiches are two works: the pair is no longer listed",
        ),
    )


def run(ctx: Context, args: argparse.Namespace) -> int:
    if args.not_duplicate:
        key_a, key_b = args.not_duplicate
        ctx.library.not_duplicate(key_a, key_b)
        if ctx.as_json:
            emit_json({"not_duplicate": [key_a, key_b]})
        else:
            print(
                tr(
                    f"« {key_a} » et « {key_b} » : deux œuvres, la paire n'est plus listée.",
                    f"« {key_a} » and « {key_b} »: two works, the pair is no longer listed.",
                )
            )
        return 0
    pairs = ctx.library.duplicates()
    if ctx.as_json:
        emit_json({"pairs": [asdict(p) for p in pairs]})
        return 0
    if not pairs:
        print(tr("Aucun doublon probable.", "No likely duplicates."))
    for p in pairs:
        score = tr(f", {p.score:.0f} %", f", {p.score:.0f}%") if p.reason == "similar-title" else ""
        print(f"{p.key_a}  ≈  {p.key_b}  ({say_word('reason', p.reason)}{score})")
    return 0
