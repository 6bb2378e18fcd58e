"""French wording of the core's messages about import, export, merge, attachments,
citations and thesaurus maintenance (used by ``kb_app.gui.errors.translate_message``).

Same form as ``errors.RULES``: a pattern of the English message, the French sentence (the
source of the translations, context « Errors »), and how to fill its %1, %2….
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kb_app.gui.labels import duplicate_reason_label, kind_label

Arg = Callable[[re.Match[str]], str]
translate = QCoreApplication.translate


def _g(n: int) -> Arg:
    return lambda m: m[n] or ""


def _kind(n: int) -> Arg:
    return lambda m: kind_label(m[n])


def _reason(n: int) -> Arg:
    return lambda m: duplicate_reason_label(m[n])


def _trashed(n: int) -> Arg:
    def text(m: re.Match[str]) -> str:
        if not m[n]:
            return ""
        return translate("Errors", " (dont %1 à la corbeille)").replace("%1", m[n])

    return text


def _how(n: int) -> Arg:
    def text(m: re.Match[str]) -> str:
        if m[n] == "chosen":
            return translate("Errors", "choisi")
        return translate("Errors", "déclaré par le fichier")

    return text


_DIFFERS = r" \(differs: use --update\)"
LIBRARIAN_RULES: list[tuple[str, str, tuple[Arg, ...]]] = [
    # merging fiches
    (
        r"^a fiche cannot be merged with itself$",
        QT_TRANSLATE_NOOP("Errors", "une fiche ne peut pas être fusionnée avec elle-même"),
        (),
    ),
    (
        r"^« (.+) » \((\w+)\) and « (.+) » \((\w+)\) are not the same kind$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » (%2) et « %3 » (%4) ne sont pas du même type"),
        (_g(1), _kind(2), _g(3), _kind(4)),
    ),
    # thesaurus maintenance
    (
        r"^the label « (.+) » is already used by the concept « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "le libellé « %1 » est déjà utilisé par le concept « %2 »"),
        (_g(1), _g(2)),
    ),
    (
        r"^a concept label has at most (\d+) characters$",
        QT_TRANSLATE_NOOP("Errors", "un libellé de concept a au plus %1 caractères"),
        (_g(1),),
    ),
    (
        r"^« (.+) » cannot be merged into itself$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne peut pas être fusionné avec lui-même"),
        (_g(1),),
    ),
    (
        r"^merging « (.+?) » into « (.+?) » would make a cycle of broader concepts: (.+)$",
        QT_TRANSLATE_NOOP(
            "Errors", "fusionner « %1 » dans « %2 » créerait un cycle de concepts plus larges : %3"
        ),
        (_g(1), _g(2), _g(3)),
    ),
    (
        r"^« (.+) » cannot be its own broader concept$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne peut pas être son propre concept plus large"),
        (_g(1),),
    ),
    (
        r"^« (.+?) » would be under its own narrower concept « (.+?) » \(cycle: (.+)\)$",
        QT_TRANSLATE_NOOP(
            "Errors", "« %1 » serait placé sous son propre concept plus précis « %2 » (cycle : %3)"
        ),
        (_g(1), _g(2), _g(3)),
    ),
    (
        r"^« (.+?) » cannot be deleted: (\d+) fiches? (?:is|are) indexed with it"
        r"(?: \((\d+) in the trash\))?; merge it into another concept or remove it from "
        r"those fiches first$",
        QT_TRANSLATE_NOOP(
            "Errors",
            "« %1 » ne peut pas être supprimé : %2 fiche(s) l'utilisent%3 ; fusionnez-le dans "
            "un autre concept ou retirez-le d'abord de ces fiches",
        ),
        (_g(1), _g(2), _trashed(3)),
    ),
    (
        r"^concept « (.+) » cannot be changed$",
        QT_TRANSLATE_NOOP("Errors", "le concept « %1 » ne peut pas être modifié"),
        (_g(1),),
    ),
    (
        r"^« (.+) » cannot be related to itself$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne peut pas être associé à lui-même"),
        (_g(1),),
    ),
    # reading a file to import
    (
        r"^(.+) is not UTF-8$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » n'est pas en UTF-8"),
        (_g(1),),
    ),
    (
        r"^byte (0x[0-9a-f]+) is not UTF-8; choose the file's encoding \(for example (.+)\)$",
        QT_TRANSLATE_NOOP(
            "Errors",
            "l'octet %1 n'est pas de l'UTF-8 ; choisissez l'encodage du fichier (par exemple %2)",
        ),
        (_g(1), _g(2)),
    ),
    (
        r"^not UTF-8 \(line (\d+)\): read as ([\w.-]+), (declared by the file|chosen)$",
        QT_TRANSLATE_NOOP("Errors", "pas en UTF-8 (ligne %1) : lu en %2, encodage %3"),
        (_g(1), _g(2), _how(3)),
    ),
    (
        r"^text looks double-encoded \(« (.+) »\): check the file's encoding$",
        QT_TRANSLATE_NOOP(
            "Errors", "le texte semble encodé deux fois (« %1 ») : vérifiez l'encodage du fichier"
        ),
        (_g(1),),
    ),
    (r"^NUL characters removed$", QT_TRANSLATE_NOOP("Errors", "caractères NUL supprimés"), ()),
    (
        r"^invalid ([\w-]+) bytes$",
        QT_TRANSLATE_NOOP("Errors", "octets %1 invalides"),
        (_g(1),),
    ),
    (
        r"^(.+): unknown format; choose one of (.+)$",
        QT_TRANSLATE_NOOP("Errors", "%1 : format inconnu ; choisissez-en un parmi %2"),
        (_g(1), _g(2)),
    ),
    (
        r"^format not recognised from the name or the content$",
        QT_TRANSLATE_NOOP("Errors", "format reconnu ni d'après le nom ni d'après le contenu"),
        (),
    ),
    (
        r"^(.+) is (\d+) MB; the import limit is (\d+) MB: split the file$",
        QT_TRANSLATE_NOOP(
            "Errors", "« %1 » pèse %2 Mo ; la limite d'import est de %3 Mo : découpez le fichier"
        ),
        (_g(1), _g(2), _g(3)),
    ),
    (
        r"^(.+) contains no RIS record$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne contient aucune notice RIS"),
        (_g(1),),
    ),
    (
        r"^(.+) is not a RIS file$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » n'est pas un fichier RIS"),
        (_g(1),),
    ),
    # what the import does with an entry
    (
        r"^no title: saved as « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "sans titre : enregistrée sous « %1 »"),
        (_g(1),),
    ),
    (
        r"^title longer than (\d+) characters$",
        QT_TRANSLATE_NOOP("Errors", "titre de plus de %1 caractères"),
        (_g(1),),
    ),
    (
        rf"^already in the (?:library|thesaurus){_DIFFERS}$",
        QT_TRANSLATE_NOOP(
            "Errors",
            "déjà présente, avec des différences (cochez « Mettre à jour les fiches "
            "existantes » pour les reprendre)",
        ),
        (),
    ),
    (
        r"^already in the (?:library|thesaurus)$",
        QT_TRANSLATE_NOOP("Errors", "déjà présente"),
        (),
    ),
    (r"^same id$", QT_TRANSLATE_NOOP("Errors", "même identifiant"), ()),
    (
        r"^same as the entry at line (\d+) of this file \((.+)\)$",
        QT_TRANSLATE_NOOP("Errors", "même œuvre que l'entrée de la ligne %1 du fichier (%2)"),
        (_g(1), _reason(2)),
    ),
    (
        r"^symbolic link: left out$",
        QT_TRANSLATE_NOOP("Errors", "lien symbolique : laissé de côté"),
        (),
    ),
    (r"^entry without key$", QT_TRANSLATE_NOOP("Errors", "entrée sans clé"), ()),
    (
        r"^entry without type: read as misc$",
        QT_TRANSLATE_NOOP("Errors", "entrée sans type : lue comme « misc »"),
        (),
    ),
    (
        r"^field (\w+) is repeated: the first value is kept$",
        QT_TRANSLATE_NOOP("Errors", "le champ %1 est répété : la première valeur est gardée"),
        (_g(1),),
    ),
    (
        r"^unknown reference type « (.+) »: read as a generic document$",
        QT_TRANSLATE_NOOP("Errors", "type de référence inconnu « %1 » : lu comme un document"),
        (_g(1),),
    ),
    (
        r"^record without any value: skipped$",
        QT_TRANSLATE_NOOP("Errors", "notice sans aucune valeur : écartée"),
        (),
    ),
    # export
    (
        r"^(.+): choose a new or empty folder for a Markdown export$",
        QT_TRANSLATE_NOOP(
            "Errors", "%1 : choisissez un dossier nouveau ou vide pour un export Markdown"
        ),
        (_g(1),),
    ),
    # attachments
    (
        r"^this file is already attached to « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "ce fichier est déjà joint à « %1 »"),
        (_g(1),),
    ),
    (
        r"^the same content is already attached to this fiche$",
        QT_TRANSLATE_NOOP("Errors", "le même contenu est déjà joint à cette fiche"),
        (),
    ),
    (
        r"^(.+) is too big to attach$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » est trop volumineux pour être joint"),
        (_g(1),),
    ),
    (
        r"^the file is larger than the limit of (.+)$",
        QT_TRANSLATE_NOOP("Errors", "le fichier dépasse la limite de %1"),
        (_g(1),),
    ),
    (
        r"^(.+) cannot be attached$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne peut pas être joint"),
        (_g(1),),
    ),
    (
        r"^no attachment « (.+) »$",
        QT_TRANSLATE_NOOP("Errors", "aucune pièce jointe « %1 »"),
        (_g(1),),
    ),
    (
        r"^the file of attachment (\d+) is missing from the store",
        QT_TRANSLATE_NOOP(
            "Errors",
            "le fichier de la pièce jointe %1 manque (lancez « Vérifier la bibliothèque »)",
        ),
        (_g(1),),
    ),
    (
        r"^the PDF holds no text \(scanned pages\?\)$",
        QT_TRANSLATE_NOOP("Errors", "le PDF ne contient pas de texte (pages numérisées ?)"),
        (),
    ),
    (
        r"^the text of the PDF could not be read \((\w+)\)$",
        QT_TRANSLATE_NOOP("Errors", "le texte du PDF n'a pas pu être lu (%1)"),
        (_g(1),),
    ),
    # citations
    (
        r"^some references cannot be formatted as citations$",
        QT_TRANSLATE_NOOP("Errors", "certaines références ne peuvent pas être mises en forme"),
        (),
    ),
    (
        r"^unknown citation style « (.+?) »",
        QT_TRANSLATE_NOOP("Errors", "style de citation inconnu : « %1 »"),
        (_g(1),),
    ),
    # storage: read-only, busy, full; damage, backups and recovery
    (
        r"^the library is read-only",
        QT_TRANSLATE_NOOP(
            "Errors",
            "la bibliothèque est en lecture seule : les modifications sont désactivées "
            "et rien n'a été modifié",
        ),
        (),
    ),
    (
        r"^the library is busy",
        QT_TRANSLATE_NOOP(
            "Errors",
            "la bibliothèque est occupée par un autre programme ; rien n'a été modifié. "
            "Réessayez dans un instant",
        ),
        (),
    ),
    (
        r"^the disk is full or cannot be written",
        QT_TRANSLATE_NOOP(
            "Errors",
            "espace disque insuffisant (ou disque en erreur) : rien n'a été enregistré. "
            "Libérez de la place puis réessayez",
        ),
        (),
    ),
    (
        r"^the library database failed: (.+)$",
        QT_TRANSLATE_NOOP("Errors", "la base de la bibliothèque a signalé une erreur (%1)"),
        (_g(1),),
    ),
    (
        r"^(.+): the database file is damaged or not a database",
        QT_TRANSLATE_NOOP(
            "Errors", "« %1 » est endommagé ou n'est pas une base de données ; rien n'a été modifié"
        ),
        (_g(1),),
    ),
    (
        r"^(.+): this library must be upgraded by this version of kb_app",
        QT_TRANSLATE_NOOP(
            "Errors",
            "« %1 » doit être mise à jour par cette version de kb_app, ce qu'une bibliothèque "
            "en lecture seule ne permet pas ; ouvrez-la une fois avec le droit d'écriture",
        ),
        (_g(1),),
    ),
    (
        r"^(.+): this backup fails its integrity check",
        QT_TRANSLATE_NOOP(
            "Errors", "la sauvegarde « %1 » ne passe pas sa vérification ; rien n'a été modifié"
        ),
        (_g(1),),
    ),
    (
        r"^(.+): nothing could be recovered from this file$",
        QT_TRANSLATE_NOOP("Errors", "rien n'a pu être récupéré de « %1 »"),
        (_g(1),),
    ),
    (
        r"^the automatic backup could not be written: (.+)$",
        QT_TRANSLATE_NOOP("Errors", "la sauvegarde automatique n'a pas pu être écrite (%1)"),
        (_g(1),),
    ),
    # generic forms, last
    (
        r"^(.+) cannot be read$",
        QT_TRANSLATE_NOOP("Errors", "« %1 » ne peut pas être lu"),
        (_g(1),),
    ),
]
