"""Attachments: content-addressed store, text extraction, path safety, crashes, disk full."""

from __future__ import annotations

import errno
import hashlib
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, update
from sqlalchemy.exc import OperationalError

from kb_app.core.errors import KbError, LibraryDamaged, NotFound, ValidationError
from kb_app.core.interchange import attachment_text as att
from kb_app.core.interchange.attachment_text import display_name
from kb_app.core.library import Library
from kb_app.core.library import attachments as att_service
from kb_app.core.storage import attachment_store, changes
from kb_app.core.storage.models import Attachment
from kb_app.core.storage.session import reading, transaction

PORTO = "case-porto-alegre-budget-participatif"
GENRO = "ref-genro-desouza-1998-budget-participatif"
PDF_WORDS = ["Zyglophore budgets", "quintessence territoriale"]


def minimal_pdf(lines: list[str]) -> bytes:
    """A one-page PDF whose content stream shows ``lines`` in Helvetica (written by hand)."""
    ops = " ".join(f"({line}) Tj 0 -16 Td" for line in lines)
    content = f"BT /F1 12 Tf 72 720 Td {ops} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def rows(library: Library) -> list[tuple[int, str, str]]:
    with reading(library.engine) as s:
        found = s.execute(
            select(Attachment.id, Attachment.sha256, Attachment.original_name).order_by(
                Attachment.id
            )
        ).all()
        return [(a, b, c) for a, b, c in found]


def tree(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def files(root: Path) -> set[str]:
    """Files only (an emptied hash folder may stay: it is harmless)."""
    return {p.relative_to(root).as_posix() for p in root.rglob("*") if not p.is_dir()}


def db_dump(folder: Path) -> str:
    conn = sqlite3.connect(folder / "library.sqlite3")
    try:
        return sha("\n".join(conn.iterdump()).encode())
    finally:
        conn.close()


def assert_store_sound(library: Library) -> None:
    """Every row names an existing file whose SHA-256 is the stored hash."""
    hashes = [h for _, h, _ in rows(library)]
    assert hashes
    for h in hashes:
        stored = library.folder / "attachments" / h[:2] / h
        assert stored.is_file()
        assert sha(stored.read_bytes()) == h


# -- round trip ------------------------------------------------------------------------------


def test_round_trip_pdf_text_and_search(library: Library, tmp_path: Path) -> None:
    data = minimal_pdf(PDF_WORDS)
    source = write(tmp_path / "in" / "rapport final.pdf", data)
    assert library.search_ids("zyglophore").keys == ()

    info = library.add_attachment(PORTO, source)

    stored = library.folder / "attachments" / info.sha256[:2] / info.sha256
    assert info.sha256 == sha(data) == sha(stored.read_bytes())
    assert (info.fiche_key, info.original_name) == (PORTO, "rapport final.pdf")
    assert (info.media_type, info.size, info.has_text, info.warning) == (
        "application/pdf",
        len(data),
        True,
        None,
    )
    with reading(library.engine) as s:
        text = s.scalar(select(Attachment.text).where(Attachment.id == info.id))
    assert text == "Zyglophore budgets\nquintessence territoriale"
    assert library.search_ids("zyglophore").keys == (PORTO,)
    assert [h.id for h in library.search("quintessence").hits] == [PORTO]
    listed = library.attachments_of(PORTO)
    assert [i.to_dict() for i in listed] == [info.to_dict()]
    assert library.attachment_path(info.id) == stored.resolve()
    assert not list((library.folder / "attachments" / "tmp").iterdir())


def test_plain_text_is_decoded_and_a_bad_encoding_is_a_warning(
    library: Library, tmp_path: Path
) -> None:
    good = library.add_attachment(
        PORTO,
        write(tmp_path / "notes.md", "\ufeff# Notes\r\nCoopérative xylophonique\r\n".encode()),
    )
    assert (good.media_type, good.has_text, good.warning) == ("text/markdown", True, None)
    bad = library.add_attachment(
        PORTO,
        write(tmp_path / "latin.txt", "Coopérative cacatoès".encode("latin-1")),
    )
    assert (bad.has_text, bad.size) == (False, 20)
    assert bad.warning is not None
    assert "could not be decoded" in bad.warning
    assert library.search_ids("xylophonique").keys == (PORTO,)
    binary = library.add_attachment(PORTO, write(tmp_path / "x.bin", b"\x00\x01" * 50))
    assert (binary.media_type, binary.has_text, binary.warning) == (
        "application/octet-stream",
        False,
        None,
    )


def test_same_file_twice_is_refused_and_two_fiches_share_one_file(
    library: Library, tmp_path: Path
) -> None:
    data = minimal_pdf(PDF_WORDS)
    first = library.add_attachment(PORTO, write(tmp_path / "a.pdf", data))
    before = tree(library.folder / "attachments")
    with pytest.raises(ValidationError, match="already attached"):
        library.add_attachment(PORTO, write(tmp_path / "b.pdf", data))
    assert tree(library.folder / "attachments") == before
    second = library.add_attachment(GENRO, tmp_path / "b.pdf")
    assert second.sha256 == first.sha256
    assert second.has_text
    assert len(rows(library)) == 2
    stored = library.folder / "attachments" / first.sha256[:2] / first.sha256
    assert sorted(library.search_ids("zyglophore").keys) == sorted([PORTO, GENRO])

    removed = library.remove_attachment(first.id)
    assert (removed.id, removed.fiche_key) == (first.id, PORTO)
    assert stored.is_file()  # still used by GENRO
    assert library.search_ids("zyglophore").keys == (GENRO,)
    library.remove_attachment(second.id)
    assert not stored.exists()
    assert library.search_ids("zyglophore").keys == ()
    assert rows(library) == []
    with pytest.raises(NotFound):
        library.remove_attachment(second.id)


def test_unknown_or_trashed_fiche_is_refused_before_copying(
    library: Library, tmp_path: Path
) -> None:
    source = write(tmp_path / "a.txt", b"hello")
    with pytest.raises(NotFound):
        library.add_attachment("no-such-fiche", source)
    library.delete(PORTO)  # to the trash
    with pytest.raises(NotFound):
        library.add_attachment(PORTO, source)
    assert tree(library.folder / "attachments") == set()


# -- path safety (T23) -----------------------------------------------------------------------

HOSTILE_NAMES = {
    "../../etc/passwd": "passwd",
    "/abs/x.pdf": "x.pdf",
    "C:\\x\\..\\y.pdf": "y.pdf",
    "..\\..\\z": "z",
    "C:evil.txt": "evil.txt",
    "CON": "CON",
    "NUL.txt": "NUL.txt",
    "AUX": "AUX",
    "a.": "a.",
    "a ": "a",
    "..": "attachment",
    "a\x00b\nc\x1b.txt": "abc.txt",
    "\u202etxt.exe": "txt.exe",
    "e\u0301te\u0301.txt": "été.txt",
}


@pytest.mark.parametrize("name", sorted(HOSTILE_NAMES))
def test_hostile_original_names_never_become_paths(
    library: Library, tmp_path: Path, name: str
) -> None:
    data = f"content for {name!r}".encode()
    source = write(tmp_path / "src" / "plain.txt", data)
    before = tree(tmp_path)
    info = library.add_attachment(PORTO, source, original_name=name)
    assert info.original_name == HOSTILE_NAMES[name]
    assert_only_hash_added(tmp_path, before, info.sha256)


def assert_only_hash_added(tmp_path: Path, before: set[str], digest: str) -> None:
    added = tree(tmp_path) - before
    sidecars = {"lib/library.sqlite3-wal", "lib/library.sqlite3-shm"}
    assert added - sidecars <= {
        "lib/attachments/tmp",
        f"lib/attachments/{digest[:2]}",
        f"lib/attachments/{digest[:2]}/{digest}",
    }
    assert f"lib/attachments/{digest[:2]}/{digest}" in added
    store = (tmp_path / "lib" / "attachments").resolve()
    for path in store.rglob("*"):
        assert path.resolve().is_relative_to(store)


@pytest.mark.parametrize(
    "filename", ["CON", "NUL.txt", "a.", "a ", "tab\tand\nnewline.txt", "x" * 251 + ".pdf"]
)
def test_hostile_source_file_names(library: Library, tmp_path: Path, filename: str) -> None:
    source = write(tmp_path / "src" / filename, filename.encode())
    before = tree(tmp_path)
    info = library.add_attachment(PORTO, source)
    assert info.original_name == display_name(filename)
    assert "\n" not in info.original_name
    assert_only_hash_added(tmp_path, before, info.sha256)


def test_long_names_are_capped_keeping_the_extension() -> None:
    assert len(("x" * 296 + ".pdf").encode()) == 300
    long = display_name("x" * 296 + ".pdf")
    assert (len(long), long[-4:]) == (255, ".pdf")
    accented = display_name("é" * 150)  # 300 bytes, 150 characters: kept whole
    assert accented == "é" * 150
    assert display_name("e\u0301" * 200) == "é" * 200  # NFC before the cap


def test_nfc_nfd_and_case_only_collisions_stay_distinct(library: Library, tmp_path: Path) -> None:
    nfc = library.add_attachment(PORTO, write(tmp_path / "1", b"one"), original_name="é.txt")
    nfd = library.add_attachment(
        PORTO,
        write(tmp_path / "2", b"two"),
        original_name="e\u0301.txt",
    )
    upper = library.add_attachment(PORTO, write(tmp_path / "3", b"3"), original_name="R.pdf")
    lower = library.add_attachment(PORTO, write(tmp_path / "4", b"4"), original_name="r.pdf")
    assert (nfc.original_name, nfd.original_name) == ("é.txt", "é.txt")
    assert (upper.original_name, lower.original_name) == ("R.pdf", "r.pdf")
    digests = {nfc.sha256, nfd.sha256, upper.sha256, lower.sha256}
    assert digests == {sha(b"one"), sha(b"two"), sha(b"3"), sha(b"4")}
    for i in (nfc, nfd, upper, lower):
        stored = library.attachment_path(i.id)
        assert stored.name == i.sha256
    with pytest.raises(ValidationError, match="already attached"):
        library.add_attachment(PORTO, tmp_path / "4", original_name="R.PDF")


def test_symlinks_directories_and_fifos_are_refused(library: Library, tmp_path: Path) -> None:
    target = write(tmp_path / "target.txt", b"secret")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    with pytest.raises(ValidationError) as caught:
        library.add_attachment(PORTO, link)
    assert "symbolic link" in caught.value.problems[0].message
    with pytest.raises(ValidationError, match="not a regular file"):
        library.add_attachment(PORTO, tmp_path)
    if hasattr(os, "mkfifo"):
        os.mkfifo(tmp_path / "fifo")
        with pytest.raises(ValidationError, match="not a regular file"):
            library.add_attachment(PORTO, tmp_path / "fifo")
    with pytest.raises(ValidationError, match="cannot be read"):
        library.add_attachment(PORTO, tmp_path / "missing.pdf")
    assert rows(library) == []
    assert tree(library.folder / "attachments") == set()


def test_size_cap_is_checked_before_copying(library: Library, tmp_path: Path) -> None:
    assert att_service.DEFAULT_MAX_SIZE == 2 * 1024**3
    source = write(tmp_path / "big.pdf", b"x" * 2000)
    with pytest.raises(ValidationError, match="too big") as caught:
        library.add_attachment(PORTO, source, max_size=1999)
    assert "limit of 1999 bytes" in caught.value.problems[0].message
    assert tree(library.folder / "attachments") == set()
    info = library.add_attachment(PORTO, source, max_size=2000)
    assert info.size == 2000


def test_paths_from_tampered_rows_or_store_are_refused(library: Library, tmp_path: Path) -> None:
    info = library.add_attachment(PORTO, write(tmp_path / "a", b"a"))
    outside = tmp_path / "outside"
    write(outside / info.sha256, b"a")
    subdir = library.folder / "attachments" / info.sha256[:2]
    (subdir / info.sha256).unlink()
    subdir.rmdir()
    subdir.symlink_to(outside)  # a store folder that leads elsewhere
    with pytest.raises(LibraryDamaged, match="outside"):
        library.attachment_path(info.id)
    with transaction(library.engine) as s:
        s.execute(update(Attachment).values(sha256="../../../etc/passwd"))
    with pytest.raises(LibraryDamaged, match="malformed"):
        library.attachment_path(info.id)
    with pytest.raises(NotFound):
        library.attachment_path(999)


# -- broken PDFs -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"%PDF-1.4\n" + os.urandom(300), "could not be read"),
        (minimal_pdf(PDF_WORDS)[:200], "could not be read"),
        (minimal_pdf([]), "no text"),
    ],
    ids=["garbage", "truncated", "no-text"],
)
def test_broken_pdf_is_stored_without_text_and_a_warning(
    library: Library, tmp_path: Path, data: bytes, expected: str
) -> None:
    source = write(tmp_path / "broken.pdf", data)
    info = library.add_attachment(PORTO, source)
    assert not info.has_text
    assert info.warning is not None
    assert expected in info.warning
    stored = library.attachment_path(info.id)
    assert sha(stored.read_bytes()) == sha(data)
    assert [i.has_text for i in library.attachments_of(PORTO)] == [False]


def test_pdf_extraction_is_bounded(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(att, "MAX_TEXT_CHARS", 30)
    source = write(tmp_path / "a.pdf", minimal_pdf(PDF_WORDS * 5))
    text, notes = att.extract_text(source, "a.pdf", "application/pdf")
    assert text == "Zyglophore budgets\nquintessenc"
    assert [n.message for n in notes] == ["text cut at 30 characters"]
    monkeypatch.setattr(att, "MAX_PDF_PAGES", 0)
    text, notes = att.extract_text(source, "a.pdf", None)
    assert text is None
    assert [n.message for n in notes] == [
        "only the first 0 of 1 pages were read",
        "the PDF holds no text (scanned pages?)",
    ]


# -- crashes, disk full, database failures ---------------------------------------------------

ADDER = """
import sys
import time
from pathlib import Path
from kb_app.core.library import Library
lib = Library.open(sys.argv[1], indexing="off")
lib.add_attachment(sys.argv[2], Path(sys.argv[3]))
print("acknowledged", flush=True)
"""


@pytest.mark.parametrize(
    ("point", "leftover"),
    [
        ("attachment_copy_chunk", "partial"),
        ("attachment_copy_chunk:2", "partial"),
        ("attachment_before_replace", "partial"),
        ("attachment_after_replace", "referenced by no fiche"),
        ("attachment_before_commit", "referenced by no fiche"),
    ],
)
def test_kill_during_add_leaves_no_dangling_row(
    library_path: Path, tmp_path: Path, point: str, leftover: str
) -> None:
    data = os.urandom(3 * attachment_store.CHUNK + 17)  # several chunks
    source = write(tmp_path / "big.bin", data)
    proc = subprocess.run(
        [sys.executable, "-c", ADDER, str(library_path), PORTO, str(source)],
        env={**os.environ, "KB_CRASH_AT": point},
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == -signal.SIGKILL, proc.stderr
    assert "acknowledged" not in proc.stdout
    with Library.open(library_path) as lib:
        assert rows(lib) == []
        (found,) = lib.sweep_attachments(repair=False)
        assert leftover in str(found)
        (repaired,) = lib.sweep_attachments(repair=True)
        assert repaired.code in ("check.part_removed", "check.unreferenced_removed")
        assert lib.sweep_attachments(repair=False) == []
        assert files(lib.folder / "attachments") == set()
        info = lib.add_attachment(PORTO, source)  # works afterwards
        assert info.sha256 == sha(data)
        assert_store_sound(lib)


def test_disk_full_mid_copy_changes_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "big.bin", os.urandom(3 * attachment_store.CHUNK))
    real_write = attachment_store.write_chunk
    calls: list[int] = []

    def full_on_second(fd: int, data: bytes) -> None:
        calls.append(len(data))
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_write(fd, data)

    monkeypatch.setattr(attachment_store, "write_chunk", full_on_second)
    dump = db_dump(library.folder)
    with pytest.raises(KbError, match="disk is full"):
        library.add_attachment(PORTO, source)
    assert len(calls) == 2
    assert db_dump(library.folder) == dump
    assert files(library.folder / "attachments") == set()


FSIZE_LIMITED = """
import resource, signal, sys
from pathlib import Path
from kb_app.core.errors import KbError
from kb_app.core.library import Library
lib = Library.open(sys.argv[1], indexing="off")
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
resource.setrlimit(resource.RLIMIT_FSIZE, (512 * 1024, 512 * 1024))
try:
    lib.add_attachment(sys.argv[2], Path(sys.argv[3]))
except KbError as exc:
    print("refused:", exc, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGXFSZ"), reason="needs RLIMIT_FSIZE")
def test_real_write_limit_mid_copy_changes_nothing(library_path: Path, tmp_path: Path) -> None:
    source = write(tmp_path / "big.bin", os.urandom(2 * attachment_store.CHUNK))
    dump = db_dump(library_path)
    proc = subprocess.run(
        [sys.executable, "-c", FSIZE_LIMITED, str(library_path), PORTO, str(source)],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert proc.stdout.startswith("refused: the disk is full"), proc.stdout + proc.stderr
    assert db_dump(library_path) == dump
    assert files(library_path / "attachments") == set()


def test_database_failure_removes_the_new_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def failing(*_args: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(changes, "record", failing)
    with pytest.raises(LibraryDamaged) as caught:
        library.add_attachment(PORTO, write(tmp_path / "a", b"abc"))
    assert caught.value.code == "library.disk_full"
    assert rows(library) == []
    assert files(library.folder / "attachments") == set()


def test_a_race_on_the_unique_row_keeps_the_shared_file(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = write(tmp_path / "a.txt", b"shared words")
    first = library.add_attachment(PORTO, source)
    monkeypatch.setattr(library.attachments, "_prepare", lambda key, _s, _n: (key, True, None))
    (library.folder / "attachments" / first.sha256[:2] / first.sha256).unlink()  # re-created
    with pytest.raises(ValidationError, match="already attached"):
        library.add_attachment(PORTO, source)
    assert len(rows(library)) == 1
    assert library.attachment_path(first.id).read_bytes() == b"shared words"


# -- sweep -----------------------------------------------------------------------------------


def test_sweep_reports_and_repairs_without_deleting_rows(library: Library, tmp_path: Path) -> None:
    damaged = library.add_attachment(PORTO, write(tmp_path / "a", b"a"))
    missing = library.add_attachment(PORTO, write(tmp_path / "b", b"b"))
    store = library.folder / "attachments"
    (store / damaged.sha256[:2] / damaged.sha256).write_bytes(b"bit rot")
    (store / missing.sha256[:2] / missing.sha256).unlink()
    orphan = sha(b"orphan")
    write(store / orphan[:2] / orphan, b"orphan")
    write(store / "tmp" / "dead.part", b"half")
    write(store / damaged.sha256[:2] / "notes.txt", b"left by a person")
    prefix = damaged.sha256[:2]
    expected = [
        "partial attachment copy left by an interrupted add: attachments/tmp/dead.part",
        f"unexpected entry in the attachment store: attachments/{prefix}/notes.txt",
        f"attachment file referenced by no fiche: attachments/{orphan[:2]}/{orphan}",
        f"attachment {damaged.id}: its file attachments/{prefix}/{damaged.sha256} is damaged "
        "(SHA-256 differs)",
        f"attachment {missing.id}: its file attachments/{missing.sha256[:2]}/{missing.sha256} "
        "is missing",
    ]
    assert sorted(map(str, library.sweep_attachments(repair=False))) == sorted(expected)
    repaired = [str(m) for m in library.sweep_attachments(repair=True)]
    assert sorted(repaired) == sorted(
        [
            expected[1],
            expected[3],
            expected[4],
            "partial attachment copy removed: attachments/tmp/dead.part",
            f"unreferenced attachment file removed: attachments/{orphan[:2]}/{orphan}",
        ]
    )
    assert len(rows(library)) == 2
    assert not (store / orphan[:2] / orphan).exists()
    assert (store / prefix / "notes.txt").exists()


def test_sweep_spares_recent_leftovers(library: Library) -> None:
    store = library.folder / "attachments"
    orphan = sha(b"in flight")
    leftovers = [
        write(store / orphan[:2] / orphan, b"in flight"),
        write(store / "tmp" / "x.part", b""),
    ]
    assert library.sweep_attachments(repair=True, min_age=3600) == []
    assert all(p.exists() for p in leftovers)
    for path in leftovers:
        os.utime(path, (time.time() - 3601, time.time() - 3601))
    assert len(library.sweep_attachments(repair=True, min_age=3600)) == 2
    assert not any(p.exists() for p in leftovers)


# -- the index follows ----------------------------------------------------------------------


def test_each_attachment_change_reaches_the_index(library: Library, tmp_path: Path) -> None:
    """No caller notifies the index: the commit of the change does (``storage.changes``)."""
    source = write(tmp_path / "n.txt", b"words about zyglophores")
    info = library.add_attachment(PORTO, source, original_name="n.md")
    assert (info.original_name, info.media_type) == ("n.md", "text/markdown")
    assert [h.id for h in library.search("zyglophores").hits] == [PORTO]
    assert [i.id for i in library.attachments_of(PORTO)] == [info.id]
    assert library.attachment_path(info.id).name == info.sha256
    assert library.sweep_attachments() == []
    assert library.remove_attachment(info.id).id == info.id
    assert library.search("zyglophores").total == 0
    with reading(library.engine) as s:
        assert s.scalar(select(func.count()).select_from(Attachment)) == 0
