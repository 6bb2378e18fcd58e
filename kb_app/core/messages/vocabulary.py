"""Values that are themselves words of the domain, said in each language.

A sentence names the vocabulary of a placeholder after a colon: ``({kind:kind})`` says a
fiche kind, ``« {name:field} »`` a field of the front matter (a path such as
``details.place`` is said by its last name), ``{reason:reason}`` why two references look
like the same work. A value the vocabulary does not know is shown as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Literal

Lang = Literal["fr", "en"]
Words = dict[str, tuple[str, str]]

KINDS: Words = {
    "reference": ("Référence", "reference"),
    "analysis": ("Analyse", "analysis"),
    "case": ("Étude de cas", "case study"),
    "resource": ("Ressource", "resource"),
    "dossier": ("Dossier", "dossier"),
}

FIELDS: Words = {
    "id": ("identifiant", "id"),
    "kind": ("type de fiche", "kind"),
    "title": ("titre", "title"),
    "subtitle": ("sous-titre", "subtitle"),
    "lang": ("langue", "language"),
    "date": ("date", "date"),
    "summary": ("résumé", "summary"),
    "concepts": ("concepts", "concepts"),
    "agents": ("personnes et organisations", "people and organisations"),
    "links": ("liens", "links"),
    "sources": ("sources", "sources"),
    "type": ("type", "type"),
    "publisher": ("éditeur", "publisher"),
    "place": ("lieu", "place"),
    "pages": ("pages", "pages"),
    "collection": ("collection", "collection"),
    "container_title": ("publié dans", "published in"),
    "event": ("événement", "event"),
    "url": ("adresse web", "web address"),
    "isbn": ("ISBN", "ISBN"),
    "doi": ("DOI", "DOI"),
    "date_note": ("note sur la date", "date note"),
    "country": ("pays", "country"),
    "scale": ("échelle", "scale"),
    "period_start": ("début", "start"),
    "period_end": ("fin", "end"),
    "period_note": ("note sur la période", "period note"),
    "outcome": ("résultats", "outcome"),
    "org_type": ("type d'organisation", "organisation type"),
    "acronym": ("sigle", "acronym"),
    "founded": ("année de fondation", "founded"),
    "seat": ("siège", "seat"),
    "organisation": ("organisme", "organisation"),
    "session": ("séance", "session"),
    "name": ("nom", "name"),
    "role": ("rôle", "role"),
    "target": ("fiche liée", "linked fiche"),
    "label": ("libellé", "label"),
    "note": ("note", "note"),
    "body": ("texte", "text"),
    "volume": ("volume", "volume"),
    "issue": ("fascicule", "issue"),
    "edition": ("édition", "edition"),
    "number": ("numéro", "number"),
    "citekey": ("clé de citation", "citation key"),
    "extra": ("autres champs", "other fields"),
}

REASONS: Words = {
    "doi": ("même DOI", "same DOI"),
    "isbn": ("même ISBN et même titre", "same ISBN and title"),
    "same-entry": ("entrée identique", "identical entry"),
    "title-year-author": (
        "même titre, même année, même premier auteur",
        "same title, year and first author",
    ),
    "similar-title": ("titres très proches", "very similar titles"),
    "id": ("même identifiant", "same id"),
}

#: How an encoding was picked when a file is not UTF-8.
ENCODING_SOURCES: Words = {
    "chosen": ("choisi", "chosen"),
    "declared": ("déclaré par le fichier", "declared by the file"),
}

#: Files often mistaken for RIS (« this looks like … »).
FILE_KINDS: Words = {
    "medline": ("un fichier MEDLINE/PubMed (.nbib)", "a MEDLINE/PubMed (.nbib) file"),
    "wos": ("un export texte de Web of Science", "a Web of Science plain-text export"),
    "refer": ("un fichier EndNote balisé (Refer)", "an EndNote tagged (Refer) file"),
    "bibtex": ("un fichier BibTeX", "a BibTeX file"),
}

#: What the attachment store was doing when the file system failed.
ACTIVITIES: Words = {
    "copy": ("la copie du fichier", "copying the file"),
    "remove": ("la suppression d'un fichier joint", "removing an attachment file"),
    "read_copy": ("la lecture de la copie enregistrée", "reading the stored copy"),
    "check": ("la vérification des pièces jointes", "checking the attachment store"),
}


def _words(table: Words) -> Callable[[str, Lang], str]:
    def say(value: str, lang: Lang) -> str:
        french, english = table.get(value, (value, value))
        return french if lang == "fr" else english

    return say


def _field_path(value: str, lang: Lang) -> str:
    """``details.place`` or ``agents.0.name``: the last name of the path."""
    names = [p for p in value.split(".") if p and not p.isdigit()]
    return _words(FIELDS)(names[-1], lang) if names else value


_TABLES: dict[str, Words] = {
    "kind": KINDS,
    "field": FIELDS,
    "reason": REASONS,
    "encoding_source": ENCODING_SOURCES,
    "file_kind": FILE_KINDS,
    "activity": ACTIVITIES,
}

VOCABULARIES: dict[str, Callable[[str, Lang], str]] = {
    "kind": _words(KINDS),
    "field": _field_path,
    "reason": _words(REASONS),
    "encoding_source": _words(ENCODING_SOURCES),
    "file_kind": _words(FILE_KINDS),
    "activity": _words(ACTIVITIES),
}


def say(vocabulary: str, value: str, lang: Lang) -> str:
    return VOCABULARIES[vocabulary](value, lang)


def is_word(vocabulary: str, value: str) -> bool:
    """True when ``value`` is a word ``vocabulary`` knows (« doi » is a duplicate reason)."""
    return value in _TABLES.get(vocabulary, {})
