"""Fiches dragged out of the results: their keys for drops inside the window, their
citations (plain text and HTML) for another application.

A drag needs its ``QMimeData`` at once, on the main thread, while the library lives on the
worker thread. ``CitationDrag`` asks the worker for the bibliography of the dragged fiches
and waits for it a short while (``WAIT_S``): a warm citation of a few fiches takes a few
milliseconds. When the worker is busy with longer work (an import) the drag does not wait:
it carries the fiches' titles, as the list shows them, instead of their citations.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QMimeData

from kb_app.core.text import without_emphasis
from kb_app.gui.citing import bibliography_html, bibliography_text, compile_keys, remembered_style
from kb_app.gui.models.result_text import KEYS_MIME as FICHE_KEYS_MIME
from kb_app.gui.models.result_text import keys_mime
from kb_app.gui.models.roles import LOADED_ROLE
from kb_app.gui.ops import LibraryHost

if TYPE_CHECKING:
    from kb_app.core.dto import Bibliography

log = logging.getLogger("kb_app.gui")

#: How long a drag waits for the citations before it carries the titles instead.
WAIT_S = 0.5
#: Fiches cited in one drag (a longer selection is cut: nobody pastes a longer list).
MAX_CITED = 500

#: Titles of the fiches among ``keys`` the window knows without asking the library.
TitlesOf = Callable[[Sequence[str]], dict[str, str]]


def fiche_keys(mime: QMimeData | None) -> list[str]:
    """The keys of the fiches a drag carries, each once, in order (none when it carries
    none, or something that is not a list of keys)."""
    if mime is None or not mime.hasFormat(FICHE_KEYS_MIME):
        return []
    try:
        value = json.loads(bytes(mime.data(FICHE_KEYS_MIME).data()).decode("utf-8"))
    except ValueError:  # bad JSON or bad UTF-8 (UnicodeDecodeError is a ValueError)
        return []
    if not isinstance(value, list):
        return []
    return list(dict.fromkeys(k for k in value if isinstance(k, str) and k))


def loaded_titles(model: QAbstractItemModel, ranked: Callable[[], Sequence[str]]) -> TitlesOf:
    """The titles a list model over fiche keys (``ranked()``, row by row) already holds;
    rows not fetched yet are left out."""

    def titles(keys: Sequence[str]) -> dict[str, str]:
        wanted, found = set(keys), {}
        for row, key in enumerate(ranked()):
            if key in wanted:
                index = model.index(row, 0)
                if index.data(LOADED_ROLE):
                    found[key] = str(index.data())
                if len(found) == len(wanted):
                    break
        return found

    return titles


class CitationDrag:
    """``ResultsModel.mime_for_keys``: the keys of the dragged fiches, and their citations
    in the remembered style as text and HTML (``<i>`` kept for titles), in the style's order;
    a fiche that cannot be cited (an analysis, a dossier) comes after them by its title."""

    def __init__(
        self,
        host: LibraryHost,
        titles: TitlesOf,
        *,
        wait_s: float = WAIT_S,
        style: Callable[[], str] = remembered_style,
    ) -> None:
        self._host = host
        self._titles = titles
        self.wait_s = wait_s
        self._style = style

    def __call__(self, keys: Sequence[str]) -> QMimeData:
        mime = keys_mime(keys)
        text, html_text = self.citations(list(keys)[:MAX_CITED])
        mime.setText(text)
        mime.setHtml(html_text)
        return mime

    def citations(self, keys: list[str]) -> tuple[str, str]:
        """(text, HTML) of ``keys``: their citations, or their titles when the worker does
        not answer within ``wait_s``."""
        if not keys:
            return "", ""
        style = self._style()
        future = self._host.run(
            lambda lib: compile_keys(lib, keys, style),
            failed=lambda exc: log.info("citations for a drag failed: %s", exc),
        )
        try:
            found: Bibliography = future.result(timeout=self.wait_s)
        except Exception as exc:  # noqa: BLE001  late, failed or cancelled: titles instead
            log.info("a drag carries titles, not citations (%r)", exc)
            return self._titles_only(keys)
        titles = [without_emphasis(u.title) for u in found.apart]
        text = bibliography_text(found.entries) + "".join(f"{t}\n" for t in titles)
        paragraphs = "".join(f"<p>{html.escape(t)}</p>" for t in titles)
        return text.rstrip("\n"), bibliography_html(found.entries) + paragraphs

    def _titles_only(self, keys: list[str]) -> tuple[str, str]:
        known = self._titles(keys)
        titles = [known.get(key, key) for key in keys]
        return "\n".join(titles), "".join(f"<p>{html.escape(t)}</p>" for t in titles)
