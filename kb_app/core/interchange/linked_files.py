"""Files an export carries with its entries (Zotero's « Export with files »).

Zotero writes, beside ``export.ris`` or ``export.bib``, a ``files/`` folder, and links each
entry to its files: RIS ``L1  - files/12/article.pdf`` (one tag a file), BibTeX
``file = {Full Text:files/12/article.pdf:application/pdf;Snapshot:files/13/page.html:text/html}``
(``title:path:type`` joined by « ; », with « \\ », « : » and « ; » escaped by a backslash;
JabRef and Mendeley write the same form, often with an empty title). Without the files
option the paths are absolute (Zotero's storage folder), and some tools write ``file://``
URIs: these are used only when they lead inside the export's folder.

Reading only collects the links (``FileLink``); ``resolve`` turns one into a file on disk or
a located refusal: a relative path is taken from the export's folder, and every path, absolute
or relative, must stay inside it (« ../../etc/passwd », « /home/me/.ssh/id_rsa » are refused:
a file received from someone else must not pick files elsewhere on the disk); a missing file
is a warning, never a failure of the import.
"""

from __future__ import annotations

import re
from pathlib import Path, PurePosixPath, PureWindowsPath
from urllib.parse import unquote, urlparse

from kb_app.core.errors import Message
from kb_app.core.interchange.record import FileLink

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]+:")
_DRIVE = re.compile(r"^[A-Za-z]:[\\/]")


def is_file_link(value: str) -> bool:
    """A local path or ``file://`` URI (not an ``http:``, ``doi:``… address)."""
    value = value.strip()
    if not value:
        return False
    if value.lower().startswith("file:"):
        return True
    return not _SCHEME.match(value) or bool(_DRIVE.match(value))


def _split(text: str, separator: str) -> list[str]:
    """Split on ``separator`` not escaped by a backslash; escapes are kept for later."""
    parts, current, escaped = [], [], False
    for char in text:
        if escaped:
            current.append("\\" + char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    if escaped:
        current.append("\\")
    parts.append("".join(current))
    return parts


def _unescape(text: str) -> str:
    return re.sub(r"\\([\\:;])", r"\1", text).strip()


def bibtex_file_links(value: str, line: int | None = None) -> list[FileLink]:
    """The links of a BibTeX ``file`` field (Zotero/JabRef « title:path:type;… », or a
    plain path)."""
    links: list[FileLink] = []
    for part in _split(value.strip(), ";"):
        if not part.strip():
            continue
        fields = _split(part, ":")
        if len(fields) == 1:
            title, path, media = "", fields[0], ""
        elif len(fields) == 2 and re.fullmatch(r"[A-Za-z]", fields[0].strip()):
            title, path, media = "", ":".join(fields), ""  # « C:/dossier/x.pdf »
        elif len(fields) == 2:
            title, path, media = fields[0], fields[1], ""
        else:  # an unescaped « C: » inside the path: the title first, the type last
            title, path, media = fields[0], ":".join(fields[1:-1]), fields[-1]
        path = _unescape(path)
        if path:
            links.append(FileLink(path, _unescape(title), _unescape(media), line))
    return links


def resolve(link: FileLink, base: Path) -> Path | Message:
    """The file ``link`` names, from the export's folder ``base``; or why it is not used:
    ``import.file_outside`` (a relative path leaving ``base``), ``import.file_missing``."""
    raw = link.path.strip()
    if raw.lower().startswith("file:"):
        parsed = urlparse(raw)
        if parsed.netloc not in ("", "localhost"):
            return Message.of("import.file_missing", path=raw)
        candidate = Path(unquote(parsed.path))
        if _DRIVE.match(unquote(parsed.path).lstrip("/")):  # file:///C:/…
            candidate = Path(unquote(parsed.path).lstrip("/"))
    else:
        candidate = Path(raw)
    if not candidate.is_absolute() and not _DRIVE.match(str(candidate)):
        parts = PurePosixPath(raw.replace("\\", "/")).parts
        if ".." in parts or PureWindowsPath(raw).drive:
            return Message.of("import.file_outside", path=raw)
        candidate = base / candidate
    # Absolute paths and file: URIs too: content never makes kb_app read a file elsewhere on
    # the disk (Zotero's own storage folder, ~/.ssh…); a symbolic link leading out is refused.
    if not candidate.resolve().is_relative_to(base.resolve()):
        return Message.of("import.file_outside", path=raw)
    if not candidate.is_file():
        return Message.of("import.file_missing", path=raw)
    return candidate
