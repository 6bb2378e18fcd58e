"""Errors shown as sentences, never as tracebacks (Anki ``aqt/errors.py``).

A ``KbError`` becomes its message, translated when it is one the window knows (the core
speaks English; these patterns give the French UI French sentences). A ``ValidationError``
adds one sentence per located problem. Anything else is a bug: the traceback goes to the
log (stderr) and the user reads one sentence.
"""

from __future__ import annotations

import logging
import re
import sys
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from kb_app.core.errors import KbError, Problem, ValidationError
from kb_app.core.jobs import Cancelled
from kb_app.gui.error_rules import LIBRARIAN_RULES
from kb_app.gui.labels import field_label

log = logging.getLogger("kb_app.gui")


translate = QCoreApplication.translate


def _field(path: str) -> str:
    names = [p for p in path.split(".") if p and not p.isdigit()]
    return field_label(names[-1]) if names else path


def _group(n: int) -> Callable[[re.Match[str]], str]:
    return lambda m: m[n]


def _path(n: int) -> Callable[[re.Match[str]], str]:
    return lambda m: _field(m[n])


def _name(n: int) -> Callable[[re.Match[str]], str]:
    return lambda m: field_label(m[n])


E = "Errors"
Arg = Callable[[re.Match[str]], str]
#: (core message pattern, French wording (the source of translations), values of %1, %2…)
RULES: list[tuple[str, str, tuple[Arg, ...]]] = [
    (r"^no fiche « (.+) »$", QT_TRANSLATE_NOOP("Errors", "aucune fiche « %1 »"), (_group(1),)),
    (r"^no concept « (.+?) »", QT_TRANSLATE_NOOP("Errors", "aucun concept « %1 »"), (_group(1),)),
    (
        r"^fiche « .+ » cannot be saved$",
        QT_TRANSLATE_NOOP("Errors", "la fiche ne peut pas être enregistrée"),
        (),
    ),
    (
        r"^unknown \(or ambiguous\) concept « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "concept inconnu (ou ambigu) : « %1 »"),
        (_group(1),),
    ),
    (
        r"^link to unknown fiche « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "lien vers une fiche inconnue : « %1 »"),
        (_group(1),),
    ),
    (
        r"^a fiche cannot link to itself$",
        QT_TRANSLATE_NOOP("Errors", "une fiche ne peut pas se lier à elle-même"),
        (),
    ),
    (
        r"^the id « (.+) » is already used$",
        QT_TRANSLATE_NOOP("Errors", "l'identifiant « %1 » est déjà utilisé"),
        (_group(1),),
    ),
    (
        r"^a dossier cannot change kind$",
        QT_TRANSLATE_NOOP("Errors", "un dossier ne peut pas changer de type"),
        (),
    ),
    (
        r"^the label « (.+) » is already used by « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "le libellé « %1 » est déjà utilisé par « %2 »"),
        (_group(1), _group(2)),
    ),
    (
        r"^a concept needs a French label$",
        QT_TRANSLATE_NOOP("Errors", "un concept doit avoir un libellé en français"),
        (),
    ),
    (
        r"^this change would make the hierarchy cyclic$",
        QT_TRANSLATE_NOOP(
            E, "cette modification créerait un cycle dans la hiérarchie des concepts"
        ),
        (),
    ),
    (
        r"^(?:([\w.]+): )?'(\w+)' is a required property$",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » est obligatoire"),
        (_name(2),),
    ),
    (
        r"^([\w.]+): .* should be non-empty$",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » ne doit pas être vide"),
        (_path(1),),
    ),
    (
        r"^([\w.]+): '(.*)' does not match ",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » n'a pas la forme attendue : « %2 »"),
        (_path(1), _group(2)),
    ),
    (
        r"^([\w.]+): .* is not one of ",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » a une valeur non prévue"),
        (_path(1),),
    ),
    (
        r"^([\w.]+): .* is not of type ",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » n'a pas le type attendu"),
        (_path(1),),
    ),
    (
        r"^([\w.]+): .* is too long$",
        QT_TRANSLATE_NOOP("Errors", "le champ « %1 » est trop long"),
        (_path(1),),
    ),
    (
        r"^« (.+) » is not in the trash$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » n'est pas dans la corbeille"),
        (_group(1),),
    ),
    (
        r"^« (.+) » is not in the basket$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » n'est pas dans le panier"),
        (_group(1),),
    ),
]
_COMPILED = [(re.compile(p, re.DOTALL), text, args) for p, text, args in [*RULES, *LIBRARIAN_RULES]]


def translate_message(message: str) -> str:
    """The window's wording of a core message (unchanged when it is not a known one)."""
    for pattern, text, args in _COMPILED:
        match = pattern.match(message.strip())
        if match:
            result = translate(E, text)
            for number, arg in enumerate(args, 1):
                result = result.replace(f"%{number}", arg(match))
            return result
    return message.strip()


def as_sentence(text: str) -> str:
    text = text.strip()
    if not text:
        return text
    text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else text + "."


def problem_sentence(problem: Problem) -> str:
    return as_sentence(translate_message(problem.message))


def error_sentence(exc: BaseException) -> str:
    """One or more sentences a person can act on; never a traceback."""
    if isinstance(exc, Cancelled):
        return translate("Errors", "L'opération a été annulée ; rien n'a été modifié.")
    if isinstance(exc, ValidationError):
        head = as_sentence(translate_message(str(exc.args[0]).split("\n", 1)[0]))
        lines = [head, *("• " + problem_sentence(p) for p in exc.problems)]
        return "\n".join(lines)
    if isinstance(exc, KbError):
        return as_sentence(translate_message(str(exc)))
    failure = _storage_failure(exc)
    if failure is not None:  # read-only, busy, full: one sentence, no traceback
        log.warning("storage failure: %s", exc)
        return as_sentence(translate_message(str(failure)))
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
    """The core's wording of a database failure (only when the core is loaded)."""
    if "sqlalchemy" not in sys.modules:  # no library was ever opened: not a database error
        return None
    from kb_app.core.library import storage_failure

    return storage_failure(exc)


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    if isinstance(exc, Cancelled):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Errors", "kb_app"))
    box.setText(error_sentence(exc))
    box.setAccessibleName(translate("Errors", "Message d'erreur"))
    box.open()
