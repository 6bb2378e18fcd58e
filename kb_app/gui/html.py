"""The frame of every page the reader shows: colours from the palette, small HTML helpers.

QTextBrowser understands a subset of HTML 4 and CSS 2: no CSS borders on cells (so tables
get ``border="1"``), no flexbox. Colours always come from the widget's palette, so pages
follow the system's light or dark theme.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtGui import QPalette


@dataclass(frozen=True)
class Theme:
    text: str
    muted: str
    link: str
    alt_base: str
    mid: str

    @classmethod
    def from_palette(cls, palette: QPalette) -> Theme:
        role = QPalette.ColorRole
        return cls(
            text=palette.color(role.Text).name(),
            muted=palette.color(role.PlaceholderText).name(),
            link=palette.color(role.Link).name(),
            alt_base=palette.color(role.AlternateBase).name(),
            mid=palette.color(role.Mid).name(),
        )


def stylesheet(theme: Theme) -> str:
    return f"""
body {{ color: {theme.text}; }}
a {{ color: {theme.link}; text-decoration: none; }}
h1 {{ font-size: x-large; margin-top: 4px; margin-bottom: 4px; }}
h2 {{ font-size: large; margin-top: 18px; margin-bottom: 6px; }}
h3 {{ font-size: medium; margin-top: 12px; margin-bottom: 4px; }}
p {{ margin-top: 4px; margin-bottom: 8px; }}
li {{ margin-bottom: 3px; }}
.kind {{ color: {theme.muted}; font-weight: bold; }}
.meta {{ color: {theme.muted}; }}
.subtitle {{ font-size: large; }}
.summary {{ font-style: italic; }}
.key {{ color: {theme.muted}; font-weight: bold; }}
.box {{ background-color: {theme.alt_base}; }}
.broken-link {{ color: {theme.muted}; text-decoration: underline; }}
.via {{ color: {theme.muted}; }}
.shared {{ font-weight: bold; }}
th {{ background-color: {theme.alt_base}; text-align: left; }}
"""


def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def link(url: str, text: str) -> str:
    return f'<a href="{esc(url)}">{esc(text)}</a>'


def page(title: str, body: str) -> str:
    """A whole document; the stylesheet is set on the document by the reader."""
    return (
        '<html><head><meta charset="utf-8">'
        f"<title>{esc(title)}</title></head><body>{body}</body></html>"
    )


_TABLE = re.compile(r"<table(\s[^>]*)?>")


def with_table_borders(fragment: str) -> str:
    """QTextBrowser ignores CSS borders: put them in attributes."""
    return _TABLE.sub('<table border="1" cellspacing="0" cellpadding="4">', fragment)


def fields_table(rows: Iterable[tuple[str, str]]) -> str:
    """A two-column table of label / value rows (values are already HTML)."""
    cells = "".join(
        f'<tr><td class="key" valign="top">{esc(k)}</td><td>{v}</td></tr>' for k, v in rows if v
    )
    return f'<table cellspacing="0" cellpadding="3">{cells}</table>' if cells else ""


def bullet_list(items: Iterable[str], ordered: bool = False) -> str:
    tag = "ol" if ordered else "ul"
    inner = "".join(f"<li>{item}</li>" for item in items)
    return f"<{tag}>{inner}</{tag}>" if inner else ""


def section(title: str, content: str) -> str:
    return f"<h2>{esc(title)}</h2>{content}" if content else ""


def banner(content: str) -> str:
    """A full-width band (dossier navigation, notices)."""
    return (
        '<table width="100%" cellspacing="0" cellpadding="6" class="box">'
        f"<tr><td>{content}</td></tr></table>"
    )
