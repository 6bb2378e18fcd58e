"""What the window's dialogs set up the same way.

``titled``: the title (also the accessible name) and the size, never more than the screen's
free area (``fit_size``: every dialog fits a 1024×768 screen). ``button_box``: the standard
buttons with our own texts, « rejected » closing the dialog. ``EditorDialog``: the base of the
forms that ask to be saved (fiche, concept): a line for problems, ``show_error``.

Texts are translated by the caller (``self.tr`` in the dialog), so each string keeps the
translation context of its dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QDialog, QDialogButtonBox, QLabel, QWidget

from kb_app.gui.errors import error_sentence

Button = QDialogButtonBox.StandardButton
#: Room kept around a dialog on its screen: its title bar and frame.
FRAME = QSize(16, 48)


def titled(dialog: QDialog, title: str, size: tuple[int, int] | None = None) -> None:
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    if size is not None:
        fit_size(dialog, *size)


def fit_size(dialog: QWidget, width: int, height: int) -> None:
    """Resize ``dialog`` to ``width``×``height``, or less on a screen with less room (the
    screen of its parent window, else the primary one)."""
    owner = dialog.parentWidget()
    screen = (owner.screen() if owner is not None else None) or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().size() - FRAME
    dialog.resize(QSize(width, height).boundedTo(room))


def button_box(
    dialog: QDialog,
    texts: Mapping[Button, str],
    accepted: Callable[[], object] | None = None,
    actions: Sequence[QAbstractButton] = (),
) -> QDialogButtonBox:
    """The standard buttons ``texts`` names, with those texts; ``accepted`` is what the
    accepting one does; ``actions`` are added beside them (« Restaurer », « Actualiser »)."""
    which = Button.NoButton
    for button in texts:
        which |= button
    box = QDialogButtonBox(which, dialog)
    for button, text in texts.items():
        box.button(button).setText(text)
    for action in actions:
        box.addButton(action, QDialogButtonBox.ButtonRole.ActionRole)
    if accepted is not None:
        box.accepted.connect(accepted)
    box.rejected.connect(dialog.reject)
    return box


class EditorDialog(QDialog):
    """A form that never writes: it asks to be saved, the save runs on the worker thread, and
    a failure comes back to ``show_error`` as sentences while the dialog stays open with
    everything typed."""

    def problems_line(self) -> QLabel:
        """The line that shows what to correct (hidden until there is something)."""
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        return self.error

    def save_buttons(self, save: str, cancel: str) -> QDialogButtonBox:
        return button_box(self, {Button.Save: save, Button.Cancel: cancel}, self.request_save)

    def request_save(self) -> None:
        raise NotImplementedError

    def show_error(self, exc: BaseException) -> None:
        self.show_message(error_sentence(exc))

    def show_message(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
