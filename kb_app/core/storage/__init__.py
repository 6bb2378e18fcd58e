"""SQLAlchemy storage: models, engine with pragmas, migrations, queries."""
