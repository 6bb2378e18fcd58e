"""`kb atlas`: the relational atlas, components of the territory × angles of governance."""

from __future__ import annotations

import argparse
import string

from kb_app.cli.context import Context
from kb_app.cli.i18n import language, tr
from kb_app.cli.output import emit_json
from kb_app.core.dto import Atlas, AxisEntry

HELP = (
    "l'atlas relationnel : composantes du territoire × angles de la gouvernance",
    "the relational atlas: components of the territory × angles of governance",
)
ROW_WIDTH = 48  # the components' names are cut to this width in the matrix
CELL_WIDTH = 4


def configure(parser: argparse.ArgumentParser) -> None:
    del parser


def run(ctx: Context, args: argparse.Namespace) -> int:
    del args
    atlas = ctx.library.atlas()
    if ctx.as_json:
        emit_json(atlas.to_dict())
        return 0
    print_atlas(atlas)
    return 0


def name(entry: AxisEntry) -> str:
    """The entry's label in the user's language (French when it has no English one)."""
    return entry.label_en if language() == "en" and entry.label_en else entry.label


def letter(position: int) -> str:
    return string.ascii_uppercase[position - 1] if position <= 26 else str(position)


def print_atlas(atlas: Atlas) -> None:
    if atlas.missing_axes:
        print(
            tr(
                "Ce thésaurus n'a pas les axes de l'atlas (collections manquantes : {}).",
                "This thesaurus lacks the atlas's axes (missing collections: {}).",
            ).format(", ".join(atlas.missing_axes))
        )
        if not (atlas.components and atlas.angles):
            return
    print(
        tr(
            "Atlas relationnel : composantes du territoire (lignes) × angles de la "
            "gouvernance (colonnes), nombre de fiches",
            "Relational atlas: components of the territory (rows) × angles of governance "
            "(columns), number of fiches",
        )
    )
    print()
    head = " " * (ROW_WIDTH + 4) + "".join(
        f"{letter(a.position):>{CELL_WIDTH}}" for a in atlas.angles
    )
    print(head)
    counts = {(c.component, c.angle): c.count for c in atlas.cells}
    for component in atlas.components:
        label = name(component)
        if len(label) > ROW_WIDTH:
            label = label[: ROW_WIDTH - 1] + "…"
        cells = "".join(
            f"{counts.get((component.key, a.key), 0) or '·':>{CELL_WIDTH}}" for a in atlas.angles
        )
        print(f"{component.position:>2}  {label:<{ROW_WIDTH}}{cells}")
    print()
    for angle in atlas.angles:
        print(f"  {letter(angle.position)}  {name(angle)} ({angle.count})")
