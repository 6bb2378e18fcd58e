"""Pure graph helpers over broader links: cycles and transitive closure."""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from typing import TypeVar

N = TypeVar("N", bound=Hashable)


def children_map(edges: Iterable[tuple[N, N]]) -> dict[N, set[N]]:
    """``{broader: {narrower, ...}}`` from ``(narrower, broader)`` pairs."""
    result: dict[N, set[N]] = {}
    for narrower, broader in edges:
        result.setdefault(broader, set()).add(narrower)
    return result


def find_cycle(edges: Iterable[tuple[N, N]]) -> list[N] | None:
    """A cycle in the directed graph ``narrower -> broader`` as a node path, or None.

    Iterative depth-first search: no recursion limit on deep or hostile thesauri.
    """
    graph: dict[N, list[N]] = {}
    for narrower, broader in edges:
        graph.setdefault(narrower, []).append(broader)
        graph.setdefault(broader, [])
    state: dict[N, int] = {}  # 1 = on the current path, 2 = done
    for start in graph:
        if state.get(start):
            continue
        path: list[N] = [start]
        iters = [iter(graph[start])]
        state[start] = 1
        while iters:
            nxt = next(iters[-1], None)
            if nxt is None:
                state[path.pop()] = 2
                iters.pop()
                continue
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if not state.get(nxt):
                state[nxt] = 1
                path.append(nxt)
                iters.append(iter(graph[nxt]))
    return None


def descendants(root: N, children: Mapping[N, Iterable[N]]) -> set[N]:
    """Every node below ``root`` (not including it)."""
    seen: set[N] = set()
    stack = list(children.get(root, ()))
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        stack.extend(children.get(node, ()))
    return seen
