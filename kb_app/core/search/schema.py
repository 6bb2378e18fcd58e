"""The Whoosh schema and the manifest written beside the index.

Only what is searched or ranked is indexed; kind, year, concept and dossier ids are columns
that filters and facets read once per segment and keep in memory, so a query costs no SQL.
Nothing long is stored: snippets are built from the database for the rows shown.

Bump ``SCHEMA_VERSION`` whenever a field changes: the index is then rebuilt.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from whoosh.columns import VarBytesColumn
from whoosh.fields import COLUMN, ID, KEYWORD, NUMERIC, TEXT, Schema

from kb_app.core.search.analysis import ANALYZER_VERSION, composite, folded, french

SCHEMA_VERSION = 6
MANIFEST = "kb-index.json"
FORMAT = "kb_app-whoosh"

#: The field a plain query matches: title, authors, concept labels and all the text.
DEFAULT_FIELD = "text"
#: Extra weight of a word found in the title (scored only for documents that match).
TITLE_BOOST = 3.0


def schema() -> Schema:
    return Schema(
        key=ID(stored=True, unique=True, sortable=True),
        fid=NUMERIC(int, bits=64, signed=False, sortable=True),
        hash=ID(stored=True),
        # Stems, unstemmed forms and stem pairs of everything (see analysis.CompositeFilter).
        text=TEXT(analyzer=composite(), phrase=False),
        title=TEXT(analyzer=french(), phrase=True),
        authors=TEXT(analyzer=folded(), phrase=True),
        concepts=TEXT(analyzer=french(), phrase=True),
        cids=KEYWORD(scorable=True),
        # Columns only (not searched): facets and filters read them per segment.
        kind=COLUMN(VarBytesColumn()),
        year=NUMERIC(int, bits=32, signed=True, sortable=True),
        concept_ids=COLUMN(VarBytesColumn()),
        dossier_ids=COLUMN(VarBytesColumn()),
    )


@dataclass(frozen=True)
class Manifest:
    """Who wrote the index and with which analysis: anything else is rebuilt."""

    format: str
    schema_version: int
    analyzer_version: int
    library_uid: str

    @classmethod
    def current(cls, library_uid: str) -> Manifest:
        return cls(FORMAT, SCHEMA_VERSION, ANALYZER_VERSION, library_uid)

    def write(self, folder: Path) -> None:
        tmp = folder / (MANIFEST + ".part")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(folder / MANIFEST)

    @classmethod
    def read(cls, folder: Path) -> Manifest | None:
        try:
            data: dict[str, Any] = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
            return cls(
                str(data["format"]),
                int(data["schema_version"]),
                int(data["analyzer_version"]),
                str(data["library_uid"]),
            )
        except (OSError, ValueError, KeyError, TypeError):
            return None
