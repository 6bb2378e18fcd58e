"""Copying an open library elsewhere (« Déplacer la bibliothèque… », ``kb library move``)."""

from __future__ import annotations

import errno
import hashlib
import shutil
from pathlib import Path

import pytest

from kb_app.core.errors import LibraryError, NotALibrary, ValidationError
from kb_app.core.library import (
    Library,
    check_library,
    check_new_library,
    copy_library,
    leave_moved_note,
)

DB = "library.sqlite3"


def tree_digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and "index" not in p.relative_to(folder).parts
    }


def test_copy_holds_every_fiche_attachment_and_backup(library: Library, tmp_path: Path) -> None:
    source = tmp_path / "note.txt"
    source.write_text("pièce jointe")
    key = library.list_fiches("case")[0].key
    library.add_attachment(key, source)
    library.backup()
    library.delete(library.list_fiches("reference")[0].key)  # the trash moves too
    target = tmp_path / "moved"
    target.mkdir()
    moved = copy_library(library, target)
    assert moved.to_dict() == {
        "from": str(library.folder),
        "to": str(target),
        "fiches": library.relocation.fiche_count(),
        "note": None,
    }
    assert (target / DB).is_file()
    backups = sorted(p.name for p in (library.folder / "backups").iterdir())
    assert backups
    assert sorted(p.name for p in (target / "backups").iterdir()) == backups
    with Library(target, create=False) as copy:
        assert copy.stats().total_fiches == library.stats().total_fiches
        assert copy.stats().trash == 1
        (attached,) = copy.attachments_of(key)
        assert attached.original_name == "note.txt"
        assert copy.attachment_path(attached.id).read_text() == "pièce jointe"
        assert copy.search("budget participatif").total > 0  # its own index, built


def test_a_full_disk_half_way_loses_nothing(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    attached = tmp_path / "note.txt"
    attached.write_text("pièce jointe")
    library.add_attachment(library.list_fiches("case")[0].key, attached)
    library.backup()
    before = tree_digest(library.folder)
    target = tmp_path / "moved"
    target.mkdir()
    real = shutil.copyfile
    copied: list[str] = []

    def copyfile(src: str, dst: str, **kwargs: bool) -> object:
        if copied:  # the second file: the disk is full
            raise OSError(errno.ENOSPC, "No space left on device")
        copied.append(src)
        return real(src, dst, **kwargs)

    monkeypatch.setattr(shutil, "copyfile", copyfile)
    with pytest.raises(LibraryError) as failed:
        copy_library(library, target)
    assert failed.value.code == "library.copy_failed"
    assert copied  # it failed half-way, not before starting
    assert list(target.iterdir()) == []  # what was copied is taken back
    assert tree_digest(library.folder) == before  # the source untouched
    assert library.stats().total_fiches > 0  # and still open and working


def test_a_database_copy_that_fails_removes_the_new_folder(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_space(*_args: object) -> list[str]:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr("kb_app.core.library.relocation.verified_backup", no_space)
    target = tmp_path / "new" / "moved"
    with pytest.raises(LibraryError, match="No space left"):
        copy_library(library, target)
    assert not target.exists()
    assert (library.folder / DB).is_file()


@pytest.mark.parametrize("where", ["inside", "not-empty", "itself"])
def test_a_target_that_cannot_receive_it_is_refused(
    library: Library, tmp_path: Path, where: str
) -> None:
    target = {
        "inside": library.folder / "attachments" / "x",
        "not-empty": tmp_path / "full",
        "itself": library.folder,
    }[where]
    if where == "not-empty":
        target.mkdir()
        (target / "notes.txt").write_text("x")
    with pytest.raises(ValidationError) as refused:
        copy_library(library, target)
    assert str(target) in str(refused.value)
    assert not (target / DB).exists() or target == library.folder


def test_the_note_left_in_the_old_folder(library: Library, tmp_path: Path) -> None:
    moved = leave_moved_note(copy_library(library, tmp_path / "moved"))
    assert moved.note is not None
    text = Path(moved.note).read_text(encoding="utf-8")
    assert str(tmp_path / "moved") in text
    assert "déplacée" in text
    assert "moved" in text
    assert (library.folder / DB).is_file()  # the old folder is kept, not deleted


def test_open_and_new_refuse_clearly(library_path: Path, tmp_path: Path) -> None:
    assert check_library(library_path) == library_path.absolute()
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(NotALibrary) as refused:
        check_library(empty)
    assert str(empty) in str(refused.value)
    assert list(empty.iterdir()) == []  # nothing created
    assert check_new_library(empty) == empty
    with pytest.raises(NotALibrary, match="already"):
        check_new_library(library_path)
