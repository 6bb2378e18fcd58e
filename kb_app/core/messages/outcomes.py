"""What a failure left behind: what was saved, what was not, and what catches up by itself.

A write is committed to the database first; the search index follows it. When the index
cannot follow (a full disk), the change is nonetheless saved: these sentences say so, and
how the index catches up. ``kb check`` and ``kb stats`` use them to diagnose a library on
a full disk without writing to it.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "outcome.import_saved_index_behind": (
        "les {count} fiche(s) de {file} sont bien enregistrées dans la bibliothèque "
        "({database}) ; seul l'index de recherche n'a pas pu suivre ({reason:write_failure}) : "
        "{pending} fiche(s) attendent d'y entrer. Ne réimportez pas le fichier : l'index se "
        "met à jour à la prochaine ouverture de la bibliothèque une fois de la place libérée "
        "(ou tout de suite avec « kb reindex »)",
        "the {count} fiche(s) from {file} are saved in the library ({database}); only the "
        "search index could not follow ({reason:write_failure}): {pending} fiche(s) wait to "
        "be indexed. Do not import the file again: the index catches up the next time the "
        "library is opened with free space (or now with `kb reindex`)",
    ),
    "outcome.saved_index_behind": (
        "la modification est enregistrée dans la bibliothèque ({database}) ; seul l'index de "
        "recherche n'a pas pu suivre ({reason:write_failure}) : {pending} fiche(s) attendent "
        "d'y entrer et se rattrapent à la prochaine ouverture une fois de la place libérée",
        "the change is saved in the library ({database}); only the search index could not "
        "follow ({reason:write_failure}): {pending} fiche(s) wait to be indexed and catch up "
        "at the next opening once space is freed",
    ),
    "outcome.import_nothing_saved": (
        "rien de {file} n'a été enregistré : la base de la bibliothèque n'a pas pu être "
        "écrite ({reason:write_failure}) et elle est restée telle qu'avant l'import. "
        "Libérez de la place puis importez de nouveau",
        "nothing from {file} was saved: the library database could not be written "
        "({reason:write_failure}) and is as it was before the import. Free some space, then "
        "import again",
    ),
    "outcome.disk_full": (
        "le disque de la bibliothèque est plein : {free:size} libre(s) pour {folder}. "
        "Elle peut être lue, mais rien n'y sera enregistré avant que de la place soit libérée",
        "the disk holding the library is full: {free:size} free for {folder}. It can be "
        "read, but nothing can be saved until some space is freed",
    ),
    "outcome.index_behind": (
        "l'index de recherche a {pending} fiche(s) de retard sur la base : elles sont "
        "enregistrées et y entreront à la prochaine ouverture avec de la place libre "
        "(ou avec « kb reindex »)",
        "the search index is {pending} fiche(s) behind the database: they are saved and "
        "get indexed at the next opening with free space (or with `kb reindex`)",
    ),
}
