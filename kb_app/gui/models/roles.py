"""Item data roles shared by the window's models."""

from __future__ import annotations

from PySide6.QtCore import Qt

_BASE = int(Qt.ItemDataRole.UserRole)

KEY_ROLE = _BASE + 1  # fiche or concept key
KIND_ROLE = _BASE + 2  # fiche kind, or "concept"
META_ROLE = _BASE + 3  # second line of a result: kind · year · authors
SNIPPET_ROLE = _BASE + 4  # highlighted extract (HTML)
LOADED_ROLE = _BASE + 5  # False while a row is being fetched
FACET_ROLE = _BASE + 6  # (facet name, value) of a facet entry
WHY_ROLE = _BASE + 7  # why a result matched its query (translated words), "" when unknown
