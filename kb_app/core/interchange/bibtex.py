"""BibTeX / BibLaTeX import and export (see bibtex_read and bibtex_write)."""

from __future__ import annotations

from kb_app.core.interchange.bibtex_read import read_bibtex
from kb_app.core.interchange.bibtex_write import write_bibtex

__all__ = ["read_bibtex", "write_bibtex"]
