"""Write the thesaurus as SKOS Turtle (rdflib, imported lazily).

A concept keeps the URI it was imported with; one created in the library gets a stable URI
built from the library's uid and the concept key. The scheme and the groups
(skos:Collection) live under the same library namespace. broader and narrower, and related,
are written in both directions, so any SKOS tool reads the same graph.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import quote

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.storage.concepts import broader_edges
from kb_app.core.storage.models import (
    Concept,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    ConceptRelated,
    LibraryInfo,
)

BASE = "https://kb-app.invalid/library/"
CONCEPTS, GROUPS = "concept/", "group/"
_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]+")
_LANG = re.compile(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*")


def library_namespace(session: Session) -> str:
    """``https://kb-app.invalid/library/<uid>/``: the namespace of what has no URI of its own."""
    uid = session.scalars(select(LibraryInfo.value).where(LibraryInfo.key == "uid")).first()
    return f"{BASE}{quote(uid or 'local', safe='')}/"


def concept_uri(concept: Concept, namespace: str) -> str:
    if concept.uri and _URI.fullmatch(concept.uri):
        return concept.uri
    return f"{namespace}{CONCEPTS}{quote(concept.key, safe='')}"


def export_skos(session: Session) -> str:
    """The whole thesaurus (concepts, labels, notes, hierarchy, related, groups) as Turtle."""
    import rdflib  # lazy: heavy import
    from rdflib.namespace import RDF, SKOS

    namespace = library_namespace(session)
    graph = rdflib.Graph()
    graph.bind("skos", SKOS)
    graph.bind("dct", rdflib.DCTERMS)
    graph.bind("kbl", rdflib.Namespace(namespace))
    graph.bind("kbc", rdflib.Namespace(namespace + CONCEPTS))
    graph.bind("kbg", rdflib.Namespace(namespace + GROUPS))
    scheme = rdflib.URIRef(f"{namespace}scheme")
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    concepts = list(session.scalars(select(Concept).order_by(Concept.key)))
    nodes = {c.id: rdflib.URIRef(concept_uri(c, namespace)) for c in concepts}
    _bind_imported(graph, [str(n) for n in nodes.values()], namespace)
    for c in concepts:
        _add_concept(graph, c, nodes[c.id], scheme)
    stmt = select(ConceptLabel).order_by(ConceptLabel.concept_id, ConceptLabel.label)
    for label in session.scalars(stmt):
        kind = SKOS.altLabel if label.kind == "alt" else SKOS.hiddenLabel
        graph.add((nodes[label.concept_id], kind, _literal(label.label, label.lang)))
    edges = broader_edges(session)
    for narrower, broader in edges:
        graph.add((nodes[narrower], SKOS.broader, nodes[broader]))
        graph.add((nodes[broader], SKOS.narrower, nodes[narrower]))
    for top in sorted(set(nodes) - {n for n, _ in edges}):
        graph.add((nodes[top], SKOS.topConceptOf, scheme))
        graph.add((scheme, SKOS.hasTopConcept, nodes[top]))
    for a, b in session.execute(select(ConceptRelated.a_id, ConceptRelated.b_id)):
        graph.add((nodes[a], SKOS.related, nodes[b]))
        graph.add((nodes[b], SKOS.related, nodes[a]))
    _add_groups(session, graph, nodes, namespace)
    return str(graph.serialize(format="turtle"))


def _bind_imported(graph: Any, uris: list[str], namespace: str) -> None:
    """Short prefixes (thes, thes2...) for the namespaces imported concepts come from."""
    import rdflib

    spaces = Counter(u[: max(u.rfind("/"), u.rfind("#")) + 1] for u in uris)
    spaces.pop(namespace + CONCEPTS, None)
    for n, (space, _) in enumerate(spaces.most_common(9), start=1):
        if space.startswith(("http://", "https://", "urn:")):
            graph.bind("thes" if n == 1 else f"thes{n}", rdflib.Namespace(space))


def _literal(text: str, lang: str | None) -> Any:
    import rdflib

    return rdflib.Literal(text, lang=lang if lang and _LANG.fullmatch(lang) else None)


def _add_concept(graph: Any, c: Concept, node: Any, scheme: Any) -> None:
    import rdflib
    from rdflib.namespace import DCTERMS, RDF, SKOS

    graph.add((node, RDF.type, SKOS.Concept))
    graph.add((node, SKOS.inScheme, scheme))
    graph.add((node, SKOS.prefLabel, _literal(c.pref_fr, "fr")))
    if c.pref_en:
        graph.add((node, SKOS.prefLabel, _literal(c.pref_en, "en")))
    if c.definition:
        graph.add((node, SKOS.definition, _literal(c.definition, "fr")))
    if c.definition_en:
        graph.add((node, SKOS.definition, _literal(c.definition_en, "en")))
    if c.scope_note:
        graph.add((node, SKOS.scopeNote, _literal(c.scope_note, "fr")))
    for source in c.sources or []:
        value = rdflib.URIRef(source) if _URI.fullmatch(source) else rdflib.Literal(source)
        graph.add((node, DCTERMS.source, value))


def _add_groups(session: Session, graph: Any, nodes: dict[int, Any], namespace: str) -> None:
    import rdflib
    from rdflib.namespace import RDF, SKOS

    members: dict[int, list[int]] = {}
    stmt = select(ConceptGroupMember.group_id, ConceptGroupMember.concept_id)
    for gid, cid in session.execute(stmt.order_by(ConceptGroupMember.concept_id)):
        members.setdefault(gid, []).append(cid)
    for group in session.scalars(select(ConceptGroup).order_by(ConceptGroup.key)):
        node = rdflib.URIRef(f"{namespace}{GROUPS}{quote(group.key, safe='')}")
        graph.add((node, RDF.type, SKOS.Collection))
        graph.add((node, SKOS.prefLabel, _literal(group.label_fr, "fr")))
        if group.label_en:
            graph.add((node, SKOS.prefLabel, _literal(group.label_en, "en")))
        for cid in members.get(group.id, []):
            graph.add((node, SKOS.member, nodes[cid]))
