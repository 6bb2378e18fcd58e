"""The library's use cases, composed over one context, behind one facade: ``Library``.

One module a group of use cases (``fiches``, ``imports``, ``exports``, ``merge``, ``search``,
``thesaurus``, ``attachments``, ``personal``, ``citations``, ``maintenance``), ``drafts`` and
``batch`` for the writes several of them share, ``context`` for what they all work over, and
``folders`` for what is done to a folder that is not open (recovery at start, restore,
salvage). ``storage_failure`` and ``is_busy`` turn a database exception met by a caller into
the product's error. Callers import this package, never its modules.
"""

from kb_app.core.library.citations import add_citation_style, citation_styles
from kb_app.core.library.facade import Library
from kb_app.core.library.folders import (
    Recovery,
    backup_kind,
    check_library,
    check_move_target,
    check_new_library,
    copy_library,
    create_empty,
    leave_moved_note,
    open_or_recover,
    set_aside_earlier,
)
from kb_app.core.library.imports import detect_file_format
from kb_app.core.storage.engine import is_busy, storage_failure
from kb_app.core.upkeep.backups import backup_reason, is_flagged_corrupt, list_backups
from kb_app.core.upkeep.recovery import move_library, restore, salvage

__all__ = [
    "Library",
    "Recovery",
    "add_citation_style",
    "backup_kind",
    "backup_reason",
    "check_library",
    "check_move_target",
    "check_new_library",
    "citation_styles",
    "copy_library",
    "create_empty",
    "detect_file_format",
    "is_busy",
    "is_flagged_corrupt",
    "leave_moved_note",
    "list_backups",
    "move_library",
    "open_or_recover",
    "restore",
    "salvage",
    "set_aside_earlier",
    "storage_failure",
]
