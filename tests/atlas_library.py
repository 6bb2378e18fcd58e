"""A small library for the atlas and glossary tests: the thesaurus of tests/data/atlas and
five fiches indexed on its axes, one of them in the trash."""

from __future__ import annotations

from pathlib import Path

from kb_app.core.dto import FicheDraft
from kb_app.core.library import Library

DATA = Path(__file__).parent / "data" / "atlas"
SOCIETE, ECONOMIE, FLUX = "composante-societe", "composante-economie", "composante-flux"
LEGITIMITE, COOPERATION = "angle-legitimite", "angle-cooperation-partenariat"

#: (kind, title, concepts): « alpha » sorts before « Bêta » in French, after it in bytes.
FICHES = {
    "beta": (
        "analysis",
        "Bêta",
        ("Société et territoire", "Légitimité et enracinement des pouvoirs"),
    ),
    "alpha": (
        "analysis",
        "alpha",
        (
            "Société et territoire",
            "Légitimité et enracinement des pouvoirs",
            "Coopération et partenariat entre acteurs",
            "écocité",
        ),
    ),
    "gamma": (
        "analysis",
        "Gamma",
        ("Économie et territoire", "Coopération et partenariat entre acteurs", "écocité"),
    ),
    "delta": (
        "analysis",
        "Delta",
        ("Société et territoire", "Légitimité et enracinement des pouvoirs"),
    ),
    "epsilon": ("analysis", "Epsilon", ("Flux", "Eau")),
}
TRASHED = "delta"


def build(folder: Path, resources: Path) -> dict[str, str]:
    """Create the library in ``folder`` (``resources``: an empty scratch folder); returns the
    keys the fiches got, by name."""
    (resources / "thesaurus").mkdir(parents=True)
    (resources / "seed").mkdir()
    (resources / "thesaurus" / "thesaurus.ttl").write_bytes((DATA / "thesaurus.ttl").read_bytes())
    keys = {}
    with Library(folder, seed_resources=resources) as lib:
        for name, (kind, title, concepts) in FICHES.items():
            keys[name] = lib.add(FicheDraft(kind=kind, title=title, concepts=concepts)).key
        lib.delete(keys[TRASHED])
    return keys
