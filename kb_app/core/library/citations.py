"""Citing fiches: one reference or a bibliography in a CSL style (ISO 690 shipped, or a
style the user added), and in-text citations (the style's own, pandoc, LaTeX).

Every fiche goes through ``interchange.cite.csl_json``, the function the CSL-JSON export
writes with; a fiche that cannot be cited (``why_uncitable``) is listed apart with its reason.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kb_app.core.dto import Bibliography, Citation, CitationStyle, InTextCitation, Uncitable
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

    def cite_in_text(
        self,
        keys: Sequence[str],
        style: str = DEFAULT_CITATION_STYLE,
        *,
        locator: str | None = None,
        form: str = "text",
        among: Sequence[str] = (),
    ) -> InTextCitation:
        """One in-text citation of the fiches ``keys`` (``locator``, such as « p. 12 », goes
        with the last one) in ``form``: ``text`` (the style's citation layout), ``pandoc``
        (``[@key, p. 12]``) or ``latex`` (``\\cite[p.~12]{key}``). A numeric style numbers
        the fiches in the order of ``among`` (the bibliography they belong to), else of
        ``keys``. The keys written are the fiches' citation keys, as exports write them."""
        from kb_app.core.rendering.intext import in_text  # citeproc: on use

        items = [csl_json(self.fiches.get(k)) for k in keys]
        context = [csl_json(self.fiches.get(k)) for k in among]
        text, html = in_text(items, style=style, locator=locator, form=form, among=context)
        cited = tuple(str(item["id"]) for item in items)
        return InTextCitation(cited, form, style, locator or None, text, html)


def citation_styles() -> list[CitationStyle]:
    """The styles a citation may name: shipped, then added by the user."""
    from kb_app.core.rendering.styles import list_styles

    return list_styles()


def add_citation_style(path: Path | str) -> CitationStyle:
    """Check a ``.csl`` file and keep it among the user's styles (``ValidationError`` naming
    the file, and nothing copied, when it is not a usable CSL style)."""
    from kb_app.core.rendering.styles import add_style

    return add_style(Path(path))
