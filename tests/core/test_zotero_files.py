"""Zotero's « Export with files »: the files an exported RIS or BibTeX links to are attached.

The fixture folder ``tests/data/zotero-export`` is of our own making, in Zotero's shape:
``export.ris`` (``L1`` tags) and ``export.bib`` (``file`` fields) beside a ``files/`` folder
holding a small PDF (written with pypdf), an HTML snapshot and a text note; one entry links
to a file that is missing, one to ``../zotero-outside.txt`` (outside the export's folder).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from kb_app.core.dto import ImportReport
from kb_app.core.interchange.linked_files import bibtex_file_links, resolve
from kb_app.core.interchange.record import FileLink
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

EXPORT = Path(__file__).resolve().parents[1] / "data" / "zotero-export"
PDF = EXPORT / "files" / "4" / "Dupont - Assemblées de quartier.pdf"
HTML = EXPORT / "files" / "7" / "Instantané.html"
NOTE = EXPORT / "files" / "9" / "notes.txt"
BOOK = "ref-assemblees-de-quartier-et-budget"
ARTICLE = "ref-conseils-de-quartier-une-lecture"
REPORT = "ref-rapport-dont-le-fichier-manque"
OUTSIDE = "ref-entree-qui-pointe-hors-de-l-export"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def export(tmp_path: Path) -> Path:
    """A copy of the export, with a file beside (outside) its folder for the `..` entry."""
    folder = tmp_path / "zotero-export"
    shutil.copytree(EXPORT, folder)
    (tmp_path / "zotero-outside.txt").write_text("secret hors de l'export\n", encoding="utf-8")
    return folder


def imported(library: Library, path: Path) -> ImportReport:
    return run_job(library.import_file(path))


@pytest.mark.parametrize(("name", "lines"), [("export.ris", (33, 40)), ("export.bib", (23, 31))])
def test_an_export_with_files_attaches_them(
    library: Library, export: Path, name: str, lines: tuple[int, int]
) -> None:
    report = imported(library, export / name)
    assert (report.found, report.imported, report.skipped) == (4, 4, 0)
    assert report.keys == (BOOK, ARTICLE, REPORT, OUTSIDE)
    assert report.attachments == 3
    assert report.to_dict()["attachments"] == 3
    book = library.attachments_of(BOOK)
    assert [(a.original_name, a.sha256, a.media_type) for a in book] == [
        (PDF.name, sha(PDF), "application/pdf"),
        (HTML.name, sha(HTML), "text/html"),
    ]
    assert all(a.has_text for a in book)
    [note] = library.attachments_of(ARTICLE)
    assert (note.original_name, note.sha256) == ("notes.txt", sha(NOTE))
    assert library.attachments_of(REPORT) == []
    assert library.attachments_of(OUTSIDE) == []
    # stored by hash, as `kb attach` stores them
    assert library.attachment_path(book[0].id).read_bytes() == PDF.read_bytes()
    # the missing file and the escaping path are warnings at their entries, not failures
    missing, outside = lines
    warned = [(w.where, w.line, w.code, w.params) for w in report.warnings]
    assert (name, missing, "import.file_missing", {"path": "files/12/rapport-absent.pdf"}) in warned
    assert (name, outside, "import.file_outside", {"path": "../zotero-outside.txt"}) in warned
    # the URL of the RIS « L2 » is not a file: left as it was
    if name == "export.ris":
        assert library.get(ARTICLE).details["extra"]["ris:L2"] == "https://example.org/conseils.pdf"


def test_imported_files_are_searchable_like_attached_ones(library: Library, export: Path) -> None:
    imported(library, export / "export.bib")
    assert [h.id for h in library.search("tamarinier").hits] == [BOOK]  # in the PDF
    assert [h.id for h in library.search("ornithorynque").hits] == [BOOK]  # the snapshot
    assert [h.id for h in library.search("pangolinade").hits] == [ARTICLE]  # the note


def test_preview_warns_and_attaches_nothing(library: Library, export: Path) -> None:
    report = library.preview_import(export / "export.ris")
    assert report.dry_run
    assert report.attachments == 0
    assert {w.code for w in report.warnings} >= {"import.file_missing", "import.file_outside"}
    assert [h.id for h in library.search("tamarinier").hits] == []


def test_a_second_import_with_update_does_not_attach_twice(library: Library, export: Path) -> None:
    imported(library, export / "export.ris")
    again = run_job(library.import_file(export / "export.ris", update=True))
    assert again.attachments == 0
    assert len(library.attachments_of(BOOK)) == 2
    assert not [w for w in again.warnings if w.code == "import.file_not_attached"]


def test_bibtex_file_field_forms() -> None:
    zotero = "Full Text:files/1/a\\:b.pdf:application/pdf;Snapshot:files/2/p.html:text/html"
    assert bibtex_file_links(zotero, 3) == [
        FileLink("files/1/a:b.pdf", "Full Text", "application/pdf", 3),
        FileLink("files/2/p.html", "Snapshot", "text/html", 3),
    ]
    assert bibtex_file_links("files/9/notes.txt") == [FileLink("files/9/notes.txt")]
    assert bibtex_file_links(":C\\:/Users/me/x.pdf:PDF") == [
        FileLink("C:/Users/me/x.pdf", "", "PDF")
    ]
    assert bibtex_file_links("C:/x/y.pdf") == [FileLink("C:/x/y.pdf")]


def test_resolution_keeps_every_path_inside_the_export(export: Path, tmp_path: Path) -> None:
    note = export / "files" / "9" / "notes.txt"
    assert resolve(FileLink(str(note)), export) == note  # absolute, but inside
    assert resolve(FileLink(note.as_uri()), export) == note
    secret = tmp_path / "zotero-outside.txt"
    for elsewhere in (str(secret), secret.as_uri(), str(NOTE)):  # absolute, outside
        refused = resolve(FileLink(elsewhere), export)
        assert not isinstance(refused, Path)
        assert refused.code == "import.file_outside"
    assert resolve(FileLink("files/9/notes.txt"), export) == export / "files/9/notes.txt"
    for escaping in ("../zotero-outside.txt", "files/../../zotero-outside.txt", "..\\x.txt"):
        refused = resolve(FileLink(escaping), export)
        assert not isinstance(refused, Path)
        assert refused.code == "import.file_outside"
    (export / "files" / "out").symlink_to(tmp_path)  # a folder link leading out
    refused = resolve(FileLink("files/out/zotero-outside.txt"), export)
    assert not isinstance(refused, Path)
    assert refused.code == "import.file_outside"
    missing = resolve(FileLink("files/0/none.pdf"), export)
    assert not isinstance(missing, Path)
    assert missing.code == "import.file_missing"
