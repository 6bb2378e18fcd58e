"""Translated names of the domain's codes: fiche kinds, reference types, roles, scales…

Each label is a literal ``translate`` call so that lupdate finds it; the functions are
evaluated at call time, after the translators are installed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication

from kb_app.core import people, vocabulary
from kb_app.core.dto import Credit
from kb_app.core.messages import say as say_word
from kb_app.gui.errors import window_language

KINDS = vocabulary.FICHE_KINDS
REFERENCE_TYPES = vocabulary.REFERENCE_TYPES
ROLES = vocabulary.AGENT_ROLES
AGENT_TYPES = vocabulary.AGENT_TYPES
SCALES = vocabulary.SCALES
ORG_TYPES = vocabulary.ORG_TYPES
LINK_TYPES = vocabulary.LINK_TYPES

translate = QCoreApplication.translate


def kind_label(kind: str) -> str:
    labels = {
        "reference": translate("Labels", "Référence"),
        "analysis": translate("Labels", "Analyse"),
        "case": translate("Labels", "Étude de cas"),
        "resource": translate("Labels", "Ressource"),
        "dossier": translate("Labels", "Dossier"),
    }
    return labels.get(kind, kind)


def concept_label(label: str, label_en: str | None) -> str:
    """A concept's name in the window's language: its English label in the English window
    when the thesaurus has one, else its French (preferred) label."""
    if label_en and window_language() == "en":
        return label_en
    return label


#: English label of each concept by its French label, from the thesaurus the window loaded
#: (``remember_concepts``): for the lists that carry a concept by its French label only
#: (search facets, result rows).
_english_of: dict[str, str] = {}


def remember_concepts(pairs: Iterable[tuple[str, str | None]]) -> None:
    """The thesaurus's (French label, English label) pairs, as the window loaded them."""
    _english_of.clear()
    _english_of.update((fr, en) for fr, en in pairs if en)


def concept_name(label: str) -> str:
    """A concept known by its French label, named in the window's language."""
    return concept_label(label, _english_of.get(label))


def concept_definition(definition: str | None, definition_en: str | None) -> str | None:
    """The concept's definition in the window's language (the French one when the thesaurus
    gives no English one)."""
    if definition_en and window_language() == "en":
        return definition_en
    return definition


def concept_other_label(label: str, label_en: str | None) -> str:
    """The concept's name in the other language (empty when the thesaurus has none)."""
    if window_language() == "en":
        return label if label_en else ""
    return label_en or ""


def kind_plural(kind: str) -> str:
    labels = {
        "reference": translate("Labels", "Références"),
        "analysis": translate("Labels", "Analyses"),
        "case": translate("Labels", "Études de cas"),
        "resource": translate("Labels", "Ressources"),
        "dossier": translate("Labels", "Dossiers"),
    }
    return labels.get(kind, kind)


def reference_type_label(code: str) -> str:
    labels = {
        "book": translate("Labels", "livre"),
        "article": translate("Labels", "article"),
        "report": translate("Labels", "rapport"),
        "speech": translate("Labels", "discours"),
        "note": translate("Labels", "note"),
        "chapter": translate("Labels", "chapitre"),
        "webpage": translate("Labels", "page web"),
        "thesis": translate("Labels", "thèse"),
        "conference": translate("Labels", "communication"),
        "other": translate("Labels", "autre"),
    }
    return labels.get(code, code)


def role_label(code: str) -> str:
    labels = {
        "author": translate("Labels", "auteur"),
        "editor": translate("Labels", "direction d'ouvrage"),
        "publisher": translate("Labels", "éditeur"),
        "translator": translate("Labels", "traduction"),
        "contributor": translate("Labels", "contribution"),
        "actor": translate("Labels", "acteur"),
        "organiser": translate("Labels", "organisateur"),
        "funder": translate("Labels", "financeur"),
        "rapporteur": translate("Labels", "rapporteur"),
    }
    return labels.get(code, code)


def credit_role_label(role: str) -> str:
    """A role of a credit: an agent role's label, or a finer one a file gave (« directeur de
    collection », « réalisateur »), said by the core's vocabulary."""
    if role in ROLES:
        return role_label(role)
    return say_word("role", role, window_language())


def people_text(credits: Sequence[Credit], limit: int | None = 3) -> str:
    """A byline in the window's language: « Ferré, Vincent (éd.) », authors unmarked."""
    return people.names(credits, window_language(), limit=limit)


def host_text(found: people.People, details: Mapping[str, Any]) -> str:
    """« In : Ferré, Vincent (éd.), Tolkien, trente ans après » in the window's language
    (empty for a fiche that is not part of a book)."""
    return people.host_line(found, details, window_language())


def agent_type_label(code: str) -> str:
    labels = {
        "person": translate("Labels", "personne"),
        "organisation": translate("Labels", "organisation"),
    }
    return labels.get(code, code)


def scale_label(code: str) -> str:
    labels = {
        "local": translate("Labels", "locale"),
        "municipal": translate("Labels", "municipale"),
        "metropolitan": translate("Labels", "métropolitaine"),
        "regional": translate("Labels", "régionale"),
        "national": translate("Labels", "nationale"),
        "european": translate("Labels", "européenne"),
        "international": translate("Labels", "internationale"),
    }
    return labels.get(code, code)


def org_type_label(code: str) -> str:
    labels = {
        "network": translate("Labels", "réseau"),
        "foundation": translate("Labels", "fondation"),
        "association": translate("Labels", "association"),
        "institute": translate("Labels", "institut"),
        "publisher": translate("Labels", "éditeur"),
        "public_body": translate("Labels", "organisme public"),
        "website": translate("Labels", "site web"),
    }
    return labels.get(code, code)


def link_label(code: str) -> str:
    """How an outgoing link reads: « cite », « analyse »…"""
    labels = {
        "cites": translate("Labels", "cite"),
        "analyses": translate("Labels", "analyse"),
        "illustrates": translate("Labels", "illustre"),
        "related": translate("Labels", "en rapport avec"),
    }
    return labels.get(code, code)


def backlink_label(code: str) -> str:
    """How an incoming link reads: « cité par », « analysé par »…"""
    labels = {
        "cites": translate("Labels", "cité par"),
        "analyses": translate("Labels", "analysé par"),
        "illustrates": translate("Labels", "illustré par"),
        "related": translate("Labels", "en rapport avec"),
    }
    return labels.get(code, code)


def field_label(name: str) -> str:
    """French names of front-matter fields (used in forms and in validation messages)."""
    labels = {
        "id": translate("Labels", "identifiant"),
        "kind": translate("Labels", "type de fiche"),
        "title": translate("Labels", "titre"),
        "subtitle": translate("Labels", "sous-titre"),
        "lang": translate("Labels", "langue"),
        "date": translate("Labels", "date"),
        "summary": translate("Labels", "résumé"),
        "concepts": translate("Labels", "concepts"),
        "agents": translate("Labels", "personnes et organisations"),
        "links": translate("Labels", "liens"),
        "sources": translate("Labels", "sources"),
        "type": translate("Labels", "type"),
        "publisher": translate("Labels", "éditeur"),
        "place": translate("Labels", "lieu"),
        "pages": translate("Labels", "pages"),
        "collection": translate("Labels", "collection"),
        "container_title": translate("Labels", "publié dans"),
        "event": translate("Labels", "événement"),
        "url": translate("Labels", "adresse web"),
        "isbn": translate("Labels", "ISBN"),
        "doi": translate("Labels", "DOI"),
        "date_note": translate("Labels", "note sur la date"),
        "country": translate("Labels", "pays"),
        "scale": translate("Labels", "échelle"),
        "period_start": translate("Labels", "début"),
        "period_end": translate("Labels", "fin"),
        "period_note": translate("Labels", "note sur la période"),
        "outcome": translate("Labels", "résultats"),
        "org_type": translate("Labels", "type d'organisation"),
        "acronym": translate("Labels", "sigle"),
        "founded": translate("Labels", "année de fondation"),
        "seat": translate("Labels", "siège"),
        "organisation": translate("Labels", "organisme"),
        "session": translate("Labels", "séance"),
        "name": translate("Labels", "nom"),
        "role": translate("Labels", "rôle"),
        "target": translate("Labels", "fiche liée"),
        "label": translate("Labels", "libellé"),
        "note": translate("Labels", "note"),
        "body": translate("Labels", "texte"),
        "volume": translate("Labels", "volume"),
        "issue": translate("Labels", "fascicule"),
        "edition": translate("Labels", "édition"),
        "number": translate("Labels", "numéro"),
        "citekey": translate("Labels", "clé de citation"),
        "extra": translate("Labels", "autres champs"),
    }
    return labels.get(name, name)


def merge_field_label(name: str) -> str:
    """A field of the merge dialog: « title », « details.publisher »…"""
    return field_label(name.removeprefix("details."))


def format_label(code: str) -> str:
    """Import and export formats."""
    labels = {
        "bibtex": translate("Labels", "BibTeX"),
        "ris": translate("Labels", "RIS"),
        "csljson": translate("Labels", "CSL-JSON"),
        "skos": translate("Labels", "SKOS (thésaurus)"),
        "markdown": translate("Labels", "Markdown (dossier de fiches)"),
    }
    return labels.get(code, code)


def import_action_label(action: str) -> str:
    labels = {
        "new": translate("Labels", "nouvelle"),
        "update": translate("Labels", "mise à jour"),
        "duplicate": translate("Labels", "doublon"),
        "skip": translate("Labels", "écartée"),
    }
    return labels.get(action, action)


def duplicate_reason_label(reason: str) -> str:
    """Why two references look like the same work."""
    labels = {
        "doi": translate("Labels", "même DOI"),
        "isbn": translate("Labels", "même ISBN et même titre"),
        "same-entry": translate("Labels", "entrée identique"),
        "title-year-author": translate("Labels", "même titre, même année, même premier auteur"),
        "similar-title": translate("Labels", "titres très proches"),
        "id": translate("Labels", "même identifiant"),
    }
    return labels.get(reason, reason)
