"""Facet counts the window shows as trees: concepts with their narrower concepts included,
and matches by year.

Both search paths (Whoosh columns, the SQL fallback) give the concept sets of the matching
fiches; the counting is here once. A fiche indexed with several concepts under the same
broader one counts once for that broader concept.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import Any

from kb_app.core.text import fold


def concept_tree(
    concept_sets: Iterable[tuple[int, ...]],
    children: Mapping[int, Iterable[int]],
    key_of: Mapping[int, str],
    label_of: Mapping[int, str],
) -> list[dict[str, Any]]:
    """Depth-first rows ``{key, label, depth, direct, total}`` of the concepts reached by the
    matches: ``direct`` fiches are indexed with the concept itself, ``total`` with it or any
    narrower concept. A concept with several broader ones appears under each. Siblings come
    by decreasing total, then by label."""
    parents: dict[int, set[int]] = {}
    for parent, kids in children.items():
        for kid in kids:
            parents.setdefault(kid, set()).add(parent)
    direct, total = _counts(concept_sets, parents, key_of)

    def ordered(ids: Iterable[int]) -> list[int]:
        present = [i for i in ids if total[i] > 0]
        return sorted(present, key=lambda i: (-total[i], fold(label_of.get(i, "")), i))

    rows: list[dict[str, Any]] = []
    roots = [c for c in total if parents.get(c, set()).isdisjoint(total)]
    stack = [(c, 0, frozenset[int]()) for c in reversed(ordered(roots))]
    while stack:
        cid, depth, path = stack.pop()
        key = key_of[cid]
        label = label_of.get(cid, key)
        rows.append(
            {"key": key, "label": label, "depth": depth, "direct": direct[cid], "total": total[cid]}
        )
        below = [k for k in children.get(cid, ()) if k not in path and k != cid]
        stack += [(k, depth + 1, path | {cid}) for k in reversed(ordered(below))]
    return rows


def _counts(
    concept_sets: Iterable[tuple[int, ...]],
    parents: Mapping[int, set[int]],
    key_of: Mapping[int, str],
) -> tuple[Counter[int], Counter[int]]:
    """``(direct, total)`` fiche counts by concept id."""
    above: dict[int, frozenset[int]] = {}

    def ancestors(cid: int) -> frozenset[int]:
        """The concept and every broader one (acyclic graph; a cycle is cut, not followed)."""
        found = above.get(cid)
        if found is None:
            seen = {cid}
            stack = list(parents.get(cid, ()))
            while stack:
                node = stack.pop()
                if node not in seen:
                    seen.add(node)
                    stack.extend(parents.get(node, ()))
            found = above[cid] = frozenset(seen)
        return found

    direct: list[int] = []  # a concept id once for each fiche: counted at the end, in C
    total: list[int] = []
    for concepts, times in Counter(concept_sets).items():  # many fiches share one set
        if len(concepts) == 1:
            reached: Iterable[int] = ancestors(concepts[0]) if concepts[0] in key_of else ()
            known: Iterable[int] = (concepts[0],) if reached else ()
        else:
            known = [c for c in set(concepts) if c in key_of]
            reached = frozenset().union(*map(ancestors, known))
        direct.extend(known if times == 1 else [*known] * times)
        total.extend(reached if times == 1 else [*reached] * times)
    totals = Counter(total)
    for cid in [c for c in totals if c not in key_of]:  # a broader concept since removed
        del totals[cid]
    return Counter(direct), totals


def year_counts(years: Iterable[int | None]) -> dict[int, int]:
    """Matches by year (fiches without a year left out), most recent first."""
    counts = Counter(y for y in years if y)
    return dict(sorted(counts.items(), reverse=True))
