"""Citing fiches: one reference or a bibliography in a CSL style (ISO 690 shipped, or a
style the user added), and in-text citations (the style's own, pandoc, LaTeX)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kb_app.core.dto import Citation, CitationStyle, InTextCitation
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

        items = [csl_item(self.fiches.get(k)) for k in keys]
        context = [csl_item(self.fiches.get(k)) for k in among]
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
