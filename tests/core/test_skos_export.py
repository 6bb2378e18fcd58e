"""SKOS export: the seeded thesaurus round-trips through Turtle; so does a thesaurus after
random maintenance operations (Hypothesis), hostile labels included."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.errors import UserError
from kb_app.core.library import Library
from kb_app.core.paths import resources_dir
from kb_app.core.storage.concepts import broader_edges
from kb_app.core.storage.models import (
    Concept,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
)
from kb_app.core.thesaurus import maintenance as m
from kb_app.core.thesaurus import ops
from kb_app.core.thesaurus.graph import find_cycle
from kb_app.core.thesaurus.ops import add_concept
from kb_app.core.thesaurus.skos import ThesaurusData, load_skos
from kb_app.core.thesaurus.skos_export import concept_uri, export_skos, library_namespace

View = dict[str, tuple[Any, ...]]


def exported(session: Session, tmp_path: Path) -> ThesaurusData:
    path = tmp_path / "export.ttl"
    path.write_text(export_skos(session), encoding="utf-8")
    return load_skos(path)


def file_view(data: ThesaurusData) -> tuple[View, dict[str, tuple[Any, ...]]]:
    concepts = {
        c.uri: (
            c.pref_fr,
            c.pref_en,
            tuple(sorted(c.alt_labels)),
            tuple(sorted(c.hidden_labels)),
            c.definition,
            c.definition_en,
            c.scope_note,
            tuple(sorted(c.sources)),
            tuple(sorted(c.broader)),
            tuple(sorted(c.related)),
        )
        for c in data.concepts
    }
    groups = {g.key: (g.label_fr, g.label_en, tuple(sorted(g.members))) for g in data.groups}
    return concepts, groups


def db_view(s: Session) -> tuple[View, dict[str, tuple[Any, ...]]]:
    """The same shape as ``file_view``, read from the tables."""
    ns = library_namespace(s)
    rows = list(s.scalars(select(Concept)))
    uri = {c.id: concept_uri(c, ns) for c in rows}
    labels: dict[tuple[int, str], list[tuple[str, str]]] = {}
    for lb in s.scalars(select(ConceptLabel)):
        labels.setdefault((lb.concept_id, lb.kind), []).append((lb.label, lb.lang))
    up: dict[int, list[str]] = {}
    for n, b in broader_edges(s):
        up.setdefault(n, []).append(uri[b])
    rel: dict[int, list[str]] = {}
    for a, b in s.execute(select(ConceptRelated.a_id, ConceptRelated.b_id)):
        rel.setdefault(a, []).append(uri[b])
        rel.setdefault(b, []).append(uri[a])
    concepts = {
        uri[c.id]: (
            c.pref_fr,
            c.pref_en,
            tuple(sorted(labels.get((c.id, "alt"), []))),
            tuple(sorted(labels.get((c.id, "hidden"), []))),
            c.definition,
            c.definition_en,
            c.scope_note,
            tuple(sorted(c.sources or [])),
            tuple(sorted(up.get(c.id, []))),
            tuple(sorted(rel.get(c.id, []))),
        )
        for c in rows
    }
    members: dict[int, list[str]] = {}
    for gid, cid in s.execute(select(ConceptGroupMember.group_id, ConceptGroupMember.concept_id)):
        members.setdefault(gid, []).append(uri[cid])
    groups = {
        g.key: (g.label_fr, g.label_en, tuple(sorted(members.get(g.id, []))))
        for g in s.scalars(select(ConceptGroup))
    }
    return concepts, groups


def test_the_seeded_thesaurus_round_trips(library: Library, tmp_path: Path) -> None:
    original = file_view(load_skos(resources_dir() / "thesaurus" / "thesaurus.ttl"))
    with Session(library.engine) as s:
        text = export_skos(s)
        again = file_view(exported(s, tmp_path))
    assert len(original[0]) == 95
    assert len(original[1]) == 8  # six facets and the atlas's two axes
    assert all(view[5] for view in original[0].values())  # English definitions kept
    assert again == original
    assert text.count("skos:topConceptOf") == 8  # the scheme's 8 top concepts
    assert "@prefix thes: <https://kb-app.invalid/thesaurus/>" in text


def test_broader_narrower_and_related_are_written_both_ways(
    library: Library, tmp_path: Path
) -> None:
    import rdflib
    from rdflib.namespace import RDF, SKOS

    with Session(library.engine) as s:
        graph = rdflib.Graph().parse(data=export_skos(s), format="turtle")
        edges = set(broader_edges(s))
        related = s.scalars(select(ConceptRelated)).all()
    broader = {(str(a), str(b)) for a, _, b in graph.triples((None, SKOS.broader, None))}
    narrower = {(str(b), str(a)) for a, _, b in graph.triples((None, SKOS.narrower, None))}
    assert broader == narrower
    shipped = load_skos(resources_dir() / "thesaurus" / "thesaurus.ttl").concepts
    assert len(broader) == len(edges) == sum(len(c.broader) for c in shipped) == 87
    related_pairs = {frozenset((c.uri, r)) for c in shipped for r in c.related}
    triples = list(graph.triples((None, SKOS.related, None)))
    assert len(triples) == 2 * len(related) == 2 * len(related_pairs)
    scheme = next(graph.subjects(RDF.type, SKOS.ConceptScheme))
    assert str(scheme).startswith("https://kb-app.invalid/library/")
    in_scheme = set(graph.subjects(SKOS.inScheme, scheme))
    assert len(in_scheme) == len(shipped)
    assert set(graph.objects(scheme, SKOS.hasTopConcept)) == set(
        graph.subjects(SKOS.topConceptOf, scheme)
    )


HOSTILE = [
    "guillemets \"doubles\" et 'simples'",
    "triple \"\"\" et ''' fin",
    "barre \\ oblique \\n littérale",
    "deux\nlignes",
    "« Œconomie » d’après l’œuvre",
    'fin par un guillemet"',
    "<script>alert(1)</script> & @en",
]


def test_hostile_labels_and_new_concepts_round_trip(library: Library, tmp_path: Path) -> None:
    with Session(library.engine) as s:  # never committed: closing rolls back
        made = [add_concept(s, label, label[::-1], label, ["ong"]) for label in HOSTILE]
        m.merge_concepts(s, made[-1].key, made[0].key)
        m.rename_concept(s, made[1].key, 'renommé « avec » "tout"', None)
        concepts, groups = db_view(s)
        data = exported(s, tmp_path)
        assert file_view(data) == (concepts, groups)
        ns = library_namespace(s)
        uid = s.scalar(select(Concept.uri).where(Concept.key == made[0].key))
    assert uid is None
    new = {c.uri: c for c in data.concepts if c.uri.startswith(ns)}
    assert len(new) == len(HOSTILE) - 1
    record = new[f"{ns}concept/{made[0].key}"]
    assert record.key == made[0].key  # the generated URI gives back the library key
    assert record.pref_fr == HOSTILE[0]
    assert (HOSTILE[-1], "fr") in record.alt_labels  # merged in


def test_the_generated_uri_is_stable(library: Library) -> None:
    with Session(library.engine) as s:  # never committed: closing rolls back
        add_concept(s, "concept sans URI", None, None, [])
        first = export_skos(s)
        second = export_skos(s)
        ns = library_namespace(s)
    assert first == second
    assert f"@prefix kbc: <{ns}concept/> ." in first
    assert "kbc:concept-sans-uri a skos:Concept" in first


# -- property: whatever the operations, the export says what the database holds -------------

label_text = st.text(
    alphabet=st.sampled_from(list("aéèçœÉ Z'\"«»’\\-\n1")), min_size=1, max_size=14
).filter(lambda t: t.strip() == t and t.strip())
index = st.integers(min_value=0, max_value=200)
operation = st.one_of(
    st.tuples(st.just("add"), label_text, st.lists(index, max_size=2)),
    st.tuples(st.just("rename"), index, label_text, st.none() | label_text),
    st.tuples(st.just("merge"), index, index),
    st.tuples(st.just("move"), index, st.lists(index, max_size=3)),
    st.tuples(st.just("relate"), index, index),
    st.tuples(st.just("delete"), st.integers(min_value=0, max_value=3)),  # newest first
)


def _apply(s: Session, op: tuple[Any, ...]) -> None:
    keys = list(s.scalars(select(Concept.key).order_by(Concept.id.desc())))

    def key(i: int) -> str:
        return keys[i % len(keys)]

    actions: dict[str, Callable[[], object]] = {
        "add": lambda: add_concept(s, op[1], None, op[1], [key(i) for i in op[2]]),
        "rename": lambda: m.rename_concept(s, key(op[1]), op[2], op[3]),
        "merge": lambda: m.merge_concepts(s, key(op[1]), key(op[2])),
        "move": lambda: m.move_concept(s, key(op[1]), [key(i) for i in op[2]]),
        "relate": lambda: ops.relate_concepts(s, key(op[1]), key(op[2])),
        "delete": lambda: m.delete_concept(s, key(op[1])),
    }
    with s.begin_nested():
        actions[op[0]]()
    event(f"{op[0]} applied")  # --hypothesis-show-statistics: how many were not refused


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(ops=st.lists(operation, min_size=1, max_size=6))
def test_export_matches_the_database_after_any_operations(
    library: Library, tmp_path: Path, ops: list[tuple[Any, ...]]
) -> None:
    # Each example works in a transaction that closing the session rolls back: the library
    # stays pristine from one example to the next.
    with Session(library.engine) as s:  # never committed: closing rolls back
        for op in ops:
            with suppress(UserError):  # a refused operation: its savepoint is rolled back
                _apply(s, op)
        assert find_cycle(broader_edges(s)) is None
        assert file_view(exported(s, tmp_path)) == db_view(s)


@pytest.mark.parametrize("uri", ["not a uri", "http://x/<y>", ""])
def test_an_unusable_stored_uri_is_replaced(library: Library, uri: str) -> None:
    with Session(library.engine) as s:  # never committed: closing rolls back
        row = s.scalars(select(Concept).where(Concept.key == "ong")).one()
        row.uri = uri or None
        s.flush()
        text = export_skos(s)
        ns = library_namespace(s)
    assert "kbc:ong a skos:Concept" in text
    assert ns + "concept/" in text
    if uri:
        assert uri not in text
