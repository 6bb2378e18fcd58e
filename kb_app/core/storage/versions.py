"""Schema revisions known to this version of kb_app, without importing Alembic.

Opening a library compares its revision with these; Alembic (slow to import) is loaded only
when a library must be created or upgraded. A test checks they match the migration scripts.
"""

from __future__ import annotations

#: Alembic revisions, oldest first.
REVISIONS = ("0001", "0002", "0003", "0004")
HEAD = REVISIONS[-1]
#: Written to ``PRAGMA user_version``: the number of revisions applied.
SCHEMA_VERSION = len(REVISIONS)
