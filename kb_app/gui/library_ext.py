"""The attachment and thesaurus-maintenance sides of the library, as the window calls them.

``Library`` gains ``AttachmentOps`` and ``ThesaurusMaintenance`` as mixins; until it does,
the same mixins are run here over the library's engine and folder, with the library's own
``_changed`` hook so the search index still catches up. Called on the worker thread only.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from kb_app.core.attachments import AttachmentOps
from kb_app.core.thesaurus.maintenance import ThesaurusMaintenance

if TYPE_CHECKING:
    from kb_app.core.library import Library


class _Attachments(AttachmentOps):
    def __init__(self, lib: Library) -> None:
        self.engine = lib.engine
        self.folder = Path(lib.folder)
        self._lib = lib

    def _changed(self) -> None:
        self._lib._changed()


class _Thesaurus(ThesaurusMaintenance):
    def __init__(self, lib: Library) -> None:
        self.engine = lib.engine
        self._lib = lib

    def _changed(self) -> None:
        self._lib._changed()


def attachments(lib: Any) -> AttachmentOps:
    if isinstance(lib, AttachmentOps):
        return lib
    return _Attachments(lib)


def thesaurus(lib: Any) -> ThesaurusMaintenance:
    if isinstance(lib, ThesaurusMaintenance):
        return lib
    return _Thesaurus(lib)
