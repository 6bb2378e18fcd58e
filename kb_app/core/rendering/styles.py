"""Citation styles a user adds: a ``.csl`` file checked, then kept in the user's styles folder.

A file is accepted only when it is well-formed XML (no DOCTYPE: a CSL file has none, and an
entity could read other files), its root is a CSL ``<style>`` in the CSL namespace with a
``<citation>`` and a ``<bibliography>``, and citeproc-py loads it and renders a sample
reference with it, as an entry and in the text. Anything else is refused with the file
(and the line, for XML syntax) named, and nothing is copied. An accepted style is copied
(atomically) as ``<name>.csl`` in ``paths.user_styles_dir()``, ``name`` made from the file's
name; it then appears in ``list_styles()`` and any citation may name it.
"""

from __future__ import annotations

import re
import tempfile
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.parsers.expat import ExpatError, ParserCreate, errors

from kb_app.core.dto import CitationStyle
from kb_app.core.errors import KbError, Problem, ValidationError
from kb_app.core.paths import user_styles_dir
from kb_app.core.rendering.citations import (
    STYLE_NAME,
    STYLES,
    added_style_names,
    format_bibliography,
    format_in_text,
    style_file,
)
from kb_app.core.upkeep.durable import write_bytes

CSL_NS = "http://purl.org/net/xbiblio/csl"
MAX_STYLE_BYTES = 2 * 1024 * 1024
#: What a style is tried on before it is accepted.
SAMPLE: dict[str, Any] = {
    "id": "sample",
    "type": "book",
    "title": "Titre d'essai",
    "author": [{"family": "Dupont", "given": "Marie"}, {"family": "Durand", "given": "Paul"}],
    "issued": {"date-parts": [[2001]]},
    "publisher": "Éditeur",
    "publisher-place": "Paris",
}


def list_styles() -> list[CitationStyle]:
    """The shipped styles, then the ones the user added (by name)."""
    styles = [
        CitationStyle(name, _title_of(style_file(name)) or label, True, str(style_file(name)))
        for name, label in STYLES.items()
    ]
    for name in added_style_names():
        if name not in STYLES:
            path = user_styles_dir() / f"{name}.csl"
            styles.append(CitationStyle(name, _title_of(path) or name, False, str(path)))
    return styles


def add_style(source: Path) -> CitationStyle:
    """Check ``source`` (see the module) and keep a copy among the user's styles."""
    source = Path(source).expanduser()
    data = _read(source)
    title = check_style(source, data)
    name = style_name(source)
    if name in STYLES:
        raise _refused(source, Problem(str(source), "style.name_shipped", None, {"name": name}))
    folder = user_styles_dir()
    target = folder / f"{name}.csl"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        write_bytes(target, data)
    except OSError as exc:
        raise KbError(
            "style.copy_failed", path=str(target), detail=exc.strerror or str(exc)
        ) from None
    return CitationStyle(name, title or name, False, str(target))


def style_name(path: Path) -> str:
    """The name a style file is kept under: its file name, lower case, ASCII, no spaces."""
    folded = unicodedata.normalize("NFKD", path.stem).encode("ascii", "ignore").decode()
    name = re.sub(r"[^a-z0-9._-]+", "-", folded.lower()).strip("-._")[:64]
    return name if STYLE_NAME.fullmatch(name) else "style"


def check_style(path: Path, data: bytes | None = None) -> str:
    """Refuse (``ValidationError`` naming ``path``) a file that is not a usable CSL style;
    return the style's title ("" when it has none)."""
    data = _read(path) if data is None else data
    try:
        scan = _scan(data)
    except _DoctypeFound:
        raise _refused(path, Problem(str(path), "style.doctype")) from None
    except ExpatError as exc:
        syntax = {"detail": errors.messages[exc.code] if exc.code else str(exc)}
        raise _refused(path, Problem(str(path), "style.xml_syntax", exc.lineno, syntax)) from None
    if scan.root != f"{CSL_NS} style":
        not_csl = {"root": scan.root.rpartition(" ")[2]}
        raise _refused(path, Problem(str(path), "style.not_csl", scan.root_line, not_csl))
    if "citation" not in scan.children:
        raise _refused(path, Problem(str(path), "style.no_citation"))
    if "bibliography" not in scan.children:
        raise _refused(path, Problem(str(path), "style.no_bibliography"))
    with tempfile.TemporaryDirectory(prefix="kb-style-") as folder:
        trial = Path(folder) / "style.csl"  # the very bytes checked, not the file again
        trial.write_bytes(data)
        _try_sample(path, trial)
    return " ".join(scan.title.split())


def _try_sample(path: Path, trial: Path) -> None:
    """Render the sample with the style ``trial`` (a copy of ``path``, named in errors)."""
    for render in (_sample_entry, _sample_in_text):
        try:
            render(trial)
        except KbError as exc:
            failed = {"detail": _detail(exc)}
            raise _refused(path, Problem(str(path), "style.sample_failed", None, failed)) from None
        except (RecursionError, MemoryError):
            raise
        except Exception as exc:  # noqa: BLE001  citeproc-py on a style it cannot handle
            failed = {"detail": f"{type(exc).__name__}: {exc}"}
            raise _refused(path, Problem(str(path), "style.sample_failed", None, failed)) from None


class _DoctypeFound(Exception):
    pass


@dataclass
class _Scan:
    """What the check needs of the XML: the root's name (« namespace local ») and line, the
    root's children, the text of ``<info><title>``."""

    root: str = ""
    root_line: int | None = None
    children: set[str] = field(default_factory=set)
    title: str = ""
    path: list[str] = field(default_factory=list)


def _scan(data: bytes) -> _Scan:
    """One pass of expat over the file: no DTD, no entity is ever expanded (a DOCTYPE is
    refused as soon as it starts)."""
    scan = _Scan()
    parser = ParserCreate(namespace_separator=" ")

    def doctype(*_args: Any) -> None:
        raise _DoctypeFound

    def start(name: str, _attrs: Any) -> None:
        if not scan.path:
            scan.root, scan.root_line = name, parser.CurrentLineNumber
        elif len(scan.path) == 1 and name.startswith(f"{CSL_NS} "):
            scan.children.add(name.partition(" ")[2])
        scan.path.append(name)

    def end(_name: str) -> None:
        scan.path.pop()

    def text(chunk: str) -> None:
        if scan.path[1:] == [f"{CSL_NS} info", f"{CSL_NS} title"]:
            scan.title += chunk

    parser.StartDoctypeDeclHandler = doctype
    parser.EntityDeclHandler = doctype
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = text
    parser.Parse(data, True)
    return scan


def _sample_entry(path: Path) -> None:
    if not format_bibliography([SAMPLE], path)[0].text.strip():
        raise ValueError("empty bibliography entry")


def _sample_in_text(path: Path) -> None:
    if not format_in_text([(SAMPLE, ("page", "12"))], path).text.strip():
        raise ValueError("empty in-text citation")


def _read(path: Path) -> bytes:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _refused(path, Problem(str(path), "style.not_a_file"))
        if size > MAX_STYLE_BYTES:
            too_large = {"limit": MAX_STYLE_BYTES // 1024}
            raise _refused(path, Problem(str(path), "style.too_large", None, too_large))
        return path.read_bytes()
    except OSError as exc:
        unreadable = {"detail": exc.strerror or str(exc)}
        raise _refused(path, Problem(str(path), "style.unreadable", None, unreadable)) from None


def _title_of(path: Path) -> str:
    try:
        return " ".join(_scan(path.read_bytes()).title.split())
    except (OSError, ExpatError, _DoctypeFound):
        return ""


def _detail(exc: KbError) -> str:
    """The error and its problems in English (a parameter, not a sentence of its own)."""
    problems = [p.message for p in getattr(exc, "problems", ())]
    return "; ".join([exc.message, *problems])


def _refused(path: Path, problem: Problem) -> ValidationError:
    return ValidationError("style.refused", [problem], name=path.name)
