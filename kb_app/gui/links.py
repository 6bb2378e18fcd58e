"""The link policy of the reader (RELIABILITY T25) and the app's internal ``kb:`` addresses.

Only three things can happen to a clicked link: an internal ``kb:`` address is followed
inside the app; an ``http``, ``https`` or ``mailto`` address is opened in the system browser
after the user confirms; everything else (``file:``, ``javascript:``, paths, custom schemes)
is refused. Images are served only from the library's ``attachments`` folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote

from PySide6.QtCore import QUrl

INTERNAL_SCHEME = "kb"
EXTERNAL_SCHEMES = ("http", "https", "mailto")
MAX_IMAGE_BYTES = 20 * 1024 * 1024
PAGES = (
    "home",
    "fiche",
    "concept",
    "compare",
    "search",
    "welcome",
    "do",  # issue 14
    "atlas",
    "glossary",  # issue 16
)


class LinkAction(Enum):
    INTERNAL = "internal"
    EXTERNAL = "external"
    ANCHOR = "anchor"
    REFUSED = "refused"


@dataclass(frozen=True)
class Address:
    """A parsed ``kb:`` address: ``kb:fiche/KEY?in=DOSSIER``, ``kb:concept/KEY``…"""

    page: str  # home, fiche, concept, compare, search
    args: tuple[str, ...] = ()
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str | None:
        return next((v for k, v in self.params if k == name), None)

    def url(self) -> str:
        path = "/".join([self.page, *(quote(a, safe="") for a in self.args)])
        query = "&".join(f"{k}={quote(v, safe='')}" for k, v in self.params)
        return f"{INTERNAL_SCHEME}:{path}" + (f"?{query}" if query else "")


def fiche_url(key: str, dossier: str | None = None) -> str:
    return Address("fiche", (key,), (("in", dossier),) if dossier else ()).url()


def concept_url(key: str) -> str:
    return Address("concept", (key,)).url()


def compare_url(left: str, right: str) -> str:
    return Address("compare", (left, right)).url()


HOME_URL = "kb:home"
ATLAS_URL = "kb:atlas"  # issue 16: the relational atlas
GLOSSARY_URL = "kb:glossary"


def parse_address(url: str) -> Address | None:
    """The ``kb:`` address in ``url``, or None when it is not one."""
    qurl = QUrl(url)
    if qurl.scheme().lower() != INTERNAL_SCHEME or qurl.host():
        return None
    parts = [unquote(p) for p in qurl.path(QUrl.ComponentFormattingOption.FullyEncoded).split("/")]
    parts = [p for p in parts if p]
    if not parts or parts[0] not in PAGES:
        return None
    query = parse_qs(qurl.query(QUrl.ComponentFormattingOption.FullyEncoded))
    params = tuple((k, v[0]) for k, v in sorted(query.items()) if v)
    return Address(parts[0], tuple(parts[1:]), params)


def classify(url: QUrl) -> LinkAction:
    """What the reader does with a clicked link."""
    scheme = url.scheme().lower()
    if scheme == INTERNAL_SCHEME:
        return LinkAction.INTERNAL if parse_address(url.toString()) else LinkAction.REFUSED
    if scheme in EXTERNAL_SCHEMES:
        if scheme != "mailto" and not url.host():
            return LinkAction.REFUSED
        return LinkAction.EXTERNAL
    if not scheme and not url.host() and not url.path() and url.hasFragment():
        return LinkAction.ANCHOR
    return LinkAction.REFUSED


def attachment_path(url: QUrl, root: Path | None) -> Path | None:
    """The file inside ``root`` (the attachments folder) that ``url`` names, or None.

    Accepted forms: ``kb:attachment/NAME`` and relative ``attachments/NAME`` or ``NAME``.
    Anything that resolves outside ``root`` (``..``, absolute paths, symlinks leaving the
    folder, other schemes, hosts) is refused.
    """
    if root is None:
        return None
    scheme = url.scheme().lower()
    if url.host() or url.hasQuery():
        return None
    path = url.path()
    if scheme == INTERNAL_SCHEME:
        if not path.startswith("attachment/"):
            return None
        path = path.removeprefix("attachment/")
    elif scheme:
        return None
    else:
        path = path.removeprefix("attachments/")
    if not path or path.startswith(("/", "\\")) or "\\" in path or ":" in path:
        return None
    if any(part in ("", ".", "..") for part in path.split("/")):
        return None
    try:
        base = root.resolve(strict=True)
        candidate = (base / path).resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    if not candidate.is_relative_to(base) or not candidate.is_file():
        return None
    if candidate.stat().st_size > MAX_IMAGE_BYTES:
        return None
    return candidate
