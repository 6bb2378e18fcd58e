"""Errors shown as sentences, never as tracebacks (Anki ``aqt/errors.py``).

A ``KbError`` is a code and parameters: its sentence comes from the core's message
catalogue, in the window's language. A ``ValidationError`` adds one sentence per located
problem. Anything else is a bug: the traceback goes to the log (the file of kb_app.logs,
and stderr) and the user reads one sentence.

Every error dialog has a « Copier les détails » button: the sentence, the traceback, the
version, the platform and the log file's path go to the clipboard, for a bug report.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from kb_app import logs
from kb_app.core.errors import KbError, Message, Problem, ValidationError
from kb_app.core.jobs import Cancelled
from kb_app.core.messages import Lang, render

log = logging.getLogger("kb_app.gui")


translate = QCoreApplication.translate


def window_language() -> Lang:
    """The language the window speaks: the one of the installed translation (its English
    translation turns this « fr » into « en »)."""
    return "en" if translate("Errors", "fr") == "en" else "fr"


def translate_message(message: Message) -> str:
    """The window's wording of a core message (a note that is not an error)."""
    return render(message.code, message.params, window_language())


def as_sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def error_text(exc: KbError) -> str:
    """The error's own sentence (without its problems), in the window's language."""
    return render(exc.code, exc.params, window_language())


def problem_sentence(problem: Problem) -> str:
    return as_sentence(render(problem.code, problem.params, window_language()))


def error_sentence(exc: BaseException) -> str:
    """One or more sentences a person can act on; never a traceback."""
    if isinstance(exc, Cancelled):  # however it was raised: the same sentence
        return as_sentence(render("job.cancelled", {}, window_language()))
    if isinstance(exc, ValidationError):
        lines = [as_sentence(error_text(exc)), *("• " + problem_sentence(p) for p in exc.problems)]
        return "\n".join(line for line in lines if line.strip("• "))
    if isinstance(exc, KbError):
        return as_sentence(error_text(exc))
    failure = _storage_failure(exc)
    if failure is not None:  # read-only, busy, full: one sentence, no traceback
        log.warning("storage failure: %s", exc)
        return as_sentence(error_text(failure))
    if isinstance(exc, OSError):
        detail = exc.strerror or str(exc)
        return translate("Errors", "Le fichier n'a pas pu être lu ou écrit : %1.").replace(
            "%1", detail
        )
    log.error("unexpected error", exc_info=exc)
    return translate(
        "Errors", "Une erreur inattendue s'est produite (%1) ; le détail est dans le journal."
    ).replace("%1", type(exc).__name__)


def _storage_failure(exc: BaseException) -> KbError | None:
    """The core's error for a database failure (only when the core is loaded)."""
    if "sqlalchemy" not in sys.modules:  # no library was ever opened: not a database error
        return None
    from kb_app.core.library import storage_failure

    return storage_failure(exc)


def error_box(parent: QWidget | None, exc: BaseException) -> QMessageBox:
    """The error's message box (not shown yet): its sentence, OK and « Copier les détails »."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "kb_app"))
    sentence = error_sentence(exc)
    box.setText(sentence)
    box.setAccessibleName(translate("Errors", "Message d'erreur"))
    ok = box.addButton(QMessageBox.StandardButton.Ok)
    box.setDefaultButton(ok)
    box.setEscapeButton(ok)
    add_copy_details(box, sentence, exc)
    return box


def add_copy_details(box: QMessageBox, message: str, exc: BaseException | None) -> QPushButton:
    """A « Copier les détails » button on ``box`` (which stays open when it is pressed)."""
    button = QPushButton(translate("Errors", "Copier les détails"), box)  # box owns it
    button.setObjectName("copy_details")
    button.setAccessibleName(translate("Errors", "Copier les détails de l'erreur"))
    box.addButton(button, QMessageBox.ButtonRole.ActionRole)
    button.clicked.disconnect()  # the message box's own handler would close it
    button.clicked.connect(lambda: copy_details(message, exc))
    return button


def copy_details(message: str, exc: BaseException | None) -> None:
    QGuiApplication.clipboard().setText(logs.details(message, exc))


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    error_box(parent, exc).open()


def open_log_folder() -> bool:
    """Show the folder of the log files in the file manager (« Aide › Ouvrir le dossier des
    journaux »); created first if nothing was logged yet."""
    folder = logs.log_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        log.warning("log folder %s: %s", folder, exc)
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
