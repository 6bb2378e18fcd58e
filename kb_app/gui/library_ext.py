"""The attachment and thesaurus-maintenance sides of the library, as the window calls them.

``Library`` has both as mixins; these accessors keep the widgets typed against the narrow
side they use. Called on the worker thread only.
"""

from __future__ import annotations

from typing import Any

from kb_app.core.attachments import AttachmentOps
from kb_app.core.thesaurus.maintenance import ThesaurusMaintenance


def attachments(lib: Any) -> AttachmentOps:
    assert isinstance(lib, AttachmentOps)
    return lib


def thesaurus(lib: Any) -> ThesaurusMaintenance:
    assert isinstance(lib, ThesaurusMaintenance)
    return lib
