"""Programmatic Alembic: the migrations ship inside the package and run on open.

``SCHEMA_VERSION`` counts the revisions; it is also written to ``PRAGMA user_version`` so a
database written by a newer kb_app is recognised (and refused) without Alembic.
"""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from kb_app.core.storage.engine import set_user_version
from kb_app.core.storage.versions import SCHEMA_VERSION

__all__ = ["SCHEMA_VERSION", "head_revision", "known_revisions", "upgrade"]

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def known_revisions() -> list[str]:
    """Revisions from oldest to newest."""
    return [rev.revision for rev in reversed(list(script_directory().walk_revisions()))]


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest schema in one transaction."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    set_user_version(engine, len(known_revisions()))
