"""The reader shows a fiche's « Questions pour l'étude » and a dossier's « Ordre de lecture »
(numbered, each item a link read inside the dossier, with why it is there); the dossier's
previous/next steps follow that order."""

from __future__ import annotations

import dataclasses
import re

import pytest

from kb_app.core.dto import draft_of_detail
from kb_app.core.library import Library
from kb_app.gui import html_fiche
from kb_app.gui.links import fiche_url
from tests.gui.conftest import DOSSIER, GENRO, PORTO

pytestmark = pytest.mark.gui

VALIN = "ref-valin-2007-services-publics-europe"


def _set_details(library: Library, key: str, **extra: object) -> None:
    draft = draft_of_detail(library.get(key))
    library.update(key, dataclasses.replace(draft, details={**draft.details, **extra}))


def _drop_detail(library: Library, key: str, name: str) -> None:
    draft = draft_of_detail(library.get(key))
    details = {k: v for k, v in draft.details.items() if k != name}
    library.update(key, dataclasses.replace(draft, details=details))
    assert name not in library.get(key).details


def test_the_questions_are_a_numbered_list_after_the_body(library: Library) -> None:
    asked = ["Qui décide du budget ?", "Avec quel argent ?", "Pourquoi à Porto Alegre ?"]
    _set_details(library, GENRO, questions=asked)
    page = html_fiche.fiche_page(library.get(GENRO), "<p>CORPS</p>")
    listed = re.search(r"<h2>Questions pour l&#x27;étude</h2><ol>(.*?)</ol>", page)
    assert listed is not None
    assert re.findall(r"<li>(.*?)</li>", listed.group(1)) == [
        "Qui décide du budget ?",
        "Avec quel argent ?",
        "Pourquoi à Porto Alegre ?",
    ]
    assert page.index("CORPS") < page.index("Questions pour")
    # a fiche without questions has no such section (the seed's cases all have some)
    _drop_detail(library, PORTO, "questions")
    assert "Questions pour" not in html_fiche.fiche_page(library.get(PORTO), "")


def test_the_dossier_shows_its_reading_order_with_the_reasons(library: Library) -> None:
    reading = [
        {"fiche": PORTO, "why": "Le cas d'abord."},
        {"fiche": VALIN, "why": "Puis le cadre <européen>."},
    ]
    _set_details(library, DOSSIER, reading=reading)
    detail = library.get(DOSSIER)
    page = html_fiche.fiche_page(detail, "")
    listed = re.search(r"<h2>Ordre de lecture</h2>.*?<ol>(.*?)</ol>", page, re.S)
    assert listed is not None
    items = re.findall(r"<li>(.*?)</li>", listed.group(1))
    assert len(items) == len(detail.members)
    assert fiche_url(PORTO, DOSSIER) in items[0]
    assert "Le cas d&#x27;abord." in items[0]
    assert fiche_url(VALIN, DOSSIER) in items[1]
    assert "&lt;européen&gt;" in items[1]
    assert "<br>" not in items[2]  # a member the order leaves out: no reason
    # « Commencer la lecture » opens the first fiche of the order
    start = re.search(r'href="([^"]+)">Commencer la lecture', page)
    assert start is not None
    assert start.group(1) == fiche_url(PORTO, DOSSIER)
    # previous / next inside the dossier follow the same order
    context = html_fiche.DossierContext.of(detail)
    assert [m.key for m in context.members[:2]] == [PORTO, VALIN]
    before, after = context.neighbours(VALIN)
    assert before is not None
    assert before.key == PORTO
    assert after is not None
    assert after.key == detail.members[0].key


def test_a_dossier_without_an_order_keeps_its_reading_path(library: Library) -> None:
    _drop_detail(library, DOSSIER, "reading")  # the shipped dossier has an order
    page = html_fiche.fiche_page(library.get(DOSSIER), "")
    assert "<h2>Parcours de lecture</h2>" in page
    assert "Ordre de lecture" not in page
