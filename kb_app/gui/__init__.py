"""The desktop window: the only package that imports PySide6."""

from kb_app.gui.compat import protect_none

protect_none()
