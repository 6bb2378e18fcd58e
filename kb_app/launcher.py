"""The `kb` console script: the desktop window for `kb`/`kb gui`, the CLI for the rest.

Kept outside ``kb_app.cli`` so that the CLI stays Qt-free (import-linter contract): only this
dispatcher imports ``kb_app.gui``, and only when the window is asked for.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence


def wants_window(argv: Sequence[str]) -> tuple[bool, str | None, bool]:
    """``(window asked, --library value, --json)`` from a `kb` command line.

    Read by hand, not with the CLI's parser: importing the CLI imports the whole core, and
    the window must show before that (the core is then imported on its worker thread).
    """
    library: str | None = None
    as_json = False
    command: str | None = None
    args = list(argv)
    i = 0
    while i < len(args):
        arg = args[i]
        if arg == "--json":
            as_json = True
        elif arg == "--debug":
            pass  # a detailed log, for the window too: main() sets KB_DEBUG
        elif arg == "--library" and i + 1 < len(args):
            library, i = args[i + 1], i + 1
        elif arg.startswith("--library="):
            library = arg.split("=", 1)[1]
        elif arg.startswith("-"):
            return False, library, as_json  # help, version, or an option the CLI will judge
        elif command is None:
            command = arg
        i += 1
    return command in (None, "gui"), library, as_json


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _say(code: str, /, **params: object) -> None:
    """A catalogue message on stderr, in the user's language."""
    from kb_app.core.messages import language_from_locale, render

    print(f"kb: {render(code, params, language_from_locale())}.", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    from multiprocessing import freeze_support  # a frozen build's worker processes (reindex)

    freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    window, library, as_json = wants_window(args)
    if window and not as_json and has_display():
        try:
            from kb_app.gui.app import run_app
        except ImportError as exc:  # PySide6 missing: say so, then show the summary
            _say("launcher.no_window", detail=str(exc))
        else:
            if "--debug" in args:  # the window reads it (kb_app.logs)
                os.environ["KB_DEBUG"] = "1"
            return run_app(library)
    elif window and not as_json:
        _say("launcher.no_display")
    from kb_app.cli.main import main as cli_main

    return cli_main(args)


def window_parser() -> argparse.ArgumentParser:
    """`kb-app`'s own command line: the window takes only a library, --version and --help."""
    from kb_app import version
    from kb_app.cli.i18n import HelpFormatter, localise, tr

    parser = argparse.ArgumentParser(
        prog="kb-app",
        description=tr(
            "Ouvrir la fenêtre de kb_app sur une bibliothèque (sans affichage : écrire son "
            "résumé). Les autres commandes sont celles de kb.",
            "Open the kb_app window on a library (without a display: print its summary). "
            "The other commands are kb's.",
        ),
        add_help=False,
        formatter_class=HelpFormatter,
    )
    localise(parser)
    parser.add_argument(
        "--library",
        metavar="PATH",
        help=tr(
            "dossier de la bibliothèque (par défaut : $KB_LIBRARY ou le dossier des données "
            "de l'utilisateur)",
            "library folder (default: $KB_LIBRARY or the user data folder)",
        ),
    )
    parser.add_argument(
        "files",
        nargs="*",
        metavar="FICHIER",
        help=tr(
            "fichiers à importer une fois la bibliothèque ouverte (BibTeX, RIS, CSL-JSON, SKOS…)",
            "files to import once the library is open (BibTeX, RIS, CSL-JSON, SKOS…)",
        ),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"kb-app {version()}",
        help=tr("afficher la version et quitter", "show the version and exit"),
    )
    return parser


def gui_main(argv: Sequence[str] | None = None) -> int:
    """`kb-app`: always the window (the library summary without a display)."""
    from multiprocessing import freeze_support

    freeze_support()
    parser = window_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    for name in args.files:  # `kb-app stats` is a slip for `kb stats`, not a file to import
        if not os.path.isfile(name):
            from kb_app.cli.i18n import tr

            parser.error(
                tr(
                    f"« {name} » n'est pas un fichier "
                    f"(les commandes sont celles de kb : kb {name})",
                    f"“{name}” is not a file (commands belong to kb: kb {name})",
                )
            )
    if args.files and has_display():  # files handed over by the file manager (%F)
        try:
            from kb_app.gui.app import run_app
        except ImportError as exc:
            _say("launcher.no_window", detail=str(exc))
        else:
            return run_app(args.library, files=[os.path.abspath(f) for f in args.files])
    return main(["gui"] if args.library is None else ["gui", "--library", args.library])


if __name__ == "__main__":
    raise SystemExit(main())
