"""The worker thread, the delayed cancellable progress dialog, errors as sentences."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from kb_app.core.errors import NotFound, Problem, ValidationError
from kb_app.core.jobs import Cancelled, Progress
from kb_app.gui.app import install_translators
from kb_app.gui.errors import error_sentence, window_language
from kb_app.gui.ops import LibraryHost, NoLibrary
from kb_app.gui.progress import DelayedProgress
from kb_app.gui.taskman import TaskManager

pytestmark = pytest.mark.gui


@pytest.fixture
def host(qtbot: QtBot) -> LibraryHost:
    parent = QWidget()
    qtbot.addWidget(parent)
    result = LibraryHost(parent)
    yield result
    result.close()


def test_tasks_run_on_one_worker_and_report_on_the_main_thread(
    qtbot: QtBot, host: LibraryHost
) -> None:
    seen: list[tuple[str, str]] = []
    main = threading.current_thread().name

    def task(n: int) -> str:
        return threading.current_thread().name

    for n in range(3):
        host.taskman.run_in_background(
            lambda n=n: task(n),
            lambda fut: seen.append((fut.result(), threading.current_thread().name)),
        )
    qtbot.waitUntil(lambda: len(seen) == 3)
    workers = {w for w, _ in seen}
    assert len(workers) == 1
    assert workers != {main}
    assert {m for _, m in seen} == {main}


def test_a_slow_job_shows_a_progress_dialog_that_cancels(qtbot: QtBot, host: LibraryHost) -> None:
    failures: list[BaseException] = []

    def job(report: object) -> str:
        for i in range(200):
            report(Progress("Travail en cours", i, 200))  # type: ignore[operator]
            time.sleep(0.02)
        return "fini"

    host.run_job(
        job,
        "Un long travail",
        done=lambda r: failures.append(AssertionError(r)),
        failed=failures.append,
    )
    dialogs = host.parent().findChildren(DelayedProgress)  # type: ignore[union-attr]
    assert len(dialogs) == 1
    progress = dialogs[0]
    qtbot.wait(300)
    assert progress.dialog is None  # nothing flashes for quick work
    qtbot.waitUntil(
        lambda: progress.dialog is not None and progress.dialog.isVisible(), timeout=2000
    )
    assert progress.dialog is not None
    qtbot.waitUntil(
        lambda: progress.dialog is not None and progress.dialog.value() > 0, timeout=2000
    )
    cancel = progress.dialog.findChild(QPushButton)
    assert cancel is not None
    assert cancel.text() == "Annuler"
    cancel.click()
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], Cancelled)


def test_a_quick_job_never_shows_a_dialog(qtbot: QtBot, host: LibraryHost) -> None:
    results: list[int] = []
    host.run_job(lambda report: 42, "Rapide", done=results.append)
    progress = host.parent().findChildren(DelayedProgress)  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: results == [42])
    assert all(p.dialog is None for p in progress)


def test_calls_without_a_library_fail_with_a_sentence(qtbot: QtBot, host: LibraryHost) -> None:
    failures: list[BaseException] = []
    host.run(lambda lib: lib.stats(), failed=failures.append)
    qtbot.waitUntil(lambda: bool(failures))
    assert isinstance(failures[0], NoLibrary)
    assert error_sentence(failures[0]) == "Aucune bibliothèque n'est ouverte."


def test_shutdown_refuses_new_work(qtbot: QtBot) -> None:
    taskman = TaskManager()
    taskman.shutdown()
    future = taskman.run_in_background(lambda: 1)
    assert future.cancelled()


def test_error_sentences() -> None:
    where = "fiche « x »"
    exc = ValidationError(
        "concept.cannot_change",
        [
            Problem(where, "frontmatter.required", None, {"field": "details.place"}),
            Problem(where, "frontmatter.empty", None, {"field": "title"}),
            Problem(where, "concept.not_found", None, {"label": "y"}),
        ],
        name="x",
    )
    assert error_sentence(exc).splitlines() == [
        "Le concept « x » ne peut pas être modifié.",
        "• Le champ « lieu » est obligatoire.",
        "• Le champ « titre » ne doit pas être vide.",
        "• Aucun concept « y ».",
    ]
    assert error_sentence(NotFound("concept.not_found", label="abc")) == "Aucun concept « abc »."
    assert error_sentence(Cancelled("job.cancelled")).startswith("L'opération a été annulée")
    unexpected = error_sentence(ZeroDivisionError("division by zero"))
    assert "ZeroDivisionError" in unexpected
    assert "Traceback" not in unexpected
    assert "Permission" in error_sentence(PermissionError(13, "Permission denied"))


def test_error_sentences_follow_the_window_language(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    exc = ValidationError(
        "concept.cannot_change",
        [Problem("x", "frontmatter.required", None, {"field": "details.place"})],
        name="x",
    )
    assert window_language() == "fr"
    translators = install_translators(app, "en")
    try:
        assert window_language() == "en"
        assert error_sentence(exc).splitlines() == [
            "Concept « x » cannot be changed.",
            "• The field « place » is required.",
        ]
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        QLocale.setDefault(QLocale(QLocale.Language.French))
    assert window_language() == "fr"
