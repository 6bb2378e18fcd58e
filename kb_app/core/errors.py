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

Located problems name a file (or entry) and a line, so a librarian can fix them.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One located problem: where it is and what is wrong."""

    where: str
    message: str
    line: int | None = None

    def __str__(self) -> str:
        place = f"{self.where}:{self.line}" if self.line is not None else self.where
        return f"{place}: {self.message}"


class KbError(Exception):
    """Base of every error kb_app reports to a person."""

    exit_code = 1


class UserError(KbError):
    """Bad input from the user; nothing was changed."""

    exit_code = 1


class NotFound(UserError):
    """An id, key or label that does not exist in the library."""


class ValidationError(UserError):
    """A value breaks a rule. ``problems`` lists each located problem."""

    def __init__(self, message: str, problems: list[Problem] | None = None) -> None:
        self.problems = list(problems or [])
        detail = "".join(f"\n  {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            detail += f"\n  … and {more} more"
        super().__init__(message + detail)


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
