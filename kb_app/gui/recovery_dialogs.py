"""Restoring a backup, and what to do when the library is found damaged (T12, T30).

``RestoreDialog`` lists the library's backups (date, kind, size, verified or not) and
restores the chosen verified one. ``DamagedDialog`` is shown when the database could not be
opened because it is damaged: it was already set aside (renamed, never deleted) and the user
chooses to restore the newest verified backup, to salvage what can be read, to start an
empty library, or to quit. ``RecoveryController`` runs each choice on the worker thread
(``LibraryHost.reopen``: the library is closed, the folder worked on, the library reopened)
and reports what was done, naming the backup's date and where the old database was kept.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kb_app.core.dto import BackupInfo
from kb_app.gui.dialogs.scaffold import Button, button_box, titled
from kb_app.gui.errors import error_sentence
from kb_app.gui.models.table_model import Row, TableModel
from kb_app.gui.ops import LibraryHost
from kb_app.gui.widgets.attachments_panel import size_text
from kb_app.gui.widgets.table_view import table_view

if TYPE_CHECKING:
    from kb_app.core.dto import RestoreInfo
    from kb_app.core.library import Recovery

translate = QCoreApplication.translate
SP = QStyle.StandardPixmap
CHOICES = ("restore", "salvage", "empty", "quit")


def _nbsp(text: str) -> str:
    """French guillemets keep their inner spaces unbroken (« name » never splits)."""
    return text.replace("« ", "«\u00a0").replace(" »", "\u00a0»")


def date_text(iso: str) -> str:
    """A stored UTC ISO date as the user's local date and time (« 26/11/2026 04:13 »)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    shown = QDateTime.fromSecsSinceEpoch(int(moment.timestamp()))
    return QLocale().toString(shown, QLocale.FormatType.ShortFormat)


def reason_text(path: str) -> str:
    from kb_app.core.library import backup_kind

    reason = backup_kind(Path(path))
    names = {
        "daily": translate("Recovery", "quotidienne"),
        "exit": translate("Recovery", "à la fermeture"),
        "manual": translate("Recovery", "manuelle"),
        "pre-migration": translate("Recovery", "avant mise à jour"),
    }
    return names.get(reason, translate("Recovery", "autre"))


class RestoreDialog(QDialog):
    """Fichier > Restaurer une sauvegarde… : the backups, newest first."""

    restore_requested = Signal(object)  # BackupInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        titled(self, self.tr("Restaurer une sauvegarde"), (620, 360))
        intro = QLabel(
            self.tr(
                "Choisissez une sauvegarde vérifiée. La base actuelle est conservée à côté "
                "sous un autre nom ; les modifications faites depuis la sauvegarde ne seront "
                "plus dans la bibliothèque."
            ),
            self,
        )
        intro.setWordWrap(True)
        headers = [self.tr("Date"), self.tr("Type"), self.tr("Taille"), self.tr("Vérifiée")]
        self.model = TableModel(headers, self)
        self.view = table_view(self.model, self, self.tr("Sauvegardes"), 0, (1, 2, 3))
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.view.activated.connect(lambda _index: self._restore())
        self.empty = QLabel(self.tr("Cette bibliothèque n'a encore aucune sauvegarde."), self)
        self.restore_button = QPushButton(self.tr("Restaurer"), self)
        self.restore_button.clicked.connect(self._restore)
        buttons = button_box(self, {Button.Close: self.tr("Fermer")}, actions=[self.restore_button])
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.set_backups([])

    def set_backups(self, backups: Sequence[BackupInfo]) -> None:
        rows = [
            Row(
                (
                    date_text(b.created_at),
                    reason_text(b.path),
                    size_text(b.size),
                    "✓" if b.verified else "✗",
                ),
                b,
                b.path if b.verified else self.tr("Cette copie ne passe pas sa vérification."),
            )
            for b in backups
        ]
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        verified = [n for n, b in enumerate(backups) if b.verified]
        if verified:
            self.view.setCurrentIndex(self.model.index(verified[0], 0))
        self._update()

    def chosen(self) -> BackupInfo | None:
        value = self.model.value(self.view.currentIndex().row())
        return value if isinstance(value, BackupInfo) else None

    def _update(self) -> None:
        chosen = self.chosen()
        self.restore_button.setEnabled(chosen is not None and chosen.verified)

    def _restore(self) -> None:
        chosen = self.chosen()
        if chosen is not None and chosen.verified:
            self.accept()
            self.restore_requested.emit(chosen)


class DamagedDialog(QDialog):
    """The library's database is damaged and was set aside: what now?"""

    chosen = Signal(str)  # one of CHOICES

    def __init__(
        self, parent: QWidget | None, set_aside: str, offer: BackupInfo | None, detail: str
    ) -> None:
        super().__init__(parent)
        self.offer = offer
        titled(self, self.tr("Bibliothèque endommagée"))
        self.setMinimumWidth(560)
        icon = QLabel(self)
        icon.setPixmap(self.style().standardIcon(SP.SP_MessageBoxWarning).pixmap(32, 32))
        head = QLabel(self.tr("La base de la bibliothèque est endommagée."), self)
        head.setStyleSheet("font-weight: bold; font-size: 12pt;")
        text = self.tr(
            "Elle ne peut pas être ouverte. Elle a été mise de côté sous « %1 » : "
            "ce fichier n'est jamais supprimé."
        ).replace("%1", set_aside)
        if offer is None:
            text += "\n" + self.tr("Aucune sauvegarde vérifiée n'est disponible.")
        self.text = QLabel(_nbsp(text), self)
        self.text.setWordWrap(True)
        self.detail = QLabel(detail, self)
        self.detail.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(icon)
        row.addWidget(head, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        for widget in (self.text, self.detail):
            layout.addWidget(widget)
        self.buttons: dict[str, QCommandLinkButton] = {}
        for choice, label, description in self._choices():
            button = QCommandLinkButton(label, description, self)
            button.clicked.connect(lambda _c=False, c=choice: self._choose(c))
            layout.addWidget(button)
            self.buttons[choice] = button
        self.buttons["restore"].setVisible(offer is not None)
        first = "restore" if offer is not None else "salvage"
        self.buttons[first].setDefault(True)
        self.buttons[first].setFocus()

    def _choices(self) -> list[tuple[str, str, str]]:
        date = date_text(self.offer.created_at) if self.offer is not None else ""
        return [
            (
                "restore",
                self.tr("Restaurer la sauvegarde du %1").replace("%1", date),
                self.tr(
                    "La copie vérifiée la plus récente ; ce qui a été fait depuis n'y est pas."
                ),
            ),
            (
                "salvage",
                self.tr("Récupérer ce qui peut l'être"),
                self.tr("Copie les données encore lisibles dans une nouvelle base."),
            ),
            (
                "empty",
                self.tr("Nouvelle bibliothèque vide"),
                self.tr("Commence une bibliothèque vide dans ce dossier."),
            ),
            ("quit", self.tr("Quitter"), self.tr("Ferme kb_app sans rien changer de plus.")),
        ]

    def _choose(self, choice: str) -> None:
        self.accept()
        self.chosen.emit(choice)


class RecoveryController(QObject):
    """The restore and damaged-library flows of the main window."""

    message = Signal(str)
    reported = Signal(str)  # the sentence shown once a restore or recovery is done

    def __init__(self, host: LibraryHost, window: QWidget) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self.restore_dialog: RestoreDialog | None = None
        self.damaged_dialog: DamagedDialog | None = None
        self.report_box: QMessageBox | None = None

    # -- Fichier > Restaurer une sauvegarde… -----------------------------------------------

    def show_restore(self) -> RestoreDialog:
        dialog = RestoreDialog(self._window)
        dialog.restore_requested.connect(self.restore)
        self.restore_dialog = dialog
        self._host.run(lambda lib: lib.backups(), dialog.set_backups)
        dialog.open()
        return dialog

    def restore(self, backup: BackupInfo) -> None:
        folder = self._host.folder
        if folder is None:
            return
        self._restore(folder, backup, None, self._host.show_error)

    def _restore(
        self,
        folder: Path,
        backup: BackupInfo,
        set_aside: str | None,
        failed: Callable[[BaseException], None],
    ) -> None:
        def action(where: Path) -> RestoreInfo:
            from kb_app.core.library import restore

            return restore(where, Path(backup.path))

        def done(info: RestoreInfo) -> None:
            old = set_aside or (Path(info.replaced).name if info.replaced else "—")
            self._report(
                self.tr(
                    "Bibliothèque restaurée depuis la sauvegarde du %1 ; "
                    "l'ancienne base est conservée sous « %2 »."
                )
                .replace("%1", date_text(info.backup_created_at))
                .replace("%2", old)
            )

        label = self.tr("Restauration de la sauvegarde…")
        self._host.reopen(folder, action, label, done, failed)

    # -- a damaged library at opening ------------------------------------------------------

    def damaged(self, found: Recovery) -> DamagedDialog:
        """The library could not be opened and was set aside: offer what can be done."""
        set_aside = found.damaged.name if found.damaged is not None else "—"
        detail = self.tr("Dossier de la bibliothèque : %1").replace(
            "%1", str(found.damaged.parent) if found.damaged is not None else "—"
        )
        dialog = DamagedDialog(self._window, set_aside, found.offer, detail)
        dialog.chosen.connect(lambda choice: self._chosen(found, choice))
        self.damaged_dialog = dialog
        dialog.open()
        return dialog

    def _chosen(self, found: Recovery, choice: str) -> None:
        if choice == "quit" or found.damaged is None:
            self._window.close()
            return
        folder, damaged = found.damaged.parent, found.damaged

        def failed(exc: BaseException) -> None:  # say why, then offer the choices again
            box = QMessageBox(QMessageBox.Icon.Warning, "kb_app", error_sentence(exc))
            box.setParent(self._window, box.windowFlags())
            box.finished.connect(lambda _r: self.damaged(found))
            box.open()
            self.report_box = box

        if choice == "restore" and found.offer is not None:
            self._restore(folder, found.offer, damaged.name, failed)
        elif choice == "salvage":
            label = self.tr("Récupération des données lisibles…")
            self._host.reopen(folder, lambda f: _salvage(f, damaged), label, self._salvaged, failed)
        elif choice == "empty":
            label = self.tr("Création d'une bibliothèque vide…")
            self._host.reopen(folder, _create_empty, label, self._emptied, failed)

    def _salvaged(self, salvaged: str) -> None:
        self._report(
            self.tr(
                "Les données lisibles ont été récupérées (« %1 ») ; "
                "la base endommagée est conservée à côté."
            ).replace("%1", salvaged)
        )

    def _emptied(self, _result: object) -> None:
        self._report(
            self.tr("Nouvelle bibliothèque vide ; la base endommagée est conservée à côté.")
        )

    def _report(self, text: str) -> None:
        self.message.emit(text)
        box = QMessageBox(QMessageBox.Icon.Information, "kb_app", text)
        box.setParent(self._window, box.windowFlags())
        box.open()
        self.report_box = box
        self.reported.emit(text)


def _salvage(folder: Path, damaged: Path) -> str:
    """What can be read of ``damaged``, checked, installed as the library's database."""
    from kb_app.core.library import restore, salvage

    salvaged = salvage(folder, damaged)
    restore(folder, salvaged)
    return salvaged.name


def _create_empty(folder: Path) -> None:
    from kb_app.core.library import create_empty

    create_empty(folder)
