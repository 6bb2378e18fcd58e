"""kb_app: an offline desktop knowledge base of territorial-governance resources."""

__version__ = "0.1.0"
