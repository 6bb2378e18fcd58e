"""The reader: a fiche rendered, links followed inside the app, back/forward, link policy."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from kb_app.core.library import Library
from kb_app.gui.links import LinkAction, attachment_path, concept_url, fiche_url
from kb_app.gui.main_window import MainWindow
from kb_app.gui.widgets.reader import Reader
from tests.gui.conftest import COPRODUCTION, DOSSIER, GENRO, PORTO, wait_idle

pytestmark = pytest.mark.gui

IMAGE = QTextDocument.ResourceType.ImageResource.value


def open_page(qtbot: QtBot, win: MainWindow, url: str) -> None:
    win.navigator.go(url)
    wait_idle(qtbot, win)


def test_opening_a_fiche_renders_it(qtbot: QtBot, window: MainWindow, library: Library) -> None:
    window.results_view.setCurrentIndex(window.results.index(window.results.row_of(PORTO) or 0))
    wait_idle(qtbot, window)
    assert window.navigator.fiche is not None
    assert window.navigator.fiche.key == PORTO
    text = window.reader.toPlainText()
    html = window.reader.current_html()
    assert "Le budget participatif de Porto Alegre (Brésil)" in text
    assert "Porto Alegre (Rio Grande do Sul)" in text  # case: place
    assert "municipale" in text  # case: scale, translated
    assert "depuis 1989" in text  # case: period
    assert "Dutra, Olívio" in text  # actors
    assert "Cité dans" in text
    assert "analysé par" in text
    assert "Dans les dossiers" in text
    assert f'href="{concept_url("budget-participatif")}"' in html
    assert '<table border="1"' in html  # the body's table gets visible borders
    assert window.stack.currentWidget() is window.reader
    assert library.history(1)[0][1] == PORTO  # the visit is recorded


def test_reference_fields_and_authors(qtbot: QtBot, window: MainWindow) -> None:
    open_page(qtbot, window, fiche_url(GENRO))
    text = window.reader.toPlainText()
    assert "Par " in text
    assert "Genro" in text
    assert "Référence" in text
    open_page(qtbot, window, fiche_url("ref-calame-2004-universite-21e-siecle"))
    text = window.reader.toPlainText()
    assert "Référence · discours" in text
    assert text.count("Éditeur") == 1  # the publisher agent repeats details.publisher
    open_page(qtbot, window, fiche_url(DOSSIER))
    text = window.reader.toPlainText()
    assert "Organisateur" not in text  # the organiser agent repeats details.organisation
    assert "CITEGO" in text  # the publisher is not hidden by the web address citego.org


def test_a_concept_link_navigates_and_back_forward_work(qtbot: QtBot, window: MainWindow) -> None:
    open_page(qtbot, window, fiche_url(PORTO))
    action = window.reader.follow(QUrl(concept_url(COPRODUCTION)))
    wait_idle(qtbot, window)
    assert action is LinkAction.INTERNAL
    assert window.stack.currentWidget() is window.concept_page
    page = window.concept_page
    assert "coproduction du bien public" in page.reader.toPlainText()
    assert "Études de cas" in page.reader.toPlainText()
    keys = {n.ref.key for n in page.graph.nodes}
    assert {"gouvernance-territoriale", "coproduction-des-services-publics", "bien-commun"} <= keys
    node = page.graph.node("gouvernance-territoriale")
    assert node is not None
    node.activate()  # a click on a neighbour walks to it
    wait_idle(qtbot, window)
    assert page.concept is not None
    assert page.concept.key == "gouvernance-territoriale"
    window.commands["back"].trigger()
    wait_idle(qtbot, window)
    assert page.concept.key == COPRODUCTION
    window.commands["back"].trigger()
    wait_idle(qtbot, window)
    assert window.navigator.fiche is not None
    assert window.navigator.fiche.key == PORTO
    assert window.stack.currentWidget() is window.reader
    assert window.commands["forward"].isEnabled()
    window.commands["forward"].trigger()
    wait_idle(qtbot, window)
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == COPRODUCTION


def test_concept_tree_opens_a_concept(qtbot: QtBot, window: MainWindow) -> None:
    source = window.thesaurus_panel.model.find(COPRODUCTION)
    index = window.thesaurus_panel.proxy.mapFromSource(source)
    window.thesaurus_panel.view.activated.emit(index)
    wait_idle(qtbot, window)
    assert window.navigator.concept is not None
    assert window.navigator.concept.key == COPRODUCTION


def test_show_fiches_of_a_concept_in_results(qtbot: QtBot, window: MainWindow) -> None:
    open_page(qtbot, window, concept_url(COPRODUCTION))
    window.concept_page.reader.follow(QUrl(f"kb:search?concept={COPRODUCTION}"))
    wait_idle(qtbot, window)
    assert window.facets.filters.concept == COPRODUCTION
    assert window.results.rowCount() == window.navigator.concept.count_total  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "href",
    [
        "file:///etc/passwd",
        "FILE:///etc/passwd",
        "javascript:alert(1)",
        "JaVaScRiPt:alert(1)",
        "vbscript:msgbox(1)",
        "data:text/html,<script>alert(1)</script>",
        "ms-settings:privacy",
        "../library.sqlite3",
        "/etc/passwd",
        "//server/share/x",
        "kb:unknown-page/x",
        "http:relative",
    ],
)
def test_dangerous_links_are_refused(qtbot: QtBot, href: str) -> None:
    reader = Reader()
    qtbot.addWidget(reader)
    opened: list[QUrl] = []
    reader.open_external = lambda url: opened.append(url) or True
    reader.confirm_external = lambda url: True
    with qtbot.waitSignal(reader.refused) as refused:
        reader.anchorClicked.emit(QUrl(href))
    assert "Lien refusé" in refused.args[0]
    assert opened == []


@pytest.mark.parametrize("href", ["https://citego.org/", "http://example.org/a", "mailto:a@b.fr"])
def test_external_links_open_only_after_confirmation(qtbot: QtBot, href: str) -> None:
    reader = Reader()
    qtbot.addWidget(reader)
    opened: list[QUrl] = []
    reader.open_external = lambda url: opened.append(url) or True
    reader.confirm_external = lambda url: False
    assert reader.follow(QUrl(href)) is LinkAction.EXTERNAL
    assert opened == []
    reader.confirm_external = lambda url: True
    reader.follow(QUrl(href))
    assert [u.toString() for u in opened] == [QUrl(href).toString()]


def test_footnote_anchors_stay_in_the_page(qtbot: QtBot) -> None:
    reader = Reader()
    qtbot.addWidget(reader)
    assert reader.follow(QUrl("#fn1")) is LinkAction.ANCHOR


def test_resources_load_only_from_attachments(qtbot: QtBot, tmp_path: Path) -> None:
    library = tmp_path / "lib"
    attachments = library / "attachments"
    attachments.mkdir(parents=True)
    (attachments / "photo.png").write_bytes(b"\x89PNG-fake")
    (library / "library.sqlite3").write_bytes(b"secret database")
    outside = tmp_path / "outside.png"
    outside.write_bytes(b"outside")
    os.symlink(outside, attachments / "escape.png")
    reader = Reader()
    qtbot.addWidget(reader)
    reader.set_attachments_root(attachments)
    assert reader.loadResource(IMAGE, QUrl("attachments/photo.png")) == b"\x89PNG-fake"
    assert reader.loadResource(IMAGE, QUrl("kb:attachment/photo.png")) == b"\x89PNG-fake"
    refused = [
        "../library.sqlite3",
        "attachments/../library.sqlite3",
        "kb:attachment/../library.sqlite3",
        f"file://{attachments}/photo.png",
        f"file://{library}/library.sqlite3",
        str(library / "library.sqlite3"),
        "escape.png",
        "http://example.org/x.png",
        "attachments/missing.png",
        "attachments/photo.png?x=1",
        "//host/attachments/photo.png",
    ]
    for url in refused:
        assert reader.loadResource(IMAGE, QUrl(url)) is None, url
    style = QTextDocument.ResourceType.StyleSheetResource.value
    assert reader.loadResource(style, QUrl("attachments/photo.png")) is None
    assert reader.served == [str(attachments / "photo.png")] * 2
    assert attachment_path(QUrl("photo.png"), None) is None


def test_images_in_a_page_never_leave_the_attachments(qtbot: QtBot, tmp_path: Path) -> None:
    reader = Reader()
    qtbot.addWidget(reader)
    reader.set_attachments_root(tmp_path)
    reader.show_html('<p><img src="file:///etc/passwd"><img src="../x.png"></p>')
    reader.grab()  # layout and paint: the document asks for its images
    assert reader.served == []


def test_dossier_page_lists_its_reading_path(qtbot: QtBot, window: MainWindow) -> None:
    open_page(qtbot, window, fiche_url(DOSSIER))
    text = window.reader.toPlainText()
    assert "Parcours de lecture" in text
    assert "Commencer la lecture du dossier" in text
