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


#: The part a person or an organisation had in a work (``kb show``, the reader's fields).
#: Agent roles, then the finer roles a file may give (``core.people``).
ROLES: Words = {
    "author": ("auteur", "author"),
    "editor": ("éditeur scientifique", "editor"),
    "publisher": ("éditeur", "publisher"),
    "translator": ("traducteur", "translator"),
    "contributor": ("contributeur", "contributor"),
    "actor": ("acteur", "actor"),
    "organiser": ("organisateur", "organiser"),
    "funder": ("financeur", "funder"),
    "rapporteur": ("rapporteur", "rapporteur"),
    "collection-editor": ("directeur de collection", "series editor"),
    "container-author": ("auteur de l'ouvrage", "author of the book"),
    "director": ("réalisateur", "director"),
    "editorial-director": ("directeur de la publication", "editorial director"),
    "compiler": ("compilateur", "compiler"),
    "chair": ("président de séance", "chair"),
    "curator": ("commissaire", "curator"),
    "composer": ("compositeur", "composer"),
    "illustrator": ("illustrateur", "illustrator"),
    "interviewer": ("intervieweur", "interviewer"),
    "performer": ("interprète", "performer"),
    "producer": ("producteur", "producer"),
    "executive-producer": ("producteur délégué", "executive producer"),
    "series-creator": ("créateur de la série", "series creator"),
}

#: The short mark after a name in a byline: « Ferré, Vincent (éd.) ». Authors have none.
ROLE_MARKS: Words = {
    "editor": ("éd.", "ed."),
    "publisher": ("éditeur", "publisher"),
    "translator": ("trad.", "trans."),
    "contributor": ("collab.", "contrib."),
    "actor": ("acteur", "actor"),
    "organiser": ("org.", "org."),
    "funder": ("financeur", "funder"),
    "rapporteur": ("rapp.", "rapporteur"),
    "collection-editor": ("dir.", "series ed."),
    "container-author": ("aut. de l'ouvrage", "book author"),
    "director": ("réal.", "dir."),
    "editorial-director": ("dir. de publ.", "ed. dir."),
    "compiler": ("compil.", "comp."),
    "chair": ("prés.", "chair"),
    "curator": ("commiss.", "curator"),
    "composer": ("musique", "music"),
    "illustrator": ("ill.", "ill."),
    "interviewer": ("entretien", "interviewer"),
    "performer": ("interpr.", "perf."),
    "producer": ("prod.", "prod."),
    "executive-producer": ("prod. délégué", "exec. prod."),
    "series-creator": ("création", "creator"),
}

#: Why a write failed (``outcome.*`` sentences).
WRITE_FAILURES: Words = {
    "disk_full": ("le disque est plein", "the disk is full"),
    "unwritable": ("écriture impossible", "the write failed"),
}


#: Why bibtexparser gave up on a block (it says it in English): ``interchange.bibtex_read``
#: turns its reason into one of these codes; a reason it does not know is shown as it is.
BIBTEX_REASONS: Words = {
    "end_of_file": (
        "le fichier se termine avant la fin de l'entrée",
        "the file ends before the entry does",
    ),
    "block_start": (
        "une autre entrée commence avant la fin de celle-ci (accolade ou guillemet non fermé)",
        "another entry starts before this one ends (a brace or quote left open)",
    ),
    "no_equals": ("un champ n'a pas de « = » après son nom", "a field has no « = » after its name"),
    "no_comma_after_value": (
        "il manque une virgule après la valeur d'un champ",
        "a comma is missing after a field's value",
    ),
    "no_comma_after_key": (
        "il manque la virgule après la clé de l'entrée",
        "the comma after the entry's key is missing",
    ),
}


def _words(table: Words) -> Callable[[str, Lang], str]:
    def say(value: str, lang: Lang) -> str:
        french, english = table.get(value, (value, value))
        return french if lang == "fr" else english

    return say


def _size(value: str, lang: Lang) -> str:
    """A number of bytes for a person: « 1,5 Mo » / « 1.5 MB »."""
    try:
        size = float(value)
    except ValueError:
        return value
    units = ("o", "Ko", "Mo", "Go", "To") if lang == "fr" else ("B", "KB", "MB", "GB", "TB")
    n = 0
    while size >= 1000 and n < len(units) - 1:
        size /= 1000
        n += 1
    text = f"{size:.0f}" if n == 0 else f"{size:.1f}"
    return (text.replace(".", ",") if lang == "fr" else text) + "\u00a0" + units[n]


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
    "role": ROLES,
    "role_mark": ROLE_MARKS,
    "write_failure": WRITE_FAILURES,
    "bibtex_reason": BIBTEX_REASONS,
}

VOCABULARIES: dict[str, Callable[[str, Lang], str]] = {
    "kind": _words(KINDS),
    "field": _field_path,
    "reason": _words(REASONS),
    "encoding_source": _words(ENCODING_SOURCES),
    "file_kind": _words(FILE_KINDS),
    "activity": _words(ACTIVITIES),
    "role": _words(ROLES),
    "role_mark": _words(ROLE_MARKS),
    "write_failure": _words(WRITE_FAILURES),
    "bibtex_reason": _words(BIBTEX_REASONS),
    "size": _size,
}


def say(vocabulary: str, value: str, lang: Lang) -> str:
    return VOCABULARIES[vocabulary](value, lang)


def is_word(vocabulary: str, value: str) -> bool:
    """True when ``value`` is a word ``vocabulary`` knows (« doi » is a duplicate reason)."""
    return value in _TABLES.get(vocabulary, {})
