"""Citing fiches: one reference or a bibliography in a shipped CSL style (ISO 690).

Every fiche goes through ``interchange.cite.csl_json``, the function the CSL-JSON export
writes with; a fiche that cannot be cited (``why_uncitable``) is listed apart with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence

from kb_app.core.dto import Bibliography, Citation, Uncitable
from kb_app.core.errors import ValidationError
from kb_app.core.interchange.cite import csl_json, why_uncitable
from kb_app.core.library.fiches import Fiches
from kb_app.core.vocabulary import DEFAULT_CITATION_STYLE


class Citations:
    def __init__(self, fiches: Fiches) -> None:
        self.fiches = fiches

    def cite(self, key: str, style: str = DEFAULT_CITATION_STYLE) -> Citation:
        """One fiche as a bibliography entry in ``style`` (refused when it cannot be cited)."""
        result = self.compile([key], style)
        if result.apart:
            if result.apart[0].reason.code == "citing.no_title":
                raise ValidationError("citing.no_title")
            raise ValidationError("citing.organisation_without_site")
        return result.entries[0]

    def bibliography(
        self, keys: Sequence[str], style: str = DEFAULT_CITATION_STYLE
    ) -> list[Citation]:
        """The citable fiches as one bibliography, in the style's order (``keys`` order
        when numeric); ``compile`` also says which fiches were left out and why."""
        return list(self.compile(keys, style).entries)

    def compile(self, keys: Sequence[str], style: str = DEFAULT_CITATION_STYLE) -> Bibliography:
        """The bibliography of ``keys`` and, apart, the fiches that cannot be cited."""
        from kb_app.core.rendering.citations import format_bibliography  # citeproc: on use

        items, apart = [], []
        for key in keys:
            fiche = self.fiches.get(key)
            reason = why_uncitable(fiche)
            if reason is None:
                items.append(csl_json(fiche))
            else:
                apart.append(Uncitable(fiche.key, fiche.title, reason))
        return Bibliography(tuple(format_bibliography(items, style)), tuple(apart))
