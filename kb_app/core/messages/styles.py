"""Messages about citation styles a user adds, in-text citations, and the files a Zotero
export carries (attached on import)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # a user's citation style
    "style.refused": (
        "le style de citation « {name} » ne peut pas être ajouté ; rien n'a été changé",
        "the citation style « {name} » cannot be added; nothing was changed",
    ),
    "style.unreadable": (
        "le fichier ne peut pas être lu ({detail})",
        "the file cannot be read ({detail})",
    ),
    "style.not_a_file": ("ce n'est pas un fichier", "this is not a file"),
    "style.too_large": (
        "le fichier dépasse {limit} Kio : ce n'est pas un style CSL",
        "the file is larger than {limit} KiB: not a CSL style",
    ),
    "style.xml_syntax": (
        "XML mal formé : {detail}",
        "malformed XML: {detail}",
    ),
    "style.doctype": (
        "le fichier déclare un DOCTYPE : un style CSL n'en a pas",
        "the file declares a DOCTYPE: a CSL style has none",
    ),
    "style.not_csl": (
        "ce n'est pas un style CSL (l'élément racine est « {root} », pas un « style » de "
        "l'espace de noms CSL)",
        "not a CSL style (the root element is « {root} », not a « style » in the CSL namespace)",
    ),
    "style.no_citation": (
        "le style n'a pas d'élément « citation » (un style dépendant n'est pas pris en charge)",
        "the style has no « citation » element (dependent styles are not supported)",
    ),
    "style.no_bibliography": (
        "le style n'a pas d'élément « bibliography » : il ne peut pas donner de bibliographie",
        "the style has no « bibliography » element: it cannot give a bibliography",
    ),
    "style.sample_failed": (
        "le style ne permet pas de mettre en forme une référence d'essai ({detail})",
        "the style cannot format a sample reference ({detail})",
    ),
    "style.name_shipped": (
        "« {name} » est le nom d'un style fourni avec kb_app : renommez le fichier",
        "« {name} » is the name of a style shipped with kb_app: rename the file",
    ),
    "style.copy_failed": (
        "le style ne peut pas être enregistré dans « {path} » ({detail})",
        "the style cannot be saved as « {path} » ({detail})",
    ),
    # in-text citations
    "citation.nothing_to_cite": (
        "aucune fiche à citer",
        "no fiche to cite",
    ),
    "citation.in_text_failed": (
        "la citation dans le texte ne peut pas être mise en forme ({detail})",
        "the in-text citation cannot be formatted ({detail})",
    ),
    "citation.unknown_form": (
        "forme de citation inconnue : « {form} » (formes connues : {known})",
        "unknown citation form « {form} »; choose one of: {known}",
    ),
    "citation.locator_unreadable": (
        "localisation illisible : « {locator} » (exemples : « p. 12 », « chap. 3 », « 12-14 »)",
        "unreadable locator « {locator} » (for example « p. 12 », « chap. 3 », « 12-14 »)",
    ),
    "citation.locator_label": (
        "localisation « {locator} » : « {label} » n'est pas une abréviation connue ({known})",
        "locator « {locator} »: « {label} » is not a known abbreviation ({known})",
    ),
    "citation.key_not_latex": (
        "la clé « {key} » ne peut pas être écrite dans \\cite{{…}} (espace, virgule ou accolade)",
        "the key « {key} » cannot be written in \\cite{{…}} (space, comma or brace)",
    ),
    # files of a Zotero export (« Export with files »)
    "import.file_missing": (
        "le fichier joint « {path} » est introuvable : l'entrée est importée sans lui",
        "the attached file « {path} » is missing: the entry is imported without it",
    ),
    "import.file_outside": (
        "le fichier joint « {path} » sort du dossier de l'export : il n'est pas joint",
        "the attached file « {path} » lies outside the export's folder: not attached",
    ),
    "import.file_not_attached": (
        "le fichier joint « {path} » n'a pas été joint (raison à la ligne suivante) ; "
        "l'entrée est importée",
        "the attached file « {path} » was not attached (reason on the next line); the entry "
        "is imported",
    ),
}
MESSAGES.update(
    {
        # kb cite
        "cli.cite_needs_id": (
            "donnez au moins une fiche (ou --list-styles)",
            "give at least one fiche (or --list-styles)",
        ),
        "cli.cite_in_text_only": (
            "--locator et --form vont avec --in-text",
            "--locator and --form go with --in-text",
        ),
        "cli.cite_style_added": (
            "style de citation « {name} » ajouté ({path})",
            "citation style « {name} » added ({path})",
        ),
    }
)
