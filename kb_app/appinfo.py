"""Who the application is: its id, its name, its version (stdlib only, Qt-free).

``APP_ID`` is the reverse-DNS application id used everywhere the desktop needs one: the
desktop file's and the AppStream metainfo's names, the icon's name, the window's
``setDesktopFileName``. ``tests/test_desktop.py`` checks that they all agree.
"""

from __future__ import annotations

import tomllib
from importlib import metadata
from pathlib import Path

from kb_app import __version__

APP_ID = "io.github.kb_app.KbApp"
DISPLAY_NAME = "kb_app"
DISTRIBUTION = "kb_app"


def version() -> str:
    """The installed distribution's version; in a source tree that is not installed, the one
    ``pyproject.toml`` declares; else the package's own ``__version__``."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        pass
    pyproject = Path(__file__).resolve().parents[1] / "pyproject.toml"
    try:
        with pyproject.open("rb") as stream:
            declared = tomllib.load(stream).get("project", {}).get("version")
    except (OSError, tomllib.TOMLDecodeError):
        declared = None
    return declared if isinstance(declared, str) else __version__
