"""The window's language: which one, its translators, and switching it while the window is open.

Switching rebuilds the main window rather than retranslating it. The window's text is set
once, in the constructors of some sixty modules (about six hundred ``tr`` calls, plus
strings chosen at run time: summaries, pages, labels of the domain). Retranslating in place
would need a ``changeEvent(LanguageChange)`` method in every widget that shows text, kept up
to date by everyone who adds one; a forgotten one silently keeps the old language. Building
the window again runs the very code the start-up runs, so the new language is complete by
construction, and the tests that walk the window in each language check that code.

What the user had is carried over (``WindowState``): size and place, toolbars, splitters, the
page read and the back/forward history, the query and the filters, the sidebar tab, the
read-only request. The library is not closed: the new window takes the same ``LibraryHost``
(its worker thread and open library), and the one-window guard (``Guard``) follows it. The old
window is then closed without its exit backup and without closing the library.

A switch waits until no library call is running (their answers go to the old window's widgets).
"""

from __future__ import annotations

import configparser
import contextlib
import os
import sys
import warnings
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar, cast

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QRect,
    QTimer,
    QTranslator,
)
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter

from kb_app.core.paths import resources_dir
from kb_app.gui import settings
from kb_app.gui.errors import window_language
from kb_app.gui.ops import LibraryHost
from kb_app.gui.single_instance import Guard

LANGUAGES = settings.LANGUAGES
WAIT_IDLE_MS = 50  # how often a switch asked during a library call looks again

_installed: list[QTranslator] = []  # the translators this module put on the application
_replacement: list[QMainWindow] = []  # the window shown: a switch replaces it (see ``hold``)
_retired: list[QMainWindow] = []  # a replaced window, freed once its menu's signal is over


def system_language(ui_languages: list[str] | None = None) -> str:
    """French when the system asks for French or says nothing (C locale), else English."""
    tags = ui_languages if ui_languages is not None else QLocale.system().uiLanguages()
    for tag in tags:
        lowered = tag.lower()
        if lowered.startswith("fr") or lowered in ("c", "posix"):
            return "fr"
        if lowered[:2].isalpha():
            return "en"
    return "fr"


def chosen_language() -> str:
    return settings.language_override() or system_language()


def translations_dir() -> Path:
    return resources_dir() / "translations"


#: The locale Qt's widgets take as the system's for each language (see ``prepare_process``).
SYSTEM_LOCALES = {"fr": "fr_FR.UTF-8", "en": "en_US.UTF-8"}


def prepare_process(environ: MutableMapping[str, str] | None = None) -> str | None:
    """Before anything of Qt: its own widgets speak the language chosen in the menu.

    Qt's file dialog gives sizes (« 125 bytes ») in the *system* locale
    (``QLocale.system()``), which translators do not reach and which Qt reads once from the
    environment, as soon as anything asks (even making a ``QSettings``). So on Linux, where
    that dialog is Qt's own (Windows and macOS show the system's), the language chosen in the
    menu is read from the settings file as text and said by ``LC_MESSAGES`` (numbers,
    sorting and a ``LC_ALL`` the user set are left alone). A live switch cannot change it:
    the next start does. Returns the locale set, if any.
    """
    env = os.environ if environ is None else environ
    if not sys.platform.startswith("linux"):
        return None
    config = Path(env.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    ini = configparser.ConfigParser(interpolation=None)
    try:
        ini.read(config / settings.ORGANISATION / f"{settings.APPLICATION}.ini", "utf-8")
    except (configparser.Error, UnicodeDecodeError):
        return None
    chosen = ini.get("ui", "language", fallback="")
    if chosen not in SYSTEM_LOCALES:
        return None
    env["LC_MESSAGES"] = SYSTEM_LOCALES[chosen]
    return env["LC_MESSAGES"]


class QtTranslator(QTranslator):
    """Qt's own strings (file dialogs, message box buttons) in the window's language.

    The ``qtbase_fr.qm`` shipped with PySide6 6.12 predates some of its dialogs' texts: the
    file dialog asks for « &Look in: » and « Files of &type: » (mnemonics added), while the
    catalogue holds « Look in: » and « Files of type: ». A text with a mnemonic that is not
    found is looked up without it, and its translation gets the mnemonic back.
    """

    def translate(
        self,
        context: str,
        source: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        found = super().translate(context, source, disambiguation, n)
        if found:
            return found
        if "&" in source and "&&" not in source:
            plain = super().translate(context, source.replace("&", ""), disambiguation, n)
            if plain:
                return f"&{plain}"
        # Not found: the base class gives "" here, which Qt (and ``tr()`` in particular) would
        # take as the translation; None (a null QString) lets Qt ask the next translator.
        return cast(str, None)


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Our strings (French source, English translation) and Qt's own dialogs' strings.

    Translators installed by an earlier call are removed first, so this also switches.
    """
    remove_translators(app)
    qt = QtTranslator(app)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt)  # first: ours, installed after, is asked first
        _installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"kb_app_{language}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    QLocale.setDefault(
        QLocale(QLocale.Language.French if language == "fr" else QLocale.Language.English)
    )
    return list(_installed)


def remove_translators(app: QCoreApplication) -> None:
    """Back to the source language (French, without plural forms): tests start from it."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()


def hold(window: QMainWindow) -> None:
    """Keep ``window`` alive as the one shown (the start-up's window, then each new one)."""
    _replacement[:] = [window]


def replacement() -> QMainWindow | None:
    """The window the last switch built (it replaced the one whose menu was used)."""
    return _replacement[0] if _replacement else None


class Rebuildable(Protocol):
    """What a switch needs of the main window (the window class itself is not imported:
    only ``app`` imports ``main_window``)."""

    host: LibraryHost
    guard: Guard | None
    ask_read_only: bool

    def window_splitters(self) -> dict[str, QSplitter]: ...
    def carry_state(self) -> dict[str, Any]: ...
    def resume(self, state: dict[str, Any]) -> None: ...
    def hand_over(self) -> None: ...
    def bring_to_front(self) -> None: ...
    def import_files(self, paths: list[str]) -> None: ...


W = TypeVar("W", bound=QMainWindow)


@dataclass
class WindowState:
    """What the user sees and had chosen, taken from one window and given to its successor."""

    geometry: QRect  # as it is (restoreGeometry would fit it to the screen again)
    toolbars: QByteArray
    maximized: bool
    splitters: dict[str, QByteArray]
    content: dict[str, Any] = field(default_factory=dict)  # page, history, query, filters…

    @classmethod
    def of(cls, window: QMainWindow) -> WindowState:
        win = cast(Rebuildable, window)
        splitters = {k: s.saveState() for k, s in win.window_splitters().items()}
        return cls(
            window.geometry(),
            window.saveState(),
            window.isMaximized(),
            splitters,
            win.carry_state(),
        )

    def give(self, window: QMainWindow) -> None:
        if not self.maximized:
            window.setGeometry(self.geometry)
        window.restoreState(self.toolbars)
        win = cast(Rebuildable, window)
        for key, splitter in win.window_splitters().items():
            if key in self.splitters:
                splitter.restoreState(self.splitters[key])


def switch_language(
    window: W,
    language: str,
    build: Callable[[LibraryHost], W],
    *,
    done: Callable[[W], object] | None = None,
) -> None:
    """Speak ``language`` from now on: translators swapped, the window built again in it.

    ``build(host)`` makes the new window on the same library host. ``done(new window)`` is
    called once it is shown (at once when nothing runs on the library, else as soon as
    nothing does). Nothing happens when the window already speaks ``language``.
    """
    old = cast(Rebuildable, window)
    host = old.host
    if host.busy:  # an answer on its way to the old window: switch once it has arrived
        QTimer.singleShot(
            WAIT_IDLE_MS, window, lambda: switch_language(window, language, build, done=done)
        )
        return
    app = QApplication.instance()
    if app is None or window_language() == language:
        return
    state = WindowState.of(window)
    install_translators(app, language)
    new = build(host)
    _retired.extend(_replacement)
    hold(new)
    fresh = cast(Rebuildable, new)
    host.adopt(new)
    fresh.ask_read_only = old.ask_read_only
    guard: Guard | None = old.guard
    old.hand_over()
    if guard is not None:
        for signal, slot in (
            (guard.activate_requested, old.bring_to_front),
            (guard.files_requested, old.import_files),
        ):
            with (  # not connected (a window made by a test): PySide warns, then raises
                contextlib.suppress(RuntimeError, TypeError, SystemError),
                warnings.catch_warnings(),
            ):
                warnings.simplefilter("ignore", RuntimeWarning)
                signal.disconnect(slot)
        guard.activate_requested.connect(fresh.bring_to_front)
        guard.files_requested.connect(fresh.import_files)
        fresh.guard = guard
    if state.maximized:
        new.showMaximized()
    else:
        new.show()
    state.give(new)  # once shown: before, the splitters have no width to share
    fresh.resume(state.content)
    window.close()  # hidden; freed by Python once nothing holds it (not inside its own slot)
    QTimer.singleShot(0, app, _retired.clear)
    if done is not None:
        done(new)
