"""Markdown rendering: one safe MarkdownIt instance, wikilinks, HTML and plain text."""
