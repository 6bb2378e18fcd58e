"""Citing fiches: one reference or a bibliography in a shipped CSL style (ISO 690)."""

from __future__ import annotations

from collections.abc import Sequence

from kb_app.core.dto import Citation
from kb_app.core.interchange.record import csl_item
from kb_app.core.library.fiches import Fiches
from kb_app.core.vocabulary import DEFAULT_CITATION_STYLE


class Citations:
    def __init__(self, fiches: Fiches) -> None:
        self.fiches = fiches

    def cite(self, key: str, style: str = DEFAULT_CITATION_STYLE) -> Citation:
        """One fiche as a bibliography entry in ``style``."""
        return self.bibliography([key], style)[0]

    def bibliography(
        self, keys: Sequence[str], style: str = DEFAULT_CITATION_STYLE
    ) -> list[Citation]:
        """The fiches as one bibliography, in the style's order (``keys`` order when numeric)."""
        from kb_app.core.rendering.citations import format_bibliography  # citeproc: on use

        return format_bibliography([csl_item(self.fiches.get(k)) for k in keys], style)
