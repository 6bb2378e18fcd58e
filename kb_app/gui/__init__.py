"""The desktop window: the only package that imports PySide6 (issue 4 builds it)."""
