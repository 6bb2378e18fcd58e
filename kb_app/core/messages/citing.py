"""Messages of citing: why a fiche is listed apart from a bibliography."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "citing.no_title": (
        "sans titre : une référence ISO 690 commence par un auteur ou un titre",
        "no title: an ISO 690 reference starts with an author or a title",
    ),
    "citing.organisation_without_site": (
        "organisation sans site web : il n'y a pas de document à citer",
        "an organisation without a website: there is no document to cite",
    ),
}
