"""Where things are: shipped resources and schemas, the default library folder.

The default library lives in the platform's user data folder (platformdirs); ``KB_LIBRARY``
or ``--library`` override it. Citation styles a user adds are kept beside it, in
``styles/`` (``KB_STYLES_DIR`` overrides it). Shipped files are found beside the package
(a source checkout or an editable install) or in a PyInstaller bundle.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import platformdirs

APP_NAME = "kb_app"


def project_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    override = os.environ.get("KB_RESOURCES")
    return Path(override) if override else project_root() / "resources"


def schema_dir() -> Path:
    return project_root() / "schema"


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
