"""Markdown fiches from a zip archive: hostile names, bombs, symlinks (RELIABILITY T23/T24)."""

from __future__ import annotations

import stat
import zipfile
from pathlib import Path

import pytest

from kb_app.core.errors import ValidationError
from kb_app.core.interchange import archive
from kb_app.core.jobs import run_job
from kb_app.core.library import Library

FICHE = (
    "---\nid: {key}\nkind: reference\ntitle: Titre {key}\nlang: fr\n"
    "concepts: [bien commun, gouvernance territoriale]\nagents: []\n"
    "reference: {{type: book}}\n---\n\nCorps.\n"
)


def files_under(folder: Path) -> set[Path]:
    return {p for p in folder.rglob("*") if p.is_file()}


def test_hostile_member_names_are_left_out_and_nothing_is_written(
    library: Library, tmp_path: Path
) -> None:
    zpath = tmp_path / "in.zip"
    hostile = ["../../evil.md", "/abs/evil.md", "C:\\evil.md", "..\\..\\evil.md", "a/../../b.md"]
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("ok/ref-dans-archive.md", FICHE.format(key="ref-dans-archive"))
        for n, name in enumerate(hostile):
            z.writestr(name, FICHE.format(key=f"ref-evil-{n}"))
        link = zipfile.ZipInfo("lien.md")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        z.writestr(link, "/etc/passwd")
    before = files_under(tmp_path)
    report = run_job(library.import_file(zpath))
    assert (report.found, report.imported, report.skipped) == (7, 1, 6)
    reasons = sorted(p.message for p in report.errors)
    assert reasons.count("member name climbs out of the archive (..)") == 2
    assert "absolute member name" in reasons
    assert reasons.count("Windows path in a member name") == 2
    assert "symbolic link member" in reasons
    assert library.get("ref-dans-archive").title == "Titre ref-dans-archive"
    created = files_under(tmp_path) - before
    assert all(p.is_relative_to(library.folder) for p in created)
    assert not (tmp_path.parent / "evil.md").exists()


def test_ratio_bomb_is_refused_before_reading(library: Library, tmp_path: Path) -> None:
    zpath = tmp_path / "bomb.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("big.md", b"0" * 5_000_000)  # ~1:1000
    count = len(library.export_keys())
    with pytest.raises(ValidationError, match="expands more than 100 times"):
        run_job(library.import_file(zpath))
    assert len(library.export_keys()) == count


def test_too_many_members_and_nested_archives(
    library: Library, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(archive, "MAX_MEMBERS", 50)
    zpath = tmp_path / "many.zip"
    with zipfile.ZipFile(zpath, "w") as z:
        for n in range(51):
            z.writestr(f"f{n}.txt", "x")
    with pytest.raises(ValidationError, match="51 members"):
        run_job(library.import_file(zpath))
    inner = tmp_path / "inner.zip"
    with zipfile.ZipFile(inner, "w") as z:
        z.writestr("ref-nested.md", FICHE.format(key="ref-nested"))
    outer = tmp_path / "outer.zip"
    with zipfile.ZipFile(outer, "w") as z:
        z.write(inner, "inner.zip")
    report = run_job(library.import_file(outer))
    assert report.found == 0  # nested archives are never opened
    assert "ref-nested" not in library.export_keys()


def test_not_a_zip(library: Library, tmp_path: Path) -> None:
    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"PK\x03\x04 not really")
    with pytest.raises(ValidationError, match="not a readable zip"):
        run_job(library.import_file(bad))
