"""The atlas (components × angles) and the glossary, on the small library of tests/atlas_library."""

from __future__ import annotations

from pathlib import Path

import pytest

from kb_app.core.library import Library
from tests.atlas_library import (
    COOPERATION,
    ECONOMIE,
    FLUX,
    LEGITIMITE,
    SOCIETE,
    build,
)


@pytest.fixture
def atlas_lib(tmp_path: Path):
    keys = build(tmp_path / "lib", tmp_path / "res")
    lib = Library.open(tmp_path / "lib")
    lib.keys = keys  # type: ignore[attr-defined]
    try:
        yield lib
    finally:
        lib.close()


def test_axes_in_citego_order_with_counts(atlas_lib: Library) -> None:
    atlas = atlas_lib.atlas()
    assert [c.key for c in atlas.components] == [SOCIETE, ECONOMIE, FLUX]
    assert [c.position for c in atlas.components] == [1, 2, 3]
    assert [a.key for a in atlas.angles] == [LEGITIMITE, COOPERATION]
    assert atlas.components[0].label == "Société et territoire"
    assert atlas.components[0].label_en == "Society and territory"
    # the trashed fiche does not count: société has alpha and Bêta only
    assert [c.count for c in atlas.components] == [2, 1, 1]
    assert [a.count for a in atlas.angles] == [2, 2]
    assert atlas.missing_axes == ()


def test_cells_cross_both_axes_sorted_by_title_trash_excluded(atlas_lib: Library) -> None:
    atlas = atlas_lib.atlas()
    keys = atlas_lib.keys  # type: ignore[attr-defined]
    assert len(atlas.cells) == 3 * 2  # every crossing, the empty ones too
    cell = atlas.cell(SOCIETE, LEGITIMITE)
    assert cell is not None
    assert cell.keys == (keys["alpha"], keys["beta"])  # French order, not byte order
    assert cell.count == 2
    assert atlas.cell(SOCIETE, COOPERATION).keys == (keys["alpha"],)  # type: ignore[union-attr]
    assert atlas.cell(ECONOMIE, COOPERATION).keys == (keys["gamma"],)  # type: ignore[union-attr]
    assert atlas.cell(ECONOMIE, LEGITIMITE).count == 0  # type: ignore[union-attr]
    assert atlas.cell(FLUX, LEGITIMITE).count == 0  # type: ignore[union-attr]  # no angle


def test_restored_fiche_counts_again(atlas_lib: Library) -> None:
    keys = atlas_lib.keys  # type: ignore[attr-defined]
    atlas_lib.restore(keys["delta"])
    cell = atlas_lib.atlas().cell(SOCIETE, LEGITIMITE)
    assert cell is not None
    assert cell.keys == (keys["alpha"], keys["beta"], keys["delta"])


def test_thesaurus_without_axes(tmp_path: Path) -> None:
    res = tmp_path / "res"
    (res / "thesaurus").mkdir(parents=True)
    (res / "seed").mkdir()
    (res / "thesaurus" / "thesaurus.ttl").write_text(
        "@prefix skos: <http://www.w3.org/2004/02/skos/core#> .\n"
        "@prefix kbt: <https://kb-app.invalid/thesaurus/> .\n"
        'kbt:eau a skos:Concept ; skos:prefLabel "eau"@fr .\n',
        encoding="utf-8",
    )
    with Library(tmp_path / "lib", seed_resources=res) as lib:
        atlas = lib.atlas()
    assert (atlas.components, atlas.angles, atlas.cells) == ((), (), ())
    assert atlas.missing_axes == ("axe-composantes", "axe-angles")
    assert atlas.to_dict()["missing_axes"] == ["axe-composantes", "axe-angles"]


def test_glossary_in_french_order_with_letters_and_fiches(atlas_lib: Library) -> None:
    glossary = atlas_lib.glossary()
    labels = [e.label for e in glossary.entries]
    eau_to_flux = [x for x in labels if x[0].casefold() in "eéf"]
    assert eau_to_flux == ["Eau", "écocité", "Économie et territoire", "Flux"]
    assert labels[0] == "Agenda 21"
    assert labels[-1] == "zone"
    assert labels.index("œuvre") < labels.index("Société et territoire")
    assert glossary.letters[:3] == ("A", "C", "E")
    assert "É" not in glossary.letters  # filed under E
    by_label = {e.label: e for e in glossary.entries}
    keys = atlas_lib.keys  # type: ignore[attr-defined]
    eco = by_label["écocité"]
    assert [f.key for f in eco.fiches] == [keys["alpha"], keys["gamma"]]
    assert eco.count == 2
    societe = by_label["Société et territoire"]
    assert keys["delta"] not in [f.key for f in societe.fiches]  # trashed
    assert societe.definition == "Les habitants et leurs liens."
    assert societe.definition_en == "The inhabitants and their ties."
    assert by_label["Économie et territoire"].alt_labels == (
        "Économie locale",
        "économie territoriale",
    )
    assert by_label["Eau"].label_en == "Water"
    assert by_label["zone"].count == 0
