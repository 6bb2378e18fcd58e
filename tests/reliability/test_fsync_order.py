"""fsync ordering audit with strace (RELIABILITY.md T15).

One child attaches a file to a fiche (`kb attach` when the command is registered, else the
core function it calls) and saves a note, under ``strace -f -yy -k``. The log shows, in
order: the copy's ``fsync``, its ``rename`` into the store, the ``fsync`` of the store folder,
and only then the database commit (the first write to the ``-wal`` file after the rename),
itself followed by a sync of the ``-wal`` before the command returns (synchronous=FULL).
Every write to the database files comes from SQLite's own code (its stack holds libsqlite3).
"""

from __future__ import annotations

import os
import random
import re
import shutil
import sqlite3
import string
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

KEY = "res-fph"
DB_FILES = ("library.sqlite3", "library.sqlite3-wal", "library.sqlite3-shm")
WRITES = ("write", "pwrite64", "writev", "pwritev", "pwritev2")
SYNCS = ("fsync", "fdatasync")
CALLS = (*WRITES, *SYNCS, "sync_file_range", "rename", "renameat", "renameat2")
CHILD = """
import os, sys
from pathlib import Path
from kb_app.cli.commands import COMMANDS
from kb_app.core.library import Library

def mark(name):
    os.write(1, f"KBMARK {name}\\n".encode())

folder, key, source = sys.argv[1:4]
mark("attach-begin")
if "attach" in COMMANDS:
    from kb_app.cli.main import main
    assert main(["--library", folder, "--json", "attach", key, source]) == 0
else:
    with Library.open(folder) as lib:
        lib.add_attachment(key, Path(source))
mark("attach-done")
with Library.open(folder) as lib:
    mark("note-begin")
    lib.set_note(key, "Une note personnelle sur ce texte. " * 300)
    mark("note-done")
mark("closed")
"""

_LINE = re.compile(r"^(\d+)\s+(\w+)\((.*)$")
_RESUMED = re.compile(r"^(\d+)\s+<\.\.\. (\w+) resumed>")
_FD = re.compile(r"^(-?\d+)<([^>]*)>")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_MARK = re.compile(r'"KBMARK ([a-z-]+)\\n"')


@dataclass
class Event:
    pid: int
    call: str
    path: str = ""  # the file behind the fd argument (strace -yy)
    paths: tuple[str, ...] = ()  # rename: source, destination
    mark: str = ""
    stack: list[str] = field(default_factory=list)


def parse(log: str) -> list[Event]:
    events: list[Event] = []
    pending: dict[int, Event] = {}
    current: Event | None = None
    for line in log.splitlines():
        if line.lstrip().startswith(">"):
            if current is not None:
                current.stack.append(line.strip())
            continue
        resumed = _RESUMED.match(line)
        if resumed:
            current = pending.pop(int(resumed.group(1)), None)
            continue
        found = _LINE.match(line)
        if not found:
            current = None
            continue
        pid, call, args = int(found.group(1)), found.group(2), found.group(3)
        event = Event(pid, call)
        fd = _FD.match(args)
        if fd:
            event.path = fd.group(2)
        if call.startswith("rename"):
            event.paths = tuple(_QUOTED.findall(args)[:2])
        mark = _MARK.search(args) if call == "write" else None
        if mark:
            event.mark = mark.group(1)
        events.append(event)
        current = event
        if "<unfinished ...>" in line:
            pending[pid] = event
    return events


@dataclass
class Trace:
    events: list[Event]
    folder: Path
    stacks: bool

    def at(self, mark: str) -> int:
        found = [i for i, e in enumerate(self.events) if e.mark == mark]
        assert len(found) == 1, f"mark {mark}: {len(found)}"
        return found[0]

    def find(self, start: int, end: int, call: tuple[str, ...], path: str) -> list[int]:
        return [
            i
            for i in range(start, end)
            if self.events[i].call in call and self.events[i].path == path
        ]


def strace_stack_support() -> bool:
    probe = subprocess.run(
        ["strace", "-k", "-e", "trace=getpid", "true"], capture_output=True, check=False
    )
    return probe.returncode == 0


@pytest.fixture(scope="module")
def trace(template_library: Path, tmp_path_factory: pytest.TempPathFactory) -> Trace:
    if shutil.which("strace") is None:
        pytest.skip("strace not installed")
    base = tmp_path_factory.mktemp("strace")
    folder = (base / "lib").resolve()
    shutil.copytree(template_library, folder)  # no search index yet: no Whoosh writes
    source = base / "rapport.txt"
    rng = random.Random(15)
    words = ("".join(rng.choices(string.ascii_lowercase, k=8)) for _ in range(40_000))
    source.write_text(" ".join(words), encoding="utf-8")
    stacks = strace_stack_support()
    log = base / "strace.log"
    command = ["strace", "-f", "-qq", "-yy", "-s", "48", "-o", str(log)]
    command += ["-k"] if stacks else []
    command += ["-e", f"trace={','.join(CALLS)}", sys.executable, "-c", CHILD]
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("KB_CRASH_AT", None)
    run = subprocess.run(
        [*command, str(folder), KEY, str(source)],
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    if run.returncode != 0 and "Operation not permitted" in run.stderr:
        pytest.skip(f"strace cannot trace here: {run.stderr.strip()[:200]}")
    assert run.returncode == 0, run.stderr[-3000:]
    assert run.stdout.count("KBMARK") == 5
    conn = sqlite3.connect(folder / "library.sqlite3")
    try:
        rows = conn.execute("SELECT count(*) FROM attachment").fetchone()[0]
    finally:
        conn.close()
    assert rows == 1
    return Trace(parse(log.read_text(errors="replace")), folder, stacks)


def attachment_steps(trace: Trace) -> dict[str, int]:
    """Positions of the attachment's durable steps in the log; asserts their order."""
    begin, done = trace.at("attach-begin"), trace.at("attach-done")
    events = trace.events
    renames = [i for i in range(begin, done) if events[i].call.startswith("rename")]
    assert len(renames) == 1
    rename = renames[0]
    part, final = events[rename].paths
    assert part.endswith(".part")
    assert "/attachments/tmp/" in part
    assert re.search(r"/attachments/([0-9a-f]{2})/\1[0-9a-f]{62}$", final)
    part_writes = trace.find(begin, done, WRITES, part)
    part_syncs = trace.find(begin, done, SYNCS, part)
    assert part_writes
    assert part_syncs
    assert max(part_writes) < part_syncs[-1] < rename  # fsync(file) before the rename
    dir_syncs = trace.find(rename, done, SYNCS, str(Path(final).parent))
    assert dir_syncs, "the store folder is not synced after the rename"
    wal = str(trace.folder / "library.sqlite3-wal")
    commit_writes = trace.find(rename, done, WRITES, wal)
    assert commit_writes, "no database commit after the rename"
    assert dir_syncs[0] < commit_writes[0], "the row is committed before fsync(dir)"
    wal_syncs = trace.find(commit_writes[-1], done, SYNCS, wal)
    assert wal_syncs, "the commit of the attachment row is not synced before returning"
    return {
        "last copy write": max(part_writes),
        "fsync(copy)": part_syncs[-1],
        "rename": rename,
        "fsync(dir)": dir_syncs[0],
        "first -wal write": commit_writes[0],
        "-wal sync": wal_syncs[0],
    }


def test_attachment_is_durable_before_its_row(trace: Trace) -> None:
    steps = attachment_steps(trace)
    assert list(steps.values()) == sorted(steps.values())
    print("\nT15: attachment: " + ", ".join(f"{k} #{v}" for k, v in steps.items()))


SYNTHETIC = """\
1 write(1</dev/null>, "KBMARK attach-begin\\n", 20) = 20
1 write(7</l/attachments/tmp/a.part>, "data", 4) = 4
1 fsync(7</l/attachments/tmp/a.part>) = 0
1 rename("/l/attachments/tmp/a.part", "/l/attachments/ab/ab{sha}") = 0
{middle}
1 fdatasync(4</l/library.sqlite3-wal>) = 0
1 write(1</dev/null>, "KBMARK attach-done\\n", 20) = 20
"""


@pytest.mark.parametrize("good", [True, False])
def test_order_check_catches_a_commit_before_fsync_dir(good: bool) -> None:
    steps = [
        "1 fsync(8</l/attachments/ab>) = 0",
        '1 pwrite64(4</l/library.sqlite3-wal>, "x", 1, 0) = 1',
    ]
    log = SYNTHETIC.format(sha="0" * 62, middle="\n".join(steps if good else steps[::-1]))
    trace = Trace(parse(log), Path("/l"), stacks=False)
    if good:
        assert list(attachment_steps(trace).values()) == [1, 2, 3, 4, 5, 6]
    else:
        with pytest.raises(AssertionError, match="before fsync"):
            attachment_steps(trace)


def test_every_commit_is_synced_before_the_call_returns(trace: Trace) -> None:
    wal = str(trace.folder / "library.sqlite3-wal")
    for start, end in (("attach-begin", "attach-done"), ("note-begin", "note-done")):
        first, last = trace.at(start), trace.at(end)
        writes = trace.find(first, last, WRITES, wal)
        syncs = trace.find(first, last, SYNCS, wal)
        assert writes, f"{start}: nothing committed"
        assert syncs, f"{end}: -wal never synced"
        assert syncs[-1] > writes[-1], f"{end}: -wal written but not synced"
        print(f"T15: {start[:-6]}: {len(writes)} -wal writes, {len(syncs)} -wal syncs")


def test_database_files_are_written_by_sqlite_only(trace: Trace) -> None:
    if not trace.stacks:
        pytest.skip("this strace cannot print stacks (-k): who wrote cannot be told")
    names = {str(trace.folder / name) for name in DB_FILES}
    writes = [e for e in trace.events if e.call in WRITES and e.path in names]
    assert writes
    foreign = [e for e in writes if not any("sqlite3" in frame for frame in e.stack)]
    assert foreign == [], [(e.call, e.path, e.stack[:4]) for e in foreign[:3]]
    touched = [e for e in trace.events if e.call.startswith("rename") and set(e.paths) & names]
    assert touched == []
    main_db = sum(1 for e in writes if e.path.endswith("library.sqlite3"))
    print(f"T15: {len(writes)} writes to the database files, all from SQLite ({main_db} main)")


def test_parser_reads_strace_lines() -> None:
    log = "\n".join(
        [
            '12 write(1</dev/pts/0>, "KBMARK attach-begin\\n", 20) = 20',
            "12 fsync(7</l/attachments/tmp/a.part> <unfinished ...>",
            '13 pwrite64(4</l/library.sqlite3-wal>, "x", 1, 0) = 1',
            " > /usr/lib/libsqlite3.so.0(unixWrite+0x10) [0x1]",
            "12 <... fsync resumed>) = 0",
            " > /usr/lib/libc.so.6(fsync+0x10) [0x2]",
            '12 rename("/l/attachments/tmp/a.part", "/l/attachments/ab/ab12") = 0',
        ]
    )
    events = parse(log)
    assert [(e.call, e.path) for e in events] == [
        ("write", "/dev/pts/0"),
        ("fsync", "/l/attachments/tmp/a.part"),
        ("pwrite64", "/l/library.sqlite3-wal"),
        ("rename", ""),
    ]
    assert events[0].mark == "attach-begin"
    assert events[1].stack == ["> /usr/lib/libc.so.6(fsync+0x10) [0x2]"]
    assert events[2].stack == ["> /usr/lib/libsqlite3.so.0(unixWrite+0x10) [0x1]"]
    assert events[3].paths == ("/l/attachments/tmp/a.part", "/l/attachments/ab/ab12")
