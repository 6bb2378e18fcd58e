"""Who the application is: its id, its name, its version (stdlib only, Qt-free).

``APP_ID`` is the reverse-DNS application id used everywhere the desktop needs one: the
desktop file's and the AppStream metainfo's names, the icon's name, the window's
``setDesktopFileName``. ``tests/test_desktop.py`` checks that they all agree.
"""

from __future__ import annotations

from kb_app import version

APP_ID = "io.github.kb_app.KbApp"
DISPLAY_NAME = "kb_app"

__all__ = ["APP_ID", "DISPLAY_NAME", "version"]  # version: the installed one, else __version__
