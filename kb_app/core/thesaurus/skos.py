"""Read a SKOS thesaurus (Turtle or RDF/XML) into plain records, checked.

rdflib is imported lazily (about 180 ms). RDF/XML with a DOCTYPE or ENTITY declaration is
refused before parsing (entity expansion bombs, external entities). broader/narrower and
related are made symmetric here: rdflib does not enforce it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from kb_app.core.errors import Problem, SeedError
from kb_app.core.text import fold, slugify
from kb_app.core.thesaurus.graph import find_cycle

MAX_LABEL = 300  # the width of the label columns (as the thesaurus editor enforces)
_DTD = re.compile(rb"<!\s*(DOCTYPE|ENTITY)", re.IGNORECASE)


@dataclass(frozen=True)
class ConceptRecord:
    uri: str
    key: str
    pref_fr: str
    pref_en: str | None
    alt_labels: tuple[tuple[str, str], ...]  # (label, lang)
    hidden_labels: tuple[tuple[str, str], ...]
    definition: str | None
    scope_note: str | None
    sources: tuple[str, ...]
    broader: tuple[str, ...]  # uris
    related: tuple[str, ...]  # uris
    line: int | None = None
    pref_other: str | None = None  # a prefLabel in another language (lenient imports)
    definition_en: str | None = None


@dataclass(frozen=True)
class GroupRecord:
    uri: str
    key: str
    label_fr: str
    label_en: str | None
    members: tuple[str, ...]  # concept uris


@dataclass(frozen=True)
class ThesaurusData:
    concepts: tuple[ConceptRecord, ...]
    groups: tuple[GroupRecord, ...] = field(default=())
    warnings: tuple[Problem, ...] = field(default=())  # lenient loads only
    skipped: tuple[Problem, ...] = field(default=())  # concepts left out (lenient loads only)


def load_skos(path: Path, *, lenient: bool = False) -> ThesaurusData:
    """Parse and check a thesaurus file; raise SeedError listing every problem.

    ``lenient`` (imports of other people's thesauri): a concept without a French prefLabel
    takes its label in another language, one without any label is left out, a clashing label
    is made unique, a link to an unknown concept is dropped — each with a located warning.
    A cycle, invalid syntax or a DOCTYPE still refuse the whole file."""
    raw = path.read_bytes()
    fmt = "xml" if path.suffix.lower() in (".rdf", ".xml", ".owl") else "turtle"
    plain = raw.replace(b"\x00", b"")  # UTF-16/32 without a BOM must not hide a DOCTYPE
    dtd = _DTD.search(plain) if fmt == "xml" else None  # Turtle has no DTD
    if dtd:
        line = plain.count(b"\n", 0, dtd.start()) + 1
        problem = Problem(str(path), "skos.doctype_refused", line)
        raise SeedError("skos.doctype", [problem], name=str(path))
    from kb_app.core.interchange.decoding import decode

    decoded = decode(raw, str(path))  # BOM, UTF-16, strict UTF-8 with the line, NUL removed
    import rdflib  # lazy: heavy import

    graph = rdflib.Graph()
    try:  # XML declares its own encoding: expat reads the bytes; Turtle is UTF-8 text
        graph.parse(data=raw if fmt == "xml" else decoded.text, format=fmt)
    except Exception as exc:  # rdflib raises many unrelated types on bad syntax
        where_line = _line_from_message(str(exc))
        syntax = {"detail": (str(exc).splitlines() or [type(exc).__name__])[0]}
        problem = Problem(str(path), "skos.syntax", where_line, syntax)
        raise SeedError("skos.invalid_syntax", [problem], name=str(path), syntax=fmt) from exc
    records = _records(graph, decoded.text)
    data = _lenient(path, records) if lenient else _check(path, records)
    return replace(data, warnings=(*decoded.warnings, *data.warnings))


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


_TOKEN = re.compile(r"^([ \t]*)(<[^>\s]+>|[\w-]*:[\w.-]+)", re.MULTILINE)


def _line_table(text: str) -> tuple[dict[str, int], dict[str, int]]:
    """Lines where each term starts a line (subjects) and where it first appears indented.

    One pass over the file: looking each concept up afterwards is O(1), so a 100,000-concept
    thesaurus does not rescan the file for every concept."""
    subjects: dict[str, int] = {}
    indented: dict[str, int] = {}
    line, last = 1, 0
    for m in _TOKEN.finditer(text):
        line += text.count("\n", last, m.start())
        last = m.start()
        table = indented if m.group(1) else subjects
        term = m.group(2)
        table.setdefault(term if term.startswith("<") else "~" + term.split(":", 1)[1], line)
    return subjects, indented


def _line_of(lines: tuple[dict[str, int], dict[str, int]], uri: str) -> int | None:
    local = re.split(r"[/#]", uri)[-1]
    for table in lines:
        found = table.get(f"<{uri}>") or table.get("~" + local)
        if found is not None:
            return found
    return None


def _literals(graph: Any, subject: Any, predicate: Any) -> list[tuple[str, str]]:
    return [
        (str(obj).strip(), getattr(obj, "language", None) or "")
        for obj in graph.objects(subject, predicate)
    ]


def _first(values: list[tuple[str, str]], lang: str) -> str | None:
    matches = sorted(v for v, lg in values if lg == lang)
    return matches[0] if matches else None


def _records(graph: Any, text: str) -> tuple[list[ConceptRecord], list[GroupRecord]]:
    from rdflib.namespace import DCTERMS, RDF, SKOS

    concepts: list[ConceptRecord] = []
    lines = _line_table(text)
    uris = sorted(str(s) for s in graph.subjects(RDF.type, SKOS.Concept))
    broader: dict[str, set[str]] = {u: set() for u in uris}
    related: dict[str, set[str]] = {u: set() for u in uris}
    for s, _, o in graph.triples((None, SKOS.broader, None)):
        broader.setdefault(str(s), set()).add(str(o))
    for s, _, o in graph.triples((None, SKOS.narrower, None)):
        broader.setdefault(str(o), set()).add(str(s))
    for s, _, o in graph.triples((None, SKOS.related, None)):
        related.setdefault(str(s), set()).add(str(o))
        related.setdefault(str(o), set()).add(str(s))
    for uri in uris:
        node = graph.resource(uri).identifier
        prefs = _literals(graph, node, SKOS.prefLabel)
        definitions = _literals(graph, node, SKOS.definition)
        concepts.append(
            ConceptRecord(
                uri=uri,
                key=slugify(re.split(r"[/#]", uri)[-1]),
                pref_fr=_first(prefs, "fr") or "",
                pref_en=_first(prefs, "en"),
                alt_labels=tuple(sorted(_literals(graph, node, SKOS.altLabel))),
                hidden_labels=tuple(sorted(_literals(graph, node, SKOS.hiddenLabel))),
                definition=_first(definitions, "fr"),
                scope_note=_first(_literals(graph, node, SKOS.scopeNote), "fr"),
                sources=tuple(sorted(str(o) for o in graph.objects(node, DCTERMS.source))),
                broader=tuple(sorted(broader.get(uri, ()))),
                related=tuple(sorted(related.get(uri, set()) - {uri})),
                line=_line_of(lines, uri),
                pref_other=_first(prefs, "") or _first(prefs, "en") or min(prefs, default=("",))[0],
                definition_en=_first(definitions, "en"),
            )
        )
    groups = []
    for g in sorted(str(s) for s in graph.subjects(RDF.type, SKOS.Collection)):
        node = graph.resource(g).identifier
        labels = _literals(graph, node, SKOS.prefLabel)
        groups.append(
            GroupRecord(
                uri=g,
                key=slugify(re.split(r"[/#]", g)[-1]),
                label_fr=_first(labels, "fr") or slugify(g),
                label_en=_first(labels, "en"),
                members=tuple(sorted(str(m) for m in graph.objects(node, SKOS.member))),
            )
        )
    return concepts, groups


def _check(path: Path, parsed: tuple[list[ConceptRecord], list[GroupRecord]]) -> ThesaurusData:
    concepts, groups = parsed
    where = str(path)
    problems: list[Problem] = []
    known = {c.uri for c in concepts}
    seen_pref: dict[str, str] = {}
    for c in concepts:
        if not c.pref_fr:
            problems.append(Problem(where, "skos.no_french_label", c.line, {"uri": c.uri}))
            continue
        other = seen_pref.setdefault(fold(c.pref_fr), c.uri)
        if other != c.uri:
            clash = {"label": c.pref_fr, "first": other, "uri": c.uri}
            problems.append(Problem(where, "skos.label_clash", c.line, clash))
        for target in (*c.broader, *c.related):
            if target not in known:
                unknown = {"uri": c.uri, "target": target}
                problems.append(Problem(where, "skos.unknown_link", c.line, unknown))
    cycle = find_cycle((c.uri, b) for c in concepts for b in c.broader)
    if cycle:
        names = {"cycle": " -> ".join(cycle)}
        problems.append(Problem(where, "skos.cycle", _line_of_cycle(concepts, cycle), names))
    for g in groups:
        for m in g.members:
            if m not in known:
                member = {"group": g.uri, "member": m}
                problems.append(Problem(where, "skos.unknown_member", None, member))
    if problems:
        raise SeedError("skos.not_loaded", problems, name=str(path))
    return ThesaurusData(tuple(concepts), tuple(groups))


def _line_of_cycle(concepts: list[ConceptRecord], cycle: list[str]) -> int | None:
    lines = {c.uri: c.line for c in concepts}
    return lines.get(cycle[0])


def _lenient(path: Path, parsed: tuple[list[ConceptRecord], list[GroupRecord]]) -> ThesaurusData:
    where = str(path)
    warnings: list[Problem] = []
    skipped: list[Problem] = []
    kept: list[ConceptRecord] = []
    seen: set[str] = set()
    for c in parsed[0]:
        label = c.pref_fr or c.pref_other or ""
        if not label:
            skipped.append(Problem(where, "skos.no_label", c.line, {"uri": c.uri}))
            continue
        if len(label) > MAX_LABEL:
            too_long = {"uri": c.uri, "limit": MAX_LABEL}
            skipped.append(Problem(where, "skos.label_too_long", c.line, too_long))
            continue
        long_alts = [a for a, _ in (*c.alt_labels, *c.hidden_labels) if len(a) > MAX_LABEL]
        if long_alts:
            dropped = {"uri": c.uri, "count": len(long_alts)}
            warnings.append(Problem(where, "skos.long_labels_dropped", c.line, dropped))
            c = replace(
                c,
                alt_labels=tuple(p for p in c.alt_labels if len(p[0]) <= MAX_LABEL),
                hidden_labels=tuple(p for p in c.hidden_labels if len(p[0]) <= MAX_LABEL),
            )
        if not c.pref_fr:
            other_language = {"uri": c.uri, "label": label}
            warnings.append(Problem(where, "skos.label_other_language", c.line, other_language))
        if fold(label) in seen:
            unique = f"{label} ({c.key})"
            twice = {"label": label, "unique": unique}
            warnings.append(Problem(where, "skos.label_twice", c.line, twice))
            label = unique
        seen.add(fold(label))
        kept.append(replace(c, pref_fr=label))
    known = {c.uri for c in kept}
    cleaned = []
    for c in kept:
        lost = [t for t in (*c.broader, *c.related) if t not in known]
        if lost:
            links = {"uri": c.uri, "targets": ", ".join(lost)}
            warnings.append(Problem(where, "skos.links_dropped", c.line, links))
        cleaned.append(
            replace(
                c,
                broader=tuple(b for b in c.broader if b in known),
                related=tuple(r for r in c.related if r in known),
            )
        )
    groups = [replace(g, members=tuple(m for m in g.members if m in known)) for g in parsed[1]]
    data = _check(path, (cleaned, groups))
    return replace(data, warnings=tuple(warnings), skipped=tuple(skipped))
