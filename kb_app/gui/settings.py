"""Personal window settings kept in QSettings: language, geometry, splitters, query history.

Always an INI file in the user scope, so tests can redirect it with ``QSettings.setPath``.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from kb_app.core import paths, vocabulary

ORGANISATION = "kb_app"
APPLICATION = "kb_app"
LANGUAGES = ("fr", "en")
HISTORY_SIZE = 30
#: The first-run window: this share of the screen's free area, never more than ``LARGEST``;
#: on a screen narrower than ``SMALL_SCREEN`` every pixel counts: all of the free area, and
#: maximised (a window manager then fits the frame too; without one the area is the window).
SCREEN_SHARE = 0.9
SMALL_SCREEN = 1280
LARGEST = QSize(1360, 860)


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


def available_geometry(widget: QWidget) -> QRect:
    """The free area (no task bar, no dock) of the screen ``widget`` is on, or would be."""
    screen = QGuiApplication.screenAt(widget.geometry().center()) or widget.screen()
    screen = screen or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def first_geometry(available: QRect, minimum: QSize) -> QRect:
    """The window's first place: ``SCREEN_SHARE`` of the free area (at most ``LARGEST``, at
    least ``minimum`` while the screen has room for it), centred."""
    share = 1.0 if available.width() < SMALL_SCREEN else SCREEN_SHARE
    size = QSize(
        min(LARGEST.width(), max(round(available.width() * share), minimum.width())),
        min(LARGEST.height(), max(round(available.height() * share), minimum.height())),
    ).boundedTo(available.size())
    rect = QRect(QPoint(0, 0), size)
    rect.moveCenter(available.center())
    return rect


def fitted(geometry: QRect, available: QRect, frame: QSize | None = None) -> QRect:
    """``geometry`` made to fit the free area: no larger (its frame, ``frame`` more than the
    window, included), then moved inside it. A geometry that fits is returned as it is."""
    extra = frame or QSize(0, 0)
    room = QSize(available.width() - extra.width(), available.height() - extra.height())
    rect = QRect(geometry.topLeft(), geometry.size().boundedTo(room))
    highest = available.top() + extra.height()  # room for the title bar above
    left = min(max(rect.left(), available.left()), available.right() + 1 - rect.width())
    top = min(max(rect.top(), highest), available.bottom() + 1 - rect.height())
    rect.moveTo(max(left, available.left()), max(top, available.top()))
    return rect


def restore_window(
    window: QMainWindow, splitters: Mapping[str, QSplitter], available: QRect | None = None
) -> None:
    """The window's geometry, toolbars and splitters as they were at the last close, the
    geometry made to fit the screen it opens on (``available``: its free area). On the first
    run, a size from that screen."""
    geometry = load_bytes("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    room = available if available is not None else available_geometry(window)
    if geometry is None:
        window.setGeometry(first_geometry(room, window.minimumSize()))
        least = window.minimumSize().expandedTo(window.minimumSizeHint())
        if least.width() <= room.width() < SMALL_SCREEN:  # the window manager fits it, frame
            window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    else:
        frame = window.frameGeometry().size() - window.geometry().size()
        placed = fitted(window.geometry(), room, frame)
        if placed != window.geometry():
            window.setGeometry(placed)
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


# -- issue 14 (first run, library files): the default library, the recent ones, the welcome --
RECENT_SIZE = 6


def default_library() -> str | None:
    """The library chosen in the window (a new or moved one) to open at the next start, by the
    window and by `kb` alike (kept by the core: ``paths.remember_default_library``)."""
    folder = paths.remembered_library()
    return str(folder) if folder else None


def set_default_library(folder: str | None) -> None:
    paths.remember_default_library(Path(folder) if folder else None)


def recent_libraries() -> list[str]:
    value = store().value("library/recent", [])
    items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return [str(v) for v in items if v][:RECENT_SIZE]


def remember_library(folder: str) -> list[str]:
    """``folder`` first in the recent libraries (once)."""
    items = [folder, *(f for f in recent_libraries() if f != folder)][:RECENT_SIZE]
    store().setValue("library/recent", items)
    return items


def welcome_seen(key: str) -> bool:
    """Whether the welcome page was shown for the library ``key`` (``instance_key``)."""
    return bool(store().value(f"welcome/{key}", False, bool))


def set_welcome_seen(key: str) -> None:
    store().setValue(f"welcome/{key}", True)


# -- end of issue 14's block --
