"""kb_app: an offline desktop knowledge base of territorial-governance resources."""

# The one place the version is written: pyproject.toml reads it (dynamic version), an
# installed copy reports it from its package metadata (``version()``).
__version__ = "0.1.0"


def version() -> str:
    """The installed distribution's version, else (a source checkout) ``__version__``."""
    from importlib.metadata import PackageNotFoundError
    from importlib.metadata import version as distribution_version

    try:
        return distribution_version("kb_app")
    except PackageNotFoundError:
        return __version__
