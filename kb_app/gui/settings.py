"""Personal window settings kept in QSettings: language, geometry, splitters, query history.

Always an INI file in the user scope, so tests can redirect it with ``QSettings.setPath``.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QMainWindow, QSplitter

from kb_app.core import vocabulary

ORGANISATION = "kb_app"
APPLICATION = "kb_app"
LANGUAGES = ("fr", "en")
HISTORY_SIZE = 30


def store() -> QSettings:
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def language_override() -> str | None:
    """The language chosen in the Langue menu, or None to follow the system."""
    value = store().value("ui/language", "")
    return value if isinstance(value, str) and value in LANGUAGES else None


def set_language_override(language: str | None) -> None:
    s = store()
    if language in LANGUAGES:
        s.setValue("ui/language", language)
    else:
        s.remove("ui/language")


def load_bytes(key: str) -> QByteArray | None:
    value = store().value(key)
    return value if isinstance(value, QByteArray) and not value.isEmpty() else None


def save_bytes(key: str, value: QByteArray) -> None:
    store().setValue(key, value)


def restore_window(window: QMainWindow, splitters: Mapping[str, QSplitter]) -> None:
    """The window's geometry, toolbars and splitters as they were at the last close."""
    geometry = load_bytes("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    state = load_bytes("window/state")
    if state is not None:
        window.restoreState(state)
    for key, splitter in splitters.items():
        saved = load_bytes(f"splitters/{key}")
        if saved is not None:
            splitter.restoreState(saved)


def save_window(window: QMainWindow, splitters: Mapping[str, QSplitter]) -> None:
    save_bytes("window/geometry", window.saveGeometry())
    save_bytes("window/state", window.saveState())
    for key, splitter in splitters.items():
        save_bytes(f"splitters/{key}", splitter.saveState())


def query_history() -> list[str]:
    value = store().value("search/history", [])
    if isinstance(value, str):
        return [value] if value else []
    if not isinstance(value, list):  # nothing stored yet (None)
        return []
    return [str(v) for v in value if str(v).strip()]


def remember_query(query: str) -> list[str]:
    """Put ``query`` first in the history (once) and return the new history."""
    query = query.strip()
    history = query_history()
    if query:
        history = [query, *[q for q in history if q != query]][:HISTORY_SIZE]
        store().setValue("search/history", history)
    return history


def clear_query_history() -> None:
    store().remove("search/history")


def citation_style(default: str) -> str:
    """The citation style last chosen (a name; the caller checks it still exists)."""
    value = store().value("citation/style", default)
    return value if isinstance(value, str) and value else default


def set_citation_style(name: str) -> None:
    store().setValue("citation/style", name)


def citation_form() -> str:
    """The in-text form last chosen: « text », « pandoc » or « latex »."""
    value = store().value("citation/form", "text")
    return value if value in ("text", "pandoc", "latex") else "text"


def set_citation_form(form: str) -> None:
    store().setValue("citation/form", form)


#: The kind of a new fiche on first run: a librarian adds references far more than analyses.
FIRST_FICHE_KIND = "reference"


def new_fiche_kind() -> str:
    """The kind of the last fiche created in the window (a reference the first time)."""
    value = store().value("editing/new_fiche_kind", FIRST_FICHE_KIND)
    return value if isinstance(value, str) and value in vocabulary.FICHE_KINDS else FIRST_FICHE_KIND


def set_new_fiche_kind(kind: str) -> None:
    if kind in vocabulary.FICHE_KINDS:
        store().setValue("editing/new_fiche_kind", kind)
