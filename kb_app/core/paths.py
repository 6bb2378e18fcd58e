"""Where things are: shipped resources and schemas, the default library folder.

The default library lives in the platform's user data folder (platformdirs); ``KB_LIBRARY``
or ``--library`` override it. Citation styles a user adds are kept beside it, in
``styles/`` (``KB_STYLES_DIR`` overrides it).

Shipped files (``resources/``, ``schema/``) are found, in this order:
- ``KB_RESOURCES`` (resources only): a folder given by the user or a test;
- a PyInstaller bundle: ``sys._MEIPASS/resources`` and ``sys._MEIPASS/schema``;
- an installed package (wheel): ``kb_app/_shipped/…``, read with ``importlib.resources``
  (setup.py and pyproject.toml map the repository's folders there at build time);
- a source checkout or an editable install: the folders at the top of the repository.
"""

from __future__ import annotations

import hashlib
import os
import sys
import tempfile
from importlib import resources
from pathlib import Path

import platformdirs

APP_NAME = "kb_app"
SHIPPED = "_shipped"  # the folder of the installed package that holds resources/ and schema/


def project_root() -> Path:
    """The top of the source checkout (or the bundle), where ``resources/`` would be."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def _shipped(name: str) -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / name
    installed = resources.files("kb_app").joinpath(SHIPPED, name)
    # A wheel is installed as files on disk: its Traversable is a real folder (a zipped
    # package, which kb_app does not support, would fall through to the checkout's path).
    if isinstance(installed, Path) and installed.is_dir():
        return installed
    return project_root() / name


def resources_dir() -> Path:
    override = os.environ.get("KB_RESOURCES")
    return Path(override) if override else _shipped("resources")


def schema_dir() -> Path:
    return _shipped("schema")


#: The database file that makes a folder a library (``upkeep.opening.DB_NAME``: not imported,
#: paths sits below every other module).
LIBRARY_FILE = "library.sqlite3"


def default_library_dir() -> Path:
    """``KB_LIBRARY``; else the library the user chose last (a new or moved one, remembered by
    ``remember_default_library`` for the window and `kb` alike); else the platform's folder."""
    override = os.environ.get("KB_LIBRARY")
    if override:
        return Path(override).expanduser()
    return remembered_library() or platform_library_dir()


def platform_library_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library"


def _remembered_file() -> Path:
    override = os.environ.get("KB_CONFIG_DIR")
    folder = Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME))
    return folder / "default-library"


def remembered_library() -> Path | None:
    """The folder remembered as the default library, if it still holds one (a folder on a
    removed disk is not filled with a new library: the platform's default opens instead)."""
    try:
        text = _remembered_file().read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError):
        return None
    if not text or not (Path(text) / LIBRARY_FILE).is_file():
        return None
    return Path(text)


def remember_default_library(folder: Path | None) -> None:
    """Open ``folder`` by default from now on (None: back to the platform's folder). Written
    to a temporary file then renamed, so a crash leaves the old choice or the new one (not
    ``upkeep.durable``: paths sits below upkeep, which interchange may not reach)."""
    target = _remembered_file()
    if folder is None:
        target.unlink(missing_ok=True)
        return
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(target.name + ".tmp")
    temporary.write_text(str(Path(folder).absolute()) + "\n", encoding="utf-8")
    os.replace(temporary, target)


def user_styles_dir() -> Path:
    """Where the citation styles (``.csl``) a user added are kept (not created here)."""
    override = os.environ.get("KB_STYLES_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "styles"


def instance_key(folder: Path | str) -> str:
    """sha256 of the library folder's real path (symlinks and ``..`` resolved): the name of
    the window's single-instance lock and socket (``gui/single_instance.py``)."""
    real = os.path.realpath(os.fspath(Path(folder).expanduser()))
    return hashlib.sha256(real.encode("utf-8", "surrogateescape")).hexdigest()


def window_holding(folder: Path | str) -> int | None:
    """The PID of a live kb_app window holding ``folder`` (its ``QLockFile``, in the runtime
    folder the window uses: ``$XDG_RUNTIME_DIR``, else the temporary folder), else None.
    Read only: the lock file's first line is the holder's PID (Qt's format)."""
    runtime = os.environ.get("XDG_RUNTIME_DIR") or tempfile.gettempdir()
    lock = Path(runtime) / f"kb_app-{instance_key(folder)}.lock"
    try:
        pid = int(lock.read_text(encoding="utf-8", errors="replace").splitlines()[0])
    except (OSError, ValueError, IndexError):
        return None
    if pid <= 0 or pid == os.getpid():
        return None
    try:
        os.kill(pid, 0)
    except PermissionError:
        return pid  # alive, another user's
    except OSError:
        return None  # a lock left by a process that died
    return pid
