"""Fiche files (Markdown with YAML front matter) and the seeded course content."""
