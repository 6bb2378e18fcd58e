"""The welcome page: shown in the reader the first time a library opens, and from
Aide › « Page d'accueil ».

What the library holds (counts read from it, never written here), three things to try, each a
link that does it (a search, a concept and its cases, the dossier and the basket), and where
the library lives with how to keep it safe. The links are ``kb:`` addresses: ``kb:welcome``
for the page, ``kb:do/…`` for what a link does (``WelcomeActions`` carries it out), so the
reader's link policy (``links.py``) stays as it is: no ``file:`` link is ever followed by the
reader, the folder is opened by the window in the system's file manager.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from kb_app.core.dto import FicheRef, Stats
from kb_app.gui import labels
from kb_app.gui.html import bullet_list, esc, link, page, section
from kb_app.gui.links import Address, concept_url, fiche_url

if TYPE_CHECKING:
    from kb_app.core.library import Library

translate = QCoreApplication.translate
WELCOME_URL = "kb:welcome"
#: The search the page offers to try (it finds fiches in the seeded course).
SEARCH_EXAMPLE = "budget participatif"
#: How many of the most used concepts are weighed to offer the one with the most cases.
CONCEPTS_WEIGHED = 8


def do_url(action: str, *args: str, **params: str) -> str:
    """A ``kb:do/ACTION/…`` address: what a welcome link does."""
    return Address("do", (action, *args), tuple(sorted(params.items()))).url()


@dataclass(frozen=True)
class WelcomeFacts:
    """What the page says, read from the library on the worker."""

    folder: str
    stats: Stats
    dossier: FicheRef | None
    concept_key: str | None
    concept_name: str
    concept_cases: int
    found: int | None  # fiches ``SEARCH_EXAMPLE`` finds; None while the index is being built


def welcome_facts(lib: Library) -> WelcomeFacts:
    """Counts, the first dossier, the concept among the most used that has the most cases."""
    stats = lib.stats()
    dossiers = lib.list_fiches("dossier")
    tree = sorted(lib.concept_tree(), key=lambda r: -r.count_total)
    best: tuple[int, str, str] | None = None
    for key in list(dict.fromkeys(r.key for r in tree))[:CONCEPTS_WEIGHED]:
        concept = lib.concept(key)
        refs = [*concept.fiches, *(ref for ref, _via in concept.fiches_via_narrower)]
        cases = len({ref.key for ref in refs if ref.kind == "case"})
        if cases and (best is None or cases > best[0]):
            best = (cases, concept.key, labels.concept_label(concept.label, concept.label_en))
    result = lib.search_ids(SEARCH_EXAMPLE) if stats.total_fiches else None
    # a new library opened by the window is indexed in the background: a count taken before
    # the index caught up would be smaller than what the link then lists, so none is given
    found = None if result is not None and result.partial else (result.total if result else 0)
    dossier = dossiers[0] if dossiers else None
    if best is None:
        return WelcomeFacts(str(lib.folder), stats, dossier, None, "", 0, found)
    return WelcomeFacts(str(lib.folder), stats, dossier, best[1], best[2], best[0], found)


def _count(n: int, one: str, many: str) -> str:
    """``n`` and the noun (``one`` and ``many`` already translated)."""
    return f"{n} {one if n == 1 else many}"


def welcome_page(facts: WelcomeFacts) -> str:
    """The whole page, in the window's language."""
    s = facts.stats
    holds = [
        _count(
            s.fiches.get("reference", 0),
            translate("Welcome", "référence"),
            translate("Welcome", "références"),
        ),
        _count(
            s.fiches.get("analysis", 0),
            translate("Welcome", "analyse"),
            translate("Welcome", "analyses"),
        ),
        _count(
            s.fiches.get("case", 0),
            translate("Welcome", "cas", "one case"),
            translate("Welcome", "cas", "several cases"),
        ),
        _count(  # the seeded course's « ressources » are its organisations and networks
            s.fiches.get("resource", 0),
            translate("Welcome", "organisation ou ressource"),
            translate("Welcome", "organisations et ressources"),
        ),
        _count(
            s.concepts,
            translate("Welcome", "concept du thésaurus"),
            translate("Welcome", "concepts du thésaurus"),
        ),
    ]
    if facts.dossier is not None:
        sentence = translate(
            "Welcome", "Le cours est le dossier « %1 ». La bibliothèque contient :"
        )
        course = _with_links(sentence, link(fiche_url(facts.dossier.key), facts.dossier.title))
    else:
        course = esc(translate("Welcome", "La bibliothèque contient :"))
    content = f"<p>{course}</p>" + bullet_list(esc(h) for h in holds)
    heading = translate("Welcome", "Bienvenue dans kb_app")
    body = [
        f"<h1>{esc(heading)}</h1>",
        section(translate("Welcome", "Ce que contient cette bibliothèque"), content),
        section(
            translate("Welcome", "Trois choses à essayer"), bullet_list(_tries(facts), ordered=True)
        ),
        section(translate("Welcome", "Où vit la bibliothèque"), _where(facts.folder)),
    ]
    return page(translate("Welcome", "Bienvenue"), "".join(body))


def _with_links(sentence: str, *links: str) -> str:
    """``sentence`` escaped, its ``%1``, ``%2``… replaced by the links (already HTML)."""
    parts = re.split(r"(%\d)", sentence)
    return "".join(
        links[int(p[1]) - 1] if re.fullmatch(r"%\d", p) and int(p[1]) <= len(links) else esc(p)
        for p in parts
    )


def _tries(facts: WelcomeFacts) -> list[str]:
    if facts.stats.total_fiches == 0:  # a new empty library: nothing to search yet
        return [
            esc(
                translate(
                    "Welcome",
                    "Importer vos références : Fichier › Importer… (BibTeX, RIS, CSL-JSON, "
                    "exports Zotero), ou glisser les fichiers sur la fenêtre",
                )
            ),
            esc(translate("Welcome", "Créer une fiche : Édition › Nouvelle fiche… (Ctrl+N)")),
            esc(
                translate(
                    "Welcome",
                    "Ouvrir le cours : Fichier › Nouvelle bibliothèque…, « Avec le cours »",
                )
            ),
        ]
    search = translate("Welcome", "Chercher « %1 »").replace("%1", SEARCH_EXAMPLE)
    found = translate(
        "Welcome", "%1 fiches trouvées ; tapez vos propres mots dans la barre de recherche"
    )
    tries = [link(do_url("search", q=SEARCH_EXAMPLE), search)]
    if facts.found is not None:
        tries[0] += f' <span class="meta">({esc(found.replace("%1", str(facts.found)))})</span>'

    if facts.concept_key is not None:
        follow = translate("Welcome", "Suivre le concept « %1 » jusqu'à ses %2 cas").replace(
            "%1", facts.concept_name
        )
        tries.append(
            link(concept_url(facts.concept_key), follow.replace("%2", str(facts.concept_cases)))
            + " "
            + esc(translate("Welcome", "(sa carte relie ses concepts voisins et ses fiches)"))
        )
    if facts.dossier is not None:
        read = translate("Welcome", "Lire le dossier « %1 »").replace("%1", facts.dossier.title)
        keep = translate("Welcome", "le mettre dans le panier")
        sentence = translate(
            "Welcome", "%1, fiche après fiche (Alt+Page↓), ou %2 pour en tirer une bibliographie"
        )
        tries.append(
            _with_links(
                sentence,
                link(fiche_url(facts.dossier.key), read),
                link(do_url("basket", facts.dossier.key), keep),
            )
        )
    return tries


def _where(folder: str) -> str:
    opened = translate("Welcome", "Ouvrir ce dossier dans le gestionnaire de fichiers")
    lines = [
        f"<p><code>{esc(folder)}</code><br>{link(do_url('folder'), opened)}</p>",
        "<p>"
        + esc(
            translate(
                "Welcome",
                "Tout y est : la base (library.sqlite3), les pièces jointes (attachments) et "
                "les sauvegardes (backups). kb_app fait une sauvegarde vérifiée chaque jour et "
                "à la fermeture ; Fichier › Sauvegarder la bibliothèque en fait une tout de "
                "suite. Pour la mettre à l'abri, copiez le dossier entier sur un autre disque, "
                "kb_app fermé ; Fichier › Déplacer la bibliothèque… l'installe ailleurs.",
            )
        )
        + "</p>",
        "<p>" + esc(translate("Welcome", "Cette page revient par Aide › Page d'accueil.")) + "</p>",
    ]
    return "".join(lines)


class WelcomeActions(QObject):
    """Does what a ``kb:do/…`` link of the welcome page says."""

    message = Signal(str)

    def __init__(
        self,
        *,
        search: Callable[[str], None],
        basket_add: Callable[[str], None],
        folder: Callable[[], Path | None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._search = search
        self._basket_add = basket_add
        self._folder = folder
        #: opens a folder in the system's file manager (tests replace it)
        self.open_folder: Callable[[QUrl], object] = QDesktopServices.openUrl

    def do(self, address: Address) -> None:
        action, args = (address.args[0], address.args[1:]) if address.args else ("", ())
        if action == "search":
            self._search(address.param("q") or "")
        elif action == "basket" and args:
            self._basket_add(args[0])
        elif action == "folder":
            folder = self._folder()
            if folder is not None:
                self.open_folder(QUrl.fromLocalFile(str(folder)))
        else:
            self.message.emit(self.tr("Adresse inconnue : %1").replace("%1", address.url()))
