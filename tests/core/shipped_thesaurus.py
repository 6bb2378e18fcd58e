"""What the shipped seed does with the shipped thesaurus, computed from the files themselves.

Tests that pin « which concepts are unused » compare the library's answer with this one, so
they follow the seed when fiches are re-indexed instead of pinning a list by hand."""

from __future__ import annotations

from collections import Counter
from functools import cache

from kb_app.core.paths import resources_dir
from kb_app.core.seed.loader import SeedBundle, load_bundle
from kb_app.core.storage.concepts import label_index_from_data


@cache
def shipped() -> SeedBundle:
    return load_bundle(resources_dir())


def direct_uses(
    bundle: SeedBundle | None = None, without: frozenset[str] = frozenset()
) -> Counter[str]:
    """Concept key -> number of seed fiches (but those of ``without``) that cite it."""
    bundle = bundle or shipped()
    resolve = label_index_from_data(bundle.thesaurus).resolve
    uses: Counter[str] = Counter()
    for record in (r for r in bundle.fiches if r.key not in without):
        for key in {resolve(label) for label, _ in record.concepts} - {None}:
            assert key is not None
            uses[key] += 1
    return uses


def unused_with_narrower(without: frozenset[str] = frozenset()) -> set[str]:
    """Keys of the concepts no seed fiche (but those of ``without``) cites, neither directly nor
    through a narrower one."""
    bundle = shipped()
    by_uri = {c.uri: c.key for c in bundle.thesaurus.concepts}
    broader = {c.key: {by_uri[b] for b in c.broader} for c in bundle.thesaurus.concepts}
    used: set[str] = set()
    todo = list(direct_uses(bundle, without))
    while todo:
        key = todo.pop()
        if key not in used:
            used.add(key)
            todo += broader[key]
    return set(broader) - used
