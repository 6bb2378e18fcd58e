"""The glossary in the reader: every concept of the thesaurus in French alphabetical order,
grouped by initial with a letter index, each with its labels, definition and the fiches
indexed with it (links)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kb_app.core.dto import Glossary, GlossaryEntry
from kb_app.gui import labels
from kb_app.gui.html import esc, link, page
from kb_app.gui.links import concept_url, fiche_url

translate = QCoreApplication.translate


def letter_anchor(letter: str) -> str:
    return "lettre-" + (letter.lower() if letter.isalpha() else "autres")


def _entry(e: GlossaryEntry) -> str:
    other = (
        f' <span class="meta">({esc(e.label_en)})</span>'
        if e.label_en and e.label_en != e.label
        else ""
    )
    head = f'<h3><a name="{esc(e.key)}"></a>{link(concept_url(e.key), e.label)}{other}</h3>'
    parts = [head]
    if e.alt_labels:
        alt = translate("Pages", "Autres termes : %1").replace("%1", ", ".join(e.alt_labels))
        parts.append(f'<p class="meta">{esc(alt)}</p>')
    definition = labels.concept_definition(e.definition, e.definition_en)
    if definition:  # in the window's language when the thesaurus has it
        parts.append(f"<p>{esc(definition)}</p>")
    if e.scope_note:
        parts.append(f'<p class="meta">{esc(e.scope_note)}</p>')
    if e.fiches:
        uses = translate("Pages", "Présent dans %n fiche(s) :", "", e.count)
        items = ", ".join(
            f'{link(fiche_url(f.key), f.title)} <span class="meta">'
            f"({esc(labels.kind_label(f.kind).lower())})</span>"
            for f in e.fiches
        )
        parts.append(f"<p>{esc(uses)} {items}</p>")
    else:
        parts.append(f'<p class="meta">{esc(translate("Pages", "Aucune fiche indexée."))}</p>')
    return "".join(parts)


def glossary_page(glossary: Glossary) -> str:
    title = translate("Pages", "Glossaire")
    summary = translate(
        "Pages", "%n concept(s) du thésaurus, dans l'ordre alphabétique.", "", len(glossary.entries)
    )
    index = " · ".join(link(f"#{letter_anchor(x)}", x) for x in glossary.letters)
    body = [f"<h1>{esc(title)}</h1>", f'<p class="meta">{esc(summary)}</p>', f"<p>{index}</p>"]
    letter = None
    for e in glossary.entries:
        if e.letter != letter:
            letter = e.letter
            body.append(f'<h2><a name="{letter_anchor(letter)}"></a>{esc(letter)}</h2>')
        body.append(_entry(e))
    return page(title, "".join(body))
