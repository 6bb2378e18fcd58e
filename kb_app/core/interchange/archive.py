"""Reading Markdown fiches out of a zip archive without ever writing its members to disk.

Member names are only labels for messages: nothing is extracted, so ``../`` or absolute
names cannot reach the file system; they are still reported, and such members left out.
Limits keep a decompression bomb from exhausting memory: the archive is refused before any
member is read when it declares too many members, too many bytes, or a suspicious ratio;
each member is read with a bounded read, so a lying header cannot get past the limits.
"""

from __future__ import annotations

import stat
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from kb_app.core.errors import Message, Problem, ValidationError

MAX_MEMBERS = 10_000
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_MEMBER_BYTES = 16 * 1024 * 1024
MAX_RATIO = 100


@dataclass(frozen=True)
class Member:
    where: str  # "archive.zip!folder/file.md"
    text: str | None  # None: left out (see problem)
    problem: Message | None = None


def _unsafe(name: str) -> Message | None:
    if "\\" in name or (len(name) > 1 and name[1] == ":"):
        return Message.of("archive.windows_path")
    path = PurePosixPath(name)
    if path.is_absolute():
        return Message.of("archive.absolute_name")
    if ".." in path.parts:
        return Message.of("archive.climbs_out")
    return None


def _check_limits(archive: zipfile.ZipFile, where: str) -> None:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ValidationError(
            "archive.too_many_members", name=where, count=len(infos), limit=MAX_MEMBERS
        )
    total = sum(i.file_size for i in infos)
    if total > MAX_TOTAL_BYTES:
        raise ValidationError(
            "archive.too_big",
            name=where,
            megabytes=round(total / 1_048_576),
            limit=MAX_TOTAL_BYTES // 1_048_576,
        )
    for info in infos:
        if info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise ValidationError("archive.bomb", name=where, member=info.filename, ratio=MAX_RATIO)


def markdown_members(path: Path) -> Iterator[Member]:
    """Every ``.md`` member of the archive, decoded, or left out with the reason."""
    where = path.name
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise ValidationError("archive.unreadable", name=where, detail=str(exc)) from None
    with archive:
        _check_limits(archive, where)
        for info in archive.infolist():
            if info.is_dir() or not info.filename.lower().endswith(".md"):
                continue
            label = f"{where}!{info.filename}"
            problem = _unsafe(info.filename)
            if stat.S_ISLNK(info.external_attr >> 16):
                problem = Message.of("archive.symlink")
            if info.file_size > MAX_MEMBER_BYTES:
                problem = Message.of("archive.member_too_big", limit=MAX_MEMBER_BYTES // 1_048_576)
            if problem is not None:
                yield Member(label, None, problem)
                continue
            yield _read(archive, info, label)


def _read(archive: zipfile.ZipFile, info: zipfile.ZipInfo, label: str) -> Member:
    try:
        with archive.open(info) as fh:
            data = fh.read(MAX_MEMBER_BYTES + 1)
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError) as exc:
        return Member(label, None, Message.of("archive.member_unreadable", detail=str(exc)))
    if len(data) > MAX_MEMBER_BYTES:
        return Member(label, None, Message.of("archive.member_lies"))
    try:
        return Member(label, data.decode("utf-8").removeprefix("\ufeff"))
    except UnicodeDecodeError as exc:
        return Member(label, None, Message.of("archive.member_not_utf8", offset=exc.start))


def problem_of(member: Member) -> Problem:
    """Why ``member`` was left out, located at it."""
    assert member.problem is not None, "only a member left out has a problem"
    return Problem.at(member.where, member.problem, 1)
