"""Generated SQL snapshot of the schema (``schema/schema.sql``), built from the migrations.

``python -m kb_app.core.storage.snapshot --write`` regenerates it; a test checks it is current.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from sqlalchemy import text

from kb_app.core.paths import schema_dir
from kb_app.core.storage import migrate
from kb_app.core.storage.engine import make_engine

HEADER = (
    "-- kb_app database schema, generated from the Alembic migrations.\n"
    "-- Do not edit: run `make schema` after adding a migration.\n"
)


def snapshot_path() -> Path:
    return schema_dir() / "schema.sql"


def render() -> str:
    """The DDL of a database migrated from empty to head, in a stable order."""
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(Path(tmp) / "snapshot.sqlite3")
        try:
            migrate.upgrade(engine)
            with engine.connect() as conn:
                rows = conn.execute(
                    text(
                        "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL "
                        "AND name NOT LIKE 'sqlite_%' ORDER BY type DESC, name"
                    )
                ).all()
        finally:
            engine.dispose()
    parts = [HEADER, f"-- schema version {migrate.SCHEMA_VERSION} ({migrate.head_revision()})\n"]
    parts += [f"\n{row.sql};\n" for row in rows]
    return "".join(parts)


def main(argv: list[str]) -> int:
    current = render()
    path = snapshot_path()
    if "--write" in argv:
        path.write_text(current, encoding="utf-8")
        print(f"wrote {path}")
        return 0
    if not path.exists() or path.read_text(encoding="utf-8") != current:
        print(f"{path} is out of date: run `make schema`", file=sys.stderr)
        return 1
    print(f"{path} is current")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
