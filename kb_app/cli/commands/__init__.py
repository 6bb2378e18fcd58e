"""One module per `kb` subcommand: HELP, configure(parser), run(ctx, args) -> exit code."""

from __future__ import annotations

from types import ModuleType

from kb_app.cli.commands import (
    atlas,
    attach,
    backup,
    check,
    cite,
    concepts,
    duplicates,
    export,
    glossary,
    gui,
    import_,
    library,
    merge,
    reindex,
    restore,
    search,
    show,
    stats,
    thesaurus,
)

COMMANDS: dict[str, ModuleType] = {
    "gui": gui,
    "search": search,
    "show": show,
    "concepts": concepts,
    "atlas": atlas,
    "glossary": glossary,
    "stats": stats,
    "check": check,
    "backup": backup,
    "reindex": reindex,
    "import": import_,
    "export": export,
    "duplicates": duplicates,
    "merge": merge,
    "attach": attach,
    "thesaurus": thesaurus,
    "cite": cite,
    "restore": restore,
    "library": library,  # issue 14: kb library move
}
