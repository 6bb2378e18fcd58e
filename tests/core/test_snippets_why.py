"""Snippets show the matched word whenever a fiche's texts hold it, and say where it was."""

from __future__ import annotations

from pathlib import Path

from kb_app.core.dto import AgentDraft, FicheDraft
from kb_app.core.library import Library
from tests.core.test_attachments import PDF_WORDS, minimal_pdf

PORTO = "case-porto-alegre-budget-participatif"


def test_a_word_found_in_an_attached_pdf_is_shown_and_said(
    library: Library, tmp_path: Path
) -> None:
    pdf = tmp_path / "rapport final.pdf"
    pdf.write_bytes(minimal_pdf(PDF_WORDS))
    library.add_attachment(PORTO, pdf)
    [snippet] = library.snippets("zyglophore", [PORTO])
    assert "<b>Zyglophore</b>" in snippet.html
    assert snippet.fields == ("attachment",)
    assert snippet.attachment == "rapport final.pdf"
    assert snippet.words == ("zyglophore",)
    assert "fichier joint « rapport final.pdf »" in snippet.why


def test_a_word_found_only_in_the_details_is_in_the_snippet(library: Library) -> None:
    fiche = library.add(
        FicheDraft(
            kind="reference",
            title="Un livre sans histoire",
            summary="Rien de spécial dans ce texte.",
            agents=(AgentDraft("Dupont, Jeanne", "author"),),
            details={"type": "book", "publisher": "Éditions de Quimperlé"},
        )
    )
    assert library.search_ids("quimperle").keys == (fiche.key,)  # the publisher is indexed
    [snippet] = library.snippets("quimperle", [fiche.key])
    assert "<b>Quimperlé</b>" in snippet.html
    assert snippet.fields == ("text",)
    assert snippet.words == ("quimperlé",)


def test_title_words_and_concepts_are_said_apart(library: Library) -> None:
    [snippet] = library.snippets("porto alegre", [PORTO])
    assert snippet.fields[0] == "title"
    assert "porto" in snippet.words
    assert "<b>" in snippet.html
    [via] = library.snippets('concept:"démocratie participative"', [PORTO])
    assert via.concepts == ("démocratie participative",)
    assert via.words == ()
