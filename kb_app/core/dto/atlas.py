"""The relational atlas (two axes of the thesaurus crossed) and the glossary, as plain data."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kb_app.core.dto.fiches import FicheRef


@dataclass(frozen=True)
class AxisEntry:
    """One concept of an atlas axis: a component of the territory or an angle of governance."""

    key: str
    label: str
    label_en: str | None
    position: int  # 1-based, in the axis's order (components 1–7, angles A–E)
    count: int  # fiches out of the trash indexed directly with it

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "label_en": self.label_en,
            "position": self.position,
            "count": self.count,
        }


@dataclass(frozen=True)
class AtlasCell:
    """The fiches indexed directly with one component and one angle, sorted by title."""

    component: str
    angle: str
    fiches: tuple[FicheRef, ...]

    @property
    def count(self) -> int:
        return len(self.fiches)

    @property
    def keys(self) -> tuple[str, ...]:
        return tuple(f.key for f in self.fiches)

    def to_dict(self) -> dict[str, Any]:
        return {
            "component": self.component,
            "angle": self.angle,
            "count": self.count,
            "fiches": list(self.keys),
            "titles": [f.title for f in self.fiches],
        }


@dataclass(frozen=True)
class Atlas:
    """Components as rows, angles as columns; ``cells`` holds every crossing, empty ones
    included, row by row. ``missing_axes``: the axis collections the thesaurus lacks (an
    old or imported thesaurus): their side is then empty."""

    components: tuple[AxisEntry, ...]
    angles: tuple[AxisEntry, ...]
    cells: tuple[AtlasCell, ...]
    missing_axes: tuple[str, ...] = ()

    def cell(self, component: str, angle: str) -> AtlasCell | None:
        return next((c for c in self.cells if c.component == component and c.angle == angle), None)

    def to_dict(self) -> dict[str, Any]:
        return {
            "components": [c.to_dict() for c in self.components],
            "angles": [a.to_dict() for a in self.angles],
            "cells": [c.to_dict() for c in self.cells],
            "missing_axes": list(self.missing_axes),
        }


@dataclass(frozen=True)
class GlossaryEntry:
    """A concept as the glossary shows it, with the fiches indexed directly with it."""

    key: str
    label: str
    label_en: str | None
    alt_labels: tuple[str, ...]
    definition: str | None
    scope_note: str | None
    letter: str  # the initial the entry is filed under (« E » for « Écosystèmes »)
    fiches: tuple[FicheRef, ...]
    definition_en: str | None = None  # the English definition, if the thesaurus gives one

    @property
    def count(self) -> int:
        return len(self.fiches)

    def to_dict(self) -> dict[str, Any]:
        return {
            "key": self.key,
            "label": self.label,
            "label_en": self.label_en,
            "alt_labels": list(self.alt_labels),
            "definition": self.definition,
            "definition_en": self.definition_en,
            "scope_note": self.scope_note,
            "letter": self.letter,
            "count": self.count,
            "fiches": [
                {"key": f.key, "kind": f.kind, "title": f.title, "year": f.year}
                for f in self.fiches
            ],
        }


@dataclass(frozen=True)
class Glossary:
    """Every concept of the thesaurus in French alphabetical order."""

    entries: tuple[GlossaryEntry, ...]

    @property
    def letters(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.letter for e in self.entries))

    def to_dict(self) -> dict[str, Any]:
        return {"letters": list(self.letters), "entries": [e.to_dict() for e in self.entries]}
