"""Personal state of a reader: basket (panier), history, saved searches, notes."""

from __future__ import annotations

from datetime import datetime

from kb_app.core.dto import FicheRef
from kb_app.core.library.context import Context
from kb_app.core.storage import concept_views, personal
from kb_app.core.storage import fiches as store
from kb_app.core.upkeep.crash import crashpoint


class Personal:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx

    def basket(self) -> list[FicheRef]:
        with self.ctx.read() as s:
            return personal.basket(s)

    def basket_add(self, key: str) -> bool:
        with self.ctx.write() as s:
            return personal.basket_add(s, store.get_row(s, key, include_deleted=False))

    def basket_remove(self, key: str) -> None:
        with self.ctx.write() as s:
            personal.basket_remove(s, store.get_row(s, key))

    def basket_move(self, key: str, position: int) -> None:
        with self.ctx.write() as s:
            personal.basket_move(s, store.get_row(s, key), position)

    def basket_clear(self) -> None:
        with self.ctx.write() as s:
            personal.basket_clear(s)

    def record_visit(self, *, fiche: str | None = None, concept: str | None = None) -> None:
        if self.ctx.read_only:
            return  # reading a read-only library leaves no history
        with self.ctx.write() as s:
            fid = store.get_row(s, fiche).id if fiche else None
            cid = concept_views.find(s, concept).id if concept else None
            personal.record_visit(s, fiche_id=fid, concept_id=cid)

    def history(self, limit: int = 100) -> list[tuple[str, str, str, datetime]]:
        with self.ctx.read() as s:
            return personal.history(s, limit)

    def clear_history(self) -> None:
        with self.ctx.write() as s:
            personal.clear_history(s)

    def save_search(self, name: str, query: str) -> None:
        with self.ctx.write() as s:
            personal.save_search(s, name, query)

    def saved_searches(self) -> list[tuple[str, str]]:
        with self.ctx.read() as s:
            return personal.saved_searches(s)

    def delete_saved_search(self, name: str) -> None:
        with self.ctx.write() as s:
            personal.delete_saved_search(s, name)

    def set_note(self, key: str, body: str) -> None:
        with self.ctx.write() as s:
            personal.set_note(s, store.get_row(s, key), body)
            s.flush()
            crashpoint("note_before_commit")
        crashpoint("note_after_commit")

    def note(self, key: str) -> str | None:
        with self.ctx.read() as s:
            return personal.note(s, store.get_row(s, key))
