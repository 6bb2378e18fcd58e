"""The one error tree of kb_app.

    KbError                      anything the product reports as a sentence
    ├── UserError                bad input from the user (exit code 1)
    │   ├── NotFound             an id, key or label that does not exist
    │   └── ValidationError      a value that breaks a rule; may carry located problems
    │       └── SeedError        seed or front-matter files that cannot be loaded
    └── LibraryError             the library itself cannot be used (exit code 3)
        ├── NotALibrary          a folder or file that is not a kb_app library
        ├── LibraryDamaged       a database that fails its integrity checks
        └── SchemaTooNew         a database written by a newer kb_app

An error is a stable code and named parameters (``NotFound("fiche.not_found", key="x")``);
the sentence comes from the message catalogue (``kb_app.core.messages``) in the reader's
language. ``str(error)`` is the English sentence, for logs and tracebacks.

Located problems name a file (or entry) and a line, so a librarian can fix them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


def is_code(text: str) -> bool:
    """A catalogue code: dotted lowercase identifiers, such as ``fiche.not_found``."""
    parts = text.split(".")
    return len(parts) >= 2 and all(p.isidentifier() and p == p.lower() for p in parts)


def render_en(code: str, params: Mapping[str, object]) -> str:
    from kb_app.core.messages import render  # the catalogue imports this module's names

    return render(code, params, "en")


@dataclass(frozen=True)
class Message:
    """A sentence to show that is not an error: a code and its parameters."""

    code: str
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))  # a copy the caller cannot change

    @classmethod
    def of(cls, code: str, /, **params: object) -> Message:
        return cls(code, params)

    @property
    def message(self) -> str:
        return render_en(self.code, self.params)

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class Problem:
    """One located problem: where it is, its code and parameters, and a line when known."""

    where: str
    code: str
    line: int | None = None
    params: Mapping[str, object] = field(default_factory=dict, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", dict(self.params))  # a copy the caller cannot change

    @classmethod
    def at(cls, where: str, note: Message, line: int | None = None) -> Problem:
        """``note`` located at ``where`` (and ``line``)."""
        return cls(where, note.code, line, note.params)

    @property
    def message(self) -> str:
        """The English sentence (the catalogue gives the others)."""
        return render_en(self.code, self.params)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "where": self.where,
            "line": self.line,
            "code": self.code,
            "message": self.message,
        }
        if self.params:
            data["params"] = dict(self.params)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Problem:
        return cls(data["where"], data["code"], data.get("line"), data.get("params") or {})

    def __str__(self) -> str:
        place = f"{self.where}:{self.line}" if self.line is not None else self.where
        return f"{place}: {self.message}"


class KbError(Exception):
    """Base of every error kb_app reports to a person: a code and named parameters."""

    exit_code = 1

    def __init__(self, code: str, /, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, dict(params)

    @property
    def message(self) -> str:
        """The English sentence of the error itself (without its problems)."""
        return render_en(self.code, self.params)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"code": self.code, "message": self.message}
        if self.params:
            data["params"] = dict(self.params)
        return data

    def __str__(self) -> str:
        return self.message


class UserError(KbError):
    """Bad input from the user; nothing was changed."""

    exit_code = 1


class NotFound(UserError):
    """An id, key or label that does not exist in the library."""


class ValidationError(UserError):
    """A value breaks a rule. ``problems`` lists each located problem."""

    def __init__(
        self, code: str, /, problems: list[Problem] | None = None, **params: object
    ) -> None:
        super().__init__(code, **params)
        self.problems = list(problems or [])

    def __str__(self) -> str:
        detail = "".join(f"\n  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            detail += f"\n  … and {more} more"
        return self.message + detail


class SeedError(ValidationError):
    """Seed or front-matter files that cannot be loaded; nothing was loaded."""


class LibraryError(KbError):
    """The library cannot be used as it is; it was left untouched."""

    exit_code = 3


class NotALibrary(LibraryError):
    """A folder or database file that is not a kb_app library."""


class LibraryDamaged(LibraryError):
    """A database that fails its integrity checks."""


class SchemaTooNew(LibraryError):
    """A database written by a newer version of kb_app."""
