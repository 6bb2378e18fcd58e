"""The domain's codes, in one place: storage constraints, validation and the window use them.

No dependencies, so the window can import it without pulling in the database layer. A test
checks that these lists equal the enums of ``schema/fiche-front-matter.schema.json``.
"""

from __future__ import annotations

FICHE_KINDS = ("reference", "analysis", "case", "resource", "dossier")
LINK_TYPES = ("cites", "analyses", "illustrates", "related")
AGENT_ROLES = (
    "author",
    "editor",
    "publisher",
    "translator",
    "contributor",
    "actor",
    "organiser",
    "funder",
    "rapporteur",
)
AGENT_TYPES = ("person", "organisation")
REFERENCE_TYPES = (
    "book",
    "article",
    "report",
    "speech",
    "note",
    "chapter",
    "webpage",
    "thesis",
    "conference",
    "other",
)
SCALES = ("local", "municipal", "metropolitan", "regional", "national", "european", "international")
ORG_TYPES = (
    "network",
    "foundation",
    "association",
    "institute",
    "publisher",
    "public_body",
    "website",
)
#: Formats a file can be imported from (``kb import --format``) and exported to.
IMPORT_FORMATS = ("bibtex", "ris", "csljson", "skos", "markdown")
EXPORT_FORMATS = ("bibtex", "ris", "csljson", "markdown", "skos")
#: Citation styles shipped in ``resources/csl`` (code: description).
CITATION_STYLES: dict[str, str] = {
    "iso690-author-date-fr": "ISO 690, author-date (French)",
    "iso690-numeric-fr": "ISO 690, numeric (French)",
}
DEFAULT_CITATION_STYLE = "iso690-author-date-fr"
