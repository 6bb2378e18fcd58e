"""The one configured MarkdownIt instance and what is derived from it.

Safe preset (``js-default``: raw HTML is escaped, ``javascript:`` links are refused), plus
footnotes, tables and strikethrough, plus our ``[[target|label]]`` wikilinks. A wikilink's
target is a fiche key or a concept label; the caller resolves it to a ``kb:`` URL.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token
from mdit_py_plugins.footnote import footnote_plugin

#: Resolves a wikilink target to an href (``kb:fiche/KEY``, ``kb:concept/KEY``) or None.
Resolver = Callable[[str], str | None]

MAX_TARGET = 300


@dataclass(frozen=True)
class WikiLink:
    target: str
    label: str
    line: int | None  # 1-based line in the Markdown body


def _wikilink_rule(state: StateInline, silent: bool) -> bool:
    src, pos = state.src, state.pos
    if not src.startswith("[[", pos):
        return False
    end = src.find("]]", pos + 2, pos + 4 + MAX_TARGET)  # bounded: no quadratic scan
    if end < 0:
        return False
    inner = src[pos + 2 : end]
    if not inner.strip() or "\n" in inner or "[" in inner or len(inner) > MAX_TARGET:
        return False
    target, _, label = inner.partition("|")
    if not silent:
        token = state.push("wikilink", "", 0)
        token.meta = {"target": target.strip(), "label": (label or target).strip()}
        token.content = token.meta["label"]
    state.pos = end + 2
    return True


def _render_wikilink(_self: Any, tokens: Sequence[Token], idx: int, _options: Any, env: Any) -> str:
    meta = tokens[idx].meta
    label = html.escape(meta["label"])
    resolve: Resolver | None = env.get("resolve") if isinstance(env, dict) else None
    href = resolve(meta["target"]) if resolve else None
    if href is None:
        return f'<span class="broken-link" title="{html.escape(meta["target"])}">{label}</span>'
    return f'<a href="{html.escape(href)}">{label}</a>'


@lru_cache(maxsize=1)
def parser() -> MarkdownIt:
    md = MarkdownIt("js-default").use(footnote_plugin)
    md.inline.ruler.before("link", "wikilink", _wikilink_rule)
    md.add_render_rule("wikilink", _render_wikilink)
    return md


MAX_RENDER_CHARS = 500_000
MAX_BRACKETS = 5_000  # markdown-it's link scan is quadratic in unmatched « [ »


def too_complex(body: str) -> bool:
    """Too long or too bracket-heavy for markdown-it in reasonable time (see MAX_*)."""
    return len(body) > MAX_RENDER_CHARS or body.count("[") > MAX_BRACKETS


_WIKILINK_TEXT = re.compile(r"\[\[([^\[\]\n|]{1,300})(?:\|([^\[\]\n]{0,300}))?\]\]")
_MARKUP_RUNS = re.compile(r"[\[\]<>!*_`#~|]{2,}")


def render_html(body: str, resolve: Resolver | None = None) -> str:
    """HTML of a Markdown body; wikilinks resolved with ``resolve``, unknown ones marked.

    A body longer than MAX_RENDER_CHARS, or with more than MAX_BRACKETS « [ », is shown as
    plain text (escaped): pathological Markdown cannot hold the reader for minutes."""
    if too_complex(body):
        notice = (
            f"Ce texte est trop long ou trop complexe pour être mis en forme "
            f"({len(body):,} caractères) ; "
            "il est affiché tel quel."
        ).replace(",", "\u202f")
        return f"<p><em>{html.escape(notice)}</em></p><pre>{html.escape(body)}</pre>"
    return str(parser().render(body, {"resolve": resolve}))


def wikilinks(body: str) -> list[WikiLink]:
    """Every wikilink in a body, with its line."""
    if too_complex(body):  # a bounded scan instead of markdown-it
        return [
            WikiLink(
                m.group(1).strip(),
                (m.group(2) or m.group(1)).strip(),
                body.count("\n", 0, m.start()) + 1,
            )
            for m in _WIKILINK_TEXT.finditer(body)
        ]
    found: list[WikiLink] = []
    for block in parser().parse(body):
        line = block.map[0] + 1 if block.map else None
        for child in block.children or []:
            if child.type == "wikilink":
                found.append(WikiLink(child.meta["target"], child.meta["label"], line))
    return found


def plain_text(body: str) -> str:
    """The readable text of a Markdown body (for search and snippets)."""
    if too_complex(body):  # search text only: the words, markup runs collapsed
        return _MARKUP_RUNS.sub(" ", body)
    lines: list[str] = []
    for block in parser().parse(body):
        if block.type == "inline":
            lines.append(_inline_text(block.children or []))
        elif block.type in ("code_block", "fence"):
            lines.append(block.content.strip())
    return "\n".join(line for line in lines if line)


def _inline_text(children: Sequence[Token]) -> str:
    parts: list[str] = []
    for child in children:
        if child.type in ("text", "code_inline", "wikilink"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
    return "".join(parts)
