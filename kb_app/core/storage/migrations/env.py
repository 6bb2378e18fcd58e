"""Alembic environment: always run programmatically on a connection we pass in."""

from __future__ import annotations

from typing import Any

from alembic import context

from kb_app.core.storage import models  # noqa: F401  (registers the tables)
from kb_app.core.storage.base import Base

config = context.config


def include_name(name: Any, type_: str, _parent: Any) -> bool:
    # Derived tables (full-text shadows, SQLite internals) are not ours to migrate.
    return not (type_ == "table" and isinstance(name, str) and name.startswith(("sqlite_", "fts_")))


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("kb_app migrations run only through kb_app.core.storage.migrate")
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,
        include_name=include_name,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    raise RuntimeError("offline migrations are not supported")
run_migrations_online()
