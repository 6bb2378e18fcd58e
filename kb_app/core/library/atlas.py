"""The relational atlas and the glossary: two read views built from the thesaurus.

The atlas crosses two axes of the thesaurus, each a SKOS collection found by its key:
the components of the territory (rows) and the angles of governance (columns). A cell holds
the fiches out of the trash indexed directly with its component and its angle. A thesaurus
without these collections (an old or an imported one) gives an atlas with that side empty,
and says which collections it lacks.

The glossary lists every concept in French alphabetical order with its labels, definition
and the fiches indexed directly with it.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from kb_app.core.dto import (
    Atlas,
    AtlasCell,
    AxisEntry,
    FicheRef,
    Glossary,
    GlossaryEntry,
)
from kb_app.core.library.context import Context
from kb_app.core.storage.models import (
    Concept,
    ConceptGroup,
    ConceptGroupMember,
    ConceptLabel,
    Fiche,
    FicheConcept,
)
from kb_app.core.text import fold

#: The keys of the two axis collections in the thesaurus (``kbt:axe-composantes``…).
AXIS_COMPONENTS = "axe-composantes"
AXIS_ANGLES = "axe-angles"

#: The order the axes are read in (CITEGO numbers the components 1–7; the angles are
#: lettered A–E). A SKOS collection has no order: members not listed here follow, by label.
AXIS_ORDER: dict[str, tuple[str, ...]] = {
    AXIS_COMPONENTS: (
        "composante-societe",
        "composante-economie",
        "composante-ecosystemes",
        "composante-equipements-reseaux",
        "composante-capital-culturel",
        "composante-organisation-espace",
        "composante-flux",
    ),
    AXIS_ANGLES: (
        "angle-legitimite",
        "angle-democratie-citoyennete",
        "angle-competence-pertinence",
        "angle-cooperation-partenariat",
        "angle-articulation-echelles",
    ),
}


def collation_key(label: str) -> tuple[str, str]:
    """French dictionary order: accents, case and ligatures ignored first (« Écosystèmes »
    between « eau » and « f… »), then the exact spelling to keep the order stable."""
    return fold(label), label


def initial(label: str) -> str:
    """The letter a label is filed under: its first letter without accent, « # » if none."""
    first = next((ch for ch in fold(label) if ch.isalnum()), "")
    return first.upper() if first.isalpha() else "#"


class AtlasViews:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def atlas(self) -> Atlas:
        """Components × angles, each cell the fiches indexed with both (two queries)."""
        with self.ctx.read() as s:
            members = _axis_members(s)
            ids = {cid for entries in members.values() for cid, *_ in entries}
            indexed: dict[int, set[int]] = defaultdict(set)  # concept id -> fiche ids
            refs: dict[int, FicheRef] = {}
            rows = s.execute(
                select(
                    FicheConcept.concept_id,
                    Fiche.id,
                    Fiche.key,
                    Fiche.kind,
                    Fiche.title,
                    Fiche.year,
                )
                .join(Fiche, Fiche.id == FicheConcept.fiche_id)
                .where(FicheConcept.concept_id.in_(ids), Fiche.deleted_at.is_(None))
            )
            for cid, fid, key, kind, title, year in rows:
                indexed[cid].add(fid)
                refs[fid] = FicheRef(key, kind, title, year)

        def axis(collection: str) -> list[tuple[AxisEntry, int]]:
            return [
                (AxisEntry(key, fr, en, n, len(indexed[cid])), cid)
                for n, (cid, key, fr, en) in enumerate(members.get(collection, ()), start=1)
            ]

        components, angles = axis(AXIS_COMPONENTS), axis(AXIS_ANGLES)
        cells = []
        for component, c_id in components:
            for angle, a_id in angles:
                both = indexed[c_id] & indexed[a_id]
                fiches = sorted((refs[f] for f in both), key=lambda r: collation_key(r.title))
                cells.append(AtlasCell(component.key, angle.key, tuple(fiches)))
        return Atlas(
            components=tuple(e for e, _ in components),
            angles=tuple(e for e, _ in angles),
            cells=tuple(cells),
            missing_axes=tuple(k for k in (AXIS_COMPONENTS, AXIS_ANGLES) if k not in members),
        )

    def glossary(self) -> Glossary:
        """Every concept, French alphabetical order, with the fiches indexed with it."""
        with self.ctx.read() as s:
            concepts = s.execute(
                select(
                    Concept.id,
                    Concept.key,
                    Concept.pref_fr,
                    Concept.pref_en,
                    Concept.definition,
                    Concept.scope_note,
                    Concept.definition_en,
                )
            ).all()
            alt: dict[int, list[str]] = defaultdict(list)
            for cid, label in s.execute(
                select(ConceptLabel.concept_id, ConceptLabel.label).where(
                    ConceptLabel.kind == "alt"
                )
            ):
                alt[cid].append(label)
            fiches: dict[int, list[FicheRef]] = defaultdict(list)
            for cid, key, kind, title, year in s.execute(
                select(FicheConcept.concept_id, Fiche.key, Fiche.kind, Fiche.title, Fiche.year)
                .join(Fiche, Fiche.id == FicheConcept.fiche_id)
                .where(Fiche.deleted_at.is_(None))
            ):
                fiches[cid].append(FicheRef(key, kind, title, year))
        entries = [
            GlossaryEntry(
                key=key,
                label=fr,
                label_en=en,
                alt_labels=tuple(sorted(set(alt[cid]), key=collation_key)),
                definition=definition,
                scope_note=scope,
                letter=initial(fr),
                fiches=tuple(sorted(fiches[cid], key=lambda r: collation_key(r.title))),
                definition_en=definition_en,
            )
            for cid, key, fr, en, definition, scope, definition_en in concepts
        ]
        entries.sort(key=lambda e: collation_key(e.label))
        return Glossary(tuple(entries))


def _axis_members(s: Session) -> dict[str, list[tuple[int, str, str, str | None]]]:
    """Each axis collection the thesaurus has: its concepts (id, key, labels) in order."""
    found: dict[str, list[tuple[int, str, str, str | None]]] = {}
    rows = s.execute(
        select(ConceptGroup.key, Concept.id, Concept.key, Concept.pref_fr, Concept.pref_en)
        .join(ConceptGroupMember, ConceptGroupMember.group_id == ConceptGroup.id, isouter=True)
        .join(Concept, Concept.id == ConceptGroupMember.concept_id, isouter=True)
        .where(ConceptGroup.key.in_(AXIS_ORDER))
    )
    for group, cid, key, fr, en in rows:
        members = found.setdefault(group, [])
        if cid is not None:
            members.append((cid, key, fr, en))
    for group, members in found.items():
        order = {k: n for n, k in enumerate(AXIS_ORDER[group])}
        members.sort(key=lambda m: (order.get(m[1], len(order)), *collation_key(m[2])))
    return found
