"""The `kb` command speaks the user's language: French when the locale is French, else English.

Help strings are written as (French, English) pairs and chosen when the parser is built;
errors are rendered by code through the core's message catalogue.
"""

from __future__ import annotations

import argparse
from typing import Any

from kb_app.core.errors import KbError, Message, Problem, ValidationError
from kb_app.core.messages import Lang, language_from_locale, render
from kb_app.core.messages import say as vocabulary_say

Pair = tuple[str, str]


def language() -> Lang:
    return language_from_locale()


def tr(french: str, english: str) -> str:
    """The text in the user's language."""
    return french if language() == "fr" else english


def say(code: str, /, **params: object) -> str:
    """A catalogue message in the user's language."""
    return render(code, params, language())


def say_note(note: Message | Problem) -> str:
    """A core message (a note, or a problem without its place) in the user's language."""
    return render(note.code, note.params, language())


def say_word(vocabulary: str, value: str) -> str:
    """A word of the domain (a duplicate reason, a fiche kind…) in the user's language."""
    return vocabulary_say(vocabulary, value, language())


def error_lines(exc: KbError, limit: int = 50) -> list[str]:
    """The error's sentence, then each located problem, in the user's language."""
    lang = language()
    lines = [render(exc.code, exc.params, lang)]
    problems: list[Problem] = exc.problems if isinstance(exc, ValidationError) else []
    for p in problems[:limit]:
        place = f"{p.where}:{p.line}" if p.line is not None else p.where
        lines.append(f"  {place}: {render(p.code, p.params, lang)}")
    if len(problems) > limit:
        more = len(problems) - limit
        lines.append(tr(f"  … et {more} autre(s)", f"  … and {more} more"))
    return lines


def error_json(exc: KbError) -> dict[str, Any]:
    """The error under --json: a stable code (and parameters), the English sentence."""
    problems = exc.problems if isinstance(exc, ValidationError) else []
    data: dict[str, Any] = {
        "error": exc.message,
        "code": exc.code,
        "exit_code": exc.exit_code,
        "problems": [p.to_dict() for p in problems],
    }
    if exc.params:
        data["params"] = dict(exc.params)
    return data


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help with its own words (« usage: ») in the user's language."""

    def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None = None) -> None:
        if prefix is None:
            prefix = tr("utilisation : ", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def section(french: str, english: str) -> str:
    """A help section's title; argparse adds the colon, French typography wants a space."""
    return tr(french + " ", english)


def localise(parser: argparse.ArgumentParser) -> None:
    """Section titles and the -h option of ``parser`` in the user's language."""
    parser._positionals.title = section("arguments", "positional arguments")
    parser._optionals.title = section("options", "options")
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        default=argparse.SUPPRESS,
        help=tr("afficher cette aide et quitter", "show this help message and exit"),
    )
