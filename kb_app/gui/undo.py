"""Undo and redo of the library's changes, on Qt's undo framework.

A change is made first (on the worker, as every write); then its owner ``record``s how to
undo and redo it. The ``QUndoCommand`` pushed for it skips its first ``redo()`` (the change
is already done); later ``undo()``/``redo()`` run the given callables on the worker thread
through ``LibraryHost.run``, one at a time: while one runs, undo and redo wait (``busy``).

A callable that finds the library no longer as the change left it (another window, the
``kb`` command, a change nobody recorded) raises ``StaleChange`` (see ``expect``) rather than
overwrite later work. Any failure is said by ``message`` and the whole history is cleared:
the commands around the failed one were computed against a state that no longer holds, so
keeping them would offer undos that could only fail or, worse, half-apply.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from kb_app.gui.errors import error_sentence
from kb_app.gui.ops import LibraryHost

if TYPE_CHECKING:
    from kb_app.core.library import Library

Step = Callable[["Library"], object]
#: Changes kept for undo (each holds a few drafts at most).
UNDO_LIMIT = 100


class StaleChange(Exception):
    """The library changed since the recorded change: undoing or redoing it would overwrite
    that later work."""


def expect(found: object, wanted: object) -> None:
    """Raise ``StaleChange`` unless the library still holds ``wanted`` (a draft, values…)."""
    if found != wanted:
        raise StaleChange


class _Change(QUndoCommand):
    """One recorded change; its callables run on the worker (through the history)."""

    def __init__(
        self,
        history: UndoHistory,
        text: str,
        undo: Step,
        redo: Step,
        then: tuple[str | None, str | None],
    ) -> None:
        super().__init__(text)
        self._history = history
        self._undo = undo
        self._redo = redo
        self._then = then  # page to show after an undo, after a redo
        self._fresh = True  # pushed after the change was made: the first redo() is a no-op

    def undo(self) -> None:
        self._history._run(self.text(), self._undo, self._then[0], undoing=True)

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._history._run(self.text(), self._redo, self._then[1], undoing=False)


class UndoHistory(QObject):
    """The window's undo/redo history of library changes (``stack``: a ``QUndoStack``)."""

    changed = Signal()  # an undo or redo changed the library
    message = Signal(str)
    state_changed = Signal()  # what undo/redo would do (text, enabled) may have changed
    open_url = Signal(str)  # the page to show after an undo or redo

    def __init__(self, host: LibraryHost, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._host = host
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(UNDO_LIMIT)
        self.busy = False  # an undo or redo is running on the worker
        self.stack.indexChanged.connect(self.state_changed)

    # -- recording -------------------------------------------------------------------------

    def record(
        self,
        text: str,
        undo: Step,
        redo: Step,
        then: str | None = None,
    ) -> None:
        """Record a change already made: ``undo(lib)`` reverts it, ``redo(lib)`` makes it
        again (both run on the worker); ``then``: the page to show afterwards."""
        self.record_both(text, undo, redo, then, then)

    def record_both(
        self,
        text: str,
        undo: Step,
        redo: Step,
        after_undo: str | None,
        after_redo: str | None,
    ) -> None:
        """``record`` with a page for each way (undoing a creation leaves its page)."""
        self.stack.push(_Change(self, text, undo, redo, (after_undo, after_redo)))

    # -- undoing ---------------------------------------------------------------------------

    def can_undo(self) -> bool:
        return not self.busy and self.stack.canUndo()

    def can_redo(self) -> bool:
        return not self.busy and self.stack.canRedo()

    def undo(self) -> None:
        if self.can_undo():
            self.stack.undo()

    def redo(self) -> None:
        if self.can_redo():
            self.stack.redo()

    def clear(self) -> None:
        self.stack.clear()
        self.state_changed.emit()

    def _run(self, text: str, step: Step, then: str | None, *, undoing: bool) -> None:
        self.busy = True
        self.state_changed.emit()

        def done(_result: object) -> None:
            self.busy = False
            self.state_changed.emit()
            said = self.tr("Annulé : %1") if undoing else self.tr("Rétabli : %1")
            self.message.emit(said.replace("%1", text))
            self.changed.emit()
            if then:
                self.open_url.emit(then)

        def failed(exc: BaseException) -> None:
            self.busy = False
            if isinstance(exc, StaleChange):
                reason = self.tr("la bibliothèque a changé depuis.")
            else:
                reason = error_sentence(exc)
            said = (
                self.tr("Impossible d'annuler « %1 » : %2")
                if undoing
                else self.tr("Impossible de rétablir « %1 » : %2")
            )
            self.clear()  # what it held was computed against a state that no longer holds
            self.message.emit(
                said.replace("%1", text).replace("%2", reason)
                + " "
                + self.tr("L'historique des modifications est vidé.")
            )
            self.changed.emit()  # show the library as it is

        self._host.run(step, done, failed)
