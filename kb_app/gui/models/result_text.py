"""What a result says besides its row: why it matched (translated), what a drag carries."""

from __future__ import annotations

import json
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QMimeData

from kb_app.core.dto import Snippet
from kb_app.gui import labels

translate = QCoreApplication.translate
#: What a drag of fiches carries, for drops inside the window (``gui/drops.py``; the window
#: replaces ``ResultsModel.mime_for_keys`` to add the citations: ``gui/drag_out.py``).
KEYS_MIME = "application/x-kb-fiche-keys"


def keys_mime(keys: Sequence[str]) -> QMimeData:
    """The keys as JSON (``KEYS_MIME``) and one key a line as plain text."""
    data = QMimeData()
    data.setData(KEYS_MIME, json.dumps(list(keys)).encode("utf-8"))
    data.setText("\n".join(keys))
    return data


def why_text(snippet: Snippet) -> str:
    """« mots : budget, participatif (titre, texte du PDF « r.pdf ») ; concept « … » »."""
    if not (snippet.words or snippet.concepts or snippet.fields):
        return snippet.why  # the plain search (the index is being built) says it in words
    places = []
    for name in snippet.fields:
        if name == "title":
            places.append(translate("ResultsModel", "titre"))
        elif name == "text":
            places.append(translate("ResultsModel", "texte"))
        elif name == "attachment":
            file = snippet.attachment
            pdf = file.lower().endswith(".pdf")
            place = (
                translate("ResultsModel", "texte du PDF « %1 »")
                if pdf
                else translate("ResultsModel", "texte du fichier joint « %1 »")
            )
            places.append(place.replace("%1", file))
    parts = []
    if snippet.words:
        words = translate("ResultsModel", "mots : %1").replace("%1", ", ".join(snippet.words))
        parts.append(f"{words} ({', '.join(places)})" if places else words)
    for label in snippet.concepts:
        name = labels.concept_name(label)  # in English in the English window
        parts.append(translate("ResultsModel", "concept « %1 »").replace("%1", name))
    return " ; ".join(parts)
