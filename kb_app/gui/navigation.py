"""Back/forward history of the reader: a list of ``kb:`` addresses and a cursor."""

from __future__ import annotations

MAX_ENTRIES = 200


class BackForward:
    def __init__(self) -> None:
        self._entries: list[str] = []
        self._cursor = -1

    @property
    def current(self) -> str | None:
        return self._entries[self._cursor] if self._cursor >= 0 else None

    def visit(self, url: str) -> None:
        """A new page: forward entries are dropped; visiting the current page is a no-op."""
        if url == self.current:
            return
        del self._entries[self._cursor + 1 :]
        self._entries.append(url)
        if len(self._entries) > MAX_ENTRIES:
            del self._entries[0]
        self._cursor = len(self._entries) - 1

    def can_back(self) -> bool:
        return self._cursor > 0

    def can_forward(self) -> bool:
        return self._cursor < len(self._entries) - 1

    def back(self) -> str | None:
        if not self.can_back():
            return None
        self._cursor -= 1
        return self.current

    def forward(self) -> str | None:
        if not self.can_forward():
            return None
        self._cursor += 1
        return self.current

    def replace_current(self, url: str) -> None:
        if self._cursor >= 0:
            self._entries[self._cursor] = url
