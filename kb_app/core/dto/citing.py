"""What citing gives back: an in-text citation, the citation styles one can choose."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class InTextCitation:
    """An in-text citation of ``keys`` in ``form`` (``text``: the style's own layout;
    ``pandoc``, ``latex``: the key forms, whose HTML is the same text escaped)."""

    keys: tuple[str, ...]
    form: str
    style: str
    locator: str | None
    text: str
    html: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "keys": list(self.keys),
            "form": self.form,
            "style": self.style,
            "locator": self.locator,
            "text": self.text,
            "html": self.html,
        }


@dataclass(frozen=True)
class CitationStyle:
    """A citation style: shipped with kb_app, or added by the user (a ``.csl`` file kept in
    the user's styles folder); ``title`` is the style's own ``<info><title>``."""

    name: str
    title: str
    shipped: bool
    path: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "title": self.title, "shipped": self.shipped, "path": self.path}
