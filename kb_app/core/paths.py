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

import os
import sys
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


def default_library_dir() -> Path:
    override = os.environ.get("KB_LIBRARY")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "library"


def user_styles_dir() -> Path:
    """Where the citation styles (``.csl``) a user added are kept (not created here)."""
    override = os.environ.get("KB_STYLES_DIR")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "styles"
